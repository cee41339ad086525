"""Starting Parcours shows its window at once, then the map: the window's frame (menus,
toolbar, status bar) is painted before the map's model is even imported, and completed a
moment later. What the user asks for in between is done once the window is complete."""

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QTabBar

from app.model.fileformat import load
from app.model.templates import TEMPLATES
from app.resources import sample_map
from app.ui.actions import ACTIONS, TEMPLATE_NAMES
from app.ui.frame_settings import FrameSettings, read_frame_settings
from app.ui.frame_settings import store as settings_store
from app.ui.main_window import MainWindow
from app.ui.settings import Settings, load_settings, save_settings
from tests.ui.fresh_process import run_fresh

CHILD = Path(__file__).with_name("recovery_child.py")


def menu_entries(window: MainWindow) -> list[tuple[str, ...]]:
    """Every menu entry as the user sees it: menu, text, shortcuts, ticked, enabled."""
    entries: list[tuple[str, ...]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                entries.append((where, "---"))
                continue
            keys = ", ".join(s.toString() for s in action.shortcuts())
            state = f"{action.isCheckable()}{action.isChecked()}{action.isEnabled()}"
            entries.append((where, action.text(), keys, state))
            if action.menu() is not None and action.objectName() != "recent_menu":
                sub = action.menu()
                assert isinstance(sub, QMenu)
                walk(sub, f"{where}/{action.text()}")

    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        walk(menu, top.text())
    return entries


@pytest.fixture
def frame_window(qtbot: Any) -> Iterator[MainWindow]:
    """A window of which only the frame is built, shown."""
    window = MainWindow(persist=False, frame=FrameSettings())
    qtbot.addWidget(
        window,
        before_close_func=lambda w: w.session is not None and w.session.undo_stack.setClean(),
    )
    with qtbot.waitExposed(window):
        window.show()
    yield window
    if not window.is_complete:  # so that closing it at teardown is not put off
        window.complete(Settings())


def test_the_frame_shows_the_same_menus_and_toolbar_as_the_complete_window(
    frame_window: MainWindow, qtbot: Any
) -> None:
    assert not frame_window.is_complete and frame_window.session is None
    assert not hasattr(frame_window, "canvas"), "no map yet: it comes a moment later"
    complete = MainWindow(Settings(), persist=False, document=load(sample_map("en")))
    qtbot.addWidget(complete, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert menu_entries(frame_window) == menu_entries(complete)
    assert [a.text() for a in frame_window.toolbar.actions()] == ["&Present"]
    assert not frame_window.actions_by_id["present"].icon().isNull()


def front_tabs(window: MainWindow) -> list[str]:
    """The panel on top in each group of tabbed panels."""
    bars = [bar for bar in window.findChildren(QTabBar) if bar.count() > 1 and bar.isVisible()]
    return sorted(bar.tabText(bar.currentIndex()) for bar in bars)


def test_once_complete_the_window_shows_the_map_and_every_panel(
    frame_window: MainWindow, qtbot: Any
) -> None:
    frame_window.complete(Settings(), load(sample_map("en")))
    QApplication.processEvents()  # widgets added to a shown window show on the next turn
    assert frame_window.is_complete
    assert frame_window.document.title == "Buying a first guitar online"
    assert frame_window.windowTitle() == "Buying a first guitar online (unsaved)[*] — Parcours"
    assert len(frame_window.scene.cards) == len(frame_window.document.touchpoints) > 0
    central = frame_window.centralWidget()
    assert central is not None and central.isAncestorOf(frame_window.canvas)
    assert frame_window.canvas.isVisible()
    for name, dock in frame_window.panels.docks.items():
        assert dock.isVisible() and frame_window.actions_by_id[f"dock:{name}"].isChecked()
    # The same panels on top as in a window built whole before it is shown.
    assert front_tabs(frame_window) == ["Channels", "Personas"]
    whole = MainWindow(Settings(), persist=False, document=load(sample_map("en")))
    qtbot.addWidget(whole, before_close_func=lambda w: w.session.undo_stack.setClean())
    with qtbot.waitExposed(whole):
        whole.show()
    assert front_tabs(whole) == front_tabs(frame_window)


def test_a_command_chosen_before_the_map_is_there_is_done_once_it_is(
    frame_window: MainWindow, qtbot: Any
) -> None:
    frame_window.actions_by_id["select_all"].trigger()  # Ctrl+A at once: nothing breaks
    assert frame_window.session is None
    frame_window.complete(Settings(), load(sample_map("en")))
    qtbot.wait(1)  # start-up still opens the first map (its dialogs' event loops run)
    assert not any(item.isSelected() for item in frame_window.scene.cards.values())
    frame_window.do_what_was_asked()  # start-up is done
    qtbot.wait(1)  # the next turn of the event loop
    selected = [item for item in frame_window.scene.cards.values() if item.isSelected()]
    assert len(selected) == len(frame_window.document.touchpoints)


def test_a_command_that_fails_does_not_hold_back_the_others(
    frame_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: failures.append(error))

    def fails(window: MainWindow) -> None:
        raise RuntimeError("a command failed")

    frame_window._run(fails)
    frame_window.actions_by_id["select_all"].trigger()
    frame_window.complete(Settings(), load(sample_map("en")))
    frame_window.do_what_was_asked()
    qtbot.waitUntil(lambda: len(frame_window.scene.selected_touchpoints()) > 0)
    assert [str(error) for error in failures] == ["a command failed"]
    frame_window.scene.clearSelection()
    frame_window.actions_by_id["select_all"].trigger()  # later commands run at once
    assert len(frame_window.scene.selected_touchpoints()) == len(frame_window.document.touchpoints)


def test_open_recent_during_the_frame_lists_nothing_and_breaks_nothing(
    frame_window: MainWindow,
) -> None:
    frame_window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in frame_window.recent_menu.actions()] == ["No recent maps"]


def test_a_canvas_key_during_the_frame_does_not_wait_to_change_the_map(
    frame_window: MainWindow, qtbot: Any
) -> None:
    canvas_only = [spec.id for spec in ACTIONS if spec.on_canvas]
    assert canvas_only
    for action_id in canvas_only:
        action = frame_window.actions_by_id[action_id]
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    frame_window.complete(Settings(), load(sample_map("en")))
    for action_id in canvas_only:  # and on the canvas, once there is one
        assert frame_window.actions_by_id[action_id] in frame_window.canvas.actions()


def test_closing_before_the_map_is_there_closes_once_the_window_is_complete(
    frame_window: MainWindow, qtbot: Any
) -> None:
    frame_window.close()
    frame_window.close()  # asked twice: closed once
    assert frame_window.isVisible(), "put off, not lost"
    closing: list[object] = []
    frame_window.map_closing.connect(lambda *args: closing.append(args))
    frame_window.complete(Settings(), load(sample_map("en")))
    frame_window.do_what_was_asked()
    qtbot.waitUntil(lambda: not frame_window.isVisible())
    qtbot.wait(10)
    assert len(closing) == 1


def test_the_action_table_lists_every_template_in_order() -> None:
    # The table names the templates itself, so that building the menus imports no model.
    assert list(TEMPLATE_NAMES) == list(TEMPLATES)
    new_actions = [spec.id for spec in ACTIONS if spec.id.startswith("new:")]
    assert new_actions == [f"new:{t}:{lang}" for lang in ("en", "fr") for t in TEMPLATES]


@pytest.fixture
def stored_settings() -> Iterator[None]:
    """The stored settings, put back as they were after the test (QSettings keeps one
    store per process, whatever the test's home)."""
    before = settings_store().value("settings")
    settings_store().remove("settings")
    yield
    if before is None:
        settings_store().remove("settings")
    else:
        settings_store().setValue("settings", before)


@pytest.mark.usefixtures("stored_settings")
def test_the_frame_reads_the_theme_language_and_places_the_settings_keep() -> None:
    assert read_frame_settings() == FrameSettings()  # nothing stored
    save_settings(Settings(theme="dark", ui_language="fr", geometry="AAAA", panels="BBBB"))
    assert read_frame_settings() == FrameSettings("dark", "fr", "AAAA", "BBBB")
    save_settings(Settings(theme="high-contrast"))
    assert read_frame_settings().theme == load_settings().theme == "high-contrast"


@pytest.mark.usefixtures("stored_settings")
def test_settings_the_model_refuses_give_the_frame_the_defaults_too() -> None:
    settings_store().setValue("settings", '{"theme": "dark", "autosave_seconds": 1}')
    assert load_settings().theme == "system"  # one bad value: every setting its default
    assert read_frame_settings().theme == "dark"  # the frame cannot tell...
    settings_store().setValue("settings", '{"theme": "purple"}')
    assert read_frame_settings() == FrameSettings()  # ...unless it is one of its own


def test_after_switching_to_the_dark_theme_the_toolbar_icon_is_drawn_light(
    make_window: Any,
) -> None:
    window = make_window()
    try:
        window.actions_by_id["theme:dark"].trigger()
        image = window.actions_by_id["present"].icon().pixmap(32, 32).toImage()
        inked = {
            image.pixelColor(x, y).name()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alpha() > 200
        }
        text = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
        assert text != "#000000" and text in inked and "#000000" not in inked
    finally:
        window.set_theme("light")


# -- the real start-up, in a fresh process -------------------------------------------------

START = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

app = QApplication(sys.argv[:1])
seen = []


class PaintWatch(QObject):
    def eventFilter(self, watched, event):
        if (
            not seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and type(watched.window()).__name__ == "MainWindow"
        ):
            window = watched.window()
            seen.append({
                "menus": [a.text() for a in window.menuBar().actions()],
                "map shown": window.session is not None,
                "title": window.windowTitle(),
            })
        return False


watch = PaintWatch()
app.installEventFilter(watch)


def restore_when_asked():
    dialog = QApplication.activeModalWidget()
    button = dialog.findChild(QPushButton, "restore:0") if dialog is not None else None
    if button is None or not button.isVisible():
        QTimer.singleShot(20, restore_when_asked)
        return
    seen.append({"asked": dialog.objectName()})
    button.click()


if "--restore" in sys.argv:
    QTimer.singleShot(0, restore_when_asked)


def started():  # in place of the event loop
    from app.ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    seen.append({
        "map shown": window.session is not None,
        "title": window.windowTitle(),
        "cards": len(window.scene.cards),
    })
    print(json.dumps(seen), flush=True)
    import os
    os._exit(0)


QApplication.exec = staticmethod(started)
from app.cli import main
main([a for a in sys.argv[1:] if a != "--restore"])
"""


def start(home: Path, *arguments: str) -> list[dict[str, Any]]:
    """What a fresh ``parcours`` showed at its first paint and when it was started."""
    import json

    return list(json.loads(run_fresh(home, START, *arguments)[-1]))


def test_parcours_paints_its_window_first_then_shows_the_sample_map(tmp_path: Path) -> None:
    first_paint, started = start(tmp_path)
    assert first_paint == {
        "menus": ["&File", "&Edit", "&View", "&Help"],
        "map shown": False,
        "title": "",
    }
    assert started["map shown"]
    assert started["title"] == "Buying a first guitar online (unsaved)[*] — Parcours"
    assert started["cards"] == len(load(sample_map("en")).touchpoints)


def test_parcours_with_a_map_paints_its_window_first_then_shows_that_map(
    tmp_path: Path,
) -> None:
    path = tmp_path / "workshop.journey"
    shutil.copy(sample_map("fr"), path)
    first_paint, started = start(tmp_path, "--lang", "fr", str(path))
    assert first_paint["menus"] == ["&Fichier", "&Édition", "&Affichage", "Ai&de"]
    assert not first_paint["map shown"]
    assert started["title"] == "workshop.journey[*] — Parcours"
    assert started["cards"] == len(load(path).touchpoints)


def test_after_a_kill_parcours_still_offers_the_unsaved_map_back(tmp_path: Path) -> None:
    workshop = tmp_path / "workshop.journey"
    shutil.copy(sample_map("en"), workshop)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    child = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(workshop),
            str(tmp_path / "edited"),
            "Parcours",
            "Parcours",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"  # its recovery copy is written
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
        if child.stdout is not None:
            child.stdout.close()
    first_paint, asked, started = start(tmp_path, "--restore")
    assert not first_paint["map shown"]
    assert asked == {"asked": "recovery"}
    assert started["title"] == "workshop.journey[*] — Parcours"  # restored: nothing opened over it
    assert started["map shown"]
