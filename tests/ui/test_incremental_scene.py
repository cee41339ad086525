"""After an edit the canvas updates only what changed, and shows what a fresh canvas would."""

import gc
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from app.model import commands as cmd
from app.model.commands import Command
from app.model.document import JourneyMap, StickyNote, Touchpoint
from app.ui.canvas.scene import FREEZE_AFTER, JourneyScene
from app.ui.main_window import MainWindow
from app.ui.session import DocumentSession
from tests.strategies import journeys
from tests.test_incremental_layout import (
    random_command,
    random_count_change,
    random_cross_phase_move,
)


def what_it_shows(scene: JourneyScene) -> dict[str, Any]:
    """Everything the scene's items draw, item by item."""
    return {
        # Where each card's picture is: a card only moved keeps its drawing, moved there.
        "cards": {
            k: (i.box, i.accent, i.isVisible(), i.sceneBoundingRect())
            for k, i in scene.cards.items()
        },
        "phases": {k: i.box for k, i in scene.phases.items()},
        "lanes": {k: i.box for k, i in scene.lanes.items()},
        "framework": {k: (i.content.items, i.band) for k, i in scene.framework.items()},
        "emotion": {k: (i.emotion_scale, i.header) for k, i in scene.emotion.items()},
        "curves": {
            k: (i.curve, i.points, i.segments, i.isVisible()) for k, i in scene.curves.items()
        },
        "metrics": {k: (i.content.items, i.plot, i.band) for k, i in scene.metrics.items()},
        "notes": {k: i.box for k, i in scene.notes.items()},
        "rect": scene.sceneRect(),
    }


def assert_same_as_fresh(scene: JourneyScene, doc: JourneyMap) -> None:
    fresh = JourneyScene()
    try:
        fresh.show_document(doc)
        assert scene.layout == fresh.layout
        assert what_it_shows(scene) == what_it_shows(fresh)
        # Every curve still contains every point it draws (so nothing is clipped).
        for item in scene.curves.values():
            for x, y in item.points:
                assert item.boundingRect().contains(x, y)
    finally:
        fresh.deleteLater()


def run_commands(
    doc: JourneyMap,
    data: st.DataObject,
    random: Callable[[st.DataObject, JourneyMap], Command | str | None],
) -> None:
    """Random commands, undos and redos through a session; the scene checked after each."""
    session = DocumentSession(doc)
    scene = JourneyScene()
    scene.show_document(doc)
    session.changed.connect(lambda changes: scene.apply(session.document, changes))
    try:
        for _ in range(data.draw(st.integers(1, 10))):
            command = random(data, session.document)
            if command == "undo":
                session.undo_stack.undo()
            elif command == "redo":
                session.undo_stack.redo()
            elif isinstance(command, Command):
                session.push(command)
            assert_same_as_fresh(scene, session.document)
    finally:
        scene.deleteLater()
        session.deleteLater()


SCENE_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SCENE_SETTINGS
@given(journeys(max_touchpoints=8), st.data())
def test_after_any_edits_undos_and_redos_the_canvas_shows_what_a_fresh_one_would(
    qapp: QApplication, doc: JourneyMap, data: st.DataObject
) -> None:
    run_commands(doc, data, random_command)


@SCENE_SETTINGS
@given(journeys(max_touchpoints=10), st.data())
def test_after_cards_move_across_phases_and_back_the_canvas_shows_what_a_fresh_one_would(
    qapp: QApplication, doc: JourneyMap, data: st.DataObject
) -> None:
    run_commands(doc, data, random_cross_phase_move)


@SCENE_SETTINGS
@given(journeys(max_touchpoints=10), st.data())
def test_after_cards_are_added_duplicated_and_deleted_the_canvas_shows_what_a_fresh_one_would(
    qapp: QApplication, doc: JourneyMap, data: st.DataObject
) -> None:
    run_commands(doc, data, random_count_change)


def counters(window: MainWindow) -> dict[str, int]:
    """How many times each item of the canvas was given something new to show."""
    scene = window.scene
    found: dict[str, int] = {}
    for table in (scene.cards, scene.phases, scene.lanes, scene.notes):
        found.update({f"box {k}": item.changes for k, item in table.items()})
    for lanes in (scene.framework, scene.metrics):
        found.update({f"lane {k}": item.changes for k, item in lanes.items()})
    found.update({f"curve {k}": item.changes for k, item in scene.curves.items()})
    return found


def edit_and_compare(
    window: MainWindow, command: Callable[[JourneyMap], Command]
) -> tuple[dict[str, int], dict[str, int]]:
    """The item counters before and after pushing ``command``; items are never replaced."""
    scene = window.scene
    items = {k: id(v) for k, v in scene.cards.items()}
    before = counters(window)
    window.session.push(command(window.document))
    QApplication.processEvents()
    assert {k: id(v) for k, v in scene.cards.items()} == items
    assert_same_as_fresh(scene, window.document)
    return before, counters(window)


def test_renaming_a_card_repaints_that_card_and_nothing_else(make_window: Any) -> None:
    window = make_window()
    tp = window.document.touchpoints_in_journey_order()[2]
    before, after = edit_and_compare(
        window, lambda doc: cmd.edit(doc, "touchpoints", tp.id, title="Asks a friend who plays")
    )
    changed = {k for k in after if after[k] != before[k]}
    assert changed == {f"box {tp.id}"}
    assert window.scene.cards[tp.id].box.title.lines[0].startswith("Asks a friend")


def test_renaming_a_phase_or_a_lane_repaints_its_header_and_nothing_else(
    make_window: Any,
) -> None:
    window = make_window()
    doc = window.document
    phase, lane = doc.phases[2], doc.lanes[1]
    before, after = edit_and_compare(
        window, lambda d: cmd.edit(d, "phases", phase.id, name="Buying it")
    )
    assert {k for k in after if after[k] != before[k]} == {f"box {phase.id}"}
    assert window.scene.phases[phase.id].box.title.lines == ("Buying it",)
    before, after = edit_and_compare(window, lambda d: cmd.edit(d, "lanes", lane.id, name="Web"))
    assert {k for k in after if after[k] != before[k]} == {f"box {lane.id}"}
    # A phase's new colour shows on its header and its cards: their pictures are redrawn.
    cards = [tp.id for tp in doc.touchpoints if tp.phase_id == phase.id]
    edit_and_compare(window, lambda d: cmd.edit(d, "phases", phase.id, colour="#59a14f"))
    assert {window.scene.cards[c].accent for c in cards} == {"#59a14f"}


def test_renaming_the_map_lays_nothing_out_again(make_window: Any) -> None:
    window = make_window()
    layout = window.scene.layout
    before, after = edit_and_compare(
        window, lambda doc: cmd.edit(doc, "map", doc.id, title="Guitar purchase, 2027")
    )
    assert after == before
    assert window.scene.layout is layout


def test_a_new_score_redraws_one_curve_only(make_window: Any) -> None:
    window = make_window()
    doc = window.document
    tp = next(t for t in doc.touchpoints_in_journey_order() if t.emotions)
    persona_id = next(iter(tp.emotions))
    value = 2.0 if tp.emotions[persona_id] != 2.0 else -2.0
    before, after = edit_and_compare(window, lambda d: cmd.set_emotion(d, tp.id, persona_id, value))
    assert {k for k in after if after[k] != before[k]} == {f"curve {persona_id}"}


def test_swapping_two_neighbouring_cards_moves_those_two_cards_only(make_window: Any) -> None:
    window = make_window()
    doc = window.document
    order = doc.touchpoints_in_journey_order()
    first, second = next((a, b) for a, b in pairwise(order) if a.phase_id == b.phase_id)
    before, after = edit_and_compare(
        window,
        lambda d: cmd.move_touchpoints(d, [second.id], second.phase_id, second.lane_id, first.id),
    )
    changed = {k for k in after if after[k] != before[k] and k.startswith("box ")}
    assert changed == {f"box {first.id}", f"box {second.id}"}
    layout = window.scene.layout
    assert layout is not None
    assert layout.slot(second.id).position < layout.slot(first.id).position
    window.session.undo_stack.undo()
    QApplication.processEvents()
    assert_same_as_fresh(window.scene, window.document)
    layout = window.scene.layout
    assert layout.slot(first.id).position < layout.slot(second.id).position


def test_a_card_moved_to_the_next_phase_leaves_the_other_phases_cards_alone(
    make_window: Any,
) -> None:
    window = make_window()
    doc = window.document
    order = doc.touchpoints_in_journey_order()
    left, right = doc.phases[1], doc.phases[2]
    moved = [t for t in order if t.phase_id == left.id][-1]
    first_right = next(t for t in order if t.phase_id == right.id)
    before, after = edit_and_compare(
        window,
        lambda d: cmd.move_touchpoints(d, [moved.id], right.id, moved.lane_id, first_right.id),
    )
    changed = {k for k in after if after[k] != before[k]}
    # The card keeps its place (its old phase narrowed, the next one widened to the left).
    assert changed == {f"box {left.id}", f"box {right.id}"}
    assert window.scene.cards[moved.id].accent == right.colour
    window.session.undo_stack.undo()
    QApplication.processEvents()
    assert_same_as_fresh(window.scene, window.document)
    assert window.scene.cards[moved.id].accent == left.colour


def test_the_first_card_dropped_into_the_last_phase_then_undone_and_redone(
    make_window: Any,
) -> None:
    window = make_window()
    doc = window.document
    first = doc.touchpoints_in_journey_order()[0]
    items = {k: id(v) for k, v in window.scene.cards.items()}
    window.session.push(cmd.move_touchpoints(doc, [first.id], doc.phases[-1].id, first.lane_id))
    QApplication.processEvents()
    assert_same_as_fresh(window.scene, window.document)
    assert window.scene.cards[first.id].accent == doc.phases[-1].colour
    for step in (window.session.undo_stack.undo, window.session.undo_stack.redo):
        step()
        QApplication.processEvents()
        assert_same_as_fresh(window.scene, window.document)
    assert {k: id(v) for k, v in window.scene.cards.items()} == items


def frozen(thing: object) -> bool:
    """Whether the collector froze ``thing`` (it no longer sits in any generation)."""
    assert gc.is_tracked(thing)
    return not any(o is thing for generation in range(3) for o in gc.get_objects(generation))


def test_a_move_across_a_big_map_freezes_the_new_boxes_and_a_small_edit_does_not(
    qapp: QApplication,
) -> None:
    from benchmarks.maps import bench_map

    doc = bench_map(FREEZE_AFTER + 100)
    session = DocumentSession(doc)
    scene = JourneyScene()
    scene.show_document(doc)
    session.changed.connect(lambda changes: scene.apply(session.document, changes))
    first = doc.touchpoints_in_journey_order()[0]
    drop = cmd.move_touchpoints(doc, [first.id], doc.phases[-1].id, first.lane_id)
    was_enabled = gc.isenabled()
    try:
        gc.enable()
        gc.freeze()  # what the window does after opening a map of 500 cards or more
        made_since: list[object] = []
        session.push(cmd.edit(doc, "touchpoints", first.id, title="Sees an advert"))
        assert not frozen(made_since)  # one card changed: nothing is frozen
        session.push(drop)  # every column moves: every card gets a new box
        assert frozen(made_since)
        assert frozen(scene.layout.cards[0])  # type: ignore[union-attr]
        gc.disable()  # the window waits for the previous map to go before it freezes
        made_since = []
        session.undo_stack.undo()
        assert not frozen(made_since)
        assert_same_as_fresh(scene, session.document)
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
        scene.deleteLater()
        session.deleteLater()


def test_a_card_added_at_the_end_of_the_map_leaves_every_other_card_alone(
    make_window: Any, monkeypatch: Any
) -> None:
    # A new card (double-click in a lane), its undo and redo: the other cards keep their
    # items and pictures, and the canvas shows what a fresh one would.
    window = make_window()
    scene, doc = window.scene, window.document
    last_phase = doc.phases[-1]
    lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
    items = dict(scene.cards)
    before = counters(window)
    card = Touchpoint(phase_id=last_phase.id, lane_id=lane.id, title="Leaves a review")
    synced: list[object] = []
    monkeypatch.setattr(scene, "sync", lambda result: synced.append(result))
    window.session.push(cmd.add_touchpoint(doc, card))
    QApplication.processEvents()
    assert synced == []  # the new card's item was added; nothing was synced in full
    monkeypatch.undo()
    assert_same_as_fresh(scene, window.document)
    assert scene.cards[card.id].box.title.lines == ("Leaves a review",)
    assert all(scene.cards[k] is item for k, item in items.items())
    after = counters(window)
    changed = {k for k in before if after[k] != before[k]}
    # The last phase widens and every lane now spans the wider map; no card is redrawn.
    assert not {k for k in changed if k.removeprefix("box ") in items}
    assert f"box {last_phase.id}" in changed
    window.session.undo_stack.undo()
    QApplication.processEvents()
    assert card.id not in scene.cards
    assert_same_as_fresh(scene, window.document)
    window.session.undo_stack.redo()
    QApplication.processEvents()
    assert_same_as_fresh(scene, window.document)
    assert all(scene.cards[k] is item for k, item in items.items())


def test_deleting_a_selected_card_unselects_it_once(make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    scene, doc = window.scene, window.document
    tp = doc.touchpoints_in_journey_order()[5]  # no lane of the sample shrinks without it
    scene.select_only([tp.id])
    heard: list[int] = []
    scene.selectionChanged.connect(lambda: heard.append(1))
    synced: list[object] = []
    monkeypatch.setattr(scene, "sync", lambda result: synced.append(result))
    window.session.push(cmd.remove_touchpoints(doc, [tp.id]))
    QApplication.processEvents()
    assert synced == []  # only the columns from the deleted card on were updated
    monkeypatch.undo()
    assert tp.id not in scene.cards
    assert scene.selectedItems() == []
    assert heard == [1]
    assert_same_as_fresh(scene, window.document)


def test_typing_in_a_sticky_note_updates_the_notes_only(make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    scene, doc = window.scene, window.document
    note = StickyNote(text="Ask", x=300, y=200)
    window.session.push(cmd.add(doc, "notes", note))
    QApplication.processEvents()
    before = counters(window)
    synced: list[object] = []
    monkeypatch.setattr(scene, "sync", lambda result: synced.append(result))
    for text in ("Ask the", "Ask the shop about delivery times and returns"):
        window.session.push(cmd.edit(doc, "notes", note.id, text=text), merge=True)
        QApplication.processEvents()
    assert synced == []
    monkeypatch.undo()
    after = counters(window)
    assert {k for k in before if after[k] != before[k]} == {f"box {note.id}"}
    assert scene.notes[note.id].box.text.lines[0].startswith("Ask the shop")
    assert_same_as_fresh(scene, window.document)
