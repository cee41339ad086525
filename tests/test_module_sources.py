"""The source text PySide6's import hook leaves in Python's line cache can be let go."""

import json
import linecache
import os
import subprocess
import sys
import traceback
from pathlib import Path

from app.resources import forget_module_sources

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
