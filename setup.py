"""The one build step pyproject.toml cannot declare: compile the French catalogues.

The wheel (``pip install .``, ``pipx install .``) carries the compiled translations
(``app/data/translations/*.qm``), which are built, never committed. ``make qm`` builds
them in the source tree; a build from a fresh clone compiles any missing or stale one
here with ``pyside6-lrelease`` (PySide6-Essentials is a build requirement for that).
Everything else about the package is in pyproject.toml.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "app" / "data" / "translations"


def _lrelease() -> list[str] | None:
    """The command that compiles a .ts file, or None when no lrelease is installed."""
    try:
        import PySide6  # in the build environment (a build requirement)

        tool = Path(PySide6.__file__).with_name("lrelease")
        if tool.exists():
            return [str(tool)]
    except ImportError:
        pass
    script = Path(sys.executable).with_name("pyside6-lrelease")
    for found in (str(script) if script.exists() else None, shutil.which("pyside6-lrelease")):
        if found:
            return [found]
    found = shutil.which("lrelease6") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations() -> None:
    """Compile every .ts whose .qm is missing or older; fail with a sentence when impossible."""
    stale = [
        ts
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    command = _lrelease()
    if command is None:
        raise SystemExit(
            "The French translations need compiling and no lrelease was found: "
            "run `make qm` (or install PySide6-Essentials) first."
        )
    for ts in stale:
        qm = ts.with_suffix(".qm")
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildWithTranslations(build_py):
    """``build_py`` that compiles the catalogues before copying the package data."""

    def run(self) -> None:
        compile_translations()
        self.__dict__.pop("data_files", None)  # list the .qm files just compiled too
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
