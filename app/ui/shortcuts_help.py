"""Help ▸ Keyboard shortcuts: every key of the editor, generated, never written by hand.

The rows come from the action table (:data:`app.ui.actions.ACTIONS`: the menus'
shortcuts) and from the canvas key table (:data:`app.ui.canvas.keyboard.CANVAS_KEYS`,
the same table the canvas reads its keys from), so the list cannot drift from what
the keys do. :func:`shortcuts_markdown` gives the same rows as a Markdown table for
``docs/editor.md`` (``scripts/gen_keyboard_doc.py`` writes it there).
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.text import QT_TRANSLATE_NOOP
from app.ui.actions import ACTIONS, action_text, key_sequences, menu_titles
from app.ui.canvas.keyboard import CANVAS_KEYS

CONTEXT = "ShortcutsHelp"
TEXT = {
    "title": QT_TRANSLATE_NOOP("ShortcutsHelp", "Keyboard Shortcuts"),
    "intro": QT_TRANSLATE_NOOP(
        "ShortcutsHelp",
        "Every key of Parcours. Keys marked “on the map” work while the map has the "
        "keyboard focus (click it, or press Tab until its focus ring shows).",
    ),
    "keys": QT_TRANSLATE_NOOP("ShortcutsHelp", "Keys"),
    "does": QT_TRANSLATE_NOOP("ShortcutsHelp", "Does"),
    "where": QT_TRANSLATE_NOOP("ShortcutsHelp", "Where"),
    "map": QT_TRANSLATE_NOOP("ShortcutsHelp", "On the map"),
    "or": QT_TRANSLATE_NOOP("ShortcutsHelp", ", "),
}
"""Every string the dialog shows, in one place for translation."""


def _t(key: str, **values: Any) -> str:
    """The user's words for ``key``, translated, with ``values`` filled in."""
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


def plain(text: str) -> str:
    """A menu text without its mnemonic marks (``&Save`` → ``Save``; ``&&`` stays ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the list: the keys (as the system writes them), what they do, where."""

    keys: tuple[str, ...]
    does: str
    where: str


KEYS_COLUMN_MAX = 240
"""The widest the Keys column gets, in pixels, before its longest rows wrap."""


def native(sequence: QKeySequence) -> str:
    """``sequence`` as this system writes it (Ctrl+S; ⌘S on a Mac)."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def typeable(sequence: QKeySequence) -> bool:
    """False for the dedicated keys of some keyboards (Undo, Copy, F13–F35...): not on most."""
    combination = sequence[0]  # type: ignore[index]
    key = combination.key()
    if Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value:
        return False
    return bool(key.value < Qt.Key.Key_Back.value)  # Back, Save, Zoom In...: dedicated keys


def action_rows(only_typeable: bool = False) -> list[ShortcutRow]:
    """A row per action with a shortcut, in menu order; ``where`` is its menu path.

    ``only_typeable`` leaves out the keys most keyboards lack (for the written docs).
    """
    rows = []
    for spec in ACTIONS:
        sequences = [s for s in key_sequences(spec) if typeable(s) or not only_typeable]
        if not sequences:
            continue
        where = " ▸ ".join(plain(part) for part in menu_titles(spec.menu))
        does = plain(action_text(spec)).removesuffix("…")
        rows.append(ShortcutRow(tuple(native(s) for s in sequences), does, where))
    return rows


def canvas_rows() -> list[ShortcutRow]:
    """A row per canvas key (:data:`CANVAS_KEYS`), where: on the map."""
    from app.ui.canvas.keyboard import tr as canvas_tr

    return [
        ShortcutRow(
            tuple(native(QKeySequence(key)) for key in spec.keys), canvas_tr(spec.text), _t("map")
        )
        for spec in CANVAS_KEYS
    ]


def all_rows(only_typeable: bool = False) -> list[ShortcutRow]:
    """The menus' shortcuts, then the keys of the map."""
    return action_rows(only_typeable) + canvas_rows()


def shortcuts_markdown() -> str:
    """The list as a Markdown table (for docs/editor.md), without keys most keyboards lack.

    Standard keys (Undo, Copy...) differ between desktops: the docs are generated
    under Qt's offscreen platform so that they do not depend on where they are made.
    """
    lines = [
        f"| {_t('keys')} | {_t('does')} | {_t('where')} |",
        "|---|---|---|",
    ]
    for row in all_rows(only_typeable=True):
        keys = _t("or").join(_cell(key) for key in row.keys)
        lines.append(f"| {keys} | {_cell(row.does)} | {_cell(row.where)} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class ShortcutsDialog(QDialog):
    """A table of every shortcut: keys, what they do, where (menu path or "on the map")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.intro = intro = QLabel(self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        # Rows follow their wrapped text as the dialog is sized (measured before it was
        # shown, the narrow middle column made some rows hundreds of pixels tall).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # see retranslate
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)

    def retranslate(self) -> None:
        """Every text in the interface language: title, introduction, headings and rows."""
        self.setWindowTitle(_t("title"))
        self.intro.setText(_t("intro"))
        self.table.setHorizontalHeaderLabels([_t("keys"), _t("does"), _t("where")])
        # The keys a keyboard has: Qt's standard bindings on Linux also name the dedicated
        # Undo, Cut, New... keys of a few keyboards, which read as words ("Ctrl+Z, Annuler").
        rows = all_rows(only_typeable=True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((_t("or").join(row.keys), row.does, row.where)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(index, column, item)
        # As wide as its keys, up to a third of the dialog: the few long rows wrap instead of
        # squeezing what the keys do.
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), KEYS_COLUMN_MAX))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_shortcuts(parent: QWidget) -> ShortcutsDialog:
    """Help ▸ Keyboard shortcuts: show the list (not modal, so the map stays usable)."""
    existing = parent.findChild(ShortcutsDialog, "shortcuts")
    dialog = existing if isinstance(existing, ShortcutsDialog) else ShortcutsDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
