"""Sticky notes on the canvas: adding, editing in place, dragging, and their context menu.

Every change is one model command on the undo stack. Dragging a note moves it
freely; dropped on a card it sticks to that card; dropped in an empty cell of a
card lane it turns into a card there (its first line the title, the rest the
description). The view (:mod:`app.ui.canvas.view`) calls in here.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QInputDialog, QMenu, QPlainTextEdit, QToolTip, QWidget

from app.export.qt.draw import NOTE_INK
from app.export.qt.text import font_for
from app.layout.geometry import Rect
from app.layout.model import CardBox, Layout, NoteBox
from app.layout.notes import NOTE_MIN_HEIGHT, NOTE_TEXT, NOTE_WIDTH, note_boxes
from app.model import commands as cmd
from app.model import notes as sticky
from app.model.commands import Command
from app.model.document import STICKY_COLOURS, StickyNote
from app.model.errors import InputError
from app.ui.canvas.interactions import Cell, card_cell_at
from app.ui.canvas.items import Z_DRAG, Z_NOTE, NoteItem
from app.ui.canvas.scene import JourneyScene
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView

CONTEXT = "StickyNotes"
TEXT = {
    "add_here": "Add Sticky Note Here",
    "add_to_card": "Add Sticky Note to This Card",
    "edit": "Edit Text",
    "colour": "Colour",
    "author": "Author…",
    "author_title": "Sticky note author",
    "author_label": "Who wrote this note?",
    "detach": "Detach from Card",
    "attach": "Attach to Card Below",
    "to_card": "Turn into Card",
    "delete": "Delete",
    "delete_many": "Delete {count} sticky notes",
    "recolour": "Change sticky note colour",
    "set_author": "Set sticky note author",
    "drop_card": "Drop to stick this note to “{title}”.",
    "drop_cell": "Drop to turn this note into a card here.",
    "yellow": "Yellow",
    "orange": "Orange",
    "pink": "Pink",
    "green": "Green",
    "blue": "Blue",
    "lilac": "Lilac",
    "no_card_lane": "Add a card lane first: a note becomes a card in a card lane.",
    "placeholder": "Type the note. Ctrl+Enter keeps it, Esc cancels.",
}
"""Every string shown about sticky notes, in one place for translation."""
COLOUR_NAMES = ("yellow", "orange", "pink", "green", "blue", "lilac")
assert len(COLOUR_NAMES) == len(STICKY_COLOURS)
EDITOR_MIN_LINES = 4


def tr(key: str, **values: Any) -> str:
    """The user's words for ``key``, translated, with ``values`` filled in."""
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


# -- lookups -------------------------------------------------------------------------------


def note_at(result: Layout, pos: QPointF) -> NoteBox | None:
    """The topmost note under scene point ``pos``."""
    for box in reversed(result.notes):
        if box.rect.contains(pos.x(), pos.y()):
            return box
    return None


def card_at(result: Layout, pos: QPointF) -> CardBox | None:
    """The card under scene point ``pos``."""
    return next((c for c in result.cards if c.rect.contains(pos.x(), pos.y())), None)


def _place_for_new(view: "JourneyView", pos: QPointF, card_id: str | None) -> Rect:
    """Where a note added at ``pos`` (or to card ``card_id``) will be drawn."""
    result = view.journey_scene.layout
    session = view.session
    if card_id is None or result is None or session is None:
        return Rect(pos.x(), pos.y(), NOTE_WIDTH, NOTE_MIN_HEIGHT)
    others = [n for n in session.document.notes if n.attached_to == card_id]
    probe = StickyNote(text="·", attached_to=card_id)
    boxes = note_boxes([*others, probe], result.card, view.journey_scene.measure)
    return boxes[-1].rect if boxes else Rect(pos.x(), pos.y(), NOTE_WIDTH, NOTE_MIN_HEIGHT)


# -- adding and editing ----------------------------------------------------------------------


def add_note(view: "JourneyView", pos: QPointF, card_id: str | None = None) -> None:
    """Type a new note at scene point ``pos`` (or on card ``card_id``); added when committed."""
    session = view.session
    if session is None:
        return
    rect = _place_for_new(view, pos, card_id)

    def commit(text: str) -> None:
        if not text.strip():
            return
        try:
            command, note_id = sticky.add_note(
                session.document, text, rect.x, rect.y, attached_to=card_id
            )
        except (InputError, KeyError):
            return
        session.push(command)
        view.journey_scene.select_only([note_id])

    open_editor(view, rect, "", StickyNote(text="·").colour, commit)


def add_note_in_view(view: "JourneyView") -> None:
    """The Add Sticky Note action: on the one selected card, else in the middle of the view."""
    cards = view.journey_scene.selected_touchpoints()
    if len(cards) == 1:
        box = view.journey_scene.layout.card(cards[0]) if view.journey_scene.layout else None
        if box is not None:
            add_note(view, QPointF(box.rect.x, box.rect.y), cards[0])
            return
    centre = view.mapToScene(view.viewport().rect().center())
    add_note(view, QPointF(centre.x() - NOTE_WIDTH / 2, centre.y() - NOTE_MIN_HEIGHT / 2))


def edit_note(view: "JourneyView", note_id: str) -> None:
    """Edit a note's text in place: Ctrl+Enter or clicking away keeps it, Esc cancels."""
    session, result = view.session, view.journey_scene.layout
    if session is None or result is None:
        return
    box = next((n for n in result.notes if n.note_id == note_id), None)
    if box is None:
        return
    note = session.document.note(note_id)

    def commit(text: str) -> None:
        try:
            current = session.document.note(note_id)
        except KeyError:
            return
        if not text.strip() or text.strip() == current.text:
            return
        try:
            command = cmd.edit(session.document, "notes", note_id, text=text)
        except InputError:
            return
        command.label = "Edit sticky note"
        session.push(command)

    open_editor(view, box.rect, note.text, note.colour, commit)


def open_editor(
    view: "JourneyView", rect: Rect, text: str, colour: str, commit: Any
) -> "NoteEditor":
    """A multi-line editor over the note's place, in the note's colour and font."""
    top_left = view.mapFromScene(QPointF(rect.x, rect.y))
    zoom = view.zoom()
    lines = EDITOR_MIN_LINES * NOTE_TEXT.size * 1.3 + 16
    size = (max(rect.w * zoom, 160), max(rect.h * zoom, lines * zoom, 90))
    editor = NoteEditor(view, text)
    editor.setPlaceholderText(tr("placeholder"))
    font = font_for(NOTE_TEXT)  # a copy: the shared font stays as it is
    font.setPixelSize(max(9, round(NOTE_TEXT.size * zoom)))
    editor.setFont(font)
    editor.setStyleSheet(
        f"QPlainTextEdit {{ background: {colour}; color: {NOTE_INK};"
        " border: 2px solid palette(highlight); }"
    )
    editor.setGeometry(QRect(top_left.x(), top_left.y(), int(size[0]), int(size[1])))
    editor.committed.connect(commit)
    editor.committed.connect(lambda _: view.setFocus())

    def closed() -> None:
        if view.note_editor is editor:
            view.note_editor = None

    editor.closed.connect(closed)
    editor.selectAll()
    editor.show()
    editor.setFocus()
    view.note_editor = editor
    return editor


class NoteEditor(QPlainTextEdit):
    """A multi-line editor over the canvas: Ctrl+Enter or leaving it commits, Esc cancels."""

    committed = Signal(str)
    closed = Signal()
    """Emitted when the editor goes away, committed or not."""

    def __init__(self, view: QWidget, text: str) -> None:
        parent = view.viewport() if hasattr(view, "viewport") else view
        super().__init__(text, parent)
        self.setObjectName("note_editor")
        self.setTabChangesFocus(True)
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu keeps it open
            self.finish(commit=True)
        super().focusOutEvent(event)

    def finish(self, commit: bool) -> None:
        """Close the editor, keeping the text (``commit``) or not."""
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        self.hide()
        self.deleteLater()
        self.closed.emit()
        if commit:
            self.committed.emit(text)


# -- dragging ------------------------------------------------------------------------------


class NoteDrag:
    """Dragging a note: free move, onto a card (attach), or into an empty cell (a card)."""

    def __init__(self, view: "JourneyView", note_id: str, start: QPointF) -> None:
        self.view = view
        self.scene: JourneyScene = view.journey_scene
        assert view.session is not None
        self.doc = view.session.document
        self.note_id, self.start = note_id, start
        self.item: NoteItem = self.scene.notes[note_id]
        self.box: NoteBox = self.item.box
        self.delta = QPointF()
        self.card: CardBox | None = None
        self.cell: Cell | None = None
        result = self.scene.layout
        centre = QPointF(self.box.rect.centre_x, self.box.rect.centre_y)
        home = card_cell_at(result, self.doc, centre) if result is not None else None
        # Nudged inside the cell it sits in, a note stays a note; dropped elsewhere, a card.
        self.home = None if home is None else (home.phase_id, home.lane_id)
        self.item.setZValue(Z_DRAG)
        self.item.setOpacity(0.9)

    def move(self, pos: QPointF) -> None:
        """Follow the mouse and say what a drop here would do."""
        self.delta = pos - self.start
        self.item.setPos(self.delta)
        result = self.scene.layout
        assert result is not None
        self.card = card_at(result, pos)
        self.cell = None if self.card else card_cell_at(result, self.doc, pos)
        if self.cell is not None and (self.cell.phase_id, self.cell.lane_id) == self.home:
            self.cell = None
        indicator = self.scene.indicator
        message = ""
        if self.card is not None and self.card.touchpoint_id != self.box.attached_to:
            indicator.show_at(QRectF(*_outline(self.card.rect)))
            title = self.doc.touchpoint(self.card.touchpoint_id).title
            message = tr("drop_card", title=title)
        elif self.cell is not None:
            from app.ui.canvas.interactions import card_target

            target = card_target(result, self.doc, pos, set())
            if target is not None:
                indicator.show_at(target.indicator)
            message = tr("drop_cell")
        else:
            indicator.hide()
        at = self.view.viewport().mapToGlobal(self.view.mapFromScene(pos))
        if message:
            QToolTip.showText(at, message, self.view)
        else:
            QToolTip.hideText()

    def finish(self) -> Command | None:
        """One command: attach, turn into a card, or move; None when nothing changes."""
        self._restore()
        if self.card is not None:
            if self.card.touchpoint_id == self.box.attached_to:
                return None
            return sticky.attach_note(self.doc, self.note_id, self.card.touchpoint_id)
        if self.cell is not None:
            command, _ = sticky.note_to_card(
                self.doc, self.note_id, self.cell.phase_id, self.cell.lane_id, self.cell.before_id
            )
            return command
        if self.delta.isNull():
            return None
        x = max(0.0, round(self.box.rect.x + self.delta.x(), 1))
        y = max(0.0, round(self.box.rect.y + self.delta.y(), 1))
        return sticky.move_note(self.doc, self.note_id, x, y)

    def cancel(self) -> None:
        """Put the note back."""
        self._restore()

    def _restore(self) -> None:
        self.item.setPos(0, 0)
        self.item.setZValue(Z_NOTE)
        self.item.setOpacity(1.0)
        self.scene.indicator.hide()
        QToolTip.hideText()


def _outline(rect: Rect) -> tuple[float, float, float, float]:
    return (rect.x - 3, rect.y - 3, rect.w + 6, rect.h + 6)


# -- menus ---------------------------------------------------------------------------------


def add_here_entry(menu: QMenu, view: "JourneyView", pos: QPointF) -> None:
    """Append "Add Sticky Note Here" (a free note at ``pos``) to ``menu``."""
    action = menu.addAction(tr("add_here"))
    action.setObjectName("add_note_here")
    action.triggered.connect(lambda: QTimer.singleShot(0, lambda: add_note(view, pos)))


def add_to_card_entry(menu: QMenu, view: "JourneyView", card_id: str) -> None:
    """Append "Add Sticky Note to This Card" to a card's ``menu``."""
    action = menu.addAction(tr("add_to_card"))
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
    edit = menu.addAction(tr("edit"))
    edit.setObjectName("edit_note")
    edit.triggered.connect(lambda: QTimer.singleShot(0, lambda: edit_note(view, note_id)))

    colours = menu.addMenu(tr("colour"))
    colours.setObjectName("note_colour")
    for name, colour in zip(COLOUR_NAMES, STICKY_COLOURS, strict=True):
        action = colours.addAction(_swatch(colour), tr(name))
        action.setObjectName(f"note_colour:{colour}")
        action.setCheckable(True)
        action.setChecked(note.colour == colour)
        action.triggered.connect(
            lambda _=False, c=colour: _set(session, note_id, tr("recolour"), colour=c)
        )

    author = menu.addAction(tr("author"))
    author.setObjectName("note_author")
    author.triggered.connect(lambda: QTimer.singleShot(0, lambda: ask_author(view, note_id)))

    result = view.journey_scene.layout
    if note.attached_to is not None:
        detach = menu.addAction(tr("detach"))
        detach.setObjectName("detach_note")
        x, y = box.rect.x + 24, box.rect.y - 24  # just off the card, so it is seen to come loose
        detach.triggered.connect(
            lambda: _push(session, lambda d: sticky.detach_note(d, note_id, x, max(0.0, y)))
        )
    else:
        below = card_at(result, QPointF(box.rect.centre_x, box.rect.centre_y)) if result else None
        if below is not None:
            attach = menu.addAction(tr("attach"))
            attach.setObjectName("attach_note")
            card_id = below.touchpoint_id
            attach.triggered.connect(
                lambda: _push(session, lambda d: sticky.attach_note(d, note_id, card_id))
            )

    to_card = menu.addAction(tr("to_card"))
    to_card.setObjectName("note_to_card")
    cell = _cell_for(view, session, box)
    to_card.setEnabled(cell is not None)
    if cell is None:
        to_card.setToolTip(tr("no_card_lane"))
    else:
        to_card.triggered.connect(lambda: turn_into_card(view, note_id, cell))

    menu.addSeparator()
    delete = menu.addAction(tr("delete"))
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
        order = [t.id for t in doc.touchpoints_in_journey_order()]
        index = order.index(tp.id)
        after = next(
            (t for t in order[index + 1 :] if doc.touchpoint(t).phase_id == tp.phase_id), None
        )
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
    text, ok = QInputDialog.getText(view, tr("author_title"), tr("author_label"), text=current)
    if ok and text.strip() != current:
        _set(session, note_id, tr("set_author"), author=text)


def delete_notes(session: DocumentSession, note_ids: list[str]) -> None:
    """Delete notes, one undo step."""
    ids = [i for i in note_ids if any(n.id == i for n in session.document.notes)]
    if not ids:
        return
    if len(ids) == 1:
        session.push(cmd.remove(session.document, "notes", ids[0]))
        return
    steps: list[Command] = [cmd.RemoveElement("notes", i) for i in ids]
    session.push(cmd.Transaction(tr("delete_many", count=len(ids)), steps))


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
