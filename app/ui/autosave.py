"""Recovery copies of unsaved maps, and finding them again after a crash or a kill.

While the open map has unsaved changes, :class:`Autosave` writes a copy into
``<AppDataLocation>/recovery/`` (``$XDG_DATA_HOME/<organisation>/<application>/recovery`` on
Linux), never over the user's file. Each open map has two files named after a uuid of its
session:

- ``<uuid>.journey``: the whole map, the same bytes a save would write (it opens in Parcours);
- ``<uuid>.json``: who wrote it and for which file (:data:`DETAILS_FORMAT`).

The details are written first and removed last, so every copy has them. A copy whose owning
process is gone is *recoverable* (:func:`find_recoverable`): the process id is not running on this
host (the boot id and the process start time are compared too, so a reused pid or a reboot does
not hide a copy), or the copy comes from another host (a shared home folder) and is more than
:data:`OTHER_HOST_AGE` old, since a process on another host cannot be asked.
"""

import contextlib
import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
)

from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.fileformat import atomic_write, dumps, loads
from app.model.processes import boot_id, pid_alive, process_start
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.session import DocumentSession
from app.ui.settings import data_folder

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DETAILS_FORMAT = "parcours-recovery"
DETAILS_VERSION = 1
OTHER_HOST_AGE = timedelta(days=1)
"""A copy written on another host is offered once it is this old (its process cannot be asked)."""
MIN_SECONDS, MAX_SECONDS = 1, 3600


def _tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


TEXT = {
    "failed": QT_TRANSLATE_NOOP(
        "Autosave",
        "Parcours could not write the recovery copy of this map ({reason}). "
        "Save the map to keep your changes.",
    ),
    "no_details": QT_TRANSLATE_NOOP("Autosave", "its recovery details cannot be read"),
}


def recovery_folder() -> Path:
    """Where recovery copies live (the per-user data folder, which follows ``XDG_DATA_HOME``)."""
    return data_folder() / "recovery"


# -- who owns a copy --------------------------------------------------------------------------


def _owner() -> dict[str, Any]:
    pid = os.getpid()
    return {
        "pid": pid,
        "host": socket.gethostname(),
        "boot": boot_id() or None,
        "started": process_start(pid) or None,
    }


def owner_alive(details: dict[str, Any], now: datetime | None = None) -> bool:
    """Whether the process that wrote a copy (its ``details``) may still be running."""
    now = now or datetime.now(UTC)
    if details.get("host") != socket.gethostname():
        saved = _parse_time(details.get("saved"))
        return saved is None or now - saved < OTHER_HOST_AGE
    boot = details.get("boot")
    if boot and boot_id() not in ("", boot):
        return False  # the machine restarted since
    pid = details.get("pid")
    if not isinstance(pid, int) or pid <= 0 or not pid_alive(pid):
        return False
    started = details.get("started")
    running_since = process_start(pid)
    # Copies written before the start time was kept as text hold an int: compare as text.
    return not (started is not None and running_since and str(started) != running_since)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _file_stamp(path: Path | None) -> list[int] | None:
    """The modification time and size of ``path``, to tell later whether it changed."""
    if path is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_mtime_ns, info.st_size]


# -- finding copies -------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryEntry:
    """A recoverable map: what it was, where its copy is, and whether it can be read."""

    title: str
    original: Path | None
    """The file the map came from, or None for a map never saved."""
    time: datetime | None
    """When the copy was written (UTC), when known."""
    copy: Path
    """The ``.journey`` copy."""
    details: Path
    """The ``.json`` beside it."""
    problem: str | None = None
    """Why the copy cannot be restored (it can still be discarded)."""
    original_changed: bool = False
    """The original file changed (or disappeared) on disk after the copy's map was opened."""
    document: JourneyMap | None = None
    original_stamp: list[int] | None = None
    """The original's modification time and size when the copy's map was opened or saved."""


def find_recoverable(folder: Path | None = None) -> list[RecoveryEntry]:
    """Copies left by processes that are gone, newest first; damaged ones carry a ``problem``.

    Never raises: whatever is wrong with a copy becomes its ``problem``.
    """
    folder = folder or recovery_folder()
    try:
        names = sorted(folder.glob("*.json"))
    except OSError:
        return []
    _remove_stale_temporaries(folder)
    entries = []
    for details_path in names:
        entry = _read_entry(details_path)
        if entry is not None:
            entries.append(entry)
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: e.time or oldest, reverse=True)


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a kill left in the middle of writing a copy (an hour old: not in use)."""
    limit = datetime.now(UTC).timestamp() - 3600
    try:
        for temporary in folder.glob(".*.tmp"):
            if temporary.stat().st_mtime < limit:
                temporary.unlink()
    except OSError:
        pass


def _read_entry(details_path: Path) -> RecoveryEntry | None:
    copy = details_path.with_suffix(".journey")
    try:
        details = json.loads(details_path.read_bytes())
        if not isinstance(details, dict) or details.get("format") != DETAILS_FORMAT:
            raise ValueError("not recovery details")
    except (OSError, ValueError, RecursionError):
        return RecoveryEntry(
            QCoreApplication.translate("Autosave", "Unknown map"),
            None,
            None,
            copy,
            details_path,
            _tr(TEXT["no_details"]),
        )
    if owner_alive(details):
        return None
    original_text = details.get("original")
    original = Path(original_text) if isinstance(original_text, str) and original_text else None
    title = str(details.get("title") or QCoreApplication.translate("Autosave", "Untitled map"))
    time = _parse_time(details.get("saved"))
    stamp = details.get("original_stamp")
    changed = original is not None and stamp is not None and _file_stamp(original) != stamp
    if not copy.exists():
        discard(details_path)  # nothing was written yet: there is nothing to recover
        return None
    document, problem = None, None
    try:
        document = loads(copy.read_bytes(), str(copy))
    except InputError as error:
        problem = error.describe()
    except Exception as error:  # a damaged copy must never stop the start-up
        problem = str(error) or type(error).__name__
    if not (isinstance(stamp, list) and all(isinstance(n, int) for n in stamp)):
        stamp = None
    return RecoveryEntry(
        title, original, time, copy, details_path, problem, changed, document, stamp
    )


def discard(details_path: Path) -> None:
    """Delete a copy and its details (the map first, so no map is left without details)."""
    for path in (details_path.with_suffix(".journey"), details_path):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


# -- writing copies -------------------------------------------------------------------------


class Autosave(QObject):
    """Keeps a recovery copy of the window's map while it has unsaved changes.

    The first change after a save (or after the last copy) starts a single-shot timer of
    ``window.settings.autosave_seconds``; when it fires the copy is written. Saving, undoing back
    to the saved state, replacing the map (after the user agreed) or closing the window cleanly
    deletes the copy.
    """

    written = Signal(object)
    """Emitted with the copy's ``Path`` after each recovery copy."""
    failed = Signal(str)
    """Emitted with the message shown when a copy could not be written."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.write_now)
        self.session: DocumentSession | None = None
        self.session_id = ""
        self.original_stamp: list[int] | None = None
        self._failing = False
        self.inherited: Path | None = None
        """A restored copy not yet replaced by this session's own (its details file)."""
        window.session_started.connect(self._start)
        window.map_saved.connect(self._saved)
        window.map_closing.connect(self._closing)
        if window.session is not None:
            self._start(window.session)

    @property
    def copy_path(self) -> Path:
        """The open map's recovery copy (it may not exist yet)."""
        return recovery_folder() / f"{self.session_id}.journey"

    @property
    def details_path(self) -> Path:
        """The copy's details."""
        return recovery_folder() / f"{self.session_id}.json"

    def _start(self, session: object) -> None:
        assert isinstance(session, DocumentSession)
        if self.session is not None:
            # The old map was saved or the user chose to drop it: its copy goes.
            self._stop_following(self.session)
            self.remove_copy()
        self.session = session
        self.session_id = uuid.uuid4().hex
        self.original_stamp = _file_stamp(session.path)
        session.changed.connect(self._changed)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.destroyed.connect(self._session_destroyed)
        if session.modified:
            self.schedule()

    def _stop_following(self, session: DocumentSession) -> None:
        try:
            session.changed.disconnect(self._changed)
            session.undo_stack.cleanChanged.disconnect(self._clean_changed)
            session.destroyed.disconnect(self._session_destroyed)
        except (RuntimeError, TypeError):
            pass  # already deleted

    def _session_destroyed(self) -> None:
        self.session = None
        self.timer.stop()

    def _changed(self, changes: object) -> None:
        del changes
        if self.session is not None and self.session.modified:
            self.schedule()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove_copy()
        else:
            self.schedule()

    def schedule(self) -> None:
        """Start the countdown to the next copy, unless one is already running."""
        if not self.timer.isActive():
            seconds = min(max(int(self.window.settings.autosave_seconds), MIN_SECONDS), MAX_SECONDS)
            self.timer.start(seconds * 1000)

    def write_now(self) -> Path | None:
        """Write the copy at once when the map has unsaved changes; return its path."""
        self.timer.stop()
        session = self.session
        if session is None or not session.modified:
            return None
        details = {
            "format": DETAILS_FORMAT,
            "version": DETAILS_VERSION,
            "session": self.session_id,
            "original": str(session.path) if session.path is not None else None,
            "original_stamp": self.original_stamp,
            "title": session.document.title,
            "saved": datetime.now(UTC).isoformat(timespec="seconds"),
            **_owner(),
        }
        try:
            data = dumps(session.document)
            folder = recovery_folder()
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.details_path, json.dumps(details, indent=2).encode("utf-8"))
            atomic_write(self.copy_path, data)
        except (OSError, ValueError) as error:
            self._report(error)
            return None
        self._failing = False
        self.written.emit(self.copy_path)
        return self.copy_path

    def _report(self, error: Exception) -> None:
        reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
        message = _tr(TEXT["failed"]).format(reason=reason)
        if not self._failing:  # once until a copy succeeds again: never a message loop
            self._failing = True
            self.window.statusBar().showMessage(message, 15000)
            self.failed.emit(message)

    def remove_copy(self) -> None:
        """Delete the open map's copy (it was saved, dropped, or the window closed)."""
        self.timer.stop()
        if self.session_id:
            discard(self.details_path)
        if self.inherited is not None:
            discard(self.inherited)
            self.inherited = None

    def adopt(self, entry: RecoveryEntry) -> None:
        """Take over a restored copy: write this session's own copy, then delete the old one.

        When the new copy cannot be written the old one stays until the map is saved or closed.
        """
        self.inherited = entry.details
        if entry.original_changed:
            # The map still comes from the version of the file the copy was made from: a
            # copy written now says so too, should Parcours stop again before a save.
            self.original_stamp = entry.original_stamp
        if self.write_now() is not None:
            discard(entry.details)
            self.inherited = None

    def file_read_again(self, path: Path) -> None:
        """The map was replaced by its file as it is now (Reload): copies say so from now on."""
        self.original_stamp = _file_stamp(path)

    def _saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self.original_stamp = _file_stamp(path)
        if self.session is not None and not self.session.modified:
            self.remove_copy()

    def _closing(self) -> None:
        self.remove_copy()
        if self.session is not None:
            self._stop_following(self.session)
            self.session = None
