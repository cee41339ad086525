"""What ``scripts/time_gestures.py`` and ``scripts/time_authoring.py`` share: the editor's
window showing a copy of a big map, and a gesture timed as the user waits for it."""

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def open_window(description: str, prefix: str) -> tuple[Any, Any, Path, Path] | None:
    """Parse ``[--touchpoints N] [MAP]``, then show a 1600×1000 window with a copy of MAP
    (or of the benchmark's map of N touchpoints, made in a temporary folder).

    Returns the application, the window, the map's source and the temporary folder (None
    when the map could not be opened).
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("map", nargs="?", type=Path, help="a .journey file (copied first)")
    parser.add_argument("--touchpoints", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from benchmarks import maps

    app = QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    source = args.map or maps.write_map(scratch, args.touchpoints)
    path = scratch / "timed.journey"
    shutil.copyfile(source, path)
    window = MainWindow(persist=False)
    window.resize(1600, 1000)
    window.show()
    if not window.open(path):
        return None
    window.activateWindow()
    return app, window, source, scratch


def timed(app: Any, window: Any, gesture: Callable[[], object]) -> float:
    """Milliseconds until the window has handled ``gesture`` and repainted its canvas."""
    start = time.perf_counter()
    gesture()
    for _ in range(3):
        app.processEvents()
    window.canvas.viewport().repaint()
    return 1000 * (time.perf_counter() - start)
