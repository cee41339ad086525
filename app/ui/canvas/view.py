"""The canvas view: the mouse and keyboard gestures that edit the map (moving around the map
is :mod:`app.ui.canvas.navigation`)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QToolTip,
    QWidget,
)

from app.export.qt.text import font_for
from app.layout.geometry import Rect
from app.layout.model import LaneBox, PhaseBox
from app.model import commands as cmd
from app.model.clipboard import channel_card
from app.model.document import Touchpoint
from app.model.text import speaks_french
from app.ui.canvas import notes
from app.ui.canvas.interactions import (
    CardDrag,
    Cell,
    EmotionDrag,
    HeaderDrag,
    card_cell_at,
    emotion_column_at,
    emotion_point_at,
    score_tooltip,
)
from app.ui.canvas.items import CardItem, NoteItem
from app.ui.canvas.keyboard import CanvasKeyboard
from app.ui.canvas.navigation import MapViewport
from app.ui.canvas.scene import JourneyScene
from app.ui.channel_palette import MIME_CHANNEL, channel_drop_at
from app.ui.session import DocumentSession, UndoCommand

HIT_RADIUS = 9.0
"""How close (in screen pixels) the mouse must be to grab an emotion point."""
EDGE = 36
"""Auto-scroll starts this close (in pixels) to the view's edge during a drag."""
CURVE_CACHE_BYTES = 48 * 2**20
"""Persona curves are cached as pixmaps while those of the curves in view take at most this."""


class JourneyView(MapViewport):
    """Shows a :class:`JourneyScene` and turns gestures into model commands."""

    header_clicked = Signal(str, str)
    """(``"phases"`` or ``"lanes"``, id): a header was clicked without dragging it."""
    item_pressed = Signal()
    """A card or sticky note was pressed, selected already or not: the panels show the
    selection again (the Inspector may be showing a persona picked in its panel since)."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.session: DocumentSession | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        # One rectangle around what changed: after a drop that moves many cards, the smart
        # mode's region of many small rectangles made every lane and curve beneath paint
        # through a complex clip (the lanes 5x slower); one card's change is one rectangle
        # either way, and cached items copy their pixmaps outside the change.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)  # channels dragged from the channel palette
        self._gesture: CardDrag | EmotionDrag | HeaderDrag | notes.NoteDrag | None = None
        self._pending: tuple[str, QPointF, QPoint] | None = None
        self._pan: QPoint | None = None
        self._space = False
        self._editor: QLineEdit | None = None
        self.note_editor: notes.NoteEditor | None = None
        """The sticky-note text editor open over the canvas, if any (tests type into it)."""
        self._header_box: PhaseBox | LaneBox | None = None
        self._last_mouse = QPoint()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._scroll_towards_edge)
        self.last_menu: QMenu | None = None
        """The context menu shown last (tests read its actions)."""
        self._fresh_card: tuple[str, int] | None = None
        """A card just made and its undo index: naming it joins its creation step."""
        self.paste_here_handler: Callable[[str, str, str | None], None] | None = None
        """Pastes cards at (phase id, lane id, before card id); the window sets it."""
        self.keys = CanvasKeyboard(self)
        """The current item (focus ring) and the canvas keys (app/ui/canvas/keyboard.py)."""
        self.tab_target: Callable[[bool], QWidget | None] | None = None
        """Where Tab (True) or Shift+Tab (False) leaves the canvas for; see ``set_tab_order``."""

    def set_session(self, session: DocumentSession) -> None:
        """Edit ``session``'s map from now on."""
        self.session = session

    # -- lookups for tests and the window --------------------------------------------------

    def header_at(self, pos: QPointF) -> PhaseBox | LaneBox | None:
        """The phase or lane header drawn at scene point ``pos`` (pinned when scrolled)."""
        return self._header_at(pos)

    def item_for(self, element_id: str) -> QGraphicsItem | None:
        """The scene item that shows an element (card, phase, lane, persona curve)."""
        return self.journey_scene.item_for(element_id)

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self.keys.follow_click(self.mapToScene(event.position().toPoint()))
            self.keys.show_ring(False)
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._pan = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()  # the context menu acts on the selection: keep it
            return
        if event.button() != Qt.MouseButton.LeftButton or self.session is None:
            super().mousePressEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        # Headers (pinned over the map when scrolled) come first: they are drawn on top.
        header = self._header_at(pos)
        if header is not None:
            self._pending = ("header", pos, event.position().toPoint())
            self._header_box = header
            event.accept()
            return
        note = self.itemAt(event.position().toPoint())
        if isinstance(note, NoteItem):
            super().mousePressEvent(event)  # selects it
            self._pending = (f"note:{note.element_id}", pos, event.position().toPoint())
            self.item_pressed.emit()
            return
        hit = emotion_point_at(self.journey_scene, pos, HIT_RADIUS / max(self.zoom(), 1e-6))
        if hit is not None:
            self._gesture = EmotionDrag(self.journey_scene, self.session.document, *hit)
            event.accept()
            return
        layout = self.journey_scene.layout
        if layout is not None and emotion_column_at(layout, pos) is not None:
            # A click (no drag) here scores; a drag still draws a selection rectangle.
            self._pending = ("emotion", pos, event.position().toPoint())
            super().mousePressEvent(event)
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(not item.isSelected())
                event.accept()
                return
            super().mousePressEvent(event)
            self._pending = ("cards", pos, event.position().toPoint())
            self.item_pressed.emit()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._last_mouse = event.position().toPoint()
        if self._pan is not None:
            delta = event.position().toPoint() - self._pan
            self._pan = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        pos = self.mapToScene(self._last_mouse)
        if self._pending is not None and self._gesture is None:
            kind, start, press = self._pending
            if (self._last_mouse - press).manhattanLength() >= QApplication.startDragDistance():
                self._begin(kind, start)
        if self._gesture is None:
            if event.buttons() == Qt.MouseButton.NoButton and not self._space:
                self._show_hover_cursor(pos)
            super().mouseMoveEvent(event)
            return
        self._move_gesture(pos, event)
        self._autoscroll.start()

    def _show_hover_cursor(self, pos: QPointF) -> None:
        """Over the emotion lane, say what a click does: move a point up or down, or add one."""
        layout = self.journey_scene.layout
        shape = Qt.CursorShape.ArrowCursor
        if layout is not None and emotion_column_at(layout, pos) is not None:
            radius = HIT_RADIUS / max(self.zoom(), 1e-6)
            if emotion_point_at(self.journey_scene, pos, radius) is not None:
                shape = Qt.CursorShape.SizeVerCursor
            else:
                shape = Qt.CursorShape.CrossCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def _begin(self, kind: str, start: QPointF) -> None:
        assert self.session is not None
        doc = self.session.document
        if kind == "emotion":
            self._pending = None  # a drag, not a click: no score
        elif kind.startswith("note:"):
            if kind[5:] in self.journey_scene.notes:
                self._gesture = notes.NoteDrag(self, kind[5:], start)
        elif kind == "cards":
            ids = self.journey_scene.selected_touchpoints()
            if ids:
                self._gesture = CardDrag(self.journey_scene, doc, ids, start)
        elif self._header_box is not None:
            self._gesture = HeaderDrag(self.journey_scene, doc, self._header_box, start)

    def _move_gesture(self, pos: QPointF, event: QMouseEvent | None) -> None:
        gesture = self._gesture
        if isinstance(gesture, EmotionDrag):
            free = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            gesture.move(pos, free)
            global_pos = self.viewport().mapToGlobal(self._last_mouse)
            QToolTip.showText(global_pos, gesture.label(), self)
        elif gesture is not None:
            gesture.move(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            return
        self._autoscroll.stop()
        pending = self._pending
        gesture, self._gesture, self._pending = self._gesture, None, None
        clicked = event.button() == Qt.MouseButton.LeftButton
        if gesture is None and pending is not None and pending[0] == "emotion" and clicked:
            super().mouseReleaseEvent(event)  # ends the (empty) selection rectangle
            self.set_score_at(pending[1])
            event.accept()  # handled: its parents must not see it (that would hide the tooltip)
            return
        header = self._header_box
        if gesture is None and pending is not None and pending[0] == "header" and clicked:
            if isinstance(header, PhaseBox):
                self.header_clicked.emit("phases", header.phase_id)
            elif isinstance(header, LaneBox):
                self.header_clicked.emit("lanes", header.lane_id)
            event.accept()
            return
        if gesture is not None and event.button() == Qt.MouseButton.LeftButton:
            QToolTip.hideText()
            command = gesture.finish()
            if command is not None and self.session is not None:
                self.session.push(command)
            if isinstance(gesture, EmotionDrag):
                # As a click that scores: the inspector shows the card and its new score.
                self.journey_scene.select_only([gesture.point.touchpoint_id])
            event.accept()
            if isinstance(gesture, CardDrag | notes.NoteDrag):
                super().mouseReleaseEvent(event)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.session is None:
            super().mouseDoubleClickEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        header = self._header_at(pos)
        if header is not None:
            self._pending, self._header_box = None, None
            self.rename_header(header)
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteItem):
            self._pending = None
            notes.edit_note(self, item.element_id)
            return
        if isinstance(item, CardItem):
            self.edit_title(item.element_id)
            return
        if not self._create_card_at(pos):
            super().mouseDoubleClickEvent(event)

    def _scroll_towards_edge(self) -> None:
        if self._gesture is None:
            self._autoscroll.stop()
            return
        view = self.viewport().rect()
        p = self._last_mouse
        dx = -1 if p.x() < EDGE else 1 if p.x() > view.width() - EDGE else 0
        dy = -1 if p.y() < EDGE else 1 if p.y() > view.height() - EDGE else 0
        if not dx and not dy:
            return
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx * 18)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy * 18)
        self._move_gesture(self.mapToScene(p), None)

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._gesture is not None:
            self._gesture.cancel()
            self._gesture, self._pending = None, None
            self._autoscroll.stop()
            QToolTip.hideText()
            event.accept()
            return
        spec = self.keys.lookup(event)
        if spec is not None and spec.id == "pan":
            if not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self.keys.key_press(event):  # arrows, Insert, Enter, +/-... (CANVAS_KEYS)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        target = self.tab_target(next) if self.tab_target is not None else None
        if target is not None:
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.keys.ensure_current()
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self.keys.show_ring(True)
        self.viewport().update()  # the focus ring shows

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()  # the focus ring goes

    def paintEvent(self, event: QPaintEvent) -> None:
        self.budget_caches()
        super().paintEvent(event)

    def budget_caches(self) -> None:
        """Cache long items as pixmaps when the pixmap cache can hold them (see ``set_cached``).

        A repaint then copies the lanes' texts and the dashed curves instead of drawing
        them again (a full repaint of a 1920×1080 view at 60 %: 12 → 4 ms). What Qt caches
        of a long item is its part in view, so framework and metric lanes and cards take
        at most about one view of pixels; curves overlap, each as high as the emotion lane
        looks: when those would pass :data:`CURVE_CACHE_BYTES` (close up in a big window),
        curves are drawn directly. ``QPixmapCache`` is raised to hold all of it (never
        lowered: other views may count on it); a cache too small to hold what one paint
        uses would draw everything again into pixmaps at each repaint.
        """
        scene = self.journey_scene
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        width, height = viewport.width() * ratio, viewport.height() * ratio
        scale = self.zoom() * ratio
        curve_bytes = sum(
            4 * width * min(height, item.boundingRect().height() * scale + 2)
            for item in scene.curves.values()
            if item.isVisible()
        )
        curves = curve_bytes <= CURVE_CACHE_BYTES
        scene.set_cached(True, curves)
        needed = 2 * 4 * width * height + (curve_bytes if curves else 0)
        limit = int(needed * 1.25) // 1024 + 1024  # kilobytes
        if QPixmapCache.cacheLimit() < limit:
            QPixmapCache.setCacheLimit(limit)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if self.hasFocus() and self.keys.ring_shown:
            self.keys.paint_ring(painter)  # the view's own layer: exports never show it

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- edits ---------------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected cards and sticky notes (one undo step)."""
        ids = self.journey_scene.selected_touchpoints()
        picked = self.journey_scene.selected_notes()
        if self.session is None or not (ids or picked):
            return
        if not ids:
            notes.delete_notes(self.session, picked)
            return
        command = cmd.remove_touchpoints(self.session.document, ids)
        gone = {c.element_id for c in command.commands if isinstance(c, cmd.RemoveElement)}
        command.commands += [cmd.RemoveElement("notes", n) for n in picked if n not in gone]
        self.session.push(command)

    def add_note(self) -> None:
        """Add a sticky note: on the one selected card, else in the middle of the view."""
        notes.add_note_in_view(self)

    def duplicate_selection(self) -> list[str]:
        """Copy the selected cards next to their originals (one undo step); select the copies."""
        ids = self.journey_scene.selected_touchpoints()
        if not ids or self.session is None:
            return []
        command, copies = cmd.duplicate_touchpoints(self.session.document, ids)
        self.session.push(command)
        self.journey_scene.select_only(copies)
        return copies

    def _create_card_at(self, pos: QPointF) -> bool:
        """Double-click on an empty cell of a card lane: a new card there, title ready to type."""
        layout = self.journey_scene.layout
        if self.session is None or layout is None:
            return False
        cell = card_cell_at(layout, self.session.document, pos)
        if cell is None:
            return False
        self.create_card(cell)
        return True

    def create_card(self, cell: Cell) -> None:
        """A new card in ``cell``, selected, its title ready to type."""
        session = self.session
        if session is None:
            return
        doc = session.document
        card = Touchpoint(
            phase_id=cell.phase_id, lane_id=cell.lane_id, title=_new_card_title(doc.language)
        )
        name = doc.lane(cell.lane_id).name
        session.push(cmd.add_touchpoint(doc, card, cell.before_id, lane_name=name))
        self._fresh_card = (card.id, session.undo_stack.index())
        self.journey_scene.select_only([card.id])
        self.edit_title(card.id, select_all=True)

    def set_score_at(self, pos: QPointF) -> bool:
        """Score the current persona at the emotion lane column under ``pos`` (snapped to 0.5)."""
        session, layout = self.session, self.journey_scene.layout
        if session is None or layout is None:
            return False
        column = emotion_column_at(layout, pos)
        persona_id = self.journey_scene.scoring_persona(session.document)
        if column is None or persona_id is None:
            return False
        value = column.score_at(pos.y())
        tp = session.document.touchpoint(column.touchpoint_id)
        if tp.emotions.get(persona_id) == value:
            return False
        session.push(cmd.set_emotion(session.document, tp.id, persona_id, value))
        self.journey_scene.select_only([tp.id])  # the inspector then shows the card and its scores
        # The same words as while dragging a point: who, how much, where.
        name = session.document.persona(persona_id).name
        at = self.viewport().mapToGlobal(self.mapFromScene(pos))
        QToolTip.showText(at, score_tooltip(name, value, tp.title), self)
        return True

    def rename_header(self, header: PhaseBox | LaneBox) -> None:
        """Rename a phase or lane (the dialog lives with the phase and lane menus)."""
        from app.ui.canvas.menus import structure_module

        structure_menus = structure_module()
        if self.session is None or structure_menus is None:
            return
        if isinstance(header, PhaseBox):
            structure_menus.rename_phase(self, self.session, header.phase_id)
        else:
            structure_menus.rename_lane(self, self.session, header.lane_id)

    # -- context menus -------------------------------------------------------------------

    def menu_at(self, pos: QPointF) -> QMenu | None:
        """The context menu for scene point ``pos`` (a card, header, emotion lane or empty cell)."""
        from app.ui.canvas import menus

        if self.session is None:
            return None
        return menus.menu_at(self, self.session, pos, self._header_at(pos))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_selection_menu()
            event.accept()
            return
        menu = self.menu_at(self.mapToScene(event.pos()))
        if menu is None:
            event.ignore()
            return
        event.accept()
        self.show_menu(menu, event.globalPos())

    def open_selection_menu(self) -> None:
        """The menu of the current item, shown at it (Menu key, Shift+F10)."""
        self.keys.open_menu()

    def show_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        """Remember ``menu`` as ``last_menu`` (dropping the one before) and pop it up."""
        if self.last_menu is not None and self.last_menu is not menu:
            self.last_menu.deleteLater()
        self.last_menu = menu
        self.popup_menu(menu, global_pos)

    def popup_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        """Run ``menu`` at ``global_pos`` (modal; tests replace this to look at the menu)."""
        menu.exec(global_pos)

    def edit_title(self, touchpoint_id: str, select_all: bool = True) -> None:
        """Edit a card's title in place: Enter keeps it, Esc cancels."""
        if self.session is None or self.journey_scene.layout is None:
            return
        box = self.journey_scene.layout.card(touchpoint_id)
        if box is None:
            return
        self.reveal_card(touchpoint_id)
        title = self.session.document.touchpoint(touchpoint_id).title
        editor = InlineEditor(self, title)
        font = font_for(box.title.style)
        font.setPixelSize(max(8, round(box.title.style.size * self.zoom())))
        editor.setFont(font)
        editor.setGeometry(self._view_rect(box.title.rect).adjusted(-4, -3, 4, 3))
        if select_all:
            # Selected from the end back to the start: a title longer than the card shows
            # its beginning, not its end.
            editor.setSelection(len(title), -len(title))
        editor.committed.connect(lambda text: self._commit_title(touchpoint_id, text))
        editor.cancelled.connect(lambda: self._cancel_title(touchpoint_id))
        editor.show()
        editor.setFocus()
        self._editor = editor

    def _view_rect(self, rect: Rect) -> QRect:
        # The whole title, not its first line: a second line left showing under a one-line
        # editor read as part of the text being typed.
        top_left = self.mapFromScene(QPointF(rect.x, rect.y))
        bottom_right = self.mapFromScene(QPointF(rect.right, rect.y + max(rect.h, 20)))
        return QRect(top_left, bottom_right)

    def _cancel_title(self, touchpoint_id: str) -> None:
        """Esc in the title editor: the title stays; a card made a moment ago goes (Esc adds
        no card, as it adds no sticky note), and nothing of it is left to redo."""
        self._editor = None
        fresh, self._fresh_card = self._fresh_card, None
        session = self.session
        if session is not None and fresh == (touchpoint_id, session.undo_stack.index()):
            session.withdraw()
        self.setFocus()

    def _commit_title(self, touchpoint_id: str, text: str) -> None:
        self._editor = None
        fresh, self._fresh_card = self._fresh_card, None
        session = self.session
        if session is None or not text.strip():
            return
        try:
            current = session.document.touchpoint(touchpoint_id).title
        except KeyError:
            return
        if text.strip() != current:
            command = cmd.edit(session.document, "touchpoints", touchpoint_id, title=text.strip())
            command.label = QCoreApplication.translate(
                "JourneyView", "Rename “{old}” to “{new}”"
            ).format(old=current, new=text.strip())
            stack = session.undo_stack
            top = stack.command(stack.index() - 1) if stack.index() > 0 else None
            selected = self.journey_scene.selected_touchpoints()
            if fresh == (touchpoint_id, stack.index()) and isinstance(top, UndoCommand):
                # A card just made and named is one step: "Add card “Title”", not two.
                stack.undo()
                label = QCoreApplication.translate("JourneyView", "Add card “{title}”").format(
                    title=text.strip()
                )
                session.push(cmd.Transaction(label, [top.command, command]))
                # Undoing the bare creation took the card, and its selection, away a moment.
                self.journey_scene.select_only(selected)
            else:
                session.push(command)
        self.setFocus()

    # -- channels dropped from the palette --------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_CHANNEL):
            self.dragMoveEvent(event)
            # Accepted wherever it enters: a widget that refuses the enter gets no moves, so a
            # drag coming in over the lane names would never reach a card lane.
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(MIME_CHANNEL):
            super().dragMoveEvent(event)
            return
        dropped = channel_drop_at(self, event.mimeData(), event.position())
        if dropped is None:
            self.journey_scene.indicator.hide()
            event.ignore()
            return
        self.journey_scene.indicator.show_at(dropped[1].indicator)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.journey_scene.indicator.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """A channel dropped on a card lane cell: a card with that channel there, title editing."""
        if not event.mimeData().hasFormat(MIME_CHANNEL):
            super().dropEvent(event)
            return
        self.journey_scene.indicator.hide()
        dropped = channel_drop_at(self, event.mimeData(), event.position())
        if dropped is None or self.session is None:
            event.ignore()
            return
        channel, target = dropped
        command, card_id = channel_card(
            self.session.document, channel, target.phase_id, target.lane_id, target.before_id
        )
        self.session.push(command)
        event.acceptProposedAction()
        self._fresh_card = (card_id, self.session.undo_stack.index())
        self.journey_scene.select_only([card_id])
        # The drag came from a panel that may be a window of its own: typing goes here now.
        self.window().activateWindow()
        self.edit_title(card_id)


class InlineEditor(QLineEdit):
    """A one-line editor over the canvas: Enter or leaving it commits, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, view: QGraphicsView, text: str) -> None:
        super().__init__(text, view.viewport())
        self._done = False
        self.setFrame(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        self._finish(commit=True)
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()
        self.hide()
        self.deleteLater()


def _new_card_title(language: str) -> str:
    return "Nouveau point de contact" if speaks_french(language) else "New touchpoint"
