"""What the suite measures in a fresh process: ``python -m benchmarks.child TASK [ARGS]``.

Each task prints one JSON line and exits at once (``os._exit``: tearing down Qt is not
part of any figure):

- ``startup``: the editor as ``python -m app`` starts it, until its main window (the
  ``MainWindow`` that then shows the map) is first painted: the window's frame, menus and
  toolbar, is painted before the map is built;
- ``b_qt``: ``B_qt``, an empty QMainWindow shown and painted once;
- ``open PATH N``: ``python -m app PATH`` until the canvas is painted with its N cards;
- ``b_open PATH``: ``B_parse`` + ``B_scene``: ``json.loads`` of the file, then the bare
  scene shown and painted;
- ``png PATH OUT``: the 2× PNG export as the command line writes it;
- ``b_png PATH OUT BAND_BYTES``: ``B_png``, ``B_scene`` rendered at 2× in bands;
- ``growth PATH``: resident memory after one open, then after 10 reopenings and 100 edits.

Fresh-process tasks report ``painted_at`` (``time.time()``, compared by the parent with
the moment it started the process); the others report ``seconds``. All report
``peak_kib``, the process's peak resident memory (``VmHWM``).
"""

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIMEOUT_MS = 120_000
"""A fresh process that has not painted by then has failed (exit status 3)."""
_KEEP: list[object] = []


def _peak_kib() -> int:
    """This process's peak resident memory.

    ``VmHWM`` rather than ``ru_maxrss``: Linux carries ``ru_maxrss`` over from the parent
    through fork and exec, so a small child of a big suite would report the suite's size.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _finish(**values: Any) -> None:
    values.setdefault("peak_kib", _peak_kib())
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _exit_when_painted(app: Any, ready: Any) -> None:
    """Report as soon as a paint of the window ``ready(window)`` accepts has finished."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.fired
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and ready(watched)
            ):
                self.fired = True
                # Reported on the next turn of the event loop: after this paint is done.
                QTimer.singleShot(0, lambda: _finish(painted_at=time.time()))
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)
    _KEEP.append(watch)  # alive as long as the process
    QTimer.singleShot(TIMEOUT_MS, lambda: os._exit(3))


def _canvas_painted(cards: int | None) -> Any:
    """A test for the editor's canvas viewport (of a window showing ``cards`` cards)."""

    def ready(widget: Any) -> bool:
        window = widget.window()
        canvas = getattr(window, "canvas", None)
        if canvas is None or widget.parent() is not canvas:
            return False
        if cards is None:
            return window.session is not None
        return window.session is not None and len(window.session.document.touchpoints) == cards

    return ready


def _main_window_painted(widget: Any) -> bool:
    """A test for any part of the editor's main window (the ``MainWindow`` object that
    shows the map once it is complete)."""
    module = sys.modules.get("app.ui.main_window")
    return module is not None and isinstance(widget.window(), module.MainWindow)


def editor(path: str | None, cards: int | None) -> None:
    """The editor as ``python -m app [PATH]`` runs it, stopped after its main window is
    first painted (no ``PATH``), or after its canvas is painted with the ``cards`` cards.

    The application object is made first, only so that the paint watch can be
    installed; the editor makes the same one (``QApplication.instance() or ...``).
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _exit_when_painted(app, _main_window_painted if cards is None else _canvas_painted(cards))
    from app.cli import main

    main([path] if path else [])
    os._exit(4)  # the editor closed without painting


def b_qt() -> None:
    """``B_qt``: an empty QMainWindow, shown (maximized, as the editor is) and painted once."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    _exit_when_painted(app, lambda widget: widget.window() is window)
    window.showMaximized()  # as the editor opens on first launch
    app.exec()


def b_open(path: str) -> None:
    """``B_parse`` + ``B_scene``: the file parsed, the bare scene shown and painted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    data = json.loads(Path(path).read_bytes())
    from benchmarks.baselines import BareScene

    bare = BareScene(data)
    _exit_when_painted(app, lambda widget: widget is bare.view.viewport())
    app.exec()


def png(path: str, out: str) -> None:
    """The 2× PNG export, as ``parcours export PATH -o OUT --scale 2`` writes it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from app.export.formats import format_for
    from app.export.options import ExportOptions
    from app.model.fileformat import load

    app = QGuiApplication(sys.argv[:1])
    doc = load(path)
    found = format_for(Path(out))
    assert found is not None and found.writer is not None
    start = time.perf_counter()
    result = found.write(doc, ExportOptions(scale=2.0), None)
    Path(out).write_bytes(result.data)
    seconds = time.perf_counter() - start
    del app
    _finish(seconds=seconds)


def b_png(path: str, out: str, band_bytes: str) -> None:
    """``B_png``: ``B_scene`` rendered at 2× in bands of the export's size, saved as PNG."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.baselines import BareScene, png_bands, write_png

    app = QApplication(sys.argv[:1])
    bare = BareScene(json.loads(Path(path).read_bytes()))
    bare.view.hide()
    app.processEvents()
    start = time.perf_counter()
    width, height, bands = png_bands(bare, 2.0, int(band_bytes))
    write_png(Path(out), width, height, bands)
    _finish(seconds=time.perf_counter() - start)


def _resident_kib() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def growth(path: str) -> None:
    """Resident memory after one open, and after 10 reopenings and 100 edits."""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.model import commands as cmd
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(persist=False)
    window.show()

    def settle() -> int:
        app.processEvents()
        # An event loop runs deleteLater() (the previous map's session); processEvents() does not.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return _resident_kib()

    window.open(path)
    first = settle()
    for _ in range(10):
        window.open(path)
        settle()
    for i in range(100):
        doc, session = window.document, window.session
        assert session is not None
        card = doc.touchpoints[(i * 37) % len(doc.touchpoints)]
        if i % 2:
            session.push(cmd.edit(doc, "touchpoints", card.id, title=f"Edit {i}"))
        else:
            persona = doc.personas[i % len(doc.personas)].id
            session.push(cmd.set_emotion(doc, card.id, persona, (i % 9) / 2 - 2))
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    last = settle()
    _finish(first_kib=first, last_kib=last)


TASKS: dict[str, Callable[..., None]] = {
    "startup": lambda: editor(None, None),
    "b_qt": b_qt,
    "open": lambda path, cards: editor(path, int(cards)),
    "b_open": b_open,
    "png": png,
    "b_png": b_png,
    "growth": growth,
}

if __name__ == "__main__":
    TASKS[sys.argv[1]](*sys.argv[2:])
