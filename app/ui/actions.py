"""The editor's actions, declared once as data; the main window turns them into QActions."""

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One command of the editor: where it appears, its shortcut, the window method it calls."""

    id: str
    text: str
    menu: str
    handler: str
    shortcut: Key | str | None = None
    tip: str = ""
    separator_before: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open", "&Open…", "&File", "open_dialog", Key.Open, "Open a map"),
    ActionSpec(
        "import",
        "&Import CSV or Mermaid…",
        "&File",
        "import_dialog",
        "Ctrl+I",
        "Make a map from a spreadsheet or a Mermaid journey",
    ),
    ActionSpec("save", "&Save", "&File", "save", Key.Save, "Save the map", separator_before=True),
    ActionSpec("save_as", "Save &As…", "&File", "save_as_dialog", Key.SaveAs),
    ActionSpec("revert", "&Revert to Saved", "&File", "revert", None, "Drop unsaved changes"),
    ActionSpec(
        "export",
        "&Export CSV or Mermaid…",
        "&File",
        "export_dialog",
        "Ctrl+E",
        separator_before=True,
    ),
    ActionSpec("close", "&Close", "&File", "close", Key.Close, separator_before=True),
    ActionSpec("quit", "&Quit", "&File", "quit", "Ctrl+Q"),
    ActionSpec(
        "delete",
        "&Delete",
        "&Edit",
        "delete_selection",
        Key.Delete,
        "Delete the selected cards",
        separator_before=True,
    ),
    ActionSpec("select_all", "Select &All Cards", "&Edit", "select_all", Key.SelectAll),
    ActionSpec("zoom_in", "Zoom &In", "&View", "zoom_in", Key.ZoomIn),
    ActionSpec("zoom_out", "Zoom &Out", "&View", "zoom_out", Key.ZoomOut),
    ActionSpec("fit", "&Fit Map", "&View", "fit_map", "Ctrl+0"),
    ActionSpec("actual", "&Actual Size (100 %)", "&View", "actual_size", "Ctrl+1"),
    ActionSpec("about", "&About Parcours", "&Help", "about"),
)


def shortcuts(spec: ActionSpec) -> list[QKeySequence]:
    """The key sequences of an action (a standard key may have several, or none here)."""
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, str):
        return [QKeySequence(spec.shortcut)]
    return QKeySequence.keyBindings(spec.shortcut)
