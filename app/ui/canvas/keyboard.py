"""Editing the canvas from the keyboard: the focused ("current") item, its ring, and the keys.

The canvas has one *current* item, shown by a focus ring while the canvas has the
keyboard focus: a card, a phase header, a lane header or a cell of an emotion lane.
The items form a grid: the phase headers are the top row, each lane is a row below
with its header on the left, then its cards (or, in an emotion lane, one cell per
card column) in journey order. Arrow keys walk that grid.

:data:`CANVAS_KEYS` is the one table of canvas keys: :class:`CanvasKeyboard` looks every
key press up in it, and Help ▸ Keyboard shortcuts (``app.ui.shortcuts_help``) lists it,
so the two cannot drift apart. Each edit is one model command (one undo step).
"""

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from app.layout.model import LaneBox, Layout, PhaseBox
from app.model import commands as cmd
from app.model.document import JourneyMap
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.canvas.interactions import Cell

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView
    from app.ui.main_window import MainWindow

CONTEXT = "CanvasKeys"
SCORE_STEP = 0.5
LOWEST, HIGHEST = -2.0, 2.0
RING_WIDTH = 2.0
"""The focus ring's width, in screen pixels whatever the zoom (a cosmetic pen)."""
RING_GAP = 4.0
"""How far (screen pixels) the ring stands outside the item, clear of the selection border."""


@dataclass(frozen=True)
class CanvasKey:
    """One thing a key does on the canvas: an id, what it does in words, and its keys.

    ``keys`` are portable key names (``"Shift+Left"``), as :class:`QKeySequence` reads them.
    """

    id: str
    text: str
    keys: tuple[str, ...]


ARROWS = ("Left", "Right", "Up", "Down")
ENDS = ("Home", "End")
CANVAS_KEYS: tuple[CanvasKey, ...] = (
    CanvasKey(
        "go",
        QT_TRANSLATE_NOOP(
            "CanvasKeys",
            "Move the focus to the next card, phase header, lane header or emotion cell, "
            "and select it.",
        ),
        (*ARROWS, *ENDS),
    ),
    CanvasKey(
        "extend",
        QT_TRANSLATE_NOOP(
            "CanvasKeys", "Move the focus and add the card it reaches to the selection."
        ),
        tuple(f"Shift+{key}" for key in (*ARROWS, *ENDS)),
    ),
    CanvasKey(
        "look",
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the focus without changing the selection."),
        tuple(f"Ctrl+{key}" for key in (*ARROWS, *ENDS)),
    ),
    CanvasKey(
        "toggle",
        QT_TRANSLATE_NOOP("CanvasKeys", "Select or unselect the focused card."),
        ("Ctrl+Space",),
    ),
    CanvasKey(
        "earlier",
        QT_TRANSLATE_NOOP(
            "CanvasKeys",
            "Move the selected cards one place earlier (from the start of a phase, to the end "
            "of the previous one).",
        ),
        ("Alt+Left",),
    ),
    CanvasKey(
        "later",
        QT_TRANSLATE_NOOP(
            "CanvasKeys",
            "Move the selected cards one place later (from the end of a phase, to the start "
            "of the next one).",
        ),
        ("Alt+Right",),
    ),
    CanvasKey(
        "lane_up",
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the selected cards to the card lane above."),
        ("Alt+Up",),
    ),
    CanvasKey(
        "lane_down",
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the selected cards to the card lane below."),
        ("Alt+Down",),
    ),
    CanvasKey(
        "edit",
        QT_TRANSLATE_NOOP(
            "CanvasKeys", "Edit the focused card's title, or rename the focused phase or lane."
        ),
        ("Return", "Enter", "F2"),
    ),
    CanvasKey(
        "insert",
        QT_TRANSLATE_NOOP(
            "CanvasKeys",
            "Add a card after the focused one (same phase and lane) and type its title.",
        ),
        ("Ins",),
    ),
    CanvasKey(
        "duplicate", QT_TRANSLATE_NOOP("CanvasKeys", "Duplicate the selected cards."), ("Ctrl+D",)
    ),
    CanvasKey(
        "delete",
        QT_TRANSLATE_NOOP("CanvasKeys", "Delete the selected cards or sticky notes."),
        ("Del", "Backspace"),
    ),
    CanvasKey(
        "menu",
        QT_TRANSLATE_NOOP("CanvasKeys", "Open the focused item's menu."),
        ("Menu", "Shift+F10"),
    ),
    CanvasKey(
        "better",
        QT_TRANSLATE_NOOP(
            "CanvasKeys", "Raise the current persona's score at the focused card by 0.5 (up to +2)."
        ),
        ("+", "="),
    ),
    CanvasKey(
        "worse",
        QT_TRANSLATE_NOOP(
            "CanvasKeys",
            "Lower the current persona's score at the focused card by 0.5 (down to -2).",
        ),
        ("-",),
    ),
    CanvasKey("clear", QT_TRANSLATE_NOOP("CanvasKeys", "Clear the selection."), ("Esc",)),
    CanvasKey(
        "pan", QT_TRANSLATE_NOOP("CanvasKeys", "Hold to pan the map with the mouse."), ("Space",)
    ),
)
"""Every key of the canvas. Keys typed in a panel's field are the field's; the persona whose
score +/- changes is the one chosen in the Personas panel (as for a click in the emotion lane).
"""


def tr(text: str) -> str:
    """``text`` translated (this module's context)."""
    return QCoreApplication.translate(CONTEXT, text)


def _combination(sequence: str) -> QKeyCombination:
    combination: QKeyCombination = QKeySequence(sequence)[0]  # type: ignore[index]
    return combination


def _table() -> dict[QKeyCombination, CanvasKey]:
    return {_combination(key): spec for spec in CANVAS_KEYS for key in spec.keys}


SYMBOL_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal, Qt.Key.Key_Asterisk}
"""Keys typed with Shift on some layouts (+ is Shift+= on a US keyboard): Shift is ignored."""


def canvas_key(event: QKeyEvent, table: dict[QKeyCombination, CanvasKey]) -> CanvasKey | None:
    """The entry of :data:`CANVAS_KEYS` a key press stands for, if any."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key(event.key())
    found = table.get(QKeyCombination(modifiers, key))
    if found is None and key in SYMBOL_KEYS:
        found = table.get(QKeyCombination(modifiers & ~Qt.KeyboardModifier.ShiftModifier, key))
    return found


# -- the grid of focusable items -----------------------------------------------------------


@dataclass(frozen=True)
class Focus:
    """The current item: a ``card``, a ``phase`` or ``lane`` header, or an emotion ``cell``.

    ``element_id`` is the card's, phase's or lane's id (a cell: its card's id);
    ``lane_id`` is the lane the item is in ("" for a phase header).
    """

    kind: Literal["card", "phase", "lane", "cell"]
    element_id: str
    lane_id: str = ""


@dataclass(frozen=True)
class _Spot:
    focus: Focus
    rect: QRectF


@dataclass(frozen=True)
class _Row:
    header: _Spot | None
    """The lane header (None for the phase header row)."""
    items: tuple[_Spot, ...]


def grid(result: Layout) -> list[_Row]:
    """The rows the arrow keys walk: the phase headers, then each lane (header, then items)."""
    rows = [
        _Row(None, tuple(_Spot(Focus("phase", p.phase_id), _rect(p.header)) for p in result.phases))
    ]
    for lane in result.lanes:
        header = _Spot(Focus("lane", lane.lane_id, lane.lane_id), _rect(lane.header))
        items: list[_Spot] = []
        if lane.kind == "touchpoints" and not lane.collapsed:
            for slot in result.slots:
                box = result.card(slot.touchpoint_id)
                if box is not None and box.lane_id == lane.lane_id:
                    items.append(
                        _Spot(Focus("card", box.touchpoint_id, lane.lane_id), _rect(box.rect))
                    )
        elif lane.kind == "emotion" and not lane.collapsed:
            for slot in result.slots:
                cell = QRectF(slot.rect.x, lane.content.y, slot.rect.w, lane.content.h)
                items.append(_Spot(Focus("cell", slot.touchpoint_id, lane.lane_id), cell))
        rows.append(_Row(header, tuple(items)))
    return rows


def _rect(rect: object) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)  # type: ignore[attr-defined]


def spot_rect(result: Layout, focus: Focus) -> QRectF | None:
    """Where ``focus`` is in :func:`grid` ``(result)`` (None when the grid has no such item),
    found from the layout's lookups, without making the grid (a big map's grid is tens of
    thousands of spots: it is made when an arrow key needs it, not to show the ring)."""
    if focus.kind == "phase":
        phase = next((p for p in result.phases if p.phase_id == focus.element_id), None)
        return _rect(phase.header) if phase is not None and not focus.lane_id else None
    lane = result.lane(focus.lane_id)
    if lane is None:
        return None
    if focus.kind == "lane":
        return _rect(lane.header) if focus.element_id == lane.lane_id else None
    if lane.collapsed or not _has_slot(result, focus.element_id):
        return None
    if focus.kind == "card":
        box = result.card(focus.element_id)
        if lane.kind != "touchpoints" or box is None or box.lane_id != lane.lane_id:
            return None
        return _rect(box.rect)
    if lane.kind != "emotion":
        return None
    slot = result.slot(focus.element_id).rect
    return QRectF(slot.x, lane.content.y, slot.w, lane.content.h)


def _has_slot(result: Layout, touchpoint_id: str) -> bool:
    try:
        result.slot(touchpoint_id)
    except KeyError:
        return False
    return True


def first_spot(result: Layout) -> Focus | None:
    """The first card of :func:`grid` ``(result)`` (its first phase header when it has no
    card), found without making the grid."""
    for lane in result.lanes:
        if lane.kind != "touchpoints" or lane.collapsed:
            continue
        for slot in result.slots:
            box = result.card(slot.touchpoint_id)
            if box is not None and box.lane_id == lane.lane_id:
                return Focus("card", box.touchpoint_id, lane.lane_id)
    return Focus("phase", result.phases[0].phase_id) if result.phases else None


def _nearest(items: Iterable[_Spot], x: float) -> _Spot:
    return min(items, key=lambda spot: abs(spot.rect.center().x() - x))


def _locate(rows: list[_Row], focus: Focus) -> tuple[int, int] | None:
    """(row, column) of ``focus``; column -1 is the lane header."""
    for r, row in enumerate(rows):
        if row.header is not None and row.header.focus == focus:
            return r, -1
        for c, spot in enumerate(row.items):
            if spot.focus == focus:
                return r, c
    return None


def step(rows: list[_Row], focus: Focus, key: str) -> Focus:
    """Where ``key`` (Left, Right, Up, Down, Home, End) takes the focus from ``focus``."""
    place = _locate(rows, focus)
    if place is None:
        return focus
    r, c = place
    row = rows[r]
    spot = row.header if c < 0 else row.items[c]
    assert spot is not None
    if key == "Left":
        if c > 0:
            return row.items[c - 1].focus
        return row.header.focus if c == 0 and row.header is not None else focus
    if key == "Right":
        return row.items[c + 1].focus if c + 1 < len(row.items) else focus
    if key == "Home":
        return row.items[0].focus if row.items else focus
    if key == "End":
        return row.items[-1].focus if row.items else focus
    down = key == "Down"
    others = range(r + 1, len(rows)) if down else range(r - 1, -1, -1)
    if c < 0:  # lane header to lane header; above the first lane, the first phase
        target = r + 1 if down else r - 1
        if target >= len(rows):
            return focus
        if target == 0:
            return rows[0].items[0].focus if rows[0].items else focus
        header = rows[target].header
        return header.focus if header is not None else focus
    x = spot.rect.center().x()
    for index in others:
        if rows[index].items:
            return _nearest(rows[index].items, x).focus
    if down and r == 0 and len(rows) > 1 and rows[1].header is not None:
        return rows[1].header.focus  # no card anywhere: the first lane's header
    return focus


# -- the keyboard handler ------------------------------------------------------------------


class CanvasKeyboard:
    """The view's current item and what the keys of :data:`CANVAS_KEYS` do with it."""

    def __init__(self, view: "JourneyView") -> None:
        self.view = view
        self._current: Focus | None = None
        self.ring_shown = False
        """The ring shows once the keyboard is used (a key, or Tab into the map), not after a
        click: mouse users see their selection, keyboard users where they are."""
        self._grid: tuple[weakref.ref[Layout] | None, list[_Row]] = (None, [])
        """The layout the rows were made for (weakly: an old map's layout must not live on)."""
        self._last_rect = QRectF()
        self._table = _table()
        self._typing = False
        """True while a key runs: the selection it makes must not move the current item."""
        view.journey_scene.selectionChanged.connect(self._selection_changed)
        self._actions: dict[str, Callable[[str], None]] = {
            "go": lambda key: self.go(key, "select"),
            "extend": lambda key: self.go(key, "extend"),
            "look": lambda key: self.go(key, "keep"),
            "toggle": lambda _: self.toggle(),
            "earlier": lambda _: self.move_cards(-1),
            "later": lambda _: self.move_cards(1),
            "lane_up": lambda _: self.move_to_lane(-1),
            "lane_down": lambda _: self.move_to_lane(1),
            "edit": lambda _: self.edit(),
            "insert": lambda _: self.insert_card(),
            "duplicate": lambda _: self._duplicate(),
            "delete": lambda _: self.view.delete_selection(),
            "menu": lambda _: self.open_menu(),
            "better": lambda _: self.change_score(SCORE_STEP),
            "worse": lambda _: self.change_score(-SCORE_STEP),
            "clear": lambda _: self.view.journey_scene.clearSelection(),
        }

    # -- keys ---------------------------------------------------------------------------

    def lookup(self, event: QKeyEvent) -> CanvasKey | None:
        """The canvas key ``event`` stands for."""
        return canvas_key(event, self._table)

    def key_press(self, event: QKeyEvent) -> bool:
        """Do what ``event``'s key does on the canvas; False when it is not a canvas key."""
        spec = self.lookup(event)
        action = self._actions.get(spec.id) if spec is not None else None
        if action is None:
            return False
        name = QKeySequence(Qt.Key(event.key())).toString(QKeySequence.SequenceFormat.PortableText)
        self._typing = True
        try:
            action(name)
        finally:
            self._typing = False
        self.show_ring(True)
        event.accept()
        return True

    def show_ring(self, shown: bool) -> None:
        """Show or hide the ring (while the map has the focus)."""
        if shown != self.ring_shown:
            self.ring_shown = shown
            self.view.viewport().update()

    def _selection_changed(self) -> None:
        """Cards selected otherwise (rectangle, Find, Select All): the focus goes to the first."""
        view = self.view
        if self._typing or not (shiboken6.isValid(view) and shiboken6.isValid(view.journey_scene)):
            return
        selected = self.view.journey_scene.selected_touchpoints()
        card = self._card_of(self._current)
        if selected and card not in selected:
            layout = self.view.journey_scene.layout
            box = layout.card(selected[0]) if layout is not None else None
            if box is not None:
                self.set_current(Focus("card", selected[0], box.lane_id), reveal=False)

    # -- the current item ---------------------------------------------------------------

    def rows(self) -> list[_Row]:
        """The grid of the map shown now (made again only after the layout changed)."""
        layout = self.view.journey_scene.layout
        if layout is None:
            return []
        made_for = self._grid[0]
        if made_for is None or made_for() is not layout:
            self._grid = (weakref.ref(layout), grid(layout))
        return self._grid[1]

    @property
    def current(self) -> Focus | None:
        """The current item (the one with the ring), always one the map shows."""
        return self.ensure_current()

    def peek(self) -> Focus | None:
        """The current item as it stands, without picking another (for observers such as
        the screen-reader announcer: reading must never move the ring)."""
        return self._current

    def ensure_current(self) -> Focus | None:
        """The current item, picked afresh when there is none or it is gone."""
        layout = self.view.journey_scene.layout
        if layout is None:
            self._current = None
            return None
        if self._current is not None and spot_rect(layout, self._current) is not None:
            return self._current
        selected = self.view.journey_scene.selected_touchpoints()
        if selected or (self._current is not None and not self._last_rect.isNull()):
            self._current = self._fallback(self.rows(), selected)
        else:  # the usual case (a map just shown): no need for the whole grid
            self._current = first_spot(layout)
        return self._current

    def _fallback(self, rows: list[_Row], selected: list[str]) -> Focus | None:
        cards = [s for row in rows for s in row.items if s.focus.kind == "card"]
        for spot in cards:
            if spot.focus.element_id in selected:
                return spot.focus
        if self._current is not None and not self._last_rect.isNull():
            # The item went (deleted, or its lane collapsed): its nearest neighbour.
            centre = self._last_rect.center()
            spots = [s for row in rows for s in (*row.items, *([row.header] if row.header else []))]
            if spots:
                return min(
                    spots,
                    key=lambda s: (s.rect.center() - centre).manhattanLength(),
                ).focus
        if cards:
            return cards[0].focus
        return rows[0].items[0].focus if rows and rows[0].items else None

    def set_current(self, focus: Focus | None, reveal: bool = True) -> None:
        """Make ``focus`` the current item, scroll it into view and repaint the ring."""
        self._current = focus
        rect = self.item_rect(focus) if focus is not None else None
        if rect is not None:
            self._last_rect = rect
            if reveal:
                self._reveal(focus, rect)  # type: ignore[arg-type]
        self.view.viewport().update()

    def follow_click(self, pos: QPointF) -> None:
        """The mouse picked a card or header at scene point ``pos``: it becomes current."""
        header = self.view.header_at(pos)
        if isinstance(header, PhaseBox):
            self.set_current(Focus("phase", header.phase_id), reveal=False)
            return
        if isinstance(header, LaneBox):
            self.set_current(Focus("lane", header.lane_id, header.lane_id), reveal=False)
            return
        for row in self.rows():
            for spot in row.items:
                if spot.rect.contains(pos):
                    self.set_current(spot.focus, reveal=False)
                    return

    def item_rect(self, focus: Focus) -> QRectF | None:
        """Where ``focus`` is in the scene (None when it is not shown)."""
        layout = self.view.journey_scene.layout
        return spot_rect(layout, focus) if layout is not None else None

    def ring_rect(self) -> QRectF | None:
        """Where the focus ring goes (scene units), following headers pinned to the view."""
        focus = self.ensure_current()
        rect = self.item_rect(focus) if focus is not None else None
        if focus is None or rect is None:
            return None
        dx, dy = self.view.header_offsets()
        if focus.kind == "phase":
            return rect.translated(0, dy)
        if focus.kind == "lane":
            return rect.translated(dx, 0)
        return rect

    def paint_ring(self, painter: QPainter) -> None:
        """Draw the focus ring over the map (the view's foreground: never exported)."""
        rect = self.ring_rect()
        if rect is None:
            return
        zoom = max(self.view.zoom(), 1e-6)
        gap = RING_GAP / zoom
        pen = QPen(self.view.journey_scene.theme.indicator, RING_WIDTH, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-gap, -gap, gap, gap), 6 / zoom, 6 / zoom)
        painter.restore()

    def _reveal(self, focus: Focus, rect: QRectF) -> None:
        view = self.view
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        if focus.kind == "phase":  # pinned to the top: only sideways
            rect = QRectF(rect.x(), seen.center().y(), rect.width(), 0)
        elif focus.kind == "lane":  # pinned to the left: only up and down
            rect = QRectF(seen.center().x(), rect.y(), 0, rect.height())
        view.reveal(rect)

    # -- moving the focus ---------------------------------------------------------------

    def go(self, key: str, how: Literal["select", "extend", "keep"]) -> None:
        """Move the current item with an arrow, Home or End; select, extend or keep selection."""
        focus = self.ensure_current()
        if focus is None:
            return
        target = step(self.rows(), focus, key)
        self.set_current(target)
        if how == "select":
            self._select(target)
        elif how == "extend":
            card = self._card_of(target)
            item = self.view.journey_scene.cards.get(card) if card else None
            if item is not None:
                item.setSelected(True)

    def _select(self, focus: Focus) -> None:
        """Select as a click would: the card (or the cell's card), or show the header's form."""
        scene, view = self.view.journey_scene, self.view
        card = self._card_of(focus)
        if card is not None:
            scene.select_only([card])
        elif focus.kind == "phase":
            scene.clearSelection()
            view.header_clicked.emit("phases", focus.element_id)
        else:
            scene.clearSelection()
            view.header_clicked.emit("lanes", focus.element_id)

    @staticmethod
    def _card_of(focus: Focus | None) -> str | None:
        if focus is None or focus.kind not in ("card", "cell"):
            return None
        return focus.element_id

    def toggle(self) -> None:
        """Ctrl+Space: select or unselect the current card."""
        card = self._card_of(self.ensure_current())
        item = self.view.journey_scene.cards.get(card) if card else None
        if item is not None:
            item.setSelected(not item.isSelected())

    # -- edits --------------------------------------------------------------------------

    def _duplicate(self) -> None:
        copies = self.view.duplicate_selection()
        layout = self.view.journey_scene.layout
        box = layout.card(copies[0]) if copies and layout is not None else None
        if box is not None:
            self.set_current(Focus("card", box.touchpoint_id, box.lane_id))

    def _doc(self) -> JourneyMap | None:
        session = self.view.session
        return session.document if session is not None else None

    def move_cards(self, direction: int) -> None:
        """Alt+Left / Alt+Right: the selected cards one place earlier or later (one undo step)."""
        session, doc = self.view.session, self._doc()
        ids = self.view.journey_scene.selected_touchpoints()
        if session is None or doc is None or not ids:
            return
        command = shift_cards(doc, ids, direction)
        if command is not None:
            session.push(command, merge=False)
            self._after_edit()

    def move_to_lane(self, direction: int) -> None:
        """Alt+Up / Alt+Down: the selected cards to the card lane above or below (one step)."""
        session, doc = self.view.session, self._doc()
        ids = self.view.journey_scene.selected_touchpoints()
        if session is None or doc is None or not ids:
            return
        command = cards_to_lane(doc, ids, direction)
        if command is not None:
            session.push(command, merge=False)
            focus = self._current
            if focus is not None and focus.kind == "card" and focus.element_id in ids:
                lane = doc.touchpoint(focus.element_id).lane_id
                self._current = Focus("card", focus.element_id, lane)
            self._after_edit()

    def _after_edit(self) -> None:
        focus = self._current
        if focus is not None:
            self.set_current(focus)

    def edit(self) -> None:
        """Enter / F2: edit the current card's title, or rename the current phase or lane."""
        view, scene = self.view, self.view.journey_scene
        notes = scene.selected_notes()
        if len(notes) == 1 and not scene.selected_touchpoints():
            from app.ui.canvas import notes as note_editing

            note_editing.edit_note(view, notes[0])
            return
        focus = self.ensure_current()
        layout = scene.layout
        if focus is None or layout is None:
            return
        card = self._card_of(focus)
        if card is not None:
            view.edit_title(card)
        elif focus.kind == "phase":
            view.rename_header(layout.phase(focus.element_id))
        else:
            lane = layout.lane(focus.element_id)
            if lane is not None:
                view.rename_header(lane)

    def insert_card(self) -> None:
        """Insert: a new card after the current one, its title ready to type."""
        doc = self._doc()
        focus = self.ensure_current()
        if doc is None or focus is None:
            return
        cell = insertion_cell(doc, focus)
        if cell is None:
            return
        self.view.create_card(cell)
        made = self.view.journey_scene.selected_touchpoints()
        if made:
            self._current = Focus("card", made[0], cell.lane_id)
            self.view.viewport().update()

    def change_score(self, delta: float) -> None:
        """+ / -: the current persona's score at the current card, by half a point."""
        session, doc = self.view.session, self._doc()
        card = self._card_of(self.ensure_current())
        if session is None or doc is None or card is None:
            return
        persona_id = self.view.journey_scene.scoring_persona(doc)
        if persona_id is None:
            return
        current = doc.touchpoint(card).emotions.get(persona_id)
        value = max(LOWEST, min(HIGHEST, (current or 0.0) + delta))
        if current is not None and value == current:
            return
        session.push(cmd.set_emotion(doc, card, persona_id, value), merge=False)

    def open_menu(self) -> None:
        """Menu / Shift+F10: the current item's context menu, shown at the item."""
        from app.ui.canvas import menus

        view = self.view
        focus = self.ensure_current()
        layout = view.journey_scene.layout
        if focus is None or layout is None or view.session is None:
            return
        self.set_current(focus)
        rect = self.ring_rect()
        if rect is None:
            return
        centre = rect.center()
        if focus.kind == "phase":
            menu = menus.header_menu(view, view.session, layout.phase(focus.element_id))
        elif focus.kind == "lane":
            lane = layout.lane(focus.element_id)
            menu = menus.header_menu(view, view.session, lane) if lane is not None else None
        else:
            menu = view.menu_at(centre)
        if menu is not None:
            view.show_menu(menu, view.viewport().mapToGlobal(view.mapFromScene(centre)))


# -- the commands behind the keys -----------------------------------------------------------


def shift_cards(doc: JourneyMap, ids: list[str], direction: int) -> cmd.Command | None:
    """Move cards ``ids`` one place earlier (-1) or later (+1) in journey order.

    Past the first (last) card of their phase they go to the end (start) of the
    previous (next) phase. The cards keep their lanes and end up next to each
    other. None when they cannot go further.
    """
    order = [tp.id for tp in doc.touchpoints_in_journey_order()]
    phase_of = {tp.id: tp.phase_id for tp in doc.touchpoints}
    phases = [p.id for p in doc.phases]
    chosen = set(ids)  # sets made once: a set built per card made Alt+→ on all 10,000 take 5 s
    moving = [i for i in order if i in chosen]
    if not moving:
        return None
    others = [i for i in order if i not in chosen]
    edge = moving[0] if direction < 0 else moving[-1]
    phase = phase_of[edge]
    position = order.index(edge)
    neighbours = order[:position][::-1] if direction < 0 else order[position + 1 :]
    neighbour = next((i for i in neighbours if i not in chosen and phase_of[i] == phase), None)
    if neighbour is not None:
        at = others.index(neighbour) + (0 if direction < 0 else 1)
        target = phase
    else:
        index = phases.index(phase) + direction
        if not 0 <= index < len(phases):
            return None
        target = phases[index]
        in_target = [i for i, o in enumerate(others) if phase_of[o] == target]
        if in_target:
            at = in_target[-1] + 1 if direction < 0 else in_target[0]
        else:  # an empty phase: after the cards of the phases before it
            rank = {p: n for n, p in enumerate(phases)}
            at = sum(1 for o in others if rank[phase_of[o]] < rank[target])
    final = others[:at] + moving + others[at:]
    steps: list[cmd.Command] = [
        cmd.SetFields("touchpoints", i, {"phase_id": target}, doc)
        for i in moving
        if phase_of[i] != target
    ]
    if final != [tp.id for tp in doc.touchpoints]:
        steps.append(cmd.Reorder("touchpoints", final))
    if not steps:
        return None
    first = doc.touchpoint(moving[0]).title
    label = _move_label(first, len(moving))
    return cmd.Transaction(label, steps)


def _move_label(first: str, count: int) -> str:
    """The undo step's name: the card's title, or how many cards moved."""
    if count == 1:
        return QCoreApplication.translate("CanvasKeys", "Move '{title}'").format(title=first)
    return QCoreApplication.translate("CanvasKeys", "Move {count} cards").format(
        count=number_text(count)
    )


def cards_to_lane(doc: JourneyMap, ids: list[str], direction: int) -> cmd.Command | None:
    """Move cards ``ids`` to the card lane above (-1) or below (+1) theirs, keeping their places.

    Folded (collapsed) lanes are passed over. None when one of the cards has no open
    card lane on that side.
    """
    lanes = [lane.id for lane in doc.lanes if lane.kind == "touchpoints" and not lane.collapsed]
    by_id = doc.touchpoints_by_id()
    steps: list[cmd.Command] = []
    for touchpoint_id in ids:
        tp = by_id[touchpoint_id]
        index = lanes.index(tp.lane_id) + direction if tp.lane_id in lanes else -1
        if not 0 <= index < len(lanes):
            return None
        steps.append(cmd.SetFields("touchpoints", tp.id, {"lane_id": lanes[index]}, doc))
    if not steps:
        return None
    first = doc.touchpoint(ids[0]).title
    label = _move_label(first, len(ids))
    return cmd.Transaction(label, steps)


def insertion_cell(doc: JourneyMap, focus: Focus) -> Cell | None:
    """Where Insert puts a new card for the current item ``focus``.

    After a card (or an emotion cell's card): same phase, same card lane. On a phase
    header: the end of that phase, first card lane. On a lane header: the start of
    the map in that lane (or in the first card lane).
    """
    lanes = [lane.id for lane in doc.lanes if lane.kind == "touchpoints" and not lane.collapsed]
    if not lanes or not doc.phases:
        return None
    order = doc.touchpoints_in_journey_order()
    if focus.kind in ("card", "cell"):
        tp = doc.touchpoint(focus.element_id)
        lane = tp.lane_id if focus.kind == "card" and tp.lane_id in lanes else lanes[0]
        index = [t.id for t in order].index(tp.id)
        after = order[index + 1] if index + 1 < len(order) else None
        before = after.id if after is not None and after.phase_id == tp.phase_id else None
        return Cell(tp.phase_id, lane, before)
    if focus.kind == "phase":
        return Cell(focus.element_id, lanes[0], None)
    lane = focus.element_id if focus.element_id in lanes else lanes[0]
    first = doc.phases[0].id
    before = next((t.id for t in order if t.phase_id == first), None)
    return Cell(first, lane, before)


# -- leaving the canvas with Tab -------------------------------------------------------------


class TabCycle(QObject):
    """Tab and Shift+Tab across the window's areas: canvas → inspector → panels, and round.

    Inside an area Tab follows the area's own order; past its last field it goes to
    the first field of the next visible area. The inspector builds a new form for each
    selection, so Qt's own focus chain alone would wander (back to the canvas from
    the form's last field, or to the form's frame first).
    """

    def __init__(self, window: QWidget, stops: list[QWidget]) -> None:
        super().__init__(window)
        self.window, self.stops = window, stops

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers:
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or not _tab_leaves(focus):
            return False
        target = self.next_stop(focus, event.key() == Qt.Key.Key_Tab)
        if target is None:
            return False
        forward = event.key() == Qt.Key.Key_Tab
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def next_stop(self, focus: QWidget, forward: bool) -> QWidget | None:
        """Where Tab (``forward``) or Shift+Tab goes from ``focus``; None: Qt decides."""
        if not shiboken6.isValid(self.window) or not self.window.isAncestorOf(focus):
            return None
        here = next(
            (i for i, stop in enumerate(self.stops) if stop is focus or stop.isAncestorOf(focus)),
            None,
        )
        if here is None:
            return None
        if self.stops[here] is not focus:
            fields = focusable(self.stops[here])
            if focus in fields:
                index = fields.index(focus) + (1 if forward else -1)
                if 0 <= index < len(fields):
                    return fields[index]
        count = len(self.stops)
        for offset in range(1, count + 1):
            stop = self.stops[(here + (offset if forward else -offset)) % count]
            if not stop.isVisible():
                continue
            if stop is self.stops[0]:
                return stop  # the canvas itself
            fields = focusable(stop)
            if fields:
                return fields[0] if forward else fields[-1]
        return None


def _tab_leaves(widget: QWidget) -> bool:
    """Does Tab move the focus out of ``widget`` (not typed into it, not an item editor)?"""
    if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.tabChangesFocus():
        return False
    parent = widget.parentWidget()
    grand = parent.parentWidget() if parent is not None else None
    return not isinstance(grand, QAbstractItemView)  # a list item being edited keeps Tab


def focusable(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab reaches, in focus-chain order."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    for _ in range(5000):
        if widget is container or widget is None:
            break
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QScrollArea)  # the form's frame: its fields come next
            and widget.focusProxy() is None  # a spin box's line edit: the spin box counts
            and widget not in found
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def set_tab_order(window: "MainWindow") -> TabCycle:
    """Tab goes canvas → inspector → personas → structure → channels → insights → canvas.

    Call once when the window is built; Shift+Tab goes the other way.
    """
    panels = window.panels
    stops: list[QWidget] = [
        window.canvas,
        panels.inspector,
        panels.personas,
        panels.structure,
        panels.channels,
        panels.insights,
    ]
    for before, after in pairwise(stops):
        QWidget.setTabOrder(before, after)
    cycle = TabCycle(window, stops)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(cycle)
    window.canvas.tab_target = lambda forward: cycle.next_stop(window.canvas, forward)
    return cycle
