"""``relayout``: the layout after a command, recomputing only what the command touched.

:func:`app.layout.engine.layout` stays the one definition of the geometry. This
module takes only shortcuts that give the very same :class:`Layout` as laying
the whole map out again (``tests/test_incremental_layout.py`` checks that on
random edit sequences):

- a change to the map's own fields (title, author, ...) or to a persona's
  profile moves nothing;
- a persona's name, colour, marker or dash restyles that persona's curve only;
- a card's texts change its card box and its texts in the framework lanes,
  as long as no framework lane has to grow or shrink;
- a card's scores move that card's points on the persona curves;
- cards reordered inside their phases (or moved to another lane of the same
  phase) change only the columns between the first and the last one that moved;
- cards moved to another phase change the phases that widen, narrow or move,
  and only the columns between the first and the last one whose card, phase
  or place changed;
- cards added or deleted (a new card, a duplicate, a paste, a deletion, their
  undo) change their phase and every column from the first one added or
  removed to the map's end;
- either may make the map wider or narrower: the lanes and scales (twenty
  boxes) are made again for the new width. No framework lane may grow or
  shrink, no bar chart's scale change and no sticky note sit on a card that
  moves: those are laid out in full.

Anything else, and anything it is unsure of, is laid out again in full.
"""

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar, cast, overload

from app.layout.curves import (
    CubicSegment,
    Segments,
    smooth_path_after_change,
    smooth_path_after_tail,
    smooth_segments,
)
from app.layout.engine import (
    CARD_HEIGHT,
    CARD_WIDTH,
    EMPTY_PHASE_WIDTH,
    LANE_HEADER_WIDTH,
    METRIC_BAR_WIDTH,
    NOTE_MARGIN,
    PHASE_HEADER_HEIGHT,
    SLOT_WIDTH,
    LayoutOptions,
    _Builder,
    layout,
    metric_extent,
    with_body,
)
from app.layout.geometry import Point, Rect
from app.layout.model import (
    CardBox,
    EmotionCurve,
    EmotionPoint,
    FrameworkBox,
    LaneBox,
    Layout,
    MetricBar,
    MetricPlot,
    NoteBox,
    PhaseBox,
    Slot,
    TextBox,
)
from app.layout.notes import note_boxes
from app.layout.text import Measure, Wrapper
from app.model.commands import Change
from app.model.document import (
    CARD_CONTENT_FIELDS,
    PERSONA_PROFILE_FIELDS,
    JourneyMap,
    Lane,
    Touchpoint,
)
from app.model.palette import persona_look

Span = tuple[float, float]
"""A range of x, left edge included, right edge excluded."""


@dataclass(frozen=True)
class Delta:
    """What :func:`relayout` changed, so that a view updates only those pieces.

    ``full`` means anything may have changed (the map was laid out again).
    Otherwise only the named pieces are new objects; every other box of the
    new layout is the very object of the previous one.
    """

    full: bool = False
    cards: frozenset[str] = frozenset()
    """Touchpoint ids whose card box changed (or appeared, or went), or whose phase changed."""
    moved: frozenset[str] = frozenset()
    """Those of ``cards`` whose new box is their previous one moved: the same size, texts
    and badges in another place (a view moves such a card's item instead of redrawing it)."""
    phases: frozenset[str] = frozenset()
    """Phase ids whose box changed (a card moved to another phase: it widened or moved; a
    renamed or recoloured phase)."""
    lanes: frozenset[str] = frozenset()
    """Lane ids whose box changed without moving (a renamed or recoloured lane; every lane
    when the map widens or narrows)."""
    resized: bool = False
    """The map is wider or narrower: the lanes' contents and scales span the new width."""
    texts: tuple[tuple[str, Span, tuple[FrameworkBox, ...]], ...] = ()
    """Per framework lane id and range of x: the texts now in that range."""
    bars: tuple[tuple[str, Span, tuple[MetricBar, ...]], ...] = ()
    """Per metric lane id and range of x: the bars now in that range."""
    curves: frozenset[str] = frozenset()
    """Persona ids whose curve changed."""
    curve_span: Span | None = None
    """Where the changed curves changed (None: anywhere, e.g. a new colour)."""
    notes: bool = False
    """The sticky notes changed (a few boxes: a view shows them all again)."""

    @property
    def empty(self) -> bool:
        """True when nothing at all changed."""
        return not (
            self.full
            or self.cards
            or self.phases
            or self.lanes
            or self.texts
            or self.bars
            or self.curves
            or self.resized
            or self.notes
        )


EVERYTHING = Delta(full=True)

MAP_FIELDS_NOT_DRAWN = frozenset(
    {"title", "description", "author", "created", "modified", "current_state"}
)
"""Map fields the layout does not use (the map's language names channels and writes the
metrics' figures: it is not here)."""
PERSONA_FIELDS_NOT_DRAWN = frozenset(PERSONA_PROFILE_FIELDS)
PERSONA_CURVE_FIELDS = frozenset({"name", "colour", "marker", "dash"})
METRIC_FIELDS_NOT_DRAWN = frozenset({"name"})
PHASE_HEADER_FIELDS = frozenset({"name", "colour", "description"})
"""Phase fields that change at most its header (its width may follow the name: then every
column after it moves, and the map is laid out again)."""
LANE_HEADER_FIELDS = frozenset({"name", "colour"})
"""Lane fields that change only its header and band colour, never its height."""
CARD_TEXT_FIELDS = frozenset({"title", "channel", *CARD_CONTENT_FIELDS})
"""Touchpoint fields that change its card and framework texts, never its place."""
SCORE_FIELDS = frozenset({"emotions"})
VALUE_FIELDS = frozenset({"metrics"})
"""Touchpoint fields that change its card's key-metric badge and its marks in metric lanes."""
PLACE_FIELDS = frozenset({"phase_id", "lane_id"})


_Box = TypeVar("_Box", CardBox, FrameworkBox, MetricBar)


class _Unsure(Exception):
    """A change the shortcuts do not cover: lay the whole map out again."""


def relayout(
    previous: Layout,
    doc: JourneyMap,
    changes: Iterable[Change],
    measure: Measure | Wrapper,
    options: LayoutOptions | None = None,
) -> tuple[Layout, Delta]:
    """The layout of ``doc`` after ``changes``, given ``previous``, the layout before them.

    ``previous`` must have been made from the same document (with the same
    ``measure`` and ``options``) just before the command that reported
    ``changes``. Returns the new layout, equal to ``layout(doc, measure,
    options)``, and what differs from ``previous``.
    """
    wrapper = measure if isinstance(measure, Wrapper) else Wrapper(measure)
    options = options or LayoutOptions()
    try:
        return _Patch(previous, doc, wrapper, options).run(changes)
    except _Unsure:
        return layout(doc, wrapper, options), EVERYTHING


class _Patch:
    """The pieces a list of changes touches, then the layout with only those rebuilt."""

    def __init__(
        self, previous: Layout, doc: JourneyMap, wrapper: Wrapper, options: LayoutOptions
    ) -> None:
        self.previous = previous
        self.doc = doc
        self.options = options
        self.builder = _Builder(doc, wrapper, options)
        self.texts: dict[str, set[str]] = {}
        """Touchpoint id -> the text fields that changed."""
        self.scores: set[str] = set()
        self.restyled: set[str] = set()
        self.placed: set[str] = set()
        """Touchpoints moved in the list or given another phase or lane."""
        self.relaned: set[str] = set()
        """Touchpoints given another lane (or phase)."""
        self.added: set[str] = set()
        self.removed: set[str] = set()
        """Touchpoints added to or removed from the map."""
        self.tail = False
        """The one run of columns rebuilt goes on to the map's end, before and after
        (cards added or removed: there are more or fewer columns after them)."""
        self.found: dict[str, tuple[Touchpoint, Slot]] = {}
        self.new_cards: dict[str, CardBox | None] = {}
        self.moved: set[str] = set()
        """Touchpoints whose card was only moved (``Builder.moved_card``)."""
        self.new_slots: dict[str, Slot | None] = {}
        """New columns by touchpoint id (None: the touchpoint is gone)."""
        self.headers: dict[tuple[str, str], set[str]] = {}
        """(``phases`` or ``lanes``, id) -> the fields of that phase or lane edited."""
        self.renote = False
        """A sticky note was added, removed, moved or edited."""
        self.valued: set[str] = set()
        """Touchpoints whose metric values changed."""
        self.fields: dict[str, object] = {}
        self.delta: dict[str, object] = {}

    def run(self, changes: Iterable[Change]) -> tuple[Layout, Delta]:
        count = 0
        for change in changes:
            self._take(change)
            count += 1
        if count == 0:
            raise _Unsure  # nothing said what changed: assume anything did
        counted = self.added or self.removed
        if self.headers:
            if self.placed or counted or self.texts or self.scores or self.restyled:
                raise _Unsure  # not in one command: the simple way is the safe one
            self._edit_headers()
        elif self.placed or counted:
            if self.texts or self.scores or self.restyled or self.added & self.removed:
                raise _Unsure
            if counted:
                self._place_across()
            else:
                self._place()
        else:
            self._edit_cards()
            self._edit_framework()
            self._edit_curves()
            self._edit_bars()
        self._lay_out_notes()
        self._extent()
        if not self.fields:
            return self.previous, Delta()
        result = self.previous.with_changes(self.new_cards, self.new_slots, **self.fields)
        new_cards = self.new_cards
        moved = frozenset(t for t in self.moved if new_cards.get(t) is not None)
        return result, Delta(cards=frozenset(new_cards), moved=moved, **self.delta)  # type: ignore[arg-type]

    # -- what changed ---------------------------------------------------------------------

    def _take(self, change: Change) -> None:
        fields: frozenset[str] = getattr(change, "fields", frozenset())
        if change.collection == "notes":
            self.renote = True  # a few boxes: laid out again whatever changed
            return
        if change.collection == "touchpoints" and change.kind == "moved":
            self.placed.add(change.element_id)
            return
        if change.collection == "touchpoints" and change.kind in ("added", "removed"):
            (self.added if change.kind == "added" else self.removed).add(change.element_id)
            return
        if change.kind != "updated" or not fields:
            raise _Unsure
        if change.collection == "map":
            _only(fields, MAP_FIELDS_NOT_DRAWN)
        elif change.collection == "metrics":
            _only(fields, METRIC_FIELDS_NOT_DRAWN)
        elif change.collection in ("phases", "lanes"):
            allowed = PHASE_HEADER_FIELDS if change.collection == "phases" else LANE_HEADER_FIELDS
            _only(fields, allowed)
            self.headers.setdefault((change.collection, change.element_id), set()).update(fields)
        elif change.collection == "personas":
            _only(fields, PERSONA_FIELDS_NOT_DRAWN | PERSONA_CURVE_FIELDS)
            if fields & PERSONA_CURVE_FIELDS:
                self.restyled.add(change.element_id)
        elif change.collection == "touchpoints":
            _only(fields, CARD_TEXT_FIELDS | SCORE_FIELDS | PLACE_FIELDS | VALUE_FIELDS)
            if fields & (CARD_TEXT_FIELDS | VALUE_FIELDS):
                shown = fields & (CARD_TEXT_FIELDS | VALUE_FIELDS)
                self.texts.setdefault(change.element_id, set()).update(shown)
            if fields & VALUE_FIELDS:
                self.valued.add(change.element_id)
            if fields & SCORE_FIELDS:
                self.scores.add(change.element_id)
            if fields & PLACE_FIELDS:
                self.placed.add(change.element_id)
                self.relaned.add(change.element_id)
        else:
            raise _Unsure

    def _touchpoint(self, touchpoint_id: str) -> tuple[Touchpoint, Slot]:
        """A touchpoint and its column, which must still be in the same phase."""
        found = self.found.get(touchpoint_id)
        if found is None:
            try:
                tp = self.doc.touchpoint(touchpoint_id)  # a scan of the list: done once
                slot = self.previous.slot(touchpoint_id)
            except KeyError:
                raise _Unsure from None
            if slot.phase_id != tp.phase_id:
                raise _Unsure
            found = self.found[touchpoint_id] = (tp, slot)
        return found

    def _slot_of(self, touchpoint_id: str) -> Slot:
        try:
            return self.previous.slot(touchpoint_id)
        except KeyError:
            raise _Unsure from None

    def _card_lane(self, tp: Touchpoint) -> tuple[LaneBox, Lane] | None:
        """The lane ``tp``'s card shows in (None when it shows in none)."""
        lane_box = self.previous.lane(tp.lane_id)
        if lane_box is None or lane_box.collapsed or lane_box.kind != "touchpoints":
            return None
        try:
            return lane_box, self.doc.lane(tp.lane_id)
        except KeyError:
            raise _Unsure from None

    def _framework_lanes(self) -> list[tuple[LaneBox, str]]:
        """The framework lanes shown, with the field each shows."""
        try:
            shown = [
                (lane_box, self.doc.lane(lane_box.lane_id).field)
                for lane_box in self.previous.lanes
                if lane_box.kind == "framework" and not lane_box.collapsed
            ]
        except KeyError:
            raise _Unsure from None
        return [(lane_box, field) for lane_box, field in shown if field is not None]

    def _card_rect(self, lane_box: LaneBox, column: Rect) -> Rect:
        top = lane_box.band.y + (lane_box.band.h - CARD_HEIGHT) / 2
        return Rect(column.x + (SLOT_WIDTH - CARD_WIDTH) / 2, top, CARD_WIDTH, CARD_HEIGHT)

    # -- a phase's or lane's header -------------------------------------------------------

    def _edit_headers(self) -> None:
        """Phases and lanes renamed or recoloured: only their boxes change.

        Typing a phase's name at 10,000 touchpoints laid the whole map out at each key
        (0.35 s). A phase whose new name needs another width moves every column after it:
        that is laid out in full.
        """
        previous, doc = self.previous, self.doc
        phases, lanes = list(previous.phases), list(previous.lanes)
        changed_phases: set[str] = set()
        changed_lanes: set[str] = set()
        try:
            for (collection, element_id), fields in self.headers.items():
                if collection == "phases":
                    phase = doc.phase(element_id)
                    old_phase = previous.phase(element_id)
                    count = sum(1 for slot in previous.slots if slot.phase_id == element_id)
                    header, _ = self.builder.phase_header(
                        old_phase.index, phase, old_phase.header.x, count
                    )
                    if header.header != old_phase.header:
                        raise _Unsure  # another width: the columns after it move
                    new_phase = with_body(header, old_phase.body.h)
                    if new_phase != old_phase:
                        phases[old_phase.index] = new_phase
                        changed_phases.add(element_id)
                    if "colour" in fields:  # its cards show the phase's colour
                        for slot in previous.slots:
                            if slot.phase_id == element_id:
                                card = previous.card(slot.touchpoint_id)
                                if card is not None:
                                    self.new_cards[slot.touchpoint_id] = card
                else:
                    lane = doc.lane(element_id)
                    old_lane = previous.lane(element_id)
                    if old_lane is None:
                        continue  # not shown
                    band = old_lane.band
                    new_lane = self.builder.lane_box(
                        lane, old_lane.index, band.y, band.h, band.right
                    )
                    if (new_lane.band, new_lane.header, new_lane.content) != (
                        band,
                        old_lane.header,
                        old_lane.content,
                    ):
                        raise _Unsure
                    if new_lane != old_lane:
                        lanes[lanes.index(old_lane)] = new_lane
                        changed_lanes.add(element_id)
        except KeyError:
            raise _Unsure from None
        if changed_phases:
            self.fields["phases"] = tuple(phases)
            self.delta["phases"] = frozenset(changed_phases)
        if changed_lanes:
            self.fields["lanes"] = tuple(lanes)
            self.delta["lanes"] = frozenset(changed_lanes)

    # -- a card's texts -------------------------------------------------------------------

    def _edit_cards(self) -> None:
        for touchpoint_id in self.texts:
            tp, _ = self._touchpoint(touchpoint_id)
            old = self.previous.card(touchpoint_id)
            shown = self._card_lane(tp)
            if old is None or shown is None:
                if old is not None or shown is not None:
                    raise _Unsure  # a card that should show does not, or the reverse
                continue
            if old.lane_id != tp.lane_id:
                raise _Unsure
            new = self.builder.card(tp, shown[1], old.rect)
            if new is not old and new != old:
                self.new_cards[touchpoint_id] = new
        if self.new_cards:
            cards = list(self.previous.cards)
            for touchpoint_id, card in self.new_cards.items():
                old = self.previous.card(touchpoint_id)
                assert old is not None and card is not None
                lane_box = self.previous.lane(old.lane_id)
                assert lane_box is not None
                rank = (lane_box.index, self._touchpoint(touchpoint_id)[1].position)
                cards[bisect_left(cards, rank, key=self._rank)] = card
            self.fields["cards"] = tuple(cards)

    def _edit_framework(self) -> None:
        """The framework texts after the text edits, as long as no lane changes height."""
        previous = self.previous
        boxes = previous.framework
        edits: list[tuple[int, int, FrameworkBox | None]] = []
        """(position, 1 to replace or remove the box there / 0 to insert, new box)."""
        runs: list[tuple[str, Span, tuple[FrameworkBox, ...]]] = []
        shown = self._framework_lanes()
        for touchpoint_id, fields in self.texts.items():
            tp, slot = self._touchpoint(touchpoint_id)
            for lane_box, field in shown:
                if field not in fields:
                    continue
                position = bisect_left(boxes, (lane_box.index, slot.position), key=self._rank)
                old = boxes[position] if position < len(boxes) else None
                if old is not None and (old.lane_id, old.touchpoint_id) != (
                    lane_box.lane_id,
                    touchpoint_id,
                ):
                    old = None
                wrapped = self.builder.field_lines(tp, field)
                height = lane_box.band.h
                needed = self.builder.framework_height(0 if wrapped is None else len(wrapped[0]))
                had = self.builder.framework_height(0 if old is None else len(old.text.lines))
                if needed != height and not (needed < height and had < height):
                    raise _Unsure  # the lane grows or shrinks: everything below moves
                new = None
                if wrapped is not None:
                    new = self.builder.framework_box(
                        touchpoint_id, lane_box.lane_id, field, slot.rect, lane_box.band.y,
                        height, wrapped,
                    )  # fmt: skip
                if old is None and new is None:
                    continue
                if old is not None and new is not None and old == new:
                    continue
                edits.append((position, 0 if old is None else 1, new))
                span = (slot.rect.x, slot.rect.right)
                runs.append((lane_box.lane_id, span, () if new is None else (new,)))
        if not edits:
            return
        self.fields["framework"] = _edited(boxes, edits)
        self.delta["texts"] = tuple(runs)

    def _rank(self, box: FrameworkBox | CardBox | MetricBar) -> tuple[int, int]:
        """Where a box sits in its layout tuple: lane by lane, in journey order."""
        lane_box = self.previous.lane(box.lane_id)
        assert lane_box is not None
        return lane_box.index, self.previous.slot(box.touchpoint_id).position

    # -- curves ---------------------------------------------------------------------------

    def _edit_curves(self) -> None:
        previous = self.previous
        if not previous.curves or not (self.scores or self.restyled):
            return
        if self.scores and len(previous.scales) != 1:
            raise _Unsure
        changed: dict[str, EmotionCurve] = {}
        spans: list[Span] = []
        for touchpoint_id in self.scores:
            _, slot = self._touchpoint(touchpoint_id)
            spans.append((slot.rect.x, slot.rect.right))
        for curve in previous.curves:
            new = curve
            if self.scores:
                new = self._rescored(curve)
            if curve.persona_id in self.restyled:
                new = self._restyled(new)
            if new is not curve and new != curve:
                changed[curve.persona_id] = new
        if not changed:
            return
        self.fields["curves"] = tuple(changed.get(c.persona_id, c) for c in previous.curves)
        self.delta["curves"] = frozenset(changed)
        if not self.restyled:
            self.delta["curve_span"] = (min(a for a, _ in spans), max(b for _, b in spans))

    def _restyled(self, curve: EmotionCurve) -> EmotionCurve:
        for index, persona in enumerate(self.doc.personas):
            if persona.id == curve.persona_id:
                dash, marker = persona_look(persona.dash, persona.marker, index)
                return replace(
                    curve, name=persona.name, colour=persona.colour, dash=dash, marker=marker
                )
        raise _Unsure

    def _point(self, tp: Touchpoint, persona_id: str, column: Rect) -> EmotionPoint | None:
        """``tp``'s point on ``persona_id``'s curve (None without a score), as layout() puts it."""
        value = tp.emotions.get(persona_id)
        if value is None:
            return None
        plot = self.previous.scales[0].plot
        centre, scale_h = plot.centre_y, plot.h / 4
        x = column.x + column.w / 2
        return EmotionPoint(tp.id, persona_id, value, Point(x, centre - value * scale_h))

    def _rescored(self, curve: EmotionCurve) -> EmotionCurve:
        points = list(curve.points)
        moved: list[int] = []
        resized = False
        position_of: Callable[[EmotionPoint], int] = self._position
        for touchpoint_id in sorted(self.scores, key=lambda t: self._touchpoint(t)[1].position):
            tp, slot = self._touchpoint(touchpoint_id)
            point = self._point(tp, curve.persona_id, slot.rect)
            index = bisect_left(points, slot.position, key=position_of)
            old = points[index] if index < len(points) else None
            if old is not None and old.touchpoint_id != touchpoint_id:
                old = None
            if old is None and point is None:
                continue
            if old is not None and point is not None:
                if old.value == point.value:
                    continue
                points[index] = point
                moved.append(index)
            elif point is None:
                del points[index]
                resized = True
            else:
                points.insert(index, point)
                resized = True
        if not moved and not resized:
            return curve
        if resized:
            segments: Sequence[CubicSegment] = smooth_segments([p.point for p in points])
        else:
            segments = smooth_path_after_change(
                _Xy(points), curve.segments, min(moved), max(moved) + 1
            )
        return replace(curve, points=tuple(points), segments=_kept(segments))

    def _position(self, point: EmotionPoint) -> int:
        return self.previous.slot(point.touchpoint_id).position

    # -- cards reordered within their phases -------------------------------------------------

    def _place(self) -> None:
        """Cards moved in the list or to another lane, each staying in its phase.

        A phase keeps its cards, so its width and every other phase stay; only
        the columns from the first to the last one whose card changed are
        rebuilt: their cards, framework texts, curve points and metric bars.
        """
        phases: set[str] = set()
        placed = self.placed
        across = False
        # One pass over the list: a reorder may name thousands of cards.
        for tp in self.doc.touchpoints:
            if tp.id in placed:
                slot = self._slot_of(tp.id)
                if slot.phase_id != tp.phase_id:
                    across = True  # another phase: columns after it may move
                self.found[tp.id] = (tp, slot)
                phases.add(tp.phase_id)
        if len(self.found) < len(placed):
            raise _Unsure  # a card named is gone
        if across:
            self._place_across()
            return
        members: dict[str, list[Touchpoint]] = {phase_id: [] for phase_id in phases}
        for tp in self.doc.touchpoints:
            found = members.get(tp.phase_id)
            if found is not None:
                found.append(tp)
        runs: list[tuple[int, int, list[Touchpoint]]] = []
        for tps in members.values():
            run = self._changed_run(tps)
            if run is not None:
                runs.append(run)
        if not runs:
            return
        runs.sort(key=lambda r: r[0])
        slots = list(self.previous.slots)
        for start, _, tps in runs:
            for k, tp in enumerate(tps):
                old = slots[start + k]
                if old.touchpoint_id != tp.id:
                    slots[start + k] = self.new_slots[tp.id] = Slot(
                        tp.id, old.phase_id, start + k, old.rect
                    )
        self.fields["slots"] = tuple(slots)
        self._placed_cards(runs, slots)
        self._placed_framework(runs, slots)
        self._placed_curves(runs, slots)
        self._placed_bars(runs, slots)

    def _place_across(self) -> None:
        """Cards moved to other phases (and maybe within phases and lanes), added or removed.

        The phases are laid out again (twenty boxes, not thousands); the columns
        from the first to the last one whose card, place or phase changed are
        rebuilt like a reorder's. Cards added or removed make one run from the first
        column that changed to the map's end. The lanes and scales follow the map's
        new width.
        """
        previous, doc = self.previous, self.doc
        counted = bool(self.added or self.removed)
        if [p.phase_id for p in previous.phases] != [p.id for p in doc.phases]:
            raise _Unsure
        if any(plot.target is not None for plot in previous.metric_plots.values()):
            raise _Unsure  # target labels sit at each phase's start
        members: dict[str, list[Touchpoint]] = {p.id: [] for p in doc.phases}
        for tp in doc.touchpoints:
            found = members.get(tp.phase_id)
            if found is None:
                raise _Unsure  # a card in no phase
            found.append(tp)
        old_slots = previous.slots
        total = sum(len(tps) for tps in members.values())
        if not old_slots or not total or (total != len(old_slots) and not counted):
            raise _Unsure
        phases, changed_phases, slots, order, (low, high) = self._columns(members, total)
        right = phases[-1].header.right
        resized = right != previous.phases[-1].header.right
        if changed_phases:
            self.fields["phases"] = tuple(phases)
            self.delta["phases"] = frozenset(changed_phases)
        if counted:
            # From the first column that differs, every one is new, gone or elsewhere.
            low = next(
                (i for i, (a, b) in enumerate(zip(slots, old_slots, strict=False)) if a is not b),
                min(len(slots), len(old_slots)),
            )
            high = len(slots) - 1
            self.tail = True
            for touchpoint_id in self.removed:
                self.new_slots[touchpoint_id] = None
        elif high < low:
            if resized:
                self._resized(right)
            return
        self.fields["slots"] = tuple(slots)
        runs = [(low, high + 1, order[low : high + 1])]
        self._placed_cards(runs, slots)
        self._placed_framework(runs, slots)
        self._placed_curves(runs, slots)
        self._placed_bars(runs, slots)
        if resized:
            self._resized(right)
        # A card in another phase shows that phase's colour, even in the same place.
        for tp in runs[0][2]:
            if tp.id in self.added:
                continue
            if previous.slot(tp.id).phase_id != tp.phase_id and tp.id not in self.new_cards:
                card = previous.card(tp.id)
                if card is not None:
                    self.new_cards[tp.id] = card

    def _columns(
        self, members: dict[str, list[Touchpoint]], total: int
    ) -> tuple[list[PhaseBox], set[str], list[Slot], list[Touchpoint], tuple[int, int]]:
        """The phases and columns of the cards ``members`` of each phase (``total`` cards):
        the phase boxes, the ids of those that changed, the columns, the cards in journey
        order, and the first and last position whose column is new."""
        previous, builder = self.previous, self.builder
        old_slots = previous.slots
        column_h = old_slots[0].rect.h
        slots: list[Slot] = []
        phases: list[PhaseBox] = []
        changed_phases: set[str] = set()
        order: list[Touchpoint] = []
        low, high = total, -1
        x, position = LANE_HEADER_WIDTH, 0
        for index, phase in enumerate(self.doc.phases):
            tps = members[phase.id]
            old_box = previous.phases[index]
            header, start = builder.phase_header(index, phase, x, len(tps))
            box = with_body(header, old_box.body.h)
            if box != old_box:
                changed_phases.add(phase.id)
                phases.append(box)
            else:
                phases.append(old_box)
            order += tps
            kept = old_slots[position : position + len(tps)]
            if self._same_columns(tps, kept, phase.id, start):
                slots += kept
                position += len(tps)
                x += box.header.w
                continue
            for i, tp in enumerate(tps):
                column_x = start + i * SLOT_WIDTH
                old = old_slots[position] if position < len(old_slots) else None
                if (
                    old is None
                    or old.touchpoint_id != tp.id
                    or old.phase_id != phase.id
                    or old.rect.x != column_x
                    or tp.id in self.relaned
                ):
                    old = self.new_slots[tp.id] = Slot(
                        tp.id,
                        phase.id,
                        position,
                        Rect(column_x, PHASE_HEADER_HEIGHT, SLOT_WIDTH, column_h),
                    )
                    low, high = min(low, position), max(high, position)
                slots.append(old)
                position += 1
            x += box.header.w
        return phases, changed_phases, slots, order, (low, high)

    def _resized(self, right: float) -> None:
        """The lanes, scales and the map's width after the last phase ends at ``right``."""
        previous = self.previous
        try:
            lanes = tuple(
                self.builder.lane_box(
                    self.doc.lane(old.lane_id), old.index, old.band.y, old.band.h, right
                )
                for old in previous.lanes
            )
        except KeyError:
            raise _Unsure from None
        by_id = {lane.lane_id: lane for lane in lanes}
        self.fields["lanes"] = lanes
        self.fields["scales"] = tuple(self.builder.scale(by_id[s.lane_id]) for s in previous.scales)
        self.delta["lanes"] = frozenset(by_id)
        self.delta["resized"] = True  # the width follows in _extent

    def _same_columns(
        self, tps: list[Touchpoint], old: Sequence[Slot], phase_id: str, start: float
    ) -> bool:
        """Whether a phase's cards ``tps``, from ``start``, are in the columns ``old`` were."""
        if not tps:
            return True
        return (
            len(old) == len(tps)
            and old[0].rect.x == start
            and [s.touchpoint_id for s in old] == [tp.id for tp in tps]
            and all(s.phase_id == phase_id for s in old)
            and self.relaned.isdisjoint(s.touchpoint_id for s in old)
        )

    def _changed_run(self, tps: list[Touchpoint]) -> tuple[int, int, list[Touchpoint]] | None:
        """The positions whose card changed in a phase (start, end, their cards now)."""
        if not tps:
            return None
        previous = self.previous
        try:
            positions = [previous.slot(tp.id).position for tp in tps]
        except KeyError:
            raise _Unsure from None
        start = min(positions)
        old = previous.slots[start : start + len(tps)]
        if max(positions) != start + len(tps) - 1 or any(
            s.phase_id != tps[0].phase_id for s in old
        ):
            raise _Unsure
        changed = [
            k for k, tp in enumerate(tps) if old[k].touchpoint_id != tp.id or tp.id in self.placed
        ]
        if not changed:
            return None
        low, high = changed[0], changed[-1] + 1
        return start + low, start + high, tps[low:high]

    def _lay_out_notes(self) -> None:
        """The sticky notes again when one changed or a card one sits on did (notes are a
        few dozen boxes; cards thousands)."""
        if not self.options.notes:
            return
        new_cards, previous = self.new_cards, self.previous
        if not self.renote and not any(n.attached_to in new_cards for n in self.doc.notes):
            return

        def card(touchpoint_id: str) -> CardBox | None:
            if touchpoint_id in new_cards:
                return new_cards[touchpoint_id]
            return previous.card(touchpoint_id)

        notes = tuple(note_boxes(self.doc.notes, card, self.builder.wrap))
        if notes != previous.notes:
            self.fields["notes"] = notes
            self.delta["notes"] = True

    def _extent(self) -> None:
        """The map's width and height after its last phase, its lanes or its notes changed
        (a note past the map's edge widens it)."""
        fields, previous = self.fields, self.previous
        if not ("phases" in fields or "lanes" in fields or "notes" in fields):
            return
        phases = cast(tuple[PhaseBox, ...], fields.get("phases", previous.phases))
        lanes = cast(tuple[LaneBox, ...], fields.get("lanes", previous.lanes))
        notes = cast(tuple[NoteBox, ...], fields.get("notes", previous.notes))
        right = phases[-1].header.right if phases else LANE_HEADER_WIDTH + EMPTY_PHASE_WIDTH
        bottom = lanes[-1].band.bottom if lanes else PHASE_HEADER_HEIGHT
        width = max([right, *(n.rect.right + NOTE_MARGIN for n in notes)])
        height = max([bottom, *(n.rect.bottom + NOTE_MARGIN for n in notes)])
        if width != previous.width:
            fields["width"] = width
        if height != previous.height:
            fields["height"] = height

    def _spans(
        self, runs: list[tuple[int, int, list[Touchpoint]]], slots: list[Slot]
    ) -> list[Span]:
        """Where the columns of each run are, before or after (both, when they moved)."""
        old = self.previous.slots
        if self.tail:  # one run, to the end of both lists; either may have none of it
            ((start, _, _),) = runs
            both = [*old[start : start + 1], *slots[start : start + 1]]
            ends = (old[-1], slots[-1])
            return [(min(s.rect.x for s in both), max(s.rect.right for s in ends))]
        return [
            (
                min(old[start].rect.x, slots[start].rect.x),
                max(old[end - 1].rect.right, slots[end - 1].rect.right),
            )
            for start, end, _ in runs
        ]

    def _splice(
        self,
        boxes: tuple[_Box, ...],
        pieces: list[tuple[int, int, list[_Box]]],
    ) -> tuple[_Box, ...]:
        """``boxes`` with each (start, end) range replaced by its new boxes.

        ``pieces`` come lane by lane for each run, runs in the map's order.
        """
        result = list(boxes)
        lane = self.previous.lane

        def order(index: int) -> tuple[int, int, int, int]:
            start, end, new = pieces[index]
            # Boxes going in at one place (lanes or runs that had none there) go in their
            # lane's order, then their run's: the later ones first, the earlier in front.
            first = lane(new[0].lane_id) if new else None
            return start, end, -1 if first is None else first.index, index

        # From the end; at one start, a range is replaced before boxes go in front of it.
        for index in sorted(range(len(pieces)), key=order, reverse=True):
            start, end, new = pieces[index]
            result[start:end] = new
        return tuple(result)

    def _range(self, boxes: tuple[_Box, ...], lane_index: int, start: int, end: int) -> range:
        """Where the boxes of a lane's columns ``start`` to ``end`` (positions) are in ``boxes``.

        With :attr:`tail`, ``end`` is the map's end before the edit, whatever is given."""
        if self.tail:
            end = len(self.previous.slots)
        low = bisect_left(boxes, (lane_index, start), key=self._rank)
        high = bisect_left(boxes, (lane_index, end), key=self._rank)
        return range(low, high)

    def _placed_cards(
        self, runs: list[tuple[int, int, list[Touchpoint]]], slots: list[Slot]
    ) -> None:
        previous = self.previous
        pieces: list[tuple[int, int, list[CardBox]]] = []
        card_lanes = [lane for lane in previous.lanes if lane.kind == "touchpoints"]
        card_of = previous.cards_by_id()
        shown_in: dict[str, tuple[LaneBox, Lane] | None] = {}  # by lane id: a few lanes
        for start, end, tps in runs:
            lanes = []
            for tp in tps:
                lane_id = tp.lane_id
                if lane_id not in shown_in:
                    shown_in[lane_id] = self._card_lane(tp)
                lanes.append(shown_in[lane_id])
            for lane_box in card_lanes:
                where = self._range(previous.cards, lane_box.index, start, end)
                new: list[CardBox] = []
                for k, tp in enumerate(tps):
                    shown = lanes[k]
                    if shown is None or shown[0] is not lane_box:
                        continue
                    rect = self._card_rect(lane_box, slots[start + k].rect)
                    old = card_of.get(tp.id) if tp.id not in self.relaned else None
                    if old is not None and old.lane_id == tp.lane_id:
                        # Only its place changed (texts and scores are never edited here).
                        card = self.builder.moved_card(old, rect)
                        if card is not old:
                            self.moved.add(tp.id)
                        new.append(card)
                    else:
                        new.append(self.builder.card(tp, shown[1], rect))
                for box in previous.cards[where.start : where.stop]:
                    self.new_cards.setdefault(box.touchpoint_id, None)
                for box in new:
                    self.new_cards[box.touchpoint_id] = box
                pieces.append((where.start, where.stop, new))
        for touchpoint_id in [t for t, box in self.new_cards.items() if box is not None]:
            if card_of.get(touchpoint_id) is self.new_cards[touchpoint_id]:
                del self.new_cards[touchpoint_id]
        self.fields["cards"] = self._splice(previous.cards, pieces)

    def _placed_framework(
        self, runs: list[tuple[int, int, list[Touchpoint]]], slots: list[Slot]
    ) -> None:
        previous = self.previous
        pieces: list[tuple[int, int, list[FrameworkBox]]] = []
        texts: list[tuple[str, Span, tuple[FrameworkBox, ...]]] = []
        spans = self._spans(runs, slots)
        moved = self.builder.moved_framework_box
        # Each run's cards and the x of their new columns, for every lane.
        columns = [
            [(tp.id, slot.rect.x) for tp, slot in zip(tps, slots[start:end], strict=True)]
            for start, end, tps in runs
        ]
        for lane_box, field in self._framework_lanes():
            for (start, end, tps), span, placed in zip(runs, spans, columns, strict=True):
                where = self._range(previous.framework, lane_box.index, start, end)
                olds = {b.touchpoint_id: b for b in previous.framework[where.start : where.stop]}
                get = olds.get
                # Texts are as they were (only places changed): the same cards have texts,
                # each moved with its column.
                new: list[FrameworkBox] = [
                    moved(old, x)
                    for touchpoint_id, x in placed
                    if (old := get(touchpoint_id)) is not None
                ]
                if self.tail:
                    gone = [b for b in olds.values() if b.touchpoint_id in self.removed]
                    new, made = self._with_added(lane_box, field, new, tps, slots[start:end])
                    self._same_height(lane_box, where, new, (made, gone))
                elif len(new) != len(where):
                    raise _Unsure  # the same cards in the same lane have as many texts
                pieces.append((where.start, where.stop, new))
                texts.append((lane_box.lane_id, span, tuple(new)))
        if pieces:
            self.fields["framework"] = self._splice(previous.framework, pieces)
            self.delta["texts"] = tuple(texts)

    def _with_added(
        self,
        lane_box: LaneBox,
        field: str,
        moved: list[FrameworkBox],
        tps: list[Touchpoint],
        slots: list[Slot],
    ) -> tuple[list[FrameworkBox], list[FrameworkBox]]:
        """``moved`` (the texts of the cards that were there) with the added cards' texts,
        in journey order; and the added cards' texts alone."""
        if self.added.isdisjoint(tp.id for tp in tps):
            return moved, []
        by_id = {box.touchpoint_id: box for box in moved}
        result: list[FrameworkBox] = []
        made: list[FrameworkBox] = []
        for tp, slot in zip(tps, slots, strict=True):
            box = by_id.get(tp.id)
            if box is None and tp.id in self.added:
                wrapped = self.builder.field_lines(tp, field)
                if wrapped is not None:
                    box = self.builder.framework_box(
                        tp.id, lane_box.lane_id, field, slot.rect, lane_box.band.y,
                        lane_box.band.h, wrapped,
                    )  # fmt: skip
                    made.append(box)
            if box is not None:
                result.append(box)
        return result, made

    def _same_height(
        self,
        lane_box: LaneBox,
        where: range,
        new: list[FrameworkBox],
        changed: tuple[list[FrameworkBox], list[FrameworkBox]],
    ) -> None:
        """Raise :class:`_Unsure` unless a framework lane keeps its height with ``new``
        instead of its texts from ``where`` to its end; ``changed`` are the texts added
        and those gone (the others are as tall as they were)."""
        # A lane is as high as its tallest text needs: a text added that needs more makes
        # it grow; it can shrink only when a text that needed its whole height went.
        height, needs = lane_box.band.h, self.builder.framework_height
        made, gone = changed
        if any(needs(len(box.text.lines)) > height for box in made):
            raise _Unsure  # the lane grows: everything below it moves
        if all(needs(len(box.text.lines)) < height for box in gone):
            return
        boxes = self.previous.framework
        first = bisect_left(boxes, (lane_box.index, 0), key=self._rank)
        tallest = max((len(b.text.lines) for b in (*boxes[first : where.start], *new)), default=0)
        if self.builder.framework_height(tallest) != lane_box.band.h:
            raise _Unsure  # the lane grows or shrinks: everything below it moves

    def _placed_curves(
        self, runs: list[tuple[int, int, list[Touchpoint]]], slots: list[Slot]
    ) -> None:
        previous = self.previous
        if not previous.curves:
            return
        if len(previous.scales) != 1:
            raise _Unsure
        # Where each run's points go: the centre of their column, as layout() puts them.
        centres = [
            [
                (tp, s.rect, s.rect.x + s.rect.w / 2)
                for tp, s in zip(tps, slots[start:end], strict=True)
            ]
            for start, end, tps in runs
        ]
        added, tail = self.added, self.tail
        curves = []
        for curve in previous.curves:
            points = list(curve.points)
            segments: Sequence[CubicSegment] = curve.segments  # read only where it is kept
            for (start, end, _), places in zip(runs, centres, strict=True):
                low = bisect_left(points, start, key=self._position)
                high = len(points) if tail else bisect_left(points, end, key=self._position)
                # The same scores (only places changed): each point follows its column.
                olds = {p.touchpoint_id: p for p in points[low:high]}
                new = []
                for tp, column, x in places:
                    old = olds.get(tp.id)
                    if old is not None:
                        if old.point.x != x:
                            old = EmotionPoint(tp.id, old.persona_id, old.value,
                                               Point(x, old.point.y))  # fmt: skip
                        new.append(old)
                    elif tp.id in added:
                        point = self._point(tp, curve.persona_id, column)
                        if point is not None:
                            new.append(point)
                if not tail and len(new) != high - low:
                    raise _Unsure
                points[low:high] = new
                if tail:
                    segments = smooth_path_after_tail(_Xy(points), segments, low)
                elif high > low:
                    segments = smooth_path_after_change(_Xy(points), segments, low, high)
            curves.append(replace(curve, points=tuple(points), segments=_kept(segments)))
        self.fields["curves"] = tuple(curves)
        self.delta["curves"] = frozenset(c.persona_id for c in previous.curves)
        spans = self._spans(runs, slots)
        self.delta["curve_span"] = (min(a for a, _ in spans), max(b for _, b in spans))

    def _edit_bars(self) -> None:
        """The bars of cards whose values changed, as long as each bar chart keeps its scale
        (a new highest or lowest value moves every bar of the lane)."""
        if not self.valued:
            return
        previous = self.previous
        boxes = previous.bars
        edits: list[tuple[int, int, MetricBar | None]] = []
        """(position, 1 to replace or remove the bar there / 0 to insert, new bar)."""
        runs: list[tuple[str, Span, tuple[MetricBar, ...]]] = []
        for lane_box in previous.lanes:
            plot = previous.metric_plots.get(lane_box.lane_id)
            if lane_box.kind != "metric" or plot is None:
                continue
            first = bisect_left(boxes, (lane_box.index, 0), key=self._rank)
            last = bisect_left(boxes, (lane_box.index + 1, 0), key=self._rank)
            values: dict[str, float | None] = {b.touchpoint_id: b.value for b in boxes[first:last]}
            wanted: dict[str, float | None] = {}
            for touchpoint_id in self.valued:
                tp, _ = self._touchpoint(touchpoint_id)
                value = tp.metrics.get(plot.metric_id)
                if value != values.get(touchpoint_id):
                    wanted[touchpoint_id] = value
            if not wanted:
                continue
            if plot.chart != "bars" or plot.target is not None:
                raise _Unsure  # labels placed around neighbours and the target line
            extent = metric_extent([v for v in values.values() if v is not None], None)
            values.update(wanted)
            if metric_extent([v for v in values.values() if v is not None], None) != extent:
                raise _Unsure  # another highest or lowest value: every bar moves
            make = self._bar_maker(lane_box, plot, extent)
            for touchpoint_id, value in wanted.items():
                _, slot = self._touchpoint(touchpoint_id)
                position = bisect_left(boxes, (lane_box.index, slot.position), key=self._rank)
                had = position < last and boxes[position].touchpoint_id == touchpoint_id
                bar = None if value is None else make(touchpoint_id, value, slot.rect)
                edits.append((position, 1 if had else 0, bar))
                span = (slot.rect.x, slot.rect.right)
                runs.append((lane_box.lane_id, span, () if bar is None else (bar,)))
        if not edits:
            return
        self.fields["bars"] = _edited(boxes, edits)
        self.delta["bars"] = tuple(runs)

    def _bar_maker(
        self, lane_box: LaneBox, plot: MetricPlot, extent: tuple[float, float]
    ) -> Callable[[str, float, Rect], MetricBar]:
        """How a bar chart (no target line) whose values span ``extent`` makes a card's bar
        in a column, as ``layout()`` does."""
        try:
            metric = self.doc.metric(plot.metric_id)
        except KeyError:
            raise _Unsure from None
        y_of = self.builder.metric_axis(lane_box, extent)

        def bar(touchpoint_id: str, value: float, column: Rect) -> MetricBar:
            point = Point(column.centre_x, y_of(value))
            return self.builder.metric_bar(
                touchpoint_id, lane_box.lane_id, metric, value, column, point, plot.zero, None
            )

        return bar

    def _placed_bars(
        self, runs: list[tuple[int, int, list[Touchpoint]]], slots: list[Slot]
    ) -> None:
        """Bars follow their card to its new column (a bar chart's bars stand alone)."""
        previous = self.previous
        pieces: list[tuple[int, int, list[MetricBar]]] = []
        moved: list[tuple[str, Span, tuple[MetricBar, ...]]] = []
        spans = self._spans(runs, slots)
        for lane_box in previous.lanes:
            plot = previous.metric_plots.get(lane_box.lane_id)
            if lane_box.kind != "metric" or plot is None:
                continue
            for (start, end, tps), span in zip(runs, spans, strict=True):
                where = self._range(previous.bars, lane_box.index, start, end)
                if len(where) == 0 and self.added.isdisjoint(
                    tp.id for tp in tps if plot.metric_id in tp.metrics
                ):
                    continue
                if plot.chart != "bars" or plot.target is not None:
                    raise _Unsure  # labels placed around neighbours and the target line
                old = {b.touchpoint_id: b for b in previous.bars[where.start : where.stop]}
                new = [
                    _shifted(old[tp.id], slots[start + k].rect)
                    for k, tp in enumerate(tps)
                    if tp.id in old
                ]
                if self.tail:
                    new = self._bars_with_added(lane_box, plot, where, new, tps)
                elif len(new) != len(old):
                    raise _Unsure
                pieces.append((where.start, where.stop, new))
                moved.append((lane_box.lane_id, span, tuple(new)))
        if pieces:
            self.fields["bars"] = self._splice(previous.bars, pieces)
            self.delta["bars"] = tuple(moved)

    def _bars_with_added(
        self,
        lane_box: LaneBox,
        plot: MetricPlot,
        where: range,
        moved: list[MetricBar],
        tps: list[Touchpoint],
    ) -> list[MetricBar]:
        """A bar chart's bars from ``where`` to its end after cards were added or removed:
        ``moved`` (those of the cards ``tps`` still there) and the added cards' bars, in
        journey order. Its scale must stay: else every bar changes."""
        added = [tp for tp in tps if tp.id in self.added and plot.metric_id in tp.metrics]
        if len(moved) == len(where) and not added:
            return moved
        boxes = self.previous.bars
        first = bisect_left(boxes, (lane_box.index, 0), key=self._rank)
        before = [b.value for b in boxes[first : where.stop]]
        after = [b.value for b in boxes[first : where.start]] + [b.value for b in moved]
        after += [tp.metrics[plot.metric_id] for tp in added]
        if metric_extent(after, None) != metric_extent(before, None):
            raise _Unsure  # another highest or lowest value: every bar moves
        if not added:
            return moved
        make = self._bar_maker(lane_box, plot, metric_extent(before, None))
        made: dict[str, MetricBar] = {}
        for tp in added:
            slot = self.new_slots[tp.id]
            assert slot is not None  # an added card has a new column
            made[tp.id] = make(tp.id, tp.metrics[plot.metric_id], slot.rect)
        by_id = {bar.touchpoint_id: bar for bar in moved}
        return [bar for tp in tps if (bar := by_id.get(tp.id) or made.get(tp.id)) is not None]


def _edited(boxes: Sequence[_Box], edits: list[tuple[int, int, _Box | None]]) -> tuple[_Box, ...]:
    """``boxes`` after ``edits``: (position, 1 to replace or remove the box there / 0 to
    insert one in front of it, the new box or None to remove)."""
    result = list(boxes)
    # From the end, so that earlier positions still hold; at one position the box there is
    # replaced or removed before another goes in front of it.
    for position, kind, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        if kind == 0:
            assert new is not None
            result.insert(position, new)
        elif new is None:
            del result[position]
        else:
            result[position] = new
    return tuple(result)


def _kept(segments: Sequence[CubicSegment]) -> Sequence[CubicSegment]:
    """Segments as a layout keeps them: compact :class:`Segments` as they are, else a tuple."""
    return segments if isinstance(segments, Segments | tuple) else tuple(segments)


class _Xy(Sequence[Point]):
    """The places of a curve's points, read only where asked (a curve may have 10,000)."""

    def __init__(self, points: list[EmotionPoint]) -> None:
        self.points = points

    def __len__(self) -> int:
        return len(self.points)

    @overload
    def __getitem__(self, index: int) -> Point: ...
    @overload
    def __getitem__(self, index: slice) -> list[Point]: ...
    def __getitem__(self, index: int | slice) -> Point | list[Point]:
        if isinstance(index, slice):
            return [p.point for p in self.points[index]]
        return self.points[index].point


def _shifted(bar: MetricBar, column: Rect) -> MetricBar:
    """``bar`` (of a bar chart) in another column, placed as layout() places it."""
    centre = column.centre_x
    label = bar.label
    if bar.point.x == centre and label.rect.x == column.x + 4:
        return bar
    rect = Rect(column.x + 4, label.rect.y, label.rect.w, label.rect.h)
    return MetricBar(
        bar.touchpoint_id,
        bar.lane_id,
        bar.metric_id,
        bar.value,
        Rect(centre - METRIC_BAR_WIDTH / 2, bar.rect.y, bar.rect.w, bar.rect.h),
        TextBox(rect, label.lines, label.style, label.line_height, label.elided, label.align),
        Point(centre, bar.point.y),
    )


def _only(fields: frozenset[str], allowed: frozenset[str]) -> None:
    if not fields <= allowed:
        raise _Unsure
