"""A first launch shows the sample map and lays out no other map on the way; the window is
built in the chosen theme's palette (its icons drawn in its text colour)."""

from pathlib import Path

from tests.ui.fresh_process import run_fresh

START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.main_window import MainWindow

shown = []
original = MainWindow.set_document

def counting(self, doc, path, read_only=False):
    shown.append(doc.title)
    original(self, doc, path, read_only)

MainWindow.set_document = counting
app = QApplication(sys.argv[:1])
if len(sys.argv) > 1:
    from app.ui import settings
    load = settings.load_settings

    def themed():
        chosen = load()
        chosen.theme = sys.argv[1]
        return chosen

    settings.load_settings = themed

def report():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    print(" | ".join(shown))
    print(window.windowTitle())
    image = window.actions_by_id["present"].icon().pixmap(32, 32).toImage()
    inked = {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
             if image.pixelColor(x, y).alpha() > 200}
    print(",".join(sorted(inked)))
    print(window.palette().color(window.palette().ColorRole.WindowText).name())
    sys.stdout.flush()
    import os
    os._exit(0)

QTimer.singleShot(300, report)
from app.ui.app import run_editor
run_editor()
"""


def _start(tmp_path: Path, *arguments: str) -> list[str]:
    return run_fresh(tmp_path, START, *arguments)


def test_a_first_launch_builds_the_window_on_the_sample_map(tmp_path: Path) -> None:
    shown, title, _inked, _text = _start(tmp_path)
    assert shown == "Buying a first guitar online"  # one map laid out: no new map before it
    assert title == "Buying a first guitar online (unsaved)[*] — Parcours"


def test_in_the_dark_theme_the_toolbar_icons_are_drawn_in_the_text_colour(tmp_path: Path) -> None:
    _shown, _title, inked, text = _start(tmp_path, "dark")
    colours = set(inked.split(","))
    assert text != "#000000"  # the dark palette's text is light
    assert text in colours and "#000000" not in colours  # not black icons on a dark window
