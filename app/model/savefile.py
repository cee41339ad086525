"""Writing a file so that nothing is lost: atomic, through links, keeping metadata.

:func:`write_file` is what every save and export goes through
(``fileformat.save`` and ``fileformat.atomic_write``). What it promises:

- **Atomic.** The new bytes go to a temporary file in the same folder
  (``.<name>.<pid>.<host>_<random>.tmp``), which is written, synced and then renamed
  over the file; the folder is synced too. A crash, a kill or a full disk leaves
  either the old file or the new one, whole.
- **Links.** Saving to a symbolic link saves the file the chain of links points to
  (a dangling link creates that file); the link stays a link. A file with several
  hard links (``st_nlink > 1``) keeps them: see *Hard links* below.
- **Metadata.** Permissions, owner and group (where the OS allows: ``chown``
  refused is ignored) and extended attributes (Linux: user attributes, ACLs;
  attributes the OS refuses are skipped) of the file are kept.
- **A read-only file is not replaced** (a file without any write permission bit, or
  one the user may not write), even though its folder would allow it.
- **Stale temporary files.** Before each save, the file's temporary files left by a
  save that died are removed: those of a process no longer running on this
  machine, and any older than 24 hours. Another live process's file is never touched.
- **Backup** (``backup=True``): the previous version is first copied, with its
  metadata, to ``<name>.bak`` beside the file (atomically too); if that copy cannot
  be made the save stops and the file is unchanged.
- **Errors** are :class:`SaveError`: one sentence naming the user's file (never a
  temporary file), saying what went wrong and what to do. The temporary file is
  always removed.

*Hard links.* A rename gives the name a new file and splits the link, so a
multiply-linked file is rewritten in place instead: (1) the complete new content
is written to a temporary file and synced; (2) that file is renamed to
``.<name>.<pid>.<host>_<random>.ready.tmp`` (the rename marks it complete) and the
folder synced; (3) space for the new content is reserved in the original
(``posix_fallocate``), which is then overwritten, truncated and synced; (4) the
ready copy is removed. A failure in (3) (a full disk) writes the old bytes back,
so the file is unchanged. This is **not atomic**: a kill or power loss during (3)
can leave the file half old, half new, but a complete ready copy then remains
beside it, and :func:`finish_interrupted_save` (run before each save of that
file, and by the editor before opening it) finishes the rewrite from it.
Network file systems (NFS, SMB) may not honour ``fsync`` or ``rename`` the same
way; there, atomicity is only as good as the server's.
"""

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import stat
import time
from pathlib import Path

from app.model.processes import pid_alive
from app.model.text import QT_TRANSLATE_NOOP, translate

STALE_AFTER_SECONDS = 24 * 3600
"""A temporary file older than this is stale whoever made it."""

_LONG_NAME = 100
"""Longer file names are shortened (with a hash) inside temporary file names."""

_TEMP_TAIL = re.compile(r"(\d+)\.([0-9a-f]{6})_([a-z0-9]+)(\.ready)?\.tmp")
_LEGACY_TEMP_TAIL = re.compile(r"[a-z0-9_]{8}\.tmp")  # tempfile.mkstemp's, before 0.2
_XATTR_REFUSED = {errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM, errno.EACCES, errno.ENODATA}


class SaveError(OSError):
    """A file could not be saved; :meth:`describe` says why and what to do.

    It is an :class:`OSError` (``errno`` and a short ``strerror`` reason), so code that
    already catches ``OSError`` keeps working; ``path`` is the file the user chose.
    """

    def __init__(
        self,
        path: Path,
        code: int,
        reason: str,
        advice: str,
        state: str,
        target: Path | None = None,
    ) -> None:
        super().__init__(code, reason)
        self.path = path
        self.target = target if target is not None and target != path else None
        self.advice = advice
        self.state = state

    def describe(self) -> str:
        """The error as sentences on one line, naming the user's file."""
        shown = str(self.path)
        if self.target is not None:
            shown = translate("SaveFile", "{path} (a link to {target})").format(
                path=shown, target=self.target
            )
        return (
            translate("SaveFile", "Cannot save {path}: {reason}. {advice} {state}")
            .format(path=shown, reason=self.strerror, advice=self.advice, state=self.state)
            .rstrip()
        )

    def __str__(self) -> str:
        return self.describe()


def write_file(path: str | os.PathLike[str], data: bytes, backup: bool = False) -> None:
    """Replace the file at ``path`` with ``data`` as the module docstring promises.

    Raises :class:`SaveError` when it cannot; the file is then unchanged (the
    message says so, or says otherwise in the one rare case it is not).
    """
    user_path = Path(path)
    target = user_path
    existed = False
    try:
        target = resolved(user_path)
        info = _existing(target)
        existed = info is not None
        _clean_before_saving(target)
        if info is not None:
            _refuse_read_only(target, info)
        if backup and info is not None:
            _make_backup(user_path, target)
        if info is not None and not stat.S_ISREG(info.st_mode):
            _write_into(target, data)  # a device or a pipe (/dev/stdout): never replace it
        elif info is not None and info.st_nlink > 1:
            _rewrite_in_place(target, data)
        else:
            _replace(target, data, info)
    except SaveError:
        raise
    except _Damaged as damaged:
        raise _save_error(user_path, target, damaged.error, existed, damaged=True) from None
    except OSError as error:
        raise _save_error(user_path, target, error, existed) from None


def resolved(path: Path) -> Path:
    """The file a chain of symbolic links ends at (where a dangling link points)."""
    target = Path(os.path.realpath(path))
    if target.is_symlink():  # realpath stops where the chain loops
        raise OSError(errno.ELOOP, "link loop", str(path))
    return target


def temp_name(name: str, pid: int | None = None, token: str | None = None) -> str:
    """The name of a temporary file for the file ``name``, made by process ``pid``."""
    pid = os.getpid() if pid is None else pid
    token = secrets.token_hex(4) if token is None else token
    return f".{_stem(name)}.{pid}.{_HOST}_{token}.tmp"


def finish_interrupted_save(path: str | os.PathLike[str]) -> bool:
    """Finish a hard-linked file's in-place rewrite that a dead process left half done.

    Returns True when the file was rewritten from a complete ready copy. Run it before
    reading a file that may have been saved by a process that was killed.
    """
    target = resolved(Path(path))
    finished = False
    for temp, ready in _stale_temps(target):
        if ready:
            with contextlib.suppress(OSError):
                data = temp.read_bytes()
                if target.read_bytes() != data:
                    _overwrite(target, data)
                    finished = True
        with contextlib.suppress(OSError):
            temp.unlink()
    return finished


def clean_stale_temps(path: str | os.PathLike[str]) -> None:
    """Remove the stale temporary files of ``path`` (finishing an interrupted rewrite)."""
    with contextlib.suppress(OSError):
        finish_interrupted_save(path)


# -- the steps of a save ------------------------------------------------------------


class _Damaged(Exception):
    """An in-place rewrite failed and the old bytes could not be put back."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def _existing(target: Path) -> os.stat_result | None:
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise OSError(errno.EISDIR, "is a folder", str(target))
    return info


def _refuse_read_only(target: Path, info: os.stat_result) -> None:
    """Raise when the file may not be written: a read-only disk, or a read-only file."""
    try:
        read_only_disk = bool(os.statvfs(target.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        read_only_disk = False
    if read_only_disk:
        raise OSError(errno.EROFS, "read-only file system", str(target))
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        target, os.W_OK
    ):
        raise OSError(errno.EACCES, "read-only file", str(target))


def _clean_before_saving(target: Path) -> None:
    clean_stale_temps(target)
    backup = target.with_name(target.name + ".bak")
    for temp, _ in _stale_temps(backup):
        with contextlib.suppress(OSError):
            temp.unlink()


def _synced_temp(target: Path, data: bytes, private: bool) -> Path:
    """A temporary file beside ``target`` holding ``data``, written whole and synced."""
    fd, temp = _create_temp(target, private)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _replace(target: Path, data: bytes, info: os.stat_result | None) -> None:
    temp = _synced_temp(target, data, private=info is not None)
    try:
        if info is not None:
            _copy_metadata(target, temp, info)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(target.parent)


def _rewrite_in_place(target: Path, data: bytes) -> None:
    temp = _synced_temp(target, data, private=True)
    ready = temp.with_name(temp.name.removesuffix(".tmp") + ".ready.tmp")
    try:
        os.replace(temp, ready)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(target.parent)
    try:
        old = target.read_bytes()
    except BaseException:
        with contextlib.suppress(OSError):
            ready.unlink()
        raise
    try:
        _overwrite(target, data)
    except OSError as error:
        try:
            _overwrite(target, old)
        except OSError:
            raise _Damaged(error) from None  # the complete ready copy stays for recovery
        with contextlib.suppress(OSError):
            ready.unlink()
        raise
    ready.unlink()
    _sync_folder(target.parent)


def _write_into(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def _overwrite(target: Path, data: bytes) -> None:
    """Rewrite ``target``'s own bytes (same inode), reserving the space first."""
    fd = os.open(target, os.O_WRONLY)
    try:
        if hasattr(os, "posix_fallocate") and data:
            try:
                os.posix_fallocate(fd, 0, len(data))
            except OSError as error:
                if error.errno not in (errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
                    raise
        os.lseek(fd, 0, os.SEEK_SET)
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_backup(user_path: Path, target: Path) -> None:
    backup = target.with_name(target.name + ".bak")
    try:
        fd, temp = _create_temp(backup, private=True)
        os.close(fd)
        try:
            shutil.copy2(target, temp)
            info = target.stat()
            _copy_owner(temp, info)
            os.chmod(temp, stat.S_IMODE(info.st_mode))
            os.replace(temp, backup)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    except OSError as error:
        reason, advice = _reason(error, backup)
        raise SaveError(
            user_path,
            error.errno or 0,
            translate("SaveFile", "the backup copy {name} could not be made ({reason})").format(
                name=backup.name, reason=reason
            ),
            advice.replace(
                translate("SaveFile", "Save As."),
                translate("SaveFile", "Save As, or turn off the backup in Preferences."),
            ),
            translate("SaveFile", "The file on disk is unchanged."),
            target,
        ) from None


def _create_temp(target: Path, private: bool) -> tuple[int, Path]:
    """Open a new temporary file beside ``target``; ``private``: mode 0600 until it is ready."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(temp_name(target.name))
        try:
            return os.open(temp, flags, 0o600 if private else 0o666), temp
        except FileExistsError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy_metadata(source: Path, temp: Path, info: os.stat_result) -> None:
    _copy_owner(temp, info)
    _copy_xattrs(source, temp)
    os.chmod(temp, stat.S_IMODE(info.st_mode))  # last: chown clears set-id bits


def _copy_owner(temp: Path, info: os.stat_result) -> None:
    if not hasattr(os, "chown"):
        return
    mine = temp.stat()
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(temp, info.st_uid, info.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.chown(temp, -1, info.st_gid)  # a user may give a file to a group of theirs


def _copy_xattrs(source: Path, temp: Path) -> None:
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source)
    except OSError:
        return
    for name in names:
        try:
            os.setxattr(temp, name, os.getxattr(source, name))
        except OSError as error:
            if error.errno not in _XATTR_REFUSED:
                raise


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform lets a folder be opened.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- stale temporary files ------------------------------------------------------------


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode(), usedforsecurity=False).hexdigest()[:6]


_HOST = _host_tag()


def _stem(name: str) -> str:
    if len(name.encode()) <= _LONG_NAME:
        return name
    digest = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{name[:40]}~{digest}"


def _stale_temps(target: Path) -> list[tuple[Path, bool]]:
    """``target``'s stale temporary files, each with True when it is a complete ready copy."""
    prefix = f".{_stem(target.name)}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix)]
    except OSError:
        return []
    stale = []
    now = time.time()
    for name in names:
        tail = name[len(prefix) :]
        found = _TEMP_TAIL.fullmatch(tail)
        if found is None and _LEGACY_TEMP_TAIL.fullmatch(tail) is None:
            continue
        path = target.parent / name
        try:
            old = now - path.lstat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            continue
        dead = found is not None and found[2] == _HOST and not _alive(int(found[1]))
        if old or dead:
            stale.append((path, found is not None and found[4] is not None))
    return stale


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (True when it cannot be told)."""
    return pid == os.getpid() or (pid > 0 and pid_alive(pid))


# -- what to tell the user ------------------------------------------------------------

_ANOTHER_PLACE = QT_TRANSLATE_NOOP("SaveFile", "Save it somewhere else with Save As.")
_FREE_SPACE = QT_TRANSLATE_NOOP(
    "SaveFile", "Free some space or save it somewhere else with Save As."
)
_IN_USE = (
    QT_TRANSLATE_NOOP("SaveFile", "the file is in use by another program"),
    QT_TRANSLATE_NOOP("SaveFile", "Close it there, or save it somewhere else with Save As."),
)
_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: (QT_TRANSLATE_NOOP("SaveFile", "the disk is full"), _FREE_SPACE),
    errno.EROFS: (QT_TRANSLATE_NOOP("SaveFile", "the disk is read-only"), _ANOTHER_PLACE),
    errno.EISDIR: (
        QT_TRANSLATE_NOOP("SaveFile", "it is a folder, not a file"),
        QT_TRANSLATE_NOOP("SaveFile", "Choose a file name with Save As."),
    ),
    errno.ENAMETOOLONG: (
        QT_TRANSLATE_NOOP("SaveFile", "its name is too long for this disk"),
        QT_TRANSLATE_NOOP("SaveFile", "Choose a shorter name with Save As."),
    ),
    errno.ELOOP: (
        QT_TRANSLATE_NOOP("SaveFile", "it is a symbolic link that leads back to itself"),
        QT_TRANSLATE_NOOP("SaveFile", "Choose another file with Save As."),
    ),
    errno.ENOTDIR: (
        QT_TRANSLATE_NOOP("SaveFile", "a part of its folder path is a file, not a folder"),
        _ANOTHER_PLACE,
    ),
    errno.EIO: (
        QT_TRANSLATE_NOOP("SaveFile", "the disk reported an input/output error"),
        QT_TRANSLATE_NOOP("SaveFile", "Check the disk, or save it somewhere else with Save As."),
    ),
    errno.EFBIG: (
        QT_TRANSLATE_NOOP("SaveFile", "the file would be too large for this disk"),
        _ANOTHER_PLACE,
    ),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
}
"""Why a save failed and what to do, by error number (marked; translated in :func:`_reason`)."""
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = (
        QT_TRANSLATE_NOOP("SaveFile", "your disk quota is used up"),
        _FREE_SPACE,
    )


def _reason(error: OSError, target: Path) -> tuple[str, str]:
    """Why ``error`` stopped writing ``target``, and what to do: two sentence parts."""
    code = error.errno or 0
    if code in _REASONS:
        reason, advice = _REASONS[code]
        return translate("SaveFile", reason), translate("SaveFile", advice)
    another_place = translate("SaveFile", _ANOTHER_PLACE)
    if code in (errno.EACCES, errno.EPERM):
        if error.filename is not None and Path(os.fsdecode(error.filename)) == target:
            if error.strerror == "read-only file":
                return translate("SaveFile", "the file is read-only"), translate(
                    "SaveFile",
                    "Save it under another name with Save As, or make the file writable first.",
                )
            return translate("SaveFile", "you do not have permission to change this file"), (
                another_place
            )
        return translate(
            "SaveFile", "you do not have permission to write in the folder {folder}"
        ).format(folder=target.parent), another_place
    if code == errno.ENOENT:
        if not target.parent.is_dir():
            return translate("SaveFile", "the folder {folder} does not exist").format(
                folder=target.parent
            ), another_place
        return translate("SaveFile", "the file disappeared while it was being saved"), translate(
            "SaveFile", "Try again, or use Save As."
        )
    return translate("SaveFile", "the system refused it ({reason})").format(
        reason=error.strerror or error
    ), translate("SaveFile", "Try again, or save it somewhere else with Save As.")


def _save_error(
    user_path: Path, target: Path, error: OSError, existed: bool, damaged: bool = False
) -> SaveError:
    reason, advice = _reason(error, target)
    if damaged:
        state = translate(
            "SaveFile",
            "The file on disk may be incomplete; the map you are editing is intact, "
            "so save it again or use Save As.",
        )
    elif existed:
        state = translate("SaveFile", "The file on disk is unchanged.")
    else:
        state = translate("SaveFile", "No file was written.")
    return SaveError(user_path, error.errno or 0, reason, advice, state, target)
