"""Edit commands: every edit undoes exactly and redoes exactly."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import colours, journeys, names, scores

from app.model import commands as cmd
from app.model.commands import COLLECTIONS, Command, SetFields, Transaction
from app.model.document import (
    CustomChannel,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Phase,
    StickyNote,
    Touchpoint,
)
from app.model.errors import InputError
from app.model.integrity import integrity_problems
from app.model.templates import new_map


def random_command(doc: JourneyMap, data: st.DataObject, serial: int) -> Command | None:
    """One random edit that is valid for ``doc`` as it is now."""
    kind = data.draw(
        st.sampled_from(["add", "remove", "move", "edit", "emotion", "metric", "cards"])
    )
    collection = data.draw(st.sampled_from(COLLECTIONS))
    items = getattr(doc, collection)
    card_lanes = [lane for lane in doc.lanes if lane.kind == "touchpoints"]
    if kind == "add":
        if collection == "touchpoints":
            if not doc.phases or not card_lanes:
                return None
            element = Touchpoint(
                phase_id=data.draw(st.sampled_from(doc.phases)).id,
                lane_id=data.draw(st.sampled_from(card_lanes)).id,
                title=data.draw(names),
            )
        else:
            element = {
                "phases": lambda: Phase(name=data.draw(names), colour=data.draw(colours)),
                "lanes": lambda: Lane(kind="touchpoints", name=data.draw(names)),
                "personas": lambda: Persona(name=f"New persona {serial}"),
                "metrics": lambda: Metric(name=f"Metric {serial}", unit="%"),
                "channels": lambda: CustomChannel(name=data.draw(names)),
                "notes": lambda: StickyNote(
                    text=data.draw(names),
                    attached_to=data.draw(
                        st.sampled_from([None, *(t.id for t in doc.touchpoints)])
                    ),
                ),
            }[collection]()
        return cmd.add(doc, collection, element, data.draw(st.integers(0, len(items))))
    if kind == "remove" and items:
        return cmd.remove(doc, collection, data.draw(st.sampled_from(items)).id)
    if kind == "move" and items:
        return cmd.move(
            doc,
            collection,
            data.draw(st.sampled_from(items)).id,
            data.draw(st.integers(0, len(items))),
        )
    if kind == "edit":
        return random_edit(doc, data, serial)
    if kind == "emotion" and doc.touchpoints and doc.personas:
        value = data.draw(st.none() | scores)
        return cmd.set_emotion(
            doc,
            data.draw(st.sampled_from(doc.touchpoints)).id,
            data.draw(st.sampled_from(doc.personas)).id,
            value,
        )
    if kind == "metric" and doc.touchpoints and doc.metrics:
        return cmd.set_metric(
            doc,
            data.draw(st.sampled_from(doc.touchpoints)).id,
            data.draw(st.sampled_from(doc.metrics)).id,
            data.draw(st.none() | st.floats(-100, 100)),
        )
    if kind == "cards" and doc.touchpoints and card_lanes:
        chosen = data.draw(
            st.lists(
                st.sampled_from(doc.touchpoints), min_size=1, max_size=4, unique_by=lambda t: t.id
            )
        )
        before = data.draw(st.none() | st.sampled_from(doc.touchpoints))
        return cmd.move_touchpoints(
            doc,
            [t.id for t in chosen],
            data.draw(st.sampled_from(doc.phases)).id,
            data.draw(st.sampled_from(card_lanes)).id,
            None if before is None else before.id,
        )
    return None


def random_edit(doc: JourneyMap, data: st.DataObject, serial: int) -> Command | None:
    choices = [("map", doc.id, {"title": data.draw(names), "author": data.draw(names)})]
    if doc.phases:
        choices.append(
            (
                "phases",
                data.draw(st.sampled_from(doc.phases)).id,
                {"name": data.draw(names), "colour": data.draw(colours)},
            )
        )
    if doc.lanes:
        choices.append(
            (
                "lanes",
                data.draw(st.sampled_from(doc.lanes)).id,
                {"collapsed": data.draw(st.booleans())},
            )
        )
    if doc.personas:
        choices.append(
            (
                "personas",
                data.draw(st.sampled_from(doc.personas)).id,
                {"name": f"Renamed {serial}", "age": 40},
            )
        )
    if doc.touchpoints:
        choices.append(
            (
                "touchpoints",
                data.draw(st.sampled_from(doc.touchpoints)).id,
                {
                    "title": data.draw(names),
                    "moment_of_truth": data.draw(st.booleans()),
                    "pain_points": data.draw(st.lists(names, max_size=2)),
                    "evidence": "observed",
                },
            )
        )
    collection, element_id, changes = data.draw(st.sampled_from(choices))
    return cmd.edit(doc, collection, element_id, **changes)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(journeys(max_touchpoints=8), st.data())
def test_random_edits_undo_to_the_original_and_redo_to_the_edited_map(
    doc: JourneyMap, data: st.DataObject
) -> None:
    original = doc.model_dump()
    done: list[Command] = []
    for serial in range(data.draw(st.integers(1, 15))):
        command = random_command(doc, data, serial)
        if command is None:
            continue
        command.apply(doc)
        done.append(command)
        assert integrity_problems(doc) == [], command.label
    edited = doc.model_dump()

    for command in reversed(done):
        command.revert(doc)
    assert doc.model_dump() == original

    for command in done:
        command.apply(doc)
    assert doc.model_dump() == edited


@pytest.fixture
def doc() -> JourneyMap:
    doc = new_map("five-phases", "en")
    lane = doc.lanes[0].id
    for i, phase in enumerate(doc.phases):
        for j in range(2):
            doc.touchpoints.append(
                Touchpoint(
                    phase_id=phase.id,
                    lane_id=lane,
                    title=f"Card {i}.{j}",
                    emotions={doc.personas[0].id: 1.0},
                )
            )
    return doc


def titles(doc: JourneyMap) -> list[str]:
    return [t.title for t in doc.touchpoints_in_journey_order()]


def test_deleting_a_phase_takes_its_cards_and_undo_puts_them_back_in_place(doc: JourneyMap) -> None:
    before = doc.model_dump()
    command = cmd.remove(doc, "phases", doc.phases[1].id)
    assert command.label == "Delete phase 'Consideration'"
    command.apply(doc)
    assert "Card 1.0" not in titles(doc) and len(doc.phases) == 4
    command.revert(doc)
    assert doc.model_dump() == before


def test_deleting_a_persona_clears_its_scores(doc: JourneyMap) -> None:
    command = cmd.remove(doc, "personas", doc.personas[0].id)
    command.apply(doc)
    assert all(t.emotions == {} for t in doc.touchpoints)
    assert integrity_problems(doc) == []


def test_moving_cards_keeps_their_order_and_is_one_step_named_after_the_card(
    doc: JourneyMap,
) -> None:
    first = doc.touchpoints[0]
    command = cmd.move_touchpoints(doc, [first.id], doc.phases[2].id, doc.lanes[0].id)
    assert command.label == "Move 'Card 0.0'"
    command.apply(doc)
    assert titles(doc)[:6] == [
        "Card 0.1",
        "Card 1.0",
        "Card 1.1",
        "Card 2.0",
        "Card 2.1",
        "Card 0.0",
    ]
    command.revert(doc)
    assert titles(doc)[:2] == ["Card 0.0", "Card 0.1"]

    three = [doc.touchpoints[i].id for i in (0, 3, 8)]
    before = doc.touchpoints_in_journey_order()[5].id  # "Card 2.1"
    command = cmd.move_touchpoints(doc, three, doc.phases[2].id, doc.lanes[0].id, before_id=before)
    assert command.label == "Move 3 cards"
    command.apply(doc)
    assert titles(doc) == [
        "Card 0.1",
        "Card 1.0",
        "Card 2.0",
        "Card 0.0",
        "Card 1.1",
        "Card 4.0",
        "Card 2.1",
        "Card 3.0",
        "Card 3.1",
        "Card 4.1",
    ]


def test_a_bad_value_never_reaches_the_document(doc: JourneyMap) -> None:
    with pytest.raises(InputError, match="3 is above \\+2"):
        cmd.set_emotion(doc, doc.touchpoints[0].id, doc.personas[0].id, 3)
    with pytest.raises(InputError, match="colour"):
        cmd.edit(doc, "phases", doc.phases[0].id, colour="blue")


def test_a_transaction_that_fails_half_way_changes_nothing(doc: JourneyMap) -> None:
    before = doc.model_dump()
    rename = cmd.edit(doc, "touchpoints", doc.touchpoints[0].id, title="Renamed")
    broken = cmd.move(doc, "phases", doc.phases[0].id, 2)
    assert isinstance(broken, cmd.Reorder)
    broken.new_order = ("no-such-phase", *broken.new_order[1:])
    with pytest.raises(KeyError):
        Transaction("Both", [rename, broken]).apply(doc)
    assert doc.model_dump() == before


def test_typing_merges_into_one_step(doc: JourneyMap) -> None:
    tp = doc.touchpoints[0]
    first = cmd.edit(doc, "touchpoints", tp.id, title="C")
    first.apply(doc)
    second = cmd.edit(doc, "touchpoints", tp.id, title="Ca")
    second.apply(doc)  # as QUndoStack.push does, before asking to merge
    assert isinstance(first, SetFields) and first.merge(second)
    first.revert(doc)
    assert tp.title == "Card 0.0"
    first.apply(doc)
    assert tp.title == "Ca"
    other_field = cmd.edit(doc, "touchpoints", tp.id, description="x")
    assert not first.merge(other_field)


def test_undo_works_after_delete_and_recreate(doc: JourneyMap) -> None:
    tp = doc.touchpoints[0]
    edit = cmd.edit(doc, "touchpoints", tp.id, title="Edited")
    edit.apply(doc)
    delete = cmd.remove_touchpoints(doc, [tp.id])
    delete.apply(doc)
    recreate = cmd.add(doc, "touchpoints", tp, 0)  # e.g. pasted back: a new object, same id
    recreate.apply(doc)
    assert doc.touchpoints[0] is not tp
    edit.revert(doc)
    assert doc.touchpoints[0].title == "Card 0.0"


def test_changes_name_what_changed(doc: JourneyMap) -> None:
    changes = cmd.set_emotion(doc, doc.touchpoints[3].id, doc.personas[0].id, -1.5).apply(doc)
    assert [(c.kind, c.collection, c.element_id) for c in changes] == [
        ("updated", "touchpoints", doc.touchpoints[3].id)
    ]
