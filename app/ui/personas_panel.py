"""The Personas panel: the map's personas, their look and visibility, and a card of the current one.

Add, duplicate, delete, reorder, rename, recolour and restyle personas here;
every gesture is one command on the undo stack. The inspector edits the other
persona fields. Unticking a persona hides its curve (a view setting, not an edit).
"""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import plural
from app.model import commands as cmd
from app.model import structure
from app.model.commands import Change, Command, SetFields
from app.model.document import JourneyMap
from app.model.palette import DASH_PATTERNS, PERSONA_MARKERS
from app.model.text import QT_TRANSLATE_NOOP
from app.ui import questions
from app.ui.controls import ButtonSpec, add_action, set_tips, tool_button_row
from app.ui.icons import PERSONA_SWATCH, persona_swatch
from app.ui.persona_card import PersonaCard
from app.ui.reorder_list import ID_ROLE, ReorderList
from app.ui.session import DocumentSession

MARKER_NAMES: dict[str, str] = {
    "circle": QT_TRANSLATE_NOOP("PersonasPanel", "Circle"),
    "square": QT_TRANSLATE_NOOP("PersonasPanel", "Square"),
    "triangle": QT_TRANSLATE_NOOP("PersonasPanel", "Triangle"),
    "diamond": QT_TRANSLATE_NOOP("PersonasPanel", "Diamond"),
    "triangle-down": QT_TRANSLATE_NOOP("PersonasPanel", "Triangle Down"),
    "cross": QT_TRANSLATE_NOOP("PersonasPanel", "Cross"),
    "plus": QT_TRANSLATE_NOOP("PersonasPanel", "Plus"),
    "star": QT_TRANSLATE_NOOP("PersonasPanel", "Star"),
}
DASH_NAMES: dict[str, str] = {
    "solid": QT_TRANSLATE_NOOP("PersonasPanel", "Solid"),
    "dashed": QT_TRANSLATE_NOOP("PersonasPanel", "Dashed"),
    "dotted": QT_TRANSLATE_NOOP("PersonasPanel", "Dotted"),
    "dash-dot": QT_TRANSLATE_NOOP("PersonasPanel", "Dash-Dot"),
    "fine-dots": QT_TRANSLATE_NOOP("PersonasPanel", "Fine Dots"),
    "long-dash": QT_TRANSLATE_NOOP("PersonasPanel", "Long Dash"),
    "dash-dot-dot": QT_TRANSLATE_NOOP("PersonasPanel", "Dash-Dot-Dot"),
    "sparse": QT_TRANSLATE_NOOP("PersonasPanel", "Sparse"),
}


def look_name(value: str) -> str:
    """The name of a persona marker or line style, translated ("dash-dot" -> "Dash-Dot")."""
    names = {**MARKER_NAMES, **DASH_NAMES}
    if value not in names:
        return value.replace("-", " ").capitalize()
    return QCoreApplication.translate("PersonasPanel", names[value])


class PersonasPanel(QWidget):
    """The Personas dock's content: the list of personas and a card of the current one."""

    visibility_changed = Signal(str, bool)
    """A persona's curve is shown (True) or hidden; connect to scene.set_persona_visible."""
    current_persona_changed = Signal(object)
    """The persona the canvas scores for (an id), or None when the map has none."""
    persona_activated = Signal(str)
    """The user selected a persona: show it in the inspector."""
    status = Signal(str)
    """A sentence for the status bar (e.g. why a rename was refused)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.hidden: set[str] = set()
        self.confirm: Callable[[str, str], bool] = lambda title, question: questions.confirm(
            self, title, question
        )
        """Asks (title, question) and returns True to go ahead; tests replace it."""
        self._filling = False
        self._current: str | None = None
        self._select_next: str | None = None

        self.list = ReorderList(self)
        self.list.setObjectName("persona_list")
        self.list.setAccessibleName(QCoreApplication.translate("PersonasPanel", "Personas"))
        self.list.setIconSize(PERSONA_SWATCH)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.reordered.connect(self._reordered)
        self.list.reactivated.connect(self.persona_activated)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.buttons: dict[str, QToolButton] = {}
        tips = self._tips()
        specs: list[ButtonSpec] = [
            ("add_persona", "+", tips["add_persona"], self.add_persona),
            ("duplicate_persona", "⧉", tips["duplicate_persona"], self.duplicate_persona),
            ("delete_persona", "−", tips["delete_persona"], self.delete_persona),
            ("persona_colour", "●", tips["persona_colour"], self.recolour_persona),
            ("persona_up", "↑", tips["persona_up"], lambda: self.move_persona(-1)),
            ("persona_down", "↓", tips["persona_down"], lambda: self.move_persona(1)),
        ]
        buttons = tool_button_row(self, specs, self.buttons)

        self.preview = PersonaCard(self)
        # A long card scrolls instead of squeezing the list.
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 2)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 3)
        self._update_buttons()
        self.preview.show_persona(None)

    def _tips(self) -> dict[str, str]:
        return {
            "add_persona": QCoreApplication.translate("PersonasPanel", "Add a persona"),
            "duplicate_persona": QCoreApplication.translate(
                "PersonasPanel", "Duplicate the persona"
            ),
            "delete_persona": QCoreApplication.translate("PersonasPanel", "Delete the persona…"),
            "persona_colour": QCoreApplication.translate(
                "PersonasPanel", "Change the persona's colour…"
            ),
            "persona_up": QCoreApplication.translate("PersonasPanel", "Move the persona up"),
            "persona_down": QCoreApplication.translate("PersonasPanel", "Move the persona down"),
        }

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch)."""
        self.list.setAccessibleName(QCoreApplication.translate("PersonasPanel", "Personas"))
        set_tips(self.buttons, self._tips())
        current = self.current_persona() if self.session is not None else None
        self.preview.show_persona(self.document.persona(current) if current else None)

    # -- the document ---------------------------------------------------------------------

    def set_session(self, session: DocumentSession, hidden: set[str]) -> None:
        """Show the personas of ``session``'s map; ``hidden``: ids whose curves are hidden."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.hidden = hidden
        self._current = None
        session.changed.connect(self._on_changed)
        self._filling = True
        self.list.clear()
        self._filling = False
        self.refresh()

    def _on_changed(self, changes: list[Change]) -> None:
        if any(change.collection == "personas" for change in changes):
            self.refresh()

    @property
    def document(self) -> JourneyMap:
        """The map shown."""
        assert self.session is not None
        return self.session.document

    def current_persona(self) -> str | None:
        """The selected persona, else the first one, else None."""
        selected = self.list.element_id(self.list.currentRow())
        if selected is not None:
            return selected
        return self.document.personas[0].id if self.session and self.document.personas else None

    def select_persona(self, persona_id: str) -> None:
        """Make ``persona_id`` the current persona."""
        self.list.setCurrentRow(self.list.row_of(persona_id))

    def refresh(self) -> None:
        """Re-read the personas from the document, keeping the selection on the same persona."""
        if self.session is None:
            return
        doc = self.document
        keep = self._select_next or self.list.element_id(self.list.currentRow())
        old_row = self.list.currentRow()
        self._select_next = None
        self._filling = True
        try:
            self.list.clear()
            for index, persona in enumerate(doc.personas):
                item = QListWidgetItem(
                    persona_swatch(
                        persona.colour, index, PERSONA_SWATCH, persona.dash, persona.marker
                    ),
                    persona.name,
                )
                item.setData(ID_ROLE, persona.id)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                )
                item.setCheckState(
                    Qt.CheckState.Unchecked if persona.id in self.hidden else Qt.CheckState.Checked
                )
                details = [persona.role, f"“{persona.quote}”" if persona.quote else ""]
                item.setToolTip("\n".join(d for d in details if d) or persona.name)
                self.list.addItem(item)
            row = self.list.row_of(keep)
            if row < 0 and old_row >= 0 and doc.personas:
                row = min(old_row, len(doc.personas) - 1)
            self.list.setCurrentRow(row)
        finally:
            self._filling = False
        self._current_moved()

    def _current_moved(self) -> None:
        self._update_buttons()
        current = self.current_persona()
        self.preview.show_persona(self.document.persona(current) if current else None)
        if current != self._current:
            self._current = current
            self.current_persona_changed.emit(current)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = self.session is not None and self.current_persona() is not None
        for name in ("duplicate_persona", "delete_persona", "persona_colour"):
            self.buttons[name].setEnabled(has)
        self.buttons["persona_up"].setEnabled(row > 0)
        self.buttons["persona_down"].setEnabled(0 <= row < self.list.count() - 1)
        # Only the dot's colour is the persona's: a palette with that one role set lets the
        # button's background follow the theme (a style sheet kept the previous theme's).
        dot = QPalette()
        if has and self.session is not None:
            colour = self.document.persona(self.current_persona() or "").colour
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                dot.setColor(group, QPalette.ColorRole.ButtonText, QColor(colour))
        self.buttons["persona_colour"].setPalette(dot)

    # -- reacting to the list ---------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if self._filling or self.session is None:
            return
        self._current_moved()
        element_id = self.list.element_id(row)
        if element_id is not None:
            self.persona_activated.emit(element_id)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling or self.session is None:
            return
        persona_id = str(item.data(ID_ROLE))
        visible = item.checkState() == Qt.CheckState.Checked
        if visible == (persona_id in self.hidden):
            if visible:
                self.hidden.discard(persona_id)
            else:
                self.hidden.add(persona_id)
            self.visibility_changed.emit(persona_id, visible)
        name = item.text()
        if name != self.document.persona(persona_id).name:
            # Pushed once the editor has closed: the command refills this list.
            QTimer.singleShot(0, self, lambda: self.rename_persona(persona_id, name))

    def _reordered(self, persona_id: str, index: int) -> None:
        self._select_next = persona_id
        self._push(lambda: cmd.move(self.document, "personas", persona_id, index))

    # -- actions ------------------------------------------------------------------------------

    def _push(self, build: Callable[[], Command]) -> bool:
        if self.session is None:
            return False
        command = questions.build_or_report(build, self.status.emit, gone=self.refresh)
        if command is None:
            return False
        self.session.push(command, merge=False)
        self.status.emit(command.label)
        return True

    def add_persona(self) -> None:
        """Add a persona at the end of the list and select it."""
        if self.session is None:
            return
        command = structure.new_persona(self.document)
        self._select_next = command.element.id
        if self._push(lambda: command):
            self.list.setFocus()  # F2 and the arrow keys now act on it, not on the last list used
            self.persona_activated.emit(command.element.id)

    def duplicate_persona(self, persona_id: str | None = None) -> None:
        """Copy the current persona (with its scores) just after it, and select the copy."""
        persona_id = persona_id or self.current_persona()
        if self.session is None or persona_id is None:
            return
        command = structure.duplicate_persona(self.document, persona_id)
        added = command.commands[0]
        assert isinstance(added, cmd.AddElement)
        self._select_next = added.element.id
        if self._push(lambda: command):
            self.list.setFocus()
            self.persona_activated.emit(added.element.id)

    def delete_persona(self, persona_id: str | None = None) -> bool:
        """Delete the current persona and its scores, after saying how many scores go."""
        persona_id = persona_id or self.current_persona()
        if self.session is None or persona_id is None:
            return False
        command, count = structure.delete_persona(self.document, persona_id)
        name = self.document.persona(persona_id).name
        if count:
            question = plural(
                "PersonasPanel",
                count,
                QT_TRANSLATE_NOOP(
                    "PersonasPanel",
                    "Delete the persona “{name}” and its emotion score? You can undo this.",
                ),
                QT_TRANSLATE_NOOP(
                    "PersonasPanel",
                    "Delete the persona “{name}” and its {n} emotion scores? You can undo this.",
                ),
            ).format(name=name)
        else:
            question = QCoreApplication.translate(
                "PersonasPanel", "Delete the persona “{name}”? You can undo this."
            ).format(name=name)
        if not self.confirm(
            QCoreApplication.translate("PersonasPanel", "Delete persona"), question
        ):
            return False
        return self._push(lambda: command)

    def rename_persona(self, persona_id: str, name: str) -> bool:
        """Rename a persona (one undo step); a taken or empty name is refused with a sentence."""
        if self.session is None:
            return False
        done = self._push(lambda: structure.rename(self.document, "personas", persona_id, name))
        if not done:
            self.refresh()  # put the old name back in the list
        return done

    def recolour_persona(self, persona_id: str | None = None) -> bool:
        """Ask for a colour for the current persona."""
        persona_id = persona_id or self.current_persona()
        if self.session is None or persona_id is None:
            return False
        persona = self.document.persona(persona_id)
        title = QCoreApplication.translate("PersonasPanel", "Colour of “{name}”").format(
            name=persona.name
        )
        colour = questions.pick_colour(self, persona.colour, title)
        if colour is None or colour.lower() == persona.colour:
            return False
        return self._push(lambda: structure.recolour(self.document, "personas", persona_id, colour))

    def move_persona(self, step: int, persona_id: str | None = None) -> None:
        """Move the current persona up (-1) or down (+1) the list."""
        persona_id = persona_id or self.current_persona()
        if self.session is None or persona_id is None:
            return
        index = structure.index_of(self.document.personas, persona_id) + step
        if 0 <= index < len(self.document.personas):
            self._select_next = persona_id
            self._push(lambda: cmd.move(self.document, "personas", persona_id, index))

    def set_look(self, persona_id: str, field: str, value: str | None) -> bool:
        """Set a persona's ``marker`` or ``dash`` (None: the default of its place)."""
        persona = self.document.persona(persona_id)
        what = (
            QCoreApplication.translate("PersonasPanel", "marker")
            if field == "marker"
            else QCoreApplication.translate("PersonasPanel", "line")
        )
        label = QCoreApplication.translate(
            "PersonasPanel", "Change the {what} of persona “{name}”"
        ).format(what=what, name=persona.name)
        return self._push(
            lambda: SetFields("personas", persona_id, {field: value}, self.document, label)
        )

    # -- the context menu ---------------------------------------------------------------------

    def persona_menu(self, persona_id: str | None) -> QMenu:
        """The actions on a persona (or only Add when ``persona_id`` is None)."""
        menu = QMenu(self)

        action = partial(add_action, menu)

        action(
            "add_persona",
            QCoreApplication.translate("PersonasPanel", "Add Persona"),
            self.add_persona,
        )
        if persona_id is None:
            return menu
        doc = self.document
        index = structure.index_of(doc.personas, persona_id)
        persona = doc.persona(persona_id)
        action(
            "duplicate_persona",
            QCoreApplication.translate("PersonasPanel", "Duplicate"),
            lambda: self.duplicate_persona(persona_id),
        )
        action(
            "rename_persona",
            QCoreApplication.translate("PersonasPanel", "Rename"),
            lambda: self._edit_name(persona_id),
        )
        menu.addSeparator()
        action(
            "persona_colour",
            QCoreApplication.translate("PersonasPanel", "Colour…"),
            lambda: self.recolour_persona(persona_id),
        )
        for field, title, names, values in (
            (
                "marker",
                QCoreApplication.translate("PersonasPanel", "Marker"),
                MARKER_NAMES,
                PERSONA_MARKERS,
            ),
            (
                "dash",
                QCoreApplication.translate("PersonasPanel", "Line"),
                DASH_NAMES,
                tuple(DASH_PATTERNS),
            ),
        ):
            sub = menu.addMenu(title)
            sub.setObjectName(f"persona_{field}")
            group = QActionGroup(sub)
            current = getattr(persona, field)
            for value in (None, *values):
                dash = value if field == "dash" else persona.dash
                marker = value if field == "marker" else persona.marker
                text = (
                    QCoreApplication.translate("PersonasPanel", "Default")
                    if value is None
                    else QCoreApplication.translate("PersonasPanel", names[value])
                )
                item = sub.addAction(
                    persona_swatch(persona.colour, index, PERSONA_SWATCH, dash, marker), text
                )
                item.setObjectName(f"{field}:{value or 'default'}")
                item.setCheckable(True)
                item.setChecked(value == current)
                group.addAction(item)
                item.triggered.connect(
                    lambda _=False, f=field, v=value: self.set_look(persona_id, f, v)
                )
        menu.addSeparator()
        action(
            "persona_up",
            QCoreApplication.translate("PersonasPanel", "Move Up"),
            lambda: self.move_persona(-1, persona_id),
            index > 0,
        )
        action(
            "persona_down",
            QCoreApplication.translate("PersonasPanel", "Move Down"),
            lambda: self.move_persona(1, persona_id),
            index < len(doc.personas) - 1,
        )
        menu.addSeparator()
        action(
            "delete_persona",
            QCoreApplication.translate("PersonasPanel", "Delete…"),
            lambda: self.delete_persona(persona_id),
        )
        return menu

    def _edit_name(self, persona_id: str) -> None:
        row = self.list.row_of(persona_id)
        if row >= 0:
            self.list.setCurrentRow(row)
            self.list.editItem(self.list.item(row))

    def _context_menu(self, pos: QPoint) -> None:
        if self.session is None:
            return
        item = self.list.itemAt(pos)
        menu = self.persona_menu(None if item is None else str(item.data(ID_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()
