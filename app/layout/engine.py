"""``layout(document, measure)``: the geometry of a whole map.

Time runs left to right: each touchpoint owns a column slot inside its phase,
in journey order; phases grow with their touchpoints and keep a minimum width
when empty. Lanes stack top to bottom: card lanes, framework lanes (text under
each card's column), the emotion lane (one curve per persona), metric lanes
(bars or a line, with a target line). Long text wraps and is ellipsised at a set height.
"""

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import pairwise

from app.layout import text as styles
from app.layout.curves import smooth_segments
from app.layout.geometry import Point, Rect
from app.layout.model import (
    Badge,
    CardBox,
    EmotionCurve,
    EmotionPoint,
    EmotionScale,
    FrameworkBox,
    LaneBox,
    Layout,
    MetricBar,
    MetricPlot,
    MetricTarget,
    NoteBox,
    PhaseBox,
    Slot,
    TextBox,
)
from app.layout.notes import note_boxes
from app.layout.text import BODY, Measure, TextStyle, Wrapper
from app.model.document import JourneyMap, Lane, Metric, Phase, Touchpoint
from app.model.palette import persona_look
from app.model.text import figure_text, speaks_french

LANE_HEADER_WIDTH = 176.0
PHASE_HEADER_HEIGHT = 60.0
SLOT_WIDTH = 188.0
CARD_WIDTH = 168.0
CARD_HEIGHT = 116.0
CARD_PADDING = 10.0
EMPTY_PHASE_WIDTH = SLOT_WIDTH
CARD_LANE_HEIGHT = CARD_HEIGHT + 24.0
FRAMEWORK_MIN_HEIGHT = 52.0
FRAMEWORK_MAX_HEIGHT = 160.0
FRAMEWORK_PADDING = 8.0
EMOTION_LANE_HEIGHT = 230.0
EMOTION_PLOT_MARGIN = 22.0
METRIC_LANE_HEIGHT = 104.0
METRIC_BAR_WIDTH = 28.0
METRIC_MARKER = 4.0
"""Half the side of a line chart's marker."""
TARGET_LABELS = {"en": "Target {value}", "fr": "Cible {value}"}
"""A metric's target line's label, in the map's language (English when not French)."""
EVIDENCE_LETTERS = {
    "en": {"observed": "O", "assumed": "A", "proposed": "P"},
    "fr": {"observed": "O", "assumed": "S", "proposed": "P"},  # observé, supposé, proposé
}
"""A card's evidence badge, in the map's language: the first letter of the word."""
COLLAPSED_LANE_HEIGHT = 30.0
NOTE_MARGIN = 24.0
"""Room kept around a free sticky note at the map's right or bottom edge."""
BADGE_HEIGHT = 18.0
ICON_SIZE = 16.0


@dataclass(frozen=True)
class LayoutOptions:
    """What to include: ``None`` means every persona / every lane."""

    personas: Collection[str] | None = None
    lanes: Collection[str] | None = None
    notes: bool = True
    """Whether sticky notes are laid out (a note past the map's edge widens the map)."""


def layout(
    doc: JourneyMap,
    measure: Measure | Wrapper,
    options: LayoutOptions | None = None,
) -> Layout:
    """Compute the geometry of ``doc``, measuring text with ``measure``.

    Pass the same :class:`Wrapper` again to reuse its measurements (the canvas
    does, so that relaying out after an edit only measures what changed).
    """
    wrapper = measure if isinstance(measure, Wrapper) else Wrapper(measure)
    return _Builder(doc, wrapper, options or LayoutOptions()).build()


class _Builder:
    def __init__(self, doc: JourneyMap, wrapper: Wrapper, options: LayoutOptions) -> None:
        self.doc = doc
        self.wrap = wrapper
        self.options = options
        self.lanes = [
            lane for lane in doc.lanes if options.lanes is None or lane.id in options.lanes
        ]
        self.personas = [
            (i, p)
            for i, p in enumerate(doc.personas)
            if options.personas is None or p.id in options.personas
        ]
        self._channels: dict[str | None, tuple[str, str | None]] = {}
        """A channel's name and custom icon, by key, as the document gives them (this build)."""
        self._shared: dict[str, tuple[str]] = {}
        """One line tuple per text for the cards' channel lines (a few channels, many cards)."""
        self._labels: dict[str, str] = {}
        """One string per badge label (``⚠ 2`` on hundreds of cards)."""
        self._lefts: tuple[dict[str, Rect], dict[str, float]] | None = None
        """The framework texts' left edges by touchpoint, for the columns they were made for."""

    def _channel(self, key: str | None) -> tuple[str, str | None]:
        found = self._channels.get(key)
        if found is None:
            found = self._channels[key] = (self.doc.channel_name(key), self.doc.channel_svg(key))
        return found

    def figure(self, value: float, unit: str) -> str:
        """A metric's value or target as the map's language writes it (``4,7 /5`` in French)."""
        return figure_text(value, unit, self.doc.language)

    def _key_metric(self, tp: Touchpoint) -> Metric | None:
        """The first of the map's metrics that ``tp`` has a value for (its badge shows it)."""
        values = tp.metrics
        if values:
            for metric in self.doc.metrics:
                if metric.id in values:
                    return metric
        return None

    @cached_property
    def order(self) -> list[Touchpoint]:
        # Computed on first use: relayout builds one card without sorting the journey.
        return self.doc.touchpoints_in_journey_order()

    def build(self) -> Layout:
        phases, slots = self._columns()
        x_of = {s.touchpoint_id: s.rect for s in slots}
        right = phases[-1].header.right if phases else LANE_HEADER_WIDTH + EMPTY_PHASE_WIDTH
        y = PHASE_HEADER_HEIGHT
        lanes: list[LaneBox] = []
        cards: list[CardBox] = []
        framework: list[FrameworkBox] = []
        scales: list[EmotionScale] = []
        curves: list[EmotionCurve] = []
        bars: list[MetricBar] = []
        zero: dict[str, float] = {}
        plots: dict[str, MetricPlot] = {}
        for index, lane in enumerate(self.lanes):
            texts: list[FrameworkBox] = []
            if lane.collapsed:
                height = COLLAPSED_LANE_HEIGHT
            elif lane.kind == "framework":
                texts, height = self._framework(lane, x_of, y)
            else:
                height = {
                    "touchpoints": CARD_LANE_HEIGHT,
                    "emotion": EMOTION_LANE_HEIGHT,
                    "metric": METRIC_LANE_HEIGHT,
                }[lane.kind]
            box = self.lane_box(lane, index, y, height, right)
            lanes.append(box)
            framework += texts
            if not lane.collapsed:
                if lane.kind == "touchpoints":
                    cards += self._cards(lane, x_of, box)
                elif lane.kind == "emotion":
                    scale = self.scale(box)
                    scales.append(scale)
                    curves += self._curves(scale, x_of)
                elif lane.kind == "metric":
                    starts = [p.header.x for p in phases] or [box.content.x]
                    lane_bars, plot = self._metric(lane, x_of, box, starts)
                    bars += lane_bars
                    plots[lane.id] = plot
                    zero[lane.id] = plot.zero
            y += height
        phases = [with_body(p, y - p.header.bottom) for p in phases]
        slots = [
            Slot(
                s.touchpoint_id,
                s.phase_id,
                s.position,
                Rect(s.rect.x, PHASE_HEADER_HEIGHT, s.rect.w, y - PHASE_HEADER_HEIGHT),
            )
            for s in slots
        ]
        notes = self._notes(cards) if self.options.notes else []
        # A note past the map's edge (free, or on a card in the last column) widens the map.
        return Layout(
            width=max([right, *(n.rect.right + NOTE_MARGIN for n in notes)]),
            height=max([y, *(n.rect.bottom + NOTE_MARGIN for n in notes)]),
            header_height=PHASE_HEADER_HEIGHT,
            lane_header_width=LANE_HEADER_WIDTH,
            phases=tuple(phases),
            lanes=tuple(lanes),
            slots=tuple(slots),
            cards=tuple(cards),
            framework=tuple(framework),
            scales=tuple(scales),
            curves=tuple(curves),
            bars=tuple(bars),
            metric_zero=zero,
            metric_plots=plots,
            notes=tuple(notes),
        )

    def _notes(self, cards: list[CardBox]) -> list[NoteBox]:
        by_id = {c.touchpoint_id: c for c in cards}
        return note_boxes(self.doc.notes, by_id.get, self.wrap)

    # -- columns ----------------------------------------------------------------------

    def _columns(self) -> tuple[list[PhaseBox], list[Slot]]:
        by_phase: dict[str, list[Touchpoint]] = {p.id: [] for p in self.doc.phases}
        for tp in self.order:
            by_phase.setdefault(tp.phase_id, []).append(tp)
        phases: list[PhaseBox] = []
        slots: list[Slot] = []
        x = LANE_HEADER_WIDTH
        position = 0
        for index, phase in enumerate(self.doc.phases):
            members = by_phase[phase.id]
            box, start = self.phase_header(index, phase, x, len(members))
            phases.append(box)
            for i, tp in enumerate(members):
                slots.append(
                    Slot(
                        tp.id,
                        phase.id,
                        position,
                        Rect(start + i * SLOT_WIDTH, 0.0, SLOT_WIDTH, 0.0),
                    )
                )
                position += 1
            x += box.header.w
        return phases, slots

    def phase_header(
        self, index: int, phase: Phase, x: float, count: int
    ) -> tuple[PhaseBox, float]:
        """A phase of ``count`` cards starting at ``x`` (its body still empty: see
        :func:`with_body`), and the x of its first column (column ``i`` is at
        ``start + i * SLOT_WIDTH``)."""
        title_width = self.wrap.width(phase.name, styles.PHASE_TITLE) + 2 * CARD_PADDING
        width = max(count * SLOT_WIDTH, EMPTY_PHASE_WIDTH, min(title_width, 2 * SLOT_WIDTH))
        header = Rect(x, 0.0, width, PHASE_HEADER_HEIGHT)
        title = self._text(
            phase.name,
            header.inset(CARD_PADDING, 8),
            styles.PHASE_TITLE,
            max_lines=2,
            align="centre",
        )
        box = PhaseBox(phase.id, header, header, title, phase.colour, index)
        return box, x + (width - count * SLOT_WIDTH) / 2

    # -- lanes ------------------------------------------------------------------------

    def lane_box(self, lane: Lane, index: int, y: float, height: float, right: float) -> LaneBox:
        """The box of ``lane``, the ``index``-th shown, ``height`` high from ``y``."""
        band = Rect(0.0, y, right, height)
        header = Rect(0.0, y, LANE_HEADER_WIDTH, height)
        max_lines = 1 if lane.collapsed else 3
        title = self._text(lane.name, header.inset(12, 8), styles.LANE_TITLE, max_lines=max_lines)
        content = Rect(LANE_HEADER_WIDTH, y, right - LANE_HEADER_WIDTH, height)
        return LaneBox(
            lane.id, lane.kind, band, header, content, title, lane.colour, lane.collapsed, index
        )

    def _cards(self, lane: Lane, x_of: dict[str, Rect], box: LaneBox) -> list[CardBox]:
        cards = []
        top = box.band.y + (box.band.h - CARD_HEIGHT) / 2
        for tp in self.order:
            if tp.lane_id != lane.id or tp.id not in x_of:
                continue
            column = x_of[tp.id]
            rect = Rect(column.x + (SLOT_WIDTH - CARD_WIDTH) / 2, top, CARD_WIDTH, CARD_HEIGHT)
            cards.append(self.card(tp, lane, rect))
        return cards

    def card(self, tp: Touchpoint, lane: Lane, rect: Rect) -> CardBox:
        """The card of ``tp`` at ``rect`` (the same object as last time when nothing changed)."""
        return self.wrap.memo(self._card_key(tp, lane, rect), partial(self._card, tp, lane, rect))

    def _card_key(self, tp: Touchpoint, lane: Lane, rect: Rect) -> tuple[object, ...]:
        """Everything a card's box depends on."""
        key_metric = self._key_metric(tp)
        metric = (key_metric.unit, tp.metrics[key_metric.id]) if key_metric else None
        channel_name, channel_svg = self._channel(tp.channel)
        return (
            "card",
            tp.id,
            lane.id,
            rect,
            tp.title,
            tp.channel,
            channel_name,
            channel_svg,
            tp.moment_of_truth,
            len(tp.pain_points),
            tp.evidence,
            metric,
            self.doc.language,  # the badges' words and figures are the map's language's
        )

    def _card(self, tp: Touchpoint, lane: Lane, rect: Rect) -> CardBox:
        inner = rect.inset(CARD_PADDING)
        icon = Rect(inner.x, inner.y, ICON_SIZE, ICON_SIZE)
        meta_line = self.wrap.line_height(styles.CARD_META)
        channel = TextBox(
            Rect(icon.right + 6, inner.y, inner.right - icon.right - 6, ICON_SIZE),
            self._line(
                self.wrap.elide(
                    self._channel(tp.channel)[0],
                    inner.right - icon.right - 6,
                    styles.CARD_META,
                )
            )
            if tp.channel
            else (),
            styles.CARD_META,
            meta_line,
        )
        badges = self._badges(tp, inner)
        title_top = icon.bottom + 6
        title_bottom = (badges[0].rect.y - 4) if badges else inner.bottom
        title = self._text(
            tp.title, Rect(inner.x, title_top, inner.w, title_bottom - title_top), styles.CARD_TITLE
        )
        return CardBox(
            tp.id,
            lane.id,
            rect,
            icon,
            channel,
            title,
            tuple(badges),
            tp.channel,
            self._channel(tp.channel)[1],
        )

    def moved_card(self, card: CardBox, rect: Rect) -> CardBox:
        """``card`` at ``rect`` (same size and lane, same touchpoint content), placed as
        :meth:`card` places it: its texts and badges are reused, only their boxes move.

        The same sums as :meth:`card` (through ``rect.inset(CARD_PADDING)``), without the
        intermediate boxes: a card moved across a 10,000-card map moves every column.
        """
        if rect == card.rect:
            return card
        left = rect.x + CARD_PADDING  # inner.x
        top = rect.y + CARD_PADDING  # inner.y
        right = left + max(0.0, rect.w - 2 * CARD_PADDING)  # inner.right
        icon_right = left + ICON_SIZE
        old = card.channel
        channel = TextBox(
            Rect(icon_right + 6, top, right - icon_right - 6, ICON_SIZE),
            old.lines,
            old.style,
            old.line_height,
            old.elided,
            old.align,
        )
        badges: tuple[Badge, ...] = ()
        if card.badges:
            placed = []
            x = left
            for badge in card.badges:
                place = badge.rect
                placed.append(Badge(badge.kind, Rect(x, place.y, place.w, place.h), badge.text))
                x += place.w + 4
            badges = tuple(placed)
        old = card.title
        title = TextBox(
            Rect(left, old.rect.y, old.rect.w, old.rect.h),
            old.lines,
            old.style,
            old.line_height,
            old.elided,
            old.align,
        )
        return CardBox(
            card.touchpoint_id,
            card.lane_id,
            rect,
            Rect(left, top, ICON_SIZE, ICON_SIZE),
            channel,
            title,
            badges,
            card.channel_key,
            card.channel_svg,
        )

    def _badges(self, tp: Touchpoint, inner: Rect) -> list[Badge]:
        wanted: list[tuple[str, str]] = []
        if tp.moment_of_truth:
            wanted.append(("moment_of_truth", "★"))
        if tp.pain_points:
            label = f"⚠ {len(tp.pain_points)}"
            wanted.append(("pain_points", self._labels.setdefault(label, label)))
        if tp.evidence != "unstated":
            letters = EVIDENCE_LETTERS["fr" if speaks_french(self.doc.language) else "en"]
            wanted.append(("evidence", letters[tp.evidence]))
        key_metric = self._key_metric(tp)
        if key_metric is not None:
            wanted.append(("metric", self.figure(tp.metrics[key_metric.id], key_metric.unit)))
        badges = []
        x = inner.x
        y = inner.bottom - BADGE_HEIGHT
        for kind, label in wanted:
            width = self.wrap.width(label, styles.SMALL) + 10
            if kind == "metric":
                width = min(width, inner.right - x)
                label = self.wrap.elide(label, width - 10, styles.SMALL)
            if x + width > inner.right + 0.01:
                break
            badges.append(Badge(kind, Rect(x, y, width, BADGE_HEIGHT), label))
            x += width + 4
        return badges

    def _framework(
        self, lane: Lane, x_of: dict[str, Rect], y: float
    ) -> tuple[list[FrameworkBox], float]:
        field = lane.field
        assert field is not None
        max_lines = self._framework_max_lines()
        lines_of = self._field_lines
        wrapped: list[tuple[str, tuple[Sequence[str], bool]]] = []
        tallest = 0
        for tp in self.order:
            if tp.id not in x_of:
                continue
            found = lines_of(tp, field, max_lines)
            if found is None:
                continue
            wrapped.append((tp.id, found))
            if len(found[0]) > tallest:
                tallest = len(found[0])
        height = self.framework_height(tallest)
        # As framework_box places each text (the same arithmetic, done once per lane).
        top, inner_h = y + FRAMEWORK_PADDING, height - 2 * FRAMEWORK_PADDING
        inner_w, line_height = SLOT_WIDTH - 2 * FRAMEWORK_PADDING, self.wrap.line_height(BODY)
        lefts = self._text_lefts(x_of)
        boxes = [
            FrameworkBox(
                tid,
                lane.id,
                field,
                TextBox(
                    Rect(lefts[tid], top, inner_w, inner_h),
                    tuple(lines),
                    BODY,
                    line_height,
                    elided,
                ),
            )
            for tid, (lines, elided) in wrapped
        ]
        return boxes, height

    def _text_lefts(self, x_of: dict[str, Rect]) -> dict[str, float]:
        """The left edge of the framework texts under each column of ``x_of`` (one number
        per column for all framework lanes, not one per text)."""
        if self._lefts is None or self._lefts[0] is not x_of:
            self._lefts = (x_of, {tid: rect.x + FRAMEWORK_PADDING for tid, rect in x_of.items()})
        return self._lefts[1]

    def _line(self, text: str) -> tuple[str]:
        """``(text,)``, one tuple for every card showing the same one-line text."""
        found = self._shared.get(text)
        if found is None:
            found = self._shared[text] = (text,)
        return found

    def field_lines(self, tp: Touchpoint, field: str) -> tuple[Sequence[str], bool] | None:
        """A touchpoint field wrapped for its framework lane (None when it is empty)."""
        return self._field_lines(tp, field, self._framework_max_lines())

    def _field_lines(
        self, tp: Touchpoint, field: str, max_lines: int
    ) -> tuple[Sequence[str], bool] | None:
        items = _field_items(tp, field)
        if not items:
            return None
        if len(items) == 2:  # what _wrap_field does with one item, remembered by the wrapper
            return self.wrap.lines(
                items[1], SLOT_WIDTH - 2 * FRAMEWORK_PADDING, BODY, max_lines, items[0]
            )
        return self.wrap.memo(
            ("field", items, max_lines),
            partial(self._wrap_field, items, SLOT_WIDTH - 2 * FRAMEWORK_PADDING, BODY, max_lines),
        )

    def _framework_max_lines(self) -> int:
        line_height = self.wrap.line_height(styles.BODY)
        return max(1, int((FRAMEWORK_MAX_HEIGHT - 2 * FRAMEWORK_PADDING) / line_height))

    def framework_height(self, lines: int) -> float:
        """The height a framework lane needs for a text of ``lines`` lines."""
        line_height = self.wrap.line_height(styles.BODY)
        return min(
            FRAMEWORK_MAX_HEIGHT,
            max(FRAMEWORK_MIN_HEIGHT, lines * line_height + 2 * FRAMEWORK_PADDING),
        )

    def framework_box(
        self,
        touchpoint_id: str,
        lane_id: str,
        field: str,
        column: Rect,
        y: float,
        height: float,
        wrapped: tuple[Sequence[str], bool],
    ) -> FrameworkBox:
        """The text of one touchpoint in a framework lane at ``y`` that is ``height`` high."""
        lines, elided = wrapped
        rect = Rect(
            column.x + FRAMEWORK_PADDING,
            y + FRAMEWORK_PADDING,
            SLOT_WIDTH - 2 * FRAMEWORK_PADDING,
            height - 2 * FRAMEWORK_PADDING,
        )
        line_height = self.wrap.line_height(styles.BODY)
        return FrameworkBox(
            touchpoint_id,
            lane_id,
            field,
            TextBox(rect, tuple(lines), styles.BODY, line_height, elided),
        )

    @staticmethod
    def moved_framework_box(box: FrameworkBox, column_x: float) -> FrameworkBox:
        """``box`` (same lane, same text) under the column starting at ``column_x``, as
        :meth:`framework_box` places it."""
        text = box.text
        old = text.rect
        x = column_x + FRAMEWORK_PADDING
        if x == old.x:
            return box
        return FrameworkBox(
            box.touchpoint_id,
            box.lane_id,
            box.field,
            TextBox(
                Rect(x, old.y, old.w, old.h),
                text.lines,
                text.style,
                text.line_height,
                text.elided,
                text.align,
            ),
        )

    def _wrap_field(
        self, items: tuple[str, ...], width: float, style: TextStyle, max_lines: int
    ) -> tuple[Sequence[str], bool]:
        """The lines of a field's items (see :func:`_field_items`), one after the other."""
        if len(items) == 2:  # the loop below, for one item
            return self.wrap.lines(items[1], width, style, max_lines, items[0])
        lines: list[str] = []
        for index in range(0, len(items), 2):
            room = max_lines - len(lines)
            if room <= 0:
                lines[-1] = self.wrap.elide(lines[-1], width, style, force=True)
                return tuple(lines), True
            chunk, cut = self.wrap.lines(items[index + 1], width, style, room, items[index])
            lines += chunk
            if cut:
                return tuple(lines), True
        return tuple(lines), False

    # -- emotions and metrics ---------------------------------------------------------------

    def scale(self, box: LaneBox) -> EmotionScale:
        """Where scores go in the emotion lane ``box``."""
        plot = Rect(
            box.content.x,
            box.content.y + EMOTION_PLOT_MARGIN,
            box.content.w,
            box.content.h - 2 * EMOTION_PLOT_MARGIN,
        )
        return EmotionScale(box.lane_id, plot)

    def _curves(self, scale: EmotionScale, x_of: dict[str, Rect]) -> list[EmotionCurve]:
        # One pass over the journey for all personas: this runs after every edit.
        wanted: dict[str, list[EmotionPoint]] = {persona.id: [] for _, persona in self.personas}
        centre, scale_h = scale.plot.centre_y, scale.plot.h / 4
        for tp in self.order:
            column = x_of.get(tp.id)
            if column is None:
                continue
            x = column.x + column.w / 2
            for persona_id, value in tp.emotions.items():
                found = wanted.get(persona_id)
                if found is not None:
                    # The same as scale.y_of(value), inlined for speed.
                    found.append(
                        EmotionPoint(tp.id, persona_id, value, Point(x, centre - value * scale_h))
                    )
        curves = []
        for index, persona in self.personas:
            shown = tuple(wanted[persona.id])
            dash, marker = persona_look(persona.dash, persona.marker, index)
            segments = smooth_segments([p.point for p in shown])
            curves.append(
                EmotionCurve(
                    persona.id, persona.name, shown, segments, persona.colour, dash, marker
                )
            )
        return curves

    def _metric(
        self, lane: Lane, x_of: dict[str, Rect], box: LaneBox, starts: list[float]
    ) -> tuple[list[MetricBar], MetricPlot]:
        """A metric lane's marks and plot; ``starts`` are the phases' left edges."""
        assert lane.metric_id is not None
        metric = self.doc.metric(lane.metric_id)
        chart = lane.chart or "bars"
        values = [
            (tp, tp.metrics[metric.id])
            for tp in self.order
            if metric.id in tp.metrics and tp.id in x_of
        ]
        label_h = self.wrap.line_height(styles.SMALL)
        extent = metric_extent([v for _, v in values], metric.target)
        y_of = self.metric_axis(box, extent)
        zero_y = y_of(0.0)
        target_y = None if metric.target is None else y_of(metric.target)
        points = [Point(x_of[tp.id].centre_x, y_of(value)) for tp, value in values]
        bars = []
        for index, (tp, value) in enumerate(values):
            column, point = x_of[tp.id], points[index]
            if chart != "line":
                bars.append(
                    self.metric_bar(tp.id, lane.id, metric, value, column, point, zero_y, target_y)
                )
                continue
            text = self._metric_text(value, metric)
            m = METRIC_MARKER
            rect = Rect(point.x - m, point.y - m, 2 * m, 2 * m)
            width = self.wrap.width(text, styles.SMALL)
            neighbours = points[max(0, index - 1) : index + 2]
            label_y = _clear_of_line(
                point,
                neighbours,
                (width, label_h),
                (box.content.y + 1, box.content.bottom - 1),
                target_y,
            )
            label = TextBox(
                Rect(column.x + 4, label_y, SLOT_WIDTH - 8, label_h),
                (text,),
                styles.SMALL,
                label_h,
                align="centre",
            )
            bars.append(MetricBar(tp.id, lane.id, metric.id, value, rect, label, point))
        line = points if chart == "line" else []
        target = None
        if metric.target is not None and target_y is not None:
            target = self._target(
                metric.target, target_y, metric.unit, (box, starts), (bars, line), label_h
            )
        return bars, MetricPlot(lane.id, metric.id, chart, zero_y, tuple(line), target)

    def metric_axis(self, box: LaneBox, extent: tuple[float, float]) -> Callable[[float], float]:
        """The y of a value in the metric lane ``box`` whose values span ``extent`` (see
        :func:`metric_extent`)."""
        label_h = self.wrap.line_height(styles.SMALL)
        top, bottom = box.content.y + label_h + 6, box.content.bottom - label_h - 6
        high, low = extent
        span = (high - low) or 1.0
        return lambda value: top + (high - value) / span * (bottom - top)

    def _metric_text(self, value: float, metric: Metric) -> str:
        return self.wrap.elide(self.figure(value, metric.unit), SLOT_WIDTH - 8, styles.SMALL)

    def metric_bar(
        self,
        touchpoint_id: str,
        lane_id: str,
        metric: Metric,
        value: float,
        column: Rect,
        point: Point,
        zero_y: float,
        target_y: float | None,
    ) -> MetricBar:
        """A bar of a bar chart in ``column``: from ``zero_y`` to ``point``, labelled."""
        label_h = self.wrap.line_height(styles.SMALL)
        w = METRIC_BAR_WIDTH
        rect = Rect(column.centre_x - w / 2, min(point.y, zero_y), w, abs(zero_y - point.y))
        label_y = rect.y - label_h - 2 if value >= 0 else rect.bottom + 2
        if target_y is not None and label_y < target_y < label_y + label_h:
            # Keep the target line from striking the value through.
            label_y = target_y - label_h - 1 if value >= 0 else target_y + 1
        label = TextBox(
            Rect(column.x + 4, label_y, SLOT_WIDTH - 8, label_h),
            (self._metric_text(value, metric),),
            styles.SMALL,
            label_h,
            align="centre",
        )
        return MetricBar(touchpoint_id, lane_id, metric.id, value, rect, label, point)

    def _target(
        self,
        value: float,
        y: float,
        unit: str,
        where: tuple[LaneBox, list[float]],
        marks: tuple[list[MetricBar], list[Point]],
        label_h: float,
    ) -> MetricTarget:
        """The target line at ``y``, labelled at the start of each phase, above or below it.

        One label per phase keeps the target named wherever the map is scrolled
        to, and on a slide that shows one phase.
        """
        box, starts = where
        bars, line = marks
        words = TARGET_LABELS["fr" if speaks_french(self.doc.language) else "en"]
        text = words.format(value=self.figure(value, unit))
        width = self.wrap.width(text, styles.SMALL)
        candidates = [y - label_h - 1, y + 1]
        if y - label_h - 1 < box.content.y:
            candidates.reverse()
        labels = []
        for start in starts:
            x = max(start, box.content.x) + 6
            # Only the phase's first column can be under the label.
            near = [b for b in bars if x - SLOT_WIDTH < b.label.rect.x < x + width]
            taken = [b.rect for b in near] + [_text_rect(self.wrap, b.label) for b in near]
            label_y = candidates[0]
            for candidate in candidates:
                rect = Rect(x, candidate, width, label_h)
                clear = not any(rect.inset(-4, 0).intersects(other) for other in taken)
                if clear and not _crosses_line(line, rect.inset(-2)):
                    label_y = candidate
                    break
            rect = Rect(x, label_y, width + 2, label_h)
            labels.append(TextBox(rect, (text,), styles.SMALL, label_h))
        return MetricTarget(value, y, tuple(labels))

    # -- text ---------------------------------------------------------------------------

    def _text(
        self,
        content: str,
        rect: Rect,
        style: TextStyle,
        max_lines: int | None = None,
        align: str = "left",
    ) -> TextBox:
        line_height = self.wrap.line_height(style)
        fit = max(1, int(rect.h // line_height))
        lines, elided = self.wrap.lines(content, rect.w, style, min(fit, max_lines or fit))
        return TextBox(rect, lines, style, line_height, elided, align)


def with_body(phase: PhaseBox, height: float) -> PhaseBox:
    """``phase`` with its column below the header, ``height`` high (down to the last lane)."""
    header = phase.header
    body = Rect(header.x, header.bottom, header.w, height)
    return PhaseBox(phase.phase_id, header, body, phase.title, phase.colour, phase.index)


def _field_items(tp: Touchpoint, field: str) -> tuple[str, ...]:
    """A touchpoint field as the items a framework lane lists: each item's bullet (its
    prefix) then its text, flat — ``(prefix, text, prefix, text, ...)``; the lane shows
    ``prefix + text`` for each, but the joined copies are not kept (the wrapper is asked
    for the lines of ``text`` after ``prefix``)."""
    if field == "opportunities":
        items: list[str] = []
        for o in tp.opportunities:
            items += ("• ↑ " if o.priority == "high" else BULLET, o.text)
        return tuple(items)
    value = getattr(tp, field)
    if isinstance(value, list):
        items = []
        for item in value:
            if item.strip():
                items += (BULLET, item)
        return tuple(items)
    return ("", value) if value.strip() else ()


BULLET = "• "
"""What a framework lane puts before each item of a list field."""


def _line_y(points: list[Point], x: float) -> float | None:
    """The y of the polyline through ``points`` (sorted by x) at ``x``, None outside it."""
    for a, b in pairwise(points):
        if a.x <= x <= b.x and b.x > a.x:
            return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
    return None


def _clear_of_line(
    point: Point,
    neighbours: list[Point],
    size: tuple[float, float],
    limits: tuple[float, float],
    target_y: float | None,
) -> float:
    """The top of a value label centred over ``point`` that does not touch the line.

    The label goes on the side the line leaves free (above a peak, below a dip),
    as close to the point as the line allows, off the target line (``target_y``),
    and stays between the ``limits`` (top and bottom).
    """
    (width, height), (top, bottom) = size, limits
    gap = METRIC_MARKER + 1
    xs = (point.x - width / 2 - 2, point.x, point.x + width / 2 + 2)
    ys = [y for y in (_line_y(neighbours, x) for x in xs) if y is not None] or [point.y]
    above = min(ys) - gap - height
    below = max(ys) + gap
    if target_y is not None and above < target_y < above + height:
        above = target_y - height - 1
    if target_y is not None and below < target_y < below + height:
        below = target_y + 1
    others = [p.y for p in neighbours if p is not point]
    # Screen y grows downwards: neighbours lower on screen than the point leave room above.
    prefer_above = not others or sum(others) / len(others) >= point.y
    order = [above, below] if prefer_above else [below, above]
    for candidate in order:
        if top <= candidate and candidate + height <= bottom:
            return candidate
    return max(top, min(order[0], bottom - height))


def _crosses_line(points: list[Point], rect: Rect) -> bool:
    """Whether the polyline through ``points`` (sorted by x) passes through ``rect``."""
    inside = [p for p in points if rect.x < p.x < rect.right]
    ends = [_line_y(points, rect.x), _line_y(points, rect.right)]
    ys = [y for y in ends if y is not None] + [p.y for p in inside]
    if not ys:
        return False
    return min(ys) < rect.bottom and max(ys) > rect.y


def _text_rect(wrapper: Wrapper, box: TextBox) -> Rect:
    """Where a one-line centred label's text actually is."""
    width = wrapper.width(box.lines[0], box.style) if box.lines else 0.0
    return Rect(box.rect.centre_x - width / 2, box.rect.y, width, box.rect.h)


def metric_extent(values: Sequence[float], target: float | None) -> tuple[float, float]:
    """The highest and lowest values a metric lane plots: its values, its target and 0."""
    extra = [] if target is None else [target]
    return max([0.0, *extra, *values]), min([0.0, *extra, *values])
