"""Autosave: while a map has unsaved changes, a recovery copy waits in the data folder."""

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import answer_box
from PySide6.QtWidgets import QApplication

from app.model.commands import edit
from app.model.fileformat import dumps, load, loads
from app.ui.autosave import Autosave, find_recoverable, recovery_folder
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("scratch_home")  # tests/ui/conftest.py


def autosave_of(window: MainWindow) -> Autosave:
    """The window's autosave."""
    return window.autosave


def rename_first_card(window: MainWindow, title: str) -> None:
    session = window.session
    assert session is not None
    doc = session.document
    session.push(edit(doc, "touchpoints", doc.touchpoints[0].id, title=title))


def copies() -> list[Path]:
    return sorted(recovery_folder().glob("*.journey")) if recovery_folder().exists() else []


def dead_pid() -> int:
    """The id of a process that has just ended."""
    proc = subprocess.Popen([sys.executable, "-c", ""])
    proc.wait(30)
    return proc.pid


def test_an_edit_writes_a_recovery_copy_after_the_interval_and_never_touches_the_users_file(
    make_window, qtbot, scratch_home: Path
) -> None:
    window = make_window()
    autosave = autosave_of(window)
    window.settings.autosave_seconds = 1
    users_file = window.session.path
    before = users_file.read_bytes()

    rename_first_card(window, "Checkout felt slow")
    assert copies() == [], "the copy waits for the interval"
    assert autosave.timer.isActive() and autosave.timer.interval() == 1000
    qtbot.waitUntil(lambda: autosave.copy_path.exists(), timeout=5000)

    copy = autosave.copy_path
    assert copy.parent == recovery_folder()
    assert str(copy).startswith(str(scratch_home / ".local/share"))
    assert copy != users_file
    assert copy.read_bytes() == dumps(window.document)
    assert loads(copy.read_bytes()).touchpoints[0].title == "Checkout felt slow"
    assert users_file.read_bytes() == before, "the user's file is unchanged"
    details = json.loads(autosave.details_path.read_text("utf-8"))
    assert details["format"] == "parcours-recovery"
    assert details["original"] == str(users_file)
    assert details["title"] == window.document.title
    assert details["pid"] == os.getpid()
    assert details["host"] == socket.gethostname()
    assert details["session"] == copy.stem
    saved = datetime.fromisoformat(details["saved"])
    assert saved.tzinfo is not None and abs(datetime.now(UTC) - saved) < timedelta(minutes=1)


def test_later_edits_are_copied_again_and_one_map_keeps_one_copy(make_window, qtbot) -> None:
    window = make_window()
    autosave = autosave_of(window)
    window.settings.autosave_seconds = 1
    rename_first_card(window, "First idea")
    qtbot.waitUntil(lambda: autosave.copy_path.exists(), timeout=5000)
    rename_first_card(window, "Second idea")
    assert autosave.timer.isActive(), "a change after the copy starts the countdown again"
    qtbot.waitUntil(
        lambda: loads(autosave.copy_path.read_bytes()).touchpoints[0].title == "Second idea",
        timeout=5000,
    )
    assert len(copies()) == 1


def test_saving_removes_the_copy_and_writes_the_users_file(make_window) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Saved at last")
    copy = autosave.write_now()
    assert copy is not None and copy.exists()

    window.actions_by_id["save"].trigger()

    assert not copy.exists() and not autosave.details_path.exists()
    assert copies() == []
    assert load(window.session.path).touchpoints[0].title == "Saved at last"
    assert not autosave.timer.isActive()


def test_undoing_back_to_the_saved_map_removes_the_copy(make_window) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Tried and undone")
    assert autosave.write_now() is not None
    window.actions_by_id["undo"].trigger()
    assert not window.session.modified
    assert copies() == []


def test_a_clean_close_removes_the_copy(make_window, qtbot) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Dropped on purpose")
    copy = autosave.write_now()
    assert copy is not None and copy.exists()

    answer_box(qtbot, "Discard")
    window.close()

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not copy.exists()
    assert copies() == []


def test_an_untitled_map_gets_a_copy_and_dropping_a_map_removes_its_copy(
    make_window, qtbot
) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Not kept")
    opened_copy = autosave.write_now()
    assert opened_copy is not None

    answer_box(qtbot, "Discard")  # File ▸ New: the user drops the changes
    window.actions_by_id["new:blank:en"].trigger()
    assert not opened_copy.exists(), "the dropped map's copy goes"

    doc = window.document
    window.session.push(edit(doc, "map", doc.id, title="Workshop in progress"))
    copy = autosave.write_now()
    assert copy is not None and copy != opened_copy
    details = json.loads(autosave.details_path.read_text("utf-8"))
    assert details["original"] is None
    assert details["title"] == "Workshop in progress"
    assert loads(copy.read_bytes()).title == "Workshop in progress"


def test_a_clean_map_gets_no_copy(make_window) -> None:
    window = make_window()
    autosave = autosave_of(window)
    assert autosave.write_now() is None
    assert copies() == []


def test_a_copy_that_cannot_be_written_is_said_once_in_the_status_bar(make_window) -> None:
    window = make_window()
    autosave = autosave_of(window)
    recovery_folder().parent.mkdir(parents=True, exist_ok=True)
    recovery_folder().write_text("a file where the folder should be")  # like a read-only folder
    failures: list[str] = []
    autosave.failed.connect(failures.append)

    rename_first_card(window, "Nowhere to go")
    assert autosave.write_now() is None
    rename_first_card(window, "Still nowhere")
    assert autosave.write_now() is None

    assert len(failures) == 1, "said once, never a message loop"
    assert "could not write the recovery copy" in window.statusBar().currentMessage()
    assert window.session.modified  # the map itself is untouched and still unsaved


def test_copies_of_running_parcours_are_not_offered_but_those_of_ended_ones_are(
    make_window,
) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Still being edited")
    assert autosave.write_now() is not None
    assert find_recoverable() == [], "this process is alive: its copy is not offered"

    details = json.loads(autosave.details_path.read_text("utf-8"))
    details["pid"] = dead_pid()
    autosave.details_path.write_text(json.dumps(details), "utf-8")
    [entry] = find_recoverable()
    assert entry.title == window.document.title
    assert entry.original == window.session.path
    assert entry.copy == autosave.copy_path
    assert entry.problem is None
    assert entry.document is not None and dumps(entry.document) == dumps(window.document)


def test_copies_from_another_host_are_offered_after_a_day(make_window) -> None:
    window = make_window()
    autosave = autosave_of(window)
    rename_first_card(window, "Shared home folder")
    assert autosave.write_now() is not None
    details = json.loads(autosave.details_path.read_text("utf-8"))
    details["host"] = "another-" + socket.gethostname()
    autosave.details_path.write_text(json.dumps(details), "utf-8")
    assert find_recoverable() == [], "a fresh copy from another host may still be in use"

    details["saved"] = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    autosave.details_path.write_text(json.dumps(details), "utf-8")
    assert [e.title for e in find_recoverable()] == [window.document.title]


def test_a_large_map_is_copied_whole(make_window) -> None:
    """2,000 touchpoints: the copy holds the whole map (its speed is measured by make bench)."""
    from app.model.commands import Transaction, add_touchpoint
    from app.model.document import Touchpoint

    window = make_window()
    autosave = autosave_of(window)
    doc = window.document
    lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
    steps = [
        add_touchpoint(
            doc,
            Touchpoint(
                title=f"Card {i}",
                phase_id=doc.phases[i % len(doc.phases)].id,
                lane_id=lane.id,
                description="A sentence of workshop notes. " * 4,
            ),
        )
        for i in range(2000 - len(doc.touchpoints))
    ]
    window.session.push(Transaction("Add many cards", steps))
    QApplication.processEvents()
    assert len(window.document.touchpoints) == 2000

    copy = autosave.write_now()
    assert copy is not None
    assert copy.read_bytes() == dumps(window.document)
