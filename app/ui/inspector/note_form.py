"""The inspector's form of a sticky note: its text, colour, author, and the card it is on."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.model.document import STICKY_COLOURS, StickyNote
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.inspector.editing import Context, TextField
from app.ui.inspector.form import Form
from app.ui.inspector.widgets import ChoiceCombo
from app.ui.note_colours import colour_choices

TEXTS = {
    "text": QT_TRANSLATE_NOOP("Inspector", "Text"),
    "colour": QT_TRANSLATE_NOOP("Inspector", "Colour"),
    "card": QT_TRANSLATE_NOOP("Inspector", "On card"),
    "free": QT_TRANSLATE_NOOP("Inspector", "Free on the map"),
    "other": QT_TRANSLATE_NOOP("Inspector", "Other ({colour})"),
    "quoted": QT_TRANSLATE_NOOP("Inspector", "“{title}”"),
}
TEXT_HEIGHT = 110


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class NoteForm(Form):
    """Edits one sticky note: its text (several lines), colour and author; shows its card."""

    collection = "notes"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, element_id, parent)
        editor = QPlainTextEdit(self)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(TEXT_HEIGHT)
        editor.setAccessibleName(_t("text"))
        self.texts["text"] = TextField(context, editor, self.target, "text")
        self.rows.addRow(_t("text"), editor)
        self.colour = ChoiceCombo("colour", self._choices(None), self)
        self.colour.setAccessibleName(_t("colour"))
        self.colour.chosen.connect(lambda colour: self.set(colour=colour))
        self.rows.addRow(_t("colour"), self.colour)
        self.add_text("author")
        self.card = QLabel(self)
        self.card.setObjectName("attached_to")
        self.card.setWordWrap(True)
        self.rows.addRow(_t("card"), self.card)

    @staticmethod
    def _choices(current: str | None) -> list[tuple[str, str]]:
        choices = colour_choices()
        if current is not None and current not in STICKY_COLOURS:
            choices.append((_t("other", colour=current), current))
        return choices

    def refresh_more(self, element: Any) -> None:
        assert isinstance(element, StickyNote)
        choices = self._choices(element.colour)
        if [value for _, value in choices] != self.colour.values:
            self.colour.set_choices(choices)
        self.colour.show_value(element.colour)
        if element.attached_to is None:
            self.card.setText(_t("free"))
        else:
            title = self.context.doc.touchpoint(element.attached_to).title
            self.card.setText(_t("quoted", title=title))
