"""The context menus of sticky notes, and the "add a note" entries of the other canvas menus.

Every entry is one model command on the undo stack; entries have stable objectNames
(``add_note_here``, ``note_colour:#ffc8dd``, ``detach_note``, ``note_to_card``...).
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QInputDialog, QMenu

from app.layout.model import NoteBox
from app.model import commands as cmd
from app.model import notes as sticky
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.canvas.interactions import Cell, card_cell_at
from app.ui.canvas.notes import add_note, card_at, delete_notes, edit_note
from app.ui.note_colours import colour_choices
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView

CONTEXT = "StickyNotes"
TEXT = {
    "add_here": QT_TRANSLATE_NOOP("StickyNotes", "Add Sticky Note Here"),
    "add_to_card": QT_TRANSLATE_NOOP("StickyNotes", "Add Sticky Note to This Card"),
    "edit": QT_TRANSLATE_NOOP("StickyNotes", "Edit Text"),
    "colour": QT_TRANSLATE_NOOP("StickyNotes", "Colour"),
    "author": QT_TRANSLATE_NOOP("StickyNotes", "Author…"),
    "author_title": QT_TRANSLATE_NOOP("StickyNotes", "Sticky note author"),
    "author_label": QT_TRANSLATE_NOOP("StickyNotes", "Who wrote this note?"),
    "detach": QT_TRANSLATE_NOOP("StickyNotes", "Detach from Card"),
    "attach": QT_TRANSLATE_NOOP("StickyNotes", "Attach to Card Below"),
    "to_card": QT_TRANSLATE_NOOP("StickyNotes", "Turn into Card"),
    "delete": QT_TRANSLATE_NOOP("StickyNotes", "Delete"),
    "recolour": QT_TRANSLATE_NOOP("StickyNotes", "Change sticky note colour"),
    "set_author": QT_TRANSLATE_NOOP("StickyNotes", "Set sticky note author"),
    "no_card_lane": QT_TRANSLATE_NOOP(
        "StickyNotes", "Add a card lane first: a note becomes a card in a card lane."
    ),
}
"""Every string these menus show, in one place for translation."""


def _t(key: str, **values: Any) -> str:
    """The user's words for ``key``, translated, with ``values`` filled in."""
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


def add_here_entry(menu: QMenu, view: "JourneyView", pos: QPointF) -> None:
    """Append "Add Sticky Note Here" (a free note at ``pos``) to ``menu``."""
    action = menu.addAction(_t("add_here"))
    action.setObjectName("add_note_here")
    action.triggered.connect(lambda: QTimer.singleShot(0, lambda: add_note(view, pos)))


def add_to_card_entry(menu: QMenu, view: "JourneyView", card_id: str) -> None:
    """Append "Add Sticky Note to This Card" to a card's ``menu``."""
    action = menu.addAction(_t("add_to_card"))
    action.setObjectName("add_note_to_card")
    action.triggered.connect(
        lambda: QTimer.singleShot(0, lambda: add_note(view, QPointF(), card_id))
    )


def empty_space_menu(view: "JourneyView", pos: QPointF) -> QMenu:
    """The menu of a place with nothing else to offer: add a note there."""
    menu = QMenu(view)
    menu.setObjectName("canvas_menu")
    add_here_entry(menu, view, pos)
    return menu


def note_menu(view: "JourneyView", session: DocumentSession, box: NoteBox) -> QMenu:
    """Edit text, colour, author, detach or attach, turn into a card, delete."""
    doc = session.document
    note = doc.note(box.note_id)
    note_id = note.id
    view.journey_scene.select_only([note_id])
    menu = QMenu(view)
    menu.setObjectName("note_menu")
    edit = menu.addAction(_t("edit"))
    edit.setObjectName("edit_note")
    edit.triggered.connect(lambda: QTimer.singleShot(0, lambda: edit_note(view, note_id)))

    colours = menu.addMenu(_t("colour"))
    colours.setObjectName("note_colour")
    for name, colour in colour_choices():
        action = colours.addAction(_swatch(colour), name)
        action.setObjectName(f"note_colour:{colour}")
        action.setCheckable(True)
        action.setChecked(note.colour == colour)
        action.triggered.connect(
            lambda _=False, c=colour: _set(session, note_id, _t("recolour"), colour=c)
        )

    author = menu.addAction(_t("author"))
    author.setObjectName("note_author")
    author.triggered.connect(lambda: QTimer.singleShot(0, lambda: ask_author(view, note_id)))

    result = view.journey_scene.layout
    if note.attached_to is not None:
        detach = menu.addAction(_t("detach"))
        detach.setObjectName("detach_note")
        x, y = box.rect.x + 24, box.rect.y - 24  # just off the card, so it is seen to come loose
        detach.triggered.connect(
            lambda: _push(session, lambda d: sticky.detach_note(d, note_id, x, max(0.0, y)))
        )
    else:
        below = card_at(result, QPointF(box.rect.centre_x, box.rect.centre_y)) if result else None
        if below is not None:
            attach = menu.addAction(_t("attach"))
            attach.setObjectName("attach_note")
            card_id = below.touchpoint_id
            attach.triggered.connect(
                lambda: _push(session, lambda d: sticky.attach_note(d, note_id, card_id))
            )

    to_card = menu.addAction(_t("to_card"))
    to_card.setObjectName("note_to_card")
    cell = _cell_for(view, session, box)
    to_card.setEnabled(cell is not None)
    if cell is None:
        to_card.setToolTip(_t("no_card_lane"))
    else:
        to_card.triggered.connect(lambda: turn_into_card(view, note_id, cell))

    menu.addSeparator()
    delete = menu.addAction(_t("delete"))
    delete.setObjectName("delete_note")
    delete.triggered.connect(lambda: delete_notes(session, [note_id]))
    return menu


def _cell_for(view: "JourneyView", session: DocumentSession, box: NoteBox) -> Cell | None:
    """Where "Turn into Card" puts the card: the card lane cell under the note, or the note's
    card's cell, or the first card lane of the phase the note is in."""
    result = view.journey_scene.layout
    doc = session.document
    if result is None:
        return None
    if box.attached_to is not None:
        tp = doc.touchpoint(box.attached_to)
        order = doc.touchpoints_in_journey_order()
        index = [t.id for t in order].index(tp.id)
        after = next((t.id for t in order[index + 1 :] if t.phase_id == tp.phase_id), None)
        return Cell(tp.phase_id, tp.lane_id, after)
    centre = QPointF(box.rect.centre_x, box.rect.centre_y)
    cell = card_cell_at(result, doc, centre)
    if cell is not None:
        return cell
    lanes = [lane for lane in result.lanes if lane.kind == "touchpoints" and not lane.collapsed]
    if not lanes or not result.phases:
        return None
    phase = next((p for p in result.phases if centre.x() < p.header.right), result.phases[-1])
    if centre.x() < result.phases[0].header.x:
        phase = result.phases[0]
    return Cell(phase.phase_id, lanes[0].lane_id, None)


def turn_into_card(view: "JourneyView", note_id: str, cell: Cell) -> None:
    """Replace the note by a card in ``cell`` (one undo step) and select the card."""
    session = view.session
    if session is None:
        return
    try:
        command, card_id = sticky.note_to_card(
            session.document, note_id, cell.phase_id, cell.lane_id, cell.before_id
        )
    except KeyError:
        return
    session.push(command)
    view.journey_scene.select_only([card_id])


def ask_author(view: "JourneyView", note_id: str) -> None:
    """Ask who wrote the note (one undo step when it changes)."""
    session = view.session
    if session is None:
        return
    current = session.document.note(note_id).author
    text, ok = QInputDialog.getText(view, _t("author_title"), _t("author_label"), text=current)
    if ok and text.strip() != current:
        _set(session, note_id, _t("set_author"), author=text)


def _set(session: DocumentSession, note_id: str, label: str, **fields: Any) -> None:
    try:
        note = session.document.note(note_id)
        if all(getattr(note, k) == v for k, v in fields.items()):
            return
        command = cmd.edit(session.document, "notes", note_id, **fields)
    except (KeyError, InputError):
        return
    command.label = label
    session.push(command)


def _push(session: DocumentSession, make: Any) -> None:
    try:
        session.push(make(session.document))
    except (KeyError, InputError):
        return


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(140))
    painter.drawRect(1, 1, 13, 13)
    painter.end()
    return QIcon(pixmap)
