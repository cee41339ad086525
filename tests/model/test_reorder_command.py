"""One command per gesture: a reorder of any size is one Reorder, edits validate what they set."""

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from strategies import journeys

from app.model import commands as cmd
from app.model import structure
from app.model.commands import Change, Command, Reorder, SetFields, Transaction
from app.model.document import Element, JourneyMap, Lane, Touchpoint
from app.model.errors import InputError, problems_from_pydantic
from app.model.templates import new_map

BIG_MAP = Path(__file__).resolve().parents[2] / "scripts" / "make_big_map.py"


@cache
def _big_map_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_big_map", BIG_MAP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def big_map(touchpoints: int) -> JourneyMap:
    """scripts/make_big_map.py's stress map (five phases, three card lanes, 8 personas)."""
    doc = _big_map_script().big_map(touchpoints, 8)
    assert isinstance(doc, JourneyMap)
    return doc


def primitives(command: Command) -> list[Command]:
    """The commands a transaction is made of, flattened."""
    if isinstance(command, Transaction):
        return [leaf for inner in command.commands for leaf in primitives(inner)]
    return [command]


def order(doc: JourneyMap, collection: str = "touchpoints") -> list[str]:
    return [element.id for element in getattr(doc, collection)]


# -- dragging cards --------------------------------------------------------------------------


def test_dragging_the_first_card_to_the_last_phase_of_a_big_map_is_one_reorder() -> None:
    doc = big_map(2000)
    card = doc.touchpoints[0]
    last_phase = doc.phases[-1]
    before, dump = order(doc), doc.model_dump()

    command = cmd.move_touchpoints(doc, [card.id], last_phase.id, card.lane_id)

    steps = primitives(command)
    assert [type(step) for step in steps] == [SetFields, Reorder]
    changes = command.apply(doc)
    assert card.phase_id == last_phase.id
    # It ends up last in its phase, after the last card that was already there.
    assert order(doc) == [*(tid for tid in before if tid != card.id), card.id]
    moved = [c for c in changes if c.kind == "moved"]
    assert {c.element_id for c in moved} == set(before)  # every card's position changed
    assert len(moved) == len(before)
    assert [c for c in changes if c.kind == "updated"] == [
        Change("updated", "touchpoints", card.id, frozenset({"phase_id", "lane_id"}))
    ]

    command.revert(doc)
    assert order(doc) == before and doc.model_dump() == dump
    command.apply(doc)
    assert order(doc) == [*(tid for tid in before if tid != card.id), card.id]


def test_a_card_moved_within_its_phase_and_lane_needs_no_field_edit() -> None:
    doc = big_map(200)
    last_phase = doc.phases[-1].id
    inside = [tp for tp in doc.touchpoints if tp.phase_id == last_phase]
    card = inside[-1]
    before = order(doc)

    command = cmd.move_touchpoints(doc, [card.id], last_phase, card.lane_id, before_id=inside[0].id)

    assert [type(step) for step in primitives(command)] == [Reorder]
    changes = command.apply(doc)
    first = before.index(inside[0].id)
    assert order(doc)[first] == card.id
    # Only the cards between the old and the new place moved, each reported once.
    assert [c.element_id for c in changes] == [card.id, *before[first : before.index(card.id)]]
    command.revert(doc)
    assert order(doc) == before


def test_dropping_several_cards_is_one_reorder_and_one_edit_per_card_that_changes_place() -> None:
    doc = big_map(300)
    first_phase, last_phase = doc.phases[0].id, doc.phases[-1].id
    lane = doc.touchpoints[0].lane_id
    chosen = [tp for tp in doc.touchpoints if tp.phase_id == first_phase][:5]
    already_there = next(
        tp for tp in doc.touchpoints if tp.phase_id == last_phase and tp.lane_id == lane
    )
    dump = doc.model_dump()

    command = cmd.move_touchpoints(
        doc, [*(tp.id for tp in chosen), already_there.id], last_phase, lane
    )

    steps = primitives(command)
    assert sum(isinstance(step, Reorder) for step in steps) == 1
    edited = [step.element_id for step in steps if isinstance(step, SetFields)]
    assert edited == [tp.id for tp in chosen]
    command.apply(doc)
    assert all(tp.phase_id == last_phase and tp.lane_id == lane for tp in chosen)
    command.revert(doc)
    assert doc.model_dump() == dump


def test_moving_a_deleted_phases_cards_to_the_next_phase_is_one_reorder() -> None:
    doc = big_map(500)
    first = doc.phases[0]
    count = sum(1 for tp in doc.touchpoints if tp.phase_id == first.id)
    dump = doc.model_dump()

    command = structure.delete_phase(doc, first.id, "next")

    kinds = [type(step).__name__ for step in primitives(command)]
    assert kinds.count("Reorder") <= 1 and kinds.count("MoveElement") == 0
    assert kinds.count("SetFields") == count
    command.apply(doc)
    assert first.id not in order(doc, "phases")
    command.revert(doc)
    assert doc.model_dump() == dump


# -- phases, lanes, personas -----------------------------------------------------------------


@pytest.mark.parametrize("collection", ["phases", "lanes", "personas"])
def test_moving_a_phase_lane_or_persona_is_one_command_that_undo_reverses(
    collection: Any,
) -> None:
    doc = big_map(50)
    before = order(doc, collection)
    moving = before[0]

    command = cmd.move(doc, collection, moving, len(before) - 1)

    assert isinstance(command, Reorder)
    changes = command.apply(doc)
    assert order(doc, collection) == [*before[1:], moving]
    assert changes == [
        Change("moved", collection, element_id) for element_id in [*before[1:], moving]
    ]
    command.revert(doc)
    assert order(doc, collection) == before


def test_moving_an_element_to_where_it_already_is_changes_nothing() -> None:
    doc = new_map("five-phases", "en")
    phases = order(doc, "phases")
    command = cmd.move(doc, "phases", phases[2], 2)
    assert command.apply(doc) == []
    assert command.revert(doc) == []
    assert order(doc, "phases") == phases


def test_a_reorder_that_is_not_a_permutation_is_refused_and_changes_nothing() -> None:
    doc = new_map("five-phases", "en")
    phases = order(doc, "phases")
    with pytest.raises(ValueError, match="3 ids for 5"):
        Reorder("phases", phases[:3]).apply(doc)
    with pytest.raises((ValueError, KeyError)):
        Reorder("phases", [phases[1], phases[1], *phases[2:]]).apply(doc)
    with pytest.raises(KeyError):
        Reorder("phases", ["no-such-phase", *phases[1:]]).apply(doc)
    assert order(doc, "phases") == phases


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(doc=journeys(max_touchpoints=12), data=st.data())
def test_random_reorders_then_undoing_them_all_restores_the_map_exactly(
    doc: JourneyMap, data: st.DataObject
) -> None:
    original = doc.model_dump()
    done: list[Command] = []
    for _ in range(data.draw(st.integers(1, 8))):
        collection: Any = data.draw(st.sampled_from(["phases", "lanes", "personas", "touchpoints"]))
        ids = order(doc, collection)
        if data.draw(st.booleans()):
            command: Command = Reorder(collection, data.draw(st.permutations(ids)))
        elif ids:
            command = cmd.move(
                doc,
                collection,
                data.draw(st.sampled_from(ids)),
                data.draw(st.integers(0, len(ids))),
            )
        else:
            continue
        changes = command.apply(doc)
        after = order(doc, collection)
        moved = {i for i, (a, b) in enumerate(zip(ids, after, strict=True)) if a != b}
        assert [c.element_id for c in changes] == [after[i] for i in sorted(moved)]
        done.append(command)
    for command in reversed(done):
        command.revert(doc)
    assert doc.model_dump() == original
    for command in done:  # redo all, then undo all again
        command.apply(doc)
    for command in reversed(done):
        command.revert(doc)
    assert doc.model_dump() == original


# -- SetFields validates only what it sets -----------------------------------------------------


def whole_element_problems(element: BaseModel, changes: dict[str, Any]) -> list[str] | None:
    """What the former SetFields said: the whole element validated with the changes in."""
    try:
        type(element).model_validate({**element.model_dump(), **changes})
    except ValidationError as error:
        return [str(problem) for problem in problems_from_pydantic(error.errors())]
    return None


def set_fields_problems(
    doc: JourneyMap, collection: Any, element_id: str, **changes: Any
) -> list[str] | None:
    try:
        cmd.edit(doc, collection, element_id, **changes)
    except InputError as error:
        return [str(problem) for problem in error.problems]
    return None


BAD_VALUES: list[tuple[str, dict[str, Any]]] = [
    ("touchpoints", {"title": ""}),
    ("touchpoints", {"title": "   "}),
    ("touchpoints", {"title": "x" * 501}),
    ("touchpoints", {"title": 12}),
    ("touchpoints", {"title": "bad \ud800 text"}),
    ("touchpoints", {"pain_points": ["fine", "bad \udc00"]}),
    ("touchpoints", {"emotions": {"p": 3.0}}),
    ("touchpoints", {"emotions": {"p": float("nan")}}),
    ("touchpoints", {"metrics": {"m": float("inf")}}),
    ("touchpoints", {"metrics": {"bad id!": 1.0}}),
    ("touchpoints", {"evidence": "rumour"}),
    ("touchpoints", {"moment_of_truth": "perhaps"}),
    ("touchpoints", {"opportunities": [{"text": "", "priority": "urgent"}]}),
    ("touchpoints", {"phase_id": ""}),
    ("touchpoints", {"no_such_field": 1}),
    ("touchpoints", {"title": "", "evidence": "rumour", "description": "ok"}),
    ("phases", {"colour": "red"}),
    ("phases", {"name": ""}),
    ("personas", {"age": 200}),
    ("personas", {"avatar": {"media_type": "image/png", "data": "not base64!"}}),
    ("personas", {"marker": "hexagon"}),
    ("metrics", {"target": float("nan")}),
    ("channels", {"icon": "<html></html>"}),
    ("notes", {"text": " "}),
    ("lanes", {"kind": "framework"}),
    ("lanes", {"field": "quotes"}),
    ("lanes", {"chart": "line"}),
    ("lanes", {"name": ""}),
    ("map", {"title": ""}),
    ("map", {"language": "English"}),
    ("map", {"modified": "yesterday"}),
]


@pytest.mark.parametrize(("collection", "changes"), BAD_VALUES)
def test_a_bad_value_is_refused_with_the_same_sentence_as_before(
    collection: Any, changes: dict[str, Any]
) -> None:
    doc = new_map("five-phases", "en")
    doc.touchpoints.append(
        Touchpoint(phase_id=doc.phases[0].id, lane_id=doc.lanes[0].id, title="A")
    )
    doc.notes.append(cmd.StickyNote(text="Ask support"))
    doc.metrics.append(cmd.Metric(name="CSAT"))
    doc.channels.append(cmd.CustomChannel(name="Radio"))
    doc.personas.append(cmd.Persona(name="Léa"))
    element: Any = doc if collection == "map" else getattr(doc, collection)[0]
    element_id = str(element.id)
    expected = whole_element_problems(element, changes)
    assert expected, "the example must be a bad value"
    assert set_fields_problems(doc, collection, element_id, **changes) == expected


GOOD_VALUES: list[tuple[str, dict[str, Any]]] = [
    ("touchpoints", {"title": "  Compares prices  "}),
    ("touchpoints", {"emotions": {"p": 1.5}, "metrics": {"m": 12}}),
    ("touchpoints", {"opportunities": [{"text": "Chat", "priority": "high"}]}),
    ("phases", {"colour": "#AABBCC"}),
    ("lanes", {"kind": "framework", "field": "quotes"}),
    ("map", {"modified": "2026-12-03T01:02:03.456+01:00"}),
]


@pytest.mark.parametrize(("collection", "changes"), GOOD_VALUES)
def test_a_good_value_is_stored_as_the_whole_model_would_store_it(
    collection: Any, changes: dict[str, Any]
) -> None:
    doc = new_map("five-phases", "en")
    doc.touchpoints.append(
        Touchpoint(phase_id=doc.phases[0].id, lane_id=doc.lanes[0].id, title="A")
    )
    element: Any = doc if collection == "map" else getattr(doc, collection)[0]
    checked = type(element).model_validate({**element.model_dump(), **changes})
    command = cmd.edit(doc, collection, str(element.id), **changes)
    command.apply(doc)
    for name in changes:
        assert getattr(element, name) == getattr(checked, name)


def test_editing_one_card_says_which_fields_changed_and_undo_says_the_same() -> None:
    doc = big_map(50)
    card = doc.touchpoints[-1]
    command = cmd.edit(doc, "touchpoints", card.id, title="New", description="Why")
    fields = frozenset({"title", "description"})
    assert command.apply(doc) == [Change("updated", "touchpoints", card.id, fields)]
    assert command.revert(doc) == [Change("updated", "touchpoints", card.id, fields)]


def test_rules_that_relate_several_fields_still_hold() -> None:
    doc = new_map("five-phases", "en")
    card_lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
    with pytest.raises(InputError, match="a framework lane needs the touchpoint field it shows"):
        cmd.edit(doc, "lanes", card_lane.id, kind="framework")
    cmd.edit(doc, "lanes", card_lane.id, kind="framework", field="quotes").apply(doc)
    assert isinstance(doc.lanes[0], Lane)


def test_every_model_rule_beyond_single_fields_is_known_to_set_fields() -> None:
    """A model with its own validators is validated whole; the others field by field."""
    whole = {
        model.__name__
        for model in (
            cmd.Phase,
            Lane,
            cmd.Persona,
            cmd.Metric,
            cmd.CustomChannel,
            Touchpoint,
            cmd.StickyNote,
            JourneyMap,
        )
        if cmd._field_checker(model, frozenset({"id"})) is None
    }
    assert whole == {"Lane"}
    assert issubclass(Lane, Element)
