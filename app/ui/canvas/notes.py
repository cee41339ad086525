"""Sticky notes on the canvas: adding, editing in place, dragging, deleting.

Every change is one model command on the undo stack. Dragging a note moves it
freely; dropped on a card it sticks to that card; dropped in an empty cell of a
card lane it turns into a card there (its first line the title, the rest the
description). The view (:mod:`app.ui.canvas.view`) calls in here; the menus are in
:mod:`app.ui.canvas.note_menus`.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from app.export.qt.draw import NOTE_INK
from app.export.qt.text import font_for
from app.layout.geometry import Rect
from app.layout.model import CardBox, Layout, NoteBox
from app.layout.notes import NOTE_MIN_HEIGHT, NOTE_TEXT, NOTE_WIDTH, note_boxes
from app.model import commands as cmd
from app.model import notes as sticky
from app.model.commands import Command
from app.model.document import StickyNote
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.canvas.interactions import Cell, card_cell_at, card_target
from app.ui.canvas.items import Z_DRAG, Z_NOTE, NoteItem
from app.ui.canvas.scene import JourneyScene
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView

CONTEXT = "StickyNotes"
TEXT = {
    "delete_many": QT_TRANSLATE_NOOP("StickyNotes", "Delete {count} sticky notes"),
    "drop_card": QT_TRANSLATE_NOOP("StickyNotes", "Drop to stick this note to “{title}”."),
    "drop_cell": QT_TRANSLATE_NOOP("StickyNotes", "Drop to turn this note into a card here."),
    "placeholder": QT_TRANSLATE_NOOP(
        "StickyNotes", "Type the note. Ctrl+Enter keeps it, Esc cancels."
    ),
}
"""Every string shown about sticky notes, in one place for translation."""
EDITOR_MIN_LINES = 4


def _t(key: str, **values: Any) -> str:
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
        command.label = QCoreApplication.translate("StickyNotes", "Edit sticky note")
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
    editor.setPlaceholderText(_t("placeholder"))
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
            message = _t("drop_card", title=title)
        elif self.cell is not None:
            target = card_target(result, self.doc, pos, set())
            if target is not None:
                indicator.show_at(target.indicator)
            message = _t("drop_cell")
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


# -- deleting ------------------------------------------------------------------------------


def delete_notes(session: DocumentSession, note_ids: list[str]) -> None:
    """Delete notes, one undo step."""
    ids = [i for i in note_ids if any(n.id == i for n in session.document.notes)]
    if not ids:
        return
    if len(ids) == 1:
        session.push(cmd.remove(session.document, "notes", ids[0]))
        return
    steps: list[Command] = [cmd.RemoveElement("notes", i) for i in ids]
    session.push(cmd.Transaction(_t("delete_many", count=number_text(len(ids))), steps))
