"""Screenshots of presentation mode for the docs: one phase and the whole-map overview, each in
the normal and the high-contrast projector theme, on a 1920×1080 screen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/presentation_shots.py OUT_FOLDER
(or call :func:`save_presentation_shots` from another script with a QApplication running).
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SCREEN = QSize(1920, 1080)
PHASE = 2
"""The sample's Purchase phase: a card declined, a second shop, the emotion dip."""


def save_presentation_shots(out: Path, language: str = "en") -> list[Path]:
    """Save presentation-{phase,overview}[-high-contrast].png of the sample map into ``out``."""
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.presentation import Presentation
    from app.ui.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication), "needs a QApplication"
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings=Settings(theme="light"), persist=False)
    apply_palette(app, window.theme)
    window.resize(SCREEN)
    window.show()
    window.open(sample_map(language))
    _settle(app)
    mode = getattr(window, "presentation", None)
    if not isinstance(mode, Presentation):  # until the main window creates its own
        mode = Presentation(window)
    mode.start()
    _settle(app)
    if window.size() != SCREEN:  # the offscreen screen is smaller than a projector's
        window.resize(SCREEN)
        _settle(app)
    saved: list[Path] = []
    for contrast in (False, True):
        if mode.high_contrast != contrast:
            mode.toggle_high_contrast()
        suffix = "-high-contrast" if contrast else ""
        mode.show_phase(PHASE)
        _settle(app)
        saved.append(_save(window, out / f"presentation-phase{suffix}.png"))
        mode.toggle_overview()
        _settle(app)
        saved.append(_save(window, out / f"presentation-overview{suffix}.png"))
        mode.toggle_overview()
    mode.stop()
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    _settle(app)
    return saved


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(window: "MainWindow", path: Path) -> Path:
    window.grab().save(str(path), "PNG")
    return path


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QApplication(sys.argv[:1])
    for path in save_presentation_shots(out):
        sys.stdout.write(f"{path}\n")
    del app


if __name__ == "__main__":
    main()
