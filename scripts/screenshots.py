"""Screenshots of the real editor for the docs: light, dark and high contrast, the English and
French interfaces, two sizes, Preferences, and each panel (inspector, personas, structure,
channels) cropped to its dock.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_FOLDER
"""

import io
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SHOTS = (
    # name, size, theme, language (of the interface and the map), zoom (None: fit the map)
    ("editor-1280x800-light-en", (1280, 800), "light", "en", 0.55),
    ("editor-1280x800-dark-fr", (1280, 800), "dark", "fr", 0.55),
    ("editor-1920x1080-light-fr", (1920, 1080), "light", "fr", None),
    ("editor-1920x1080-dark-en", (1920, 1080), "dark", "en", None),
    ("editor-1600x1000-high-contrast-fr", (1600, 1000), "high-contrast", "fr", 0.6),
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app import i18n
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    for name, size, theme, language, zoom in SHOTS:
        i18n.install(language)
        i18n.attach()
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
        if theme == "high-contrast":  # with a card selected and the keyboard's focus ring
            _select_card(app, window, "Carte refusée chez MegaSound")
            window.canvas.setFocus()
            window.canvas.keys.show_ring(True)
        _settle(app)
        _save(window.grab(), out / f"{name}.png")
        window.undo_stack.setClean()
        window.close()
    for theme in ("light", "dark", "high-contrast"):
        _preferences(app, out, theme)
    i18n.install("en")
    _big_map(app, out)
    _all_docks(app, out)
    for theme in ("light", "dark"):
        _panels(app, out, theme)


CARD = "Card declined at MegaSound"
"""The sample's card with the most to show: moment of truth, pain points, opportunities,
metrics and both personas' scores."""


def _window(app: QApplication, theme: str, size: tuple[int, int]) -> "MainWindow":
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(settings=Settings(theme=theme), persist=False)
    apply_palette(app, window.theme)
    window.resize(*size)
    window.show()
    window.open(sample_map("en"))
    _settle(app)
    return window


def _select_card(app: QApplication, window: "MainWindow", title: str) -> None:
    card = next(tp for tp in window.document.touchpoints if tp.title == title)
    window.scene.select_only([card.id])
    _settle(app)


def _all_docks(app: QApplication, out: Path) -> None:
    """The whole window with every panel, a card selected and shown in the inspector."""
    window = _window(app, "light", (1600, 1000))
    window.canvas.set_zoom(0.6)
    window.canvas.show_top_left()
    _select_card(app, window, CARD)
    card = window.scene.selected_touchpoints()[0]
    item = window.scene.item_for(card)
    assert item is not None
    window.canvas.ensureVisible(item.sceneBoundingRect(), 320, 0)  # the card and its neighbours
    _settle(app)
    _save(window.grab(), out / "editor-panels-light-en.png")
    window.close()


def _panels(app: QApplication, out: Path, theme: str) -> None:
    """Each panel cropped to its dock, alone in the window and tall enough to show all it holds."""
    window = _window(app, theme, (1600, 1000))
    docks = window.panels.docks

    def grab(name: str, file_name: str, width: int, height: int | None = None) -> None:
        dock = docks[name]
        for other in docks.values():
            other.setVisible(other is dock)
        _settle(app)
        for _ in range(2):  # the window's height is the dock's plus the menu and status bars
            wanted = height if height is not None else _form_height(window)
            window.resize(window.width(), window.height() - dock.height() + wanted)
            window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            _settle(app)
        _save(dock.grab(), out / f"{file_name}-{theme}.png")

    _select_card(app, window, CARD)
    grab("inspector", "inspector-card", 400)
    persona = window.document.personas[0].id
    window.panels.personas.select_persona(persona)
    _settle(app)
    grab("inspector", "inspector-persona", 400)
    window.scene.clearSelection()
    window.panels.inspector.show_map()
    _settle(app)
    grab("inspector", "inspector-map", 400)
    grab("personas", "personas-panel", 360, 580)
    lanes = window.panels.structure.lane_list
    lanes.setCurrentRow(next(i for i, lane in enumerate(window.document.lanes) if lane.field))
    grab("structure", "structure-panel", 300, 620)
    grab("channels", "channel-palette", 220, 500)
    window.undo_stack.setClean()
    window.close()


def _preferences(app: QApplication, out: Path, theme: str) -> None:
    """Edit ▸ Preferences, in French, on its General page."""
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.preferences import PreferencesDialog
    from app.ui.settings import Settings

    window = MainWindow(settings=Settings(theme=theme), persist=False)
    apply_palette(app, window.theme)
    window.resize(1280, 800)
    window.show()
    window.open(sample_map("fr"))
    dialog = PreferencesDialog(window.settings, window)
    dialog.show()
    _settle(app)
    _save(dialog.grab(), out / f"preferences-{theme}-fr.png")
    dialog.close()
    window.undo_stack.setClean()
    window.close()


def _form_height(window: "MainWindow") -> int:
    inspector = window.panels.inspector
    page = inspector.scroll_area.widget()
    assert page is not None
    return page.sizeHint().height() + inspector.header.sizeHint().height() + 40


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
        _save(window.grab(), out / "editor-big-map-30-percent.png")
        window.close()


def _save(pixmap: QPixmap, path: Path) -> None:
    """Save a screenshot as a 256-colour PNG, a third of the size and no visible difference
    for flat interface colours (Pillow comes with reportlab; without it, full colour)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    try:
        from PIL import Image
    except ImportError:
        path.write_bytes(bytes(data.data()))
        return
    image = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    reduced = image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


def _settle(app: QApplication) -> None:
    """Let layouts, repaints and zero-delay timers (the inspector follows the selection) run."""
    del app
    QTest.qWait(40)


if __name__ == "__main__":
    main()
