"""Context menus of the canvas: what a right-click offers on a card, a header, the emotion
lane or an empty cell.

Each menu is built by a function returning a QMenu whose actions have stable
objectNames (``channel:website``, ``feeling:-1``, ``clear_feeling:<persona id>``,
...), so tests and accessibility tools can find them. Every action is one
model command on the undo stack, for all the cards it acts on.
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.layout.model import LaneBox, PhaseBox
from app.model import commands as cmd
from app.model.channels import BUILTIN_CHANNELS
from app.model.document import JourneyMap
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.canvas.interactions import Cell, EmotionColumn, card_cell_at, emotion_column_at
from app.ui.icons import channel_qicon
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView

CONTEXT = "CanvasMenus"
TEXT = {
    "edit_title": QT_TRANSLATE_NOOP("CanvasMenus", "Edit Title"),
    "channel": QT_TRANSLATE_NOOP("CanvasMenus", "Channel"),
    "no_channel": QT_TRANSLATE_NOOP("CanvasMenus", "No Channel"),
    "moment_of_truth": QT_TRANSLATE_NOOP("CanvasMenus", "Moment of Truth"),
    "evidence": QT_TRANSLATE_NOOP("CanvasMenus", "Evidence"),
    "duplicate": QT_TRANSLATE_NOOP("CanvasMenus", "Duplicate"),
    "delete": QT_TRANSLATE_NOOP("CanvasMenus", "Delete"),
    "set_feeling": QT_TRANSLATE_NOOP("CanvasMenus", "Set {persona}'s Feeling"),
    "clear_feeling": QT_TRANSLATE_NOOP("CanvasMenus", "Clear {persona}'s feeling at “{title}”"),
    "no_persona": QT_TRANSLATE_NOOP("CanvasMenus", "Add a Persona to Record Feelings"),
    "new_card": QT_TRANSLATE_NOOP("CanvasMenus", "New Card Here"),
    "paste_here": QT_TRANSLATE_NOOP("CanvasMenus", "Paste Here"),
    "one_card": QT_TRANSLATE_NOOP("CanvasMenus", "“{title}”"),
    "cards": QT_TRANSLATE_NOOP("CanvasMenus", "{count} cards"),
    "set_channel": QT_TRANSLATE_NOOP("CanvasMenus", "Set the channel of {cards} to {channel}"),
    "clear_channel": QT_TRANSLATE_NOOP("CanvasMenus", "Remove the channel of {cards}"),
    "mark": QT_TRANSLATE_NOOP("CanvasMenus", "Mark {cards} as a moment of truth"),
    "unmark": QT_TRANSLATE_NOOP("CanvasMenus", "Unmark {cards} as a moment of truth"),
    "set_evidence": QT_TRANSLATE_NOOP("CanvasMenus", "Set the evidence of {cards} to {evidence}"),
    "observed": QT_TRANSLATE_NOOP("CanvasMenus", "Observed"),
    "assumed": QT_TRANSLATE_NOOP("CanvasMenus", "Assumed"),
    "proposed": QT_TRANSLATE_NOOP("CanvasMenus", "Proposed"),
    "unstated": QT_TRANSLATE_NOOP("CanvasMenus", "Not Stated"),
    "very_positive": QT_TRANSLATE_NOOP("CanvasMenus", "Very Positive"),
    "positive": QT_TRANSLATE_NOOP("CanvasMenus", "Positive"),
    "neutral": QT_TRANSLATE_NOOP("CanvasMenus", "Neutral"),
    "negative": QT_TRANSLATE_NOOP("CanvasMenus", "Negative"),
    "very_negative": QT_TRANSLATE_NOOP("CanvasMenus", "Very Negative"),
}
"""Every string these menus show, in one place for translation."""

EVIDENCE = ("observed", "assumed", "proposed", "unstated")
FEELINGS = (
    (2.0, "very_positive"),
    (1.0, "positive"),
    (0.0, "neutral"),
    (-1.0, "negative"),
    (-2.0, "very_negative"),
)
ICON_SIZE = 32


def _t(key: str, **values: Any) -> str:
    """The user's words for ``key``, translated, with ``values`` filled in."""
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


def menu_at(
    view: "JourneyView",
    session: DocumentSession,
    pos: QPointF,
    header: PhaseBox | LaneBox | None,
) -> QMenu | None:
    """The menu for scene point ``pos``: a header's, a card's, the emotion lane's or a cell's."""
    layout = view.journey_scene.layout
    if layout is None:
        return None
    if header is not None:
        return header_menu(view, session, header)
    from app.ui.canvas import note_menus, notes

    note = notes.note_at(layout, pos)
    if note is not None:
        return note_menus.note_menu(view, session, note)
    card = notes.card_at(layout, pos)
    if card is not None:
        scene = view.journey_scene
        if card.touchpoint_id not in scene.selected_touchpoints():
            scene.select_only([card.touchpoint_id])
        menu = card_menu(view, session, scene.selected_touchpoints(), card.touchpoint_id)
        menu.addSeparator()
        note_menus.add_to_card_entry(menu, view, card.touchpoint_id)
        return menu
    column = emotion_column_at(layout, pos)
    cell = card_cell_at(layout, session.document, pos)
    if column is not None:
        menu = emotion_menu(view, session, column)
    elif cell is not None:
        menu = cell_menu(view, cell)
    else:
        return note_menus.empty_space_menu(view, pos)
    menu.addSeparator()
    note_menus.add_here_entry(menu, view, pos)
    return menu


def header_menu(
    parent: QWidget, session: DocumentSession, header: PhaseBox | LaneBox
) -> QMenu | None:
    """A phase's or lane's menu, from the module that edits the map's structure."""
    structure_menus = structure_module()
    if structure_menus is None:
        return None
    if isinstance(header, PhaseBox):
        menu: QMenu | None = structure_menus.phase_menu(parent, session, header.phase_id)
    else:
        menu = structure_menus.lane_menu(parent, session, header.lane_id)
    return menu


def structure_module() -> ModuleType | None:
    """``app.ui.structure_menus`` (phase and lane menus and renaming), when it is there."""
    try:
        return importlib.import_module("app.ui.structure_menus")
    except ImportError:
        return None


# -- cards ---------------------------------------------------------------------------------


def card_menu(
    view: "JourneyView", session: DocumentSession, ids: list[str], clicked_id: str
) -> QMenu:
    """Edit title, channel, moment of truth, evidence, duplicate, delete for the cards ``ids``."""
    doc = session.document
    by_id = doc.touchpoints_by_id()
    cards = [by_id[i] for i in ids]
    menu = QMenu(view)
    menu.setObjectName("card_menu")
    edit = _action(menu, "edit_title", _t("edit_title"))
    edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
    # Once the menu has closed, or the editor would lose its focus to the closing menu.
    edit.triggered.connect(lambda: QTimer.singleShot(0, lambda: view.edit_title(clicked_id)))

    channels = menu.addMenu(_t("channel"))
    channels.setObjectName("channel")
    colour = view.palette().windowText().color()
    options: list[tuple[str | None, str, QIcon | None]] = [(None, _t("no_channel"), None)]
    options += [
        (c.key, c.name(doc.language), channel_qicon(c.key, None, colour, ICON_SIZE, margin=2))
        for c in BUILTIN_CHANNELS
    ]
    options += [
        (c.id, c.name, channel_qicon(c.id, c.icon, colour, ICON_SIZE, margin=2))
        for c in doc.channels
    ]
    # A line after "No channel" and before the map's own channels.
    breaks = {BUILTIN_CHANNELS[0].key, doc.channels[0].id if doc.channels else None}
    for key, name, icon in options:
        if key in breaks:
            channels.addSeparator()
        action = _action(channels, f"channel:{key or 'none'}", name, checkable=True)
        if icon is not None:
            action.setIcon(icon)
        action.setChecked(all(c.channel == key for c in cards))
        label = (
            _t("set_channel", cards=_cards(doc, ids), channel=name)
            if key
            else _t("clear_channel", cards=_cards(doc, ids))
        )
        action.triggered.connect(
            lambda _=False, k=key, text=label: _set_all(session, ids, text, channel=k)
        )

    moment = _action(menu, "moment_of_truth", _t("moment_of_truth"), checkable=True)
    moment.setChecked(all(c.moment_of_truth for c in cards))
    moment.triggered.connect(
        lambda checked: _set_all(
            session,
            ids,
            _t("mark" if checked else "unmark", cards=_cards(session.document, ids)),
            moment_of_truth=bool(checked),
        )
    )

    evidence = menu.addMenu(_t("evidence"))
    evidence.setObjectName("evidence")
    for kind in EVIDENCE:
        action = _action(evidence, f"evidence:{kind}", _t(kind), checkable=True)
        action.setChecked(all(c.evidence == kind for c in cards))
        label = _t("set_evidence", cards=_cards(doc, ids), evidence=_t(kind))
        action.triggered.connect(
            lambda _=False, k=kind, text=label: _set_all(session, ids, text, evidence=k)
        )

    menu.addSeparator()
    duplicate = _action(menu, "duplicate", _t("duplicate"))
    duplicate.setShortcut(QKeySequence("Ctrl+D"))
    duplicate.triggered.connect(view.duplicate_selection)
    delete = _action(menu, "delete", _t("delete"))
    delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    delete.triggered.connect(view.delete_selection)
    return menu


def _set_all(session: DocumentSession, ids: list[str], label: str, **fields: Any) -> None:
    """Set ``fields`` on every card of ``ids`` that differs: one undo step."""
    doc = session.document
    by_id = doc.touchpoints_by_id()
    steps: list[cmd.Command] = []
    for touchpoint_id in ids:
        tp = by_id.get(touchpoint_id)
        if tp is None:
            continue  # deleted since the menu opened
        if any(getattr(tp, name) != value for name, value in fields.items()):
            steps.append(cmd.edit(doc, "touchpoints", touchpoint_id, **fields))
    if steps:
        session.push(cmd.Transaction(label, steps))


def _cards(doc: JourneyMap, ids: list[str]) -> str:
    if len(ids) == 1:
        return _t("one_card", title=doc.touchpoint(ids[0]).title)
    return _t("cards", count=number_text(len(ids)))


# -- the emotion lane ----------------------------------------------------------------------


def emotion_menu(view: "JourneyView", session: DocumentSession, column: EmotionColumn) -> QMenu:
    """Set the current persona's feeling at a column, or clear any persona's feeling there."""
    doc = session.document
    tp = doc.touchpoint(column.touchpoint_id)
    menu = QMenu(view)
    menu.setObjectName("emotion_menu")
    persona_id = view.journey_scene.scoring_persona(doc)
    if persona_id is None:
        _action(menu, "no_persona", _t("no_persona")).setEnabled(False)
    else:
        persona = doc.persona(persona_id)
        feelings = menu.addMenu(_t("set_feeling", persona=persona.name))
        feelings.setObjectName("set_feeling")
        for value, key in FEELINGS:
            text = f"{value:+.0f}  {_t(key)}" if value else f"0  {_t(key)}"
            action = _action(feelings, f"feeling:{value:g}", text, checkable=True)
            action.setChecked(tp.emotions.get(persona_id) == value)
            action.triggered.connect(
                lambda _=False, v=value: _set_feeling(session, tp.id, persona_id, v)
            )
    scored = [p for p in doc.personas if p.id in tp.emotions]
    if scored:
        menu.addSeparator()
    for persona in scored:
        action = _action(
            menu,
            f"clear_feeling:{persona.id}",
            _t("clear_feeling", persona=persona.name, title=tp.title),
        )
        action.triggered.connect(
            lambda _=False, pid=persona.id: _set_feeling(session, tp.id, pid, None)
        )
    return menu


def _set_feeling(
    session: DocumentSession, touchpoint_id: str, persona_id: str, value: float | None
) -> None:
    doc = session.document
    try:
        if doc.touchpoint(touchpoint_id).emotions.get(persona_id) == value:
            return
        session.push(cmd.set_emotion(doc, touchpoint_id, persona_id, value))
    except KeyError:
        return  # the card or persona was deleted since the menu opened


# -- empty cells ---------------------------------------------------------------------------


def cell_menu(view: "JourneyView", cell: Cell) -> QMenu:
    """New card here; paste here (when the window gave the view a way to paste)."""
    menu = QMenu(view)
    menu.setObjectName("cell_menu")
    new = _action(menu, "new_card", _t("new_card"))
    new.triggered.connect(lambda: QTimer.singleShot(0, lambda: view.create_card(cell)))
    paste = _action(menu, "paste_here", _t("paste_here"))
    paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    handler = view.paste_here_handler
    paste.setEnabled(handler is not None)
    if handler is not None:
        paste.triggered.connect(lambda: handler(cell.phase_id, cell.lane_id, cell.before_id))
    return menu


# -- helpers -------------------------------------------------------------------------------


def _action(menu: QMenu, name: str, text: str, checkable: bool = False) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setCheckable(checkable)
    # Shortcuts shown in a context menu are hints only (the window's actions own the keys).
    action.setShortcutVisibleInContextMenu(True)
    return action
