"""Start-up loads only what the first window needs: exports, dialogs and PDF libraries wait.

Each check runs in a fresh Python process and looks at ``sys.modules`` (never at the
clock): a module imported at start-up by mistake fails here on any machine.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.resources import sample_map

NOT_AT_START_UP = (
    "reportlab",
    "pypdf",
    "app.export.pdf",
    "app.export.pdfdraw",
    "app.export.raster",
    "app.export.pngwriter",
    "app.export.printing",
    "app.export.embed",
    "app.export.share",
    "app.ui.export_dialog",
    "app.ui.preferences",
    "app.ui.compare_view",
    "app.ui.future_state",
    "app.ui.shortcuts_help",
    "app.model.mermaid",
    "app.model.compare",
    "PySide6.QtPrintSupport",
)
"""Loaded when the user first asks for them (File > Export, Preferences, Print...)."""

EDITOR_UNTIL_SHOWN = """
import json, sys
from PySide6.QtWidgets import QApplication

def shown():  # in place of the event loop: the window is built and shown, the map open
    print(json.dumps(sorted(sys.modules)))
    return 0

QApplication.exec = staticmethod(shown)
from app.cli import main
sys.exit(main([sys.argv[1]]))
"""


def _printed(code: str, *arguments: str, home: Path) -> list[str]:
    """The lines a fresh process running ``code`` printed (English, offscreen, ``home``)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LANGUAGE": "en",
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()


def _modules_after(code: str, *arguments: str, home: Path) -> set[str]:
    """The modules a fresh process has loaded after running ``code``."""
    return set(json.loads(_printed(code, *arguments, home=home)[-1]))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for name in names if m == name or m.startswith(name + "."))


def test_importing_the_main_window_loads_no_export_library_and_no_dialog(tmp_path: Path) -> None:
    code = "import json, sys\nimport app.ui.main_window\nprint(json.dumps(sorted(sys.modules)))"
    modules = _modules_after(code, home=tmp_path)
    assert "app.ui.main_window" in modules
    assert _loaded(modules, NOT_AT_START_UP) == []


def test_the_editor_opens_a_map_without_loading_export_libraries_or_dialogs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "guitar.journey"
    shutil.copy(sample_map("en"), path)
    modules = _modules_after(EDITOR_UNTIL_SHOWN, str(path), home=tmp_path)
    assert "app.ui.main_window" in modules  # the window was really built
    assert _loaded(modules, NOT_AT_START_UP) == []


def test_parcours_version_starts_no_qt_and_no_export_library(tmp_path: Path) -> None:
    code = (
        "import contextlib, json, sys\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(SystemExit):\n"
        "    main(['--version'])\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    modules = _modules_after(code, home=tmp_path)
    assert _loaded(modules, ("PySide6", *NOT_AT_START_UP)) == []


def test_parcours_help_loads_neither_qt_nor_pydantic(tmp_path: Path) -> None:
    code = (
        "import contextlib, json, sys\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    modules = _modules_after(code, home=tmp_path)
    assert "app.cli_export" in modules  # the help of every command was really built
    assert _loaded(modules, ("PySide6", "pydantic", "app.model.document")) == []


PAINTED_FIRST = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
at_first_paint = []


class PaintWatch(QObject):
    def eventFilter(self, watched, event):
        if (
            not at_first_paint
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and type(watched.window()).__name__ == "MainWindow"
        ):
            at_first_paint.append(sorted(sys.modules))
        return False


watch = PaintWatch()
app.installEventFilter(watch)


def shown():  # in place of the event loop: the window is complete, the map open
    print(json.dumps(at_first_paint[0] if at_first_paint else []))
    print(json.dumps(sorted(sys.modules)))
    return 0


QApplication.exec = staticmethod(shown)
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_window_is_painted_before_pydantic_and_the_map_model_are_imported(
    tmp_path: Path,
) -> None:
    printed = _printed(PAINTED_FIRST, home=tmp_path)
    first_paint, after = (set(json.loads(line)) for line in printed[-2:])
    assert "app.ui.main_window" in first_paint, "the main window was painted"
    heavy = ("pydantic", "app.model.document", "app.model.fileformat", "app.layout")
    assert _loaded(first_paint, heavy) == []
    assert _loaded(first_paint, ("app.ui.canvas", "app.ui.docks", "app.ui.settings")) == []
    # Then the window was completed and the sample map shown, with the model.
    assert {"pydantic", "app.model.document", "app.ui.canvas.view"} <= after
    assert _loaded(after, NOT_AT_START_UP) == []
