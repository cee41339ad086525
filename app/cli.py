"""The ``parcours`` command line.

Errors are sentences on stderr: exit 1 for bad input, 2 for bad usage, never a
traceback (set ``PARCOURS_DEBUG=1`` to see one for an unexpected failure).
Model modules are imported inside the commands so that ``--version`` and
``--help`` stay instant.

Messages follow the interface language: ``--lang en|fr`` before the command, else
LANGUAGE, LC_ALL, LC_MESSAGES or LANG. Qt's translator (``app.i18n``) is loaded only
for French; English needs no catalogue. The words argparse says itself (``usage:``,
section titles, its error messages) are translated by :class:`_Parser` and
:class:`_Formatter`.
"""

import argparse
import gc
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__

if TYPE_CHECKING:
    from app.model.document import JourneyMap

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command was called the wrong way (exit status 2)."""


CONTEXT = "CommandLine"


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (the model's Qt-free hook; see ``app.model.text``)."""
    from app.model.text import translate as model_translate

    return model_translate(context, text)


def plural(context: str, n: int, one: str, other: str) -> str:
    """``one`` or ``other`` translated by the language's plural rule, ``{n}`` filled in."""
    from app.model.text import plural as model_plural

    return model_plural(context, n, one, other)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate knows it
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    del context
    return text


def system_language() -> str:
    """The language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG ("en" unless it is French).

    The same rule as ``app.i18n.system_language``, without loading Qt.
    """
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value[:2].lower() == "fr" else "en"
    return "en"


def interface_language(arguments: Sequence[str]) -> tuple[str | None, list[str]]:
    """The ``--lang`` given before the command (None if none), and the other arguments."""
    rest = list(arguments)
    for index, argument in enumerate(rest):
        if argument in COMMANDS or not argument.startswith("-"):
            break
        if argument == "--lang" and index + 1 < len(rest):
            value = rest[index + 1]
            if value in LANGUAGE_CHOICES:
                return value, rest[:index] + rest[index + 2 :]
            break
        if argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
            if value in LANGUAGE_CHOICES:
                return value, rest[:index] + rest[index + 1 :]
            break
    return None, rest


def use_language(language: str) -> None:
    """Say everything in ``language`` from now on (loads Qt's translator only for French)."""
    if language == "en" and "app.i18n" not in sys.modules:
        from app.model.text import set_translator

        set_translator(None)  # English needs no catalogue: Qt stays unloaded
        return
    from app.i18n import install

    install(language)


LANGUAGE_CHOICES = ("en", "fr")

# argparse's own words, which it takes from gettext (English only).
_SECTIONS = {
    "positional arguments": QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("CommandLine", "options"),
}
_ARGPARSE_ERRORS = [
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: {names}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.*)"),
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {names}"),
    ),
    (
        re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: {value} (choose from {choices})"),
    ),
    (
        re.compile(r"expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    ),
    (
        re.compile(r"expected at least one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
    ),
    (
        re.compile(r"invalid (?P<type>\w+) value: (?P<value>.*)"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid {type} value: {value}"),
    ),
    (
        re.compile(r"ambiguous option: (?P<option>.*) could match (?P<matches>.*)"),
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: {option} could match {matches}"),
    ),
    (
        re.compile(r"argument (?P<name>.+?): (?P<message>.*)"),
        QT_TRANSLATE_NOOP("CommandLine", "argument {name}: {message}"),
    ),
]


def argparse_message(message: str) -> str:
    """One of argparse's error messages in the interface language."""
    for pattern, template in _ARGPARSE_ERRORS:
        found = pattern.fullmatch(message)
        if found is not None:
            parts = {
                key: argparse_message(value) if key == "message" else value
                for key, value in found.groupdict().items()
            }
            return translate(CONTEXT, template).format(**parts)
    return message


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its own words (``usage:``, section titles) translated."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading in _SECTIONS:
            heading = translate(CONTEXT, _SECTIONS[heading])
        super().start_section(heading)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # ours below, with a translated help text
        super().__init__(*args, **kwargs)
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("CommandLine", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {argparse_message(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``parcours`` and its sub-commands, in the interface language."""
    parser = _Parser(
        prog="parcours",
        description=translate(
            "CommandLine",
            "Parcours: an offline editor for customer-journey maps. "
            "'parcours' alone opens the editor; 'parcours MAP.journey' opens a map in it.",
        ),
        epilog=translate("CommandLine", "Run 'parcours COMMAND --help' for a command's options."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"parcours {__version__}",
        help=translate("CommandLine", "show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        dest="interface_language",
        choices=LANGUAGE_CHOICES,
        help=translate(
            "CommandLine",
            "the language of messages and help, before the command "
            "(default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("CommandLine", "COMMAND"), parser_class=_Parser
    )

    new = commands.add_parser("new", help=translate("CommandLine", "create a map from a template"))
    new.add_argument(
        "--template",
        default="five-phases",
        choices=["blank", "five-phases", "three-phases", "four-steps"],
        help=translate("CommandLine", "starting point (default: five-phases)"),
    )
    new.add_argument(
        "--lang",
        default="en",
        choices=["en", "fr"],
        help=translate("CommandLine", "the map's language (default: en)"),
    )
    new.add_argument(
        "--title",
        metavar=translate("CommandLine", "TITLE"),
        help=translate("CommandLine", "the map's title (default: the template's)"),
    )
    new.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar=translate("CommandLine", "OUTPUT"),
        help=translate("CommandLine", "the .journey file to write"),
    )
    new.add_argument(
        "-f",
        "--force",
        action="store_true",
        help=translate("CommandLine", "overwrite an existing file"),
    )
    new.set_defaults(run=_run_new)

    imp = commands.add_parser(
        "import", help=translate("CommandLine", "make a map from a CSV file or a Mermaid journey")
    )
    imp.add_argument(
        "input",
        type=Path,
        metavar=translate("CommandLine", "input"),
        help=translate(
            "CommandLine", "a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours"
        ),
    )
    imp.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar=translate("CommandLine", "OUTPUT"),
        help=translate("CommandLine", "the .journey file to write"),
    )
    imp.add_argument(
        "--title",
        metavar=translate("CommandLine", "TITLE"),
        help=translate("CommandLine", "the map's title (default: from the input)"),
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate(
            "CommandLine",
            "CSV: import the valid rows and report the others instead of refusing the file",
        ),
    )
    imp.add_argument(
        "--lang",
        choices=["en", "fr"],
        help=translate(
            "CommandLine",
            "CSV: the map's language, which names its default lanes (default: from the file)",
        ),
    )
    imp.add_argument(
        "-f",
        "--force",
        action="store_true",
        help=translate("CommandLine", "overwrite an existing file"),
    )
    imp.set_defaults(run=_run_import)

    from app.cli_export import add_parser as add_export_parser

    add_export_parser(commands, _run_export)
    from app.cli_insights import add_parser as add_insights_parser
    from app.cli_insights import run_insights

    add_insights_parser(commands, run_insights)
    from app.cli_diff import add_parser as add_diff_parser
    from app.cli_diff import run_diff

    add_diff_parser(commands, run_diff)

    val = commands.add_parser(
        "validate", help=translate("CommandLine", "check maps; exit 1 if any has a problem")
    )
    val.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine", ".journey maps, or PDF, PNG or SVG files exported by Parcours"
        ),
    )
    val.set_defaults(run=_run_validate)

    info = commands.add_parser("info", help=translate("CommandLine", "summarise a map"))
    info.add_argument(
        "input",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine", "a .journey map, or a PDF, PNG or SVG file exported by Parcours"
        ),
    )
    info.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "machine-readable output")
    )
    info.set_defaults(run=_run_info)

    schema = commands.add_parser(
        "schema", help=translate("CommandLine", "print the JSON Schema of .journey files")
    )
    schema.set_defaults(run=_run_schema)
    return parser


COMMANDS = ("new", "import", "export", "validate", "info", "insights", "diff", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``parcours`` with ``argv``; return the exit status.

    With no command, or with a map file as the only argument, the editor opens.
    """
    from app.model.errors import InputError

    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen, rest = interface_language(arguments)
    if not rest or (len(rest) == 1 and rest[0] not in COMMANDS and not rest[0].startswith("-")):
        gc.disable()  # start-up makes long-lived objects only (see app.ui.app)
        try:
            use_language(chosen or system_language())
            return _run_editor(Path(rest[0]) if rest else None, chosen)
        finally:
            gc.enable()
    use_language(chosen or system_language())
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


def _run_editor(path: Path | None, language: str | None = None) -> int:
    if path is not None and not path.exists():
        print(
            translate("CommandLine", "{path}: there is no such file").format(path=path),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    from app.ui.app import run_editor

    return run_editor(path, language)


def _run_new(args: argparse.Namespace) -> int:
    from app.model.templates import new_map

    _check_journey_output(args.output, args.force)
    doc = new_map(args.template, args.lang)
    if args.title:
        doc.title = args.title
    _save(doc, args.output)
    print(
        translate("CommandLine", "Created {path} ({template}, {language}).").format(
            path=args.output, template=args.template, language=args.lang
        )
    )
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from app.export.formats import EXPORTS_WITH_MAP, ReadOptions, format_for

    found = format_for(args.input)
    if found is None or found.reader is None or found.kind == "journey":
        raise UsageError(
            translate(
                "CommandLine",
                "cannot import '{kind}' files; "
                "give a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours",
            ).format(kind=args.input.suffix or args.input.name)
        )
    _check_journey_output(args.output, args.force)
    options = ReadOptions(title=args.title, skip_invalid=args.skip_invalid, language=args.lang)
    result = found.read(args.input, options)
    doc = result.doc
    for note in result.notes:
        print(
            translate("CommandLine", "{path}: note: {note}").format(path=args.input, note=note),
            file=sys.stderr,
        )
    _save(doc, args.output)
    if found.kind in EXPORTS_WITH_MAP:
        print(
            translate("CommandLine", "Recovered the map from {input} into {output}.").format(
                input=args.input, output=args.output
            )
        )
    else:
        touchpoints = plural(
            "CommandLine",
            len(doc.touchpoints),
            QT_TRANSLATE_NOOP("CommandLine", "{n} touchpoint"),
            QT_TRANSLATE_NOOP("CommandLine", "{n} touchpoints"),
        )
        phases = plural(
            "CommandLine",
            len(doc.phases),
            QT_TRANSLATE_NOOP("CommandLine", "{n} phase"),
            QT_TRANSLATE_NOOP("CommandLine", "{n} phases"),
        )
        print(
            translate("CommandLine", "Imported {touchpoints} in {phases} into {output}.").format(
                touchpoints=touchpoints, phases=phases, output=args.output
            )
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
            phases = plural(
                "CommandLine",
                len(doc.phases),
                QT_TRANSLATE_NOOP("CommandLine", "{n} phase"),
                QT_TRANSLATE_NOOP("CommandLine", "{n} phases"),
            )
            touchpoints = plural(
                "CommandLine",
                len(doc.touchpoints),
                QT_TRANSLATE_NOOP("CommandLine", "{n} touchpoint"),
                QT_TRANSLATE_NOOP("CommandLine", "{n} touchpoints"),
            )
            print(
                translate("CommandLine", "{path}: valid ({phases}, {touchpoints})").format(
                    path=path, phases=phases, touchpoints=touchpoints
                )
            )
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
    lanes = ", ".join(f"{la.name} ({la.kind})" for la in doc.lanes)
    lines = [
        translate("CommandLine", "Title:        {title}").format(title=doc.title),
        translate("CommandLine", "Phases ({n}):   {names}").format(
            n=len(doc.phases), names=", ".join(p.name for p in doc.phases)
        ),
        translate("CommandLine", "Lanes ({n}):    {names}").format(n=len(doc.lanes), names=lanes),
        translate("CommandLine", "Personas ({n}): {names}").format(
            n=len(doc.personas), names=", ".join(p.name for p in doc.personas)
        ),
        translate("CommandLine", "Touchpoints:  {n}").format(n=len(doc.touchpoints)),
    ]
    if doc.personas:
        lines.append(
            translate("CommandLine", "Average emotion (-2 very negative ... +2 very positive):")
        )
        width = max(len(p.name) for p in doc.personas)
        for persona in doc.personas:
            value = averages[persona.id]
            shown = translate("CommandLine", "no scores") if value is None else f"{value:+.2f}"
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
        raise UsageError(
            translate("CommandLine", "the output must be a .journey file, not '{name}'").format(
                name=output.name
            )
        )
    if output.exists() and not force:
        raise UsageError(
            translate("CommandLine", "{path} already exists; use --force to overwrite it").format(
                path=output
            )
        )
    if not output.parent.is_dir() and str(output.parent):
        raise UsageError(
            translate("CommandLine", "the folder {folder} does not exist").format(
                folder=output.parent
            )
        )


def _save(doc: "JourneyMap", path: Path) -> None:
    from app.model.fileformat import save

    save(doc, path)
