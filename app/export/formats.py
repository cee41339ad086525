"""Every file format Parcours reads or writes, in one registry.

The command line and the editor's dialogs both look formats up here: which
suffixes a format has, how a file dialog names it, how to read a map from it and
how to write a map to it. Readers return a :class:`ReadResult` or raise
:class:`~app.model.errors.InputError` naming the file; writers return an
:class:`~app.export.result.ExportResult`.

Importing this module is cheap (no Qt, no pydantic: the command line builds its
``--help`` from it); readers and writers import what they need when they run.
The PNG and SVG writers draw with Qt, so a Qt application object must exist then.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from app.export.options import ExportOptions
    from app.export.result import ExportResult, Progress
    from app.model.document import JourneyMap

Kind = Literal["journey", "csv", "mermaid", "pdf", "png", "svg"]
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ReadResult:
    """A map read from a file, and what the user should be told about the reading."""

    doc: JourneyMap
    notes: tuple[str, ...] = ()
    native: bool = False
    """True for a ``.journey`` file: the map can be saved back to it; otherwise it is new."""


@dataclass(frozen=True)
class ReadOptions:
    """Choices for reading CSV and Mermaid files; other formats ignore them."""

    title: str | None = None
    """The new map's title; default: from the file, else the file's name."""
    skip_invalid: bool = False
    """CSV: import the valid rows and report the others instead of refusing the file."""
    language: str | None = None
    """CSV: ``en`` or ``fr`` for the new map; None finds it from the file."""


Reader = Callable[[Path, ReadOptions], ReadResult]
Writer = Callable[["JourneyMap", "ExportOptions", "Progress | None"], "ExportResult"]


@dataclass(frozen=True)
class Format:
    """One file format: its kind, suffixes (the first is the one written), and names."""

    kind: Kind
    suffixes: tuple[str, ...]
    label: str
    """What a file dialog calls files of this format (plural): ``Spreadsheets``."""
    name: str
    """One such file (singular), as the Export dialog offers it: ``CSV spreadsheet``."""
    reader: Reader | None = field(default=None, repr=False)
    writer: Writer | None = field(default=None, repr=False)
    needs_qt: bool = False
    """Writing draws with Qt, so a Qt application must exist."""

    @property
    def extension(self) -> str:
        """The suffix written, without its dot: ``pdf``, ``mmd``."""
        return self.suffixes[0].removeprefix(".")

    def read(self, path: PathLike, options: ReadOptions | None = None) -> ReadResult:
        """Read a map from ``path``; raise :class:`InputError` naming the file."""
        if self.reader is None:
            from app.model.errors import InputError

            raise InputError(str(path), f"Parcours cannot read {self.label.lower()}")
        return self.reader(Path(path), options or ReadOptions())

    def write(
        self, doc: JourneyMap, options: ExportOptions, progress: Progress | None = None
    ) -> ExportResult:
        """Write ``doc`` in this format (the bytes of the file)."""
        if self.writer is None:
            raise ValueError(f"Parcours does not export {self.label.lower()}")
        return self.writer(doc, options, progress)

    def file_filter(self) -> str:
        """This format as one file-dialog filter: ``Spreadsheets (*.csv)``, translated."""
        from app.model.text import translate

        return f"{translate('Formats', self.label)} ({_patterns(self.suffixes)})"

    def display_name(self) -> str:
        """:attr:`name` in the interface language: ``CSV spreadsheet``."""
        from app.model.text import translate

        return translate("Formats", self.name)


# -- readers ------------------------------------------------------------------------


def _read_journey(path: Path, options: ReadOptions) -> ReadResult:
    from app.model.fileformat import load

    return ReadResult(load(path), native=True)


def _read_csv(path: Path, options: ReadOptions) -> ReadResult:
    from app.model.csvio import read_csv
    from app.model.fileformat import read_input
    from app.model.text import translate

    data = read_input(path, "a CSV file")
    result = read_csv(
        data,
        str(path),
        title=options.title or path.stem,
        skip_invalid=options.skip_invalid,
        language=options.language,
    )
    skipped = translate("Formats", "skipped {problem}")
    notes = (*result.notes, *(skipped.format(problem=problem) for problem in result.skipped))
    return ReadResult(result.journey, notes)


def _read_mermaid(path: Path, options: ReadOptions) -> ReadResult:
    from app.model.errors import InputError
    from app.model.fileformat import read_input
    from app.model.limits import out_of_memory
    from app.model.mermaid import read_mermaid
    from app.model.text import translate

    data = read_input(path, "a Mermaid file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            str(path), translate("Formats", "is not UTF-8 text, so not a Mermaid diagram")
        ) from None
    except MemoryError:
        raise InputError(str(path), out_of_memory()) from None
    result = read_mermaid(text, str(path), title=options.title or path.stem)
    return ReadResult(result.journey, tuple(result.warnings))


def _read_export(path: Path, options: ReadOptions) -> ReadResult:
    from app.export.embed import read_export

    return ReadResult(read_export(path))


# -- writers ------------------------------------------------------------------------


def _write_csv(doc: JourneyMap, options: ExportOptions, progress: Progress | None) -> ExportResult:
    from app.export.result import ExportResult
    from app.export.share import shared_map
    from app.model.csvio import write_csv

    return ExportResult(write_csv(shared_map(doc, options)))


def _write_mermaid(
    doc: JourneyMap, options: ExportOptions, progress: Progress | None
) -> ExportResult:
    from app.export.result import ExportResult
    from app.export.share import shared_map
    from app.model.mermaid import write_mermaid

    return ExportResult(write_mermaid(shared_map(doc, options)).encode("utf-8"))


def _write_pdf(doc: JourneyMap, options: ExportOptions, progress: Progress | None) -> ExportResult:
    from app.export.pdf import export_pdf

    return export_pdf(doc, options, progress)


def _write_png(doc: JourneyMap, options: ExportOptions, progress: Progress | None) -> ExportResult:
    from app.export import raster  # Qt: only when a PNG is written

    return raster.export_png(doc, options, progress)


def _write_svg(doc: JourneyMap, options: ExportOptions, progress: Progress | None) -> ExportResult:
    from app.export import raster  # Qt: only when an SVG is written

    return raster.export_svg(doc, options)


# -- the registry -------------------------------------------------------------------


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate knows it
    """Mark a format's names for translation (this module loads no translator)."""
    del context
    return text


FORMATS: tuple[Format, ...] = (
    Format(
        "journey",
        (".journey",),
        QT_TRANSLATE_NOOP("Formats", "Journey maps"),
        QT_TRANSLATE_NOOP("Formats", "Parcours map"),
        _read_journey,
    ),
    Format(
        "pdf",
        (".pdf",),
        QT_TRANSLATE_NOOP("Formats", "PDF documents"),
        QT_TRANSLATE_NOOP("Formats", "PDF document"),
        _read_export,
        _write_pdf,
    ),
    Format(
        "png",
        (".png",),
        QT_TRANSLATE_NOOP("Formats", "PNG images"),
        QT_TRANSLATE_NOOP("Formats", "PNG image"),
        _read_export,
        _write_png,
        needs_qt=True,
    ),
    Format(
        "svg",
        (".svg",),
        QT_TRANSLATE_NOOP("Formats", "SVG drawings"),
        QT_TRANSLATE_NOOP("Formats", "SVG drawing"),
        _read_export,
        _write_svg,
        needs_qt=True,
    ),
    Format(
        "csv",
        (".csv",),
        QT_TRANSLATE_NOOP("Formats", "Spreadsheets"),
        QT_TRANSLATE_NOOP("Formats", "CSV spreadsheet"),
        _read_csv,
        _write_csv,
    ),
    Format(
        "mermaid",
        (".mmd", ".mermaid"),
        QT_TRANSLATE_NOOP("Formats", "Mermaid journeys"),
        QT_TRANSLATE_NOOP("Formats", "Mermaid journey"),
        _read_mermaid,
        _write_mermaid,
    ),
)
"""Every format, in the order the Export dialog offers the ones it can write."""

BY_KIND: dict[str, Format] = {f.kind: f for f in FORMATS}
EXPORTS_WITH_MAP: tuple[Kind, ...] = ("pdf", "png", "svg")
"""Exports that carry the editable map inside, so that Parcours can open them again."""
_BY_SUFFIX: dict[str, Format] = {suffix: f for f in FORMATS for suffix in f.suffixes}


def format_for(path: PathLike) -> Format | None:
    """The format of ``path`` from its suffix (any case); None when Parcours has none."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def format_for_extension(extension: str) -> Format | None:
    """The format written with ``extension`` (``pdf``, ``mmd``, ``.csv``...), or None."""
    return _BY_SUFFIX.get("." + extension.lower().removeprefix("."))


def export_formats() -> tuple[Format, ...]:
    """The formats a map can be exported to, in the order they are offered."""
    return tuple(f for f in FORMATS if f.writer is not None)


def read_map(path: PathLike, options: ReadOptions | None = None) -> ReadResult:
    """Read a map from any file Parcours reads, chosen by its suffix.

    A file with an unknown suffix is read as a ``.journey`` map (whose error
    then says what is wrong with it).

    Raises:
        InputError: One sentence naming the file: missing, unreadable, or not
            a usable map in its format.
    """
    found = format_for(path) or BY_KIND["journey"]
    return found.read(path, options)


def dialog_filter(kinds: Iterable[str], label: str | None = None) -> str:
    """A Qt file-dialog filter for ``kinds``.

    With ``label``, one entry for all of them (``Exports made by Parcours (*.pdf
    *.png *.svg)``); otherwise one entry per format, separated by ``;;``.
    """
    chosen = [BY_KIND[kind] for kind in kinds]
    if label is not None:
        return f"{label} ({_patterns([s for f in chosen for s in f.suffixes])})"
    return ";;".join(f.file_filter() for f in chosen)


def _patterns(suffixes: Iterable[str]) -> str:
    return " ".join(f"*{suffix}" for suffix in suffixes)
