"""UI fixtures: a real main window on a copy of the sample map, and real mouse gestures."""

import gc
import shutil
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsScene, QMenu, QMessageBox

from app.resources import sample_map
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def application_look_restored(qapp: QApplication) -> Iterator[None]:
    """Every test starts with the application's palette and style sheet as the session set
    them: a test that switches the theme (``MainWindow.set_theme``) changes them for the
    whole application, and the tests after it would see the dark theme."""
    palette = QPalette(qapp.palette())
    sheet = qapp.styleSheet()
    yield
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.palette() != palette:
        qapp.setPalette(palette)


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Build main windows that never touch the user's settings.

    After the test every window is closed and deleted, and the fixture checks that
    nothing outlives it: no main window is left among the application's top-level
    widgets (visible or not) and every canvas scene the windows showed is destroyed
    (and with it the items it held). A leak fails the test at teardown.
    """
    windows: list[MainWindow] = []
    scenes: list[weakref.ref[QGraphicsScene]] = []

    def make(path: Path | None = None, size: tuple[int, int] = (1600, 1000)) -> MainWindow:
        window = MainWindow(persist=False)
        window.show_error = lambda title, text: pytest.fail(
            f"unexpected error box: {title}: {text}"
        )  # type: ignore[method-assign]
        # No Save/Discard question when pytest-qt closes the window after the test.
        qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
        window.resize(*size)
        with qtbot.waitExposed(window):  # a context manager: it waits on leaving the block
            window.show()
        if path is None:
            path = tmp_path / "guitar.journey"
            shutil.copy(sample_map("en"), path)
        assert window.open(path)
        window.canvas.fit_map()
        QApplication.processEvents()
        windows.append(window)
        scenes.append(weakref.ref(window.scene))
        return window

    yield make
    scenes += [weakref.ref(w.scene) for w in windows if shiboken6.isValid(w)]
    for window in windows:  # pytest-qt has closed them; make sure they are deleted too
        if shiboken6.isValid(window):
            window.deleteLater()
    windows.clear()
    _delete_later_now()
    leaked = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    shown = {id(s): s for s in (ref() for ref in scenes) if s is not None}
    alive = [s for s in shown.values() if shiboken6.isValid(s)]
    described = [f"{type(w).__name__} {w.windowTitle()!r}" for w in leaked]
    described += [f"{type(s).__name__} with {len(s.items())} items" for s in alive]
    for leftover in [*leaked, *alive]:  # so that the next test starts clean
        if isinstance(leftover, MainWindow) and leftover.session is not None:
            leftover.session.undo_stack.setClean()
        leftover.deleteLater()
    _delete_later_now()
    assert not described, f"left alive after the test: {', '.join(described)}"


def _delete_later_now() -> None:
    """Run the pending deleteLater() calls, then whatever events they caused."""
    for _ in range(3):  # deleting a window can post more deletions (its children's sessions)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()


def _send(
    view,
    kind: QEvent.Type,
    pos: QPointF,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,  # type: ignore[no-untyped-def]
    modifiers: Qt.KeyboardModifier,
) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def view_point(view, x: float, y: float) -> QPointF:  # type: ignore[no-untyped-def]
    """The viewport position of scene point (x, y)."""
    return QPointF(view.mapFromScene(QPointF(x, y)))


def drag(
    view,
    start: QPointF,
    end: QPointF,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
    steps: int = 8,
    release: bool = True,
) -> None:
    """Press the left button at ``start``, move in steps to ``end``, release: a real mouse drag."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
    for i in range(1, steps + 1):
        t = i / steps
        point = QPointF(
            start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t
        )
        _send(view, QEvent.Type.MouseMove, point, none, left, modifiers)
        QApplication.processEvents()
    if release:
        _send(view, QEvent.Type.MouseButtonRelease, end, left, none, modifiers)
    QApplication.processEvents()


def click(
    view, pos: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A left click at a viewport position."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, none, modifiers)
    QApplication.processEvents()


def double_click(view, pos: QPointF) -> None:  # type: ignore[no-untyped-def]
    """A left double-click at a viewport position."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    no = Qt.KeyboardModifier.NoModifier
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left, no)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, none, no)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, left, left, no)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, none, no)
    QApplication.processEvents()


def by_title(window, title: str):  # type: ignore[no-untyped-def]
    """The card of the window's map titled ``title``."""
    return next(tp for tp in window.document.touchpoints if tp.title == title)


def card_centre(window, touchpoint_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    """The viewport position of a card's centre."""
    box = window.scene.layout.card(touchpoint_id)
    return view_point(window.canvas, box.rect.centre_x, box.rect.centre_y)


@pytest.fixture
def right_click(monkeypatch) -> Callable[..., QMenu | None]:  # type: ignore[no-untyped-def]
    """A real right-click (press, release, context menu event); returns the menu it opened."""

    def do(window, pos: QPointF) -> QMenu | None:  # type: ignore[no-untyped-def]
        view = window.canvas
        shown: list[QMenu] = []
        monkeypatch.setattr(view, "popup_menu", lambda menu, at: shown.append(menu))
        viewport = view.viewport()
        right, none = Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
        no = Qt.KeyboardModifier.NoModifier
        where = viewport.mapToGlobal(pos)
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, right),
            (QEvent.Type.MouseButtonRelease, none),
        ):
            QApplication.sendEvent(viewport, QMouseEvent(kind, pos, where, right, buttons, no))
        menu_event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos.toPoint(), where.toPoint()
        )
        QApplication.sendEvent(viewport, menu_event)
        QApplication.processEvents()
        return shown[-1] if shown else None

    return do


def action(menu: QMenu | None, name: str) -> QAction:
    """The entry ``name`` (its objectName) of a menu that must have opened."""
    assert menu is not None, "no menu opened"
    found = menu.findChild(QAction, name)
    assert found is not None, f"no action {name!r} in the menu"
    return found


@pytest.fixture
def scratch_home(monkeypatch, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """This test's own home: recovery copies, crash reports and settings go under it."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    return home


def answer_box(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """When a message box opens, click its button labelled ``text``, as a user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


__all__ = [
    "QPoint",
    "action",
    "answer_box",
    "by_title",
    "card_centre",
    "click",
    "double_click",
    "drag",
    "view_point",
]
