"""What ``layout()`` returns: plain, frozen geometry that any renderer can draw."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from app.layout.curves import CubicSegment
from app.layout.frozen import frozen
from app.layout.geometry import Point, Rect
from app.layout.text import TextStyle


@frozen
class TextBox:
    """Lines already wrapped for ``rect``; line ``i`` sits ``i * line_height`` below the top."""

    rect: Rect
    lines: tuple[str, ...]
    style: TextStyle
    line_height: float
    elided: bool = False
    align: str = "left"
    """``left`` or ``centre``."""


@frozen
class PhaseBox:
    """A phase: its coloured header and the column it spans below."""

    phase_id: str
    header: Rect
    body: Rect
    title: TextBox
    colour: str
    index: int


@frozen
class LaneBox:
    """A lane: its header on the left and its band across the phases."""

    lane_id: str
    kind: str
    band: Rect
    header: Rect
    content: Rect
    title: TextBox
    colour: str
    collapsed: bool
    index: int


@frozen
class Slot:
    """The column a touchpoint owns, in journey order (``position`` counts across phases)."""

    touchpoint_id: str
    phase_id: str
    position: int
    rect: Rect
    """The column across all lanes' content area (below the phase header)."""


@frozen
class Badge:
    """A small mark on a card: moment of truth, pain points, evidence or a key metric."""

    kind: str
    rect: Rect
    text: str


@frozen
class CardBox:
    """A touchpoint card in its lane."""

    touchpoint_id: str
    lane_id: str
    rect: Rect
    icon: Rect
    channel: TextBox
    title: TextBox
    badges: tuple[Badge, ...]
    channel_key: str | None
    channel_svg: str | None = None
    """A custom channel's own SVG icon, drawn instead of the generic custom-channel icon."""


@frozen
class FrameworkBox:
    """A touchpoint's framework field, shown under its column in a framework lane."""

    touchpoint_id: str
    lane_id: str
    field: str
    text: TextBox


@frozen
class EmotionPoint:
    """A persona's score at a touchpoint, placed in the emotion lane."""

    touchpoint_id: str
    persona_id: str
    value: float
    point: Point


@frozen
class EmotionCurve:
    """One persona's smooth curve, with its colour, dash pattern and marker."""

    persona_id: str
    name: str
    points: tuple[EmotionPoint, ...]
    segments: Sequence[CubicSegment]
    """A tuple, or the compact :class:`~app.layout.curves.Segments` a layout makes."""
    colour: str
    dash: tuple[float, ...]
    marker: str


@frozen
class EmotionScale:
    """Where scores go in the emotion lane: ``y_of(value)``, and the tick positions."""

    lane_id: str
    plot: Rect
    """The area between the +2 line (top) and the -2 line (bottom)."""

    def y_of(self, value: float) -> float:
        """The y of a score from -2 (bottom of the plot) to +2 (top)."""
        return self.plot.centre_y - value * self.plot.h / 4

    def value_at(self, y: float) -> float:
        """The score at height ``y``, clamped to -2..+2."""
        value = (self.plot.centre_y - y) * 4 / self.plot.h if self.plot.h else 0.0
        return max(-2.0, min(2.0, value))

    @property
    def ticks(self) -> tuple[tuple[float, float], ...]:
        """(score, y) for -2, -1, 0, +1, +2."""
        return tuple((float(v), self.y_of(v)) for v in (2, 1, 0, -1, -2))


@frozen
class MetricBar:
    """One touchpoint's value in a metric lane: a bar from the lane's zero line, or a point.

    ``rect`` is the mark: the bar, or the marker's square on a line chart; ``point``
    is where the value sits (the bar's end, the line's vertex).
    """

    touchpoint_id: str
    lane_id: str
    metric_id: str
    value: float
    rect: Rect
    label: TextBox
    point: Point


@frozen
class MetricTarget:
    """A metric's target value: a line across its lane at ``y``, labelled in each phase."""

    value: float
    y: float
    labels: tuple[TextBox, ...]


@frozen
class MetricPlot:
    """How one metric lane plots its values: ``chart`` is ``bars`` or ``line``."""

    lane_id: str
    metric_id: str
    chart: str
    zero: float
    """The y of the value 0."""
    line: tuple[Point, ...] = ()
    """A line chart's vertices in journey order (empty for bars)."""
    target: MetricTarget | None = None


@frozen
class NoteBox:
    """A sticky note: free at its place, or on its card's corner (``attached_to``)."""

    note_id: str
    rect: Rect
    text: TextBox
    author: TextBox | None
    colour: str
    attached_to: str | None


@dataclass(frozen=True)
class Layout:
    """Everything needed to draw a map; sizes in layout units."""

    width: float
    height: float
    header_height: float
    lane_header_width: float
    phases: tuple[PhaseBox, ...]
    lanes: tuple[LaneBox, ...]
    slots: tuple[Slot, ...]
    cards: tuple[CardBox, ...]
    framework: tuple[FrameworkBox, ...]
    scales: tuple[EmotionScale, ...]
    curves: tuple[EmotionCurve, ...]
    bars: tuple[MetricBar, ...]
    metric_zero: dict[str, float] = field(default_factory=dict)
    """Per metric lane id: the y of its zero line."""
    metric_plots: dict[str, MetricPlot] = field(default_factory=dict)
    """Per metric lane id: its chart kind, line and target."""
    notes: tuple[NoteBox, ...] = ()
    """Sticky notes, drawn over everything else, in the map's order."""

    def card(self, touchpoint_id: str) -> CardBox | None:
        """The card of a touchpoint (``None`` when its lane is collapsed or hidden)."""
        return self._index()[0].get(touchpoint_id)

    def cards_by_id(self) -> Mapping[str, CardBox]:
        """Every card by touchpoint id (read only: the layout's own lookup)."""
        return self._index()[0]

    def slot(self, touchpoint_id: str) -> Slot:
        """The column of a touchpoint."""
        return self._index()[1][touchpoint_id]

    def lane(self, lane_id: str) -> LaneBox | None:
        """The box of a lane (``None`` when hidden)."""
        return self._index()[2].get(lane_id)

    def phase(self, phase_id: str) -> PhaseBox:
        """The box of a phase."""
        return self._index()[3][phase_id]

    def with_changes(
        self,
        new_cards: Mapping[str, CardBox | None],
        new_slots: Mapping[str, Slot | None],
        /,
        **fields: Any,
    ) -> "Layout":
        """A copy with ``fields`` replaced, whose lookups know the new cards and slots.

        ``new_cards`` maps touchpoint ids to their card (None: no card any more), and
        ``new_slots`` to their column (None: the touchpoint is gone).
        The lookups of this layout are reused rather than rebuilt, so a small edit
        on a big map does not index every card again.
        """
        result = replace(self, **fields)
        cached = self.__dict__.get("_lookup")
        if cached is not None:
            by_card = _updated(cached[0], new_cards)
            by_slot = _updated(cached[1], new_slots)
            by_lane, by_phase = cached[2], cached[3]
            if "lanes" in fields:
                by_lane = {lane.lane_id: lane for lane in result.lanes}
            if "phases" in fields:
                by_phase = {p.phase_id: p for p in result.phases}
            object.__setattr__(result, "_lookup", (by_card, by_slot, by_lane, by_phase))
        return result

    def _index(
        self,
    ) -> tuple[dict[str, CardBox], dict[str, Slot], dict[str, LaneBox], dict[str, PhaseBox]]:
        cached = self.__dict__.get("_lookup")
        if cached is None:
            cached = (
                {c.touchpoint_id: c for c in self.cards},
                {s.touchpoint_id: s for s in self.slots},
                {lane.lane_id: lane for lane in self.lanes},
                {p.phase_id: p for p in self.phases},
            )
            object.__setattr__(self, "_lookup", cached)
        return cached


_Value = TypeVar("_Value")


def _updated(table: dict[str, _Value], changes: Mapping[str, _Value | None]) -> dict[str, _Value]:
    """``table`` (the same object when nothing changes) with ``changes``: None removes."""
    if not changes:
        return table
    result = dict(table)
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result
