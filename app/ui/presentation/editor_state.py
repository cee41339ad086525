"""The editor as it was before presenting, hidden for the presentation and put back exactly."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QTransform
from PySide6.QtWidgets import QFrame, QToolBar

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


@dataclass
class EditorState:
    """How the editor looked before presenting."""

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
    actions_added: list[QAction] = field(default_factory=list)

    @classmethod
    def of(cls, w: "MainWindow") -> "EditorState":
        """The editor window ``w`` as it is now."""
        canvas = w.canvas
        return cls(
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
            scroll_policies=(canvas.horizontalScrollBarPolicy(), canvas.verticalScrollBarPolicy()),
            frame=canvas.frameShape(),
        )


def fill_the_screen(w: "MainWindow", state: EditorState) -> None:
    """Just the canvas, full screen: no menus, panels, toolbars or status bar."""
    w.menuBar().hide()
    w.statusBar().hide()
    w.find_bar.hide()
    for dock in w.panels.docks.values():
        dock.hide()
    for bar in state.toolbars:
        bar.hide()
    # A hidden menu bar takes its shortcuts along: Ctrl+Z and the rest stay on the window.
    state.actions_added = [a for a in w.actions_by_id.values() if a not in w.actions()]
    w.addActions(state.actions_added)
    w.showFullScreen()


def restore_window(w: "MainWindow", state: EditorState) -> None:
    """The window's size, state, bars and panels as in ``state``."""
    for action in state.actions_added:
        w.removeAction(action)
    canvas = w.canvas
    canvas.setHorizontalScrollBarPolicy(state.scroll_policies[0])
    canvas.setVerticalScrollBarPolicy(state.scroll_policies[1])
    canvas.setFrameShape(state.frame)
    if not state.window_state & Qt.WindowState.WindowFullScreen:
        w.setWindowState(state.window_state)
    w.restoreGeometry(state.geometry)
    if not state.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
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


def restore_view(
    w: "MainWindow", state: EditorState, parent: QObject, cancelled: Callable[[], bool]
) -> QTimer:
    """Zoom and scroll as in ``state``, again until the canvas is back to its old size (the
    window manager may take a moment to leave full screen, and each resize scrolls).

    Returns the timer that keeps at it; it stops itself, or when ``cancelled()``.
    """
    canvas = w.canvas
    canvas.setTransform(state.transform)
    canvas.zoom_changed.emit(canvas.zoom())  # the zoom shown in the status bar
    timer = QTimer(parent)
    timer.setInterval(20)
    tries = 0

    def apply() -> None:
        nonlocal tries
        tries += 1
        if cancelled():
            timer.stop()
            return
        settled = tries > 2 and canvas.viewport().size() == state.viewport
        if (settled or tries > 100) and w.saveState() != state.panels:
            w.restoreState(state.panels)  # the window manager resized after restore_window()
        canvas.setTransform(state.transform)
        canvas.horizontalScrollBar().setValue(state.scroll[0])
        canvas.verticalScrollBar().setValue(state.scroll[1])
        if settled or tries > 100:
            timer.stop()

    timer.timeout.connect(apply)
    apply()
    timer.start()
    return timer
