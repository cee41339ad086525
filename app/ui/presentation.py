"""Presentation mode: the map full screen, walked phase by phase, still editable.

:class:`Presentation` belongs to a main window. ``start()`` remembers the editor
exactly as it is (window state, panels, zoom and scroll, theme), shows the canvas
full screen and the first phase at a size a room can read: card titles at least
:data:`LEGIBLE_PX` pixels high. ``stop()`` (Esc) puts the editor back.

With one screen the main window itself goes full screen. With two, the audience
gets a window of its own on the other screen, with its own view of the same
scene, while the editor stays as it is and says which phase is showing.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPen,
    QScreen,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QLabel, QToolBar, QVBoxLayout, QWidget

from app.export.qt.draw import draw_lane_header, draw_phase
from app.export.qt.theme import PROJECTOR
from app.layout.model import Layout, PhaseBox
from app.ui.canvas.view import JourneyView
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

LEGIBLE_PX = 24.0
"""Card titles are at least this many pixels high on screen while a phase is shown."""
MAX_PHASE_ZOOM = 3.0
"""A phase with few lanes is not blown up beyond this."""
TOP_MARGIN = 12.0
"""Scene units shown above the phase headers."""
DIM = 0.78
"""How much the phases beside the current one fade into the background."""


def tr(text: str) -> str:
    """``text`` in the user's language (every sentence this module shows is in :data:`TEXT`)."""
    return QCoreApplication.translate("Presentation", text)


TEXT = {
    "now_showing": "Now showing: {name}",
    "overview": "the whole map",
    "audience": "Parcours presentation",
}

Key = Qt.Key
NEXT = {Key.Key_Right, Key.Key_Space, Key.Key_PageDown}
PREVIOUS = {Key.Key_Left, Key.Key_Backspace, Key.Key_PageUp}
DIGITS = {getattr(Key, f"Key_{n}"): n for n in range(1, 10)}


class ScreenLike(Protocol):
    """What :func:`audience_screen` needs of a screen (a QScreen, or a fake in tests)."""

    def geometry(self) -> QRect: ...


S = TypeVar("S", bound=ScreenLike)


def audience_screen(screens: Sequence[S], editor: S | None) -> S | None:
    """The screen the audience sees: the largest one that is not the editor's; None with one."""
    others = [s for s in screens if s is not editor and s != editor]
    if not others or len(screens) < 2:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


def phase_zoom(layout: Layout, phase: PhaseBox, view: QSize) -> float:
    """The zoom that shows ``phase`` as large as fits ``view``, never with titles below 24 px.

    A phase taller or wider than the screen at the legible size scrolls; it is not shrunk.
    """
    fit = 0.96 * min(view.width() / phase.body.w, view.height() / (layout.height + TOP_MARGIN))
    sizes = [card.title.style.size for card in layout.cards]
    legible = LEGIBLE_PX / min(sizes) * 1.0005 if sizes else 0.0  # a hair above 24.0 px
    return max(legible, min(fit, MAX_PHASE_ZOOM))


@dataclass
class EditorState:
    """How the editor looked before presenting, to put it back exactly."""

    geometry: QByteArray
    rect: QRect
    panels: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    find_bar: bool
    docks: dict[str, bool]
    toolbars: dict[QToolBar, bool]
    transform: QTransform
    """Zoom, and the shift ``set_zoom`` leaves in it that the scroll values are relative to."""
    scroll: tuple[int, int]
    viewport: QSize
    scroll_policies: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    frame: QFrame.Shape
    actions_added: list[object] = field(default_factory=list)


class AudienceWindow(QWidget):
    """The full-screen window on the second screen: one more view of the editor's scene."""

    closed = Signal()

    def __init__(self, window: "MainWindow") -> None:
        # A window of its own, deleted with the editor's.
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(tr(TEXT["audience"]))
        self.view = JourneyView(window.scene, self)
        self.view.setObjectName("presentation_view")
        if window.session is not None:
            self.view.set_session(window.session)
        self.view.paste_here_handler = window.clipboard.paste_here
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        for key in ("undo", "redo"):
            self.addAction(window.actions_by_id[key])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class Presentation(QObject):
    """Presentation mode for one main window (see the module's docstring)."""

    phase_changed = Signal(int)
    started = Signal()
    stopped = Signal()

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.phase_index = 0
        self.overview = False
        self.high_contrast = False
        self.audience: AudienceWindow | None = None
        self.indicator: QLabel | None = None
        self._state: EditorState | None = None
        self._views: list[JourneyView] = []
        self._pressed = 0
        self._pin_lanes = False
        self._restoring: QTimer | None = None
        self._session: DocumentSession | None = None

    @property
    def is_active(self) -> bool:
        """True while presenting."""
        return self._state is not None

    @property
    def lane_names_pinned(self) -> bool:
        """True when lane names stay on the left of the shown phase (there is room for both)."""
        return self._pin_lanes

    @property
    def view(self) -> JourneyView:
        """The view the audience sees: the audience window's, or the editor's canvas."""
        return self.audience.view if self.audience is not None else self.window.canvas

    # -- entering and leaving -------------------------------------------------------------------

    def start(self) -> None:
        """Remember the editor, go full screen and show the current phase."""
        if self.is_active:
            return
        w = self.window
        canvas = w.canvas
        self._finish_restoring()
        self._state = EditorState(
            geometry=w.saveGeometry(),
            rect=w.geometry(),
            panels=w.saveState(),
            window_state=w.windowState(),
            menu_bar=w.menuBar().isVisibleTo(w),
            status_bar=w.statusBar().isVisibleTo(w),
            find_bar=w.find_bar.isVisibleTo(w),
            docks={name: not dock.isHidden() for name, dock in w.panels.docks.items()},
            toolbars={bar: bar.isVisibleTo(w) for bar in w.findChildren(QToolBar)},
            transform=QTransform(canvas.transform()),
            scroll=(canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()),
            viewport=canvas.viewport().size(),
            scroll_policies=(
                canvas.horizontalScrollBarPolicy(),
                canvas.verticalScrollBarPolicy(),
            ),
            frame=canvas.frameShape(),
        )
        self.phase_index = min(self.phase_index, max(0, self._phase_count() - 1))
        self.overview = False
        screen = audience_screen(QGuiApplication.screens(), w.screen())
        if screen is not None:
            self._open_audience_window(screen)
        else:
            self._fill_the_screen()
        view = self.view
        self._views = [view] if view is canvas else [view, canvas]
        for v in self._views:
            v.installEventFilter(self)
            v.viewport().installEventFilter(self)
        # The view's own pinned headers give way to the presentation's (see _paint_foreground).
        view.drawForeground = self._paint_foreground  # type: ignore[method-assign]
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)  # edge to edge
        view.setFocus()
        self._session = w.session
        if self._session is not None:
            self._session.changed.connect(self._after_edit)
        w.installEventFilter(self)  # closing the window ends the presentation first
        self._show_current()
        self.started.emit()

    def _fill_the_screen(self) -> None:
        w = self.window
        assert self._state is not None
        w.menuBar().hide()
        w.statusBar().hide()
        w.find_bar.hide()
        for dock in w.panels.docks.values():
            dock.hide()
        for bar in self._state.toolbars:
            bar.hide()
        # A hidden menu bar takes its shortcuts along: Ctrl+Z and the rest stay on the window.
        added = [a for a in w.actions_by_id.values() if a not in w.actions()]
        w.addActions(added)
        self._state.actions_added = list(added)
        w.showFullScreen()

    def _open_audience_window(self, screen: QScreen) -> None:
        audience = AudienceWindow(self.window)
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.closed.connect(self.stop)
        audience.showFullScreen()
        self.audience = audience
        self.indicator = QLabel(self.window)
        self.indicator.setObjectName("now_showing")
        self.window.statusBar().addPermanentWidget(self.indicator)
        self.indicator.show()

    def stop(self) -> None:
        """Leave: the editor exactly as it was before presenting (edits made meanwhile stay)."""
        state, self._state = self._state, None
        if state is None:
            return
        w = self.window
        view = self.view
        for v in self._views:
            v.removeEventFilter(self)
            v.viewport().removeEventFilter(self)
        self._views = []
        w.removeEventFilter(self)
        if self._session is not None and shiboken6.isValid(self._session):
            self._session.changed.disconnect(self._after_edit)
        self._session = None
        del view.drawForeground  # back to the class's pinned headers
        if self.high_contrast:
            self.high_contrast = False
            w.scene.set_theme(w.theme)
        if self.audience is not None:
            audience, self.audience = self.audience, None
            audience.closed.disconnect(self.stop)
            audience.close()
            audience.deleteLater()
        if self.indicator is not None:
            w.statusBar().removeWidget(self.indicator)
            self.indicator.hide()
            self.indicator.deleteLater()
            self.indicator = None
        for action in state.actions_added:
            w.removeAction(action)  # type: ignore[arg-type]
        canvas = w.canvas
        canvas.setHorizontalScrollBarPolicy(state.scroll_policies[0])
        canvas.setVerticalScrollBarPolicy(state.scroll_policies[1])
        canvas.setFrameShape(state.frame)
        if not (state.window_state & Qt.WindowState.WindowFullScreen):
            w.setWindowState(state.window_state)
        w.restoreGeometry(state.geometry)
        if not state.window_state & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            w.setGeometry(state.rect)  # restoreGeometry shrinks a window larger than the screen
        w.menuBar().setVisible(state.menu_bar)
        w.statusBar().setVisible(state.status_bar)
        w.find_bar.setVisible(state.find_bar)
        # The panels share out the window's room: let it take its old size before they do.
        layout = w.layout()
        if layout is not None:
            layout.activate()
        w.restoreState(state.panels)
        for name, shown in state.docks.items():
            w.panels.docks[name].setVisible(shown)
        for bar, shown in state.toolbars.items():
            bar.setVisible(shown)
        self._restore_view(state)
        canvas.setFocus()
        self.stopped.emit()

    def _restore_view(self, state: EditorState) -> None:
        """Zoom and scroll as before, again until the canvas is back to its old size (the
        window manager may take a moment to leave full screen, and each resize scrolls)."""
        window = self.window
        canvas = window.canvas
        self._finish_restoring()
        canvas.setTransform(state.transform)
        canvas.zoom_changed.emit(canvas.zoom())  # the zoom shown in the status bar
        tries = 0

        def apply() -> None:
            nonlocal tries
            tries += 1
            if self.is_active:
                self._finish_restoring()
                return
            settled = tries > 2 and canvas.viewport().size() == state.viewport
            if (settled or tries > 100) and window.saveState() != state.panels:
                window.restoreState(state.panels)  # the window manager resized after stop()
            canvas.setTransform(state.transform)
            canvas.horizontalScrollBar().setValue(state.scroll[0])
            canvas.verticalScrollBar().setValue(state.scroll[1])
            if settled or tries > 100:
                self._finish_restoring()

        timer = QTimer(self)
        timer.setInterval(20)
        timer.timeout.connect(apply)
        self._restoring = timer
        apply()
        timer.start()

    def _finish_restoring(self) -> None:
        if self._restoring is not None:
            self._restoring.stop()
            self._restoring.deleteLater()
            self._restoring = None

    # -- moving through the phases ----------------------------------------------------------------

    def next(self) -> None:
        """The next phase (stays on the last)."""
        self.show_phase(self.phase_index + 1)

    def previous(self) -> None:
        """The phase before (stays on the first)."""
        self.show_phase(self.phase_index - 1)

    def first(self) -> None:
        """The first phase."""
        self.show_phase(0)

    def last(self) -> None:
        """The last phase."""
        self.show_phase(self._phase_count() - 1)

    def show_phase(self, index: int) -> None:
        """Show phase ``index`` (0-based, clamped to the map's phases), leaving the overview."""
        count = self._phase_count()
        index = max(0, min(index, count - 1)) if count else 0
        changed = index != self.phase_index
        self.phase_index = index
        self.overview = False
        self._show_current()
        if changed:
            self.phase_changed.emit(index)

    def scroll(self, steps: int) -> None:
        """Scroll a third of the screen down (positive) or up: to the emotions below the cards."""
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + steps * self.view.viewport().height() // 3)

    def toggle_overview(self) -> None:
        """The whole map, and back to the current phase."""
        self.overview = not self.overview
        self._show_current()

    def toggle_high_contrast(self) -> None:
        """Black on white for a washed-out projector, and back to the editor's theme."""
        self.high_contrast = not self.high_contrast
        w = self.window
        w.scene.set_theme(PROJECTOR if self.high_contrast else w.theme)
        self.view.viewport().update()

    def current_phase(self) -> PhaseBox | None:
        """The box of the phase being shown."""
        layout = self.window.scene.layout
        if layout is None or not layout.phases:
            return None
        return layout.phases[min(self.phase_index, len(layout.phases) - 1)]

    def _phase_count(self) -> int:
        layout = self.window.scene.layout
        return len(layout.phases) if layout is not None else 0

    def _show_current(self) -> None:
        if not self.is_active:
            return
        view = self.view
        if self.overview:
            self._pin_lanes = False
            view.fit_map()
        else:
            self._show_phase_view(view)
        view.viewport().update()
        self._update_indicator()

    def _show_phase_view(self, view: JourneyView) -> None:
        layout, phase = self.window.scene.layout, self.current_phase()
        size = view.viewport().size()
        if layout is None or phase is None or size.isEmpty():
            return
        zoom = phase_zoom(layout, phase, size)
        view.set_zoom(zoom)
        zoom = view.zoom()
        width = phase.body.w * zoom
        lanes = layout.lane_header_width * zoom
        # Lane names stay pinned on the left only when the whole phase still fits beside them.
        self._pin_lanes = width + lanes <= size.width()
        left = lanes if self._pin_lanes else 0.0
        room = size.width() - left
        # Centred in the room left; a phase wider than the screen starts at its left edge.
        at = left + (room - width) / 2 if width <= room else left
        centre_x = phase.body.x + (size.width() / 2 - at) / zoom
        if (layout.height + TOP_MARGIN) * zoom <= size.height():
            centre_y = layout.height / 2
        else:
            centre_y = -TOP_MARGIN + size.height() / 2 / zoom
        view.centerOn(QPointF(centre_x, centre_y))

    def _update_indicator(self) -> None:
        if self.indicator is None:
            return
        phase = self.current_phase()
        if self.overview or phase is None:
            name = tr(TEXT["overview"])
        else:
            name = next((p.name for p in self.window.document.phases if p.id == phase.phase_id), "")
        self.indicator.setText(tr(TEXT["now_showing"]).format(name=name))

    def _after_edit(self, changes: object) -> None:
        # The view stays where it is (no jump while someone drags); only the dimming follows.
        del changes
        count = self._phase_count()
        if count and self.phase_index >= count:
            self.show_phase(count - 1)
        self.view.viewport().update()
        self._update_indicator()

    # -- keys and mouse -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close:
                # Before the window saves its layout: the editor's, not the presentation's.
                self.stop()
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed += 1
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = max(0, self._pressed - 1)
        elif kind == QEvent.Type.Resize and watched is self.view.viewport():
            QTimer.singleShot(0, self, self._show_current)
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            action = self._key_action(event)
            if action is None:
                return False
            event.accept()
            if kind == QEvent.Type.KeyPress:
                action()
            return True  # a shortcut (Backspace, Home ...) must not take the key first
        elif kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            # The view's Space means "pan while held": here Space means the next phase.
            return bool(event.key() == Key.Key_Space)
        return False

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        key = Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None
        if key == Key.Key_Escape:
            # Esc during a drag cancels the drag (the view does it), not the presentation.
            return None if self._pressed else self.stop
        if key in (Key.Key_Down, Key.Key_Up):
            return lambda: self.scroll(1 if key == Key.Key_Down else -1)
        if key in NEXT:
            return self.next
        if key in PREVIOUS:
            return self.previous
        if key in DIGITS:
            number = DIGITS[key]
            return (lambda: self.show_phase(number - 1)) if number <= self._phase_count() else None
        table: dict[Qt.Key, Callable[[], None]] = {
            Key.Key_Home: self.first,
            Key.Key_End: self.last,
            Key.Key_O: self.toggle_overview,
            Key.Key_H: self.toggle_high_contrast,
        }
        return table.get(key)

    # -- painting ---------------------------------------------------------------------------------

    def _paint_foreground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Phase names pinned on top, the other phases faded, lane names when there is room."""
        del rect
        view = self.view
        scene = self.window.scene
        layout, phase = scene.layout, self.current_phase()
        if layout is None or phase is None:
            return
        theme, zoom = scene.theme, view.zoom()
        dx, dy = view.header_offsets()
        painter.save()
        if dy > 0:
            painter.save()
            painter.translate(0, dy)
            band = QRectF(0, 0, layout.width, layout.header_height)
            painter.setClipRect(band)
            painter.fillRect(band, theme.background)
            for box in layout.phases:
                draw_phase(painter, box, theme, zoom)
            painter.restore()
        whole = scene.sceneRect().united(view.mapToScene(view.viewport().rect()).boundingRect())
        column = QRectF(phase.header.x, 0, phase.header.w, layout.height)
        if self.overview:
            pen = QPen(theme.selection, 4)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(column)
        else:
            veil = QColor(theme.background)
            veil.setAlphaF(DIM)
            start = layout.lane_header_width
            painter.fillRect(
                QRectF(start, whole.top(), column.left() - start, whole.height()), veil
            )
            painter.fillRect(
                QRectF(column.right(), whole.top(), whole.right() - column.right(), whole.height()),
                veil,
            )
        if self._pin_lanes and dx > 0:
            painter.save()
            painter.translate(dx, 0)
            painter.setClipRect(
                QRectF(0, layout.header_height, layout.lane_header_width, layout.height)
            )
            for lane in layout.lanes:
                draw_lane_header(painter, lane, theme, zoom)
            painter.restore()
            painter.fillRect(
                QRectF(dx, dy, layout.lane_header_width, layout.header_height), theme.background
            )
        painter.restore()
