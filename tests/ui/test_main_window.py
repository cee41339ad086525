"""The main window as a user meets it: files, titles, undo names, zoom, themes, the legend."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.model import commands as cmd
from app.model.fileformat import load


def test_the_title_shows_unsaved_changes_and_save_clears_them(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.windowTitle() == "guitar.journey[*] — Parcours"
    assert not window.isWindowModified()
    doc = window.document
    window.session.push(
        cmd.edit(doc, "touchpoints", doc.touchpoints[0].id, title="Chatting with friends")
    )
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    saved = load(tmp_path / "guitar.journey")
    assert saved.touchpoints[0].title == "Chatting with friends"


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(  # type: ignore[no-untyped-def]
    make_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer, closes: bool, saved: bool
) -> None:
    window = make_window()
    asked: list[str] = []

    def ask(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", ask)
    doc = window.document
    window.session.push(cmd.remove_touchpoints(doc, [doc.touchpoints[0].id]))
    count = len(doc.touchpoints)
    assert window.close() is closes
    assert asked and "Buying a first guitar online" in asked[0]
    assert (len(load(tmp_path / "guitar.journey").touchpoints) == count) is saved
    if not closes:
        window.session.undo_stack.setClean()


def test_undo_and_redo_menu_items_name_the_step(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    card = doc.touchpoints[3]
    window.session.push(cmd.set_emotion(doc, card.id, doc.personas[0].id, -2.0))
    assert (
        window.actions_by_id["undo"].text()
        == f"&Undo Change Léa Moreau's feeling at '{card.title}'"
    )
    window.actions_by_id["undo"].trigger()
    assert window.actions_by_id["redo"].text().startswith("&Redo Change Léa Moreau's feeling")


def test_ctrl_wheel_zooms_around_the_cursor(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.canvas
    view.actual_size()
    QApplication.processEvents()
    spot = QPoint(400, 300)
    before = view.mapToScene(spot)
    wheel = QWheelEvent(
        QPointF(spot),
        QPointF(view.viewport().mapToGlobal(spot)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(1.25)
    after = view.mapToScene(spot)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2


def test_zoom_shortcuts(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.zoom() == pytest.approx(1.0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.zoom() == pytest.approx(1.25)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.zoom() == pytest.approx(1.0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.sceneRect().adjusted(1, 1, -1, -1))
    assert "%" in window.zoom_label.text()


def _legend(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget

    return window.panels.personas.findChild(QListWidget, "persona_list")


def test_unticking_a_persona_hides_its_curve(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    persona = window.document.personas[1]
    item = _legend(window).item(1)
    assert item.text() == persona.name
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not window.canvas.item_for(persona.id).isVisible()
    assert window.canvas.item_for(window.document.personas[0].id).isVisible()
    item.setCheckState(Qt.CheckState.Checked)
    assert window.canvas.item_for(persona.id).isVisible()


def test_dark_theme_repaints_the_canvas(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.set_theme("dark")
    assert window.scene.backgroundBrush().color().lightness() < 60
    window.set_theme("light")
    assert window.scene.backgroundBrush().color().lightness() > 200


def test_opening_a_broken_file_says_so_and_keeps_the_current_map(
    make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    broken = tmp_path / "broken.journey"
    broken.write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    window.show_error = lambda title, text: shown.append(text)
    title = window.document.title
    chosen = [tp.id for tp in window.document.touchpoints[1:3]]
    window.scene.select_only(chosen)
    assert not window.open(broken)
    assert shown and str(broken) in shown[0] and "truncated" in shown[0]
    assert window.document.title == title
    # The map is still drawn (the editor lets its items go while reading the new file),
    # with the cards the user had selected still selected.
    assert sorted(window.scene.cards) == sorted(tp.id for tp in window.document.touchpoints)
    assert all(window.scene.cards[i].isVisible() for i in window.scene.cards)
    assert window.scene.selected_touchpoints() == chosen
    assert broken.read_text(encoding="utf-8") == "{ not json"


def test_new_from_a_template_starts_an_unsaved_map(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_map("three-phases", "fr")
    assert [p.name for p in window.document.phases] == [
        "Avant l'achat",
        "Pendant l'achat",
        "Après l'achat",
    ]
    assert window.windowTitle().startswith("Avant, pendant et après l'achat (unsaved)")
    assert window.undo_stack.count() == 0


def test_file_open_reads_a_pdf_export_back_as_a_new_unsaved_map(
    make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.export.options import ExportOptions
    from app.export.pdf import export_pdf

    window = make_window()
    original = window.document.model_copy(deep=True)
    pdf = tmp_path / "shared.pdf"
    pdf.write_bytes(export_pdf(original, ExportOptions(appendix=False)).data)
    assert window.open(pdf)
    assert window.document == original
    assert window.session.path is None
    assert "(unsaved)" in window.windowTitle()


def test_the_legend_follows_persona_edits_and_their_undo(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    window.session.push(cmd.edit(doc, "personas", doc.personas[0].id, name="Léa M."))
    assert _legend(window).item(0).text() == "Léa M."
    window.session.push(cmd.remove(doc, "personas", doc.personas[1].id))
    assert _legend(window).count() == 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [_legend(window).item(i).text() for i in range(_legend(window).count())] == [
        p.name for p in doc.personas
    ]


def test_print_names_the_document_as_export_names_its_file(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Print to file" suggested "Stress map: 2000 touchpoints.pdf": no ":" in a file name.
    from PySide6.QtPrintSupport import QPrintDialog

    window = make_window()
    window.session.push(
        cmd.edit(window.document, "map", "", title="Stress map: 2000 touchpoints / v2")
    )
    names: list[str] = []

    def look(dialog: QPrintDialog) -> int:
        names.append(dialog.printer().docName())
        return QPrintDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", look)
    window.actions_by_id["print"].trigger()
    assert names == ["Stress-map-2000-touchpoints-v2"]


def test_a_small_map_opens_at_actual_size_not_enlarged(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The Blank template opened at 155 %, the others at 60 to 85 %: a new map never opens
    # larger than life, and the whole of it shows.
    window = make_window()
    window.new_map("blank", "en")
    QApplication.processEvents()
    window.canvas.show_map()
    assert window.canvas.zoom() == pytest.approx(1.0)
    scene = window.scene.sceneRect()
    shown = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert shown.contains(scene)
