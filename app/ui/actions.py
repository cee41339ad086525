"""The editor's actions, declared once as data; the main window turns them into QActions.

Each action names its menu (``"&File/New from &Template"`` is the New submenu of File), its
shortcuts, and the callable it runs with the window. Shortcuts come from
``QKeySequence.StandardKey`` where Qt has one; the others are spelled out,
because Linux has no standard key for Quit, Find Next or Duplicate.

Texts, tips and menu titles are English source strings marked with
``QT_TRANSLATE_NOOP("Actions", ...)``; :func:`action_text`, :func:`action_tip` and
:func:`menu_titles` give them in the interface language.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.i18n import translate
from app.model.text import QT_TRANSLATE_NOOP

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
    """An icon under app/data/icons/actions (without ``.svg``), for menus and the toolbar."""
    on_canvas: bool = False
    """The shortcut works only while the canvas has the focus: Delete or Ctrl+V typed in a
    panel's field belongs to that field, never to the selected cards."""
    values: tuple[tuple[str, str], ...] = ()
    """Placeholders of ``text`` and their values, each marked for translation too."""


CONTEXT = "Actions"
"""The translation context of every text in this table."""

MENU_TITLES = (
    QT_TRANSLATE_NOOP("Actions", "&File"),
    QT_TRANSLATE_NOOP("Actions", "New from &Template"),
    QT_TRANSLATE_NOOP("Actions", "&Edit"),
    QT_TRANSLATE_NOOP("Actions", "&View"),
    QT_TRANSLATE_NOOP("Actions", "Pa&nels"),
    QT_TRANSLATE_NOOP("Actions", "&Theme"),
    QT_TRANSLATE_NOOP("Actions", "&Help"),
)
"""Every menu title an ActionSpec's ``menu`` path uses, marked for translation."""

TEMPLATE_NAMES = {
    "blank": QT_TRANSLATE_NOOP("Actions", "Blank"),
    "five-phases": QT_TRANSLATE_NOOP("Actions", "Five phases"),
    "three-phases": QT_TRANSLATE_NOOP("Actions", "Before, during, after"),
    "four-steps": QT_TRANSLATE_NOOP("Actions", "Four steps"),
}
"""The templates' names in the New submenu (in the interface language), in the order of
``app.model.templates.TEMPLATES`` (a test checks it): this table does not import the model,
so that the window's menus are built before pydantic is loaded."""
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Actions", "English"),
    "fr": QT_TRANSLATE_NOOP("Actions", "French"),
}
"""The maps' languages in the New submenu (in the interface language)."""


def _new_map_actions() -> list[ActionSpec]:
    specs: list[ActionSpec] = []
    for language, label in LANGUAGE_NAMES.items():
        for index, template in enumerate(TEMPLATE_NAMES):
            specs.append(
                ActionSpec(
                    f"new:{template}:{language}",
                    QT_TRANSLATE_NOOP("Actions", "&{number} {template} ({language})"),
                    "&File/New from &Template",
                    partial(_new, template=template, language=language),
                    separator_before=index == 0 and language != "en",
                    values=(
                        ("number", str(len(specs) + 1)),  # Alt+digit picks it in the menu
                        ("template", TEMPLATE_NAMES[template]),
                        ("language", label),
                    ),
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


def _show_shortcuts(window: "MainWindow") -> object:
    from app.ui.shortcuts_help import show_shortcuts

    return show_shortcuts(window)


def _docks() -> list[ActionSpec]:
    return [
        ActionSpec(
            f"dock:{name}",
            text,
            "&View/Pa&nels",
            partial(_toggle_dock, name=name),
            (shortcut,),
            checkable=True,
        )
        for name, text, shortcut in (
            ("inspector", QT_TRANSLATE_NOOP("Actions", "&Inspector"), "Ctrl+Alt+1"),
            ("personas", QT_TRANSLATE_NOOP("Actions", "&Personas"), "Ctrl+Alt+2"),
            ("structure", QT_TRANSLATE_NOOP("Actions", "&Structure"), "Ctrl+Alt+3"),
            ("channels", QT_TRANSLATE_NOOP("Actions", "&Channels"), "Ctrl+Alt+4"),
            ("insights", QT_TRANSLATE_NOOP("Actions", "I&nsights"), "Ctrl+Alt+5"),
        )
    ]


def _toggle_dock(window: "MainWindow", name: str) -> None:
    window.toggle_dock(name)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New Map"),
        "&File",
        lambda w: w.new_default_map(),
        (Key.New,),
        QT_TRANSLATE_NOOP("Actions", "A new map from the template chosen in Preferences"),
    ),
    *_new_map_actions(),
    ActionSpec(
        "sample",
        QT_TRANSLATE_NOOP("Actions", "Open the &Sample Map"),
        "&File/New from &Template",
        lambda w: w.open_sample_if_saved(),
        separator_before=True,
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        "&File",
        lambda w: w.open_dialog(),
        (Key.Open,),
        QT_TRANSLATE_NOOP("Actions", "Open a map"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import CSV or Mermaid…"),
        "&File",
        lambda w: w.import_dialog(),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("Actions", "Make a map from a spreadsheet or a Mermaid journey"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        "&File",
        lambda w: w.save(),
        (Key.Save,),
        QT_TRANSLATE_NOOP("Actions", "Save the map"),
        separator_before=True,
    ),
    ActionSpec(
        "save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        "&File",
        lambda w: w.save_as_dialog(),
        (Key.SaveAs,),
        QT_TRANSLATE_NOOP("Actions", "Save the map in another file"),
    ),
    ActionSpec(
        "revert",
        QT_TRANSLATE_NOOP("Actions", "Re&vert to Saved"),
        "&File",
        lambda w: w.revert(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Drop unsaved changes"),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "&File",
        lambda w: w.export_dialog(),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Export to PDF, PNG, SVG, CSV or Mermaid"),
        separator_before=True,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        "&File",
        lambda w: w.print_map(),
        (Key.Print,),
        QT_TRANSLATE_NOOP("Actions", "Print the map"),
    ),
    ActionSpec(
        "future_state",
        QT_TRANSLATE_NOOP("Actions", "Create &Future State…"),
        "&File",
        _create_future_state,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Save a linked copy of this map to draw the improved journey"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "close",
        QT_TRANSLATE_NOOP("Actions", "&Close Map"),
        "&File",
        lambda w: w.close_map(),
        (Key.Close,),
        QT_TRANSLATE_NOOP("Actions", "Close this map and start a new one"),
        separator_before=True,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "&File",
        lambda w: w.quit(),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Quit Parcours"),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "&Edit",
        lambda w: w.undo(),
        (Key.Undo,),
        QT_TRANSLATE_NOOP("Actions", "Take back the last change"),
    ),
    # Ctrl+Shift+Z as well as Ctrl+Y: not every platform's Redo binding has both.
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "&Edit",
        lambda w: w.redo(),
        (Key.Redo, "Ctrl+Shift+Z"),
        QT_TRANSLATE_NOOP("Actions", "Make again the change just taken back"),
    ),
    ActionSpec(
        "cut",
        QT_TRANSLATE_NOOP("Actions", "Cu&t"),
        "&Edit",
        lambda w: w.clipboard.cut(),
        (Key.Cut,),
        QT_TRANSLATE_NOOP("Actions", "Move the selected cards to the clipboard"),
        separator_before=True,
        on_canvas=True,
    ),
    ActionSpec(
        "copy",
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        "&Edit",
        lambda w: w.clipboard.copy(),
        (Key.Copy,),
        QT_TRANSLATE_NOOP("Actions", "Copy the selected cards (also as spreadsheet rows)"),
        on_canvas=True,
    ),
    ActionSpec(
        "paste",
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        "&Edit",
        lambda w: w.clipboard.paste(),
        (Key.Paste,),
        QT_TRANSLATE_NOOP("Actions", "Paste cards, or rows copied from a spreadsheet"),
        on_canvas=True,
    ),
    ActionSpec(
        "duplicate",
        QT_TRANSLATE_NOOP("Actions", "Dupl&icate"),
        "&Edit",
        lambda w: w.clipboard.duplicate(),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Actions", "Copy the selected cards next to themselves"),
        on_canvas=True,
    ),
    # Only the Delete key: Qt's standard Delete binding includes Ctrl+D on X11.
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        "&Edit",
        lambda w: w.delete_selection(),
        ("Del",),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected cards"),
        on_canvas=True,
    ),
    ActionSpec(
        "add_note",
        QT_TRANSLATE_NOOP("Actions", "Add Stic&ky Note"),
        "&Edit",
        lambda w: w.canvas.add_note(),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP(
            "Actions", "Add a sticky note: on the selected card, or in the middle of the view"
        ),
        on_canvas=True,
    ),
    ActionSpec(
        "add_phase",
        QT_TRANSLATE_NOOP("Actions", "Add P&hase"),
        "&Edit",
        lambda w: w.panels.structure.add_phase(),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Add a phase at the end of the map and type its name"),
        separator_before=True,
    ),
    ActionSpec(
        "add_persona",
        QT_TRANSLATE_NOOP("Actions", "Add Pers&ona"),
        "&Edit",
        lambda w: w.panels.personas.add_persona(),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Actions", "Add a persona; + and - on the map then score it"),
    ),
    ActionSpec(
        "select_all",
        QT_TRANSLATE_NOOP("Actions", "Select &All Cards"),
        "&Edit",
        lambda w: w.select_all(),
        (Key.SelectAll,),
        QT_TRANSLATE_NOOP("Actions", "Select every card of the map"),
        separator_before=True,
        on_canvas=True,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "&Edit",
        lambda w: w.find_bar.open(),
        (Key.Find,),
        QT_TRANSLATE_NOOP("Actions", "Find cards by any of their words"),
        separator_before=True,
    ),
    ActionSpec(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        "&Edit",
        lambda w: w.find_bar.next(),
        (Key.FindNext,),
        QT_TRANSLATE_NOOP("Actions", "The next card that matches"),
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        "&Edit",
        lambda w: w.find_bar.previous(),
        (Key.FindPrevious,),
        QT_TRANSLATE_NOOP("Actions", "The previous card that matches"),
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        "&Edit",
        lambda w: w.preferences_dialog(),
        (Key.Preferences, "Ctrl+,"),  # Linux has no standard key for Preferences
        QT_TRANSLATE_NOOP(
            "Actions",
            "The interface language, the theme, recovery copies, backups and other settings",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "present",
        QT_TRANSLATE_NOOP("Actions", "&Present"),
        "&View",
        lambda w: w.presentation.start(),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Show the map full screen, phase by phase"),
        icon="present",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        "&View",
        lambda w: w.zoom_in(),
        (Key.ZoomIn, "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Show the map larger"),
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        "&View",
        lambda w: w.zoom_out(),
        (Key.ZoomOut,),
        QT_TRANSLATE_NOOP("Actions", "Show more of the map"),
    ),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit Map"),
        "&View",
        lambda w: w.fit_map(),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Show the whole map in the window"),
    ),
    ActionSpec(
        "actual",
        QT_TRANSLATE_NOOP("Actions", "&Actual Size (100 %)"),
        "&View",
        lambda w: w.actual_size(),
        ("Ctrl+1",),
    ),
    ActionSpec(
        "focus_map",
        QT_TRANSLATE_NOOP("Actions", "Go to the &Map"),
        "&View",
        lambda w: w.focus_map(),
        ("F6",),
        QT_TRANSLATE_NOOP("Actions", "Give the map the keyboard focus"),
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Compare with Current State…"),
        "&View",
        _compare_with_current,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "What the future state changes: cards added, changed and removed, both emotion curves",
        ),
        separator_before=True,
    ),
    *_docks(),
    ActionSpec(
        "theme:system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
        "&View/&Theme",
        _theme("system"),
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "theme:light",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        "&View/&Theme",
        _theme("light"),
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "theme:dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        "&View/&Theme",
        _theme("dark"),
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "theme:high-contrast",
        QT_TRANSLATE_NOOP("Actions", "&High Contrast"),
        "&View/&Theme",
        _theme("high-contrast"),
        tip=QT_TRANSLATE_NOOP("Actions", "Black, white and strong colours, for low vision"),
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "keyboard_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "&Help",
        _show_shortcuts,
        (Key.HelpContents,),  # F1 on Linux and Windows
        QT_TRANSLATE_NOOP("Actions", "Every key of Parcours: the menus' and the map's"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Parcours"),
        "&Help",
        lambda w: w.about(),
        separator_before=True,
    ),
)


def action_text(spec: ActionSpec) -> str:
    """The action's text in the interface language (with its ``&`` mnemonic)."""
    values = {name: translate("Actions", value) for name, value in spec.values}
    text = translate("Actions", spec.text)
    return text.format(**values) if values else text


def action_tip(spec: ActionSpec) -> str:
    """The action's status tip in the interface language ("" when it has none)."""
    return translate("Actions", spec.tip) if spec.tip else ""


def menu_titles(path: str) -> list[str]:
    """The titles of a menu path (``"&File/New from &Template"``), in the interface language."""
    return [translate("Actions", title) for title in path.split("/")]


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
