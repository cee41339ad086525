"""Guards the open map's file: changes made elsewhere, and the same file open twice.

:class:`FileGuard` hooks into the main window (``before_open``, ``before_save``,
``session_started``, ``map_saved``, ``map_closing``):

- it holds a :class:`~app.model.filelock.MapLock` beside the open map and, when
  another live Parcours holds it, asks whether to open the map read-only, anyway
  or not at all;
- it remembers the file's signature (size, modification time, SHA-256 of the
  bytes) when the map is opened and after each save, watches the file and its
  folder, and when the bytes really changed offers to reload (one undo step,
  so Undo brings the user's version back) or to keep the user's version;
- before saving over the map's file it checks that nobody changed it since, and
  asks first when somebody did.

Watchers miss changes on network and synced folders, so the file is also
checked each time the window or the application becomes active.
"""

import atexit
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QFileSystemWatcher,
    QLocale,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.model.commands import ReplaceDocument
from app.model.errors import InputError
from app.model.fileformat import loads
from app.model.filelock import LockOwner, MapLock
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DEBOUNCE_MS = 300
"""Watcher events are gathered for this long before the file is compared (saves come in bursts)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileGuard", text)


# Every sentence shown to the user, in one place (to be wrapped for translation).
LOCKED_TITLE = QT_TRANSLATE_NOOP("FileGuard", "This map is already open")
LOCKED_TEXT = QT_TRANSLATE_NOOP("FileGuard", "{name} is already open in Parcours ({owner}).")
LOCKED_INFO = QT_TRANSLATE_NOOP(
    "FileGuard",
    "Open it read-only to look at it without changing it, or open it anyway: "
    "then whoever saves last replaces the other's changes.",
)
OPEN_READ_ONLY = QT_TRANSLATE_NOOP("FileGuard", "Open read-only")
OPEN_ANYWAY = QT_TRANSLATE_NOOP("FileGuard", "Open anyway")
CANCEL = QT_TRANSLATE_NOOP("FileGuard", "Cancel")
CHANGED_TITLE = QT_TRANSLATE_NOOP("FileGuard", "The map changed on disk")
CHANGED_TEXT = QT_TRANSLATE_NOOP("FileGuard", "{name} was changed by another program.")
CHANGED_INFO = QT_TRANSLATE_NOOP(
    "FileGuard",
    "Reload it to see the other version (Undo brings yours back), "
    "or keep yours: it will be saved over the other version next time you save.",
)
RELOAD = QT_TRANSLATE_NOOP("FileGuard", "Reload")
KEEP_MINE = QT_TRANSLATE_NOOP("FileGuard", "Keep mine")
MISSING_TITLE = QT_TRANSLATE_NOOP("FileGuard", "The map's file is gone")
MISSING_TEXT = QT_TRANSLATE_NOOP("FileGuard", "{name} was deleted or moved by another program.")
MISSING_INFO = QT_TRANSLATE_NOOP(
    "FileGuard", "Your map is still open here: save it to write it again."
)
RELOAD_FAILED_TITLE = QT_TRANSLATE_NOOP("FileGuard", "The map was not reloaded")
RELOAD_FAILED_TEXT = QT_TRANSLATE_NOOP(
    "FileGuard", "{name} cannot be reloaded; your map is kept as it is."
)
SAVE_OVER_TITLE = QT_TRANSLATE_NOOP("FileGuard", "The map changed on disk")
SAVE_OVER_TEXT = QT_TRANSLATE_NOOP(
    "FileGuard", "{name} was changed by another program since you opened or last saved it."
)
SAVE_OVER_INFO = QT_TRANSLATE_NOOP(
    "FileGuard",
    "Overwrite replaces the other version with yours. Save As keeps both. "
    "Reload shows the other version (Undo brings yours back).",
)
SAVE_OVER_OPEN_TITLE = QT_TRANSLATE_NOOP("FileGuard", "This map is open elsewhere")
SAVE_OVER_OPEN_TEXT = QT_TRANSLATE_NOOP("FileGuard", "{name} is open in Parcours ({owner}).")
SAVE_OVER_OPEN_INFO = QT_TRANSLATE_NOOP(
    "FileGuard",
    "Overwrite replaces the map being edited there with yours, and whoever saves last "
    "replaces the other's changes. Cancel lets you choose another name.",
)
OWNER = QT_TRANSLATE_NOOP("FileGuard", "{user} on {host}")
OWNER_SINCE = QT_TRANSLATE_NOOP("FileGuard", "{who}, since {time}")
SOMEONE = QT_TRANSLATE_NOOP("FileGuard", "someone")
ANOTHER_COMPUTER = QT_TRANSLATE_NOOP("FileGuard", "another computer")
OVERWRITE = QT_TRANSLATE_NOOP("FileGuard", "Overwrite")
SAVE_AS = QT_TRANSLATE_NOOP("FileGuard", "Save As…")
RELOADED = QT_TRANSLATE_NOOP(
    "FileGuard", "Reloaded {name} from disk; Undo brings your version back."
)


@dataclass(frozen=True)
class Signature:
    """What the map's file looked like: its size, modification time, inode and content hash."""

    size: int
    mtime_ns: int
    inode: int
    sha256: str

    def same_stat(self, stat: os.stat_result) -> bool:
        """True when ``stat`` describes the same file, unchanged (a cheap check, no reading)."""
        return (self.size, self.mtime_ns, self.inode) == (
            stat.st_size,
            stat.st_mtime_ns,
            stat.st_ino,
        )


def read_with_signature(path: Path) -> tuple[bytes, Signature]:
    """The file's bytes and their signature, read once; OSError when it cannot be read."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        data = handle.read()
    digest = hashlib.sha256(data).hexdigest()
    return data, Signature(len(data), stat.st_mtime_ns, stat.st_ino, digest)


def signature_of(path: Path) -> Signature | None:
    """The file's signature; None when there is no such file; OSError when it cannot be read."""
    try:
        return read_with_signature(path)[1]
    except FileNotFoundError:
        return None


def _same_file(a: Path, b: Path) -> bool:
    return a == b or a.resolve() == b.resolve()


_HELD: set[MapLock] = set()


@atexit.register
def _release_all() -> None:
    """Locks still held when Parcours ends without closing its window (a quit from elsewhere)."""
    for lock in list(_HELD):
        lock.release()
    _HELD.clear()


class FileGuard(QObject):
    """Watches the main window's map file and holds its lock.

    Made once per window: ``window.file_guard = FileGuard(window)``.
    """

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.session: DocumentSession | None = None
        self.path: Path | None = None
        """The watched map file (None for an unsaved map)."""
        self.lock: MapLock | None = None
        """The lock we hold on ``path`` (None when read-only, opened anyway, or not lockable)."""
        self.known: Signature | None = None
        """The file as we last read or wrote it (None when it is missing)."""
        self.older = False
        """The map was made from an older version of the file than the one on disk (a
        restored recovery copy of a file changed since): saving over the file asks first."""
        self._told_missing = False
        self._asking = False
        self._thorough = False
        self._opened_anyway: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_event)
        self.watcher.directoryChanged.connect(self._folder_event)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check)
        window.before_open.append(self.check_open)
        window.before_save.append(self.check_save)
        window.session_started.connect(self._session_started)
        window.map_saved.connect(self._saved)
        window.map_closing.connect(self.close)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state)
        if window.session is not None:
            self._session_started(window.session)

    # -- the hooks ----------------------------------------------------------------------------

    def check_open(self, path: Path) -> Literal["open", "read-only", "cancel"]:
        """Before ``path`` is shown: when another Parcours has it open, ask what to do."""
        self._opened_anyway = None
        if self.lock is not None and _same_file(self.lock.path, path):
            return "open"  # ours (Revert, or opening it again in this window)
        owner = MapLock(path).owner()
        if owner is None:
            return "open"
        box = self._box(
            "locked",
            QMessageBox.Icon.Warning,
            LOCKED_TITLE,
            _tr(LOCKED_TEXT).format(name=path.name, owner=describe_owner(owner)),
            _tr(LOCKED_INFO),
        )
        read_only = box.addButton(_tr(OPEN_READ_ONLY), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(_tr(OPEN_ANYWAY), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr(CANCEL), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.setEscapeButton(cancel)
        clicked = self._ask(box)
        if clicked is read_only:
            return "read-only"
        if clicked is anyway:
            self._opened_anyway = path
            return "open"
        return "cancel"

    def check_save(self, path: Path) -> bool:
        """Before saving to ``path``: when it is the map's file and it changed, or another
        map's file that another Parcours has open (Save As), ask first."""
        if self.path is None or not _same_file(path, self.path):
            return self._check_save_elsewhere(path)
        try:
            current = signature_of(self.path)
        except OSError:
            return True  # cannot read it: the save will say what is wrong
        if current is None:
            return True
        if not self.older and self.known is not None and current.sha256 == self.known.sha256:
            return True
        box = self._box(
            "save_over_changed",
            QMessageBox.Icon.Warning,
            SAVE_OVER_TITLE,
            _tr(SAVE_OVER_TEXT).format(name=self.path.name),
            _tr(SAVE_OVER_INFO),
        )
        overwrite = box.addButton(_tr(OVERWRITE), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(_tr(SAVE_AS), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(_tr(RELOAD), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(_tr(CANCEL), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        clicked = self._ask(box)
        if clicked is overwrite:
            return True
        if clicked is save_as:
            self.window.save_as_dialog()
        elif clicked is reload:
            self.reload()
        return False

    def made_from_older_version(self) -> None:
        """The map shown was made from a version of its file older than the one on disk
        (a recovery copy restored after the file changed): the next save over the file asks
        first, as after a change made on disk while the map was open."""
        self.older = True

    def _check_save_elsewhere(self, path: Path) -> bool:
        """Save As onto a map another Parcours has open: ask before replacing it there."""
        if self.lock is not None and _same_file(self.lock.path, path):
            return True  # ours
        owner = MapLock(path).owner()
        if owner is None:
            return True
        box = self._box(
            "save_over_open",
            QMessageBox.Icon.Warning,
            SAVE_OVER_OPEN_TITLE,
            _tr(SAVE_OVER_OPEN_TEXT).format(name=path.name, owner=describe_owner(owner)),
            _tr(SAVE_OVER_OPEN_INFO),
        )
        overwrite = box.addButton(_tr(OVERWRITE), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr(CANCEL), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return self._ask(box) is overwrite

    def _session_started(self, session: object) -> None:
        assert isinstance(session, DocumentSession)
        path = session.path
        anyway = (
            path is not None
            and self._opened_anyway is not None
            and (_same_file(self._opened_anyway, path))
        )
        self._opened_anyway = None
        keep = (
            self.lock is not None
            and path is not None
            and not session.read_only
            and _same_file(self.lock.path, path)
        )
        if not keep:
            self._release_lock()
        self.session = session
        self._follow(path)
        if path is not None and not session.read_only and not anyway and self.lock is None:
            self._take_lock(path)

    def _saved(self, path: object) -> None:
        assert isinstance(path, Path)
        if self.lock is None or not _same_file(self.lock.path, path):
            self._release_lock()  # Save As moves the lock to the new file
            self._take_lock(path)
        self._follow(path)

    def close(self) -> None:
        """The window closes: give the lock back and stop watching."""
        self._release_lock()
        self._follow(None)
        self.session = None

    # -- noticing changes ---------------------------------------------------------------------

    def check(self) -> None:
        """Compare the map's file with what we last read or wrote; ask when it really changed."""
        thorough, self._thorough = self._thorough, False
        if self._asking or self.path is None or self.session is None:
            return
        path = self.path
        self._rewatch()
        try:
            stat: os.stat_result | None = os.stat(path)
        except FileNotFoundError:
            stat = None
        except OSError:
            return  # unreachable for now (a network folder): check again later
        if stat is None:
            self.known = None
            if not self._told_missing:
                self._told_missing = True
                self.session.undo_stack.resetClean()
                self._tell_missing(path)
            return
        if self.known is not None and not thorough and self.known.same_stat(stat):
            return
        try:
            current = signature_of(path)
        except OSError:
            return
        if current is None:
            return  # gone in between: the next event says so
        self._told_missing = False
        if self.known is not None and current.sha256 == self.known.sha256:
            self.known = current  # touched, or written with the same bytes
            return
        self._ask_changed(path, current)

    def reload(self) -> bool:
        """Replace the map with the file's content as one undo step; False when it cannot."""
        if self.session is None or self.path is None:
            return False
        session, path = self.session, self.path
        try:
            data, signature = read_with_signature(path)
            doc = loads(data, str(path))
        except (InputError, OSError) as error:
            text = error.describe() if isinstance(error, InputError) else f"{path}: {error}"
            self.known = None if isinstance(error, OSError) else signature_of_safe(path)
            session.undo_stack.resetClean()
            box = self._box(
                "reload_failed",
                QMessageBox.Icon.Warning,
                RELOAD_FAILED_TITLE,
                _tr(RELOAD_FAILED_TEXT).format(name=path.name),
                text,
            )
            box.addButton(QMessageBox.StandardButton.Ok)
            self._ask(box)
            return False
        session.push(ReplaceDocument(doc))
        session.undo_stack.setClean()
        self.known = signature
        self.older = False
        autosave = getattr(self.window, "autosave", None)
        if autosave is not None:
            autosave.file_read_again(path)  # a restored copy's older version is gone
        self._told_missing = False
        self.window.statusBar().showMessage(_tr(RELOADED).format(name=path.name), 8000)
        return True

    def _ask_changed(self, path: Path, current: Signature) -> None:
        box = self._box(
            "changed_on_disk",
            QMessageBox.Icon.Question,
            CHANGED_TITLE,
            _tr(CHANGED_TEXT).format(name=path.name),
            _tr(CHANGED_INFO),
        )
        reload = box.addButton(_tr(RELOAD), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(_tr(KEEP_MINE), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self._asking = True
        session = self.session

        def answered() -> None:
            self._asking = False
            clicked = box.clickedButton()
            box.deleteLater()
            if session is not self.session or not _same_file(path, self.path or path):
                return  # another map was opened meanwhile
            if clicked is reload:
                QTimer.singleShot(0, self.reload)  # after the box is gone (reload may ask again)
            else:
                self.known = current  # the next save writes the user's version over it
                if session is not None:
                    session.undo_stack.resetClean()

        box.finished.connect(answered)
        box.open()  # not exec(): the window keeps running; answered() runs on the click

    def _tell_missing(self, path: Path) -> None:
        box = self._box(
            "missing_on_disk",
            QMessageBox.Icon.Warning,
            MISSING_TITLE,
            _tr(MISSING_TEXT).format(name=path.name),
            _tr(MISSING_INFO),
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()

    # -- watching -----------------------------------------------------------------------------

    def _follow(self, path: Path | None) -> None:
        """Watch ``path`` (and its folder) from now on and remember what it holds."""
        self.timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.path = path
        self.known = None
        self.older = False
        self._told_missing = False
        if path is None:
            return
        self.known = signature_of_safe(path)
        self.watcher.addPath(str(path.parent))
        if path.exists():
            self.watcher.addPath(str(path))

    def _rewatch(self) -> None:
        # An atomic replace (git, sync tools, our own save) removes the watched file: watch the
        # new one.
        if self.path is None:
            return
        name = str(self.path)
        if name in self.watcher.files():
            self.watcher.removePath(name)
        if self.path.exists():
            self.watcher.addPath(name)

    def _file_event(self, _path: str) -> None:
        self._schedule(thorough=True)

    def _folder_event(self, _path: str) -> None:
        self._schedule()

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self._schedule()
        return False

    def _schedule(self, thorough: bool = False) -> None:
        if self.path is None:
            return
        self._thorough = self._thorough or thorough
        self.timer.start()

    # -- the lock -----------------------------------------------------------------------------

    def _take_lock(self, path: Path) -> None:
        lock = MapLock(path)
        if lock.acquire() and lock.held:
            self.lock = lock
            _HELD.add(lock)

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            _HELD.discard(self.lock)
            self.lock = None

    # -- message boxes ------------------------------------------------------------------------

    def _ask(self, box: QMessageBox) -> object:
        """Show ``box`` until it is answered (no other question meanwhile); the button clicked."""
        self._asking = True
        try:
            box.exec()
        finally:
            self._asking = False
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked

    def _box(
        self, name: str, icon: QMessageBox.Icon, title: str, text: str, info: str
    ) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(_tr(title))
        box.setText(text)
        box.setInformativeText(info)
        return box


def describe_owner(owner: LockOwner) -> str:
    """Who has a map open, in the interface language: ``lea on studio, since 14:02`` (with
    the date, in the language's short form, when it is not today)."""
    who = _tr(OWNER).format(
        user=owner.user or _tr(SOMEONE), host=owner.host or _tr(ANOTHER_COMPUTER)
    )
    if owner.time is None:
        return who
    local = owner.time.astimezone()
    when = f"{local:%H:%M}"
    if local.date() != datetime.now().astimezone().date():
        day = QDate(local.year, local.month, local.day)
        short = QLocale(i18n.current_language()).toString(day, QLocale.FormatType.ShortFormat)
        when = f"{short} {when}"
    return _tr(OWNER_SINCE).format(who=who, time=when)


def signature_of_safe(path: Path) -> Signature | None:
    """:func:`signature_of`, None also when the file cannot be read."""
    try:
        return signature_of(path)
    except OSError:
        return None
