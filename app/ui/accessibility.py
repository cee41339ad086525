"""What assistive technology (screen readers, AT-SPI on Linux) gets from Parcours.

* :func:`fill_accessible_names` gives every widget that has no name a screen reader can
  read (icon buttons, lists without a label) one from its text, placeholder or tooltip
  (Qt reads the tooltip as the description). Names it made itself are made again on the
  next call (after a language change); names set by the code are never touched.
* :func:`describe_action` gives a menu/toolbar action a tooltip (its status tip): toolbar
  buttons read it as their accessible description.
* :class:`CanvasAnnouncer` tells screen readers about the map: the canvas view's
  accessible name and description always describe its *current* item (a card with its
  title, channel, phase, lane and scores; a phase or lane header; an emotion cell), and
  a change is sent as ``NameChanged``/``DescriptionChanged`` and, while the canvas
  has the focus, said at once (Qt 6.8's ``QAccessibleAnnouncementEvent``; before 6.8
  a ``Focus`` event, so that Orca and NVDA read the focused object again).

Why not one ``QAccessibleInterface`` per card: Qt for Python can install an accessibility
factory, but the child interfaces of non-QObject items (the cards are QGraphicsItems,
made again on every change) would be C++ objects owned by Python that Qt's accessibility
cache keeps raw pointers to; a card redrawn while a screen reader holds its id would
crash the editor. The announcer gives the same information through the one object a
screen reader follows anyway: the focused canvas.
"""

import re
import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.i18n import plural
from app.model.commands import index_of
from app.model.document import JourneyMap, Touchpoint
from app.model.templates import lane_name
from app.model.text import QT_TRANSLATE_NOOP, decimal_text, number_text

if TYPE_CHECKING:
    from app.layout.model import Layout
    from app.ui.canvas.view import JourneyView

CONTEXT = "Accessibility"
AUTO = "parcours_auto_accessible_name"
"""Dynamic property on the widgets whose accessible name this module made."""

TEXT = {
    "map": QT_TRANSLATE_NOOP("Accessibility", "Journey map {title}"),
    "map_description": QT_TRANSLATE_NOOP(
        "Accessibility",
        "{phases}, {cards}. Arrow keys move between cards and headers; "
        "Enter edits the title; the context menu key opens the card's menu.",
    ),
    "one_card": QT_TRANSLATE_NOOP("Accessibility", "{n} card"),
    "cards": QT_TRANSLATE_NOOP("Accessibility", "{n} cards"),
    "one_phase": QT_TRANSLATE_NOOP("Accessibility", "{n} phase"),
    "phases": QT_TRANSLATE_NOOP("Accessibility", "{n} phases"),
    "card": QT_TRANSLATE_NOOP("Accessibility", "Card {title}, channel {channel}, phase {phase}"),
    "card_no_channel": QT_TRANSLATE_NOOP("Accessibility", "Card {title}, phase {phase}"),
    "untitled": QT_TRANSLATE_NOOP("Accessibility", "untitled"),
    "card_description": QT_TRANSLATE_NOOP("Accessibility", "Card {index} of {count}, lane {lane}."),
    "score": QT_TRANSLATE_NOOP("Accessibility", "{persona}: {score}"),
    "no_score": QT_TRANSLATE_NOOP("Accessibility", "{persona}: no score"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Accessibility", "Moment of truth."),
    "pain_points": QT_TRANSLATE_NOOP("Accessibility", "Pain points: {count}."),
    "selected": QT_TRANSLATE_NOOP("Accessibility", "Selected."),
    "selection": QT_TRANSLATE_NOOP("Accessibility", "{count} cards selected."),
    "phase": QT_TRANSLATE_NOOP("Accessibility", "Phase {name}, {cards}"),
    "phase_description": QT_TRANSLATE_NOOP("Accessibility", "Phase {index} of {total}."),
    "lane": QT_TRANSLATE_NOOP("Accessibility", "Lane {name}"),
    "lane_collapsed": QT_TRANSLATE_NOOP("Accessibility", "Lane {name}, collapsed"),
    "cell": QT_TRANSLATE_NOOP("Accessibility", "Emotions at card {title}"),
}
"""Everything a screen reader hears about the map (context "Accessibility")."""


def _tr(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXT[key])


def _cards(n: int) -> str:
    return plural(CONTEXT, n, TEXT["one_card"], TEXT["cards"])


# -- names for widgets ----------------------------------------------------------------------

_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """A label or tooltip as a screen reader should say it: no mnemonic ``&``, no markup."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def says_something(text: str) -> bool:
    """True when ``text`` has a letter or a digit: "+", "↑" or "…" name nothing."""
    return any(ch.isalnum() for ch in text)


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    """What assistive technology reads as the widget's name or description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(which) if interface is not None and interface.isValid() else ""


def _name_source(widget: QWidget) -> str:
    """The best visible or hinted text to name ``widget`` by."""
    candidates = []
    if isinstance(widget, QAbstractButton):
        candidates.append(widget.text())
    if isinstance(widget, QLineEdit):
        candidates.append(widget.placeholderText())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        candidates.append(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        candidates.append(widget.lineEdit().placeholderText())  # type: ignore[union-attr]
    candidates.append(widget.toolTip())
    candidates.append(widget.statusTip())
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        candidates += [action.text(), action.toolTip()]
    if isinstance(widget, QAbstractScrollArea):
        # A panel's scrolling area or list with no label of its own: the panel's title.
        holder = widget.parentWidget()
        while holder is not None and not isinstance(holder, QDockWidget):
            holder = holder.parentWidget()
        if holder is not None:
            candidates.append(holder.windowTitle())
    for text in candidates:
        plain = _plain(text or "")
        if says_something(plain):
            return plain
    return ""


def fill_accessible_names(root: QWidget) -> int:
    """Name every unnamed widget under ``root`` (and ``root``) for assistive technology.

    A widget is unnamed when a screen reader would read no name for it (no accessible
    name, no text, no buddy label) or only a symbol ("+", "↑"). Its name then comes
    from its text, placeholder or tooltip (Qt reads the tooltip as the description).
    Names made here are made again on each call, so calling it after a language change
    translates them.
    Returns how many widgets were named.
    """
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(AUTO):
            widget.setAccessibleName("")  # ours: made again from the current texts
            widget.setProperty(AUTO, False)
        if not says_something(accessible_text(widget, QAccessible.Text.Name)):
            source = _name_source(widget)
            if source:
                widget.setAccessibleName(source)
                widget.setProperty(AUTO, True)
                named += 1
    return named


def unnamed_widgets(root: QWidget) -> list[QWidget]:
    """The visible widgets that take the keyboard focus and have no accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        holder = widget.parentWidget()
        if isinstance(holder, QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo box's own line edit: the box has the name
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is widget:
            continue  # a scrolling area's viewport: the area has the name
        if not says_something(accessible_text(widget, QAccessible.Text.Name)):
            found.append(widget)
    return found


def describe_action(action: QAction) -> None:
    """Tooltip = status tip (toolbar buttons read it as their description), else the text."""
    action.setToolTip(_plain(action.statusTip() or action.text()))


# -- the canvas ---------------------------------------------------------------------------------


def _score(value: float) -> str:
    return decimal_text(f"{value:+g}".replace("+0", "0")) if value else "0"


def _card(doc: JourneyMap, touchpoint_id: str) -> Touchpoint:
    """The card ``touchpoint_id`` (KeyError when gone), found where it was last time."""
    return doc.touchpoints[index_of(doc.touchpoints, touchpoint_id)]


def describe_card(
    doc: JourneyMap,
    touchpoint_id: str,
    selected: list[str],
    place: tuple[int, int] | None = None,
) -> tuple[str, str]:
    """(name, description) of a card for a screen reader.

    ``place`` is (the card's position in journey order counting from 0, the number of
    cards) when the caller knows it (the canvas's layout does); without it the journey
    is put in order here.
    """
    tp = _card(doc, touchpoint_id)
    title = tp.title.strip() or _tr("untitled")
    phase = doc.phase(tp.phase_id).name
    channel = doc.channel_name(tp.channel)
    if channel:
        name = _tr("card").format(title=title, channel=channel, phase=phase)
    else:
        name = _tr("card_no_channel").format(title=title, phase=phase)
    if place is None:
        order = [t.id for t in doc.touchpoints_in_journey_order()]
        place = (order.index(touchpoint_id), len(order))
    lane = doc.lane(tp.lane_id)
    parts = [
        _tr("card_description").format(
            index=place[0] + 1,
            count=place[1],
            lane=lane.name or lane_name(lane.kind, doc.language),
        )
    ]
    for persona in doc.personas:
        value = tp.emotions.get(persona.id)
        if value is None:
            parts.append(_tr("no_score").format(persona=persona.name) + ".")
        else:
            parts.append(_tr("score").format(persona=persona.name, score=_score(value)) + ".")
    if tp.moment_of_truth:
        parts.append(_tr("moment_of_truth"))
    if tp.pain_points:
        parts.append(_tr("pain_points").format(count=len(tp.pain_points)))
    if touchpoint_id in selected:
        parts.append(
            _tr("selected")
            if len(selected) == 1
            else _tr("selection").format(count=number_text(len(selected)))
        )
    return name, " ".join(parts)


def describe_map(doc: JourneyMap) -> tuple[str, str]:
    """(name, description) of the whole map, when no item is current."""
    return (
        _tr("map").format(title=doc.title),
        _tr("map_description").format(
            phases=plural(CONTEXT, len(doc.phases), TEXT["one_phase"], TEXT["phases"]),
            cards=_cards(len(doc.touchpoints)),
        ),
    )


def describe_focus(
    doc: JourneyMap,
    kind: str,
    element_id: str,
    selected: list[str],
    layout: "Layout | None" = None,
) -> tuple[str, str]:
    """(name, description) of the canvas's current item (see app/ui/canvas/keyboard.Focus).

    ``layout``, the canvas's layout of ``doc`` when there is one, gives a card's place in
    the journey without putting every card in order.
    """
    place = _place(doc, element_id, layout) if kind in ("card", "cell") else None
    if kind == "card":
        return describe_card(doc, element_id, selected, place)
    if kind == "phase":
        phase = doc.phase(element_id)
        count = sum(1 for t in doc.touchpoints if t.phase_id == element_id)
        index = [p.id for p in doc.phases].index(element_id) + 1
        return (
            _tr("phase").format(name=phase.name, cards=_cards(count)),
            _tr("phase_description").format(index=index, total=len(doc.phases)),
        )
    if kind == "lane":
        lane = doc.lane(element_id)
        name = lane.name or lane_name(lane.kind, doc.language)
        return _tr("lane_collapsed" if lane.collapsed else "lane").format(name=name), ""
    if kind == "cell":
        _, description = describe_card(doc, element_id, selected, place)
        title = _card(doc, element_id).title.strip() or _tr("untitled")
        return _tr("cell").format(title=title), description
    return describe_map(doc)


def _place(doc: JourneyMap, touchpoint_id: str, layout: "Layout | None") -> tuple[int, int] | None:
    """A card's (position in journey order, number of cards) read from ``layout``'s columns.

    The layout numbers its columns in journey order (``Slot.position``), one per card
    when every card is in a phase of the map; None when it cannot tell (no layout, a
    card outside the phases, a layout of another state of the map).
    """
    if layout is None or len(layout.slots) != len(doc.touchpoints):
        return None
    try:
        slot = layout.slot(touchpoint_id)
    except KeyError:
        return None
    if slot.phase_id != _card(doc, touchpoint_id).phase_id:
        return None
    return slot.position, len(layout.slots)


class CanvasAnnouncer(QObject):
    """Keeps the canvas view's accessible name/description on its current item (see above).

    Follows the scene's selection, the map's changes (a renamed card is read anew), the
    keys pressed on the canvas (the current item moves without a selection change on
    headers) and, if the view has one, its ``current_changed`` signal.
    """

    def __init__(self, view: "JourneyView") -> None:
        super().__init__(view)
        self.view = view
        self.spoken: tuple[str, str] = ("", "")
        """The (name, description) given to the view last."""
        self._session: weakref.ref[QObject] | None = None
        """The session followed (weakly: a closed map must not live on in the announcer)."""
        view.journey_scene.selectionChanged.connect(self.refresh)
        view.installEventFilter(self)
        signal = getattr(view, "current_changed", None)
        if signal is not None:
            signal.connect(self.refresh)
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._later()  # after the view has handled the key
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.LanguageChange):
            self._later()
        return False

    def _later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refresh)

    def _follow_session(self) -> None:
        session = getattr(self.view, "session", None)
        followed = self._session() if self._session is not None else None
        if session is not followed and session is not None:
            self._session = weakref.ref(session)
            session.changed.connect(self.refresh)

    def current(self) -> tuple[str, str] | None:
        """(kind, element id) of the canvas's current item, None when there is none."""
        keys = getattr(self.view, "keys", None)
        focus = keys.peek() if keys is not None else None  # never moves the ring
        if focus is not None:
            return focus.kind, focus.element_id
        selected = _selected_cards(self.view)
        return ("card", selected[0]) if selected else None

    def refresh(self, *_: object) -> None:
        """Describe the current item again; tell assistive technology when it changed."""
        self._pending = False
        if not (shiboken6.isValid(self.view) and shiboken6.isValid(self.view.journey_scene)):
            return  # the window is closing
        self._follow_session()
        session = getattr(self.view, "session", None)
        if session is None:
            return
        doc = session.document
        scene = self.view.journey_scene
        selected = _selected_cards(self.view)
        current = self.current()
        if selected and (current is None or current[0] != "card" or current[1] not in selected):
            current = ("card", selected[0])  # a click or Select All: the selection speaks
        try:
            name, description = (
                describe_focus(doc, *current, selected, scene.layout)
                if current
                else describe_map(doc)
            )
        except (KeyError, ValueError):  # the item is gone (undo): the map itself
            name, description = describe_map(doc)
        if (name, description) == self.spoken:
            return
        self.spoken = (name, description)
        view = self.view
        view.setAccessibleName(name)  # Qt sends NameChanged
        view.setAccessibleDescription(description)  # and DescriptionChanged
        if view.hasFocus() and QAccessible.isActive():
            announce(view, name)


def _selected_cards(view: "JourneyView") -> list[str]:
    """The selected cards in journey order (putting them in order walks every column of the
    layout: not when nothing is selected, as during most edits)."""
    scene = view.journey_scene
    return scene.selected_touchpoints() if scene.selectedItems() else []


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now (Qt 6.8's announcement; else a focus event)."""
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is not None:
        QAccessible.updateAccessibility(event_class(widget, text))
    else:  # screen readers read the focused object (its new name) again
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))
