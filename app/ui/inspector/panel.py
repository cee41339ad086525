"""The inspector: the form of whatever is selected, or of the map when nothing is."""

from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.model.commands import Change
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.inspector.card_form import CardForm
from app.ui.inspector.editing import Context
from app.ui.inspector.map_form import MapForm
from app.ui.inspector.multi_form import MultiCardForm
from app.ui.inspector.note_form import NoteForm
from app.ui.inspector.persona_form import PersonaForm
from app.ui.inspector.structure_forms import LaneForm, PhaseForm
from app.ui.session import DocumentSession

TEXTS = {
    "map": QT_TRANSLATE_NOOP("Inspector", "Map"),
    "touchpoints": QT_TRANSLATE_NOOP("Inspector", "Card"),
    "cards": QT_TRANSLATE_NOOP("Inspector", "{count} cards"),
    "phases": QT_TRANSLATE_NOOP("Inspector", "Phase"),
    "lanes": QT_TRANSLATE_NOOP("Inspector", "Lane"),
    "personas": QT_TRANSLATE_NOOP("Inspector", "Persona"),
    "notes": QT_TRANSLATE_NOOP("Inspector", "Sticky note"),
    "nothing": QT_TRANSLATE_NOOP("Inspector", "No map is open."),
}
ELEMENT_FORMS: dict[str, Any] = {
    "phases": PhaseForm,
    "lanes": LaneForm,
    "personas": PersonaForm,
    "notes": NoteForm,
}


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class Inspector(QWidget):
    """Edits every field of the selected card(s), phase, lane or persona, or of the map.

    Each edit is one model command; typing in one field is one undo step. The
    forms re-read the document after every change, so undo, redo and canvas
    edits show up here.
    """

    status = Signal(str)
    """A sentence for the status bar, e.g. why a value was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector_panel")
        self.session: DocumentSession | None = None
        self.context: Context | None = None
        self.form: Any = None
        self.shown: tuple[str, tuple[str, ...]] = ("none", ())
        self.header = QLabel(_t("nothing"), self)
        self.header.setObjectName("inspector_header")
        font = QFont(self.header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.header)
        column.addWidget(self.scroll_area, 1)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    def set_session(self, session: DocumentSession) -> None:
        """Edit the map of ``session`` (a map was opened); shows the map's form."""
        if self.session is not None:
            with suppress(RuntimeError, TypeError):  # that session may already be gone
                self.session.changed.disconnect(self._on_changed)
        if self.context is not None:
            self.context.deleteLater()
        self.session = session
        self.context = Context(session, self)
        self.context.status.connect(self.status)
        session.changed.connect(self._on_changed)
        self.shown = ("none", ())
        self.show_map()

    def show_map(self) -> None:
        """Nothing is selected: edit the map's own fields."""
        self._show("map", ())

    def show_cards(self, ids: list[str]) -> None:
        """Edit one card, or what several cards share."""
        if self.context is None:
            return
        existing = {tp.id for tp in self.context.doc.touchpoints}
        ids = [i for i in ids if i in existing]
        if not ids:
            self.show_map()
        elif len(ids) == 1:
            self._show("touchpoints", (ids[0],))
        else:
            self._show("cards", tuple(ids))

    def show_element(self, collection: str, element_id: str) -> None:
        """Edit a phase, lane, persona or sticky note (``collection``: "phases", "notes"...)."""
        if self.context is None:
            return
        if collection not in ELEMENT_FORMS or element_id not in {
            e.id for e in getattr(self.context.doc, collection)
        }:
            self.show_map()
            return
        self._show(collection, (element_id,))

    # -- switching and refreshing ---------------------------------------------------------

    def _show(self, kind: str, ids: tuple[str, ...]) -> None:
        if self.context is None:
            return
        if (kind, ids) == self.shown and self.form is not None:
            self._refresh()
            return
        self.context.new_burst()
        context = self.context
        if kind == "map":
            form: Any = MapForm(context, "", self)
        elif kind == "touchpoints":
            form = CardForm(context, ids[0], self)
        elif kind == "cards":
            form = MultiCardForm(context, list(ids), self)
        else:
            form = ELEMENT_FORMS[kind](context, ids[0], self)
        self.shown = (kind, ids)
        self.form = form
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(form)
        column.addStretch(1)  # fields stay together at the top of a tall dock
        self.scroll_area.setWidget(page)
        page.show()  # a widget put in a visible scroll area is not shown by itself
        self.header.setText(self._header_text())
        self._refresh()

    def _header_text(self) -> str:
        kind, ids = self.shown
        return _t("nothing") if kind == "none" else _t(kind, count=number_text(len(ids)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch).

        The form is built again (its labels, choices and hints are set when it is built);
        the field that had the keyboard gets it back.
        """
        self.header.setText(self._header_text())
        if self.context is None or self.form is None:
            return
        focused = QApplication.focusWidget()
        name = focused.objectName() if focused is not None and self.isAncestorOf(focused) else ""
        kind, ids = self.shown
        self.form = None  # built again, even for the same selection
        self._show(kind, ids)
        if name:
            again = self.scroll_area.findChild(QWidget, name)
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        try:
            self.form.refresh()
        except KeyError:
            # What was shown is gone (deleted, or undone): show what is left of it.
            kind, ids = self.shown
            if kind == "cards":
                self.show_cards(list(ids))
            elif kind != "map":
                self.show_map()

    def _on_changed(self, changes: list[Change]) -> None:
        del changes  # every form re-reads the document; its editors skip unchanged values
        if self.form is not None:
            self._refresh()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Typing in another field (or coming back to one) starts a new undo step.
        if self.context is not None and new is not None and self.isAncestorOf(new):
            self.context.new_burst()
