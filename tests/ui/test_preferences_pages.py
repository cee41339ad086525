"""Edit ▸ Preferences, every page: interface language, theme (with high contrast), new maps,
export defaults and presentation; each editor named after its setting, in French too."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from app import i18n
from app.export.qt.theme import HIGH_CONTRAST, LIGHT
from app.ui.appearance import apply_palette
from app.ui.main_window import MainWindow
from app.ui.preferences import PreferencesDialog
from app.ui.settings import ExportChoices, Settings, load_settings, save_settings

EDITORS = (QComboBox, QSpinBox, QDoubleSpinBox, QCheckBox)


pytestmark = pytest.mark.usefixtures("scratch_home")  # tests/ui/conftest.py


@pytest.fixture(autouse=True)
def back_to_english_and_light(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en")
    apply_palette(qapp, LIGHT)


def open_preferences(qtbot, settings: Settings, parent: QWidget | None = None) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def show_page(qtbot, dialog: PreferencesDialog, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Click the page's tab, as a user would."""
    tabs = dialog.findChild(QTabWidget)
    page = dialog.findChild(QWidget, f"page:{name}")
    index = tabs.indexOf(page)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page
    return page


def choose(qtbot, dialog: PreferencesDialog, name: str, value: object) -> QComboBox:  # type: ignore[no-untyped-def]
    """Pick ``value`` in the drop-down list ``name`` with the arrow keys."""
    box = dialog.findChild(QComboBox, name)
    assert box is not None, name
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == value:
            return box
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == value, f"{name} offers no {value!r}"
    return box


def tick(qtbot, dialog: PreferencesDialog, name: str) -> QCheckBox:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QCheckBox, name)
    assert box is not None, name
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    return box


def press_ok(qtbot, dialog: PreferencesDialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_every_editor_is_named_after_the_setting_it_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_preferences(qtbot, Settings())
    names = {w.objectName() for kind in EDITORS for w in dialog.findChildren(kind)}
    settings = set(Settings.model_fields)
    exports = {f"export.{name}" for name in ExportChoices.model_fields}
    assert names <= settings | exports, names - settings - exports
    assert names >= {
        "ui_language",
        "theme",
        "default_template",
        "default_map_language",
        "autosave_seconds",
        "keep_backup",
        "export.format",
        "export.layout",
        "export.paper",
        "export.orientation",
        "export.tile_paper",
        "export.appendix",
        "export.scale",
        "present_from_first_phase",
        "present_overview",
        "present_high_contrast",
    }
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Interface",
        "New maps",
        "Saving",
        "Export",
        "Presentation",
    ]
    theme = dialog.findChild(QComboBox, "theme")
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Follow the system",
        "Light",
        "Dark",
        "High contrast",
    ]


def test_choosing_high_contrast_repaints_the_map_and_the_window_at_once(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    dialog = open_preferences(qtbot, window.settings, window)
    show_page(qtbot, dialog, "general")
    choose(qtbot, dialog, "theme", "high-contrast")
    assert window.scene.theme is not HIGH_CONTRAST, "nothing before OK"
    press_ok(qtbot, dialog)

    assert window.settings.theme == "high-contrast"
    assert window.scene.theme is HIGH_CONTRAST
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    if "theme:high-contrast" in window.actions_by_id:
        assert window.actions_by_id["theme:high-contrast"].isChecked()


def test_choosing_french_translates_the_open_window_and_keeps_the_map(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    title, cards = window.document.title, len(window.document.touchpoints)
    window.scene.select_only([window.document.touchpoints[0].id])
    dialog = open_preferences(qtbot, window.settings, window)
    choose(qtbot, dialog, "ui_language", "fr")
    press_ok(qtbot, dialog)

    assert window.settings.ui_language == "fr"
    assert i18n.current_language() == "fr"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Fichier" in menus or "&File" not in menus, menus
    assert (window.document.title, len(window.document.touchpoints)) == (title, cards)
    assert window.scene.selected_touchpoints() == [window.document.touchpoints[0].id]


def test_new_maps_use_the_chosen_template_and_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    assert settings.new_map_language("fr") == "fr", "by default: the interface's language"
    dialog = open_preferences(qtbot, settings)
    show_page(qtbot, dialog, "new_maps")
    choose(qtbot, dialog, "default_template", "blank")
    choose(qtbot, dialog, "default_map_language", "fr")
    press_ok(qtbot, dialog)
    assert settings.default_template == "blank"
    assert settings.new_map_language("en") == "fr"


def test_export_defaults_are_the_choices_the_export_dialog_offers(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.export.folder = "/maps/exports"
    dialog = open_preferences(qtbot, settings)
    show_page(qtbot, dialog, "export")
    choose(qtbot, dialog, "export.paper", "A2")
    choose(qtbot, dialog, "export.orientation", "portrait")
    choose(qtbot, dialog, "export.layout", "tiles")
    tick(qtbot, dialog, "export.appendix")
    scale = dialog.findChild(QDoubleSpinBox, "export.scale")
    scale.setFocus()
    qtbot.keyClick(scale, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(scale, "3")
    press_ok(qtbot, dialog)

    export = settings.export
    assert (export.paper, export.orientation, export.layout) == ("A2", "portrait", "tiles")
    assert not export.appendix
    assert export.scale == 3.0
    assert export.folder == "/maps/exports", "the last folder is kept"


def test_presentation_defaults_and_saving_them_for_next_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = open_preferences(qtbot, settings)
    show_page(qtbot, dialog, "presentation")
    tick(qtbot, dialog, "present_overview")
    tick(qtbot, dialog, "present_high_contrast")
    press_ok(qtbot, dialog)
    assert settings.present_overview and settings.present_high_contrast
    assert not settings.present_from_first_phase

    settings.theme = "high-contrast"
    save_settings(settings)
    again = load_settings()
    assert again.present_overview and again.present_high_contrast
    assert again.theme == "high-contrast"


def test_the_dialog_in_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    dialog = open_preferences(qtbot, Settings())
    assert dialog.windowTitle() == "Préférences"
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Interface",
        "Nouvelles cartes",
        "Enregistrement",
        "Exportation",
        "Présentation",
    ]
    theme = dialog.findChild(QComboBox, "theme")
    assert theme.itemText(3) == "Contraste élevé"
    language = dialog.findChild(QComboBox, "ui_language")
    assert [language.itemText(i) for i in range(3)] == ["Suivre le système", "English", "Français"]
    template = dialog.findChild(QComboBox, "default_template")
    assert "Parcours client en cinq phases" in [
        template.itemText(i) for i in range(template.count())
    ]


def test_the_open_dialog_follows_a_language_change_and_keeps_what_was_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_preferences(qtbot, Settings())
    choose(qtbot, dialog, "theme", "dark")
    i18n.install("fr")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Préférences")
    assert dialog.findChild(QComboBox, "theme").currentText() == "Sombre"


def test_the_keyboard_starts_on_the_first_field_and_enter_accepts(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+, then Down, Enter: French, without a mouse; Tab walks the fields, then OK, Cancel."""
    window: MainWindow = make_window()
    dialog = open_preferences(qtbot, window.settings, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    assert first is not None and first.objectName() == "ui_language"
    walked = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        walked.append(focused.objectName() or focused.text())  # type: ignore[attr-defined]
    assert walked[0] == "theme"
    assert walked[1:3] == ["OK", "Cancel"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the page tabs, then the field
    while QApplication.focusWidget() is not first:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    combo = first
    assert isinstance(combo, QComboBox)
    while combo.currentData() != "fr":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.settings.ui_language == "fr"
