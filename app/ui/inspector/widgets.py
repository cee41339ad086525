"""Small field editors: colour button, score spin box, check box without a third click state."""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.model.document import EMOTION_MAX, EMOTION_MIN
from app.model.text import QT_TRANSLATE_NOOP
from app.ui import questions
from app.ui.icons import colour_chip

TEXTS = {
    "choose_colour": QT_TRANSLATE_NOOP("Inspector", "Choose a colour"),
    "no_score": QT_TRANSLATE_NOOP("Inspector", "No score"),
    "mixed": QT_TRANSLATE_NOOP("Inspector", "Several values"),
}
NO_SCORE = EMOTION_MIN - 0.5
"""The score spin box's lowest value stands for "no score"."""


def _t(key: str) -> str:
    """The text ``key`` of this module, translated."""
    return QCoreApplication.translate("Inspector", TEXTS[key])


class ColourButton(QPushButton):
    """Shows a colour as a swatch and its #rrggbb code; a click opens the colour dialog."""

    colour_chosen = Signal(str)

    def __init__(self, name: str = "colour", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(_t("choose_colour"))
        self.colour = "#000000"
        self.clicked.connect(self.open_dialog)

    def set_colour(self, colour: str) -> None:
        """Show ``colour`` (does not emit)."""
        self.colour = colour
        self.setIcon(colour_chip(colour, 16))
        self.setText(colour)

    def open_dialog(self) -> None:
        """Ask for a colour; the button's colour is the starting point."""
        chosen = questions.pick_colour(self, self.colour, _t("choose_colour"))
        if chosen is not None:
            self.choose(chosen)

    def choose(self, colour: str) -> None:
        """The user picked ``colour`` (what the dialog does, without the dialog)."""
        if colour.lower() != self.colour.lower():
            self.colour_chosen.emit(colour.lower())


def _wheel_scrolls_the_form(widget: QWidget, event: QWheelEvent) -> bool:
    """True when a wheel turn over an unfocused field should scroll the form instead."""
    if widget.hasFocus():
        return False
    event.ignore()  # the scroll area around the form takes it
    return True


class NumberSpin(QSpinBox):
    """A spin box the mouse wheel only changes once it has been clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_scrolls_the_form(self, event):
            super().wheelEvent(event)


class ScoreSpin(QDoubleSpinBox):
    """A persona's score at a card: -2 ... +2 in steps of 0.5, or "No score" at the bottom.

    ``score_chosen`` carries the new score, ``None`` for "no score". With
    several cards holding different scores the box reads "Several values".
    """

    score_chosen = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(NO_SCORE, EMOTION_MAX)
        self.setSingleStep(0.5)
        self.setDecimals(1)
        self.setKeyboardTracking(False)
        # Never so narrow that "Several values" is cut or the arrows go.
        self.setSpecialValueText(_t("mixed"))
        self.setMinimumWidth(self.sizeHint().width())
        self.setSpecialValueText(_t("no_score"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._loading = False
        self.valueChanged.connect(self._changed)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_scrolls_the_form(self, event):  # no score change by scrolling past
            super().wheelEvent(event)

    def score(self) -> float | None:
        """The score shown (None: no score)."""
        value = self.value()
        if value <= NO_SCORE:
            return None
        return max(EMOTION_MIN, value)

    def set_score(self, score: float | None, mixed: bool = False) -> None:
        """Show ``score`` (does not emit); ``mixed``: the cards disagree."""
        self._loading = True
        self.setSpecialValueText(_t("mixed") if mixed else _t("no_score"))
        self.setValue(NO_SCORE if score is None or mixed else score)
        self._loading = False

    def _changed(self, _: float) -> None:
        if self._loading:
            return
        self.setSpecialValueText(_t("no_score"))
        self.score_chosen.emit(self.score())


class TwoStateCheck(QCheckBox):
    """A check box shown half-checked when the cards disagree; a click checks it."""

    def nextCheckState(self) -> None:
        checked = self.checkState() == Qt.CheckState.Checked
        self.setTristate(False)
        self.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def show_state(self, values: set[bool]) -> None:
        """Checked, unchecked, or half-checked when ``values`` holds both."""
        self.blockSignals(True)
        if len(values) > 1:
            self.setTristate(True)
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setTristate(False)
            self.setChecked(True in values)
        self.blockSignals(False)


class ChoiceCombo(QComboBox):
    """A combo box of (label, value) choices; ``chosen`` carries the value the user picked."""

    chosen = Signal(object)

    def __init__(
        self, name: str, choices: list[tuple[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.values: list[Any] = []
        self.shown: tuple[Any, bool] = (None, True)
        """The value shown and whether the cards disagree (then any choice is an edit)."""
        self.set_choices(choices)
        self.setPlaceholderText(_t("mixed"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        value = self.values[index]
        if (value, False) != self.shown:  # picking the value already there is no edit
            self.shown = (value, False)
            self.chosen.emit(value)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not _wheel_scrolls_the_form(self, event):  # no change by scrolling past
            super().wheelEvent(event)

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        """Replace the entries (keeps the value shown when it is still offered)."""
        labels = [self.itemText(i) for i in range(self.count())]
        if [v for _, v in choices] == self.values and [t for t, _ in choices] == labels:
            return
        self.blockSignals(True)
        self.clear()
        self.values = [value for _, value in choices]
        for label, _ in choices:
            self.addItem(label)
        self.blockSignals(False)
        self.show_value(*self.shown)

    def show_value(self, value: Any, mixed: bool = False) -> None:
        """Show ``value`` (does not emit); ``mixed``: the cards disagree, show no entry."""
        self.shown = (value, mixed)
        self.blockSignals(True)
        index = -1 if mixed or value not in self.values else self.values.index(value)
        self.setCurrentIndex(index)
        self.blockSignals(False)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setObjectName("")  # gone for findChild now, deleted later (it may be sending)
            widget.deleteLater()


def coloured_label(text: str, colour: str, parent: QWidget | None = None) -> QLabel:
    """A label written in a persona's colour, with a swatch before it."""
    escaped = html.escape(text, quote=False)
    label = QLabel(f'<span style="color:{colour}">&#9632;</span> {escaped}', parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
