"""Edit ▸ Preferences: the settings a user chooses, one tab per topic.

Each page is a function that adds its rows to a form and returns a function copying the page's
choices into a :class:`Settings`; a page is one entry in :data:`PAGES`. Every editor's
objectName is the Settings field it edits (``export.<field>`` for the export defaults).
Nothing changes until OK, and OK changes the given Settings object in place, so a running
autosave reads the new interval the next time it starts its countdown; a new interface
language or theme takes effect at once (through the window that opened the dialog).
"""

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.export.options import PAPERS, TILE_PAPERS
from app.model.templates import TEMPLATES
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.appearance import THEME_CHOICES, apply_palette, resolve, theme_name
from app.ui.settings import ExportChoices, Settings

CONTEXT = "Preferences"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TEXT = {
    "window": QT_TRANSLATE_NOOP("Preferences", "Preferences"),
    # the pages
    "general": QT_TRANSLATE_NOOP("Preferences", "Interface"),
    "new_maps": QT_TRANSLATE_NOOP("Preferences", "New maps"),
    "saving": QT_TRANSLATE_NOOP("Preferences", "Saving"),
    "export": QT_TRANSLATE_NOOP("Preferences", "Export"),
    "presentation": QT_TRANSLATE_NOOP("Preferences", "Presentation"),
    # Interface
    "ui_language": QT_TRANSLATE_NOOP("Preferences", "Interface language"),
    "ui_language_tip": QT_TRANSLATE_NOOP(
        "Preferences",
        "The language of menus, panels and messages. The open map stays as it is: "
        "its content keeps the language it was written in.",
    ),
    "follow_system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"),
    "theme": QT_TRANSLATE_NOOP("Preferences", "Theme"),
    "theme_tip": QT_TRANSLATE_NOOP(
        "Preferences",
        "The colours of the map and the window. High contrast shows white and yellow on black, "
        "every text at least 7:1.",
    ),
    # New maps
    "default_template": QT_TRANSLATE_NOOP("Preferences", "Template"),
    "default_template_tip": QT_TRANSLATE_NOOP(
        "Preferences",
        "The phases of a new map (File ▸ New) and of the map shown when Parcours starts "
        "without one.",
    ),
    "default_map_language": QT_TRANSLATE_NOOP("Preferences", "Language of the map"),
    "default_map_language_tip": QT_TRANSLATE_NOOP(
        "Preferences",
        "The language of a new map's phase names, lane names and channels.",
    ),
    "same_as_interface": QT_TRANSLATE_NOOP("Preferences", "Same as the interface"),
    # Saving
    "autosave": QT_TRANSLATE_NOOP("Preferences", "Recovery copy after"),
    "autosave_tip": QT_TRANSLATE_NOOP(
        "Preferences",
        "How long after a change Parcours writes a recovery copy of an unsaved map "
        "(in its data folder, never over your file).",
    ),
    "seconds": QT_TRANSLATE_NOOP("Preferences", " s"),
    "keep_backup": QT_TRANSLATE_NOOP(
        "Preferences", "Keep the previous version as a backup beside the file"
    ),
    "keep_backup_tip": QT_TRANSLATE_NOOP(
        "Preferences", "When saving, the version on disk is kept beside the map as a backup."
    ),
    # Export
    "export_intro": QT_TRANSLATE_NOOP(
        "Preferences",
        "What the Export dialog proposes. It also remembers your last choices here.",
    ),
    "format": QT_TRANSLATE_NOOP("Preferences", "Format"),
    "layout": QT_TRANSLATE_NOOP("Preferences", "PDF layout"),
    "paper": QT_TRANSLATE_NOOP("Preferences", "Paper"),
    "orientation": QT_TRANSLATE_NOOP("Preferences", "Orientation"),
    "tile_paper": QT_TRANSLATE_NOOP("Preferences", "Tile sheets"),
    "appendix": QT_TRANSLATE_NOOP(
        "Preferences", "PDF appendix: persona cards, a table per phase and insights"
    ),
    "scale": QT_TRANSLATE_NOOP("Preferences", "PNG scale"),
    "scale_tip": QT_TRANSLATE_NOOP("Preferences", "Pixels per map unit in PNG images."),
    "times": QT_TRANSLATE_NOOP("Preferences", " ×"),
    # Presentation
    "present_from_first_phase": QT_TRANSLATE_NOOP(
        "Preferences", "Start at the first phase (otherwise where the last presentation stopped)"
    ),
    "present_overview": QT_TRANSLATE_NOOP("Preferences", "Start with the whole map"),
    "present_high_contrast": QT_TRANSLATE_NOOP(
        "Preferences", "Start in black on white for projectors (the H key switches)"
    ),
}
"""Every text of the dialog (translated where shown, context "Preferences")."""

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
"""Languages are named in their own language: a reader finds theirs whatever is shown."""

Apply = Callable[[Settings], None]
Page = Callable[[QFormLayout, Settings], Apply]


def _combo(name: str, choices: list[tuple[str, Any]], current: Any, tip: str = "") -> QComboBox:
    """A drop-down list named after its setting: (shown text, value) choices."""
    box = QComboBox()
    box.setObjectName(name)
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    if tip:
        box.setToolTip(tip)
    return box


def _check(name: str, text: str, checked: bool, tip: str = "") -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setChecked(checked)
    if tip:
        box.setToolTip(tip)
    return box


def general_page(form: QFormLayout, settings: Settings) -> Apply:
    """Interface language and theme."""
    language = _combo(
        "ui_language",
        [(_tr(TEXT["follow_system"]), "system"), *((n, c) for c, n in LANGUAGE_NAMES.items())],
        settings.ui_language,
        _tr(TEXT["ui_language_tip"]),
    )
    theme = _combo(
        "theme",
        [(theme_name(choice), choice) for choice in THEME_CHOICES],
        settings.theme,
        _tr(TEXT["theme_tip"]),
    )
    form.addRow(_tr(TEXT["ui_language"]), language)
    form.addRow(_tr(TEXT["theme"]), theme)

    def apply(chosen: Settings) -> None:
        chosen.ui_language = language.currentData()
        chosen.theme = theme.currentData()

    return apply


def new_maps_page(form: QFormLayout, settings: Settings) -> Apply:
    """The template and language of File ▸ New and of the start-up map."""
    shown = i18n.current_language()
    template = _combo(
        "default_template",
        [(t.title.get(shown, t.title["en"]), name) for name, t in TEMPLATES.items()],
        settings.default_template,
        _tr(TEXT["default_template_tip"]),
    )
    language = _combo(
        "default_map_language",
        [
            (_tr(TEXT["same_as_interface"]), "interface"),
            *((n, c) for c, n in LANGUAGE_NAMES.items()),
        ],
        settings.default_map_language,
        _tr(TEXT["default_map_language_tip"]),
    )
    form.addRow(_tr(TEXT["default_template"]), template)
    form.addRow(_tr(TEXT["default_map_language"]), language)

    def apply(chosen: Settings) -> None:
        chosen.default_template = template.currentData()
        chosen.default_map_language = language.currentData()

    return apply


def saving_page(form: QFormLayout, settings: Settings) -> Apply:
    """Autosave interval and backups."""
    limits = Settings.model_fields["autosave_seconds"].metadata
    low = next((m.ge for m in limits if getattr(m, "ge", None) is not None), 5)
    high = next((m.le for m in limits if getattr(m, "le", None) is not None), 3600)
    seconds = QSpinBox()
    seconds.setObjectName("autosave_seconds")
    seconds.setRange(int(low), int(high))
    seconds.setSuffix(_tr(TEXT["seconds"]))
    seconds.setValue(settings.autosave_seconds)
    seconds.setToolTip(_tr(TEXT["autosave_tip"]))
    backup = _check(
        "keep_backup", _tr(TEXT["keep_backup"]), settings.keep_backup, _tr(TEXT["keep_backup_tip"])
    )
    form.addRow(_tr(TEXT["autosave"]), seconds)
    form.addRow(backup)

    def apply(chosen: Settings) -> None:
        chosen.autosave_seconds = seconds.value()
        chosen.keep_backup = backup.isChecked()

    return apply


def export_page(form: QFormLayout, settings: Settings) -> Apply:
    """What the Export dialog proposes (the same choices it remembers: ``Settings.export``)."""
    from app.ui.export_dialog import FORMATS, LAYOUTS, ORIENTATIONS

    def dialog_text(text: str) -> str:  # the Export dialog's own words, from its catalogue
        return QCoreApplication.translate("ExportDialog", text)

    choices = settings.export
    kind = _combo(
        "export.format",
        [(dialog_text(name), extension) for extension, name in FORMATS],
        choices.format,
    )
    layout = _combo(
        "export.layout", [(dialog_text(text), key) for key, text in LAYOUTS], choices.layout
    )
    paper = _combo("export.paper", [(p, p) for p in PAPERS], choices.paper)
    orientation = _combo(
        "export.orientation",
        [(dialog_text(text), key) for key, text in ORIENTATIONS],
        choices.orientation,
    )
    tile_paper = _combo("export.tile_paper", [(p, p) for p in TILE_PAPERS], choices.tile_paper)
    appendix = _check("export.appendix", _tr(TEXT["appendix"]), choices.appendix)
    limits = ExportChoices.model_fields["scale"].metadata
    scale = QDoubleSpinBox()
    scale.setObjectName("export.scale")
    scale.setRange(
        next((m.ge for m in limits if getattr(m, "ge", None) is not None), 0.25),
        next((m.le for m in limits if getattr(m, "le", None) is not None), 8.0),
    )
    scale.setSingleStep(0.5)
    scale.setSuffix(_tr(TEXT["times"]))
    scale.setValue(choices.scale)
    scale.setToolTip(_tr(TEXT["scale_tip"]))
    intro = QLabel(_tr(TEXT["export_intro"]))
    intro.setWordWrap(True)
    form.addRow(intro)
    form.addRow(_tr(TEXT["format"]), kind)
    form.addRow(_tr(TEXT["layout"]), layout)
    form.addRow(_tr(TEXT["paper"]), paper)
    form.addRow(_tr(TEXT["orientation"]), orientation)
    form.addRow(_tr(TEXT["tile_paper"]), tile_paper)
    form.addRow(appendix)
    form.addRow(_tr(TEXT["scale"]), scale)

    def apply(chosen: Settings) -> None:
        chosen.export = chosen.export.model_copy(
            update={
                "format": kind.currentData(),
                "layout": layout.currentData(),
                "paper": paper.currentData(),
                "orientation": orientation.currentData(),
                "tile_paper": tile_paper.currentData(),
                "appendix": appendix.isChecked(),
                "scale": scale.value(),
            }
        )

    return apply


def presentation_page(form: QFormLayout, settings: Settings) -> Apply:
    """How presentation mode starts (View ▸ Present)."""
    boxes = {
        name: _check(name, _tr(TEXT[name]), getattr(settings, name))
        for name in ("present_from_first_phase", "present_overview", "present_high_contrast")
    }
    for box in boxes.values():
        form.addRow(box)

    def apply(chosen: Settings) -> None:
        for name, box in boxes.items():
            setattr(chosen, name, box.isChecked())

    return apply


PAGES: list[tuple[str, Page]] = [
    ("general", general_page),
    ("new_maps", new_maps_page),
    ("saving", saving_page),
    ("export", export_page),
    ("presentation", presentation_page),
]
"""(name, page) pairs; the tab title is ``TEXT[name]`` and the tab's objectName ``page:<name>``."""


class PreferencesDialog(QDialog):
    """The user's choices, applied to ``settings`` on OK; Cancel changes nothing."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.settings = settings
        self.initial = settings.model_copy(deep=True)
        self.draft = settings.model_copy(deep=True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preference_pages")
        self.applies: list[Apply] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        column.addWidget(self.buttons)
        self._build_pages()

    def _build_pages(self) -> None:
        """(Re)build every page from the draft, in the interface language."""
        self.setWindowTitle(_tr(TEXT["window"]))
        shown = self.tabs.currentIndex()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.setParent(None)  # gone now (Python owns it): no stale editors to find
        self.applies = []
        for name, page in PAGES:
            widget = QWidget()
            widget.setObjectName(f"page:{name}")
            self.applies.append(page(QFormLayout(widget), self.draft))
            self.tabs.addTab(widget, _tr(TEXT[name]))
        self.tabs.setCurrentIndex(max(0, shown))
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes from the page tabs through the page's fields, then to OK and Cancel."""
        chain: list[QWidget] = [self.tabs.tabBar()]
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None:
                chain += [
                    child
                    for child in page.findChildren(QWidget)
                    if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled()
                ]
        chain += list(self.buttons.buttons())
        chain = [widget for widget in chain if widget.window() is self]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the keyboard on the shown page's first field (not on the tabs or a button)."""
        page = self.tabs.currentWidget()
        fields = [] if page is None else [
            child
            for child in page.findChildren(QWidget)
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled()
        ]
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Every text again in the interface language; choices made so far are kept."""
        for apply in self.applies:
            apply(self.draft)
        self._build_pages()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Copy the changed choices into the settings (validated), then close."""
        for apply in self.applies:
            apply(self.draft)
        checked = Settings.model_validate(self.draft.model_dump())
        changed = [
            name
            for name in type(checked).model_fields
            if getattr(checked, name) != getattr(self.initial, name)  # only what the user chose
        ]
        for name in changed:
            setattr(self.settings, name, getattr(checked, name))
        super().accept()
        self._take_effect(changed)

    def _take_effect(self, changed: list[str]) -> None:
        """A new theme or language shows at once, in the window that opened the dialog."""
        window = self.parentWidget()
        if "theme" in changed:
            set_theme = getattr(window, "set_theme", None)
            if callable(set_theme):
                set_theme(self.settings.theme)
            else:
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    apply_palette(app, resolve(self.settings.theme))
        if "ui_language" in changed:
            set_language = getattr(window, "set_interface_language", None)
            if callable(set_language):
                set_language(self.settings.ui_language)
            else:
                i18n.install(i18n.resolve(self.settings.ui_language))
