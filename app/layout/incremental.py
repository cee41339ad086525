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
- a card's scores move that card's points on the persona curves.

Anything else, and anything it is unsure of, is laid out again in full.
"""

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from app.layout.curves import smooth_path, smooth_path_after_move
from app.layout.engine import LayoutOptions, _Builder, layout
from app.layout.geometry import Point
from app.layout.model import CardBox, EmotionCurve, EmotionPoint, FrameworkBox, Layout
from app.layout.text import Measure, Wrapper
from app.model.commands import Change
from app.model.document import JourneyMap, Touchpoint
from app.model.palette import persona_look


@dataclass(frozen=True)
class Delta:
    """What :func:`relayout` changed, so that a view updates only those pieces.

    ``full`` means anything may have changed (the map was laid out again).
    Otherwise only the named pieces are new objects; every other box of the
    new layout is the very object of the previous one.
    """

    full: bool = False
    cards: frozenset[str] = frozenset()
    """Touchpoint ids whose card box changed."""
    framework: frozenset[str] = frozenset()
    """Framework lane ids with a changed, added or removed text."""
    curves: frozenset[str] = frozenset()
    """Persona ids whose curve changed."""

    @property
    def empty(self) -> bool:
        """True when nothing at all changed."""
        return not (self.full or self.cards or self.framework or self.curves)


EVERYTHING = Delta(full=True)

MAP_FIELDS_NOT_DRAWN = frozenset(
    {"title", "description", "author", "created", "modified", "current_state"}
)
"""Map fields the layout does not use (the map's language names channels: it is not here)."""
PERSONA_FIELDS_NOT_DRAWN = frozenset(
    {
        "role",
        "age",
        "location",
        "quote",
        "goals",
        "challenges",
        "interests",
        "buying_behaviour",
        "preferred_channels",
        "avatar",
    }
)
PERSONA_CURVE_FIELDS = frozenset({"name", "colour", "marker", "dash"})
METRIC_FIELDS_NOT_DRAWN = frozenset({"name"})
CARD_TEXT_FIELDS = frozenset(
    {
        "title",
        "channel",
        "description",
        "actions",
        "motivation",
        "questions",
        "pain_points",
        "opportunities",
        "quotes",
        "moment_of_truth",
        "evidence",
    }
)
"""Touchpoint fields that change its card and framework texts, never its place."""
SCORE_FIELDS = frozenset({"emotions"})


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
        self.builder = _Builder(doc, wrapper, options)
        self.texts: dict[str, set[str]] = {}
        """Touchpoint id -> the text fields that changed."""
        self.scores: set[str] = set()
        self.restyled: set[str] = set()

    def run(self, changes: Iterable[Change]) -> tuple[Layout, Delta]:
        count = 0
        for change in changes:
            self._take(change)
            count += 1
        if count == 0:
            raise _Unsure  # nothing said what changed: assume anything did
        cards = self._cards()
        framework, lanes = self._framework()
        curves = self._curves()
        if not (cards or lanes or curves):
            return self.previous, Delta()
        fields: dict[str, object] = {}
        if cards:
            fields["cards"] = tuple(
                cards.get(box.touchpoint_id, box) for box in self.previous.cards
            )
        if lanes:
            fields["framework"] = framework
        if curves:
            fields["curves"] = tuple(curves.get(c.persona_id, c) for c in self.previous.curves)
        result = self.previous.with_changes(cards, **fields)
        return result, Delta(
            cards=frozenset(cards), framework=frozenset(lanes), curves=frozenset(curves)
        )

    # -- what changed ---------------------------------------------------------------------

    def _take(self, change: Change) -> None:
        fields: frozenset[str] = getattr(change, "fields", frozenset())
        if change.kind != "updated" or not fields:
            raise _Unsure
        if change.collection == "map":
            _only(fields, MAP_FIELDS_NOT_DRAWN)
        elif change.collection == "metrics":
            _only(fields, METRIC_FIELDS_NOT_DRAWN)
        elif change.collection == "personas":
            _only(fields, PERSONA_FIELDS_NOT_DRAWN | PERSONA_CURVE_FIELDS)
            if fields & PERSONA_CURVE_FIELDS:
                self.restyled.add(change.element_id)
        elif change.collection == "touchpoints":
            _only(fields, CARD_TEXT_FIELDS | SCORE_FIELDS)
            if fields & CARD_TEXT_FIELDS:
                self.texts.setdefault(change.element_id, set()).update(fields & CARD_TEXT_FIELDS)
            if fields & SCORE_FIELDS:
                self.scores.add(change.element_id)
        else:
            raise _Unsure

    def _touchpoint(self, touchpoint_id: str) -> Touchpoint:
        try:
            tp = self.doc.touchpoint(touchpoint_id)
            slot = self.previous.slot(touchpoint_id)
        except KeyError:
            raise _Unsure from None
        if slot.phase_id != tp.phase_id:
            raise _Unsure
        return tp

    # -- cards ----------------------------------------------------------------------------

    def _cards(self) -> dict[str, CardBox]:
        changed: dict[str, CardBox] = {}
        for touchpoint_id in self.texts:
            tp = self._touchpoint(touchpoint_id)
            old = self.previous.card(touchpoint_id)
            lane_box = self.previous.lane(tp.lane_id)
            if old is None:
                if lane_box is not None and not lane_box.collapsed:
                    raise _Unsure  # a card that should show does not
                continue
            if old.lane_id != tp.lane_id:
                raise _Unsure
            try:
                lane = self.doc.lane(tp.lane_id)
            except KeyError:
                raise _Unsure from None
            new = self.builder.card(tp, lane, old.rect)
            if new is not old and new != old:
                changed[touchpoint_id] = new
        return changed

    # -- framework lanes ------------------------------------------------------------------

    def _framework(self) -> tuple[tuple[FrameworkBox, ...], set[str]]:
        """The framework texts after the text edits, and the lanes whose texts changed."""
        previous = self.previous
        boxes = previous.framework
        edits: list[tuple[int, int, FrameworkBox | None]] = []
        """(position, 1 to replace or remove the box there / 0 to insert, new box)."""
        lanes: set[str] = set()
        try:
            shown = [
                (lane_box, self.doc.lane(lane_box.lane_id).field)
                for lane_box in previous.lanes
                if lane_box.kind == "framework" and not lane_box.collapsed
            ]
        except KeyError:
            raise _Unsure from None
        for touchpoint_id, fields in self.texts.items():
            tp = self._touchpoint(touchpoint_id)
            slot = previous.slot(touchpoint_id)
            for lane_box, field in shown:
                if field not in fields or field is None:
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
                lanes.add(lane_box.lane_id)
        if not edits:
            return boxes, set()
        result = list(boxes)
        # From the end, so that earlier positions still hold; at one position the box
        # there is replaced or removed before another goes in front of it.
        for position, kind, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            if kind == 0:
                assert new is not None
                result.insert(position, new)
            elif new is None:
                del result[position]
            else:
                result[position] = new
        return tuple(result), lanes

    def _rank(self, box: FrameworkBox) -> tuple[int, int]:
        """Where a framework text sits in ``Layout.framework``: lane by lane, in journey order."""
        lane_box = self.previous.lane(box.lane_id)
        assert lane_box is not None
        return lane_box.index, self.previous.slot(box.touchpoint_id).position

    # -- curves ---------------------------------------------------------------------------

    def _curves(self) -> dict[str, EmotionCurve]:
        previous = self.previous
        changed: dict[str, EmotionCurve] = {}
        if not previous.curves:
            return changed
        if self.scores and len(previous.scales) != 1:
            raise _Unsure
        for curve in previous.curves:
            new = curve
            if self.scores:
                new = self._rescored(curve, previous.scales[0].plot.centre_y,
                                     previous.scales[0].plot.h / 4)  # fmt: skip
            if curve.persona_id in self.restyled:
                new = self._restyled(new)
            if new is not curve and new != curve:
                changed[curve.persona_id] = new
        return changed

    def _restyled(self, curve: EmotionCurve) -> EmotionCurve:
        for index, persona in enumerate(self.doc.personas):
            if persona.id == curve.persona_id:
                dash, marker = persona_look(persona.dash, persona.marker, index)
                return replace(
                    curve, name=persona.name, colour=persona.colour, dash=dash, marker=marker
                )
        raise _Unsure

    def _rescored(self, curve: EmotionCurve, centre: float, scale_h: float) -> EmotionCurve:
        points = list(curve.points)
        moved: list[int] = []
        resized = False
        position_of: Callable[[EmotionPoint], int] = self._position
        for touchpoint_id in sorted(self.scores, key=lambda t: self._slot_position(t)):
            tp = self._touchpoint(touchpoint_id)
            slot = self.previous.slot(touchpoint_id)
            value = tp.emotions.get(curve.persona_id)
            index = bisect_left(points, slot.position, key=position_of)
            old = points[index] if index < len(points) else None
            if old is not None and old.touchpoint_id != touchpoint_id:
                old = None
            if old is not None and value is not None and old.value == value:
                continue
            if value is None:
                if old is None:
                    continue
                del points[index]
                resized = True
                continue
            x = slot.rect.x + slot.rect.w / 2
            point = EmotionPoint(
                touchpoint_id, curve.persona_id, value, Point(x, centre - value * scale_h)
            )
            if old is None:
                points.insert(index, point)
                resized = True
            else:
                points[index] = point
                moved.append(index)
        if not moved and not resized:
            return curve
        xy = [p.point for p in points]
        if not resized and len(moved) == 1:
            segments = smooth_path_after_move(xy, list(curve.segments), moved[0])
        else:
            segments = smooth_path(xy)
        return replace(curve, points=tuple(points), segments=tuple(segments))

    def _slot_position(self, touchpoint_id: str) -> int:
        try:
            return self.previous.slot(touchpoint_id).position
        except KeyError:
            raise _Unsure from None

    def _position(self, point: EmotionPoint) -> int:
        return self.previous.slot(point.touchpoint_id).position


def _only(fields: frozenset[str], allowed: frozenset[str]) -> None:
    if not fields <= allowed:
        raise _Unsure

