"""Screenshots of the real editor for the docs: light and dark, English and French, two sizes.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_FOLDER
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

SHOTS = (
    # name, size, theme, language, zoom (None: fit the map)
    ("editor-1280x800-light-en", (1280, 800), "light", "en", 0.55),
    ("editor-1280x800-dark-fr", (1280, 800), "dark", "fr", 0.55),
    ("editor-1920x1080-light-fr", (1920, 1080), "light", "fr", None),
    ("editor-1920x1080-dark-en", (1920, 1080), "dark", "en", None),
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    for name, size, theme, language, zoom in SHOTS:
        window = MainWindow(settings=Settings(theme=theme), persist=False)
        apply_palette(app, window.theme)
        window.resize(*size)
        window.show()
        window.open(sample_map(language))
        _settle(app)
        if zoom is None:
            window.canvas.fit_map()
        else:
            window.canvas.set_zoom(zoom)
            window.canvas.show_top_left()
        _settle(app)
        window.grab().save(str(out / f"{name}.png"))
        window.session.undo_stack.setClean()
        window.close()
    _big_map(app, out)


def _big_map(app: QApplication, out: Path) -> None:
    from app.model.fileformat import save
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    sys.path.insert(0, str(Path(__file__).parent))
    from make_big_map import big_map

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.journey"
        save(big_map(300, 4), path)
        window = MainWindow(settings=Settings(theme="light"), persist=False)
        apply_palette(app, window.theme)
        window.resize(1920, 1080)
        window.show()
        window.open(path)
        _settle(app)
        window.canvas.set_zoom(0.3)
        window.canvas.show_top_left()
        _settle(app)
        window.grab().save(str(out / "editor-big-map-30-percent.png"))
        window.close()


def _settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


if __name__ == "__main__":
    main()
