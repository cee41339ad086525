"""The lock beside an open map: one holder at a time, stale locks taken over, no Qt."""

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.filelock import MapLock, lock_path, process_start

HOLD_LOCK = """
import sys, time
from pathlib import Path
from app.model.filelock import MapLock
lock = MapLock(Path(sys.argv[1]))
print(lock.acquire(), flush=True)
time.sleep(60)
"""

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "guitar.journey"
    path.write_text("{}", encoding="utf-8")
    return path


@pytest.fixture
def other_process(map_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Parcours (a child process) holding the map's lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(map_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "True"
        yield child
    finally:
        child.kill()
        child.wait(timeout=10)


def write_lock(map_file: Path, **fields: object) -> Path:
    record: dict[str, object] = {
        "app": "Parcours",
        "version": "0.1.0",
        "pid": os.getpid(),
        "started": process_start(os.getpid()),
        "host": socket.gethostname(),
        "user": "lea",
        "time": "2026-12-02T14:02:00+00:00",
        "token": "someone-else",
    }
    record.update(fields)
    lock_path(map_file).write_text(json.dumps(record), encoding="utf-8")
    return lock_path(map_file)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid


def test_the_lock_is_a_hidden_file_beside_the_map_saying_who_holds_it(map_file: Path) -> None:
    lock = MapLock(map_file)
    assert lock.acquire() and lock.held
    assert lock.lock_file == map_file.parent / ".~lock.guitar.journey#"
    record = json.loads(lock.lock_file.read_text(encoding="utf-8"))
    assert record["app"] == "Parcours"
    assert record["pid"] == os.getpid()
    assert record["host"] == socket.gethostname()
    assert {"user", "time", "version", "started", "token"} <= set(record)
    assert lock.owner() is None  # ours: nobody else holds it
    lock.release()
    assert not lock.lock_file.exists()


def test_a_second_holder_in_the_same_process_is_refused_and_told_who_holds_it(
    map_file: Path,
) -> None:
    first, second = MapLock(map_file), MapLock(map_file)
    assert first.acquire()
    assert not second.acquire() and not second.held
    owner = second.owner()
    assert owner is not None and owner.pid == os.getpid()
    assert owner.host == socket.gethostname()
    second.release()  # not ours: the first holder's lock stays
    assert first.lock_file.exists()
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_held_by_another_live_process_is_respected(
    map_file: Path, other_process: subprocess.Popen[str]
) -> None:
    lock = MapLock(map_file)
    assert not lock.acquire()
    owner = lock.owner()
    assert owner is not None and owner.pid == other_process.pid
    assert owner.host == socket.gethostname() and owner.user and owner.time is not None


def test_a_lock_left_by_a_process_that_died_is_taken_over(map_file: Path) -> None:
    write_lock(map_file, pid=dead_pid(), started="")
    lock = MapLock(map_file)
    assert lock.owner() is None
    assert lock.acquire() and lock.held
    record = json.loads(lock.lock_file.read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["token"] == lock.token


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_lock_whose_pid_now_belongs_to_another_process_is_taken_over(map_file: Path) -> None:
    # Our own pid is alive, but it did not start at the time the lock says.
    write_lock(map_file, started="1")
    assert MapLock(map_file).acquire()


def test_a_garbled_or_foreign_lock_is_taken_over(map_file: Path) -> None:
    for content in ("{not json", '{"app": "Other", "pid": 1}', '{"app": "Parcours", "pid": -3}'):
        lock_path(map_file).write_text(content, encoding="utf-8")
        lock = MapLock(map_file)
        assert lock.owner() is None, content
        assert lock.acquire(), content
        lock.release()


def test_an_empty_lock_being_written_counts_as_held_but_not_forever(map_file: Path) -> None:
    lock_path(map_file).write_bytes(b"")
    assert not MapLock(map_file).acquire()
    old = time.time() - 60
    os.utime(lock_path(map_file), (old, old))
    assert MapLock(map_file).acquire()


def test_a_lock_written_on_another_computer_cannot_be_checked_and_counts_as_held(
    map_file: Path,
) -> None:
    write_lock(map_file, host="another-computer", pid=dead_pid())
    lock = MapLock(map_file)
    assert not lock.acquire()
    owner = lock.owner()
    assert owner is not None and (owner.user, owner.host) == ("lea", "another-computer")
    assert owner.time is not None


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes read-only folders"
)
def test_a_read_only_folder_opens_without_a_lock_and_without_an_error(map_file: Path) -> None:
    folder = map_file.parent
    folder.chmod(0o555)
    try:
        lock = MapLock(map_file)
        assert lock.acquire() and not lock.held
        lock.release()
    finally:
        folder.chmod(0o755)
    assert not lock_path(map_file).exists()


def test_release_leaves_a_lock_that_another_program_took_over(map_file: Path) -> None:
    lock = MapLock(map_file)
    assert lock.acquire()
    write_lock(map_file, token="the-new-holder")
    lock.release()
    assert json.loads(lock_path(map_file).read_text(encoding="utf-8"))["token"] == "the-new-holder"


def test_a_file_system_that_refuses_the_lock_opens_the_map_without_one(
    map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a read-only mount says (and what the test above cannot show when run as root).
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "open", refuse)
    lock = MapLock(map_file)
    assert lock.acquire() and not lock.held
    monkeypatch.undo()
    assert not lock_path(map_file).exists()
