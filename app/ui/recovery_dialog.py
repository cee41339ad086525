"""After a crash or a kill: offer to restore or discard each map that had unsaved changes.

Parcours shows one map per window: restoring a map shows it in this window and closes the
dialog; the other copies stay in the recovery folder and are offered again at the next start
(or by :func:`offer_recovery` again).
"""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.text import QT_TRANSLATE_NOOP
from app.ui.autosave import Autosave, RecoveryEntry, discard, find_recoverable
from app.ui.file_guard import FileGuard

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


TEXT = {
    "window": QT_TRANSLATE_NOOP("RecoveryDialog", "Recover unsaved maps"),
    "intro": QT_TRANSLATE_NOOP(
        "RecoveryDialog",
        "Parcours stopped before these maps were saved. Restore a map to keep working on "
        "it, or discard its changes. Parcours shows one map per window: the maps you do not "
        "restore now are offered again the next time Parcours starts.",
    ),
    "untitled": QT_TRANSLATE_NOOP("RecoveryDialog", "Untitled (never saved)"),
    "copied": QT_TRANSLATE_NOOP("RecoveryDialog", "Copy made {time}"),
    "unknown_time": QT_TRANSLATE_NOOP("RecoveryDialog", "Time of the copy unknown"),
    "changed": QT_TRANSLATE_NOOP(
        "RecoveryDialog",
        "The file changed on disk after this map was opened: saving the restored map "
        "would replace those changes, so Parcours asks first.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "RecoveryDialog", "The file is no longer there: saving the restored map creates it again."
    ),
    "problem": QT_TRANSLATE_NOOP(
        "RecoveryDialog", "This copy cannot be restored: {problem}. You can discard it."
    ),
    "restore": QT_TRANSLATE_NOOP("RecoveryDialog", "Restore"),
    "discard": QT_TRANSLATE_NOOP("RecoveryDialog", "Discard"),
    "later": QT_TRANSLATE_NOOP("RecoveryDialog", "Decide Later"),
    "discard_title": QT_TRANSLATE_NOOP("RecoveryDialog", "Discard recovered changes"),
    "discard_question": QT_TRANSLATE_NOOP(
        "RecoveryDialog", "Discard the recovered changes to “{title}”? This cannot be undone."
    ),
    "discarded": QT_TRANSLATE_NOOP("RecoveryDialog", "Discarded."),
    "restored": QT_TRANSLATE_NOOP(
        "RecoveryDialog", "Restored “{title}” from its recovery copy; save it to keep it."
    ),
}


def local_time(time: datetime | None) -> str:
    """A copy's time, in the user's time zone."""
    if time is None:
        return _tr(TEXT["unknown_time"])
    return _tr(TEXT["copied"]).format(time=time.astimezone().strftime("%Y-%m-%d %H:%M"))


def describe(entry: RecoveryEntry) -> str:
    """The line under a map's title: its file, when the copy was made, and what to watch for."""
    lines = [str(entry.original) if entry.original else _tr(TEXT["untitled"])]
    lines.append(local_time(entry.time))
    if entry.problem:
        lines.append(_tr(TEXT["problem"]).format(problem=entry.problem))
    elif entry.original is not None and not entry.original.exists():
        lines.append(_tr(TEXT["gone"]))
    elif entry.original_changed:
        lines.append(_tr(TEXT["changed"]))
    return "\n".join(lines)


class RecoveryDialog(QDialog):
    """One row per recoverable map, with Restore and Discard; Decide Later keeps every copy."""

    def __init__(self, entries: list[RecoveryEntry], parent: "MainWindow") -> None:
        super().__init__(parent)
        self.setObjectName("recovery")
        self.setWindowTitle(_tr(TEXT["window"]))
        self.window_ = parent
        self.entries = entries
        self.restored: RecoveryEntry | None = None
        self.decided: set[int] = set()
        intro = QLabel(_tr(TEXT["intro"]))
        intro.setWordWrap(True)
        rows = QWidget()
        grid = QGridLayout(rows)
        self.details: list[QLabel] = []
        self.buttons: list[tuple[QPushButton, QPushButton]] = []
        for n, entry in enumerate(entries):
            title = QLabel(entry.title)
            title.setObjectName(f"title:{n}")
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            details = QLabel(describe(entry))
            details.setObjectName(f"details:{n}")
            details.setWordWrap(True)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            restore_button = QPushButton(_tr(TEXT["restore"]))
            restore_button.setObjectName(f"restore:{n}")
            restore_button.setEnabled(entry.document is not None)
            restore_button.clicked.connect(lambda _=False, i=n: self._restore(i))
            discard_button = QPushButton(_tr(TEXT["discard"]))
            discard_button.setObjectName(f"discard:{n}")
            discard_button.clicked.connect(lambda _=False, i=n: self._discard(i))
            grid.addWidget(title, 3 * n, 0)
            grid.addWidget(details, 3 * n + 1, 0)
            grid.addWidget(restore_button, 3 * n, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(discard_button, 3 * n, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.setRowMinimumHeight(3 * n + 2, 12)  # room between maps
            self.details.append(details)
            self.buttons.append((restore_button, discard_button))
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(3 * len(entries), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        later = QPushButton(_tr(TEXT["later"]))
        later.setObjectName("later")
        later.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(later)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(scroll, 1)
        column.addLayout(bottom)
        self.resize(640, min(520, 160 + 90 * len(entries)))

    def _restore(self, n: int) -> None:
        entry = self.entries[n]
        if restore(self.window_, entry):
            self.restored = entry
            self.accept()

    def _discard(self, n: int) -> None:
        entry = self.entries[n]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr(TEXT["discard_title"]),
            _tr(TEXT["discard_question"]).format(title=entry.title),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        discard_button = box.button(QMessageBox.StandardButton.Discard)
        discard_button.setText(_tr(TEXT["discard"]))  # Qt's own word means "do not save"
        box.exec()
        answered = box.clickedButton() is discard_button
        box.deleteLater()
        if not answered:
            return
        discard(entry.details)
        self.decided.add(n)
        for button in self.buttons[n]:
            button.setEnabled(False)
        self.details[n].setText(_tr(TEXT["discarded"]))
        if len(self.decided) == len(self.entries):
            self.accept()


def restore(window: "MainWindow", entry: RecoveryEntry) -> bool:
    """Show a recovered map in ``window``, marked unsaved; False when it was not restored.

    The map keeps its original file, so Save writes there. The window's autosave writes the
    map's new copy at once and only then deletes the old one.
    """
    if entry.document is None or not window.maybe_save():
        return False
    read_only = False
    if entry.original is not None:
        for check in window.before_open:  # the same checks as opening the file
            choice = check(entry.original)
            if choice == "cancel":
                return False
            read_only = read_only or choice == "read-only"
    window.set_document(entry.document, entry.original, read_only)
    assert window.session is not None
    window.session.undo_stack.resetClean()
    guard = getattr(window, "file_guard", None)
    if entry.original_changed and isinstance(guard, FileGuard):
        guard.made_from_older_version()  # the first save over the file asks
    window.statusBar().showMessage(_tr(TEXT["restored"]).format(title=entry.title), 15000)
    autosave = getattr(window, "autosave", None)
    if isinstance(autosave, Autosave):
        autosave.adopt(entry)  # after the message above: a failure to write replaces it
    return True


def offer_recovery(window: "MainWindow") -> bool:
    """At start-up: when maps can be recovered, ask about them. True when one was restored.

    When it returns True the window shows the restored map: do not open another map over it.
    """
    entries = find_recoverable()
    if not entries:
        return False
    dialog = RecoveryDialog(entries, window)
    dialog.exec()
    restored = dialog.restored is not None
    dialog.deleteLater()
    return restored
