"""Scene items: one class per kind of element, each painting itself from its layout box.

Items hold only what the layout gave them (a frozen box) plus view state such
as selection; nothing here is copied back to the model. ``set_box`` is how the
scene updates an item after a command: an item whose box did not change is not
repainted.
"""

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, overload

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.export.qt import draw
from app.export.qt.draw import MARKER, ByX, qrect
from app.export.qt.theme import LIGHT, Theme
from app.layout.curves import CubicSegment, Segments
from app.layout.geometry import Point, Rect
from app.layout.model import (
    CardBox,
    EmotionCurve,
    EmotionPoint,
    EmotionScale,
    FrameworkBox,
    LaneBox,
    MetricBar,
    MetricPlot,
    NoteBox,
    PhaseBox,
)

Z_BAND, Z_PHASE, Z_TEXT, Z_CURVE, Z_CARD, Z_DRAG, Z_INDICATOR = 0, 1, 2, 5, 10, 50, 60
Z_NOTE = 20
"""Sticky notes lie on top of the cards."""


def exposed_span(option: QStyleOptionGraphicsItem, painter: QPainter) -> tuple[float, float]:
    """The x-range of the area being repainted, no wider than what ``painter`` paints on.

    An item painted into its cache after ``update()`` of the whole item is told the whole
    item is exposed, though Qt caches only the part of a long lane or curve that is in
    view (its cache pixmap): drawing beyond the pixmap would draw the whole map for
    nothing. The device is measured in pixels, never less than its logical size.
    """
    exposed = option.exposedRect
    left, right = exposed.left(), exposed.right()
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is not None and invertible:
        seen = inverse.mapRect(QRectF(0, 0, device.width(), device.height()))
        left, right = max(left, seen.left()), min(right, seen.right())
    return left, right


def detail(painter: QPainter) -> float:
    """How many device pixels one scene unit takes (the zoom)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class SceneItem(QGraphicsItem):
    """Base of the canvas items: shows one element, painted in the scene's theme.

    Items ignore the mouse unless they say otherwise: the view handles gestures
    from the layout's geometry.
    """

    element_id: str

    def __init__(self, element_id: str, theme: Theme, z: float) -> None:
        super().__init__()
        self.element_id = element_id
        self.theme = theme
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_theme(self, theme: Theme) -> None:
        """Repaint with other colours."""
        self.theme = theme
        self.repaint_all()

    def repaint_all(self) -> None:
        """Repaint the whole item; a cached one drops its pixmaps first.

        Qt caches only the part in view of a long item, and scrolls that pixmap with the
        view: a whole-item repaint asked for before a scroll is painted then redraws only
        the strip scrolled in (the rest kept its old look: light texts after switching to
        the dark theme), and a new bounding rectangle is taken for a scroll (old pixels
        shifted). Without its pixmaps, the item is drawn afresh, as much as a whole
        repaint draws anyway.
        """
        mode = self.cacheMode()
        if mode != QGraphicsItem.CacheMode.NoCache:
            self.setCacheMode(mode)  # drops the pixmaps (and nothing else)
        self.update()

    def update_part(self, rect: QRectF) -> None:
        """Repaint ``rect`` of the item (a stretch of a long lane or curve).

        A cached item (see ``JourneyScene.set_cached``) whose invalidated area reaches out
        of a view is repainted whole instead: Qt draws the invalidated area of a cached
        item into a pixmap as large as that area, even where it lies outside the view and
        the cache (a stretch the map's length was a pixmap of 225,000 × 68 pixels per lane
        at 2,000 cards), while a whole repaint draws just the cached part in view.
        """
        scene = self.scene()
        if self.cacheMode() != QGraphicsItem.CacheMode.NoCache and scene is not None:
            for view in scene.views():
                seen = view.mapToScene(view.viewport().rect()).boundingRect()
                if not seen.contains(self.mapRectToScene(rect)):
                    self.repaint_all()
                    return
        self.update(rect)


class BoxItem(SceneItem):
    """An item drawn from one frozen layout box."""

    def __init__(self, element_id: str, box: Any, theme: Theme, z: float) -> None:
        super().__init__(element_id, theme, z)
        self.box = box
        self.drawn = box
        """The box the item draws, where it is in the scene before the item's position
        (``box`` itself, except for a card only moved since: see ``CardItem``)."""
        self._bounds: QRectF | None = None
        self.changes = 0
        """How many times a new box was shown (tests check edits leave other items alone)."""

    def set_box(self, box: Any) -> None:
        """Show a new layout box; repaint only when it changed."""
        # Unchanged boxes are usually the very same object (the layout memoises them).
        if box is self.box or box == self.box:
            return
        self._show_box(box)

    def _show_box(self, box: Any) -> None:
        self.prepareGeometryChange()
        self.box = self.drawn = box
        self._bounds = None
        self.changes += 1
        self.update()

    def boundingRect(self) -> QRectF:
        # Qt asks often (twice per moved item when it reindexes the scene): once per box.
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = self.bounds_of(self.drawn)
        return bounds

    def bounds_of(self, box: Any) -> QRectF:
        """The area ``box`` paints (the item's bounding rectangle)."""
        raise NotImplementedError


class SelectableBoxItem(BoxItem):
    """A box the user selects with a click (a card or a sticky note); repaints when (de)selected."""

    def __init__(self, element_id: str, box: Any, theme: Theme, z: float) -> None:
        super().__init__(element_id, box, theme, z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


class LaneItem(BoxItem):
    """A lane's band across the map and its header on the left."""

    def __init__(self, box: LaneBox, theme: Theme) -> None:
        super().__init__(box.lane_id, box, theme, Z_BAND)

    def bounds_of(self, box: LaneBox) -> QRectF:
        return qrect(box.band)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Scrolled along the map, the header is out of sight (the view pins a copy of it
        # to its left edge): its name is not set for nothing at every repaint.
        left, right = exposed_span(option, painter)
        header = self.box.header
        shown = header.x <= right and header.right >= left
        draw.draw_lane(painter, self.box, self.theme, detail(painter), shown)


class PhaseItem(BoxItem):
    """A phase's coloured header and the separator on its left."""

    def __init__(self, box: PhaseBox, theme: Theme) -> None:
        super().__init__(box.phase_id, box, theme, Z_PHASE)

    def bounds_of(self, box: PhaseBox) -> QRectF:
        return qrect(box.header).united(qrect(box.body)).adjusted(-1, 0, 1, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw.draw_phase(painter, self.box, self.theme, detail(painter))


class CardItem(SelectableBoxItem):
    """A touchpoint card: channel icon and name, title, badges. Selectable.

    The item paints ``drawn``, the box it last drew, in scene coordinates, and its
    position (``home``) carries that drawing to where ``box`` is now: a card only moved
    to another column keeps its pixmap and Qt just moves it (``move_box``). A drag
    moves the item further from ``home`` and puts it back there.
    """

    def __init__(self, box: CardBox, theme: Theme, accent: str) -> None:
        super().__init__(box.touchpoint_id, box, theme, Z_CARD)
        self.accent = accent
        self.home = QPointF(0, 0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_accent(self, accent: str) -> None:
        """Change the phase colour shown on the card."""
        if accent != self.accent:
            self.accent = accent
            self.update()

    def set_box(self, box: Any) -> None:
        old = self.box
        # After a move across the map thousands of cards have new places: a place that
        # differs is told apart without comparing every text of the card.
        if box is old or (box.rect.x == old.rect.x and box.rect.y == old.rect.y and box == old):
            return
        self._show_box(box)

    def _show_box(self, box: Any) -> None:
        super()._show_box(box)  # drawn anew where the box is: back to no offset
        if self.home.x() or self.home.y():
            self.home = QPointF(0, 0)
            self.setPos(self.home)

    def move_box(self, box: CardBox) -> None:
        """Show ``box``, the box shown moved elsewhere (same size, texts and badges).

        The item moves; what it drew, and its pixmap, stay (no repaint of the card).
        """
        if box is self.box:
            return
        drawn = self.drawn.rect
        self.box = box
        self.changes += 1
        self.home = QPointF(box.rect.x - drawn.x, box.rect.y - drawn.y)
        self.setPos(self.home)

    def bounds_of(self, box: CardBox) -> QRectF:
        rect = box.rect  # qrect(rect).adjusted(-3, -3, 3, 5), in one step
        return QRectF(rect.x - 3, rect.y - 3, rect.w + 6, rect.h + 8)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(qrect(self.drawn.rect), 8, 8)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw.draw_card(
            painter, self.drawn, self.theme, self.accent, detail(painter), self.isSelected()
        )


class NoteItem(SelectableBoxItem):
    """A sticky note, free or on its card's corner. Selectable; the view drags it."""

    def __init__(self, box: NoteBox, theme: Theme) -> None:
        super().__init__(box.note_id, box, theme, Z_NOTE)

    def bounds_of(self, box: NoteBox) -> QRectF:
        # Room for the shadow below and the tape above.
        return qrect(box.rect).adjusted(-3, -8, 6, 9)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(qrect(self.box.rect))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw.draw_note(painter, self.box, self.theme, detail(painter), self.isSelected())


class LaneContentItem(SceneItem):
    """Many small things across one lane, drawn by one item; only those in view are painted.

    Subclasses say where an item starts (``left``) and how to draw the visible ones.
    """

    def __init__(self, lane_id: str, items: list[Any], band: Rect, theme: Theme) -> None:
        super().__init__(lane_id, theme, Z_TEXT)
        self.content, self.band = ByX(items, self.left), band
        self.changes = 0
        """How many times items were replaced (tests check edits leave other lanes alone)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    @staticmethod
    def left(item: Any) -> float:
        """The x where ``item`` starts."""
        raise NotImplementedError

    @staticmethod
    def lefts(items: list[Any]) -> list[float]:
        """Where each of ``items`` starts (``left`` of each, in one go: a lane may hold 10,000)."""
        raise NotImplementedError

    def show_items(self, items: list[Any], band: Rect, changed: bool = False) -> None:
        """Show new items; repaint only when something changed."""
        if not changed and items == self.content.items and band == self.band:
            return
        self.prepareGeometryChange()
        self.content, self.band = ByX(items, self.left), band
        self.changes += 1
        self.repaint_all()

    def set_band(self, band: Rect) -> None:
        """Span ``band`` (the map is wider or narrower); the items stay."""
        if band != self.band:
            self.prepareGeometryChange()
            self.band = band
            self.repaint_all()

    def replace_span(self, span: tuple[float, float], items: list[Any]) -> None:
        """Show ``items`` instead of those starting in ``span`` (left x included, right not).

        Only that stretch of the lane is repainted: after a small edit the other
        items stay as they are, however long the lane.
        """
        content = self.content
        low, high = bisect_left(content.starts, span[0]), bisect_left(content.starts, span[1])
        if content.items[low:high] == items:
            return
        content.items[low:high] = items
        content.starts[low:high] = self.lefts(items)
        self.changes += 1
        self.update_part(QRectF(span[0], self.band.y, span[1] - span[0], self.band.h))

    def boundingRect(self) -> QRectF:
        return qrect(self.band)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        span = exposed_span(option, painter)
        self.draw_shown(painter, self.content.within(span), detail(painter), span)

    def draw_shown(
        self, painter: QPainter, shown: Sequence[Any], zoom: float, span: tuple[float, float]
    ) -> None:
        """Draw the items that show in the repainted area (``span``: its left and right x)."""
        raise NotImplementedError


class FrameworkLaneItem(LaneContentItem):
    """The framework texts of one lane (one item per lane keeps the scene small)."""

    @staticmethod
    def left(item: Any) -> float:
        return float(item.text.rect.x)

    @staticmethod
    def lefts(items: list[Any]) -> list[float]:
        return [float(item.text.rect.x) for item in items]

    def set_boxes(self, boxes: list[FrameworkBox], band: Rect) -> None:
        """Show new texts; repaint only when they changed."""
        self.show_items(boxes, band)

    def draw_shown(
        self, painter: QPainter, shown: Sequence[Any], zoom: float, span: tuple[float, float]
    ) -> None:
        draw.draw_framework(painter, shown, self.theme, zoom)


class EmotionLaneItem(SceneItem):
    """The emotion lane's scale: grid lines from +2 to -2 and a face scale in the header."""

    def __init__(self, scale: EmotionScale, header: Rect, theme: Theme) -> None:
        super().__init__(scale.lane_id, theme, Z_TEXT)
        self.emotion_scale, self.header = scale, header

    def set_scale(self, scale: EmotionScale, header: Rect) -> None:
        """Follow the lane after a relayout."""
        if (scale, header) != (self.emotion_scale, self.header):
            self.prepareGeometryChange()
            self.emotion_scale, self.header = scale, header
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.emotion_scale.plot).united(qrect(self.header)).adjusted(0, -12, 0, 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw.draw_emotion_scale(
            painter, self.emotion_scale, self.header, self.theme, detail(painter)
        )


class CurveItem(SceneItem):
    """One persona's emotion curve with its markers (only the exposed part is stroked)."""

    def __init__(self, curve: EmotionCurve, theme: Theme) -> None:
        super().__init__(curve.persona_id, theme, Z_CURVE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.changes = 0
        """How many times a new curve was shown."""
        self.curve = curve
        self._show(curve)

    def _show(self, curve: EmotionCurve) -> None:
        self.prepareGeometryChange()
        self.segments: Sequence[CubicSegment] = curve.segments
        self.points = Places(curve.points)
        self.bounds = self._bounds()
        self.repaint_all()

    def _bounds(self) -> QRectF:
        m = MARKER + 3
        if not self.points:
            return QRectF()
        xs = [p.point.x for p in self.curve.points]
        ys = [p.point.y for p in self.curve.points]
        segments = self.segments
        if isinstance(segments, Segments):  # as laid out: the control points' ys, no objects made
            ys += segments.controls[1::4]
            ys += segments.controls[3::4]
        else:
            for s in segments:
                ys += (s.control1.y, s.control2.y)
        return QRectF(
            min(xs) - m, min(ys) - m, max(xs) - min(xs) + 2 * m, max(ys) - min(ys) + 2 * m
        )

    def set_curve(self, curve: EmotionCurve, span: tuple[float, float] | None = None) -> None:
        """Show a new curve after a command.

        ``span`` (left x included, right not) says where it differs from the curve
        shown; then only those points are replaced and that stretch repainted.
        """
        if curve is self.curve or curve == self.curve:
            return
        previous, self.curve = self.curve, curve
        self.changes += 1
        if span is None or (curve.name, curve.colour, curve.dash, curve.marker) != (
            previous.name,
            previous.colour,
            previous.dash,
            previous.marker,
        ):
            self._show(curve)
            return
        x0, x1 = span
        # The new curve's points and segments are shown as they are (nothing is copied).
        self.points = Places(curve.points)
        self.segments = curve.segments
        low = bisect_left(curve.points, x0, key=_point_x)
        high = bisect_left(curve.points, x1, key=_point_x)
        # Neighbouring segments bend too, but stay between their points' heights.
        around = self.points[max(0, low - 2) : high + 2]
        m = MARKER + 3
        if around:
            ys = [y for _, y in around]
            band = QRectF(around[0][0] - m, min(ys) - m, around[-1][0] - around[0][0] + 2 * m,
                          max(ys) - min(ys) + 2 * m)  # fmt: skip
            if not self.bounds.contains(band):
                self.prepareGeometryChange()
                self.bounds = self.bounds.united(band)
                self.repaint_all()
                return
        # Where the old points and segments were too: the whole height, span and neighbours.
        left = min([x0, *(x for x, _ in around[:1])]) - m
        right = max([x1, *(x for x, _ in around[-1:])]) + m
        self.update_part(QRectF(left, self.bounds.top(), right - left, self.bounds.height()))

    def preview(self, index: int, point: Point, segments: list[CubicSegment], plot: Rect) -> None:
        """Show point ``index`` dragged to ``point``, without touching the model.

        Only the point's neighbourhood is repainted; the curve stays inside ``plot``.
        """
        self.segments = segments
        self.points[index] = (point.x, point.y)
        band = QRectF(self.points[max(0, index - 2)][0], plot.y, 0, plot.h)
        band.setRight(self.points[min(len(self.points) - 1, index + 2)][0])
        margin = MARKER + 3
        band = band.adjusted(-margin, -margin, margin, margin)
        if not self.bounds.contains(band):
            self.prepareGeometryChange()
            self.bounds = self.bounds.united(band)
            self.repaint_all()
            return
        self.update_part(band)

    def reset(self) -> None:
        """Drop a preview and show the curve from the layout again."""
        self._show(self.curve)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # What draw_curve keeps of a span, found by bisection rather than by listing every
        # point's x at each paint (a curve may have 10,000 points, and a drag repaints often).
        left, right = exposed_span(option, painter)
        left, right = left - 2 * MARKER, right + 2 * MARKER
        segments, points = self.segments, self.points
        first = max(0, bisect_right(segments, left, key=_segment_start) - 1)
        shown = segments[first : bisect_right(segments, right, key=_segment_start)]
        near = points[bisect_left(points, (left,)) : bisect_right(points, (right, math.inf))]
        draw.draw_curve(painter, self.curve, shown, near, self.theme, detail(painter), None)


class MetricLaneItem(LaneContentItem):
    """A metric lane's bars or line, its target line and value labels.

    ``band`` is the lane's content area; ``plot`` says how the lane charts its metric.
    """

    def __init__(
        self, lane_id: str, bars: list[MetricBar], plot: MetricPlot, band: Rect, theme: Theme
    ) -> None:
        super().__init__(lane_id, bars, band, theme)
        self.plot = plot

    @staticmethod
    def left(item: Any) -> float:
        return float(item.label.rect.x)

    @staticmethod
    def lefts(items: list[Any]) -> list[float]:
        return [float(item.label.rect.x) for item in items]

    def set_bars(self, bars: list[MetricBar], plot: MetricPlot, band: Rect) -> None:
        """Show new values."""
        changed = plot != self.plot
        self.plot = plot
        self.show_items(bars, band, changed)

    def draw_shown(
        self, painter: QPainter, shown: Sequence[Any], zoom: float, span: tuple[float, float]
    ) -> None:
        draw.draw_metric_lane(painter, self.plot, shown, self.band, self.theme, zoom, span)


def _point_x(point: EmotionPoint) -> float:
    return point.point.x


class Places(Sequence[tuple[float, float]]):
    """Where a curve item draws its points, as (x, y): read from the curve's points, not
    copied (a curve may have 10,000); a drag's preview moves one (``places[i] = (x, y)``)."""

    __slots__ = ("moved", "points")

    def __init__(self, points: Sequence[EmotionPoint]) -> None:
        self.points = points
        self.moved: dict[int, tuple[float, float]] = {}

    def __len__(self) -> int:
        return len(self.points)

    @overload
    def __getitem__(self, index: int) -> tuple[float, float]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[float, float]]: ...
    def __getitem__(self, index: int | slice) -> tuple[float, float] | list[tuple[float, float]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self.points))
            found = [(p.point.x, p.point.y) for p in self.points[index]]
            for i, place in self.moved.items():
                if i in range(start, stop, step):
                    found[(i - start) // step] = place
            return found
        if index < 0:
            index += len(self.points)
        moved = self.moved.get(index)
        if moved is not None:
            return moved
        point = self.points[index].point
        return point.x, point.y

    def __setitem__(self, index: int, place: tuple[float, float]) -> None:
        if not 0 <= index < len(self.points):
            raise IndexError(index)
        self.moved[index] = place

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Places | list):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _segment_start(segment: CubicSegment) -> float:
    return segment.start.x


class IndicatorItem(QGraphicsItem):
    """Where a dragged card, phase or lane will land: a thick line."""

    def __init__(self, theme: Theme = LIGHT) -> None:
        super().__init__()
        self.theme = theme
        self.line = QRectF()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_at(self, rect: QRectF) -> None:
        """Show the indicator as the (thin) rectangle ``rect``."""
        self.prepareGeometryChange()
        self.line = rect
        self.show()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.line.adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.indicator)
        painter.drawRoundedRect(self.line, 2, 2)
