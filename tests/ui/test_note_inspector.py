"""The inspector shows a selected sticky note: its text, colour, author and card."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.model import notes as sticky
from app.model.fileformat import load
from app.resources import sample_map
from app.ui.inspector import Inspector
from app.ui.session import DocumentSession

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def inspector(qtbot: QtBot) -> Iterator[tuple[Inspector, DocumentSession, str]]:
    session = DocumentSession(load(sample_map("en")))
    card = next(tp for tp in session.document.touchpoints if tp.title.startswith("Card declined"))
    command, note_id = sticky.add_note(session.document, "Ask the bank", attached_to=card.id)
    session.push(command)
    panel = Inspector()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.resize(420, 700)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.show_element("notes", note_id)
    yield panel, session, note_id
    session.undo_stack.clear()


def test_typing_a_notes_text_is_one_undo_step(qtbot: QtBot, inspector) -> None:  # type: ignore[no-untyped-def]
    panel, session, note_id = inspector
    assert panel.header.text() == "Sticky note"
    label = panel.findChild(QLabel, "attached_to")
    assert label.text() == "“Card declined at MegaSound”"
    text = panel.findChild(QPlainTextEdit, "text")
    assert text.toPlainText() == "Ask the bank"
    steps = session.undo_stack.count()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClick(text, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(text, "Ask the bank")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "which cards fail")
    assert session.document.note(note_id).text == "Ask the bank\nwhich cards fail"
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.document.note(note_id).text == "Ask the bank"
    assert text.toPlainText() == "Ask the bank"


def test_colour_and_author_from_the_inspector(qtbot: QtBot, inspector) -> None:  # type: ignore[no-untyped-def]
    panel, session, note_id = inspector
    colour = panel.findChild(QComboBox, "colour")
    assert colour.currentText() == "Yellow"
    colour.setFocus()
    qtbot.keyClick(colour, Qt.Key.Key_Down)  # Orange
    qtbot.keyClick(colour, Qt.Key.Key_Down)  # Pink
    assert session.document.note(note_id).colour == "#ffc8dd"
    author = panel.findChild(QLineEdit, "author")
    qtbot.mouseClick(author, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(author, "Lea M")
    assert session.document.note(note_id).author == "Lea M"


def test_a_deleted_note_leaves_the_map_in_the_inspector(inspector) -> None:  # type: ignore[no-untyped-def]
    panel, session, note_id = inspector
    from app.model import commands as cmd

    session.push(cmd.remove(session.document, "notes", note_id))
    assert panel.header.text() == "Map"
