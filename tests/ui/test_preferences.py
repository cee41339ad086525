"""Edit ▸ Preferences: the autosave interval and backups, applied on OK only."""


import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QSpinBox

from app.model.commands import edit
from app.ui.autosave import Autosave
from app.ui.main_window import MainWindow
from app.ui.preferences import PreferencesDialog
from app.ui.settings import Settings

pytestmark = pytest.mark.usefixtures("scratch_home")  # tests/ui/conftest.py


def open_preferences(qtbot, settings: Settings) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def type_seconds(qtbot, dialog: PreferencesDialog, text: str) -> QSpinBox:  # type: ignore[no-untyped-def]
    spin = dialog.findChild(QSpinBox, "autosave_seconds")
    assert spin is not None
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    return spin


def press(qtbot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(which), Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_current_choices(qtbot) -> None:
    dialog = open_preferences(qtbot, Settings(autosave_seconds=45, keep_backup=True))
    assert dialog.objectName() == "preferences"
    spin = dialog.findChild(QSpinBox, "autosave_seconds")
    assert (spin.value(), spin.minimum(), spin.maximum(), spin.suffix()) == (45, 5, 3600, " s")
    backup = dialog.findChild(QCheckBox, "keep_backup")
    assert backup.isChecked()
    assert backup.text() == "Keep the previous version as a backup beside the file"


def test_ok_changes_the_interval_and_the_backup_choice(qtbot) -> None:
    settings = Settings()
    settings.recent_files = ["/maps/a.journey"]
    dialog = open_preferences(qtbot, settings)
    spin = type_seconds(qtbot, dialog, "120")
    assert spin.value() == 120
    qtbot.mouseClick(dialog.findChild(QCheckBox, "keep_backup"), Qt.MouseButton.LeftButton)
    assert settings.autosave_seconds == 30 and not settings.keep_backup, "nothing before OK"

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert settings.autosave_seconds == 120
    assert settings.keep_backup
    assert settings.recent_files == ["/maps/a.journey"], "other settings are kept"
    assert not dialog.isVisible()


def test_cancel_changes_nothing(qtbot) -> None:
    settings = Settings()
    dialog = open_preferences(qtbot, settings)
    type_seconds(qtbot, dialog, "600")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "keep_backup"), Qt.MouseButton.LeftButton)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert settings == Settings()


def test_an_interval_below_five_seconds_is_not_taken(qtbot) -> None:
    settings = Settings()
    dialog = open_preferences(qtbot, settings)
    type_seconds(qtbot, dialog, "1")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.autosave_seconds == 30


def test_a_new_interval_applies_to_the_running_autosave_at_once(make_window, qtbot) -> None:
    window: MainWindow = make_window()
    autosave = getattr(window, "autosave", None) or Autosave(window)
    dialog = PreferencesDialog(window.settings, window)
    with qtbot.waitExposed(dialog):
        dialog.show()
    type_seconds(qtbot, dialog, "7")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    doc = window.document
    window.session.push(edit(doc, "map", doc.id, title="Timed"))

    assert autosave.timer.isActive()
    assert autosave.timer.interval() == 7000


def test_ctrl_comma_opens_preferences_from_the_main_window(make_window, qtbot) -> None:
    window: MainWindow = make_window()
    if "preferences" not in window.actions_by_id:
        pytest.skip("the main window has no Preferences action yet")
    action = window.actions_by_id["preferences"]
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    seen: list[PreferencesDialog] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog) or not dialog.isVisible():
            QTimer.singleShot(20, choose)
            return
        seen.append(dialog)
        type_seconds(qtbot, dialog, "12")
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    QTimer.singleShot(0, choose)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)
    assert window.settings.autosave_seconds == 12
