"""Starting the editor: the interface language, a display check, the palette, the window,
the first map."""

import os
import sys
from pathlib import Path

from app.i18n import translate


def display_problem() -> str | None:
    """Why Parcours cannot show a window here, or None when it can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the user chose a platform on purpose
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return translate(
            "App",
            "Parcours cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from a desktop session, or use the command "
            "line without a window: parcours --help",
        )
    return None


def run_editor(path: Path | None = None, language: str | None = None) -> int:
    """Open the editor on ``path``, else the last map, else the sample; return the status.

    ``language`` (``parcours --lang fr``) overrides the interface language of the settings
    for this run.
    """
    from app import i18n
    from app.ui.settings import load_settings

    settings = load_settings()  # QSettings names its store itself: no QApplication needed
    i18n.install(language or i18n.resolve(settings.ui_language))  # before any text is made
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)  # noqa: T201 - the only way to say it without a window
        return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Parcours")
    app.setOrganizationName("Parcours")
    app.setApplicationDisplayName("Parcours")
    i18n.attach()  # Qt's own buttons and dialogs (qtbase_fr.qm) and Parcours' catalogues
    from app.ui.crash import install_crash_handler

    install_crash_handler("Parcours")  # after the names: they choose the data folder

    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow

    window = MainWindow(settings)
    apply_palette(app, window.theme)
    if window.settings.geometry:
        window.show()
    else:
        window.showMaximized()  # first launch: a map wants room
    from app.ui.recovery_dialog import offer_recovery

    if offer_recovery(window):  # a restored map is showing: open nothing over it
        return app.exec()
    last = window.settings.last_file
    if path is not None:
        if not window.open(path):
            window.open_sample()
    elif last and Path(last).exists():
        if not window.open(last):
            window.open_sample()
    else:
        window.open_sample()
    return app.exec()
