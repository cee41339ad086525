"""Where the bundled resources (icons, samples, fonts, translations) live.

They are package data of ``app`` (the folder ``app/data``), found through
:mod:`importlib.resources`, so the same code works from the source tree, from a
wheel installed with pip or pipx, and from the PyInstaller bundle. Qt and
reportlab need real files: when the package is not on the file system (a zip),
the data folder is extracted once for the life of the process.
"""

import atexit
import linecache
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path


def _data_folder() -> Path:
    """The ``app/data`` folder as a real directory."""
    data = files("app") / "data"
    if isinstance(data, Path):  # a package on the file system: nothing to extract
        return data.resolve()
    stack = ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(as_file(data)))


RESOURCES = _data_folder()
SAMPLES = RESOURCES / "samples"
ICONS = RESOURCES / "icons"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"


def sample_map(language: str = "en") -> Path:
    """The sample map shown on first launch, in ``language`` (English when missing)."""
    path = SAMPLES / f"guitar-purchase.{language}.journey"
    return path if path.exists() else SAMPLES / "guitar-purchase.en.journey"


def forget_module_sources() -> None:
    """Drop the source text of the modules that Python's line cache holds (≈ 10 MiB).

    PySide6 reads the whole source of every module imported after it (its
    ``__feature__`` import hook looks for the word "PySide6" in each, through
    ``inspect.getsource``), and :mod:`linecache` keeps that text for the life of the
    process: 98,000 lines, 10 MiB, once the editor's modules are imported — 7 % of
    the memory of a window showing a 2,000-touchpoint map. Nothing needs it: a
    traceback reads the lines it shows from the file again. Called once start-up has
    imported what the window needs, before a map is read (the freed memory then holds
    the map), and again after later imports if wanted: it costs nothing.
    """
    linecache.clearcache()
