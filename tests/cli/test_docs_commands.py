"""Every command line the documentation shows is one the command line accepts.

docs/csv.md once told users to run `parcours import-csv`, which never existed.
"""

import re
import shlex
from pathlib import Path

import pytest

from app.cli import build_parser

ROOT = Path(__file__).parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
COMMAND = re.compile(r"(?:^|`)(parcours [^`\n]*)", re.MULTILINE)


def _command_lines() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for match in COMMAND.finditer(doc.read_text(encoding="utf-8")):
            line = match.group(1).split(" #")[0].split(" >")[0].strip()
            words = shlex.split(line)
            # `parcours map.journey` or `parcours FILE` opens the editor: subcommands and
            # options are parsed.
            if len(words) > 1 and "." not in words[1] and not words[1].isupper():
                found.append((doc.name, line))
    return found


COMMANDS = _command_lines()


def test_the_docs_show_commands_at_all() -> None:
    assert len(COMMANDS) > 20
    assert {line.split()[1] for _, line in COMMANDS} >= {"new", "import", "export", "validate"}


@pytest.mark.parametrize(("doc", "line"), COMMANDS)
def test_a_documented_command_line_parses(doc: str, line: str) -> None:
    try:
        build_parser().parse_args(shlex.split(line)[1:])
    except SystemExit as done:
        assert done.code == 0, f"{doc}: `{line}` is refused"  # --help and --version exit 0
    except Exception as error:
        pytest.fail(f"{doc}: `{line}` is refused: {error}")
