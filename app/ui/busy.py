"""A wait cursor while the window cannot answer: reading a big map, pasting thousands of
cards. Short work never shows it (the cursor changes back before anything is drawn)."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor over every window of Parcours inside the block.

    Keep questions and error boxes out of the block: they want the normal cursor.
    """
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
