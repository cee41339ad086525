"""Where the bundled resources (icons, samples, fonts, translations) live.

They are package data of ``app`` (the folder ``app/data``), found through
:mod:`importlib.resources`, so the same code works from the source tree, from a
wheel installed with pip or pipx, and from the PyInstaller bundle. Qt and
reportlab need real files: when the package is not on the file system (a zip),
the data folder is extracted once for the life of the process.
"""

import atexit
import inspect
import linecache
import sys
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path
from types import ModuleType


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
    """Drop the source text of the modules that Python's line cache holds.

    PySide6 reads the whole source of every module imported after it (see
    :func:`lighten_pyside_import_hook`); through ``inspect.getsource``, :mod:`linecache`
    kept that text for the life of the process: 98,000 lines, 10 MiB, once the editor's
    modules are imported. The hook no longer fills the cache, but anything that imports
    before :mod:`app.i18n` still did, and so do warnings. Nothing needs it: a traceback
    reads the lines it shows from the file again. Called once start-up has imported what
    the window needs, before a map is read (the freed memory then holds the map).
    """
    linecache.clearcache()


def lighten_pyside_import_hook() -> None:
    """Let PySide6 check each module imported after it by reading its file once.

    PySide6 hooks ``import`` to learn which modules use it (those may switch its
    ``__feature__`` options on): it looks for the word "PySide6" in each module's source,
    got through ``inspect.getsource``, which reads the file line by line, tokenises it and
    leaves its text in :mod:`linecache` — 7 % of the time to open a map in a fresh
    process (≈ 25 ms of 700 at 2,000 cards). The same question is answered here from the
    file's bytes; modules without a source file use PySide6 no more than before (its
    answer was False for them too). Does nothing if this PySide6 has no such check.
    """
    import PySide6  # noqa: F401 - installs the hook (shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]  # noqa: SLF001


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the source file of ``module`` contains the word "PySide6"."""
    try:
        source = inspect.getsourcefile(module)
    except TypeError:  # a built-in module
        return False
    if not source:
        return False
    try:
        with open(source, "rb") as file:
            return b"PySide6" in file.read()
    except OSError:
        return False
