"""The one error type for bad input: it names the file, the place and the problem.

Everything that reads user input (``.journey`` files, CSV, Mermaid) raises
:class:`InputError`; the command line and the editor show its text as is.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.model.text import QT_TRANSLATE_NOOP, plural, translate


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
        count = plural(
            "Problems",
            len(self.problems),
            QT_TRANSLATE_NOOP("Problems", "{n} problem"),
            QT_TRANSLATE_NOOP("Problems", "{n} problems"),
        )
        lines = [translate("Problems", "{source}{count}:").format(source=head, count=count)]
        lines += [f"  {problem}" for problem in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(
                translate("Problems", "  ... and {n} more").format(n=len(self.problems) - limit)
            )
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


# pydantic's own sentences in the interface language: English keeps pydantic's words,
# other languages use these templates (filled from the error's ``ctx``) when the error
# type is listed; the rare others stay in pydantic's English.
_PYDANTIC = {
    "float_parsing": QT_TRANSLATE_NOOP(
        "Problems", "input should be a valid number, unable to parse string as a number"
    ),
    "float_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid number"),
    "int_parsing": QT_TRANSLATE_NOOP(
        "Problems", "input should be a valid integer, unable to parse string as an integer"
    ),
    "int_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid integer"),
    "int_from_float": QT_TRANSLATE_NOOP(
        "Problems", "input should be a valid integer, got a number with a fractional part"
    ),
    "string_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid string"),
    "bool_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid boolean"),
    "bool_parsing": QT_TRANSLATE_NOOP(
        "Problems", "input should be a valid boolean, unable to interpret input"
    ),
    "list_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid list"),
    "dict_type": QT_TRANSLATE_NOOP("Problems", "input should be a valid dictionary"),
    "model_type": QT_TRANSLATE_NOOP(
        "Problems", "input should be a valid dictionary or instance of {class_name}"
    ),
    "literal_error": QT_TRANSLATE_NOOP("Problems", "input should be {expected}"),
    "enum": QT_TRANSLATE_NOOP("Problems", "input should be {expected}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Problems", "input should be less than or equal to {le}"),
    "less_than": QT_TRANSLATE_NOOP("Problems", "input should be less than {lt}"),
    "greater_than_equal": QT_TRANSLATE_NOOP(
        "Problems", "input should be greater than or equal to {ge}"
    ),
    "greater_than": QT_TRANSLATE_NOOP("Problems", "input should be greater than {gt}"),
    "finite_number": QT_TRANSLATE_NOOP("Problems", "input should be a finite number"),
    "string_too_long": QT_TRANSLATE_NOOP(
        "Problems", "string should have at most {max_length} characters"
    ),
    "string_too_short": QT_TRANSLATE_NOOP(
        "Problems", "string should have at least {min_length} characters"
    ),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "string should match pattern '{pattern}'"
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Problems", "{field_type} should have at most {max_length} items after validation"
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "Problems", "{field_type} should have at least {min_length} items after validation"
    ),
}


def _pydantic_message(error: Any) -> str:
    """pydantic's message, starting in lower case, in the interface language if listed."""
    message = str(error["msg"])
    template = _PYDANTIC.get(error["type"])
    if template is not None:
        translated = translate("Problems", template)
        if translated != template:
            try:
                return translated.format(**{k: v for k, v in error.get("ctx", {}).items()})
            except (KeyError, IndexError, ValueError):
                pass
    return message[:1].lower() + message[1:]


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
            message = translate("Problems", "is missing")
        elif kind == "extra_forbidden":
            message = translate("Problems", "is not a field Parcours knows")
        else:
            message = _pydantic_message(error)
            if "input" in error and not isinstance(error["input"], dict | list):
                message += translate("Problems", " (found {value})").format(
                    value=_shown(error["input"])
                )
        problems.append(Problem(place, message))
    return problems
