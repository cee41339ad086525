"""One gesture, one command: dragging a card or a header, or Alt+arrows, pushes one undo step
holding one Reorder (and at most one field edit per moved card), never a move per shifted card.
"""

from conftest import by_title, card_centre, click, drag, view_point
from PySide6.QtCore import Qt

from app.model.commands import Command, MoveElement, Reorder, SetFields, Transaction


def primitives(command: Command) -> list[Command]:
    if isinstance(command, Transaction):
        return [leaf for inner in command.commands for leaf in primitives(inner)]
    return [command]


def last_step(window) -> list[Command]:  # type: ignore[no-untyped-def]
    """The primitive commands of the undo step on top of the stack."""
    stack = window.undo_stack
    return primitives(stack.command(stack.count() - 1).command)


def kinds(steps: list[Command]) -> list[type]:
    return [type(step) for step in steps]


def order(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [tp.id for tp in window.document.touchpoints]


def test_dragging_a_card_to_the_last_phase_is_one_reorder_and_one_field_edit(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    card = by_title(window, "Guitar ads on social media")  # the journey's first card
    last = window.scene.layout.phase(doc.phases[-1].id)
    lane = window.scene.layout.lane(card.lane_id)
    before, dump = order(window), doc.model_dump()

    drag(
        window.canvas,
        card_centre(window, card.id),
        view_point(window.canvas, last.header.x + 20, lane.band.centre_y),
    )

    assert doc.touchpoint(card.id).phase_id == doc.phases[-1].id
    assert window.undo_stack.count() == 1
    steps = last_step(window)
    assert kinds(steps) == [SetFields, Reorder]
    assert MoveElement not in kinds(steps)
    dropped = order(window)
    assert dropped != before
    window.undo_stack.undo()
    assert order(window) == before and doc.model_dump() == dump
    window.undo_stack.redo()
    assert order(window) == dropped


def test_dragging_a_phase_header_is_one_reorder(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    phases = [p.id for p in window.document.phases]
    header = window.scene.layout.phases[0].header
    third = window.scene.layout.phases[2].header

    drag(
        window.canvas,
        view_point(window.canvas, header.centre_x, header.centre_y),
        view_point(window.canvas, third.centre_x + 10, header.centre_y),
    )

    assert [p.id for p in window.document.phases] == [phases[1], phases[2], phases[0], *phases[3:]]
    assert window.undo_stack.count() == 1
    assert kinds(last_step(window)) == [Reorder]
    window.undo_stack.undo()
    assert [p.id for p in window.document.phases] == phases


def test_alt_right_on_the_last_card_of_a_phase_is_one_reorder_and_one_field_edit(  # type: ignore[no-untyped-def]
    make_window, qtbot
) -> None:
    window = make_window()
    doc = window.document
    first_phase = doc.phases[0].id
    card = [tp for tp in doc.touchpoints_in_journey_order() if tp.phase_id == first_phase][-1]
    before = order(window)
    click(window.canvas, card_centre(window, card.id))
    assert window.scene.selected_touchpoints() == [card.id]

    qtbot.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    assert doc.touchpoint(card.id).phase_id == doc.phases[1].id
    assert window.undo_stack.count() == 1
    assert set(kinds(last_step(window))) <= {SetFields, Reorder}
    assert len(last_step(window)) <= 2
    window.undo_stack.undo()
    assert order(window) == before and doc.touchpoint(card.id).phase_id == first_phase
