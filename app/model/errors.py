"""The one error type for bad input: it names the file, the place and the problem.

Everything that reads user input (``.journey`` files, CSV, Mermaid) raises
:class:`InputError`; the command line and the editor show its text as is.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``place`` is a path into the document (``touchpoints[12].emotions.lea``)
    or a position in a text file (``line 14, emotion:Léa``); empty when the
    problem concerns the whole input.
    """

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class InputError(Exception):
    """An input Parcours cannot use, with every problem found in it."""

    def __init__(self, source: str | None, problems: Sequence[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.source = source
        self.problems: list[Problem] = list(problems)
        super().__init__(self.describe())

    def describe(self, limit: int = 50) -> str:
        """The error as sentences: the file first, then one line per problem."""
        head = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return head + str(self.problems[0])
        lines = [f"{head}{len(self.problems)} problems:"]
        lines += [f"  {problem}" for problem in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return "\n".join(lines)


def place_of(location: Iterable[Any]) -> str:
    """Render a pydantic error location as ``touchpoints[12].emotions.lea``."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def problems_from_pydantic(errors: Iterable[Any], prefix: Sequence[Any] = ()) -> list[Problem]:
    """Turn pydantic's ``ValidationError.errors()`` into readable problems."""
    problems = []
    for error in errors:
        place = place_of([*prefix, *error["loc"]])
        kind = error["type"]
        message = str(error["msg"])
        if kind == "value_error":
            message = message.removeprefix("Value error, ")
        elif kind == "missing":
            message = "is missing"
        elif kind == "extra_forbidden":
            message = "is not a field Parcours knows"
        else:
            message = message[:1].lower() + message[1:]
            if "input" in error and not isinstance(error["input"], dict | list):
                message += f" (found {_shown(error['input'])})"
        problems.append(Problem(place, message))
    return problems
