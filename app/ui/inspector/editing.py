"""What every inspector form shares: pushing edits, refusing bad values, typing bursts.

A *typing burst* is what the user types in one field during one visit to it:
its keystrokes merge into one undo step. Moving to another field (or away and
back) starts a new burst, so it starts a new undo step.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.model.commands import Collection, Command, SetFields, index_of
from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.session import DocumentSession

TEXTS = {
    "card": QT_TRANSLATE_NOOP("Inspector", "A card needs a title."),
    "phase": QT_TRANSLATE_NOOP("Inspector", "A phase needs a name."),
    "lane": QT_TRANSLATE_NOOP("Inspector", "A lane needs a name."),
    "persona": QT_TRANSLATE_NOOP("Inspector", "A persona needs a name."),
    "metric": QT_TRANSLATE_NOOP("Inspector", "A metric needs a name."),
    "map": QT_TRANSLATE_NOOP("Inspector", "The map needs a title."),
    "too_long": QT_TRANSLATE_NOOP("Inspector", "This text is too long: at most 500 characters."),
    "refused": QT_TRANSLATE_NOOP("Inspector", "This value cannot be used ({problem})."),
}
INVALID_STYLE = "border: 2px solid #d62728;"


def _t(key: str, **values: Any) -> str:
    """The sentence ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class TypingEdit(SetFields):
    """A SetFields made by typing in one inspector field; merges only within one burst."""

    def __init__(
        self,
        collection: Collection | str,
        element_id: str,
        changes: dict[str, Any],
        doc: JourneyMap,
        burst: int,
        label: str | None = None,
    ) -> None:
        super().__init__(collection, element_id, changes, doc, label)  # type: ignore[arg-type]
        self.burst = burst

    def merge(self, later: SetFields) -> bool:
        return isinstance(later, TypingEdit) and later.burst == self.burst and super().merge(later)


class Context(QObject):
    """The open map as the forms see it, and the counter of typing bursts."""

    status = Signal(str)

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.burst = 0

    @property
    def doc(self) -> JourneyMap:
        """The document being edited (always re-read: views keep no model state)."""
        return self.session.document

    def new_burst(self) -> None:
        """The next typing edit starts a new undo step."""
        self.burst += 1

    def push(self, command: Command) -> None:
        """One undo step that never merges with the previous one."""
        self.new_burst()
        self.session.push(command, merge=False)

    def set_fields(
        self,
        collection: str,
        element_id: str,
        changes: dict[str, Any],
        typing: bool = False,
        label: str | None = None,
    ) -> bool:
        """Push a SetFields (merged with the burst's previous one when ``typing``).

        A refused value is not pushed: the user gets a sentence in ``status``.
        """
        try:
            if typing:
                command: SetFields = TypingEdit(
                    collection, element_id, changes, self.doc, self.burst, label
                )
            else:
                command = SetFields(collection, element_id, changes, self.doc, label)  # type: ignore[arg-type]
        except InputError as error:
            self.status.emit(refusal(collection, changes, error))
            return False
        if typing:
            self.session.push(command, merge=True)
        else:
            self.push(command)
        return True


_NOUN = {
    "touchpoints": "card",
    "phases": "phase",
    "lanes": "lane",
    "personas": "persona",
    "metrics": "metric",
    "map": "map",
}


def refusal(collection: str, changes: dict[str, Any], error: InputError) -> str:
    """One sentence saying why ``changes`` cannot be made."""
    for name in ("title", "name"):
        value = changes.get(name)
        if isinstance(value, str):
            if not value.strip():
                return _t(_NOUN.get(collection, "card"))
            if len(value.strip()) > 500:
                return _t("too_long")
    problem = "; ".join(p.message for p in error.problems) or error.describe()
    return _t("refused", problem=problem)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on a field holding a value that was refused."""
    widget.setStyleSheet(INVALID_STYLE if invalid else "")
    widget.setProperty("invalid", invalid)


class TextField(QObject):
    """Keeps one QLineEdit or QPlainTextEdit and one text field of an element in step.

    Each keystroke is a typing edit. A refused value stays in the field with a
    red border until the field loses focus; then the model's value comes back.
    """

    def __init__(
        self,
        context: Context,
        editor: QLineEdit | QPlainTextEdit,
        target: Callable[[], tuple[str, str]],
        field: str,
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(editor)
        self.context = context
        self.editor = editor
        self.target = target
        self.field = field
        self.check = check
        self.shown: str | None = None
        self._loading = False
        self._pushing = False
        editor.setObjectName(field)
        editor.installEventFilter(self)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._typed)
        else:
            editor.textChanged.connect(lambda: self._typed(editor.toPlainText()))

    def text(self) -> str:
        """What the field shows now."""
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def show_value(self, value: str) -> None:
        """Show the model's ``value`` unless the field already stands for it (keeps the cursor)."""
        if value == self.shown:
            return
        self.shown = value
        if self._pushing or self.text() == value:
            # The value comes from what the user is typing: the field already says it.
            return
        self._loading = True
        if isinstance(self.editor, QLineEdit):
            position = self.editor.cursorPosition()
            self.editor.setText(value)
            self.editor.setCursorPosition(min(position, len(value)))
        else:
            cursor = self.editor.textCursor()
            position = cursor.position()
            self.editor.setPlainText(value)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, len(value)))
            self.editor.setTextCursor(cursor)
        self._loading = False
        mark_invalid(self.editor, False)

    def _typed(self, text: str) -> None:
        if self._loading:
            return
        collection, element_id = self.target()
        problem = self.check(text) if self.check is not None else None
        if problem is not None:
            self.context.status.emit(problem)
            mark_invalid(self.editor, True)
            return
        self._pushing = True
        try:
            done = self.context.set_fields(collection, element_id, {self.field: text}, typing=True)
        finally:
            self._pushing = False
        if done:
            mark_invalid(self.editor, False)
            self.shown = _model_value(self.context, collection, element_id, self.field)
        else:
            mark_invalid(self.editor, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        invalid = bool(self.editor.property("invalid"))
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and invalid:
            collection, element_id = self.target()
            value = _model_value(self.context, collection, element_id, self.field)
            self.shown = None
            self.show_value(value)
        return False


def _model_value(context: Context, collection: str, element_id: str, field: str) -> Any:
    return getattr(model_element(context, collection, element_id), field)


def model_element(context: Context, collection: str, element_id: str) -> Any:
    """The element ``element_id`` of ``collection`` (the map for ``"map"``); KeyError if gone."""
    if collection == "map":
        return context.doc
    items = getattr(context.doc, collection)
    return items[index_of(items, element_id)]  # remembers where it was: typing looks it up often
