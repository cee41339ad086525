"""The ``parcours(1)`` manual page, generated from the command line's own parser.

    python packaging/manpage.py [--lang en|fr] [-o parcours.1]

Every option and sub-command, with its help text, comes from ``app.cli.build_parser()`` in the
chosen language (French needs the compiled catalogues: ``make qm``), so the page cannot drift
from ``parcours --help``. The date is the current version's release date in CHANGELOG.md, so
the same sources give the same page.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Words:
    """Section titles and the few sentences not taken from the parser, in one language."""

    sections: dict[str, str]
    manual: str
    exit_status: tuple[tuple[str, str], ...]  # (EXIT_* name, meaning)
    files: str
    see_also: str


WORDS = {
    "en": Words(
        sections={},
        manual="Parcours Manual",
        exit_status=(
            ("EXIT_OK", "Success."),
            (
                "EXIT_BAD_INPUT",
                "A file could not be read or written, or a map has a problem "
                "(validate; diff: the maps differ).",
            ),
            ("EXIT_USAGE", "The command was called the wrong way (diff: a map could not be read)."),
        ),
        files="*.journey: a map, UTF-8 JSON (application/vnd.parcours.journey+json).",
        see_also="The documentation in the docs/ folder of the source: editor.md, exports.md, "
        "file-format.md, csv.md.",
    ),
    "fr": Words(
        sections={
            "NAME": "NOM",
            "COMMANDS": "COMMANDES",
            "EXIT STATUS": "CODE DE RETOUR",
            "FILES": "FICHIERS",
            "SEE ALSO": "VOIR AUSSI",
        },
        manual="Manuel de Parcours",
        exit_status=(
            ("EXIT_OK", "Succès."),
            (
                "EXIT_BAD_INPUT",
                "Un fichier n'a pu être lu ou écrit, ou une carte a un problème "
                "(validate ; diff : les cartes diffèrent).",
            ),
            ("EXIT_USAGE", "La commande a été mal appelée (diff : une carte n'a pu être lue)."),
        ),
        files="*.journey : une carte, en JSON UTF-8 (application/vnd.parcours.journey+json).",
        see_also="La documentation du dossier docs/ des sources : editor.md, exports.md, "
        "file-format.md, csv.md.",
    ),
}


def escape(text: str) -> str:
    """``text`` safe for groff: backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def _bold(text: str) -> str:
    return f"\\fB{escape(text)}\\fR"


def _italic(text: str) -> str:
    return f"\\fI{escape(text)}\\fR"


def _metavar(action: argparse.Action) -> str:
    if action.metavar is not None:
        return str(action.metavar)
    if action.choices is not None:
        return "{" + ",".join(str(choice) for choice in action.choices) + "}"
    return action.dest.upper()


def _invocation(action: argparse.Action) -> str:
    """How an option or argument is written: bold flags, then the value's name in italics."""
    if not action.option_strings:
        return _italic(_metavar(action))
    flags = ", ".join(_bold(flag) for flag in action.option_strings)
    if action.nargs == 0:
        return flags
    return f"{flags} {_italic(_metavar(action))}"


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%" in text:  # argparse's own placeholders, e.g. %(default)s
        values = dict(vars(action), prog=prog)
        if action.choices is not None:
            values["choices"] = ", ".join(str(choice) for choice in action.choices)
        text = text % values
    return text


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    # argparse offers no public list of a parser's arguments.
    return list(parser._actions)  # noqa: SLF001


def _subcommands(
    parser: argparse.ArgumentParser,
) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of every sub-command, in declaration order."""
    found = []
    for action in _actions(parser):
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001 - no public type
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}  # noqa: SLF001
            for name, sub in action.choices.items():
                found.append((name, helps.get(name, ""), sub))
    return found


def _options(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in _actions(parser):
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:  # noqa: SLF001
            continue
        lines += [".TP", _invocation(action), escape(_help(action, parser.prog))]
    return lines


def _usage(parser: argparse.ArgumentParser) -> str:
    usage = " ".join(parser.format_usage().split())
    return usage.split(":", 1)[1].strip() if ":" in usage else usage


def _release_date(version: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from metainfo import CHANGELOG, releases

    for release in releases(CHANGELOG.read_text(encoding="utf-8")):
        if release.version == version:
            return release.date
    return ""


def manpage(language: str = "en") -> str:
    """The groff source of ``parcours(1)`` in ``language`` ("en" or "fr")."""
    from app import __version__, cli, i18n

    i18n.install(language)
    try:
        parser = cli.build_parser()
        words = WORDS[language]

        def section(title: str) -> str:
            return f".SH {words.sections.get(title, title)}"

        description = parser.description or ""
        summary = description.split(". ", 1)[0].split(": ", 1)[-1]
        lines = [
            '.\\" -*- coding: UTF-8 -*-',
            '.\\" Generated by packaging/manpage.py from app/cli.py: do not edit.',
            f'.TH PARCOURS 1 "{_release_date(__version__)}" "parcours {__version__}" '
            f'"{words.manual}"',
            section("NAME"),
            f"parcours \\- {escape(summary)}",
            section("SYNOPSIS"),
            escape(_usage(parser)),
            ".br",
            # No command: the editor, on a file if one is given (app.cli.main).
            f"{_bold('parcours')} [{_bold('--lang')} {{en,fr}}] "
            f"[{_italic(i18n.translate('CommandLine', 'FILE'))}]",
            section("DESCRIPTION"),
            escape(description),
            section("OPTIONS"),
            *_options(parser),
            section("COMMANDS"),
        ]
        for name, summary_line, sub in _subcommands(parser):
            lines += [f".SS {_bold(name)}", escape(summary_line) + ".", ".PP", escape(_usage(sub))]
            if sub.description:
                lines += [".PP", escape(sub.description)]
            lines += _options(sub)
        lines.append(section("EXIT STATUS"))
        for constant, meaning in words.exit_status:
            lines += [".TP", _bold(str(getattr(cli, constant))), escape(meaning)]
        lines += [
            section("FILES"),
            escape(words.files),
            section("SEE ALSO"),
            escape(words.see_also),
        ]
        return "\n".join(lines) + "\n"
    finally:
        i18n.install("en")


def main(argv: list[str] | None = None) -> int:
    """Print the manual page, or write it to ``-o OUTPUT``."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--lang", choices=sorted(WORDS), default="en")
    options.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = options.parse_args(argv)
    text = manpage(args.lang)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
