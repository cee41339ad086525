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

DESCRIPTION = (
    "Compare two maps element by element (cards are matched by id, as in a current "
    "and a future state): cards added, removed or changed with the fields that changed, "
    "phases, lanes, personas and metrics added, removed, renamed or moved, and each "
    "persona's score changes. Exit status: 0 when the maps are the same, 1 when they "
    "differ, 2 when a file cannot be read or the command is used wrongly."
)


def add_parser(commands: Any, run: Any) -> None:
    """Declare ``parcours diff`` (``run`` is :func:`run_diff` or a wrapper of it)."""
    parser = commands.add_parser(
        "diff",
        help="list the differences between two maps (exit 1 when they differ)",
        description=DESCRIPTION,
        epilog="Lines start with + (added), - (removed) or ~ (changed); score changes read "
        "'Léa Moreau at “Card declined”: -2.0 → +0.5'.",
    )
    parser.add_argument(
        "before",
        type=Path,
        metavar="A",
        help="the first map, e.g. the current state (.journey, or a PDF, PNG or SVG "
        "exported by Parcours)",
    )
    parser.add_argument("after", type=Path, metavar="B", help="the second map, e.g. the future")
    parser.add_argument(
        "--json", action="store_true", help="machine-readable output (see docs/compare.md)"
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
        sys.stderr.write(f"{where}cannot be read ({error.strerror or error})\n")
        return EXIT_TROUBLE
    differences = diff(before, after)
    if args.json:
        data = diff_to_json(differences, before, after)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(diff_text(differences, before, after) + "\n")
    return EXIT_SAME if differences.is_empty else EXIT_DIFFERENT
