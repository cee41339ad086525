"""A lock file beside an open map, so that the same map is not edited in two places at once.

Opening ``guitar.journey`` creates ``.~lock.guitar.journey#`` in the same folder
(the name LibreOffice uses for its documents, so people and sync tools already
know to ignore it). It is a small UTF-8 JSON object::

    {"app": "Parcours", "version": "0.1.0", "pid": 4242, "started": "1234567",
     "host": "studio", "user": "lea", "time": "2026-12-02T14:02:11+01:00",
     "token": "3f0c..."}

``started`` is the process start time read from ``/proc/<pid>/stat`` (Linux
only, else empty); ``token`` tells two locks of the same process apart (two
windows). The file is created with ``O_CREAT | O_EXCL``, so of two programs
opening the map at once exactly one gets it.

A lock is *stale*, and is taken over, when it is unreadable or garbled, or when
it was written on this computer by a process that is gone or whose pid now
belongs to another process (its start time differs). A lock written on another
computer (a shared folder) cannot be checked and counts as held. When the
folder does not let us create the lock (read-only, or a file system that
refuses it) the map is opened without one.

This module uses no Qt (it sits in the model layer, beside the file format).
"""

import contextlib
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.model.processes import pid_alive, process_start

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
APP_NAME = "Parcours"
EMPTY_GRACE_SECONDS = 2.0
"""An empty lock younger than this may be one being written right now: it counts as held."""
MAX_LOCK_BYTES = 64 * 1024


def lock_path(path: Path) -> Path:
    """Where the lock of the map ``path`` lives: ``.~lock.<name>#`` in the same folder."""
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


@dataclass(frozen=True)
class LockOwner:
    """Who holds a map's lock, as written in the lock file."""

    pid: int
    host: str
    user: str
    time: datetime | None
    version: str = ""
    started: str = ""
    token: str = ""


class MapLock:
    """The lock of one map file; ``acquire`` it when the map is opened, ``release`` on close."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.token = uuid.uuid4().hex
        self.held = False
        """True while the lock file on disk is ours."""

    def owner(self) -> LockOwner | None:
        """The live program holding this map, or None when it is free, stale or ours."""
        found = _read(self.lock_file)
        if found == "empty":
            return LockOwner(pid=0, host="", user="", time=None)
        if not isinstance(found, LockOwner) or found.token == self.token or _is_stale(found):
            return None
        return found

    def acquire(self) -> bool:
        """Take the lock; False when another live program holds it (see :meth:`owner`).

        True also when the folder cannot hold a lock (then ``held`` stays False):
        the map is opened without one rather than not at all.
        """
        if self.held:
            return True
        for _ in range(3):
            try:
                fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                found = _read(self.lock_file)
                if isinstance(found, LockOwner) and found.token == self.token:
                    self.held = True
                    return True
                if found is not None and self.owner() is not None:
                    return False
                with contextlib.suppress(FileNotFoundError):
                    self.lock_file.unlink()  # stale: take it over
                continue
            except OSError:
                return True  # read-only folder, missing folder, ...: no lock, no error
            try:
                os.write(fd, json.dumps(self._record()).encode("utf-8"))
            except OSError:
                os.close(fd)
                with contextlib.suppress(OSError):
                    self.lock_file.unlink()
                return True  # full disk: open without a lock
            os.close(fd)
            self.held = True
            return True
        return self.owner() is None

    def release(self) -> None:
        """Remove the lock file, but only if it is still ours."""
        if not self.held:
            return
        self.held = False
        found = _read(self.lock_file)
        if isinstance(found, LockOwner) and found.token == self.token:
            with contextlib.suppress(OSError):
                self.lock_file.unlink()

    def _record(self) -> dict[str, Any]:
        return {
            "app": APP_NAME,
            "version": __version__,
            "pid": os.getpid(),
            "started": process_start(os.getpid()),
            "host": socket.gethostname(),
            "user": _user(),
            "time": datetime.now().astimezone().isoformat(timespec="seconds"),
            "token": self.token,
        }


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def _read(lock_file: Path) -> LockOwner | str | None:
    """The lock's owner; None when there is no lock; "garbled" or "empty" when unusable."""
    try:
        with open(lock_file, "rb") as handle:
            data = handle.read(MAX_LOCK_BYTES + 1)
        age = time.time() - lock_file.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return "garbled"
    if not data.strip():
        return "empty" if age < EMPTY_GRACE_SECONDS else "garbled"
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("app") != APP_NAME:
            return "garbled"
        pid = raw["pid"]
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
            return "garbled"
        when = raw.get("time")
        return LockOwner(
            pid=pid,
            host=str(raw.get("host", "")),
            user=str(raw.get("user", "")),
            time=datetime.fromisoformat(when) if isinstance(when, str) else None,
            version=str(raw.get("version", "")),
            started=str(raw.get("started", "")),
            token=str(raw.get("token", "")),
        )
    except (ValueError, KeyError, RecursionError):
        return "garbled"


def _is_stale(owner: LockOwner) -> bool:
    """True when the lock's process is certainly gone (only knowable on this computer)."""
    if owner.host != socket.gethostname():
        return False
    if not pid_alive(owner.pid):
        return True
    if owner.started:
        now_started = process_start(owner.pid)
        if now_started and now_started != owner.started:
            return True  # the pid was reused by another process
    return False
