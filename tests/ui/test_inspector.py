"""The inspector: a designer edits every field of a card, phase, lane, persona or the map.

Each test drives the real widgets with key and mouse events and checks what the
designer would notice: the map, the undo history and the fields themselves.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.model import commands as cmd
from app.model.document import JourneyMap, Touchpoint
from app.model.errors import InputError
from app.model.fileformat import load
from app.resources import sample_map
from app.ui.inspector import Inspector, load_avatar
from app.ui.inspector.avatar import avatar_image
from app.ui.session import DocumentSession

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


class Harness:
    """An inspector on a copy of the sample map, with what it says on the status bar."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.session = DocumentSession(load(sample_map("en")))
        self.inspector = Inspector()
        qtbot.addWidget(self.inspector)
        self.messages: list[str] = []
        self.inspector.status.connect(self.messages.append)
        self.inspector.set_session(self.session)
        self.inspector.resize(480, 900)
        with qtbot.waitActive(self.inspector):  # focus follows clicks only in the active window
            self.inspector.show()
            self.inspector.activateWindow()

    @property
    def doc(self) -> JourneyMap:
        return self.session.document

    @property
    def steps(self) -> int:
        return self.session.undo_stack.count()

    def field(self, name: str, kind: type[Any] = QWidget) -> Any:
        widget = self.inspector.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} called {name!r}"
        self.inspector.scroll_area.ensureWidgetVisible(widget)
        return widget

    def click_into(self, widget: QWidget) -> None:
        target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        self.qtbot.mouseClick(target, LEFT, pos=QPoint(8, target.height() // 2))
        assert widget.hasFocus()

    def retype(self, widget: QWidget, text: str) -> None:
        """Click into a field, select everything and type ``text``."""
        self.click_into(widget)
        self.qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
        self.qtbot.keyClicks(widget, text)

    def undo(self) -> None:
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()


@pytest.fixture
def ui(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness(qtbot)
    yield harness
    harness.session.undo_stack.clear()


def _commit(ui: Harness) -> None:
    """Press Enter in the item being edited (the list takes the text on the next loop turn)."""
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()


def _card(ui: Harness, title: str) -> Touchpoint:
    return next(tp for tp in ui.doc.touchpoints if tp.title == title)


# -- text fields ------------------------------------------------------------------------------


def test_typing_a_title_is_one_undo_step_and_the_next_field_starts_another(ui: Harness) -> None:
    card = ui.doc.touchpoints[1]
    old_title, old_motivation = card.title, card.motivation
    ui.inspector.show_cards([card.id])
    assert ui.inspector.header.text() == "Card"

    ui.retype(ui.field("title", QLineEdit), "Ads everywhere")
    assert ui.doc.touchpoint(card.id).title == "Ads everywhere"
    assert ui.steps == 1

    motivation = ui.field("motivation", QPlainTextEdit)
    ui.click_into(motivation)
    ui.qtbot.keyClick(motivation, Qt.Key.Key_End, CTRL)
    ui.qtbot.keyClicks(motivation, " Or not.")
    assert ui.doc.touchpoint(card.id).motivation == old_motivation + " Or not."
    assert ui.steps == 2

    # Coming back to the title starts a new step too.
    title = ui.field("title", QLineEdit)
    ui.click_into(title)
    ui.qtbot.keyClick(title, Qt.Key.Key_End)
    ui.qtbot.keyClicks(title, "!")
    assert ui.steps == 3

    ui.undo()
    assert title.text() == "Ads everywhere"
    ui.undo()
    assert ui.doc.touchpoint(card.id).motivation == old_motivation
    assert motivation.toPlainText() == old_motivation
    ui.undo()
    assert ui.doc.touchpoint(card.id).title == old_title
    assert title.text() == old_title
    ui.redo()
    assert title.text() == "Ads everywhere"


def test_leaving_a_field_and_coming_back_starts_a_new_undo_step(ui: Harness) -> None:
    card = ui.doc.touchpoints[0]
    old_title = card.title
    ui.inspector.show_cards([card.id])
    title = ui.field("title", QLineEdit)
    ui.click_into(title)
    ui.qtbot.keyClick(title, Qt.Key.Key_End)
    ui.qtbot.keyClicks(title, " 1")
    ui.qtbot.keyClick(title, Qt.Key.Key_Tab)  # on to the channel, which changes nothing
    assert not title.hasFocus()
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert title.hasFocus()
    ui.qtbot.keyClick(title, Qt.Key.Key_End)
    ui.qtbot.keyClicks(title, " 2")
    assert ui.doc.touchpoint(card.id).title == old_title + " 1 2"
    assert ui.steps == 2
    ui.undo()
    assert ui.doc.touchpoint(card.id).title == old_title + " 1"


def _wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_past_a_score_or_a_channel_changes_nothing(ui: Harness) -> None:
    card = ui.doc.touchpoints[0].model_copy(deep=True)
    lea = ui.doc.personas[0]
    ui.inspector.show_cards([card.id])
    score = ui.field(f"emotion:{lea.id}", QDoubleSpinBox)
    _wheel(score, -1)
    _wheel(ui.field("channel", QComboBox), -1)
    assert ui.doc.touchpoint(card.id) == card
    assert ui.steps == 0
    ui.click_into(score)
    _wheel(score, 1)
    assert ui.doc.touchpoint(card.id).emotions[lea.id] == card.emotions[lea.id] + 0.5


def test_an_empty_title_is_refused_then_the_title_comes_back(ui: Harness) -> None:
    card = ui.doc.touchpoints[0].model_copy(deep=True)
    ui.inspector.show_cards([card.id])
    title = ui.field("title", QLineEdit)
    ui.click_into(title)
    ui.qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    ui.qtbot.keyClick(title, Qt.Key.Key_Backspace)

    assert ui.doc.touchpoint(card.id).title == card.title
    assert ui.steps == 0
    assert ui.messages[-1] == "A card needs a title."
    assert title.property("invalid") is True
    assert "border" in title.styleSheet()

    ui.click_into(ui.field("description", QPlainTextEdit))
    assert title.text() == card.title
    assert not title.property("invalid")


def test_a_refresh_while_typing_keeps_the_text_and_the_cursor(ui: Harness) -> None:
    card = ui.doc.touchpoints[0]
    old = card.title
    ui.inspector.show_cards([card.id])
    title = ui.field("title", QLineEdit)
    ui.click_into(title)
    ui.qtbot.keyClick(title, Qt.Key.Key_End)
    ui.qtbot.keyClicks(title, " ")  # the model strips it; the field must keep it
    title.setCursorPosition(3)
    ui.qtbot.keyClicks(title, "X")
    # Something else changes meanwhile (the canvas renames a phase).
    phase = ui.doc.phases[0]
    ui.session.push(cmd.edit(ui.doc, "phases", phase.id, name="Discovery"))
    assert title.text() == old[:3] + "X" + old[3:] + " "
    assert ui.doc.touchpoint(card.id).title == old[:3] + "X" + old[3:]
    assert title.cursorPosition() == 4
    assert title.hasFocus()


# -- lists -----------------------------------------------------------------------------------


def test_pain_points_are_added_edited_removed_and_reordered_one_step_each(ui: Harness) -> None:
    card = ui.doc.touchpoints[1]
    before = list(card.pain_points)
    assert len(before) == 2
    ui.inspector.show_cards([card.id])
    editor = ui.field("pain_points")
    items: QListWidget = editor.list

    ui.qtbot.mouseClick(editor.findChild(QWidget, "add"), LEFT)
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Too many choices")
    _commit(ui)
    assert ui.doc.touchpoint(card.id).pain_points == [*before, "Too many choices"]
    assert ui.steps == 1

    # Double-click the first item, retype it.
    rect = items.visualItemRect(items.item(0))
    ui.qtbot.mouseClick(items.viewport(), LEFT, pos=rect.center())
    ui.qtbot.mouseDClick(items.viewport(), LEFT, pos=rect.center())
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Ads all look alike")
    _commit(ui)
    assert ui.doc.touchpoint(card.id).pain_points == [
        "Ads all look alike",
        before[1],
        "Too many choices",
    ]
    assert ui.steps == 2

    # Ctrl+Down moves it down; the Up button moves it back.
    items.setFocus()
    items.setCurrentRow(0)
    ui.qtbot.keyClick(items, Qt.Key.Key_Down, CTRL)
    assert ui.doc.touchpoint(card.id).pain_points[:2] == [before[1], "Ads all look alike"]
    assert items.currentRow() == 1
    ui.qtbot.mouseClick(editor.findChild(QWidget, "up"), LEFT)
    assert ui.doc.touchpoint(card.id).pain_points[0] == "Ads all look alike"
    assert ui.steps == 4

    # Delete removes the selected item; the Remove button too.
    items.setCurrentRow(2)
    ui.qtbot.keyClick(items, Qt.Key.Key_Delete)
    assert ui.doc.touchpoint(card.id).pain_points == ["Ads all look alike", before[1]]
    items.setCurrentRow(0)
    ui.qtbot.mouseClick(editor.findChild(QWidget, "remove"), LEFT)
    assert ui.doc.touchpoint(card.id).pain_points == [before[1]]
    assert ui.steps == 6

    for _ in range(6):
        ui.undo()
    assert ui.doc.touchpoint(card.id).pain_points == before
    assert [items.item(r).text() for r in range(items.count())] == before


def test_delete_in_a_list_removes_the_item_not_the_selected_cards(ui: Harness) -> None:
    card = ui.doc.touchpoints[1]
    before = list(card.actions)
    ui.inspector.show_cards([card.id])
    deleted_cards: list[bool] = []
    delete_cards = QAction("Delete", ui.inspector)
    delete_cards.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete_cards.triggered.connect(lambda: deleted_cards.append(True))
    ui.inspector.addAction(delete_cards)  # as the main window's Edit > Delete
    items = ui.field("actions").list
    ui.click_into(items)
    items.setCurrentRow(0)
    ui.qtbot.keyClick(items, Qt.Key.Key_Delete)
    assert deleted_cards == []
    assert ui.doc.touchpoint(card.id).actions == before[1:]
    assert ui.steps == 1


def test_f2_edits_the_selected_question_in_place(ui: Harness) -> None:
    card = ui.doc.touchpoints[1]
    before = list(card.questions)
    ui.inspector.show_cards([card.id])
    items = ui.field("questions").list
    ui.click_into(items)
    items.setCurrentRow(1)
    ui.qtbot.keyClick(items, Qt.Key.Key_F2)
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    ui.qtbot.keyClicks(QApplication.focusWidget(), " Really?")
    _commit(ui)
    assert ui.doc.touchpoint(card.id).questions == [before[0], before[1] + " Really?"]
    assert ui.steps == 1


def test_an_item_added_then_left_empty_is_not_kept(ui: Harness) -> None:
    card = ui.doc.touchpoints[1]
    ui.inspector.show_cards([card.id])
    editor = ui.field("questions")
    count = editor.list.count()
    ui.qtbot.mouseClick(editor.findChild(QWidget, "add"), LEFT)
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert editor.list.count() == count
    assert ui.steps == 0


def test_an_opportunity_is_added_and_its_priority_raised(ui: Harness) -> None:
    card = ui.doc.touchpoints[0]
    ui.inspector.show_cards([card.id])
    editor = ui.field("opportunities")
    ui.qtbot.mouseClick(editor.findChild(QWidget, "add"), LEFT)
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Starter guide")
    _commit(ui)
    added = ui.doc.touchpoint(card.id).opportunities[-1]
    assert (added.text, added.priority) == ("Starter guide", "medium")

    priority = editor.findChild(QComboBox, "priority")
    assert priority.isEnabled()
    assert priority.currentText() == "Medium priority"
    priority.setFocus()
    ui.qtbot.keyClick(priority, Qt.Key.Key_Up)
    assert ui.doc.touchpoint(card.id).opportunities[-1].priority == "high"
    assert ui.steps == 2
    ui.undo()
    assert ui.doc.touchpoint(card.id).opportunities[-1].priority == "medium"
    assert priority.currentText() == "Medium priority"


# -- choices ---------------------------------------------------------------------------------


def test_the_channel_is_chosen_among_built_in_and_custom_channels(ui: Harness) -> None:
    card = _card(ui, "Talking guitar with friends")
    ui.inspector.show_cards([card.id])
    channel = ui.field("channel", QComboBox)
    names = [channel.itemText(i) for i in range(channel.count())]
    assert names[0] == "No channel"
    assert names[1:4] == ["Website", "E-mail", "Social media"]
    assert names[-2:] == ["YouTube", "Online community"]
    assert len(names) == 1 + 15 + 2
    assert not channel.itemIcon(1).isNull()
    assert channel.currentText() == "Word of mouth"

    channel.setFocus()
    ui.qtbot.keyClick(channel, Qt.Key.Key_Down)
    assert ui.doc.touchpoint(card.id).channel == "mobile_app"
    assert ui.steps == 1
    ui.undo()
    assert channel.currentText() == "Word of mouth"


def test_a_custom_channel_shows_its_own_icon(ui: Harness) -> None:
    youtube = ui.doc.channels[0]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
        '<rect width="16" height="16" fill="#ff0000"/></svg>'
    )
    ui.session.push(cmd.edit(ui.doc, "channels", youtube.id, icon=svg))
    ui.inspector.show_cards([ui.doc.touchpoints[0].id])
    channel = ui.field("channel", QComboBox)
    index = channel.findText(youtube.name)
    image = channel.itemIcon(index).pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8).name() == "#ff0000"


def test_picking_the_channel_a_card_already_has_is_no_edit(ui: Harness) -> None:
    card = _card(ui, "Talking guitar with friends")
    ui.inspector.show_cards([card.id])
    channel = ui.field("channel", QComboBox)
    channel.activated.emit(channel.currentIndex())  # what a click on the current entry sends
    assert ui.steps == 0


def test_moment_of_truth_and_evidence(ui: Harness) -> None:
    card = ui.doc.touchpoints[0]
    ui.inspector.show_cards([card.id])
    moment = ui.field("moment_of_truth", QCheckBox)
    ui.qtbot.mouseClick(moment, LEFT, pos=QPoint(6, moment.height() // 2))
    assert ui.doc.touchpoint(card.id).moment_of_truth is True
    evidence = ui.field("evidence", QComboBox)
    assert evidence.currentText() == "Observed"
    evidence.setFocus()
    ui.qtbot.keyClick(evidence, Qt.Key.Key_Down)
    assert ui.doc.touchpoint(card.id).evidence == "assumed"
    assert ui.steps == 2


# -- numbers ---------------------------------------------------------------------------------


def test_a_metric_value_is_typed_and_a_new_metric_added_in_one_step(ui: Harness) -> None:
    card = _card(ui, "Talking guitar with friends")
    metric = ui.doc.metrics[2]  # Time spent
    ui.inspector.show_cards([card.id])
    value = ui.field(f"metric:{metric.id}", QLineEdit)
    ui.retype(value, "12,5")
    assert ui.doc.touchpoint(card.id).metrics[metric.id] == 12.5
    assert ui.steps == 1
    ui.qtbot.keyClicks(value, "x")
    assert ui.messages[-1] == "“12,5x” is not a number."
    assert ui.doc.touchpoint(card.id).metrics[metric.id] == 12.5

    ui.qtbot.mouseClick(ui.field("add_metric", QPushButton), LEFT)
    ui.qtbot.keyClicks(ui.field("new_metric_name", QLineEdit), "Basket size")
    ui.qtbot.keyClicks(ui.field("new_metric_unit", QLineEdit), "EUR")
    ui.qtbot.keyClicks(ui.field("new_metric_value", QLineEdit), "240")
    ui.qtbot.mouseClick(ui.field("create_metric", QPushButton), LEFT)
    added = ui.doc.metrics[-1]
    assert (added.name, added.unit) == ("Basket size", "EUR")
    assert ui.doc.touchpoint(card.id).metrics[added.id] == 240
    assert ui.steps == 2
    assert ui.field(f"metric:{added.id}", QLineEdit).text() == "240"

    ui.undo()
    assert all(m.name != "Basket size" for m in ui.doc.metrics)
    assert added.id not in ui.doc.touchpoint(card.id).metrics
    assert ui.inspector.findChild(QLineEdit, f"metric:{added.id}") is None


def test_adding_a_metric_under_a_name_already_used_is_refused(ui: Harness) -> None:
    ui.inspector.show_cards([ui.doc.touchpoints[0].id])
    ui.qtbot.mouseClick(ui.field("add_metric", QPushButton), LEFT)
    ui.qtbot.keyClicks(ui.field("new_metric_name", QLineEdit), "time SPENT")
    ui.qtbot.keyClick(ui.field("new_metric_name", QLineEdit), Qt.Key.Key_Return)
    assert ui.messages[-1] == "The map already has a metric called “time SPENT”."
    assert ui.steps == 0


def test_a_persona_score_is_set_then_cleared(ui: Harness) -> None:
    card = ui.doc.touchpoints[0]
    lea = ui.doc.personas[0]
    ui.inspector.show_cards([card.id])
    score = ui.field(f"emotion:{lea.id}", QDoubleSpinBox)
    assert score.minimum() == -2.5 and score.maximum() == 2 and score.singleStep() == 0.5
    ui.retype(score, "-1.5")
    ui.qtbot.keyClick(score, Qt.Key.Key_Return)
    assert ui.doc.touchpoint(card.id).emotions[lea.id] == -1.5
    assert ui.steps == 1

    # Back in the box later: stepping down past -2 reaches "No score", one undo step.
    ui.click_into(ui.field("title", QLineEdit))
    ui.click_into(score)
    ui.qtbot.keyClick(score, Qt.Key.Key_Down)
    ui.qtbot.keyClick(score, Qt.Key.Key_Down)
    assert score.text() == "No score"
    assert lea.id not in ui.doc.touchpoint(card.id).emotions
    assert ui.steps == 2
    ui.undo()
    assert score.value() == -1.5


def test_several_cards_get_a_channel_in_one_undo_step(ui: Harness) -> None:
    cards = ui.doc.touchpoints[:3]
    before = [tp.channel for tp in cards]
    assert len(set(before)) > 1
    ui.inspector.show_cards([tp.id for tp in cards])
    assert ui.inspector.header.text() == "3 cards"
    assert ui.field("selection", QLabel).text() == "3 cards selected"
    channel = ui.field("channel", QComboBox)
    assert channel.currentIndex() == -1  # they disagree
    channel.setFocus()
    ui.qtbot.keyClicks(channel, "w")
    assert [ui.doc.touchpoint(tp.id).channel for tp in cards] == ["website"] * 3
    assert ui.steps == 1
    assert ui.session.undo_stack.undoText() == "Set channel of 3 cards"
    assert channel.currentText() == "Website"
    ui.undo()
    assert [ui.doc.touchpoint(tp.id).channel for tp in cards] == before
    assert channel.currentIndex() == -1

    # "No channel" is a choice too while they disagree.
    channel.activated.emit(0)
    assert [ui.doc.touchpoint(tp.id).channel for tp in cards] == [None] * 3


def test_several_cards_get_a_moment_of_truth_and_a_score_at_once(ui: Harness) -> None:
    cards = ui.doc.touchpoints[:2]
    marc = ui.doc.personas[1]
    ui.inspector.show_cards([tp.id for tp in cards])
    moment = ui.field("moment_of_truth", QCheckBox)
    ui.qtbot.mouseClick(moment, LEFT, pos=QPoint(6, moment.height() // 2))
    assert all(ui.doc.touchpoint(tp.id).moment_of_truth for tp in cards)
    score = ui.field(f"emotion:{marc.id}", QDoubleSpinBox)
    ui.retype(score, "2")
    ui.qtbot.keyClick(score, Qt.Key.Key_Return)
    assert [ui.doc.touchpoint(tp.id).emotions[marc.id] for tp in cards] == [2.0, 2.0]
    assert ui.steps == 2


# -- structure ------------------------------------------------------------------------------


def test_deleting_one_of_several_selected_cards_shows_the_others(ui: Harness) -> None:
    cards = ui.doc.touchpoints[:3]
    ui.inspector.show_cards([tp.id for tp in cards])
    ui.session.push(cmd.remove_touchpoints(ui.doc, [cards[0].id]))
    assert ui.inspector.header.text() == "2 cards"
    ui.session.push(cmd.remove_touchpoints(ui.doc, [cards[1].id]))
    assert ui.inspector.header.text() == "Card"
    assert ui.field("title", QLineEdit).text() == cards[2].title


def test_a_card_lane_holding_cards_cannot_show_something_else(ui: Harness) -> None:
    lane = ui.doc.lanes[0]
    ui.inspector.show_element("lanes", lane.id)
    assert ui.inspector.header.text() == "Lane"
    kind = ui.field("kind", QComboBox)
    assert kind.currentText() == "Cards"
    kind.setFocus()
    ui.qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert ui.doc.lane(lane.id).kind == "touchpoints"
    assert ui.steps == 0
    assert ui.messages[-1].startswith("This lane holds")
    assert kind.currentText() == "Cards"


def test_a_framework_lane_shows_another_field_and_no_second_emotion_lane(ui: Harness) -> None:
    lane = next(lane for lane in ui.doc.lanes if lane.field == "actions")
    ui.inspector.show_element("lanes", lane.id)
    kind = ui.field("kind", QComboBox)
    kind.setFocus()
    ui.qtbot.keyClick(kind, Qt.Key.Key_Down)
    changed = ui.doc.lane(lane.id)
    assert (changed.kind, changed.field, changed.name) == ("framework", "motivation", "Motivation")
    assert ui.steps == 1
    ui.qtbot.keyClicks(kind, "e")  # Emotions
    assert ui.doc.lane(lane.id).kind == "framework"
    assert ui.messages[-1].startswith("The map already has an emotion lane")
    assert ui.steps == 1


def test_a_lane_is_folded(ui: Harness) -> None:
    lane = ui.doc.lanes[4]
    ui.inspector.show_element("lanes", lane.id)
    collapsed = ui.field("collapsed", QCheckBox)
    assert not collapsed.isChecked()
    ui.qtbot.mouseClick(collapsed, LEFT, pos=QPoint(6, collapsed.height() // 2))
    assert ui.doc.lane(lane.id).collapsed
    ui.undo()
    assert not collapsed.isChecked()


def test_a_framework_lane_becomes_a_metric_lane(ui: Harness) -> None:
    lane = next(lane for lane in ui.doc.lanes if lane.field == "questions")
    time_spent = ui.doc.metrics[2]
    ui.inspector.show_element("lanes", lane.id)
    kind = ui.field("kind", QComboBox)
    kind.setFocus()
    ui.qtbot.keyClick(kind, Qt.Key.Key_End)  # the last metric
    ui.qtbot.keyClick(kind, Qt.Key.Key_Up)
    changed = ui.doc.lane(lane.id)
    assert (changed.kind, changed.field, changed.metric_id) == ("metric", None, time_spent.id)
    assert changed.name == time_spent.name
    assert kind.currentText() == f"Metric: {time_spent.name}"
    ui.undo()
    ui.undo()
    assert ui.doc.lane(lane.id).field == "questions"
    assert kind.currentText() == "Questions"


def test_a_phase_is_renamed_and_recoloured(ui: Harness) -> None:
    phase = ui.doc.phases[0]
    ui.inspector.show_element("phases", phase.id)
    assert ui.inspector.header.text() == "Phase"
    ui.retype(ui.field("name", QLineEdit), "Discovery")
    colour = ui.field("colour", QPushButton)
    assert colour.text() == phase.colour
    colour.choose("#123456")
    assert ui.doc.phase(phase.id).name == "Discovery"
    assert ui.doc.phase(phase.id).colour == "#123456"
    assert colour.text() == "#123456"
    assert ui.steps == 2


def test_a_deleted_element_leaves_the_map_form(ui: Harness) -> None:
    phase = ui.doc.phases[0]
    ui.inspector.show_element("phases", phase.id)
    ui.session.push(cmd.remove(ui.doc, "phases", phase.id))
    assert ui.inspector.header.text() == "Map"
    assert ui.field("title", QLineEdit).text() == ui.doc.title


# -- personas --------------------------------------------------------------------------------


def test_a_persona_gets_a_marker_a_line_and_an_age(ui: Harness) -> None:
    lea = ui.doc.personas[0]
    ui.inspector.show_element("personas", lea.id)
    marker = ui.field("marker", QComboBox)
    assert marker.currentText() == "Default (Circle)"
    marker.setFocus()
    ui.qtbot.keyClicks(marker, "s")
    assert ui.doc.persona(lea.id).marker == "square"
    dash = ui.field("dash", QComboBox)
    dash.setFocus()
    ui.qtbot.keyClick(dash, Qt.Key.Key_Down)
    ui.qtbot.keyClick(dash, Qt.Key.Key_Down)
    assert ui.doc.persona(lea.id).dash == "dashed"

    age = ui.field("age", QSpinBox)
    ui.retype(age, "41")
    ui.qtbot.keyClick(age, Qt.Key.Key_Return)
    assert ui.doc.persona(lea.id).age == 41
    steps = ui.steps
    ui.click_into(ui.field("location", QLineEdit))
    ui.click_into(age)  # a new visit to the field: a new undo step
    for _ in range(5):
        ui.qtbot.keyClick(age, Qt.Key.Key_PageDown)
    assert age.text() == "Not stated"
    assert ui.doc.persona(lea.id).age is None
    assert ui.steps == steps + 1


def test_a_persona_cannot_take_another_personas_name(ui: Harness) -> None:
    lea, marc = ui.doc.personas
    ui.inspector.show_element("personas", lea.id)
    ui.retype(ui.field("name", QLineEdit), marc.name)
    assert ui.doc.persona(lea.id).name != marc.name
    assert ui.messages[-1] == f"Another persona is already called “{marc.name}”."


def test_a_persona_ticks_preferred_channels(ui: Harness) -> None:
    lea = ui.doc.personas[0]
    ui.inspector.show_element("personas", lea.id)
    channels = ui.field("preferred_channels", QListWidget)
    website = channels.item(0)
    assert website.text() == "Website"
    rect = channels.visualItemRect(website)
    ui.qtbot.mouseClick(channels.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert "website" in ui.doc.persona(lea.id).preferred_channels
    assert ui.steps == 1


def _noise(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    seed = 12345
    for y in range(height):
        for x in range(width):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            image.setPixel(x, y, seed & 0xFFFFFF)
    return image


def test_a_big_picture_is_made_512_pixels_wide(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "wide.png"
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path))
    avatar = load_avatar(path)
    assert avatar.media_type == "image/png"
    stored = avatar_image(avatar)
    assert (stored.width(), stored.height()) == (512, 256)


def test_a_noisy_picture_is_stored_as_jpeg_under_the_cap(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "noise.png"
    assert _noise(600, 400).save(str(path))
    avatar = load_avatar(path)
    assert avatar.media_type == "image/jpeg"
    assert avatar_image(avatar).width() == 512


def test_a_text_file_is_not_a_picture(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a picture", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.txt"):
        load_avatar(path)


def test_a_persona_picture_is_set_and_removed(ui: Harness, tmp_path: Path) -> None:
    lea = ui.doc.personas[0]
    ui.inspector.show_element("personas", lea.id)
    path = tmp_path / "lea.png"
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    image.save(str(path))
    assert ui.field("choose_picture", QPushButton).isEnabled()
    remove = ui.field("remove_picture", QPushButton)
    assert not remove.isEnabled()

    form = ui.inspector.form
    assert form.set_picture_from(str(path))
    assert ui.doc.persona(lea.id).avatar is not None
    assert not ui.field("avatar", QLabel).pixmap().isNull()
    (tmp_path / "cv.txt").write_text("hello", encoding="utf-8")
    assert not form.set_picture_from(str(tmp_path / "cv.txt"))
    assert "cv.txt" in ui.messages[-1]

    ui.qtbot.mouseClick(remove, LEFT)
    assert ui.doc.persona(lea.id).avatar is None
    assert ui.steps == 2


# -- the map ---------------------------------------------------------------------------------


def test_the_map_form_edits_the_title_and_the_metrics(ui: Harness) -> None:
    assert ui.inspector.header.text() == "Map"
    ui.retype(ui.field("title", QLineEdit), "Guitars")
    assert ui.doc.title == "Guitars"
    metrics = len(ui.doc.metrics)

    ui.qtbot.mouseClick(ui.field("add_metric", QPushButton), LEFT)
    added = ui.doc.metrics[-1]
    name = ui.field(f"metric_name:{added.id}", QLineEdit)
    assert name.hasFocus()
    ui.qtbot.keyClicks(name, "Returns")
    assert ui.doc.metrics[-1].name == "Returns"
    assert ui.steps == 3

    conversion = ui.doc.metrics[0]
    ui.qtbot.mouseClick(ui.field(f"remove_metric:{conversion.id}", QAbstractButton), LEFT)
    assert len(ui.doc.metrics) == metrics
    assert all(lane.metric_id != conversion.id for lane in ui.doc.lanes)
    assert all(conversion.id not in tp.metrics for tp in ui.doc.touchpoints)
    ui.undo()
    assert ui.doc.metrics[0].id == conversion.id
    assert ui.field(f"metric_name:{conversion.id}", QLineEdit).text() == conversion.name


def test_the_map_language_names_the_channels(ui: Harness) -> None:
    language = ui.field("language", QComboBox)
    assert language.currentText() == "English"
    language.setFocus()
    ui.qtbot.keyClick(language, Qt.Key.Key_Down)
    assert ui.doc.language == "fr"
    ui.inspector.show_cards([ui.doc.touchpoints[0].id])
    assert ui.field("channel", QComboBox).itemText(1) == "Site web"


def test_undo_and_redo_of_edits_made_elsewhere_show_up(ui: Harness) -> None:
    card = ui.doc.touchpoints[0].model_copy(deep=True)
    ui.inspector.show_cards([card.id])
    title = ui.field("title", QLineEdit)
    actions = ui.field("actions")
    ui.session.push(cmd.edit(ui.doc, "touchpoints", card.id, title="Renamed on the canvas"))
    ui.session.push(cmd.edit(ui.doc, "touchpoints", card.id, actions=["Only this"]))
    assert title.text() == "Renamed on the canvas"
    assert actions.list.count() == 1
    ui.undo()
    ui.undo()
    assert title.text() == card.title
    assert [actions.list.item(r).text() for r in range(actions.list.count())] == card.actions
    ui.redo()
    assert title.text() == "Renamed on the canvas"
