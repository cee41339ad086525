"""Sticky notes on the canvas: added from a menu, typed in place, dragged, turned into cards."""

import pytest
from conftest import action, double_click, drag, view_point
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.model import notes as sticky


def card_id(window, title: str) -> str:  # type: ignore[no-untyped-def]
    return next(tp.id for tp in window.document.touchpoints if tp.title == title)


def lane_named(window, name: str):  # type: ignore[no-untyped-def]
    lane = next(lane for lane in window.document.lanes if lane.name == name)
    return window.scene.layout.lane(lane.id)


def type_note(qtbot, window, lines: list[str], commit: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type into the note editor that just opened: Enter between lines, Ctrl+Enter to keep."""
    view = window.canvas
    qtbot.waitUntil(lambda: view.note_editor is not None and view.note_editor.isVisible())
    editor = view.note_editor
    editor.selectAll()
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)
    if commit:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()


def add_free_note(window, text: str, x: float, y: float) -> str:  # type: ignore[no-untyped-def]
    command, note_id = sticky.add_note(window.document, text, x, y)
    window.session.push(command)
    QApplication.processEvents()
    return note_id


def note_box(window, note_id: str):  # type: ignore[no-untyped-def]
    return next(n for n in window.scene.layout.notes if n.note_id == note_id)


def note_centre(window, note_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    box = note_box(window, note_id)
    return view_point(window.canvas, box.rect.centre_x, box.rect.centre_y)


def empty_cell(window):  # type: ignore[no-untyped-def]
    """(lane box, x) of a place in a card lane with no card under it."""
    layout = window.scene.layout
    for lane in layout.lanes:
        if lane.kind != "touchpoints":
            continue
        for slot in layout.slots:
            x, y = slot.rect.centre_x, lane.band.centre_y
            if not any(c.rect.contains(x, y) for c in layout.cards):
                return lane, x
    raise AssertionError("the sample has no empty cell")


def test_a_note_added_on_empty_space_is_typed_in_place_and_undone_in_one_step(
    qtbot, make_window, right_click
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    at = view_point(window.canvas, layout.phases[1].header.x + 30, actions.band.y + 10)
    # The scene point of the pixel clicked: the view's size must not round it another way.
    spot = window.canvas.mapToScene(at.toPoint())
    x, y = spot.x(), spot.y()
    depth = window.undo_stack.count()
    action(right_click(window, at), "add_note_here").trigger()
    type_note(qtbot, window, ["Call the shop", "ask about returns"])
    (note,) = window.document.notes
    assert note.text == "Call the shop\nask about returns"
    assert (round(note.x), round(note.y)) == (round(x), round(y))
    assert note.attached_to is None
    assert window.undo_stack.count() == depth + 1
    assert window.undo_stack.undoText() == "Add sticky note"
    assert note.id in window.scene.notes and window.scene.notes[note.id].isVisible()
    window.undo_stack.undo()
    assert window.document.notes == [] and note.id not in window.scene.notes


def test_escape_while_typing_a_new_note_adds_nothing(qtbot, make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    pos = view_point(window.canvas, layout.phases[0].header.x + 20, actions.band.y + 10)
    depth = window.undo_stack.count()
    action(right_click(window, pos), "add_note_here").trigger()
    type_note(qtbot, window, ["Never mind"], commit=False)
    assert window.document.notes == [] and window.undo_stack.count() == depth


def test_a_note_added_from_a_cards_menu_sticks_to_its_corner(
    qtbot, make_window, right_click
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    tid = card_id(window, "Card declined at MegaSound")
    card = window.scene.layout.card(tid)
    pos = view_point(window.canvas, card.rect.centre_x, card.rect.centre_y)
    action(right_click(window, pos), "add_note_to_card").trigger()
    type_note(qtbot, window, ["Which banks refuse?"])
    (note,) = window.document.notes
    assert note.attached_to == tid
    box = note_box(window, note.id)
    assert box.rect.contains(card.rect.right - 2, card.rect.y + 2)
    assert window.undo_stack.undoText() == "Add sticky note to 'Card declined at MegaSound'"


def test_double_clicking_a_note_edits_its_text(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    note_id = add_free_note(window, "Draft", layout.phases[1].header.x + 20, actions.band.y + 6)
    double_click(window.canvas, note_centre(window, note_id))
    type_note(qtbot, window, ["Checked with support", "they agree"])
    assert window.document.note(note_id).text == "Checked with support\nthey agree"
    assert window.undo_stack.undoText() == "Edit sticky note"
    window.undo_stack.undo()
    assert window.document.note(note_id).text == "Draft"


def test_dragging_a_note_moves_it_in_one_undo_step(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    x0, y0 = layout.phases[1].header.x + 20, actions.band.y + 6
    note_id = add_free_note(window, "Move me", x0, y0)
    depth = window.undo_stack.count()
    start = note_centre(window, note_id)
    drag(window.canvas, start, start + QPointF(120, 40))
    zoom = window.canvas.zoom()
    note = window.document.note(note_id)
    assert note.x == pytest.approx(x0 + 120 / zoom, abs=2 / zoom)
    assert note.y == pytest.approx(y0 + 40 / zoom, abs=2 / zoom)
    assert window.undo_stack.count() == depth + 1
    assert window.undo_stack.undoText() == "Move sticky note"
    assert note_box(window, note_id).rect.x == note.x  # the item follows the model
    window.undo_stack.undo()
    assert (window.document.note(note_id).x, window.document.note(note_id).y) == (x0, y0)


def test_dropping_a_note_on_a_card_sticks_it_there(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    note_id = add_free_note(window, "About this card", layout.phases[1].header.x, actions.band.y)
    tid = card_id(window, "Card declined at MegaSound")
    card = layout.card(tid)
    drag(
        window.canvas,
        note_centre(window, note_id),
        view_point(window.canvas, card.rect.x + 20, card.rect.centre_y + 20),
    )
    assert window.document.note(note_id).attached_to == tid
    assert window.undo_stack.undoText() == "Attach sticky note to 'Card declined at MegaSound'"


def test_dropping_a_note_into_an_empty_cell_turns_it_into_a_card(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    note_id = add_free_note(
        window,
        "Offer a trial lesson\nSeen in 3 interviews",
        layout.phases[0].header.x,
        actions.band.y,
    )
    cards_before = len(window.document.touchpoints)
    depth = window.undo_stack.count()
    lane, x = empty_cell(window)
    drag(
        window.canvas,
        note_centre(window, note_id),
        view_point(window.canvas, x, lane.band.centre_y),
    )
    assert window.document.notes == []
    new = next(tp for tp in window.document.touchpoints if tp.title == "Offer a trial lesson")
    assert new.description == "Seen in 3 interviews"
    assert new.lane_id == lane.lane_id
    assert new.id in window.scene.cards
    assert window.undo_stack.count() == depth + 1
    window.undo_stack.undo()
    assert len(window.document.touchpoints) == cards_before
    assert [n.id for n in window.document.notes] == [note_id]


def test_the_notes_menu_recolours_detaches_and_deletes(make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    tid = card_id(window, "Card declined at MegaSound")
    command, note_id = sticky.add_note(window.document, "Ask the bank", attached_to=tid)
    window.session.push(command)
    QApplication.processEvents()

    action(right_click(window, note_centre(window, note_id)), "note_colour:#ffc8dd").trigger()
    assert window.document.note(note_id).colour == "#ffc8dd"
    assert note_box(window, note_id).colour == "#ffc8dd"

    action(right_click(window, note_centre(window, note_id)), "detach_note").trigger()
    assert window.document.note(note_id).attached_to is None

    menu = right_click(window, note_centre(window, note_id))
    assert action(menu, "note_to_card").isEnabled()
    action(menu, "delete_note").trigger()
    assert window.document.notes == []
    window.undo_stack.undo()
    assert window.document.note(note_id).colour == "#ffc8dd"


def test_turn_into_card_from_the_menu_puts_the_card_after_the_notes_card(
    make_window, right_click
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    tid = card_id(window, "Card declined at MegaSound")
    command, note_id = sticky.add_note(window.document, "Retry the payment", attached_to=tid)
    window.session.push(command)
    QApplication.processEvents()
    action(right_click(window, note_centre(window, note_id)), "note_to_card").trigger()
    order = [tp.title for tp in window.document.touchpoints_in_journey_order()]
    assert order[order.index("Card declined at MegaSound") + 1] == "Retry the payment"
    assert window.document.notes == []
    assert window.scene.selected_touchpoints() == [card_id(window, "Retry the payment")]


def test_deleting_a_selected_note_with_the_delete_key(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    note_id = add_free_note(window, "Remove me", layout.phases[1].header.x, actions.band.y)
    from conftest import click

    click(window.canvas, note_centre(window, note_id))
    assert window.scene.selected_notes() == [note_id]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert window.document.notes == []


def test_a_note_nudged_inside_its_own_cell_stays_a_note(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    lane, x = empty_cell(window)
    note_id = add_free_note(window, "Stay a note", x - 60, lane.band.y + 8)
    cards_before = len(window.document.touchpoints)
    start = note_centre(window, note_id)
    drag(window.canvas, start, start + QPointF(30, 10))
    assert len(window.document.touchpoints) == cards_before
    assert window.document.note(note_id).x > x - 60
    assert window.undo_stack.undoText() == "Move sticky note"


def test_the_editor_closes_and_is_forgotten_after_commit(qtbot, make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions = lane_named(window, "Actions")
    pos = view_point(window.canvas, layout.phases[1].header.x + 30, actions.band.y + 10)
    action(right_click(window, pos), "add_note_here").trigger()
    type_note(qtbot, window, ["One"])
    assert window.canvas.note_editor is None
    assert window.canvas.hasFocus() or not window.isActiveWindow()


def test_the_add_sticky_note_command_sticks_to_the_selected_card_or_lands_in_view(
    qtbot, make_window
) -> None:  # type: ignore[no-untyped-def]
    from conftest import click

    window = make_window()
    tid = card_id(window, "Card declined at MegaSound")
    card = window.scene.layout.card(tid)
    click(window.canvas, view_point(window.canvas, card.rect.centre_x, card.rect.centre_y))
    window.canvas.add_note()  # what the Add Sticky Note action (Ctrl+Shift+N) runs
    type_note(qtbot, window, ["On the card"])
    assert window.document.notes[-1].attached_to == tid

    window.scene.select_only([])
    window.canvas.add_note()
    type_note(qtbot, window, ["In the middle"])
    note = window.document.notes[-1]
    assert note.attached_to is None
    box = note_box(window, note.id)
    shown = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert shown.contains(box.rect.centre_x, box.rect.centre_y)


def test_the_export_dialog_shares_sticky_notes_only_when_asked(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    from app.export.embed import read_export
    from app.ui.export_dialog import ExportDialog
    from app.ui.settings import ExportChoices

    window = make_window()
    add_free_note(window, "Only when asked", 300, 80)
    for checked in (False, True):
        dialog = ExportDialog(window.document, ExportChoices(format="svg"), "guitar", window)
        qtbot.addWidget(dialog)
        dialog.show()
        box = dialog.findChild(QCheckBox, "notes")
        assert box.text() == "Show sticky notes" and box.isEnabled() and not box.isChecked()
        if checked:
            # On the box itself: the row is wider than the box and its words.
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            assert box.isChecked() and dialog.options().notes
        target = tmp_path / f"map-{checked}.svg"
        with qtbot.waitSignal(dialog.exported, timeout=60_000):
            dialog.export_to(target)
        shared = read_export(target)
        assert [n.text for n in shared.notes] == (["Only when asked"] if checked else [])
        assert ("Only when asked" in target.read_text(encoding="utf-8")) == checked
