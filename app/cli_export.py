"""``parcours export``: one or several maps to PDF, PNG, SVG, CSV or Mermaid."""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.export.options import ExportOptions
    from app.export.result import ExportResult
    from app.model.document import JourneyMap

from app.export.formats import Format, export_formats, format_for, format_for_extension
from app.export.options import PAPERS, TILE_PAPERS
from app.export.options import ExportOptions as _Defaults


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (see ``app.cli.translate``)."""
    from app.model.text import translate as model_translate

    return model_translate(context, text)


class ExportUsageError(Exception):
    """The export was asked for the wrong way (exit status 2)."""


def add_parser(commands: Any, run: Any) -> None:
    """Declare ``parcours export`` and its options."""
    exp = commands.add_parser(
        "export",
        help=translate("ExportCommand", "write maps as PDF, PNG, SVG, CSV or Mermaid"),
        description=translate(
            "ExportCommand",
            "Export maps. The output's extension chooses the format; with several maps, "
            "-o names a folder and --format the format.",
        ),
    )
    exp.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar=translate("ExportCommand", "MAP"),
        help=translate(
            "ExportCommand", ".journey files, or PDF, PNG or SVG files exported by Parcours"
        ),
    )
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar=translate("ExportCommand", "OUTPUT"),
        help=translate(
            "ExportCommand", "a .pdf, .png, .svg, .csv or .mmd file, or a folder for several maps"
        ),
    )
    exp.add_argument(
        "--format",
        choices=[f.extension for f in export_formats()],
        help=translate("ExportCommand", "the format when -o is a folder (default: pdf)"),
    )
    pdf = exp.add_argument_group(translate("ExportCommand", "PDF"))
    pdf.add_argument(
        "--layout",
        choices=["fit", "poster", "tiles", "slides"],
        default="fit",
        help=translate(
            "ExportCommand",
            "fit: one sheet; poster: natural size; tiles: sheets to assemble; "
            "slides: 16:9, each phase on slides with card titles at 14 pt or more (default: fit)",
        ),
    )
    pdf.add_argument(
        "--paper",
        choices=PAPERS,
        default=_Defaults.paper,
        help=translate("ExportCommand", "sheet for fit (default: {paper})").format(
            paper=_Defaults.paper
        ),
    )
    pdf.add_argument(
        "--orientation",
        choices=["landscape", "portrait"],
        default="landscape",
        help=translate("ExportCommand", "the sheet's orientation (default: landscape)"),
    )
    pdf.add_argument(
        "--tile-paper",
        choices=TILE_PAPERS,
        default=_Defaults.tile_paper,
        help=translate("ExportCommand", "sheet for tiles (default: {paper})").format(
            paper=_Defaults.tile_paper
        ),
    )
    pdf.add_argument(
        "--no-appendix",
        action="store_true",
        help=translate(
            "ExportCommand", "leave out the persona cards, touchpoint tables and insights"
        ),
    )
    png = exp.add_argument_group(translate("ExportCommand", "PNG"))
    png.add_argument(
        "--scale",
        type=float,
        default=None,
        metavar=translate("ExportCommand", "SCALE"),
        help=translate(
            "ExportCommand",
            "PNG: pixels per map unit (1 or 2; default 1); tiles: map size (default 1)",
        ),
    )
    png.add_argument(
        "--dpi",
        type=float,
        help=translate("ExportCommand", "PNG: render for --paper at this resolution"),
    )
    png.add_argument(
        "--transparent",
        action="store_true",
        help=translate("ExportCommand", "PNG/SVG: no white background"),
    )
    share = exp.add_argument_group(translate("ExportCommand", "What to share"))
    share.add_argument(
        "--personas",
        metavar=translate("ExportCommand", "PERSONAS"),
        help=translate("ExportCommand", "comma-separated persona names to include (default: all)"),
    )
    share.add_argument(
        "--lanes",
        metavar=translate("ExportCommand", "LANES"),
        help=translate("ExportCommand", "comma-separated lane names to include (default: all)"),
    )
    share.add_argument(
        "--redact",
        action="store_true",
        help=translate(
            "ExportCommand", "for outside the team: no quotes, personas renamed Persona A, B..."
        ),
    )
    share.add_argument(
        "--notes",
        action="store_true",
        help=translate(
            "ExportCommand", "show the sticky notes (left out of the export by default)"
        ),
    )
    exp.set_defaults(run=run)


def run_export(args: argparse.Namespace) -> int:
    """Export every input; return 0, or raise InputError / ExportUsageError."""
    from app.export.formats import read_map
    from app.model.fileformat import atomic_write

    targets = _targets(args)
    for source, target, found in targets:
        doc = read_map(source).doc
        options = _options(args, doc)
        result = _export(doc, found, options, quiet=len(targets) > 1)
        atomic_write(target, result.data)
        for note in result.notes:
            print(
                translate("ExportCommand", "{path}: note: {note}").format(path=source, note=note),
                file=sys.stderr,
            )
        print(
            translate("ExportCommand", "Exported {source} to {target}.").format(
                source=source, target=target
            )
        )
    return 0


def _targets(args: argparse.Namespace) -> list[tuple[Path, Path, Format]]:
    output: Path = args.output
    many = len(args.inputs) > 1 or output.is_dir() or (not output.suffix and args.format)
    if many:
        if output.exists() and not output.is_dir():
            raise ExportUsageError(
                translate(
                    "ExportCommand", "with several maps, -o must be a folder, and {path} is a file"
                ).format(path=output)
            )
        output.mkdir(parents=True, exist_ok=True)
        chosen = format_for_extension(args.format or "pdf")
        assert chosen is not None and chosen.writer is not None  # argparse checked the choice
        suffix = chosen.suffixes[0]
        return [(source, output / f"{source.stem}{suffix}", chosen) for source in args.inputs]
    found = format_for(output)
    if found is None or found.writer is None:
        raise ExportUsageError(
            translate(
                "ExportCommand", "cannot export to '{kind}'; use .pdf, .png, .svg, .csv or .mmd"
            ).format(kind=output.suffix or output.name)
        )
    if not output.parent.is_dir() and str(output.parent):
        raise ExportUsageError(
            translate("ExportCommand", "the folder {folder} does not exist").format(
                folder=output.parent
            )
        )
    return [(args.inputs[0], output, found)]


def _names(wanted: str | None, available: Sequence[Any], what: str) -> frozenset[str] | None:
    if wanted is None:
        return None
    by_name = {item.name.casefold(): item.id for item in available}
    chosen = set()
    for name in (n.strip() for n in wanted.split(",") if n.strip()):
        if name.casefold() not in by_name:
            known = ", ".join(item.name for item in available) or translate("ExportCommand", "none")
            raise ExportUsageError(what.format(name=name, known=known))
        chosen.add(by_name[name.casefold()])
    return frozenset(chosen)


def _options(args: argparse.Namespace, doc: "JourneyMap") -> "ExportOptions":
    from app.export.options import ExportOptions

    assert args.paper in PAPERS and args.tile_paper in TILE_PAPERS
    return ExportOptions(
        personas=_names(
            args.personas,
            doc.personas,
            translate("ExportCommand", "no persona is called '{name}' (the map has: {known})"),
        ),
        lanes=_names(
            args.lanes,
            doc.lanes,
            translate("ExportCommand", "no lane is called '{name}' (the map has: {known})"),
        ),
        redact=args.redact,
        appendix=not args.no_appendix,
        layout=args.layout,
        paper=args.paper,
        orientation=args.orientation,
        tile_paper=args.tile_paper,
        scale=args.scale if args.scale is not None else 1.0,
        dpi=args.dpi,
        transparent=args.transparent,
        notes=args.notes,
    )


def _export(
    doc: "JourneyMap", found: Format, options: "ExportOptions", quiet: bool
) -> "ExportResult":
    progress = _Progress() if sys.stderr.isatty() and not quiet else None
    if found.needs_qt:
        _qt_application()
    result = found.write(doc, options, progress)
    if progress is not None:
        progress.done()
    return result


def _qt_application() -> None:
    """PNG and SVG are drawn by Qt, which needs an application object, but no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _qt_application.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


class _Progress:
    """``Exporting… 42 %`` on the terminal while a long export runs."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, fraction: float) -> bool:
        percent = int(fraction * 100)
        if percent != self.shown:
            self.shown = percent
            shown = translate("ExportCommand", "Exporting… {percent} %").format(
                percent=f"{percent:3d}"
            )
            print(f"\r{shown}", end="", file=sys.stderr, flush=True)
        return True

    def done(self) -> None:
        if self.shown >= 0:
            print("\r" + " " * 20 + "\r", end="", file=sys.stderr, flush=True)
