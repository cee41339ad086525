"""Direct manipulation on the canvas, one small class per gesture.

A gesture moves items freely while the mouse moves (the model is untouched),
and on release turns into exactly one model command: a whole drag is one undo
step. ``cancel`` (Esc) puts everything back as it was.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from app.layout.curves import smooth_path_after_move
from app.layout.geometry import Point
from app.layout.model import (
    EmotionCurve,
    EmotionPoint,
    EmotionScale,
    LaneBox,
    Layout,
    PhaseBox,
    Slot,
)
from app.model import commands as cmd
from app.model.commands import Command
from app.model.document import JourneyMap
from app.model.text import decimal_text
from app.ui.canvas.items import Z_CARD, Z_DRAG, CardItem, CurveItem
from app.ui.canvas.scene import JourneyScene

SNAP = 0.5
PLOT_MARGIN = 8.0
"""A click this far (scene units) above +2 or below -2 still scores (clamped to the scale)."""


def score_tooltip(persona: str, value: float, title: str) -> str:
    """What the tooltip says while a feeling is set: persona, value, card (“Léa: +1.0 at …”)."""
    return QCoreApplication.translate("JourneyView", "{persona}: {value} at “{title}”").format(
        persona=persona, value=decimal_text(f"{value:+.1f}"), title=title
    )


@dataclass(frozen=True)
class CardTarget:
    """Where dropped cards go: a phase, a card lane, and the card they go before (or the end)."""

    phase_id: str
    lane_id: str
    before_id: str | None
    indicator: QRectF


def card_target(
    result: Layout, doc: JourneyMap, pos: QPointF, moving: set[str]
) -> CardTarget | None:
    """The drop target under ``pos`` for the cards ``moving`` (None without a card lane)."""
    card_lanes = [lane for lane in result.lanes if lane.kind == "touchpoints"]
    if not card_lanes or not result.phases:
        return None
    lane = min(card_lanes, key=lambda b: _distance(b.band.y, b.band.bottom, pos.y()))
    phase = _phase_at(result, pos.x())
    slots = [
        s for s in result.slots if s.phase_id == phase.phase_id and s.touchpoint_id not in moving
    ]
    before = next((s for s in slots if s.rect.centre_x > pos.x()), None)
    if before is not None:
        x = before.rect.x
    elif slots:
        x = slots[-1].rect.right
    else:
        x = phase.header.centre_x
    content = lane.band
    indicator = QRectF(x - 2, content.y + 6, 4, content.h - 12)
    return CardTarget(
        phase.phase_id, lane.lane_id, before.touchpoint_id if before else None, indicator
    )


def _distance(top: float, bottom: float, y: float) -> float:
    return 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))


def _phase_at(result: Layout, x: float) -> PhaseBox:
    for phase in result.phases:
        if x < phase.header.right:
            return phase
    return result.phases[-1]


class CardDrag:
    """Dragging one or several selected cards to another position, lane or phase."""

    def __init__(
        self, scene: JourneyScene, doc: JourneyMap, ids: list[str], start: QPointF
    ) -> None:
        self.scene, self.doc, self.ids, self.start = scene, doc, ids, start
        self.items: list[CardItem] = [scene.cards[i] for i in ids if i in scene.cards]
        self.target: CardTarget | None = None
        for item in self.items:
            item.setZValue(Z_DRAG)
            item.setOpacity(0.85)

    def move(self, pos: QPointF) -> None:
        """Follow the mouse and show where the cards would land."""
        delta = pos - self.start
        for item in self.items:
            item.setPos(item.home + delta)
        assert self.scene.layout is not None
        self.target = card_target(self.scene.layout, self.doc, pos, set(self.ids))
        if self.target is None:
            self.scene.indicator.hide()
        else:
            self.scene.indicator.show_at(self.target.indicator)

    def finish(self) -> Command | None:
        """The move command, or None when the cards would not move."""
        self._restore()
        if self.target is None:
            return None
        command = cmd.move_touchpoints(
            self.doc, self.ids, self.target.phase_id, self.target.lane_id, self.target.before_id
        )
        return command if command.commands else None

    def cancel(self) -> None:
        """Put the cards back."""
        self._restore()

    def _restore(self) -> None:
        for item in self.items:
            item.setPos(item.home)
            item.setZValue(Z_CARD)
            item.setOpacity(1.0)
        self.scene.indicator.hide()


def emotion_point_at(
    scene: JourneyScene, pos: QPointF, radius: float
) -> tuple[EmotionCurve, int] | None:
    """The visible curve point nearest ``pos`` within ``radius`` (scene units)."""
    best: tuple[float, EmotionCurve, int] | None = None
    for persona_id, item in scene.curves.items():
        if not item.isVisible():
            continue
        points = item.curve.points  # in journey order, so left to right
        first = bisect_left(points, pos.x() - radius, key=_point_x)
        for index in range(first, len(points)):
            point = points[index]
            dx, dy = point.point.x - pos.x(), point.point.y - pos.y()
            if dx > radius:
                break
            if abs(dy) > radius:
                continue
            distance = dx * dx + dy * dy
            if distance <= radius * radius and (best is None or distance < best[0]):
                best = (distance, scene.curves[persona_id].curve, index)
    return None if best is None else (best[1], best[2])


@dataclass(frozen=True)
class EmotionColumn:
    """A place in the emotion lane: its scale and the touchpoint whose column it is in."""

    scale: EmotionScale
    touchpoint_id: str

    def score_at(self, y: float) -> float:
        """The score a click at height ``y`` gives, snapped to 0.5."""
        return round(self.scale.value_at(y) / SNAP) * SNAP


def emotion_column_at(result: Layout, pos: QPointF) -> EmotionColumn | None:
    """The emotion lane column under ``pos`` (None outside the plots or between columns)."""
    x, y = pos.x(), pos.y()
    for scale in result.scales:
        lane = result.lane(scale.lane_id)
        if lane is None or not lane.content.x <= x <= lane.content.right:
            continue
        top = max(lane.band.y, scale.plot.y - PLOT_MARGIN)
        bottom = min(lane.band.bottom, scale.plot.bottom + PLOT_MARGIN)
        if not top <= y <= bottom:
            continue
        index = bisect_right(result.slots, x, key=_slot_x) - 1
        if index >= 0 and x < result.slots[index].rect.right:
            return EmotionColumn(scale, result.slots[index].touchpoint_id)
    return None


def _point_x(point: EmotionPoint) -> float:
    return point.point.x


def _slot_x(slot: Slot) -> float:
    return slot.rect.x


@dataclass(frozen=True)
class Cell:
    """An empty place in a card lane: where a new or pasted card would go."""

    phase_id: str
    lane_id: str
    before_id: str | None


def open_card_lane_at(result: Layout, pos: QPointF) -> LaneBox | None:
    """The open (not collapsed) card lane whose content is under ``pos``."""
    return next(
        (
            lane
            for lane in result.lanes
            if lane.kind == "touchpoints"
            and not lane.collapsed
            and lane.content.contains(pos.x(), pos.y())
        ),
        None,
    )


def card_cell_at(result: Layout, doc: JourneyMap, pos: QPointF) -> Cell | None:
    """The card lane cell under ``pos`` (None outside the content of an open card lane)."""
    lane = open_card_lane_at(result, pos)
    if lane is None:
        return None
    target = card_target(result, doc, pos, set())
    if target is None:
        return None
    return Cell(target.phase_id, lane.lane_id, target.before_id)


class EmotionDrag:
    """Dragging a persona's point up or down: snaps to 0.5, Shift for free values."""

    def __init__(
        self, scene: JourneyScene, doc: JourneyMap, curve: EmotionCurve, index: int
    ) -> None:
        self.scene, self.doc, self.curve, self.index = scene, doc, curve, index
        self.point = curve.points[index]
        self.item: CurveItem = scene.curves[curve.persona_id]
        assert scene.layout is not None and scene.layout.scales
        self.scale = scene.layout.scales[0]
        self.value = self.point.value
        self.points = [p.point for p in curve.points]
        self.segments = list(curve.segments)

    def move(self, pos: QPointF, free: bool) -> float:
        """Follow the mouse; return the value the point now shows."""
        value = self.scale.value_at(pos.y())
        if not free:
            value = round(value / SNAP) * SNAP
        self.value = round(value, 2)
        self.points[self.index] = Point(self.point.point.x, self.scale.y_of(self.value))
        segments = smooth_path_after_move(self.points, self.segments, self.index)
        self.item.preview(self.index, self.points[self.index], segments, self.scale.plot)
        return self.value

    def label(self) -> str:
        """What the tooltip says: persona, value, touchpoint."""
        title = self.doc.touchpoint(self.point.touchpoint_id).title
        return score_tooltip(self.curve.name, self.value, title)

    def finish(self) -> Command | None:
        """The command setting the new score, or None when it did not change."""
        self.item.reset()
        if self.value == self.point.value:
            return None
        return cmd.set_emotion(
            self.doc, self.point.touchpoint_id, self.curve.persona_id, self.value
        )

    def cancel(self) -> None:
        """Put the curve back."""
        self.item.reset()


class HeaderDrag:
    """Dragging a phase header sideways or a lane header up or down to reorder."""

    def __init__(
        self, scene: JourneyScene, doc: JourneyMap, box: PhaseBox | LaneBox, start: QPointF
    ) -> None:
        self.scene, self.doc, self.start = scene, doc, start
        self.horizontal = isinstance(box, PhaseBox)
        self.element_id = box.phase_id if isinstance(box, PhaseBox) else box.lane_id
        self.item = scene.item_for(self.element_id)
        self.index = box.index
        self.new_index = box.index

    def move(self, pos: QPointF) -> None:
        """Follow the mouse and show the gap the header would drop into."""
        layout = self.scene.layout
        assert layout is not None and self.item is not None
        self.item.setZValue(Z_DRAG)
        self.item.setOpacity(0.8)
        if self.horizontal:
            self.item.setPos(pos.x() - self.start.x(), 0)
            edges = [p.header.x for p in layout.phases] + [layout.phases[-1].header.right]
            centres = [p.header.centre_x for p in layout.phases]
            slot = sum(1 for c in centres if c < pos.x())
            x = edges[slot]
            self.scene.indicator.show_at(QRectF(x - 2, 4, 4, layout.height - 4))
        else:
            self.item.setPos(0, pos.y() - self.start.y())
            edges = [lane.band.y for lane in layout.lanes] + [layout.lanes[-1].band.bottom]
            centres = [lane.band.centre_y for lane in layout.lanes]
            slot = sum(1 for c in centres if c < pos.y())
            y = edges[slot]
            self.scene.indicator.show_at(QRectF(0, y - 2, layout.width, 4))
        # Dropping into the gap just before or after itself keeps the order.
        self.new_index = slot - 1 if slot > self.index else slot

    def finish(self) -> Command | None:
        """The reorder command, or None when the order would not change."""
        self.cancel()
        if self.new_index == self.index:
            return None
        if self.horizontal:
            return cmd.move(self.doc, "phases", self.element_id, self.new_index)
        return cmd.move(self.doc, "lanes", self.element_id, self.new_index)

    def cancel(self) -> None:
        """Put the header back."""
        if self.item is not None:
            self.item.setPos(0, 0)
            self.item.setOpacity(1.0)
            self.item.setZValue(1 if self.horizontal else 0)
        self.scene.indicator.hide()
