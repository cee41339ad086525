"""The editor's panels around the canvas, and how they follow the open map and the selection.

The window owns one :class:`Panels`; it builds the docks (inspector, personas,
structure, channels), hands each the open map's session, and routes selection:
cards selected on the canvas, a phase or lane picked in the Structure panel or
on a header, a persona picked in the Personas panel — each shows in the
inspector; nothing selected shows the map's own fields.
"""

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QVBoxLayout, QWidget

from app.i18n import translate
from app.model.commands import Change
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.channel_palette import ChannelPalette
from app.ui.insights_panel import InsightsPanel
from app.ui.inspector import Inspector
from app.ui.personas_panel import PersonasPanel
from app.ui.session import DocumentSession
from app.ui.structure_panel import StructurePanel

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea

DOCK_TITLES = {
    "inspector": QT_TRANSLATE_NOOP("Docks", "Inspector"),
    "personas": QT_TRANSLATE_NOOP("Docks", "Personas"),
    "structure": QT_TRANSLATE_NOOP("Docks", "Structure"),
    "channels": QT_TRANSLATE_NOOP("Docks", "Channels"),
    "insights": QT_TRANSLATE_NOOP("Docks", "Insights"),
}
"""Each dock's title (its objectName is the key)."""

QT_PARTS = {
    "qt_dockwidget_closebutton": ("QDockWidget", "Close", "Closes the dock widget"),
    "qt_dockwidget_floatbutton": (
        "QDockWidget",
        "Float",
        "Undocks and re-attaches the dock widget",
    ),
    "ScrollLeftButton": ("QTabBar", "Scroll Left", ""),
    "ScrollRightButton": ("QTabBar", "Scroll Right", ""),
}
"""What Qt says of its own buttons in docks and tab bars (translated by Qt's catalogue,
qtbase_fr.qm): Qt names them when they are made, and not again when the language changes."""


def retranslate_qt_parts(root: QWidget) -> None:
    """Name Qt's own dock and tab-bar buttons under ``root`` in the interface language."""
    for button in root.findChildren(QAbstractButton):
        said = QT_PARTS.get(button.objectName())
        if said is not None:
            context, name, description = said
            button.setAccessibleName(translate(context, name))
            if description:
                button.setAccessibleDescription(translate(context, description))


class Panels(QObject):
    """The docks of one window and the wiring between them, the canvas and the open map."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.inspector = Inspector(window)
        self.personas = PersonasPanel(window)
        self.structure = StructurePanel(window)
        self.channels = ChannelPalette(window)
        self.insights = InsightsPanel(window)
        self.docks: dict[str, QDockWidget] = {}
        self._add("inspector", self.inspector, RIGHT)
        self._add("personas", self.personas, RIGHT)
        self._add("structure", self.structure, LEFT)
        self._add("channels", self.channels, LEFT)
        # In a holder: the panel is hidden with its tab (below), and a dock whose own widget
        # is hidden lets the whole column of docks grow no wider than its tab.
        holder = QWidget(window)
        holder.setObjectName("insights_holder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.insights)
        self._add("insights", holder, RIGHT)
        window.tabifyDockWidget(self.docks["structure"], self.docks["channels"])
        self.docks["channels"].raise_()
        # Beside the personas, so that the inspector stays in view to show the cards an
        # insight points at; a panel in a hidden tab computes nothing.
        window.tabifyDockWidget(self.docks["personas"], self.docks["insights"])
        self.docks["personas"].raise_()
        # Qt leaves the panel of a tab that is not the current one "visible" (only covered),
        # and the Insights panel recomputes whenever it is visible: hide it with its tab.
        insights_dock = self.docks["insights"]
        insights_dock.visibilityChanged.connect(self.insights.setVisible)
        self.insights.setVisible(not insights_dock.visibleRegion().isEmpty())
        window.resizeDocks(
            [self.docks["inspector"], self.docks["channels"]], [340, 200], Qt.Orientation.Horizontal
        )
        window.resizeDocks(
            [self.docks["inspector"], self.docks["personas"]], [640, 260], Qt.Orientation.Vertical
        )
        scene = window.scene
        self.personas.visibility_changed.connect(scene.set_persona_visible)
        self.personas.current_persona_changed.connect(self._current_persona)
        self.personas.persona_activated.connect(
            lambda persona_id: self.inspector.show_element("personas", persona_id)
        )
        self.structure.element_activated.connect(self.inspector.show_element)
        self.insights.cards_chosen.connect(self.show_cards)
        window.canvas.header_clicked.connect(self.show_header)
        for panel in (self.inspector, self.personas, self.structure, self.channels):
            status = getattr(panel, "status", None)
            if status is not None:
                status.connect(lambda text: window.statusBar().showMessage(text, 8000))
        # Selecting many cards changes the selection once per card: show the result once.
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self.show_selection)
        scene.selectionChanged.connect(self._selection_timer.start)
        window.canvas.item_pressed.connect(self._selection_timer.start)
        # Enter or double-click on a channel gives it to the selected cards.
        self.channels.set_selection(scene.selected_touchpoints)

    def _add(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(translate("Docks", DOCK_TITLES[name]), self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(LEFT | RIGHT)
        self.window.addDockWidget(area, dock)
        self.docks[name] = dock

    def retranslate(self) -> None:
        """Title the docks in the interface language (the panels inside retranslate themselves
        on the LanguageChange event Qt sends every widget)."""
        for name, dock in self.docks.items():
            dock.setWindowTitle(translate("Docks", DOCK_TITLES[name]))
        retranslate_qt_parts(self.window)

    def set_session(self, session: DocumentSession) -> None:
        """A map was opened: every panel edits it from now on."""
        scene = self.window.scene
        self.inspector.set_session(session)
        self.personas.set_session(session, scene.hidden_personas)
        self.structure.set_session(session)
        self.channels.set_session(session)
        self.insights.set_session(session)
        session.changed.connect(self._changed)
        self._current_persona(self.personas.current_persona())
        self.inspector.show_map()

    def _changed(self, changes: list[Change]) -> None:
        if any(change.collection == "personas" for change in changes):
            self._current_persona(self.personas.current_persona())

    def _current_persona(self, persona_id: object) -> None:
        self.window.scene.current_persona_id = persona_id if isinstance(persona_id, str) else None

    def show_cards(self, ids: object) -> None:
        """An insight was picked: select the cards behind it and scroll the first into view."""
        if isinstance(ids, list) and ids:
            self.window.scene.select_only(ids)
            self.window.canvas.reveal_card(ids[0])

    def show_header(self, collection: str, element_id: str) -> None:
        """A phase or lane header was clicked: edit that phase or lane in the inspector."""
        self.window.scene.clearSelection()
        self._selection_timer.stop()  # the cleared selection must not show the map instead
        self.inspector.show_element(collection, element_id)

    def show_selection(self) -> None:
        """Show the selected cards in the inspector, or the map when none is selected."""
        scene = self.window.scene
        if not shiboken6.isValid(scene):
            return  # the window is being destroyed: its scene clears its selection on the way
        ids = scene.selected_touchpoints()
        notes = scene.selected_notes()
        if ids:
            self.inspector.show_cards(ids)
        elif len(notes) == 1:
            self.inspector.show_element("notes", notes[0])
        elif not scene.selectedItems():
            self.inspector.show_map()
