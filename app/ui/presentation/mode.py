"""Presentation mode itself: entering and leaving, the phase shown, the presenter's keys."""

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QScreen
from PySide6.QtWidgets import QFrame, QLabel

from app.export.qt.theme import PROJECTOR
from app.layout.model import PhaseBox
from app.ui.canvas.view import JourneyView
from app.ui.presentation.editor_state import (
    EditorState,
    fill_the_screen,
    restore_view,
    restore_window,
)
from app.ui.presentation.stage import (
    TEXT,
    AudienceWindow,
    audience_screen,
    paint_stage,
    place_phase,
    tr,
)
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Key = Qt.Key
NEXT = {Key.Key_Right, Key.Key_Space, Key.Key_PageDown}
PREVIOUS = {Key.Key_Left, Key.Key_Backspace, Key.Key_PageUp}
DIGITS = {getattr(Key, f"Key_{n}"): n for n in range(1, 10)}
KEYS_HINT_MS = 6000
"""How long the line of presenting keys shows at the start (the first key hides it)."""
PAN = 0.8
"""Along a phase wider than the screen, Right and Left move by this much of the screen."""


class Presentation(QObject):
    """Presentation mode for one main window (see :mod:`app.ui.presentation`)."""

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
        """The window on the second screen, while presenting with two screens."""
        self.indicator: QLabel | None = None
        """The editor's "Now showing" label (status bar), while presenting with two screens."""
        self._state: EditorState | None = None
        self._views: list[JourneyView] = []
        self._dragging = False
        self._pin_lanes = False
        self._restoring: QTimer | None = None
        self._session: DocumentSession | None = None
        self.keys_hint: QLabel | None = None
        """The line of keys shown over the map for the first seconds (F5 gave no clue)."""

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
        self._stop_restoring()
        self._dragging = False
        self._state = state = EditorState.of(w)
        settings = w.settings  # Edit ▸ Preferences ▸ Presentation
        last = max(0, self._phase_count() - 1)
        self.phase_index = 0 if settings.present_from_first_phase else min(self.phase_index, last)
        self.overview = settings.present_overview
        screen = audience_screen(QGuiApplication.screens(), w.screen())
        if screen is not None:
            self._open_audience_window(screen)
        else:
            fill_the_screen(w, state)
        view = self.view
        self._views = [view] if view is w.canvas else [view, w.canvas]
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
        if w.settings.present_high_contrast and not self.high_contrast:
            self.toggle_high_contrast()
        self._show_keys_hint()
        self.started.emit()

    def _show_keys_hint(self) -> None:
        hint = QLabel(tr(TEXT["keys"]), self.view.viewport())
        hint.setObjectName("presenting_keys")
        hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        hint.setStyleSheet(
            "QLabel { background: rgba(20, 20, 20, 190); color: white;"
            " border-radius: 8px; padding: 8px 18px; font-size: 16px; }"
        )
        self.keys_hint = hint
        self._place_keys_hint()
        hint.show()
        QTimer.singleShot(KEYS_HINT_MS, hint, self._hide_keys_hint)

    def _place_keys_hint(self) -> None:
        hint = self.keys_hint
        if hint is None:
            return
        hint.ensurePolished()  # its style sheet's padding counts in its size
        hint.adjustSize()
        area = self.view.viewport().rect()
        hint.move((area.width() - hint.width()) // 2, area.height() - hint.height() - 24)

    def _hide_keys_hint(self) -> None:
        hint, self.keys_hint = self.keys_hint, None
        if hint is not None and shiboken6.isValid(hint):
            hint.hide()
            hint.deleteLater()

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
        self._hide_keys_hint()
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
        restore_window(w, state)
        self._restoring = restore_view(w, state, self, lambda: self.is_active)
        w.canvas.setFocus()
        self.stopped.emit()

    def _stop_restoring(self) -> None:
        if self._restoring is not None:
            self._restoring.stop()
            self._restoring.deleteLater()
            self._restoring = None

    # -- moving through the phases ----------------------------------------------------------------

    def next(self) -> None:
        """The rest of a phase wider than the screen, else the next phase (stays on the last)."""
        beyond = self._overflow()[1]
        if beyond > 1:
            self._slide(min(beyond, PAN * self.view.viewport().width()))
            return
        self.show_phase(self.phase_index + 1)

    def previous(self) -> None:
        """Back along a phase wider than the screen, else the phase before (stays on the first)."""
        before = self._overflow()[0]
        if before > 1:
            self._slide(-min(before, PAN * self.view.viewport().width()))
            return
        self.show_phase(self.phase_index - 1)

    def _overflow(self) -> tuple[float, float]:
        """How far (pixels) the phase shown reaches past the left and the right of the screen."""
        layout, phase, view = self.window.scene.layout, self.current_phase(), self.view
        if self.overview or layout is None or phase is None:
            return 0.0, 0.0
        left = view.mapFromScene(QPointF(phase.body.x, 0)).x()
        right = view.mapFromScene(QPointF(phase.body.right, 0)).x()
        start = layout.lane_header_width * view.zoom() if self._pin_lanes else 0.0
        return max(0.0, start - left), max(0.0, right - view.viewport().width())

    def _slide(self, pixels: float) -> None:
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.value() + round(pixels))

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
        layout, phase = self.window.scene.layout, self.current_phase()
        if self.overview:
            self._pin_lanes = False
            view.fit_map()
        elif layout is not None and phase is not None and not view.viewport().size().isEmpty():
            self._pin_lanes = place_phase(view, layout, phase)
        view.viewport().update()
        self._update_indicator()
        self._place_keys_hint()

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
        # The view stays where it is (no jump while someone drags); only the fading follows.
        del changes
        count = self._phase_count()
        if count and self.phase_index >= count:
            self.show_phase(count - 1)
        self.view.viewport().update()
        self._update_indicator()

    def _paint_foreground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        del rect
        phase = self.current_phase()
        if phase is not None:
            paint_stage(painter, self.view, phase, self.overview, self._pin_lanes)

    # -- keys and mouse -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close:
                # Before the window saves its layout: the editor's, not the presentation's.
                self.stop()
            elif kind == QEvent.Type.LanguageChange:
                self._update_indicator()
                if self.keys_hint is not None:
                    self.keys_hint.setText(tr(TEXT["keys"]))
                    self._place_keys_hint()
            return False
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            # A right click's menu takes its release: only the left button drags.
            self._dragging = event.button() == Qt.MouseButton.LeftButton
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        elif kind == QEvent.Type.Resize and watched is self.view.viewport():
            QTimer.singleShot(0, self, self._show_current)  # which places the keys' line too
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            action = self._key_action(event)
            if action is None:
                return False
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self._hide_keys_hint()  # the presenter knows the keys
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
            return None if self._dragging else self.stop
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
