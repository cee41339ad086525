"""The ``parcours`` command line.

Errors are sentences on stderr: exit 1 for bad input, 2 for bad usage, never a
traceback (set ``PARCOURS_DEBUG=1`` to see one for an unexpected failure).
Model modules are imported inside the commands so that ``--version`` and
``--help`` stay instant.
"""

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import __version__

if TYPE_CHECKING:
    from app.model.document import JourneyMap

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command was called the wrong way (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``parcours`` and its sub-commands."""
    parser = _Parser(
        prog="parcours",
        description="Parcours: an offline editor for customer-journey maps. "
        "'parcours' alone opens the editor; 'parcours MAP.journey' opens a map in it.",
        epilog="Run 'parcours COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"parcours {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = commands.add_parser("new", help="create a map from a template")
    new.add_argument(
        "--template",
        default="five-phases",
        choices=["blank", "five-phases", "three-phases", "four-steps"],
        help="starting point (default: five-phases)",
    )
    new.add_argument("--lang", default="en", choices=["en", "fr"], help="language (default: en)")
    new.add_argument("--title", help="the map's title (default: the template's)")
    new.add_argument("-o", "--output", required=True, type=Path, help="the .journey file to write")
    new.add_argument("-f", "--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(run=_run_new)

    imp = commands.add_parser("import", help="make a map from a CSV file or a Mermaid journey")
    imp.add_argument(
        "input", type=Path, help="a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours"
    )
    imp.add_argument("-o", "--output", required=True, type=Path, help="the .journey file to write")
    imp.add_argument("--title", help="the map's title (default: from the input)")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="CSV: import the valid rows and report the others instead of refusing the file",
    )
    imp.add_argument(
        "--lang",
        choices=["en", "fr"],
        help="CSV: the map's language, which names its default lanes (default: from the file)",
    )
    imp.add_argument("-f", "--force", action="store_true", help="overwrite an existing file")
    imp.set_defaults(run=_run_import)

    from app.cli_export import add_parser as add_export_parser

    add_export_parser(commands, _run_export)
    from app.cli_insights import add_parser as add_insights_parser
    from app.cli_insights import run_insights

    add_insights_parser(commands, run_insights)
    from app.cli_diff import add_parser as add_diff_parser
    from app.cli_diff import run_diff

    add_diff_parser(commands, run_diff)

    val = commands.add_parser("validate", help="check maps; exit 1 if any has a problem")
    val.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=".journey maps, or PDF, PNG or SVG files exported by Parcours",
    )
    val.set_defaults(run=_run_validate)

    info = commands.add_parser("info", help="summarise a map")
    info.add_argument(
        "input",
        type=Path,
        metavar="FILE",
        help="a .journey map, or a PDF, PNG or SVG file exported by Parcours",
    )
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(run=_run_info)

    schema = commands.add_parser("schema", help="print the JSON Schema of .journey files")
    schema.set_defaults(run=_run_schema)
    return parser


COMMANDS = ("new", "import", "export", "validate", "info", "insights", "diff", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``parcours`` with ``argv``; return the exit status.

    With no command, or with a map file as the only argument, the editor opens.
    """
    from app.model.errors import InputError

    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (
        len(arguments) == 1 and arguments[0] not in COMMANDS and not arguments[0].startswith("-")
    ):
        return _run_editor(Path(arguments[0]) if arguments else None)
    parser = build_parser()
    args = parser.parse_args(arguments)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except UsageError as error:
        print(f"parcours {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as error:
        print(error.describe(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}{error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug or out of memory: say so plainly, naming the files
        if os.environ.get("PARCOURS_DEBUG"):
            traceback.print_exc()
        from app.model.limits import describe_unexpected

        print(describe_unexpected(error, args.command, _files_of(args)), file=sys.stderr)
        return EXIT_BAD_INPUT


# -- commands -----------------------------------------------------------------------


def _run_editor(path: Path | None) -> int:
    if path is not None and not path.exists():
        print(f"{path}: there is no such file", file=sys.stderr)
        return EXIT_BAD_INPUT
    from app.ui.app import run_editor

    return run_editor(path)


def _run_new(args: argparse.Namespace) -> int:
    from app.model.templates import new_map

    _check_journey_output(args.output, args.force)
    doc = new_map(args.template, args.lang)
    if args.title:
        doc.title = args.title
    _save(doc, args.output)
    print(f"Created {args.output} ({args.template}, {args.lang}).")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from app.export.formats import EXPORTS_WITH_MAP, ReadOptions, format_for

    found = format_for(args.input)
    if found is None or found.reader is None or found.kind == "journey":
        raise UsageError(
            f"cannot import '{args.input.suffix or args.input.name}' files; "
            "give a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours"
        )
    _check_journey_output(args.output, args.force)
    options = ReadOptions(title=args.title, skip_invalid=args.skip_invalid, language=args.lang)
    result = found.read(args.input, options)
    doc = result.doc
    for note in result.notes:
        print(f"{args.input}: note: {note}", file=sys.stderr)
    _save(doc, args.output)
    if found.kind in EXPORTS_WITH_MAP:
        print(f"Recovered the map from {args.input} into {args.output}.")
    else:
        print(
            f"Imported {len(doc.touchpoints)} touchpoints in {len(doc.phases)} phases "
            f"into {args.output}."
        )
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from app.cli_export import ExportUsageError, run_export

    try:
        return run_export(args)
    except ExportUsageError as error:
        raise UsageError(str(error)) from None


def _run_validate(args: argparse.Namespace) -> int:
    from app.export.formats import read_map
    from app.model.errors import InputError
    from app.model.limits import describe_unexpected

    status = EXIT_OK
    for path in args.files:
        try:
            doc = read_map(path).doc
        except InputError as error:
            print(error.describe(), file=sys.stderr)
            status = EXIT_BAD_INPUT
        except Exception as error:  # a bug or out of memory: name the file, check the next
            if os.environ.get("PARCOURS_DEBUG"):
                traceback.print_exc()
            print(describe_unexpected(error, "validate", [path]), file=sys.stderr)
            status = EXIT_BAD_INPUT
        else:
            print(f"{path}: valid ({len(doc.phases)} phases, {len(doc.touchpoints)} touchpoints)")
    return status


def _run_info(args: argparse.Namespace) -> int:
    from app.export.formats import read_map
    from app.model.insights import average_emotions

    doc = read_map(args.input).doc
    averages = average_emotions(doc)
    if args.json:
        summary = {
            "title": doc.title,
            "language": doc.language,
            "author": doc.author,
            "phases": [p.name for p in doc.phases],
            "lanes": [lane.name for lane in doc.lanes],
            "personas": [p.name for p in doc.personas],
            "touchpoints": len(doc.touchpoints),
            "average_emotion": {p.name: averages[p.id] for p in doc.personas},
        }
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_info_text(doc, averages))
    return EXIT_OK


def _info_text(doc: "JourneyMap", averages: dict[str, float | None]) -> str:
    lines = [
        f"Title:        {doc.title}",
        f"Phases ({len(doc.phases)}):   " + ", ".join(p.name for p in doc.phases),
        f"Lanes ({len(doc.lanes)}):    " + ", ".join(f"{la.name} ({la.kind})" for la in doc.lanes),
        f"Personas ({len(doc.personas)}): " + ", ".join(p.name for p in doc.personas),
        f"Touchpoints:  {len(doc.touchpoints)}",
    ]
    if doc.personas:
        lines.append("Average emotion (-2 very negative ... +2 very positive):")
        width = max(len(p.name) for p in doc.personas)
        for persona in doc.personas:
            value = averages[persona.id]
            shown = "no scores" if value is None else f"{value:+.2f}"
            lines.append(f"  {persona.name:<{width}}  {shown}")
    return "\n".join(lines)


def _run_schema(args: argparse.Namespace) -> int:
    from app.model.fileformat import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


# -- helpers ------------------------------------------------------------------------


def _files_of(args: argparse.Namespace) -> list[Path]:
    """The files a command was given (inputs and outputs), to name them in an error."""
    found: list[Path] = []
    for value in vars(args).values():
        items = value if isinstance(value, list) else [value]
        found += [item for item in items if isinstance(item, Path)]
    return found


def _check_journey_output(output: Path, force: bool) -> None:
    if output.suffix.lower() != ".journey":
        raise UsageError(f"the output must be a .journey file, not '{output.name}'")
    if output.exists() and not force:
        raise UsageError(f"{output} already exists; use --force to overwrite it")
    if not output.parent.is_dir() and str(output.parent):
        raise UsageError(f"the folder {output.parent} does not exist")


def _save(doc: "JourneyMap", path: Path) -> None:
    from app.model.fileformat import save

    save(doc, path)
