"""A list of map elements the user reorders by dragging and renames in place.

The Personas and Structure panels show their elements in it; each row keeps
its element's id under :data:`ID_ROLE`.
"""

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
"""The item data role holding a row's element id."""


class ReorderList(QListWidget):
    """A list of map elements the user reorders by dragging and renames in place.

    A drop does not move the row itself: it says which element goes where
    (``reordered``), the panel pushes one command, and the list is refilled
    from the document.
    """

    reordered = Signal(str, int)
    """(element id, its index afterwards)."""
    reactivated = Signal(str)
    """The user clicked the row that was already current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def element_id(self, row: int) -> str | None:
        """The id of the element shown at ``row``."""
        item = self.item(row)
        return None if item is None else str(item.data(ID_ROLE))

    def row_of(self, element_id: str | None) -> int:
        """The row showing ``element_id``, or -1."""
        for row in range(self.count()):
            if self.element_id(row) == element_id:
                return row
        return -1

    def drop_row(self, pos: QPoint) -> int:
        """The gap a drop at ``pos`` falls into (0 = above the first row)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.currentRow()
        gap = self.drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        element_id = self.element_id(row)
        target = gap if gap <= row else gap - 1
        if element_id is not None and target != row:
            # After the drop has finished: the list is refilled when the command runs.
            QTimer.singleShot(0, self, lambda: self.reordered.emit(element_id, target))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        before = self.currentItem()
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and item is before and event.button() == Qt.MouseButton.LeftButton:
            self.reactivated.emit(str(item.data(ID_ROLE)))
