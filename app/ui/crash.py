"""The editor's last line of defence: an unexpected error becomes a report and one message.

:func:`install_crash_handler` replaces ``sys.excepthook`` and ``threading.excepthook``.
An exception nothing caught (in a slot, a virtual method, a worker thread):

1. is written to ``<AppDataLocation>/crash-reports/crash-YYYYmmdd-HHMMSS.txt`` (time,
   versions, platform, traceback); at most :data:`MAX_REPORTS_PER_MINUTE` a minute;
2. makes every main window that has an ``autosave`` with ``write_now()`` write its
   recovery copy at once (failures ignored; at most every :data:`COPY_INTERVAL_SECONDS`);
3. shows one message box saying the map is kept and where the report is. While that
   box is open, and for :data:`QUIET_SECONDS` after it closed, further errors only
   write reports. Without a QApplication the sentence goes to stderr.

The previous hook still runs too (by default it prints the traceback on stderr).
"""

import contextlib
import datetime
import platform
import sys
import threading
import time
import traceback
from collections import deque
from pathlib import Path
from types import TracebackType

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

import app

QUIET_SECONDS = 5.0
"""After the message box closed, errors within this many seconds only write a report."""

MAX_REPORTS_PER_MINUTE = 20
"""An error repeated on every repaint must not fill the disk with reports."""

COPY_INTERVAL_SECONDS = 2.0
"""Recovery copies are asked for at most this often when errors repeat."""

REPORT_FOLDER = "crash-reports"


def _texts() -> dict[str, str]:
    """Every sentence the user may see, in one place for translation."""
    return {
        "title": QCoreApplication.translate("CrashHandler", "Something went wrong"),
        "unexpected": QCoreApplication.translate(
            "CrashHandler",
            "Something unexpected went wrong in {app}, but your map is kept and can be "
            "recovered. A report of the error is in {report}. {app} can keep running: "
            "save your map now to be safe.",
        ),
        "memory": QCoreApplication.translate(
            "CrashHandler",
            "{app} ran out of memory, but your map is kept and can be recovered. Close "
            "other programs or maps to free memory; a report is in {report}. {app} can "
            "keep running: save your map now to be safe.",
        ),
        "no report": QCoreApplication.translate(
            "CrashHandler", "(no report could be written: {reason})"
        ),
    }


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashHandler(QObject):
    """Writes reports, asks for recovery copies and tells the user, once at a time."""

    _notify = Signal(str, bool)
    """Carries (report text, out of memory) from any thread to the GUI thread."""

    def __init__(self, app_name: str) -> None:
        super().__init__()
        self.app_name = app_name
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self.showing = False
        self.quiet_until = 0.0
        self.reports: deque[float] = deque()
        self.last_report: Path | None = None
        self._no_report = ""
        self.last_copies = -COPY_INTERVAL_SECONDS
        self._lock = threading.Lock()
        self._notify.connect(self._tell_user)

    # -- the hooks -------------------------------------------------------------------

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: report, then tell the user."""
        self._handle((kind, error, tb), threading.current_thread().name)
        self.previous_hook(kind, error, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: the same for an exception that ended a thread."""
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            info = (args.exc_type, args.exc_value, args.exc_traceback)
            self._handle(info, args.thread.name if args.thread else "a thread")
        self.previous_thread_hook(args)

    def _handle(self, info: ExcInfo, thread_name: str) -> None:
        if issubclass(info[0], KeyboardInterrupt | SystemExit):
            return
        try:
            report = self.write_report(info, thread_name)
            shown = str(report) if report is not None else self._no_report
            memory = issubclass(info[0], MemoryError)
            application = QCoreApplication.instance()
            if not isinstance(application, QApplication):
                sys.stderr.write(self.sentence(shown, memory) + "\n")
            elif threading.current_thread() is threading.main_thread():
                self._tell_user(shown, memory)
            else:
                self._notify.emit(shown, memory)  # queued to the GUI thread
        except Exception:  # the hook itself must never fail: the previous hook still prints
            pass

    # -- the report --------------------------------------------------------------------

    def write_report(self, info: ExcInfo, thread_name: str) -> Path | None:
        """Write the crash report; its path, or None when it could not be written."""
        self._no_report = _texts()["no report"].format(
            reason=QCoreApplication.translate("CrashHandler", "too many errors at once")
        )
        now = time.monotonic()
        with self._lock:
            while self.reports and now - self.reports[0] > 60:
                self.reports.popleft()
            if len(self.reports) >= MAX_REPORTS_PER_MINUTE:
                return None
            self.reports.append(now)
        try:
            folder = report_folder()
            folder.mkdir(parents=True, exist_ok=True)
            text = report_text(info, thread_name)
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            for attempt in range(1, 1000):
                suffix = "" if attempt == 1 else f"-{attempt}"
                path = folder / f"crash-{stamp}{suffix}.txt"
                try:
                    with path.open("x", encoding="utf-8") as handle:
                        handle.write(text)
                except FileExistsError:
                    continue
                self.last_report = path
                return path
        except OSError as error:
            self._no_report = _texts()["no report"].format(reason=error.strerror or error)
        return None

    # -- telling the user --------------------------------------------------------------

    def sentence(self, report: str, memory: bool) -> str:
        """What the user reads: the map is kept, where the report is, Parcours runs on."""
        text = _texts()["memory" if memory else "unexpected"]
        return text.format(app=self.app_name, report=report)

    def _tell_user(self, report: str, memory: bool) -> None:
        now = time.monotonic()
        if now - self.last_copies >= COPY_INTERVAL_SECONDS:  # not on every repaint's error
            self.last_copies = now
            with contextlib.suppress(Exception):
                save_recovery_copies()
        if self.showing or time.monotonic() < self.quiet_until:
            return  # one box at a time: the report is written, that is enough
        self.showing = True
        try:
            # No parent: the window that failed may be the one being deleted.
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                _texts()["title"],
                self.sentence(report, memory),
                QMessageBox.StandardButton.Ok,
            )
            box.setObjectName("crash_message")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            # The usual pointer over the box, even when the error came in the middle of long
            # work that shows the wait cursor (app.ui.busy): that work is given up.
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.ArrowCursor))
            try:
                box.exec()
            finally:
                QApplication.restoreOverrideCursor()
            if shiboken6.isValid(box):
                box.deleteLater()
        finally:
            self.showing = False
            self.quiet_until = time.monotonic() + QUIET_SECONDS


def save_recovery_copies() -> None:
    """Ask every main window with an ``autosave`` to write its recovery copy now."""
    for widget in QApplication.topLevelWidgets():
        with contextlib.suppress(Exception):  # one failing window must not stop the others
            if isinstance(widget, QMainWindow) and shiboken6.isValid(widget):
                write_now = getattr(getattr(widget, "autosave", None), "write_now", None)
                if callable(write_now):
                    write_now()


def report_folder() -> Path:
    """``<per-user data folder>/crash-reports`` (follows ``XDG_DATA_HOME`` on Linux)."""
    from app.ui.settings import data_folder  # lazily: pydantic is not needed to crash

    return data_folder() / REPORT_FOLDER


def report_text(info: ExcInfo, thread_name: str) -> str:
    """The crash report: when, which versions, where, and the traceback."""
    now = datetime.datetime.now().astimezone()
    application = QCoreApplication.instance()
    qpa = application.platformName() if isinstance(application, QApplication) else "none"
    lines = [
        "Parcours crash report",
        f"Time: {now:%Y-%m-%d %H:%M:%S %z}",
        f"Parcours: {app.__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Platform: {platform.platform()}; Qt platform plugin: {qpa}",
        f"Thread: {thread_name}",
        "",
        *traceback.format_exception(info[0], info[1], info[2]),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


_handler: CrashHandler | None = None


def install_crash_handler(app_name: str = "Parcours") -> None:
    """Route every uncaught exception of the editor to a report and one message box.

    Call it once the QApplication exists (its thread is the GUI thread).
    Installing again only changes the name shown.
    """
    global _handler
    if _handler is not None:
        _handler.app_name = app_name
        return
    _handler = CrashHandler(app_name)
    sys.excepthook = _handler.excepthook
    threading.excepthook = _handler.thread_excepthook


def uninstall_crash_handler() -> None:
    """Put back the hooks that were there before (for tests)."""
    global _handler
    if _handler is None:
        return
    sys.excepthook = _handler.previous_hook
    threading.excepthook = _handler.previous_thread_hook
    _handler.deleteLater()
    _handler = None


def crash_handler() -> CrashHandler | None:
    """The installed handler, if any."""
    return _handler
