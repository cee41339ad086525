"""``parcours diff``: what changed from one map to another (e.g. current to future state).

Exit status, like ``diff`` and ``git diff --exit-code``: 0 when the maps tell
the same journey, 1 when they differ, 2 when a file cannot be read or the
command is used the wrong way.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (see ``app.cli.translate``)."""
    from app.model.text import translate as model_translate

    return model_translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate knows it
    """Mark ``text`` for translation; :func:`add_parser` translates it."""
    del context
    return text


DESCRIPTION = QT_TRANSLATE_NOOP(
    "DiffCommand",
    "Compare two maps element by element (cards are matched by id, as in a current "
    "and a future state): cards added, removed or changed with the fields that changed, "
    "phases, lanes, personas and metrics added, removed, renamed or moved, and each "
    "persona's score changes. Exit status: 0 when the maps are the same, 1 when they "
    "differ, 2 when a file cannot be read or the command is used wrongly.",
)


def add_parser(commands: Any, run: Any) -> None:
    """Declare ``parcours diff`` (``run`` is :func:`run_diff` or a wrapper of it)."""
    parser = commands.add_parser(
        "diff",
        help=translate(
            "DiffCommand", "list the differences between two maps (exit 1 when they differ)"
        ),
        description=translate("DiffCommand", DESCRIPTION),
        epilog=translate(
            "DiffCommand",
            "Lines start with + (added), - (removed) or ~ (changed); score changes read "
            "'Léa Moreau at “Card declined”: -2.0 → +0.5'.",
        ),
    )
    parser.add_argument(
        "before",
        type=Path,
        metavar="A",
        help=translate(
            "DiffCommand",
            "the first map, e.g. the current state (.journey, or a PDF, PNG or SVG "
            "exported by Parcours)",
        ),
    )
    parser.add_argument(
        "after",
        type=Path,
        metavar="B",
        help=translate("DiffCommand", "the second map, e.g. the future"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("DiffCommand", "machine-readable output (see docs/compare.md)"),
    )
    parser.set_defaults(run=run)


def run_diff(args: argparse.Namespace) -> int:
    """Print the differences from ``args.before`` to ``args.after``; return the exit status."""
    from app.export.formats import read_map
    from app.model.compare import diff, diff_text, diff_to_json
    from app.model.errors import InputError

    try:
        before = read_map(args.before).doc
        after = read_map(args.after).doc
    except InputError as error:
        sys.stderr.write(error.describe() + "\n")
        return EXIT_TROUBLE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        problem = translate("DiffCommand", "cannot be read ({reason})").format(
            reason=error.strerror or error
        )
        sys.stderr.write(f"{where}{problem}\n")
        return EXIT_TROUBLE
    differences = diff(before, after)
    if args.json:
        data = diff_to_json(differences, before, after)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(diff_text(differences, before, after) + "\n")
    return EXIT_SAME if differences.is_empty else EXIT_DIFFERENT
