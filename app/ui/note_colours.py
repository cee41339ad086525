"""The sticky-note colours offered to the user, with their names.

One list for the note's context menu and the inspector, so a colour is added in one place.
"""

from PySide6.QtCore import QCoreApplication

from app.model.document import STICKY_COLOURS
from app.model.text import QT_TRANSLATE_NOOP

NAMES = (
    QT_TRANSLATE_NOOP("StickyNotes", "Yellow"),
    QT_TRANSLATE_NOOP("StickyNotes", "Orange"),
    QT_TRANSLATE_NOOP("StickyNotes", "Pink"),
    QT_TRANSLATE_NOOP("StickyNotes", "Green"),
    QT_TRANSLATE_NOOP("StickyNotes", "Blue"),
    QT_TRANSLATE_NOOP("StickyNotes", "Lilac"),
)
"""The user's names of :data:`app.model.document.STICKY_COLOURS`, in the same order."""


def colour_choices() -> list[tuple[str, str]]:
    """(name, ``#rrggbb``) of every sticky-note colour offered, in menu order."""
    return [
        (QCoreApplication.translate("StickyNotes", name), colour)
        for name, colour in zip(NAMES, STICKY_COLOURS, strict=True)
    ]
