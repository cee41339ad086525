"""The base of the inspector's forms: one element, its fields, kept in step with the model."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.model.text import QT_TRANSLATE_NOOP
from app.ui.inspector.editing import Context, TextField, model_element
from app.ui.inspector.lists import ListEditor

TEXTS = {
    "title": QT_TRANSLATE_NOOP("Inspector", "Title"),
    "name": QT_TRANSLATE_NOOP("Inspector", "Name"),
    "channel": QT_TRANSLATE_NOOP("Inspector", "Channel"),
    "description": QT_TRANSLATE_NOOP("Inspector", "Description"),
    "actions": QT_TRANSLATE_NOOP("Inspector", "Actions"),
    "motivation": QT_TRANSLATE_NOOP("Inspector", "Motivation"),
    "questions": QT_TRANSLATE_NOOP("Inspector", "Questions"),
    "pain_points": QT_TRANSLATE_NOOP("Inspector", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Inspector", "Opportunities"),
    "quotes": QT_TRANSLATE_NOOP("Inspector", "Quotes"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Inspector", "Moment of truth"),
    "evidence": QT_TRANSLATE_NOOP("Inspector", "Evidence"),
    "metrics": QT_TRANSLATE_NOOP("Inspector", "Metrics"),
    "emotions": QT_TRANSLATE_NOOP("Inspector", "Scores"),
    "colour": QT_TRANSLATE_NOOP("Inspector", "Colour"),
    "kind": QT_TRANSLATE_NOOP("Inspector", "Shows"),
    "collapsed": QT_TRANSLATE_NOOP("Inspector", "Collapsed"),
    "role": QT_TRANSLATE_NOOP("Inspector", "Role"),
    "age": QT_TRANSLATE_NOOP("Inspector", "Age"),
    "location": QT_TRANSLATE_NOOP("Inspector", "Location"),
    "quote": QT_TRANSLATE_NOOP("Inspector", "Quote"),
    "goals": QT_TRANSLATE_NOOP("Inspector", "Goals"),
    "challenges": QT_TRANSLATE_NOOP("Inspector", "Challenges"),
    "interests": QT_TRANSLATE_NOOP("Inspector", "Interests"),
    "buying_behaviour": QT_TRANSLATE_NOOP("Inspector", "Buying behaviour"),
    "preferred_channels": QT_TRANSLATE_NOOP("Inspector", "Preferred channels"),
    "marker": QT_TRANSLATE_NOOP("Inspector", "Marker"),
    "dash": QT_TRANSLATE_NOOP("Inspector", "Line style"),
    "avatar": QT_TRANSLATE_NOOP("Inspector", "Picture"),
    "author": QT_TRANSLATE_NOOP("Inspector", "Author"),
    "language": QT_TRANSLATE_NOOP("Inspector", "Language"),
}
TEXT_HEIGHT = 70


def label_for(field: str) -> str:
    """The label shown next to a field's editor."""
    return QCoreApplication.translate("Inspector", TEXTS[field])


class Form(QWidget):
    """Edits the fields of one element (``collection``, ``element_id``).

    Forms keep ids, never model objects: :meth:`refresh` re-reads the document.
    """

    collection = "map"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.element_id = element_id
        self.rows = QFormLayout(self)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock a label goes above its field rather than squeezing it.
        self.rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.texts: dict[str, TextField] = {}
        self.lists: dict[str, ListEditor] = {}

    def element(self) -> Any:
        """The element edited (KeyError when it is gone)."""
        return model_element(self.context, self.collection, self.element_id)

    def target(self) -> tuple[str, str]:
        """Where the edits go: (collection, element id)."""
        return self.collection, self.element_id

    def set(self, **changes: Any) -> bool:
        """Change fields as one undo step; a refused value puts the model's values back."""
        done = self.context.set_fields(self.collection, self.element_id, changes)
        if not done:
            self.refresh()
        return done

    # -- building ------------------------------------------------------------------------

    def add_row(self, field: str, widget: QWidget) -> QWidget:
        """Add ``widget`` under the label of ``field``."""
        self.rows.addRow(label_for(field), widget)
        return widget

    def add_text(
        self, field: str, multiline: bool = False, check: Callable[[str], str | None] | None = None
    ) -> TextField:
        """A text field: a line, or a few lines when ``multiline``."""
        editor: QLineEdit | QPlainTextEdit
        if multiline:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(TEXT_HEIGHT)
        else:
            editor = QLineEdit(self)
        text = TextField(self.context, editor, self.target, field, check)
        self.texts[field] = text
        self.add_row(field, editor)
        return text

    def add_list(self, field: str, editor: ListEditor | None = None) -> ListEditor:
        """A list field edited item by item."""
        editor = editor if editor is not None else ListEditor(field, self)
        editor.set_label(label_for(field))
        editor.edited.connect(lambda values, f=field: self.set(**{f: values}))
        self.lists[field] = editor
        self.add_row(field, editor)
        return editor

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the model's values (raises KeyError when the element is gone)."""
        element = self.element()
        for field, text in self.texts.items():
            text.show_value(getattr(element, field))
        for field, editor in self.lists.items():
            values = getattr(element, field)
            editor.set_values([v if isinstance(v, str) else v.model_dump() for v in values])
        self.refresh_more(element)

    def refresh_more(self, element: Any) -> None:
        """Show the fields that are not plain texts or lists."""
