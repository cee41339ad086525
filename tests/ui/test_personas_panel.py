"""The Personas panel: a designer adds, copies, deletes, reorders and restyles personas."""

import pytest
from conftest import answer_box
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QLineEdit, QToolButton

from app.model import commands as cmd
from app.model.document import Avatar
from app.model.fileformat import load
from app.resources import sample_map
from app.ui import questions
from app.ui.icons import persona_swatch
from app.ui.persona_card import initials
from app.ui.personas_panel import PersonasPanel
from app.ui.session import DocumentSession


@pytest.fixture
def panel(qtbot) -> PersonasPanel:  # type: ignore[no-untyped-def]
    session = DocumentSession(load(sample_map("en")))
    widget = PersonasPanel()
    widget.set_session(session, set())
    widget.resize(300, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(panel: PersonasPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def doc_names(panel: PersonasPanel) -> list[str]:
    return [p.name for p in panel.document.personas]


def click_row(qtbot, panel: PersonasPanel, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = panel.list.visualItemRect(panel.list.item(row))
    # Click on the name, away from the check box.
    qtbot.mouseClick(
        panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.right() - 20, rect.center().y()),
    )


def button(panel: PersonasPanel, name: str) -> QToolButton:
    found = panel.findChild(QToolButton, name)
    assert found is not None, name
    return found


def card_text(panel: PersonasPanel) -> str:
    return panel.preview.text.text()


def test_the_panel_lists_every_persona_and_shows_the_first_ones_card(panel: PersonasPanel) -> None:
    assert panel.list.objectName() == "persona_list"
    assert names(panel) == ["Léa Moreau", "Marc Girard"]
    lea = panel.document.personas[0]
    assert panel.current_persona() == lea.id
    assert panel.preview.objectName() == "persona_preview"
    assert "Léa Moreau" in card_text(panel)
    assert lea.role in card_text(panel)
    assert f"<i>“{lea.quote}”</i>" in card_text(panel) or lea.quote[:20] in card_text(panel)
    assert panel.preview.avatar.accessibleName() == "Initials of Léa Moreau"
    assert initials("Léa Moreau") == "LM"


def test_clicking_a_persona_makes_it_current_and_asks_for_the_inspector(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    marc = panel.document.personas[1]
    with (
        qtbot.waitSignal(panel.current_persona_changed) as current,
        qtbot.waitSignal(panel.persona_activated) as activated,
    ):
        click_row(qtbot, panel, 1)
    assert current.args == [marc.id]
    assert activated.args == [marc.id]
    assert panel.current_persona() == marc.id
    assert "Marc Girard" in card_text(panel)
    # Clicking it again shows it in the inspector again (after the user looked at a card).
    with qtbot.waitSignal(panel.persona_activated):
        click_row(qtbot, panel, 1)


def test_add_persona_adds_a_numbered_persona_selects_it_and_undo_removes_it(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.persona_activated):
        qtbot.mouseClick(button(panel, "add_persona"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Léa Moreau", "Marc Girard", "Persona 3"]
    assert panel.current_persona() == panel.document.personas[2].id
    assert "Persona 3" in card_text(panel)
    panel.session.undo_stack.undo()
    assert names(panel) == ["Léa Moreau", "Marc Girard"]


def test_duplicate_copies_the_persona_and_its_scores_in_one_undo_step(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    lea = doc.personas[0]
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(button(panel, "duplicate_persona"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Léa Moreau", "Léa Moreau (copy)", "Marc Girard"]
    copy = doc.personas[1]
    assert panel.current_persona() == copy.id
    assert [tp.emotions.get(copy.id) for tp in doc.touchpoints] == [
        tp.emotions.get(lea.id) for tp in doc.touchpoints
    ]
    assert panel.session.undo_stack.count() == 1
    panel.session.undo_stack.undo()
    assert names(panel) == ["Léa Moreau", "Marc Girard"]
    assert all(copy.id not in tp.emotions for tp in doc.touchpoints)


def test_delete_says_how_many_scores_go_and_undo_brings_them_back(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    marc = doc.personas[1]
    scores = {tp.id: tp.emotions[marc.id] for tp in doc.touchpoints if marc.id in tp.emotions}
    asked: list[str] = []
    panel.confirm = lambda title, text: asked.append(text) is None and False
    click_row(qtbot, panel, 1)
    qtbot.mouseClick(button(panel, "delete_persona"), Qt.MouseButton.LeftButton)
    assert asked == [
        "Delete the persona “Marc Girard” and its 15 emotion scores? You can undo this."
    ]
    assert names(panel) == ["Léa Moreau", "Marc Girard"]  # cancelled: nothing happened

    panel.confirm = lambda title, text: True
    with qtbot.waitSignal(panel.current_persona_changed) as current:
        qtbot.mouseClick(button(panel, "delete_persona"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Léa Moreau"]
    assert current.args == [doc.personas[0].id]
    assert all(marc.id not in tp.emotions for tp in doc.touchpoints)
    panel.session.undo_stack.undo()
    assert names(panel) == ["Léa Moreau", "Marc Girard"]
    assert {tp.id: tp.emotions[marc.id] for tp in doc.touchpoints if marc.id in tp.emotions} == (
        scores
    )


def test_dragging_a_persona_down_reorders_in_one_step(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(panel, "add_persona"), Qt.MouseButton.LeftButton)
    click_row(qtbot, panel, 0)
    stack = panel.session.undo_stack
    before = stack.count()
    # Drop Léa on the lower half of the last row: she goes to the end.
    rect = panel.list.visualItemRect(panel.list.item(2))
    drop = QDropEvent(
        QPointF(rect.center().x(), rect.bottom() - 2),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drops only from a real platform drag; hand the drop to the list as Qt would.
    panel.list.dropEvent(drop)
    qtbot.waitUntil(lambda: doc_names(panel)[-1] == "Léa Moreau")
    assert names(panel) == ["Marc Girard", "Persona 3", "Léa Moreau"]
    assert panel.list.currentItem().text() == "Léa Moreau"
    assert stack.count() == before + 1
    stack.undo()
    assert names(panel) == ["Léa Moreau", "Marc Girard", "Persona 3"]


def test_move_buttons_reorder_and_keep_the_selection(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, 0)
    assert not button(panel, "persona_up").isEnabled()
    qtbot.mouseClick(button(panel, "persona_down"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Marc Girard", "Léa Moreau"]
    assert panel.list.currentItem().text() == "Léa Moreau"
    assert not button(panel, "persona_down").isEnabled()
    qtbot.mouseClick(button(panel, "persona_up"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Léa Moreau", "Marc Girard"]


def rename_in_place(qtbot, panel: PersonasPanel, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, row)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_renaming_in_place_is_one_undo_step(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    # QTest types ASCII only.
    rename_in_place(qtbot, panel, 0, "Lea M.")
    qtbot.waitUntil(lambda: doc_names(panel)[0] == "Lea M.")
    assert names(panel) == ["Lea M.", "Marc Girard"]
    assert panel.session.undo_stack.undoText() == "Rename persona 'Léa Moreau' to 'Lea M.'"
    assert panel.session.undo_stack.count() == 1
    assert panel.list.currentItem().text() == "Lea M."


def test_a_name_already_taken_is_refused_with_a_sentence(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.status) as status:
        rename_in_place(qtbot, panel, 0, "marc girard")
    assert status.args == ["Another persona is already called “Marc Girard”."]
    assert names(panel) == ["Léa Moreau", "Marc Girard"]
    assert panel.session.undo_stack.count() == 0


def test_the_colour_button_recolours_the_current_persona(
    qtbot, panel: PersonasPanel, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(questions, "pick_colour", lambda parent, initial, title: "#123456")
    click_row(qtbot, panel, 1)
    icon_before = panel.list.item(1).icon().pixmap(44, 16).toImage()
    qtbot.mouseClick(button(panel, "persona_colour"), Qt.MouseButton.LeftButton)
    assert panel.document.personas[1].colour == "#123456"
    assert panel.list.item(1).icon().pixmap(44, 16).toImage() != icon_before
    assert "#123456" in card_text(panel)
    panel.session.undo_stack.undo()
    assert panel.document.personas[1].colour != "#123456"


def test_marker_and_line_are_chosen_from_the_context_menu(panel: PersonasPanel) -> None:
    lea = panel.document.personas[0]
    menu = panel.persona_menu(lea.id)
    marker_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Marker")
    star = next(a for a in marker_menu.actions() if a.objectName() == "marker:star")
    default = next(a for a in marker_menu.actions() if a.objectName() == "marker:default")
    assert default.isChecked() and not star.isChecked()
    star.trigger()
    assert panel.document.personas[0].marker == "star"
    menu = panel.persona_menu(lea.id)
    line_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Line")
    assert next(
        a for a in menu.findChildren(type(star)) if a.objectName() == "marker:star"
    ).isChecked()
    next(a for a in line_menu.actions() if a.objectName() == "dash:dotted").trigger()
    assert panel.document.personas[0].dash == "dotted"
    assert panel.session.undo_stack.count() == 2
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert (panel.document.personas[0].marker, panel.document.personas[0].dash) == (None, None)


def test_the_context_menu_offers_the_same_actions_as_the_buttons(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    marc = panel.document.personas[1]
    menu = panel.persona_menu(marc.id)
    by_name = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert {"add_persona", "duplicate_persona", "delete_persona", "persona_colour"} <= set(by_name)
    assert not by_name["persona_down"].isEnabled()
    by_name["persona_up"].trigger()
    assert names(panel) == ["Marc Girard", "Léa Moreau"]
    by_name["duplicate_persona"].trigger()
    assert names(panel) == ["Marc Girard", "Marc Girard (copy)", "Léa Moreau"]


def test_unticking_a_persona_hides_its_curve(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    marc = panel.document.personas[1]
    click_row(qtbot, panel, 1)
    with qtbot.waitSignal(panel.visibility_changed) as hidden:
        qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert hidden.args == [marc.id, False]
    assert panel.list.item(1).checkState() == Qt.CheckState.Unchecked
    assert panel.session.undo_stack.count() == 0  # a view setting, not an edit
    with qtbot.waitSignal(panel.visibility_changed) as shown:
        qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert shown.args == [marc.id, True]


def test_hidden_personas_stay_unticked_after_an_edit(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    marc = panel.document.personas[1]
    panel.set_session(panel.session, {marc.id})
    assert panel.list.item(1).checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(button(panel, "add_persona"), Qt.MouseButton.LeftButton)
    assert panel.list.item(1).checkState() == Qt.CheckState.Unchecked
    assert panel.list.item(0).checkState() == Qt.CheckState.Checked


def test_the_selection_stays_on_the_same_persona_when_another_is_edited(
    qtbot, panel: PersonasPanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    marc = doc.personas[1]
    click_row(qtbot, panel, 1)
    panel.session.push(cmd.move(doc, "personas", marc.id, 0))
    panel.session.push(cmd.edit(doc, "personas", doc.personas[1].id, name="Léa"))
    assert panel.current_persona() == marc.id
    assert panel.list.currentItem().text() == "Marc Girard"


def test_the_card_shows_the_avatar_and_goals(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    lea = panel.document.personas[0]
    avatar = Avatar.from_bytes(bytes(data.data()), "image/png")
    goals = ["Find a guitar", "Learn chords", "Play with friends", "Record a song"]
    panel.session.push(cmd.edit(panel.document, "personas", lea.id, avatar=avatar, goals=goals))
    assert panel.preview.avatar.accessibleName() == "Picture of Léa Moreau"
    picture = panel.preview.avatar.pixmap().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert centre.name() == "#336699"
    text = card_text(panel)
    assert "• Find a guitar" in text and "• Play with friends" in text
    assert "Record a song" not in text and "and 1 more" in text


def test_the_swatch_draws_the_chosen_marker() -> None:
    default = persona_swatch("#0072b2", 0).pixmap(44, 16).toImage()
    star = persona_swatch("#0072b2", 0, marker="star").pixmap(44, 16).toImage()
    assert default != star


def test_each_swatch_shows_its_curves_line_pattern_on_both_sides_of_the_marker() -> None:
    # At the curve's scale, the second persona's dashes ran under the marker: it looked solid.
    def gaps(index: int) -> tuple[int, int]:
        image = persona_swatch("#0072b2", index).pixmap(44, 16).toImage()
        y = image.height() // 2
        line = [image.pixelColor(x, y).alpha() < 64 for x in range(image.width())]
        middle = image.width() // 2
        return sum(line[2 : middle - 6]), sum(line[middle + 6 : -2])

    assert gaps(0) == (0, 0)  # solid
    for index in range(1, 8):
        left, right = gaps(index)
        assert left > 0 and right > 0, index


def test_delete_asks_in_a_message_box_by_default(qtbot, panel: PersonasPanel) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, 0)
    answer_box(qtbot, "Cancel")
    qtbot.mouseClick(button(panel, "delete_persona"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Léa Moreau", "Marc Girard"]
    answer_box(qtbot, "Yes")
    qtbot.mouseClick(button(panel, "delete_persona"), Qt.MouseButton.LeftButton)
    assert names(panel) == ["Marc Girard"]
