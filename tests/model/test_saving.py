"""Saving never loses a map: links, metadata, stale temporary files, backups and clear errors.

Issue 9, findings 5 (errors named the hidden temporary file; a kill left an orphan
temporary file that nothing cleaned up) and 8 (saving through a symbolic link replaced
the link; hard links were split; owner and extended attributes were lost).
"""

import errno
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.model import fileformat
from app.model.document import JourneyMap
from app.model.templates import new_map

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def a_map(title: str) -> JourneyMap:
    doc = new_map("five-phases", "en")
    doc.title = title
    return doc


def saved(path: Path, title: str) -> bytes:
    """Save a map titled ``title`` at ``path`` the usual way; return the bytes now on disk."""
    fileformat.save(a_map(title), path)
    return path.read_bytes()


def temps_in(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


@pytest.fixture
def journey(tmp_path: Path) -> Path:
    """A saved map, ``map.journey``, in a folder of its own."""
    path = tmp_path / "maps" / "map.journey"
    path.parent.mkdir()
    fileformat.save(a_map("Before"), path)
    return path


# -- finding 8: links and metadata ---------------------------------------------------


def test_saving_through_a_symbolic_link_updates_the_real_file_and_keeps_the_link(
    journey: Path, tmp_path: Path
) -> None:
    link = tmp_path / "shortcut.journey"
    link.symlink_to(journey)

    fileformat.save(a_map("After"), link)

    assert link.is_symlink() and os.readlink(link) == str(journey)
    assert fileformat.load(journey).title == "After"
    assert temps_in(tmp_path) == [] and temps_in(journey.parent) == []


def test_a_chain_of_relative_links_is_followed_to_the_end(journey: Path, tmp_path: Path) -> None:
    (tmp_path / "second.journey").symlink_to(Path("maps") / "map.journey")
    (tmp_path / "first.journey").symlink_to("second.journey")

    fileformat.save(a_map("After"), tmp_path / "first.journey")

    assert os.readlink(tmp_path / "first.journey") == "second.journey"
    assert (tmp_path / "second.journey").is_symlink()
    assert fileformat.load(journey).title == "After"


def test_a_dangling_relative_link_creates_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "maps").mkdir()
    link = tmp_path / "link.journey"
    link.symlink_to(Path("maps") / "new.journey")

    fileformat.save(a_map("Fresh"), link)

    assert link.is_symlink()
    assert fileformat.load(tmp_path / "maps" / "new.journey").title == "Fresh"


def test_saving_a_hard_linked_map_keeps_the_link_so_both_names_show_the_new_map(
    journey: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "twin.journey"
    os.link(journey, twin)

    fileformat.save(a_map("After"), journey)

    assert os.stat(journey).st_ino == os.stat(twin).st_ino
    assert os.stat(journey).st_nlink == 2
    assert fileformat.load(twin).title == "After"
    assert temps_in(journey.parent) == []


def test_a_shorter_version_of_a_hard_linked_map_leaves_no_old_bytes_behind(
    journey: Path, tmp_path: Path
) -> None:
    big = a_map("Big")
    big.description = "x" * 50_000
    fileformat.save(big, journey)
    os.link(journey, tmp_path / "twin.journey")

    fileformat.save(a_map("Small"), tmp_path / "twin.journey")

    assert journey.read_bytes() == fileformat.dumps(fileformat.load(journey))
    assert fileformat.load(journey).title == "Small"


def test_saving_keeps_the_files_permissions_and_group(journey: Path) -> None:
    journey.chmod(0o640)
    groups = os.getgroups() if hasattr(os, "getgroups") else []
    other_group = next((g for g in groups if g != os.stat(journey).st_gid), None)
    if other_group is not None:
        os.chown(journey, -1, other_group)
    before = os.stat(journey)

    fileformat.save(a_map("After"), journey)

    after = os.stat(journey)
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


@pytest.mark.skipif(not ROOT, reason="only root may give a file to another user")
def test_saving_as_root_keeps_another_users_file_theirs(journey: Path) -> None:
    os.chown(journey, 4242, 4343)

    fileformat.save(a_map("After"), journey)

    assert (os.stat(journey).st_uid, os.stat(journey).st_gid) == (4242, 4343)


def user_xattrs_work(folder: Path) -> bool:
    probe = folder / ".xattr-probe"
    probe.write_bytes(b"")
    try:
        os.setxattr(probe, "user.parcours.probe", b"1")
    except (AttributeError, OSError):
        return False
    finally:
        probe.unlink()
    return True


def test_saving_keeps_extended_attributes(journey: Path) -> None:
    if not user_xattrs_work(journey.parent):
        pytest.skip("this file system does not store user extended attributes")
    os.setxattr(journey, "user.xdg.origin.url", b"https://example.org/map")
    os.setxattr(journey, "user.project", "Café".encode())

    fileformat.save(a_map("After"), journey)

    assert os.getxattr(journey, "user.xdg.origin.url") == b"https://example.org/map"
    assert os.getxattr(journey, "user.project") == "Café".encode()


def test_writing_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)

    fileformat.atomic_write(pipe, b"exported bytes")

    assert reader.communicate(timeout=30)[0] == b"exported bytes"
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


# -- finding 5: errors name the user's file; temporary files are cleaned up ---------


def failing(code: int, after_bytes: int = 0) -> Callable[..., int]:
    """An ``os.write`` that writes ``after_bytes`` bytes, then fails like a full disk."""
    real_write = os.write
    written = 0

    def write(fd: int, data: Any) -> int:
        nonlocal written
        if written >= after_bytes:
            raise OSError(code, os.strerror(code))
        count = real_write(fd, bytes(data)[: after_bytes - written])
        written += count
        return count

    return write


def assert_refused_cleanly(
    error: pytest.ExceptionInfo[OSError], user_path: Path, before: bytes | None
) -> str:
    """The message names the user's file and never a temporary file; nothing changed."""
    message = str(error.value)
    assert str(user_path) in message, message
    assert ".tmp" not in message, message
    assert message.count("\n") == 0
    folder = user_path.parent if user_path.parent.is_dir() else None
    if before is not None:
        assert user_path.read_bytes() == before
    if folder is not None:
        assert temps_in(folder) == [], "a temporary file was left behind"
    return message


def test_a_full_disk_names_the_users_file_and_leaves_it_byte_identical(
    journey: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = journey.read_bytes()
    monkeypatch.setattr(os, "write", failing(errno.ENOSPC, after_bytes=1000))

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey)

    monkeypatch.undo()
    message = assert_refused_cleanly(error, journey, before)
    assert "disk is full" in message and "Save As" in message
    assert "unchanged" in message


def test_a_used_up_quota_says_so(journey: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = journey.read_bytes()
    monkeypatch.setattr(os, "write", failing(errno.EDQUOT))

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey)

    monkeypatch.undo()
    assert "quota" in assert_refused_cleanly(error, journey, before)


def test_a_full_disk_while_rewriting_a_hard_linked_map_restores_it(
    journey: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.link(journey, tmp_path / "twin.journey")
    before = journey.read_bytes()
    bigger = a_map("After")
    bigger.description = "y" * 100_000
    real_write, failed = os.write, list[int]()

    def write(fd: int, data: Any) -> int:
        if not failed and os.fstat(fd).st_ino == os.stat(journey).st_ino:
            failed.append(fd)
            real_write(fd, bytes(data)[:1000])  # half-way through the rewrite...
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(OSError) as error:
        fileformat.save(bigger, journey)

    monkeypatch.undo()
    assert failed, "the in-place rewrite was not reached"
    assert "disk is full" in assert_refused_cleanly(error, journey, before)
    assert os.stat(journey).st_nlink == 2


def read_only_error(monkeypatch: pytest.MonkeyPatch, code: int, folder: Path) -> None:
    """Make creating a file in ``folder`` fail with ``code`` at the OS call, even for root."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT and Path(os.fsdecode(path)).parent == folder:
            raise OSError(code, os.strerror(code), os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


def test_a_read_only_disk_names_the_users_file_not_a_temporary_one(
    journey: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = journey.read_bytes()
    read_only_error(monkeypatch, errno.EROFS, journey.parent)

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey)

    monkeypatch.undo()
    message = assert_refused_cleanly(error, journey, before)
    assert "read-only" in message and "Save As" in message


def test_a_folder_without_write_permission_says_so(
    journey: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = journey.read_bytes()
    read_only_error(monkeypatch, errno.EACCES, journey.parent)

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey)

    monkeypatch.undo()
    message = assert_refused_cleanly(error, journey, before)
    assert f"permission to write in the folder {journey.parent}" in message


@pytest.mark.skipif(ROOT, reason="root may write in any folder: the injected test covers it")
def test_a_real_read_only_folder_is_refused_with_a_sentence(journey: Path) -> None:
    before = journey.read_bytes()
    journey.parent.chmod(0o555)
    try:
        with pytest.raises(OSError) as error:
            fileformat.save(a_map("After"), journey)
    finally:
        journey.parent.chmod(0o755)
    assert "permission" in assert_refused_cleanly(error, journey, before)


def test_a_read_only_file_is_not_replaced(journey: Path) -> None:
    before = journey.read_bytes()
    journey.chmod(0o444)

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey)

    assert "read-only" in assert_refused_cleanly(error, journey, before)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "map.journey"

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), path)

    message = assert_refused_cleanly(error, path, None)
    assert f"the folder {tmp_path / 'gone'} does not exist" in message
    assert temps_in(tmp_path) == []


def test_saving_onto_a_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    path.mkdir()

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), path)

    assert "is a folder" in assert_refused_cleanly(error, path, None)
    assert path.is_dir() and os.listdir(path) == []


def test_a_name_too_long_for_the_disk_is_named(tmp_path: Path) -> None:
    path = tmp_path / ("m" * 300 + ".journey")

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), path)

    assert "too long" in assert_refused_cleanly(error, path, None)


def test_a_long_name_that_fits_still_saves(tmp_path: Path) -> None:
    path = tmp_path / ("m" * 240 + ".journey")  # 248 bytes: its temporary file must not fail

    fileformat.save(a_map("After"), path)

    assert fileformat.load(path).title == "After"
    assert temps_in(tmp_path) == []


def test_a_link_that_loops_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "loop.journey"
    path.symlink_to("loop.journey")

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), path)

    assert "link" in assert_refused_cleanly(error, path, None)
    assert path.is_symlink()


def test_the_error_carries_the_users_path_and_is_a_save_error(
    journey: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.model.savefile import SaveError

    link = tmp_path / "link.journey"
    link.symlink_to(journey)
    monkeypatch.setattr(os, "write", failing(errno.ENOSPC))

    with pytest.raises(SaveError) as error:
        fileformat.save(a_map("After"), link)

    assert error.value.path == link
    assert error.value.errno == errno.ENOSPC
    assert error.value.describe() == str(error.value)
    assert str(journey) in str(error.value)  # the link's target is named too


# -- stale temporary files -------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid


def temp_of(path: Path, pid: int, token: str = "abcd1234") -> Path:
    from app.model.savefile import temp_name

    return path.with_name(temp_name(path.name, pid, token))


def test_a_dead_saves_temporary_file_is_removed_at_the_next_save(journey: Path) -> None:
    orphan = temp_of(journey, dead_pid())
    orphan.write_bytes(b"x" * 100_000)
    legacy = journey.with_name(".map.journey.wzi4ea94.tmp")  # left by Parcours 0.1's saves
    legacy.write_bytes(b"x")
    day_ago = time.time() - 25 * 3600
    os.utime(legacy, (day_ago, day_ago))

    saved(journey, "After")

    assert temps_in(journey.parent) == []


def test_a_live_saves_temporary_file_is_kept(journey: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = temp_of(journey, sleeper.pid)
        busy.write_bytes(b"being written")
        other = temp_of(journey.with_name("other.journey"), dead_pid())
        other.write_bytes(b"another file's")

        saved(journey, "After")

        assert busy.read_bytes() == b"being written"
        assert other.exists(), "another file's temporary file is not this save's business"
    finally:
        sleeper.kill()
        sleeper.wait(timeout=30)


def test_a_live_pids_temporary_file_older_than_a_day_is_removed(journey: Path) -> None:
    old = temp_of(journey, os.getpid())
    old.write_bytes(b"forgotten")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))

    saved(journey, "After")

    assert not old.exists()


def test_an_interrupted_hard_link_rewrite_is_finished_from_its_complete_copy(
    journey: Path, tmp_path: Path
) -> None:
    from app.model.savefile import finish_interrupted_save

    twin = tmp_path / "twin.journey"
    os.link(journey, twin)
    new = fileformat.dumps(a_map("After"))
    journal = temp_of(journey, dead_pid(), "ready123").with_suffix(".ready.tmp")
    journal.write_bytes(new)
    with journey.open("r+b") as handle:  # killed half-way through the in-place rewrite
        handle.write(new[:300])

    assert finish_interrupted_save(journey)

    assert twin.read_bytes() == new
    assert temps_in(journey.parent) == []
    assert not finish_interrupted_save(journey)


# -- backup ------------------------------------------------------------------------------


def test_the_backup_option_keeps_the_previous_version_beside_the_file(journey: Path) -> None:
    before = journey.read_bytes()
    journey.chmod(0o640)

    fileformat.save(a_map("After"), journey, backup=True)

    backup = journey.with_name("map.journey.bak")
    assert backup.read_bytes() == before
    assert stat.S_IMODE(backup.stat().st_mode) == 0o640
    assert fileformat.load(journey).title == "After"
    fileformat.save(a_map("Third"), journey, backup=True)
    assert fileformat.load(backup).title == "After"
    assert temps_in(journey.parent) == []


def test_without_the_option_no_backup_is_made(journey: Path) -> None:
    fileformat.save(a_map("After"), journey)

    assert not journey.with_name("map.journey.bak").exists()


def test_a_backup_that_cannot_be_made_stops_the_save(journey: Path) -> None:
    before = journey.read_bytes()
    journey.with_name("map.journey.bak").mkdir()  # something in the way

    with pytest.raises(OSError) as error:
        fileformat.save(a_map("After"), journey, backup=True)

    message = assert_refused_cleanly(error, journey, before)
    assert "map.journey.bak" in message and "backup" in message


# -- a real small disk, when the machine lets an unprivileged user mount one --------------

MOUNTED = """
import os, subprocess, sys
from pathlib import Path
from app.model import fileformat
from app.model.templates import new_map
mount = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
path = mount / "map.journey"
doc = new_map("five-phases", "en")
fileformat.save(doc, path)
before = path.read_bytes()
doc.description = "z" * 400_000
for case in ("full", "read-only"):
    if case == "read-only":
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    try:
        fileformat.save(doc, path)
    except OSError as error:
        left = sorted(n for n in os.listdir(mount) if n.endswith(".tmp"))
        print(case, "|", error, "|", path.read_bytes() == before, "|", left)
    else:
        print(case, "| saved")
"""


def mounting_works() -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not mounting_works():
        pytest.skip("this machine does not let a test mount a small tmpfs (the injected tests run)")
    mount = tmp_path / "disk"
    mount.mkdir()
    yield mount


def test_a_real_full_disk_and_a_real_read_only_disk(small_disk: Path) -> None:
    command = ["unshare", "--user", "--map-root-user", "--mount"]
    command += [sys.executable, "-c", MOUNTED, str(small_disk)]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2]
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" | ", 1) for line in result.stdout.splitlines())
    path = small_disk / "map.journey"
    full, read_only = lines["full"].split(" | "), lines["read-only"].split(" | ")
    assert full[0].startswith(f"Cannot save {path}: the disk is full.")
    assert read_only[0].startswith(f"Cannot save {path}: the disk is read-only.")
    assert full[1:] == read_only[1:] == ["True", "[]"]
