"""The bundle's entry point: the ``parcours`` command, as ``pip`` installs it.

One addition for the smoke test (packaging/smoke_test.py) and the start-up measure in
docs/packaging.md: with ``PARCOURS_QUIT_AFTER_PAINT=<file>`` in the environment, the
editor quits as soon as its main window has painted a map once, after writing to
``<file>`` (JSON) the wall-clock time of that first paint, the window's title, its menu titles and
the interface language, so the caller can tell the editor came up, and in which language.
The same file runs from a source tree or a pip install (``python packaging/launcher.py``).
"""

import json
import os
import sys
import time


def _quit_after_first_paint(report: str) -> None:
    """Create the application now and make it quit after the main window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])  # run_editor reuses it

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            # The window's frame is painted first, its map a moment later: the report is
            # made at the first paint of a window showing a map (its title names the map).
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                window = watched.window()
                if isinstance(window, QMainWindow) and getattr(window, "session", None):
                    painted = time.time()
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, lambda: _finish(window, painted))
            return False

    def _finish(window: QMainWindow, painted: float) -> None:
        from app import i18n

        found = {
            "painted": painted,
            "title": window.windowTitle(),
            "menus": [action.text() for action in window.menuBar().actions()],
            "language": i18n.current_language(),
            "catalogues": i18n.catalogues(i18n.current_language()),
            "icon_sizes": [size.width() for size in app.windowIcon().availableSizes()]
            or ([0] if app.windowIcon().isNull() else [256]),
            "desktop_file": app.desktopFileName(),
        }
        with open(report, "w", encoding="utf-8") as file:
            json.dump(found, file, ensure_ascii=False)
        app.quit()  # not close(): nothing may ask a question on the way out

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)


def main() -> int:
    """Run the command line (which opens the editor when no command is given)."""
    report = os.environ.get("PARCOURS_QUIT_AFTER_PAINT")
    if report:
        _quit_after_first_paint(report)
    from app.cli import main as parcours

    return parcours()


if __name__ == "__main__":
    sys.exit(main())
