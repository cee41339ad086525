"""An open map: the document, where it lives, and its undo stack of model commands."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.i18n import current_language
from app.model.commands import Change, Command, SetFields
from app.model.document import JourneyMap, now
from app.model.fileformat import save

MERGE_TYPING = 1
"""QUndoCommand id shared by typing edits that merge into one undo step."""


class UndoCommand(QUndoCommand):
    """A model command on Qt's undo stack; the stack's text is the command's label."""

    def __init__(self, session: "DocumentSession", command: Command, merge: bool = False) -> None:
        super().__init__(command.label)
        self.language = current_language()
        """The interface language the label was written in (Edit ▸ Undo names the step only
        in that language)."""
        self.session = session
        self.command = command
        self.merge = merge and isinstance(command, SetFields)

    def redo(self) -> None:
        self.session.emit_changes(self.command.apply(self.session.document))

    def undo(self) -> None:
        self.session.emit_changes(self.command.revert(self.session.document))

    def id(self) -> int:
        return MERGE_TYPING if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand) or not other.merge:
            return False
        mine, theirs = self.command, other.command
        if isinstance(mine, SetFields) and isinstance(theirs, SetFields) and mine.merge(theirs):
            self.setText(mine.label)  # a rename names what it renames to, key after key
            return True
        return False


class _Forget(QUndoCommand):
    """Pushed to clear the redo steps: obsolete once done, so the stack keeps none of it."""

    def redo(self) -> None:
        self.setObsolete(True)


class DocumentSession(QObject):
    """The map being edited. Every edit goes through :meth:`push`, so every edit can be undone."""

    changed = Signal(object)
    """Emitted with the list of :class:`~app.model.commands.Change` after each (un)done command."""

    def __init__(
        self, document: JourneyMap, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        """Opened read-only (the file is open elsewhere): Save asks for another file."""

    def push(self, command: Command, merge: bool = False) -> None:
        """Apply ``command`` as one undo step (``merge``: fold into the previous typing step)."""
        self.undo_stack.push(UndoCommand(self, command, merge))

    def withdraw(self) -> None:
        """Undo the last step and forget it: nothing is left to redo (a card made and let go
        with Esc at once was never really made)."""
        self.undo_stack.undo()
        self.undo_stack.push(_Forget())

    def emit_changes(self, changes: list[Change]) -> None:
        """Tell the views what a command changed."""
        self.changed.emit(changes)

    @property
    def modified(self) -> bool:
        """True when there are changes not yet saved."""
        return not self.undo_stack.isClean()

    def save_to(self, path: Path, backup: bool = False) -> None:
        """Save atomically to ``path`` (stamping the modification time) and mark it clean.

        ``backup`` keeps the previous version beside the file.
        """
        stamped = self.document.model_copy(update={"modified": now()})
        save(stamped, path, backup=backup)
        self.document.modified = stamped.modified
        self.path = path
        self.undo_stack.setClean()
