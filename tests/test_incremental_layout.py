"""Relaying out after an edit gives the layout a full pass gives, touching only what changed."""

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.layout import layout
from app.layout.curves import Segments
from app.layout.engine import SLOT_WIDTH
from app.layout.incremental import Delta, relayout
from app.layout.model import Layout
from app.layout.text import ApproximateMeasure, Wrapper
from app.model import commands as cmd
from app.model.commands import Change, Command
from app.model.document import JourneyMap, Lane, Phase, StickyNote, Touchpoint
from app.model.fileformat import load
from app.resources import sample_map as sample_path
from tests.strategies import journeys, names

WORDS = ["a", "map", "customer", "compares", "delivery", "notifications", "unbelievably"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=70).map(" ".join)
"""From one word to many lines: enough to make a framework lane grow or shrink."""
TEXT_FIELDS = ("title", "description", "motivation")
LIST_FIELDS = ("actions", "questions", "pain_points", "quotes")


def sample_map() -> JourneyMap:
    return load(sample_path())


def fresh(doc: JourneyMap) -> Layout:
    return layout(doc, Wrapper(ApproximateMeasure()))


def assert_only_delta_changed(before: Layout, after: Layout, delta: Delta) -> None:
    """Every piece the delta does not name is the very object it was."""
    if delta.full:
        return
    for old_lane, new_lane in zip(before.lanes, after.lanes, strict=True):
        assert new_lane is old_lane or new_lane.lane_id in delta.lanes
    for old_phase, new_phase in zip(before.phases, after.phases, strict=True):
        assert new_phase is old_phase or new_phase.phase_id in delta.phases
    for card in after.cards:
        assert card is before.card(card.touchpoint_id) or card.touchpoint_id in delta.cards
    assert {c.touchpoint_id for c in before.cards} - {c.touchpoint_id for c in after.cards} <= (
        delta.cards
    )

    def outside(boxes: Any, runs: Any, x_of: Any) -> list[Any]:
        return [
            b
            for b in boxes
            if not any(lane == b.lane_id and x0 <= x_of(b) < x1 for lane, (x0, x1), _ in runs)
        ]

    for name, runs, x_of in (
        ("framework", delta.texts, lambda b: b.text.rect.x),
        ("bars", delta.bars, lambda b: b.label.rect.x),
    ):
        kept_before = outside(getattr(before, name), runs, x_of)
        kept_after = outside(getattr(after, name), runs, x_of)
        assert all(a is b for a, b in zip(kept_before, kept_after, strict=True))
        for lane_id, (x0, x1), boxes in runs:
            assert (
                tuple(
                    b for b in getattr(after, name) if b.lane_id == lane_id and x0 <= x_of(b) < x1
                )
                == boxes
            )
    for old_curve, new_curve in zip(before.curves, after.curves, strict=True):
        assert new_curve is old_curve or new_curve.persona_id in delta.curves
        if delta.curve_span is not None and new_curve is not old_curve:
            x0, x1 = delta.curve_span
            assert [p for p in old_curve.points if not x0 <= p.point.x < x1] == [
                p for p in new_curve.points if not x0 <= p.point.x < x1
            ]
    if not delta.notes:
        assert after.notes is before.notes


class Editor:
    """Applies commands to a map with an undo history, relaying out incrementally."""

    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.wrapper = Wrapper(ApproximateMeasure())
        self.layout = layout(doc, self.wrapper)
        self.done: list[Command] = []
        self.undone: list[Command] = []
        self.full_passes = 0

    def step(self, changes: list[Change]) -> None:
        before = self.layout
        self.layout, delta = relayout(before, self.doc, changes, self.wrapper)
        self.full_passes += delta.full
        expected = fresh(self.doc)
        assert self.layout == expected
        for box in expected.cards:
            assert self.layout.card(box.touchpoint_id) == box
        for slot in expected.slots:
            assert self.layout.slot(slot.touchpoint_id) == slot
        for gone in {s.touchpoint_id for s in before.slots} - {
            s.touchpoint_id for s in expected.slots
        }:
            with pytest.raises(KeyError):  # a deleted card's column is not found any more
                self.layout.slot(gone)
        assert_only_delta_changed(before, self.layout, delta)

    def push(self, command: Command) -> None:
        self.step(command.apply(self.doc))
        self.done.append(command)
        self.undone.clear()

    def undo(self) -> None:
        if self.done:
            command = self.done.pop()
            self.step(command.revert(self.doc))
            self.undone.append(command)

    def redo(self) -> None:
        if self.undone:
            command = self.undone.pop()
            self.step(command.apply(self.doc))
            self.done.append(command)

    def play(self, command: Command | str | None) -> None:
        """Carry out what a random_* strategy drew: "undo", "redo", a command, or nothing."""
        if command == "undo":
            self.undo()
        elif command == "redo":
            self.redo()
        elif isinstance(command, Command):
            self.push(command)


def random_note_command(data: st.DataObject, doc: JourneyMap) -> Command | None:
    """A sticky note added (free, maybe past the map's edge, or on a card), edited, moved,
    stuck to a card or freed, or deleted."""
    cards = [t.id for t in doc.touchpoints]
    on_card = st.none() | st.sampled_from(cards) if cards else st.none()
    places = st.sampled_from([10.0, 300.0, 5000.0])
    if not doc.notes or data.draw(st.booleans()):
        note = StickyNote(
            text=data.draw(texts),
            author=data.draw(st.sampled_from(["", "Ana"])),
            x=data.draw(places),
            y=data.draw(places),
            attached_to=data.draw(on_card),
        )
        return cmd.add(doc, "notes", note)
    note = data.draw(st.sampled_from(doc.notes))
    kind = data.draw(st.sampled_from(["text", "place", "card", "delete"]))
    if kind == "text":
        return cmd.edit(doc, "notes", note.id, text=data.draw(texts))
    if kind == "place":
        return cmd.edit(doc, "notes", note.id, x=data.draw(places), y=data.draw(places))
    if kind == "card":
        return cmd.edit(doc, "notes", note.id, attached_to=data.draw(on_card))
    return cmd.remove(doc, "notes", note.id)


def random_command(  # noqa: C901 - one branch per kind of edit reads best here
    data: st.DataObject, doc: JourneyMap
) -> Command | str | None:
    """A command a user could give on ``doc`` ("undo"/"redo" for those; None when none fits)."""
    kinds = ["undo", "redo", "map", "phase", "header", "header"]
    if doc.touchpoints:
        kinds += ["text", "text", "list", "badge", "score", "score", "two", "remove", "move"]
        kinds += ["reorder", "reorder", "reorder"]
    if doc.personas:
        kinds += ["persona"]
    if doc.phases and any(lane.kind == "touchpoints" for lane in doc.lanes):
        kinds += ["add"]
    if doc.metrics:
        kinds += ["metric"]
        if doc.touchpoints:
            kinds += ["value", "value"]
    kinds += ["note", "note"]
    kind = data.draw(st.sampled_from(kinds))
    if kind in ("undo", "redo"):
        return kind
    if kind == "map":
        field = data.draw(st.sampled_from(["title", "author", "description", "language"]))
        value = data.draw(st.sampled_from(["en", "fr"]) if field == "language" else names)
        return cmd.edit(doc, "map", doc.id, **{field: value})
    if kind == "phase":
        return cmd.add(doc, "phases", Phase(name=data.draw(names)))
    if kind == "header":
        # Typing a phase's or lane's name, or choosing its colour: a long name may widen the
        # phase (every column after it moves) or take more lines.
        collection = data.draw(st.sampled_from(["phases", "lanes"]))
        elements: list[Any] = list(getattr(doc, collection))
        if not elements:
            return None
        element = data.draw(st.sampled_from(elements))
        field = data.draw(st.sampled_from(["name", "name", "colour"]))
        if field == "colour":
            value: str = data.draw(st.sampled_from(["#123456", "#e15759", "#f2f2f2"]))
        else:
            value = data.draw(names | texts)
        if collection == "phases" and data.draw(st.booleans()):
            return cmd.edit(doc, "phases", element.id, description=data.draw(texts))
        return cmd.edit(doc, collection, element.id, **{field: value})
    if kind == "metric":
        return cmd.edit(doc, "metrics", data.draw(st.sampled_from(doc.metrics)).id, name="Speed")
    if kind == "note":
        return random_note_command(data, doc)
    if kind == "persona":
        persona = data.draw(st.sampled_from(doc.personas))
        field, value = data.draw(
            st.sampled_from(
                [("name", "Renée"), ("colour", "#123456"), ("role", "Buyer"), ("marker", "square")]
            )
        )
        return cmd.edit(doc, "personas", persona.id, **{field: value})
    if kind == "add":
        lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
        phase = data.draw(st.sampled_from(doc.phases))
        return cmd.add_touchpoint(
            doc, Touchpoint(phase_id=phase.id, lane_id=lane.id, title=data.draw(names))
        )
    tp = data.draw(st.sampled_from(doc.touchpoints))
    if kind == "value":  # typed in the Inspector: a bar grows or shrinks, or the scale moves
        metric = data.draw(st.sampled_from(doc.metrics))
        value = data.draw(st.none() | st.sampled_from([-50.0, 0.0, 0.5, 3.0, 12.0, 1000.0]))
        return cmd.set_metric(doc, tp.id, metric.id, value)
    if kind == "text":
        field = data.draw(st.sampled_from(TEXT_FIELDS))
        return cmd.edit(doc, "touchpoints", tp.id, **{field: data.draw(texts)})
    if kind == "list":
        field = data.draw(st.sampled_from(LIST_FIELDS))
        items = data.draw(st.lists(texts, max_size=3))
        return cmd.edit(doc, "touchpoints", tp.id, **{field: items})
    if kind == "badge":
        changes: dict[str, Any] = data.draw(
            st.sampled_from(
                [
                    {"moment_of_truth": not tp.moment_of_truth},
                    {"evidence": "observed"},
                    {"channel": "email"},
                    {"channel": None},
                    {"opportunities": [{"text": "Faster", "priority": "high"}]},
                ]
            )
        )
        return cmd.edit(doc, "touchpoints", tp.id, **changes)
    if kind == "score":
        if not doc.personas:
            return None
        persona = data.draw(st.sampled_from(doc.personas))
        score = data.draw(st.none() | st.sampled_from([-2.0, -1.5, 0.0, 0.5, 2.0]))
        return cmd.set_emotion(doc, tp.id, persona.id, score)
    if kind == "two":
        other = data.draw(st.sampled_from(doc.touchpoints))
        return cmd.Transaction(
            "two edits",
            [
                cmd.edit(doc, "touchpoints", tp.id, title=data.draw(names)),
                cmd.edit(doc, "touchpoints", other.id, description=data.draw(texts)),
            ],
        )
    if kind == "remove":
        return cmd.remove_touchpoints(doc, [tp.id])
    if kind == "reorder":
        # Within its phase, maybe to another lane: what dragging a card sideways does.
        lanes = [lane for lane in doc.lanes if lane.kind == "touchpoints"]
        neighbours = [t for t in doc.touchpoints if t.phase_id == tp.phase_id and t.id != tp.id]
        before = data.draw(st.none() | st.sampled_from(neighbours)) if neighbours else None
        lane_id = data.draw(st.sampled_from([tp.lane_id] + [lane.id for lane in lanes]))
        return cmd.move_touchpoints(
            doc, [tp.id], tp.phase_id, lane_id, before.id if before else None
        )
    lanes = [lane for lane in doc.lanes if lane.kind == "touchpoints"]
    phase = data.draw(st.sampled_from(doc.phases))
    before = data.draw(st.none() | st.sampled_from(doc.touchpoints))
    before_id = before.id if before is not None and before.id != tp.id else None
    return cmd.move_touchpoints(
        doc, [tp.id], phase.id, data.draw(st.sampled_from(lanes)).id, before_id
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(max_touchpoints=8), st.data())
def test_any_sequence_of_edits_relays_out_to_the_same_layout_as_a_full_pass(
    doc: JourneyMap, data: st.DataObject
) -> None:
    editor = Editor(doc)
    for _ in range(data.draw(st.integers(1, 12))):
        editor.play(random_command(data, editor.doc))


def test_a_map_title_edit_relays_out_nothing() -> None:
    editor = Editor(sample_map())
    before = editor.layout
    editor.push(cmd.edit(editor.doc, "map", editor.doc.id, title="Renamed"))
    assert editor.layout is before
    assert editor.full_passes == 0


def test_typing_a_phase_or_lane_name_changes_its_header_only() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    phase, lane = doc.phases[1], doc.lanes[1]

    for command, expected in (
        (cmd.edit(doc, "phases", phase.id, name="Compare"), Delta(phases=frozenset({phase.id}))),
        (cmd.edit(doc, "lanes", lane.id, name="Online"), Delta(lanes=frozenset({lane.id}))),
        (cmd.edit(doc, "lanes", lane.id, colour="#e15759"), Delta(lanes=frozenset({lane.id}))),
        (cmd.edit(doc, "phases", phase.id, description="Not drawn"), Delta()),
    ):
        before = editor.layout
        editor.push(command)  # checks the layout against a full pass
        assert editor.full_passes == 0
        _, delta = relayout(before, doc, command.apply(doc), editor.wrapper)  # the same again
        assert delta == expected

    # A new colour shows on the phase's cards too: the view is told which.
    before = editor.layout
    changes = cmd.edit(doc, "phases", phase.id, colour="#59a14f").apply(doc)
    after, delta = relayout(before, doc, changes, editor.wrapper)
    assert after == fresh(doc)
    assert delta.phases == {phase.id}
    assert delta.cards == {tp.id for tp in doc.touchpoints if tp.phase_id == phase.id}
    assert after.cards is before.cards  # the same boxes, in the phase's new colour
    editor.layout = after

    # A name that needs a wider header (a phase without cards is as wide as its name, up
    # to two columns) moves every column after it: laid out in full.
    editor.push(cmd.add(doc, "phases", Phase(name="New"), index=1))
    passes = editor.full_passes
    editor.push(cmd.edit(doc, "phases", doc.phases[1].id, name="A much longer name " * 6))
    assert editor.full_passes == passes + 1


def test_a_card_title_edit_changes_that_card_only() -> None:
    editor = Editor(sample_map())
    tp = editor.doc.touchpoints_in_journey_order()[3]
    before = editor.layout
    layout_after, delta = relayout(
        before,
        editor.doc,
        cmd.edit(editor.doc, "touchpoints", tp.id, title="Calls the hotline").apply(editor.doc),
        editor.wrapper,
    )
    assert delta == Delta(cards=frozenset({tp.id}))
    assert layout_after == fresh(editor.doc)
    changed = [c for c, o in zip(layout_after.cards, before.cards, strict=True) if c is not o]
    assert [c.touchpoint_id for c in changed] == [tp.id]
    assert changed[0].title.lines != before.card(tp.id).title.lines  # type: ignore[union-attr]


def test_a_score_moves_only_that_personas_curve() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    tp = next(t for t in doc.touchpoints_in_journey_order() if t.emotions)
    persona_id = next(iter(tp.emotions))
    value = -2.0 if tp.emotions[persona_id] != -2.0 else 2.0
    editor.push(cmd.set_emotion(doc, tp.id, persona_id, value))
    assert editor.full_passes == 0
    curve = next(c for c in editor.layout.curves if c.persona_id == persona_id)
    assert [p.value for p in curve.points if p.touchpoint_id == tp.id] == [value]


def test_curves_stay_compact_after_edits() -> None:
    # A layout keeps its curves' segments as arrays of floats (Segments), not one object
    # per segment; edits laid out incrementally keep them so, or memory grows with edits.
    editor = Editor(sample_map())
    doc = editor.doc
    tp = next(t for t in doc.touchpoints_in_journey_order() if t.emotions)
    persona_id = next(iter(tp.emotions))
    editor.push(cmd.set_emotion(doc, tp.id, persona_id, -1.5 if tp.emotions[persona_id] else 1.5))
    first = doc.touchpoints_in_journey_order()[0]
    editor.push(cmd.move_touchpoints(doc, [first.id], doc.phases[-1].id, first.lane_id))
    editor.undo()
    assert editor.full_passes == 0
    assert editor.layout == fresh(doc)
    assert editor.layout.curves
    assert all(isinstance(c.segments, Segments) for c in editor.layout.curves)


def test_a_description_that_makes_its_lane_grow_lays_the_map_out_again() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    lane = next(lane for lane in doc.lanes if lane.kind == "framework")
    assert lane.field is not None
    tp = doc.touchpoints_in_journey_order()[0]
    long_text = " ".join(["unbelievably long"] * 80)
    value: Any = [long_text] if isinstance(getattr(tp, lane.field), list) else long_text
    if lane.field == "opportunities":
        value = [{"text": long_text}]
    before = editor.layout.lane(lane.id)
    editor.push(cmd.edit(doc, "touchpoints", tp.id, **{lane.field: value}))
    after = editor.layout.lane(lane.id)
    assert before is not None and after is not None
    if after.band.h != before.band.h:
        assert editor.full_passes == 1
    editor.undo()
    assert editor.layout.lane(lane.id) == before


def test_the_maps_language_renames_the_channels_on_the_cards() -> None:
    editor = Editor(sample_map())
    editor.push(cmd.edit(editor.doc, "map", editor.doc.id, language="fr"))
    assert "Site web" in {line for c in editor.layout.cards for line in c.channel.lines}


def random_cross_phase_move(data: st.DataObject, doc: JourneyMap) -> Command | str | None:
    """Undo, redo, or selected cards dropped into another phase (before a card, or at its end)."""
    kind = data.draw(st.sampled_from(["undo", "redo", "move", "move", "move"]))
    if kind != "move":
        return kind
    if len(doc.phases) < 2 or not doc.touchpoints:
        return None
    tp = data.draw(st.sampled_from(doc.touchpoints))
    others = [t.id for t in doc.touchpoints if t.id != tp.id]
    more = data.draw(st.lists(st.sampled_from(others), max_size=2, unique=True)) if others else []
    ids = [tp.id, *more]
    phase = data.draw(st.sampled_from([p for p in doc.phases if p.id != tp.phase_id]))
    there = [t for t in doc.touchpoints if t.phase_id == phase.id and t.id not in ids]
    before = data.draw(st.none() | st.sampled_from(there)) if there else None
    lanes = [lane.id for lane in doc.lanes if lane.kind == "touchpoints"]
    lane_id = data.draw(st.sampled_from([tp.lane_id, *lanes]))
    return cmd.move_touchpoints(doc, ids, phase.id, lane_id, before.id if before else None)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(max_touchpoints=10), st.data())
def test_cards_moved_across_phases_undone_and_redone_relay_out_as_a_full_pass(
    doc: JourneyMap, data: st.DataObject
) -> None:
    editor = Editor(doc)
    for _ in range(data.draw(st.integers(1, 10))):
        editor.play(random_cross_phase_move(data, editor.doc))


def phase_sizes(doc: JourneyMap) -> list[int]:
    return [sum(t.phase_id == p.id for t in doc.touchpoints) for p in doc.phases]


def test_a_card_moved_across_the_whole_map_and_back_needs_no_full_pass() -> None:
    # What the benchmark does: the first card to the end of the last phase, undo, redo.
    editor = Editor(sample_map())
    doc = editor.doc
    assert min(phase_sizes(doc)) >= 2  # every phase is as wide as its cards
    first = doc.touchpoints_in_journey_order()[0]
    editor.push(cmd.move_touchpoints(doc, [first.id], doc.phases[-1].id, first.lane_id))
    assert editor.layout.slots[-1].touchpoint_id == first.id
    editor.undo()
    assert editor.layout.slots[0].touchpoint_id == first.id
    editor.redo()
    editor.undo()
    assert editor.full_passes == 0


def test_a_card_moved_to_the_next_phase_changes_those_two_phases_and_its_column_only() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    order = doc.touchpoints_in_journey_order()
    left, right = doc.phases[1], doc.phases[2]
    moved = [t for t in order if t.phase_id == left.id][-1]
    first_right = next(t for t in order if t.phase_id == right.id)
    before = editor.layout
    command = cmd.move_touchpoints(doc, [moved.id], right.id, moved.lane_id, first_right.id)
    changes = command.apply(doc)
    after, delta = relayout(before, doc, changes, editor.wrapper)
    assert after == fresh(doc)
    assert not delta.full
    assert delta.phases == {left.id, right.id}
    # The left phase lost its last column and the right one gained it: no other card moves.
    assert after.slot(moved.id).rect == before.slot(moved.id).rect
    assert delta.cards <= {moved.id}
    kept = [c for c in after.cards if c.touchpoint_id != moved.id]
    assert all(c is before.card(c.touchpoint_id) for c in kept)
    assert after.phase(doc.phases[0].id) is before.phase(doc.phases[0].id)
    assert after.phase(doc.phases[3].id) is before.phase(doc.phases[3].id)


def test_a_move_that_widens_the_map_needs_no_full_pass() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    smallest = doc.phases[phase_sizes(doc).index(min(phase_sizes(doc)))]
    width = editor.layout.width
    # Empty a phase: it keeps the width of an empty phase, the others grow.
    for tp in [t for t in doc.touchpoints if t.phase_id == smallest.id]:
        target = next(p for p in doc.phases if p.id != smallest.id)
        editor.push(cmd.move_touchpoints(doc, [tp.id], target.id, tp.lane_id))
    assert editor.layout.width > width
    assert all(lane.band.right == editor.layout.width for lane in editor.layout.lanes)
    assert editor.full_passes == 0
    assert editor.layout == fresh(doc)


def random_count_change(data: st.DataObject, doc: JourneyMap) -> Command | str | None:
    """Undo, redo, cards added (new, duplicated with their texts and scores) or deleted, or
    a sticky note (maybe on a card)."""
    kind = data.draw(
        st.sampled_from(["undo", "redo", "new", "new", "copy", "copy", "delete", "note"])
    )
    if kind in ("undo", "redo"):
        return kind
    if kind == "note":  # on a card that may move, be copied or deleted next
        return random_note_command(data, doc)
    lanes = [lane for lane in doc.lanes if lane.kind == "touchpoints"]
    if kind == "new":
        if not doc.phases or not lanes:
            return None
        phase = data.draw(st.sampled_from(doc.phases))
        there = [t for t in doc.touchpoints if t.phase_id == phase.id]
        before = data.draw(st.none() | st.sampled_from(there)) if there else None
        card = Touchpoint(
            phase_id=phase.id,
            lane_id=data.draw(st.sampled_from(lanes)).id,
            title=data.draw(names),
            description=data.draw(st.just("") | texts),
            emotions={p.id: data.draw(st.sampled_from([-2.0, 0.5, 2.0])) for p in doc.personas[:2]},
        )
        return cmd.add_touchpoint(doc, card, before.id if before else None)
    if not doc.touchpoints:
        return None
    ids = data.draw(st.lists(st.sampled_from([t.id for t in doc.touchpoints]), min_size=1,
                             max_size=3, unique=True))  # fmt: skip
    if kind == "copy":
        return cmd.duplicate_touchpoints(doc, ids)[0]
    return cmd.remove_touchpoints(doc, ids)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(max_touchpoints=10), st.data())
def test_cards_added_duplicated_or_deleted_relay_out_as_a_full_pass(
    doc: JourneyMap, data: st.DataObject
) -> None:
    editor = Editor(doc)
    for _ in range(data.draw(st.integers(1, 10))):
        editor.play(random_count_change(data, editor.doc))


def test_adding_a_card_rebuilds_its_column_and_those_after_it_only() -> None:
    # Double-click in a lane, Ctrl+D, Delete and their undo on a map of thousands of cards
    # made the whole map again (0.4 s at 10,000 cards).
    editor = Editor(sample_map())
    doc = editor.doc
    order = doc.touchpoints_in_journey_order()
    phase = doc.phases[-2]
    last = [t for t in order if t.phase_id == phase.id][-1]
    card = Touchpoint(phase_id=phase.id, lane_id=last.lane_id, title="New card")
    before = editor.layout
    editor.push(cmd.add_touchpoint(doc, card))  # at the end of the phase: checks a full pass
    after = editor.layout
    assert editor.full_passes == 0
    first_after = order.index(last) + 1  # the cards of the last phase move one column right
    for tp in order[:first_after]:
        assert after.card(tp.id) is before.card(tp.id)
        assert after.slot(tp.id) is before.slot(tp.id)
    for tp in order[first_after:]:
        assert after.slot(tp.id).rect.x == before.slot(tp.id).rect.x + SLOT_WIDTH
    assert after.width == before.width + SLOT_WIDTH  # every lane spans the wider map
    assert all(lane.band.right == after.width for lane in after.lanes)
    editor.undo()
    assert editor.layout == before
    copy_command, _ = cmd.duplicate_touchpoints(doc, [order[0].id])
    editor.push(copy_command)
    editor.push(cmd.remove_touchpoints(doc, [order[3].id]))
    editor.undo()
    editor.undo()
    assert editor.full_passes == 0
    assert editor.layout == before


def test_deleting_the_card_with_the_tallest_text_shrinks_its_lane_again() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    lane = next(lane for lane in doc.lanes if lane.kind == "framework" and lane.field == "actions")
    tp = doc.touchpoints_in_journey_order()[2]
    before = editor.layout.lane(lane.id)
    editor.push(cmd.edit(doc, "touchpoints", tp.id, actions=[" ".join(["unbelievably"] * 30)]))
    taller = editor.layout.lane(lane.id)
    assert before is not None and taller is not None and taller.band.h > before.band.h
    copy_command, _ = cmd.duplicate_touchpoints(doc, [tp.id])
    editor.push(copy_command)  # as tall as the lane already is: no full pass
    passes = editor.full_passes
    editor.push(cmd.remove_touchpoints(doc, [tp.id]))  # its copy keeps the lane tall
    assert editor.full_passes == passes
    editor.undo()
    editor.undo()  # the copy goes: the tallest text is still there
    assert editor.full_passes == passes
    copy = [t for t in doc.touchpoints if t.actions == tp.actions]
    assert copy == [tp]
    editor.push(cmd.remove_touchpoints(doc, [tp.id]))  # the lane shrinks: laid out in full
    assert editor.full_passes == passes + 1
    after = editor.layout.lane(lane.id)
    assert after is not None and after.band.h == before.band.h


def test_cards_coming_back_at_the_map_end_in_two_lanes_keep_the_lanes_order() -> None:
    # Undoing the deletion of the last cards of two lanes, where neither lane had cards
    # left at that place: each lane's cards go back in its own stretch of the list.
    lanes = [Lane(kind="touchpoints", name=name) for name in ("Digital", "In person")]
    phase = Phase(name="Discover")
    first = Touchpoint(phase_id=phase.id, lane_id=lanes[0].id, title="Ad")
    doc = JourneyMap(title="Map", phases=[phase], lanes=lanes, touchpoints=[first])
    editor = Editor(doc)
    for lane in (lanes[0], lanes[0], lanes[1]):
        card = Touchpoint(phase_id=phase.id, lane_id=lane.id, title="New card")
        editor.push(cmd.add_touchpoint(doc, card))
    ids = [t.id for t in doc.touchpoints]
    editor.push(cmd.remove_touchpoints(doc, ids[2:]))
    editor.undo()  # checks the layout against a full pass
    assert [c.touchpoint_id for c in editor.layout.cards] == ids
    assert editor.full_passes == 0


def test_a_sticky_note_added_typed_in_or_moved_lays_out_the_notes_only() -> None:
    # Typing in a note, or dragging it, made the whole map again at each step.
    editor = Editor(sample_map())
    doc = editor.doc
    card = doc.touchpoints_in_journey_order()[5]
    before = editor.layout
    free = StickyNote(text="Ask the shop", x=400, y=300)
    on_card = StickyNote(text="Too slow", attached_to=card.id)
    editor.push(cmd.add(doc, "notes", free))
    editor.push(cmd.add(doc, "notes", on_card))
    editor.push(cmd.edit(doc, "notes", free.id, text="Ask the shop about delivery times"))
    editor.push(cmd.edit(doc, "notes", free.id, x=before.width + 500))  # past the map's edge
    assert editor.layout.width > before.width
    assert editor.layout.cards is before.cards
    assert editor.layout.lanes is before.lanes
    # The card it sits on moves to the next phase: the note follows it.
    next_phase = doc.phases[doc.phases.index(doc.phase(card.phase_id)) + 1]
    editor.push(cmd.move_touchpoints(doc, [card.id], next_phase.id, card.lane_id))
    editor.undo()
    editor.push(cmd.remove_touchpoints(doc, [card.id]))  # the note goes with its card
    editor.undo()
    assert editor.full_passes == 0


def test_a_metric_value_typed_changes_that_cards_bar_and_badge_only() -> None:
    editor = Editor(sample_map())
    doc = editor.doc
    metric = doc.metrics[0]
    valued = [t for t in doc.touchpoints_in_journey_order() if metric.id in t.metrics]
    values = sorted(t.metrics[metric.id] for t in valued)
    tp = valued[len(valued) // 2]
    middle = (values[0] + values[-1]) / 2  # inside the chart's scale: no other bar moves
    before = editor.layout
    command = cmd.set_metric(doc, tp.id, metric.id, middle)
    after, delta = relayout(before, doc, command.apply(doc), editor.wrapper)
    assert after == fresh(doc)
    assert not delta.full
    assert delta.cards <= {tp.id}
    assert [b.touchpoint_id for b in after.bars if b not in before.bars] == [tp.id]
    editor.layout = after
    editor.push(cmd.set_metric(doc, tp.id, metric.id, None))  # cleared: its bar goes
    assert editor.full_passes == 0
    assert tp.id not in {b.touchpoint_id for b in editor.layout.bars if b.metric_id == metric.id}
    editor.push(cmd.set_metric(doc, tp.id, metric.id, values[-1] * 10))  # a new highest value
    assert editor.full_passes == 1
