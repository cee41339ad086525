"""The menus as a user meets them: every command in its place, the right keys, honest labels."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.model import commands as cmd
from app.model.fileformat import save
from app.model.templates import new_map


def _menu_titles(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        found[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return found


def test_file_menu_offers_export_of_every_format_and_print(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    file_menu = _menu_titles(window)["&File"]
    assert "&Export…" in file_menu
    assert not any("CSV or Mermaid" in text and "Export" in text for text in file_menu)
    assert "&Print…" in file_menu
    assert window.actions_by_id["print"].shortcut() == QKeySequence("Ctrl+P")
    assert "Open &Recent" in file_menu


def test_close_with_discard_closes_the_map_not_the_application(  # type: ignore[no-untyped-def]
    make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    doc = window.document
    window.session.push(cmd.remove_touchpoints(doc, [doc.touchpoints[0].id]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Discard)
    window.actions_by_id["close"].trigger()
    QApplication.processEvents()
    assert window.isVisible()
    assert window.session.path is None
    assert window.document.title != doc.title
    assert window.undo_stack.count() == 0


def test_close_with_cancel_keeps_the_map_and_its_changes(  # type: ignore[no-untyped-def]
    make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    doc = window.document
    window.session.push(cmd.remove_touchpoints(doc, [doc.touchpoints[0].id]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    window.actions_by_id["close"].trigger()
    assert window.document is doc and window.session.modified
    window.undo_stack.setClean()


def test_no_destructive_action_sits_on_an_unexpected_key(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    delete = window.actions_by_id["delete"]
    assert delete.shortcuts() == [QKeySequence(Qt.Key.Key_Delete)]
    assert window.actions_by_id["duplicate"].shortcuts() == [QKeySequence("Ctrl+D")]
    taken: dict[str, str] = {}
    for action_id, action in window.actions_by_id.items():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in taken, f"{key} is both {taken[key]} and {action_id}"
            taken[key] = action_id


def test_every_action_is_declared_with_its_id_as_object_name(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for action_id, action in window.actions_by_id.items():
        assert action.objectName() == action_id
    for needed in ("undo", "redo", "cut", "copy", "paste", "duplicate", "find", "print", "new"):
        assert needed in window.actions_by_id


@pytest.mark.parametrize(
    ("personas", "phases", "expected"),
    [
        (1, 1, "1 phase · 0 touchpoints · 1 persona"),
        (2, 3, "3 phases · 0 touchpoints · 2 personas"),
    ],
)
def test_the_status_bar_counts_in_words(  # type: ignore[no-untyped-def]
    make_window, tmp_path: Path, personas: int, phases: int, expected: str
) -> None:
    doc = new_map("three-phases" if phases == 3 else "blank", "en")
    if personas == 2:
        doc.personas.append(doc.personas[0].model_copy(update={"id": "p2", "name": "Second"}))
    path = tmp_path / "m.journey"
    save(doc, path)
    window = make_window(path)
    assert window.count_label.text() == expected


def test_undo_and_redo_are_disabled_until_there_is_something_to_undo(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    doc = window.document
    window.session.push(cmd.edit(doc, "map", doc.id, title="Renamed"))
    assert undo.isEnabled()
    assert undo.text() == "&Undo Rename map 'Buying a first guitar online' to 'Renamed'"
    undo.trigger()
    assert window.document.title != "Renamed" and redo.isEnabled()
    redo.trigger()
    assert window.document.title == "Renamed"


def test_panels_can_be_hidden_and_shown_from_the_view_menu(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for name in ("inspector", "personas", "structure", "channels", "insights"):
        dock = window.findChild(type(window.panels.docks[name]), name)
        assert dock is not None
        action = window.actions_by_id[f"dock:{name}"]
        action.trigger()
        assert dock.isHidden() and not action.isChecked()
        action.trigger()
        assert not dock.isHidden() and action.isChecked()


def test_delete_and_paste_keys_in_a_panel_belong_to_the_panel_not_to_the_cards(  # type: ignore[no-untyped-def]
    make_window, qtbot
) -> None:
    from PySide6.QtWidgets import QCheckBox

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = window.document.touchpoints[0]
    window.scene.select_only([card.id])
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "Card")
    box = window.panels.inspector.findChild(QCheckBox, "moment_of_truth")
    assert box is not None and box.isVisible()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    count = len(window.document.touchpoints)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.touchpoints) == count
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.touchpoints) == count + 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert len(window.document.touchpoints) == count


def test_file_create_future_state_and_view_compare_open_the_linked_maps(  # type: ignore[no-untyped-def]
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import compare_view

    window = make_window()
    current = window.document.model_copy(deep=True)
    future_file = tmp_path / "guitar-future.journey"
    monkeypatch.setattr(compare_view, "ask_save_file", lambda *args: future_file)
    window.actions_by_id["future_state"].trigger()
    assert window.session.path == future_file.resolve()
    assert window.document.current_state is not None
    assert [tp.id for tp in window.document.touchpoints] == [tp.id for tp in current.touchpoints]
    shown: list[object] = []
    monkeypatch.setattr(compare_view.ComparisonDialog, "show", lambda self: shown.append(self))
    window.actions_by_id["compare"].trigger()
    assert shown and shown[0].objectName() == "comparison"


def test_the_toolbar_offers_present_with_its_icon(make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolBar

    window = make_window()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    present = window.actions_by_id["present"]
    assert present in toolbar.actions()
    assert not present.icon().isNull()
    assert present.shortcut().toString() == "F5"
