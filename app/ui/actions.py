"""The editor's actions, declared once as data; the main window turns them into QActions.

Each action names its menu (``"&File/New from &Template"`` is the New submenu of File), its
shortcuts, and the callable it runs with the window. Shortcuts come from
``QKeySequence.StandardKey`` where Qt has one; the others are spelled out,
because Linux has no standard key for Quit, Find Next or Duplicate.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.model.templates import TEMPLATES

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Key = QKeySequence.StandardKey
Shortcut = Key | str


@dataclass(frozen=True)
class ActionSpec:
    """One command of the editor: where it appears, its shortcuts, what it does."""

    id: str
    text: str
    menu: str
    handler: "Callable[[MainWindow], object]"
    shortcuts: Sequence[Shortcut] = ()
    tip: str = ""
    separator_before: bool = False
    checkable: bool = False
    group: str = ""
    """Checkable actions of one group exclude each other (like radio buttons)."""
    icon: str = ""
    """An icon under resources/icons/actions (without ``.svg``), for menus and the toolbar."""
    on_canvas: bool = False
    """The shortcut works only while the canvas has the focus: Delete or Ctrl+V typed in a
    panel's field belongs to that field, never to the selected cards."""


TEMPLATE_NAMES = {
    "blank": "Blank",
    "five-phases": "Five phases",
    "three-phases": "Before, during, after",
    "four-steps": "Four steps",
}
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def _new_map_actions() -> list[ActionSpec]:
    specs = []
    for language, label in LANGUAGE_NAMES.items():
        for index, template in enumerate(TEMPLATES):
            specs.append(
                ActionSpec(
                    f"new:{template}:{language}",
                    f"{TEMPLATE_NAMES[template]} ({label})",
                    "&File/New from &Template",
                    partial(_new, template=template, language=language),
                    separator_before=index == 0 and language != "en",
                )
            )
    return specs


def _new(window: "MainWindow", template: str, language: str) -> None:
    window.new_map(template, language)


def _theme(choice: str) -> "Callable[[MainWindow], object]":
    return lambda w: w.set_theme(choice)


def _create_future_state(window: "MainWindow") -> object:
    from app.ui.future_state import create_future_state  # lazily: keeps start-up lean

    return create_future_state(window)


def _compare_with_current(window: "MainWindow") -> object:
    from app.ui.future_state import compare_with_current

    return compare_with_current(window)


def _docks() -> list[ActionSpec]:
    return [
        ActionSpec(
            f"dock:{name}",
            text,
            "&View/&Panels",
            partial(_toggle_dock, name=name),
            (shortcut,),
            checkable=True,
        )
        for name, text, shortcut in (
            ("inspector", "&Inspector", "Ctrl+Alt+1"),
            ("personas", "&Personas", "Ctrl+Alt+2"),
            ("structure", "&Structure", "Ctrl+Alt+3"),
            ("channels", "&Channels", "Ctrl+Alt+4"),
            ("insights", "I&nsights", "Ctrl+Alt+5"),
        )
    ]


def _toggle_dock(window: "MainWindow", name: str) -> None:
    window.toggle_dock(name)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        "&New Map",
        "&File",
        lambda w: w.new_map("five-phases", w.ui_language),
        (Key.New,),
        "A new map with the five classic phases",
    ),
    *_new_map_actions(),
    ActionSpec(
        "sample",
        "Open the &Sample Map",
        "&File/New from &Template",
        lambda w: w.open_sample_if_saved(),
        separator_before=True,
    ),
    ActionSpec("open", "&Open…", "&File", lambda w: w.open_dialog(), (Key.Open,), "Open a map"),
    ActionSpec(
        "import",
        "&Import CSV or Mermaid…",
        "&File",
        lambda w: w.import_dialog(),
        ("Ctrl+I",),
        "Make a map from a spreadsheet or a Mermaid journey",
    ),
    ActionSpec(
        "save",
        "&Save",
        "&File",
        lambda w: w.save(),
        (Key.Save,),
        "Save the map",
        separator_before=True,
    ),
    ActionSpec("save_as", "Save &As…", "&File", lambda w: w.save_as_dialog(), (Key.SaveAs,)),
    ActionSpec(
        "revert", "&Revert to Saved", "&File", lambda w: w.revert(), (), "Drop unsaved changes"
    ),
    ActionSpec(
        "export",
        "&Export…",
        "&File",
        lambda w: w.export_dialog(),
        ("Ctrl+E",),
        "Export to PDF, PNG, SVG, CSV or Mermaid",
        separator_before=True,
    ),
    ActionSpec("print", "&Print…", "&File", lambda w: w.print_map(), (Key.Print,), "Print the map"),
    ActionSpec(
        "future_state",
        "Create &Future State…",
        "&File",
        _create_future_state,
        tip="Save a linked copy of this map to draw the improved journey",
        separator_before=True,
    ),
    ActionSpec(
        "close",
        "&Close Map",
        "&File",
        lambda w: w.close_map(),
        (Key.Close,),
        "Close this map and start a new one",
        separator_before=True,
    ),
    ActionSpec("quit", "&Quit", "&File", lambda w: w.quit(), ("Ctrl+Q",), "Quit Parcours"),
    ActionSpec("undo", "&Undo", "&Edit", lambda w: w.undo_group.undo(), (Key.Undo,)),
    # Ctrl+Shift+Z as well as Ctrl+Y: not every platform's Redo binding has both.
    ActionSpec("redo", "&Redo", "&Edit", lambda w: w.undo_group.redo(), (Key.Redo, "Ctrl+Shift+Z")),
    ActionSpec(
        "cut",
        "Cu&t",
        "&Edit",
        lambda w: w.clipboard.cut(),
        (Key.Cut,),
        "Move the selected cards to the clipboard",
        separator_before=True,
        on_canvas=True,
    ),
    ActionSpec(
        "copy",
        "&Copy",
        "&Edit",
        lambda w: w.clipboard.copy(),
        (Key.Copy,),
        "Copy the selected cards (also as spreadsheet rows)",
        on_canvas=True,
    ),
    ActionSpec(
        "paste",
        "&Paste",
        "&Edit",
        lambda w: w.clipboard.paste(),
        (Key.Paste,),
        "Paste cards, or rows copied from a spreadsheet",
        on_canvas=True,
    ),
    ActionSpec(
        "duplicate",
        "D&uplicate",
        "&Edit",
        lambda w: w.clipboard.duplicate(),
        ("Ctrl+D",),
        "Copy the selected cards next to themselves",
        on_canvas=True,
    ),
    # Only the Delete key: Qt's standard Delete binding includes Ctrl+D on X11.
    ActionSpec(
        "delete",
        "&Delete",
        "&Edit",
        lambda w: w.delete_selection(),
        ("Del",),
        "Delete the selected cards",
        on_canvas=True,
    ),
    ActionSpec(
        "add_note",
        "Add Sticky &Note",
        "&Edit",
        lambda w: w.canvas.add_note(),
        ("Ctrl+Shift+N",),
        "Add a sticky note: on the selected card, or in the middle of the view",
        on_canvas=True,
    ),
    ActionSpec(
        "select_all",
        "Select &All Cards",
        "&Edit",
        lambda w: w.select_all(),
        (Key.SelectAll,),
        separator_before=True,
        on_canvas=True,
    ),
    ActionSpec(
        "find",
        "&Find…",
        "&Edit",
        lambda w: w.find_bar.open(),
        (Key.Find,),
        "Find cards by any of their words",
        separator_before=True,
    ),
    ActionSpec(
        "find_next",
        "Find &Next",
        "&Edit",
        lambda w: w.find_bar.next(),
        (Key.FindNext,),
        "The next card that matches",
    ),
    ActionSpec(
        "find_previous",
        "Find Pre&vious",
        "&Edit",
        lambda w: w.find_bar.previous(),
        (Key.FindPrevious,),
        "The previous card that matches",
    ),
    ActionSpec(
        "preferences",
        "&Preferences…",
        "&Edit",
        lambda w: w.preferences_dialog(),
        (Key.Preferences, "Ctrl+,"),  # Linux has no standard key for Preferences
        "How soon recovery copies are written, and whether to keep a backup beside the file",
        separator_before=True,
    ),
    ActionSpec(
        "present",
        "&Present",
        "&View",
        lambda w: w.presentation.start(),
        ("F5",),
        "Show the map full screen, phase by phase",
        icon="present",
    ),
    ActionSpec("zoom_in", "Zoom &In", "&View", lambda w: w.zoom_in(), (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "Zoom &Out", "&View", lambda w: w.zoom_out(), (Key.ZoomOut,)),
    ActionSpec("fit", "&Fit Map", "&View", lambda w: w.fit_map(), ("Ctrl+0",)),
    ActionSpec("actual", "&Actual Size (100 %)", "&View", lambda w: w.actual_size(), ("Ctrl+1",)),
    ActionSpec(
        "compare",
        "&Compare with Current State…",
        "&View",
        _compare_with_current,
        tip="What the future state changes: cards added, changed and removed, both emotion curves",
        separator_before=True,
    ),
    *_docks(),
    ActionSpec(
        "theme:system",
        "Follow the &System",
        "&View/&Theme",
        _theme("system"),
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "theme:light", "&Light", "&View/&Theme", _theme("light"), checkable=True, group="theme"
    ),
    ActionSpec(
        "theme:dark", "&Dark", "&View/&Theme", _theme("dark"), checkable=True, group="theme"
    ),
    ActionSpec("about", "&About Parcours", "&Help", lambda w: w.about()),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The key sequences of an action, without duplicates (a standard key may have several)."""
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        found = (
            [QKeySequence(shortcut)]
            if isinstance(shortcut, str)
            else QKeySequence.keyBindings(shortcut)
        )
        sequences += [s for s in found if not s.isEmpty() and s not in sequences]
    return sequences
