"""Crash recovery: after a kill, the next start offers the unsaved maps back."""

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import answer_box
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.model.commands import edit
from app.model.fileformat import dumps, load, loads
from app.resources import sample_map
from app.ui.autosave import Autosave, find_recoverable, recovery_folder
from app.ui.main_window import MainWindow
from app.ui.recovery_dialog import RecoveryDialog, offer_recovery

CHILD = Path(__file__).with_name("recovery_child.py")


pytestmark = pytest.mark.usefixtures("scratch_home")  # tests/ui/conftest.py


def autosave_of(window: MainWindow) -> Autosave:
    """The window's autosave."""
    return window.autosave


@pytest.fixture
def killed_editor(tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    """A Parcours process that edited a map, autosaved, and was killed with SIGKILL.

    Yields the map's path and the bytes of the map as the killed editor had it.
    """
    workshop = tmp_path / "maps" / "workshop.journey"
    workshop.parent.mkdir()
    shutil.copy(sample_map("en"), workshop)
    expected = tmp_path / "expected.journey"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(workshop),
            str(expected),
            QCoreApplication.applicationName(),
            QCoreApplication.organizationName(),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 90)
        line = child.stdout.readline().strip() if ready else ""
        if line != "ready":
            child.kill()
            _, errors = child.communicate(timeout=30)
            pytest.fail(f"the editor did not get ready: {line!r} {errors[-2000:]}")
        assert find_recoverable() == [], "the editor is still running: its copy is not offered"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
        yield workshop, expected.read_bytes()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def click_in_dialog(qtbot, name: str, answer: str | None = None) -> list[RecoveryDialog]:  # type: ignore[no-untyped-def]
    """When the recovery dialog opens, click its button ``name`` (answering a question after)."""
    seen: list[RecoveryDialog] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog) or not dialog.isVisible():
            QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        button = dialog.findChild(QPushButton, name)
        assert button is not None, f"no button {name!r}"
        if answer is not None:
            answer_box(qtbot, answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def test_after_a_kill_the_next_start_restores_exactly_the_unsaved_edits(
    make_window, qtbot, killed_editor: tuple[Path, bytes]
) -> None:
    workshop, edited = killed_editor
    assert workshop.read_bytes() == sample_map("en").read_bytes(), "the kill left the file alone"
    [entry] = find_recoverable()
    assert entry.title == "Guitar shop, after the workshop"
    assert entry.original == workshop.resolve()
    assert entry.problem is None

    window = make_window()  # a fresh start, showing some other map
    autosave = autosave_of(window)
    seen = click_in_dialog(qtbot, "restore:0")
    assert offer_recovery(window) is True

    [dialog] = seen
    assert dialog.objectName() == "recovery"
    assert dumps(window.document) == edited, "exactly the killed editor's map"
    assert window.session.path == workshop.resolve()
    assert window.session.modified and window.isWindowModified(), "restored means unsaved"
    assert not entry.copy.exists(), "the window's own copy replaced the old one"
    assert autosave.copy_path.exists()
    assert autosave.copy_path.read_bytes() == edited
    assert find_recoverable() == [], "nothing left to offer while this window runs"

    window.actions_by_id["save"].trigger()

    assert not window.session.modified
    saved = load(workshop)
    restored = loads(edited)
    assert dumps(saved.model_copy(update={"modified": restored.modified})) == edited
    assert saved.touchpoints[0].pain_points == ["The card form reloaded twice"]
    assert not recovery_folder().exists() or list(recovery_folder().iterdir()) == []


def test_decide_later_keeps_the_copies_for_the_next_start(
    make_window, qtbot, killed_editor: tuple[Path, bytes]
) -> None:
    workshop, _ = killed_editor
    window = make_window()
    autosave_of(window)
    shown = window.document.title
    click_in_dialog(qtbot, "later")
    assert offer_recovery(window) is False
    assert window.document.title == shown and not window.session.modified
    assert [e.original for e in find_recoverable()] == [workshop.resolve()]


def plant_copy(window: MainWindow, title: str, journey: bytes | None = None) -> Path:
    """A copy as a killed editor leaves it: written by this window's autosave, owner gone."""
    autosave = autosave_of(window)
    doc = window.document
    window.session.push(edit(doc, "map", doc.id, title=title))
    assert autosave.write_now() is not None
    copy, details_path = autosave.copy_path, autosave.details_path
    details = json.loads(details_path.read_text("utf-8"))
    proc = subprocess.Popen([sys.executable, "-c", ""])
    proc.wait(30)
    details["pid"] = proc.pid  # a process that has ended
    details_path.write_text(json.dumps(details), "utf-8")
    if journey is not None:
        copy.write_bytes(journey)
    autosave.session_id = "x"  # this window forgets it: it is a leftover now
    window.session.undo_stack.setClean()
    return copy


def test_a_damaged_copy_is_listed_and_can_be_discarded(make_window, qtbot) -> None:
    window = make_window()
    copy = plant_copy(window, "Half-written map", b'{"format": "parcours-journey", "jour')
    [entry] = find_recoverable()
    assert entry.title == "Half-written map"
    assert entry.problem and entry.document is None

    dialog = RecoveryDialog([entry], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChild(QPushButton, "restore:0").isEnabled()
    details = dialog.findChild(QLabel, "details:0")
    assert "cannot be restored" in details.text()
    dialog.close()

    shown = window.document.title
    click_in_dialog(qtbot, "discard:0", answer="Discard")
    assert offer_recovery(window) is False
    assert not copy.exists() and not copy.with_suffix(".json").exists()
    assert find_recoverable() == []
    assert window.document.title == shown


def test_discarding_asks_first_and_cancel_keeps_the_copy(make_window, qtbot) -> None:
    window = make_window()
    copy = plant_copy(window, "Maybe later")
    [entry] = find_recoverable()
    dialog = RecoveryDialog([entry], window)
    qtbot.addWidget(dialog)
    dialog.show()
    questions: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(20, read_and_cancel)
            return
        questions.append(box.text())
        answer_box(qtbot, "Cancel")

    QTimer.singleShot(0, read_and_cancel)
    qtbot.mouseClick(dialog.findChild(QPushButton, "discard:0"), Qt.MouseButton.LeftButton)
    assert questions == ["Discard the recovered changes to “Maybe later”? This cannot be undone."]
    assert copy.exists() and dialog.isVisible()
    dialog.close()


def test_unreadable_recovery_details_are_listed_and_can_be_discarded(make_window, qtbot) -> None:
    window = make_window()
    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.json").write_bytes(b"\x00\xff not json")
    (folder / "broken.journey").write_bytes(b"whatever")
    [entry] = find_recoverable()
    assert entry.problem and entry.document is None
    click_in_dialog(qtbot, "discard:0", answer="Discard")
    assert offer_recovery(window) is False
    assert list(folder.iterdir()) == []


def test_an_untitled_map_is_restored_as_an_unsaved_new_map(make_window, qtbot) -> None:
    window = make_window()
    window.actions_by_id["new:blank:en"].trigger()
    plant_copy(window, "Sketch from the workshop")
    window.actions_by_id["new:three-phases:en"].trigger()
    [entry] = find_recoverable()
    assert entry.original is None
    seen = click_in_dialog(qtbot, "restore:0")
    assert offer_recovery(window) is True
    assert "Untitled" in seen[0].findChild(QLabel, "details:0").text()
    assert window.document.title == "Sketch from the workshop"
    assert window.session.path is None and window.session.modified


def test_nothing_to_recover_shows_no_dialog(make_window) -> None:
    window = make_window()
    started = time.monotonic()
    assert offer_recovery(window) is False
    assert time.monotonic() - started < 2


def test_the_dialog_says_when_the_original_changed_on_disk_or_is_gone(make_window, qtbot) -> None:
    window = make_window()
    original = window.session.path
    plant_copy(window, "Edited elsewhere too")
    [entry] = find_recoverable()
    assert not entry.original_changed
    original.write_bytes(original.read_bytes() + b"\n")  # a colleague saved it meanwhile
    [entry] = find_recoverable()
    assert entry.original_changed
    dialog = RecoveryDialog([entry], window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "details:0").text()
    assert str(original) in text and "changed on disk" in text
    original.unlink()
    [entry] = find_recoverable()
    gone = RecoveryDialog([entry], window)
    qtbot.addWidget(gone)
    assert "no longer there" in gone.findChild(QLabel, "details:0").text()


def test_temporary_files_left_by_a_kill_are_cleaned_up(make_window) -> None:
    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / ".0123.journey.abcd.tmp"
    fresh = folder / ".4567.journey.efgh.tmp"
    for temporary in (old, fresh):
        temporary.write_bytes(b"half a map")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert find_recoverable() == []
    assert not old.exists()
    assert fresh.exists(), "it may be a copy being written right now"


def test_on_a_full_disk_the_restored_copy_stays_until_the_map_is_saved(
    make_window, qtbot, monkeypatch
) -> None:
    import errno

    import app.ui.autosave as autosave_module

    window = make_window()
    copy = plant_copy(window, "Restored onto a full disk")
    assert len(find_recoverable()) == 1

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(autosave_module, "atomic_write", full)
    click_in_dialog(qtbot, "restore:0")
    assert offer_recovery(window) is True
    assert window.document.title == "Restored onto a full disk" and window.session.modified
    assert copy.exists(), "the only copy of the edits is kept while no new one can be written"
    assert "No space left on device" in window.statusBar().currentMessage()

    window.actions_by_id["save"].trigger()  # saving the map itself still works
    assert not window.session.modified
    assert not copy.exists() and not copy.with_suffix(".json").exists()
