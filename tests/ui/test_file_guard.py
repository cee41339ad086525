"""The open map's file, guarded: changes made by another program, and the same map open twice.

Another program is played by the test writing the file (as git or a sync tool
would: an atomic replace, or a rewrite in place) or by a child process holding
the map's lock. Every question is answered by clicking its button, as a user would.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import card_centre, click
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.model.fileformat import dumps, load, save
from app.model.filelock import lock_path
from app.resources import sample_map
from app.ui.autosave import RecoveryEntry, find_recoverable
from app.ui.file_guard import DEBOUNCE_MS, FileGuard
from app.ui.main_window import MainWindow
from app.ui.session import DocumentSession

CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]
HOLD_LOCK = """
import sys, time
from pathlib import Path
from app.model.filelock import MapLock
lock = MapLock(Path(sys.argv[1]))
print(lock.acquire(), flush=True)
time.sleep(120)
"""


Guarded = Callable[..., MainWindow]


class Boxes:
    """Answers message boxes as they open: each expected one by clicking a button.

    A box nobody expected is recorded and closed, so that a test fails instead of hanging.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.expected: list[tuple[str, str]] = []
        self.seen: list[tuple[str, str]] = []
        """(objectName, text) of every box that opened."""
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, name: str, button: str) -> None:
        """When the box ``name`` opens, click its button labelled ``button``."""
        self.expected.append((name, button))

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.seen.append((box.objectName(), box.text()))
        if self.expected and self.expected[0][0] == box.objectName():
            _, text = self.expected.pop(0)
            button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            self.unexpected.append(f"{box.objectName()}: {box.text()}")
            box.close()


@pytest.fixture
def boxes(qtbot: QtBot) -> Iterator[Boxes]:
    answering = Boxes(qtbot)
    yield answering
    answering.timer.stop()
    assert not answering.unexpected, f"unexpected message boxes: {answering.unexpected}"
    assert not answering.expected, f"never asked: {answering.expected}"


@pytest.fixture
def guarded(
    make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., MainWindow]:
    """A main window on a copy of the sample map, its file guarded."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))

    def make(path: Path | None = None) -> MainWindow:
        window = make_window(path)
        if getattr(window, "file_guard", None) is None:  # until the main window makes it
            window.file_guard = FileGuard(window)  # type: ignore[attr-defined]
        return window

    return make


def session_of(window: MainWindow) -> DocumentSession:
    assert window.session is not None
    return window.session


def file_of(window: MainWindow) -> Path | None:
    """The open map's file (None for an unsaved map)."""
    return session_of(window).path


def opened_file(window: MainWindow) -> Path:
    """The open map's file, which it must have."""
    path = file_of(window)
    assert path is not None
    return path


def guard_of(window: MainWindow) -> FileGuard:
    guard = window.file_guard  # type: ignore[attr-defined,unused-ignore]
    assert isinstance(guard, FileGuard)
    return guard


def retitle_a_card(qtbot: QtBot, window: MainWindow, text: str) -> str:
    """The user's edit: click the first card and type a new title in the inspector."""
    activate(qtbot, window)
    card = window.document.touchpoints[0]
    click(window.canvas, card_centre(window, card.id))
    fields = [w for w in window.panels.inspector.findChildren(QLineEdit, "title") if w.isVisible()]
    assert len(fields) == 1
    field = fields[0]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.document.touchpoint(card.id).title == text
    assert window.isWindowModified()
    return card.id


def rewrite_elsewhere(path: Path, title: str, in_place: bool = False) -> bytes:
    """Another program saves the map with a new title (atomic replace, or rewrite in place)."""
    theirs = load(path)
    theirs.title = title
    if in_place:
        with open(path, "r+b") as handle:
            handle.truncate(0)
            handle.write(dumps(theirs))
    else:
        save(theirs, path)
    return path.read_bytes()


def changes_go_unnoticed(qtbot: QtBot, window: MainWindow) -> None:
    """A folder where the watcher sees nothing, and the window stays active: only Save checks."""
    guard = guard_of(window)
    guard.watcher.blockSignals(True)
    window.removeEventFilter(guard)
    qtbot.waitUntil(lambda: not guard.timer.isActive())  # checks already under way are done


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """After a message box closes, the window must be active again before keys reach it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press_save(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+S on the canvas."""
    activate(qtbot, window)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)


def quiet_for(qtbot: QtBot, boxes: Boxes, window: MainWindow) -> None:
    """Let every watcher event and window activation be handled: no box may open."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert boxes.seen == []


# -- changes made elsewhere ---------------------------------------------------------------------


@pytest.mark.parametrize("in_place", [False, True], ids=["replaced", "rewritten-in-place"])
def test_a_change_made_by_another_program_can_be_reloaded_and_undone(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes, in_place: bool
) -> None:
    window = guarded()
    path = opened_file(window)
    card_id = retitle_a_card(qtbot, window, "Mine, typed here")

    boxes.expect("changed_on_disk", "Reload")
    rewrite_elsewhere(path, "Their new title", in_place)
    qtbot.waitUntil(lambda: window.document.title == "Their new title", timeout=5000)
    assert boxes.seen == [("changed_on_disk", f"{path.name} was changed by another program.")]
    assert window.document.touchpoint(card_id).title != "Mine, typed here"
    assert not window.isWindowModified()  # what is shown is what is on disk
    assert window.actions_by_id["undo"].text() == "&Undo Reload from disk"

    window.actions_by_id["undo"].trigger()
    assert window.document.touchpoint(card_id).title == "Mine, typed here"
    assert window.document.title != "Their new title"
    assert window.isWindowModified()


def test_keep_mine_then_save_writes_the_users_version_without_asking_again(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    path = opened_file(window)
    session_of(window).undo_stack.setClean()  # no unsaved edit: keeping mine must still mark it
    boxes.expect("changed_on_disk", "Keep mine")
    rewrite_elsewhere(path, "Their new title")
    qtbot.waitUntil(lambda: boxes.names() == ["changed_on_disk"] and not boxes.expected)
    qtbot.waitUntil(window.isWindowModified)
    assert window.document.title != "Their new title"

    press_save(qtbot, window)
    assert not window.isWindowModified()
    assert load(path).title == window.document.title != "Their new title"
    quiet_for(qtbot, Boxes(qtbot), window)
    assert boxes.names() == ["changed_on_disk"]


def test_our_own_saves_and_a_touch_without_change_never_ask(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    path = opened_file(window)
    for text in ("First edit", "Second edit"):
        retitle_a_card(qtbot, window, text)
        window.canvas.setFocus()
        qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)
        assert not window.isWindowModified()
        quiet_for(qtbot, boxes, window)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # touched: same bytes
    quiet_for(qtbot, boxes, window)
    path.write_bytes(path.read_bytes())  # rewritten with the same bytes
    quiet_for(qtbot, boxes, window)


def test_a_change_is_noticed_when_the_window_comes_back_even_without_a_watcher(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    guard = guard_of(window)
    guard.watcher.blockSignals(True)  # a network folder: no file events
    qtbot.waitUntil(lambda: not guard.timer.isActive())  # checks already under way are done
    rewrite_elsewhere(opened_file(window), "Their new title")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert boxes.seen == []
    boxes.expect("changed_on_disk", "Reload")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: window.document.title == "Their new title", timeout=5000)


def test_a_broken_file_on_disk_is_not_reloaded_and_the_map_is_kept(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    path = opened_file(window)
    before = window.document.model_dump()
    boxes.expect("changed_on_disk", "Reload")
    boxes.expect("reload_failed", "OK")
    path.write_text('{"format": "parcours-journey", "version": 1, "journey": {', "utf-8")
    qtbot.waitUntil(lambda: "reload_failed" in boxes.names(), timeout=5000)
    assert window.document.model_dump() == before
    assert window.isWindowModified()  # saving writes the map back
    failed = QApplication.activeModalWidget()
    assert failed is None or failed.objectName() != "reload_failed"


def test_a_deleted_file_is_told_once_and_the_map_is_marked_unsaved(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    path = opened_file(window)
    session_of(window).undo_stack.setClean()
    boxes.expect("missing_on_disk", "OK")
    path.unlink()
    qtbot.waitUntil(lambda: not boxes.expected, timeout=5000)
    assert window.isWindowModified()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert boxes.names() == ["missing_on_disk"]  # once

    press_save(qtbot, window)
    assert load(path).title == window.document.title


# -- saving over a file that changed -------------------------------------------------------------


@pytest.mark.parametrize("answer", ["Cancel", "Save As…", "Reload"])
def test_saving_over_a_changed_file_asks_and_only_overwrite_replaces_it(
    qtbot: QtBot,
    guarded: Guarded,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    window = guarded()
    path = opened_file(window)
    changes_go_unnoticed(qtbot, window)  # saved before anything was noticed
    retitle_a_card(qtbot, window, "Mine, typed here")
    theirs = rewrite_elsewhere(path, "Their new title")
    elsewhere = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))

    boxes.expect("save_over_changed", answer)
    press_save(qtbot, window)
    assert boxes.names() == ["save_over_changed"]
    assert path.read_bytes() == theirs  # byte for byte what the other program wrote
    if answer == "Cancel":
        assert window.isWindowModified()
        assert file_of(window) == path
    elif answer == "Save As…":
        assert file_of(window) == elsewhere
        assert load(elsewhere).touchpoints[0].title == "Mine, typed here"
        assert lock_path(elsewhere).exists() and not lock_path(path).exists()
    else:
        assert window.document.title == "Their new title"
        window.actions_by_id["undo"].trigger()
        assert window.document.touchpoints[0].title == "Mine, typed here"


def test_overwrite_replaces_the_changed_file_with_the_users_map(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    window = guarded()
    path = opened_file(window)
    changes_go_unnoticed(qtbot, window)
    retitle_a_card(qtbot, window, "Mine, typed here")
    rewrite_elsewhere(path, "Their new title")
    boxes.expect("save_over_changed", "Overwrite")
    assert window.save()
    saved = load(path)
    assert saved.title != "Their new title"
    assert saved.touchpoints[0].title == "Mine, typed here"


def recoverable_as_after_a_stop(window: MainWindow) -> RecoveryEntry:
    """The window's recovery copy as the next start would offer it had Parcours stopped now
    (its owner a process that has ended); the copy is the window's own again afterwards."""
    autosave = window.autosave
    details = json.loads(autosave.details_path.read_text("utf-8"))
    gone = subprocess.Popen([sys.executable, "-c", ""])
    gone.wait(30)
    autosave.details_path.write_text(json.dumps({**details, "pid": gone.pid}), "utf-8")
    try:
        [entry] = find_recoverable()
    finally:
        autosave.details_path.write_text(json.dumps(details), "utf-8")
    return entry


def test_a_restored_copy_of_a_file_changed_since_asks_before_saving_over_it(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    from test_recovery import click_in_dialog, plant_copy

    from app.ui.recovery_dialog import offer_recovery

    window = guarded()
    path = opened_file(window)
    plant_copy(window, "Mine, from before the crash")  # Parcours stopped with this unsaved
    theirs = rewrite_elsewhere(path, "Their new title")  # then a colleague saved the file
    click_in_dialog(qtbot, "restore:0")
    assert offer_recovery(window)
    assert window.document.title == "Mine, from before the crash"
    quiet_for(qtbot, boxes, window)  # restoring it asks nothing more

    # Stopped again before a save, the next start still says the file changed.
    assert recoverable_as_after_a_stop(window).original_changed

    boxes.expect("save_over_changed", "Cancel")
    press_save(qtbot, window)
    assert path.read_bytes() == theirs
    assert window.isWindowModified()

    boxes.expect("save_over_changed", "Overwrite")
    press_save(qtbot, window)
    assert load(path).title == "Mine, from before the crash"
    assert not window.isWindowModified()

    retitle_a_card(qtbot, window, "Then typed here")
    press_save(qtbot, window)  # the file is the one saved: no question
    assert boxes.names() == ["save_over_changed", "save_over_changed"]
    assert load(path).touchpoints[0].title == "Then typed here"


def test_reloading_instead_leaves_no_trace_of_the_older_version(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes
) -> None:
    from test_recovery import click_in_dialog, plant_copy

    from app.ui.recovery_dialog import offer_recovery

    window = guarded()
    path = opened_file(window)
    plant_copy(window, "Mine, from before the crash")
    rewrite_elsewhere(path, "Their new title")
    click_in_dialog(qtbot, "restore:0")
    assert offer_recovery(window)

    boxes.expect("save_over_changed", "Reload")
    press_save(qtbot, window)
    assert window.document.title == "Their new title"

    # Stopped after an edit: the copy is of a map made from the file as it is.
    retitle_a_card(qtbot, window, "Typed after the reload")
    assert window.autosave.write_now() is not None
    assert not recoverable_as_after_a_stop(window).original_changed
    window.session.undo_stack.setClean()


# -- the same map open twice ---------------------------------------------------------------------


@pytest.fixture
def other_parcours(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """Another Parcours (a child process) that has ``shared.journey`` open."""
    path = tmp_path / "shared.journey"
    shutil.copy(sample_map("en"), path)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "True"
        yield path, child.pid
    finally:
        child.kill()
        child.wait(timeout=10)


def test_a_map_open_in_another_parcours_opens_read_only_and_save_asks_for_another_file(
    qtbot: QtBot,
    guarded: Guarded,
    boxes: Boxes,
    other_parcours: tuple[Path, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, pid = other_parcours
    window = guarded()
    boxes.expect("locked", "Open read-only")
    assert window.open(path)
    [(name, text)] = boxes.seen
    assert name == "locked"
    assert text.startswith("shared.journey is already open in Parcours (")
    assert f" on {socket.gethostname()}, since " in text
    assert session_of(window).read_only
    assert "(read-only)" in window.windowTitle()
    assert json.loads(lock_path(path).read_text("utf-8"))["pid"] == pid  # theirs, untouched

    asked: list[str] = []

    def ask_where(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("save as")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask_where)
    retitle_a_card(qtbot, window, "Mine, typed here")
    press_save(qtbot, window)
    assert asked == ["save as"]
    assert load(path).touchpoints[0].title != "Mine, typed here"


@pytest.mark.parametrize("answer", ["Overwrite", "Cancel"])
def test_save_as_onto_a_map_open_in_another_parcours_asks_first(
    qtbot: QtBot,
    guarded: Guarded,
    boxes: Boxes,
    other_parcours: tuple[Path, int],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    path, pid = other_parcours
    theirs = path.read_bytes()
    window = guarded()
    before = file_of(window)
    retitle_a_card(qtbot, window, "Mine, typed here")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    boxes.expect("save_over_open", answer)
    window.actions_by_id["save_as"].trigger()
    [(name, text)] = boxes.seen
    assert name == "save_over_open"
    assert text.startswith("shared.journey is open in Parcours (")
    if answer == "Cancel":
        assert path.read_bytes() == theirs  # the other Parcours' map is untouched
        assert file_of(window) == before and window.isWindowModified()
    else:
        assert load(path).touchpoints[0].title == "Mine, typed here"
        assert file_of(window) == path
    assert json.loads(lock_path(path).read_text("utf-8"))["pid"] == pid  # still theirs


@pytest.mark.parametrize("answer", ["Open anyway", "Cancel"])
def test_open_anyway_or_cancel(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes, other_parcours: tuple[Path, int], answer: str
) -> None:
    path, pid = other_parcours
    window = guarded()
    before = file_of(window)
    boxes.expect("locked", answer)
    assert window.open(path) == (answer == "Open anyway")
    if answer == "Open anyway":
        assert file_of(window) == path and not session_of(window).read_only
    else:
        assert file_of(window) == before
    assert json.loads(lock_path(path).read_text("utf-8"))["pid"] == pid  # still theirs


def test_two_windows_of_one_parcours_on_the_same_map(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes, tmp_path: Path
) -> None:
    first = guarded()
    other = tmp_path / "other.journey"
    shutil.copy(sample_map("en"), other)
    second = guarded(other)
    assert boxes.seen == []
    boxes.expect("locked", "Open read-only")
    assert second.open(opened_file(first))
    assert session_of(second).read_only
    assert boxes.names() == ["locked"]


def test_a_lock_left_by_a_crash_opens_without_a_question_and_becomes_ours(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes, tmp_path: Path
) -> None:
    path = tmp_path / "crashed.journey"
    shutil.copy(sample_map("en"), path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait(timeout=30)
    record = {"app": "Parcours", "pid": gone.pid, "host": socket.gethostname(), "user": "lea"}
    lock_path(path).write_text(json.dumps(record), "utf-8")

    window = guarded()
    assert window.open(path)
    assert boxes.seen == []
    assert not session_of(window).read_only
    assert json.loads(lock_path(path).read_text("utf-8"))["pid"] == os.getpid()


def test_the_lock_follows_the_map_and_goes_when_the_window_closes(
    qtbot: QtBot, guarded: Guarded, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = guarded()
    path = opened_file(window)
    assert lock_path(path).exists()

    moved = tmp_path / "moved.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moved), ""))
    window.actions_by_id["save_as"].trigger()
    assert lock_path(moved).exists() and not lock_path(path).exists()

    window.close_map()  # a new unsaved map: no file, no lock
    assert not lock_path(moved).exists()
    assert window.open(moved)
    assert lock_path(moved).exists()
    window.close()
    assert not lock_path(moved).exists()


def test_who_has_a_map_open_is_said_in_the_interface_language() -> None:
    from datetime import UTC, datetime, timedelta

    from app import i18n
    from app.model.filelock import LockOwner
    from app.ui.file_guard import describe_owner

    now = datetime.now(UTC)
    today = LockOwner(pid=1, host="studio", user="lea", time=now)
    earlier = LockOwner(pid=1, host="", user="", time=now - timedelta(days=40))
    at = f"{now.astimezone():%H:%M}"
    assert describe_owner(today) == f"lea on studio, since {at}"
    try:
        i18n.install("fr")
        assert describe_owner(today) == f"lea sur studio, depuis {at}"
        said = describe_owner(earlier)
        assert said.startswith("quelqu’un sur un autre ordinateur, depuis ")
        day = (now - timedelta(days=40)).astimezone()
        assert f"{day:%d}/{day:%m}/{day:%Y}" in said  # the French short date
    finally:
        i18n.install("en")
