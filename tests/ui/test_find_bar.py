"""The find bar: type a word, see the matching cards, step through them with Enter."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.model import commands as cmd
from app.model.fileformat import load
from app.model.search import find_cards
from app.resources import sample_map
from app.ui.canvas.scene import JourneyScene
from app.ui.canvas.view import JourneyView
from app.ui.find_bar import FindBar
from app.ui.session import DocumentSession


@dataclass
class Window:
    widget: QWidget
    session: DocumentSession
    scene: JourneyScene
    view: JourneyView
    bar: FindBar

    def text(self) -> QLineEdit:
        found = self.bar.findChild(QLineEdit, "find_text")
        assert found is not None
        return found

    def count(self) -> str:
        label = self.bar.findChild(QLabel, "find_count")
        assert label is not None
        return label.text()

    def titles(self, ids: list[str]) -> list[str]:
        return [self.session.document.touchpoint(i).title for i in ids]

    def card_in_view(self, touchpoint_id: str) -> bool:
        box = self.scene.layout.card(touchpoint_id)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return visible.contains(box.rect.centre_x, box.rect.centre_y)


@pytest.fixture
def window(qtbot) -> Window:  # type: ignore[no-untyped-def]
    session = DocumentSession(load(sample_map("en")))
    widget = QWidget()
    scene = JourneyScene(parent=widget)
    view = JourneyView(scene)
    bar = FindBar()
    column = QVBoxLayout(widget)
    column.addWidget(bar)
    column.addWidget(view)
    qtbot.addWidget(widget)
    view.set_session(session)
    scene.show_document(session.document)
    session.changed.connect(lambda _: scene.show_document(session.document))
    bar.set_session(session, view)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    view.set_zoom(1.0)
    view.show_top_left()
    view.setFocus()
    return Window(widget, session, scene, view, bar)


def test_typing_a_word_selects_the_matching_cards_and_shows_the_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not window.bar.isVisible()
    window.bar.open()
    assert window.bar.isVisible()
    qtbot.waitUntil(lambda: window.text().hasFocus())

    qtbot.keyClicks(window.text(), "JARGON")

    expected = find_cards(window.session.document, "jargon")
    assert len(expected) >= 1
    assert window.scene.selected_touchpoints() == expected
    assert window.count() == f"1 of {len(expected)}"
    assert window.bar.current_card() == expected[0]
    assert window.card_in_view(expected[0])


def test_enter_and_shift_enter_step_through_matches_and_wrap(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bar.open()
    qtbot.keyClicks(window.text(), "guitar")
    matches = find_cards(window.session.document, "guitar")
    assert len(matches) >= 3

    qtbot.keyClick(window.text(), Qt.Key.Key_Return)
    assert window.bar.current_card() == matches[1]
    assert window.count() == f"2 of {len(matches)}"
    assert window.card_in_view(matches[1])
    box = window.scene.layout.card(matches[1]).rect
    outline = window.bar.marker_rect()
    assert outline is not None and outline.contains(box.centre_x, box.centre_y)

    qtbot.keyClick(window.text(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.text(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.bar.current_card() == matches[-1]
    assert window.count() == f"{len(matches)} of {len(matches)}"
    assert window.card_in_view(matches[-1])

    qtbot.keyClick(window.text(), Qt.Key.Key_Enter)
    assert window.bar.current_card() == matches[0]


def test_no_match_says_so_and_disables_the_arrows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bar.open()
    qtbot.keyClicks(window.text(), "ukulele")
    assert window.count() == "No card matches"
    assert window.scene.selected_touchpoints() == []
    assert not window.bar.next_button.isEnabled()
    assert window.bar.marker_rect() is None


def test_escape_closes_the_bar_and_the_canvas_gets_the_keyboard_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bar.open()
    qtbot.keyClicks(window.text(), "guitar")
    qtbot.waitUntil(lambda: len(window.scene.selected_touchpoints()) > 1)
    qtbot.keyClick(window.text(), Qt.Key.Key_Return)
    current = window.bar.current_card()
    qtbot.keyClick(window.text(), Qt.Key.Key_Escape)

    # Only the card found last stays selected: a Delete now cannot reach every match.
    assert window.scene.selected_touchpoints() == [current]
    assert not window.bar.isVisible()
    assert window.bar.marker_rect() is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)

    window.bar.open()
    assert window.text().selectedText() == "guitar", "reopening selects the last search"


def test_find_next_with_the_bar_closed_reopens_it_on_the_last_search(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bar.open()
    qtbot.keyClicks(window.text(), "guitar")
    qtbot.keyClick(window.text(), Qt.Key.Key_Escape)
    window.scene.clearSelection()

    window.bar.next()

    assert window.bar.isVisible()
    matches = find_cards(window.session.document, "guitar")
    assert window.scene.selected_touchpoints() == matches
    assert window.bar.current_card() == matches[0]


def test_editing_a_card_while_searching_updates_the_count(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bar.open()
    qtbot.keyClicks(window.text(), "guitar")
    before = len(find_cards(window.session.document, "guitar"))
    other = next(
        tp
        for tp in window.session.document.touchpoints
        if tp.id not in find_cards(window.session.document, "guitar")
    )
    window.session.push(cmd.edit(window.session.document, "touchpoints", other.id, title="Guitar!"))
    assert window.count() == f"1 of {before + 1}"
