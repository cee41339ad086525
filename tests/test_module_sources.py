"""PySide6's import hook: the source text it left in Python's line cache can be let go, and
it can check modules without reading them through ``inspect`` at all."""

import json
import linecache
import os
import subprocess
import sys
import traceback
from pathlib import Path

from app.resources import forget_module_sources, mentions_pyside

IMPORT_THE_WINDOW = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
import app.ui.main_window
from app.resources import forget_module_sources
held = sum(sum(map(len, entry[2])) for entry in linecache.cache.values() if len(entry) > 2)
forget_module_sources()
print(json.dumps([held, len(linecache.cache)]))
"""


def test_importing_the_window_fills_the_line_cache_and_forgetting_empties_it(
    tmp_path: Path,
) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_THE_WINDOW],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    held, left = json.loads(done.stdout.strip().splitlines()[-1])
    # PySide6 read the window's modules (hundreds of KiB of source) and linecache kept them.
    assert held > 200_000
    assert left == 0


def test_a_traceback_still_shows_its_source_lines_after_forgetting() -> None:
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    forget_module_sources()
    assert __file__ not in linecache.cache
    try:
        raise ValueError("shown with its line")
    except ValueError as error:
        text = "".join(traceback.format_exception(error))
    assert 'raise ValueError("shown with its line")' in text


LIGHTER_HOOK = """
import json, linecache, sys
from app.resources import lighten_pyside_import_hook
lighten_pyside_import_hook()
sys.path.insert(0, sys.argv[1])
import uses_qt, plain
feature = sys.modules["shibokensupport.feature"]
print(json.dumps([
    feature.pyside_feature_dict.get("uses_qt"),
    feature.pyside_feature_dict.get("plain"),
    [name for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py"))],
]))
"""


def test_the_lighter_hook_tells_modules_apart_and_keeps_no_source(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QPointF\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", LIGHTER_HOOK, str(tmp_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    uses_qt, plain, cached = json.loads(done.stdout.strip().splitlines()[-1])
    # PySide6's own marks: 0 for a module that uses it, -1 for one that does not.
    assert (uses_qt, plain) == (0, -1)
    assert cached == []


def pysides_answer(module: object) -> bool:
    """What PySide6's own check (``_mod_uses_pyside``) answers."""
    import inspect

    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_lighter_check_answers_as_pyside6s_own() -> None:
    import _json

    import PySide6.QtCore

    import app.model.document
    import app.ui.main_window

    modules = [app.ui.main_window, app.model.document, json, _json, sys, PySide6.QtCore, os]
    answers = [mentions_pyside(module) for module in modules]  # type: ignore[arg-type]
    assert answers == [pysides_answer(module) for module in modules]
    assert answers[:2] == [True, False]
