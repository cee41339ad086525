"""Editable lists: actions, questions, pain points, quotes, goals... and opportunities.

One change (add, edit, remove, move) emits the whole new list once; the form
turns it into one SetFields, so each change is one undo step. Empty items are
dropped.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.text import QT_TRANSLATE_NOOP

TEXTS = {
    "add": QT_TRANSLATE_NOOP("Inspector", "Add"),
    "add_tip": QT_TRANSLATE_NOOP("Inspector", "Add an item and type it (Enter to keep it)."),
    "remove": QT_TRANSLATE_NOOP("Inspector", "Remove"),
    "remove_tip": QT_TRANSLATE_NOOP("Inspector", "Remove the selected item (Delete)."),
    "up": QT_TRANSLATE_NOOP("Inspector", "Up"),
    "up_tip": QT_TRANSLATE_NOOP("Inspector", "Move the selected item up (Ctrl+Up)."),
    "down": QT_TRANSLATE_NOOP("Inspector", "Down"),
    "down_tip": QT_TRANSLATE_NOOP("Inspector", "Move the selected item down (Ctrl+Down)."),
    "priority": QT_TRANSLATE_NOOP("Inspector", "Priority of the selected opportunity"),
    "priority_short": QT_TRANSLATE_NOOP("Inspector", "Priority"),
    "high": QT_TRANSLATE_NOOP("Inspector", "High priority"),
    "medium": QT_TRANSLATE_NOOP("Inspector", "Medium priority"),
    "low": QT_TRANSLATE_NOOP("Inspector", "Low priority"),
}
PRIORITIES = ("high", "medium", "low")
MAX_HEIGHT = 140
PRIORITY_COLOURS = {"high": "#d62728", "medium": "#e69f00", "low": "#7f7f7f"}


def _t(key: str) -> str:
    """The text ``key`` of this module, translated."""
    return QCoreApplication.translate("Inspector", TEXTS[key])


class _KeyList(QListWidget):
    """A list where Delete removes and Ctrl+Up / Ctrl+Down move the selected item."""

    def __init__(self, editor: "ListEditor") -> None:
        super().__init__(editor)
        self.editor = editor

    def event(self, event: QEvent) -> bool:
        # The window's Delete action (delete the selected cards) must not steal our keys.
        overridden = event.type() == QEvent.Type.ShortcutOverride
        if overridden and isinstance(event, QKeyEvent) and _list_key(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = _list_key(event)
        if key == "remove":
            self.editor.remove_current()
        elif key in ("up", "down"):
            self.editor.move_current(-1 if key == "up" else 1)
        else:
            super().keyPressEvent(event)


def _list_key(event: QKeyEvent) -> str | None:
    """What a key does in a list: "remove", "up", "down", or None."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == Qt.KeyboardModifier.NoModifier and event.key() in (
        Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace,
    ):
        return "remove"
    if modifiers == Qt.KeyboardModifier.ControlModifier:
        return {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}.get(Qt.Key(event.key()))
    return None


class ListEditor(QWidget):
    """A list of texts edited in place (double-click or F2), with Add, Remove, Up and Down."""

    edited = Signal(object)
    """The whole new list, after one change by the user."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.list = _KeyList(self)
        self.list.setObjectName(f"{name}:items")
        self.list.setAccessibleName(name)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # wrapped items stay told apart
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.viewport().installEventFilter(self)
        self.fit_height()
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model_values: list[Any] = []
        self._filling = False
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for key, handler in (
            ("add", self.add_item),
            ("remove", self.remove_current),
            ("up", lambda: self.move_current(-1)),
            ("down", lambda: self.move_current(1)),
        ):
            button = QToolButton(self)
            button.setObjectName(key)
            button.setText(_t(key))
            button.setToolTip(_t(f"{key}_tip"))
            button.clicked.connect(handler)
            buttons.addWidget(button)
            setattr(self, f"{key}_button", button)
        buttons.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(self.list)
        self.extra = QHBoxLayout()
        self.column.addLayout(self.extra)
        self.column.addLayout(buttons)

    def set_label(self, label: str) -> None:
        """Name the list and its buttons after the field, for screen readers."""
        self.list.setAccessibleName(label)
        for key in ("add", "remove", "up", "down"):
            button = getattr(self, f"{key}_button")
            button.setAccessibleName(f"{_t(key)} ({label})")

    # -- what an item holds (overridden by the opportunities list) -------------------------

    def item_value(self, item: QListWidgetItem) -> Any:
        """The value an item stands for."""
        return item.text().strip()

    def fill_item(self, item: QListWidgetItem, value: Any) -> None:
        """Show ``value`` in ``item``."""
        item.setText(value)

    def new_value(self) -> Any:
        """The value of a freshly added item (empty, so it is dropped unless typed in)."""
        return ""

    def is_empty(self, value: Any) -> bool:
        """Empty items are dropped."""
        return not value

    # -- showing and editing ---------------------------------------------------------------

    def values(self) -> list[Any]:
        """The list as shown, without empty items."""
        values = [self.item_value(self.list.item(row)) for row in range(self.list.count())]
        return [value for value in values if not self.is_empty(value)]

    def set_values(self, values: list[Any]) -> None:
        """Show the model's list; a list already shown is left alone (keeps an edit going)."""
        self.model_values = list(values)
        if values == self.values():
            return
        row = self.list.currentRow()
        self._filling = True
        self.list.clear()
        for value in values:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.fill_item(item, value)
            self.list.addItem(item)
        self._filling = False
        if values and row >= 0:
            self.list.setCurrentRow(min(row, len(values) - 1))
        self.fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_height()  # wrapped items take more lines in a narrower dock
        return False

    def fit_height(self) -> None:
        """As tall as the items and one spare line, up to a few lines (then it scrolls)."""
        rows = 0
        if self.list.count():
            self.list.doItemsLayout()  # wrap the items at the list's present width
            first = self.list.visualItemRect(self.list.item(0))
            last = self.list.visualItemRect(self.list.item(self.list.count() - 1))
            rows = last.bottom() - first.top() + 1
        wanted = rows + self.list.fontMetrics().height() + 8 + 2 * self.list.frameWidth()
        # No scroll bar unless needed: one that comes and goes would change the wrapping.
        self.list.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if wanted > MAX_HEIGHT
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.list.setFixedHeight(min(MAX_HEIGHT, wanted))

    def add_item(self) -> None:
        """Add an empty item at the end and start typing in it."""
        self._filling = True
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.fill_item(item, self.new_value())
        self.list.addItem(item)
        self._filling = False
        self.fit_height()
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    def remove_current(self) -> None:
        """Remove the selected item."""
        row = self.list.currentRow()
        if row < 0:
            return
        self._filling = True
        self.list.takeItem(row)
        self._filling = False
        self.fit_height()
        self._emit()

    def move_current(self, step: int) -> None:
        """Move the selected item ``step`` places (-1 up, +1 down)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._filling = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._filling = False
        self.list.setCurrentRow(target)
        self._emit()

    def _emit(self) -> None:
        values = self.values()
        if values != self.model_values:
            self.edited.emit(values)

    def _item_changed(self, _: QListWidgetItem) -> None:
        if not self._filling:
            self._emit()

    def _editor_closed(self, *_: Any) -> None:
        # An item left empty (Add then Escape, or text erased) is not kept.
        self._filling = True
        for row in reversed(range(self.list.count())):
            if self.is_empty(self.item_value(self.list.item(row))):
                self.list.takeItem(row)
        self._filling = False
        self.fit_height()


def _priority_icon(priority: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PRIORITY_COLOURS[priority]))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class OpportunityEditor(ListEditor):
    """Opportunities: each item is a text and a priority (high, medium, low)."""

    def __init__(self, name: str = "opportunities", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.priority = QComboBox(self)
        self.priority.setObjectName("priority")
        self.priority.setAccessibleName(_t("priority"))
        self.priority.setToolTip(_t("priority"))
        self.priority.setPlaceholderText(_t("priority_short"))
        for key in PRIORITIES:
            self.priority.addItem(_priority_icon(key), _t(key), key)
        self.priority.setEnabled(False)
        self.priority.activated.connect(self._priority_chosen)
        self.extra.addWidget(self.priority)
        self.extra.addStretch(1)
        self.list.currentRowChanged.connect(self._show_priority)

    def item_value(self, item: QListWidgetItem) -> Any:
        return {"text": item.text().strip(), "priority": item.data(Qt.ItemDataRole.UserRole)}

    def fill_item(self, item: QListWidgetItem, value: Any) -> None:
        item.setText(value["text"])
        item.setData(Qt.ItemDataRole.UserRole, value["priority"])
        item.setIcon(_priority_icon(value["priority"]))
        item.setToolTip(_t(value["priority"]))

    def new_value(self) -> Any:
        return {"text": "", "priority": "medium"}

    def is_empty(self, value: Any) -> bool:
        return not value["text"]

    def _show_priority(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        self.priority.setEnabled(item is not None)
        if item is None:
            self.priority.setCurrentIndex(-1)
        else:
            self.priority.setCurrentIndex(PRIORITIES.index(item.data(Qt.ItemDataRole.UserRole)))

    def _priority_chosen(self, index: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._filling = True
        value = self.item_value(item)
        self.fill_item(item, {**value, "priority": PRIORITIES[index]})
        self._filling = False
        self._emit()

    def set_values(self, values: list[Any]) -> None:
        super().set_values(values)
        self._show_priority(self.list.currentRow())
