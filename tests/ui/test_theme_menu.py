"""View ▸ Theme offers every theme the settings know; File ▸ New follows Preferences."""

from typing import Any

from app.ui.appearance import THEME_CHOICES
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


def test_view_theme_offers_every_theme_and_checks_the_one_in_use(qtbot: Any) -> None:
    window = MainWindow(Settings(theme="high-contrast"), persist=False)
    qtbot.addWidget(window)
    themes = {key for key in window.actions_by_id if key.startswith("theme:")}
    assert themes == {f"theme:{choice}" for choice in THEME_CHOICES}
    assert window.actions_by_id["theme:high-contrast"].isChecked()
    assert window.theme.name == "high-contrast"
    window.actions_by_id["theme:light"].trigger()
    assert window.settings.theme == "light"
    assert not window.actions_by_id["theme:high-contrast"].isChecked()
    window.actions_by_id["theme:high-contrast"].trigger()
    assert window.settings.theme == "high-contrast" and window.theme.name == "high-contrast"


def test_file_new_map_uses_the_template_and_map_language_chosen_in_preferences(
    qtbot: Any,
) -> None:
    settings = Settings(default_template="three-phases", default_map_language="fr")
    window = MainWindow(settings, persist=False)
    qtbot.addWidget(window)
    assert window.document.language == "fr" and len(window.document.phases) == 3
    window.settings.default_template = "blank"
    window.settings.default_map_language = "en"
    window.actions_by_id["new"].trigger()
    assert window.document.language == "en" and len(window.document.phases) == 1
    assert window.document.title == "Blank map"
