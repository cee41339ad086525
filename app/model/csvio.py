"""Touchpoints as a spreadsheet: read and write the CSV shape of ``docs/csv.md``.

One row per touchpoint; phases, lanes, personas and metrics are built from the
rows and the header. Reading is all-or-nothing (or skips bad rows on request)
and every problem names its line and column. No Qt here.
"""

import csv
import io
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from pydantic import ValidationError

from app.model import limits
from app.model.channels import BUILTIN_CHANNELS, builtin_channel_for_name, fold
from app.model.document import (
    EMOTION_MAX,
    EMOTION_MIN,
    CustomChannel,
    Evidence,
    JourneyMap,
    Lane,
    Metric,
    Opportunity,
    Persona,
    Phase,
    Priority,
    Touchpoint,
)
from app.model.errors import InputError, Problem, problems_from_pydantic
from app.model.limits import (
    MAX_CSV_COLUMNS,
    MAX_TOUCHPOINTS,
    check_data_size,
    check_journey,
    memory_guard,
)
from app.model.palette import LANE_COLOURS, persona_colour, phase_colour
from app.model.templates import DEFAULT_FRAMEWORK_LANES, LANGUAGES, default_lanes, lane_name
from app.model.text import number_text, translate

DEFAULT_TITLE = "Imported journey"
NAME_MAX = 500
EXPORT_COLUMNS: tuple[str, ...] = (
    "phase",
    "title",
    "lane",
    "channel",
    "description",
    "actions",
    "motivation",
    "questions",
    "pain_points",
    "opportunities",
    "quotes",
    "moment_of_truth",
    "evidence",
)

# Folded header name -> (field, language the name gives away: "en", "fr" or "" for both).
_COLUMNS: dict[str, tuple[str, str]] = {
    "phase": ("phase", ""),
    "etape": ("phase", "fr"),
    "title": ("title", "en"),
    "titre": ("title", "fr"),
    "lane": ("lane", "en"),
    "couloir": ("lane", "fr"),
    "channel": ("channel", "en"),
    "canal": ("channel", "fr"),
    "description": ("description", ""),
    "actions": ("actions", ""),
    "motivation": ("motivation", ""),
    "questions": ("questions", ""),
    "pain points": ("pain_points", "en"),
    "points de friction": ("pain_points", "fr"),
    "irritants": ("pain_points", "fr"),
    "opportunities": ("opportunities", "en"),
    "opportunites": ("opportunities", "fr"),
    "quotes": ("quotes", "en"),
    "verbatims": ("quotes", "fr"),
    "moment of truth": ("moment_of_truth", "en"),
    "moment de verite": ("moment_of_truth", "fr"),
    "evidence": ("evidence", "en"),
    "preuve": ("evidence", "fr"),
}
_FRENCH_NAMES = {"phase": "étape", "title": "titre"}
_PREFIXES: dict[str, tuple[str, str]] = {
    "emotion": ("emotion", ""),
    "metric": ("metric", "en"),
    "mesure": ("metric", "fr"),
}
_BULLETS = ("-", "*", "•")
_YES = frozenset({"yes", "true", "1", "x", "oui", "vrai"})
_NO = frozenset({"", "no", "false", "0", "non", "faux"})
_EVIDENCE: dict[str, Evidence] = {
    "": "unstated",
    "unstated": "unstated",
    "observed": "observed",
    "observe": "observed",
    "observee": "observed",
    "assumed": "assumed",
    "suppose": "assumed",
    "supposee": "assumed",
    "proposed": "proposed",
    "propose": "proposed",
    "proposee": "proposed",
}
_PRIORITIES: dict[str, Priority] = {
    "high": "high",
    "haute": "high",
    "medium": "medium",
    "moyenne": "medium",
    "low": "low",
    "basse": "low",
}
_PRIORITY_TAG = re.compile(r"\[\s*([^\[\]]*?)\s*\](.*)", re.DOTALL)
_UNIT = re.compile(r"(.*)\[([^\[\]]*)\]", re.DOTALL)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_SPACES = " \u00a0\u2009\u202f"
_GROUPED = re.compile(rf"[+-]?\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d*)?")
_FORMULA = re.compile("'*[=+\\-@\t\r]")
"""A text a spreadsheet would run as a formula, or one that looks like its protected form."""


@dataclass
class CsvImport:
    """The result of reading a CSV file.

    Attributes:
        journey: The map built from the rows.
        notes: Report lines for the user (ignored columns, encoding used, rows left out).
        skipped: With ``skip_invalid``, the problems of the rows left out.
    """

    journey: JourneyMap
    notes: list[str]
    skipped: list[Problem]


QUOTE_MAX = 60
"""The most characters of a cell that a message quotes (a cell can be megabytes long)."""


def _shown(text: str) -> str:
    """``text`` as quoted in a message: cut to :data:`QUOTE_MAX` characters with "…"."""
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1] + "…"


class _CellError(ValueError):
    """A cell's value is unusable; the message says why, the caller says where."""


@dataclass(frozen=True)
class _Column:
    index: int
    label: str
    key: str
    name: str = ""
    unit: str | None = None


@dataclass
class _Header:
    width: int
    fields: dict[str, _Column] = field(default_factory=dict)
    personas: list[_Column] = field(default_factory=list)
    metrics: list[_Column] = field(default_factory=list)
    unknown: list[_Column] = field(default_factory=list)
    unnamed: list[int] = field(default_factory=list)
    named: dict[tuple[str, str], _Column] = field(default_factory=dict)
    """The persona and metric columns by (kind, case-folded name), to find a name used twice."""
    language: str = ""
    """``fr`` when the header uses French column names; empty when it does not tell."""


@dataclass
class _Row:
    values: dict[str, Any]
    emotions: dict[int, float]
    metrics: dict[int, float]
    percent: set[int]


# -- reading ----------------------------------------------------------------------


def read_csv(
    data: bytes,
    source: str | None = None,
    *,
    title: str | None = None,
    skip_invalid: bool = False,
    language: str | None = None,
) -> CsvImport:
    """Build a journey map from the bytes of a CSV file.

    Args:
        data: The file's content.
        source: The file name, used in error messages.
        title: The new map's title (default ``"Imported journey"``).
        skip_invalid: Import the valid rows and report the others in ``skipped``
            instead of refusing the whole file.
        language: ``en`` or ``fr``: the new map's language, which names its
            default lanes. None finds it from the file (see :func:`file_language`).

    Returns:
        The map, report notes and the problems of the rows left out.

    Raises:
        InputError: The file cannot be used; lists every problem with its line and column.
            A file beyond a limit of :mod:`app.model.limits` (size, rows, columns, cell
            length), or too large for the memory available, is refused in one sentence.
    """
    with memory_guard(source):
        check_data_size(len(data), source, "a CSV file")
        return _read_csv(data, source, title, skip_invalid, language)


def _read_csv(
    data: bytes, source: str | None, title: str | None, skip_invalid: bool, language: str | None
) -> CsvImport:
    title = (title or "").strip() or DEFAULT_TITLE
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    if len(title) > NAME_MAX:
        raise InputError(
            source,
            translate("Csv", "the map title is longer than {limit} characters").format(
                limit=NAME_MAX
            ),
        )
    notes: list[str] = []
    text = _decode(data, source, notes)
    records = _filled_records(text, source)
    if not records:
        raise InputError(
            source,
            translate(
                "Csv", "the file is empty: a header row and one row per touchpoint are expected"
            ),
        )
    header, problems = _read_header(*records[0])
    if problems:
        raise InputError(source, problems)
    _check_header_counts(header, records[0][0], source)
    if len(records) == 1:
        raise InputError(source, translate("Csv", "the file has a header but no touchpoint rows"))
    rows: list[_Row] = []
    skipped: list[Problem] = []
    left_out: list[str] = []
    for line, cells in records[1:]:
        row, row_problems = _read_row(header, line, cells)
        if row_problems:
            skipped += row_problems
            left_out.append(str(line))
        else:
            rows.append(row)
    if skipped and (not skip_invalid or not rows):
        raise InputError(source, skipped)
    notes += _column_notes(header, records[1:])
    if left_out:
        notes.append(
            translate("Csv", "{n} row(s) with problems were left out (line {lines}).").format(
                n=len(left_out), lines=", ".join(left_out)
            )
        )
    return CsvImport(_checked_build(source, header, rows, title, language), notes, skipped)


def _decode(data: bytes, source: str | None, notes: list[str]) -> str:
    junk = InputError(
        source, translate("Csv", "this is not a CSV text file (it contains binary data)")
    )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise junk from None
        notes.append(translate("Csv", "The file was read as UTF-16 text."))
    elif b"\x00" in data:
        raise junk
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise junk from None
            notes.append(
                translate(
                    "Csv",
                    "The file is not valid UTF-8; it was read as Windows-1252 "
                    "(check accented letters).",
                )
            )
    if "\x00" in text:
        raise junk
    return text


def _records(text: str, source: str | None) -> Iterator[tuple[int, list[str]]]:
    """Each record with the physical line it starts on; an Excel ``sep=`` line is honoured."""
    first_line = text.split("\n", 1)[0].strip()
    hinted = len(first_line) == 5 and first_line.lower().startswith("sep=")
    delimiter = first_line[4] if hinted else _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            if not (hinted and start == 1):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise InputError(source, [Problem(_line(start), _csv_message(error))]) from None


def _filled_records(text: str, source: str | None) -> list[tuple[int, list[str]]]:
    """The records that hold something, refused beyond the row, column and cell limits."""
    records: list[tuple[int, list[str]]] = []
    for line, cells in _records(text, source):
        if len(cells) > MAX_CSV_COLUMNS:
            message = translate(
                "Csv", "there are {n} columns; a CSV file holds at most {limit}"
            ).format(n=number_text(len(cells)), limit=number_text(MAX_CSV_COLUMNS))
            raise InputError(source, [Problem(_line(line), message)])
        if cells and max(map(len, cells)) > limits.MAX_TEXT_CHARS:
            raise InputError(source, [Problem(_line(line), _cell_too_long())])
        if _filled(cells):
            records.append((line, cells))
            if len(records) > MAX_TOUCHPOINTS + 1:  # the header, then one row per touchpoint
                message = translate(
                    "Csv",
                    "there are more than {limit} touchpoint rows; a CSV file holds at most {limit}",
                ).format(limit=number_text(MAX_TOUCHPOINTS))
                raise InputError(source, [Problem(_line(line), message)])
    return records


def _line(line: int) -> str:
    """A problem's place: ``line 14``."""
    return translate("Csv", "line {line}").format(line=line)


def _cell(line: int, label: str) -> str:
    """A problem's place: ``line 14, "Title"`` (the column's header label)."""
    return translate("Csv", "line {line}, {column}").format(line=line, column=_shown(label))


def _cell_too_long() -> str:
    return translate("Csv", "a cell is longer than {limit} characters, the limit").format(
        limit=number_text(limits.MAX_TEXT_CHARS)
    )


def _csv_message(error: csv.Error) -> str:
    """The csv module's complaint in words a spreadsheet user knows."""
    if str(error).startswith("field larger than field limit"):
        return _cell_too_long()
    if str(error) == "unexpected end of data":
        return translate("Csv", 'a quoted cell that starts here is never closed (a " is missing)')
    if "expected after" in str(error):
        return translate(
            "Csv",
            "a quoted cell has text after its closing quote (inside a quoted cell, "
            'write "" for a quote)',
        )
    return translate("Csv", "the CSV cannot be read here ({reason})").format(reason=error)


def _detect_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon and tab that splits the header row most."""
    counts = dict.fromkeys(",;\t", 0)
    quoted = False
    for ch in text.lstrip(" \r\n"):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _filled(cells: list[str]) -> bool:
    return any(cell.strip() for cell in cells)


# -- the header -------------------------------------------------------------------


def _read_header(line: int, cells: list[str]) -> tuple[_Header, list[Problem]]:
    header = _Header(width=len(cells))
    problems: list[Problem] = []
    votes = {"en": 0, "fr": 0, "": 0}
    for index, raw in enumerate(cells):
        label = raw.strip()
        if not label:
            header.unnamed.append(index)
            continue
        kind = _classify(label)
        if kind is None:
            header.unknown.append(_Column(index, label, ""))
            continue
        key, name, language = kind
        votes[language] += 1
        try:
            _add_column(header, index, label, key, name)
        except _CellError as error:
            problems.append(Problem(_cell(line, label), str(error)))
    for key in ("phase", "title"):
        if key not in header.fields:
            message = translate(
                "Csv", 'the required column "{name}" (French "{french}") is missing'
            ).format(name=key, french=_FRENCH_NAMES[key])
            problems.append(Problem(_line(line), message))
    header.language = "fr" if votes["fr"] > votes["en"] else ""
    return header, problems


def _classify(label: str) -> tuple[str, str, str] | None:
    """(field, persona or metric name, language hint) of a header label; None if unknown."""
    folded = fold(label)
    if folded in _COLUMNS:
        key, language = _COLUMNS[folded]
        return key, "", language
    prefix, colon, name = label.partition(":")
    if colon and fold(prefix) in _PREFIXES:
        key, language = _PREFIXES[fold(prefix)]
        if key == "emotion" and prefix.strip().casefold() != fold(prefix):
            language = "fr"  # written with its accent: "émotion:"
        return key, name.strip(), language
    return None


def _add_column(header: _Header, index: int, label: str, key: str, name: str) -> None:
    if key not in ("emotion", "metric"):
        if key in header.fields:
            also = _shown(header.fields[key].label)
            raise _CellError(
                translate("Csv", 'this column appears twice (also as "{label}")').format(label=also)
            )
        header.fields[key] = _Column(index, label, key)
        return
    unit: str | None = None
    if key == "metric" and (match := _UNIT.fullmatch(name)):
        name, unit = match[1].strip(), match[2].strip()
    persona = key == "emotion"
    if not name:
        raise _CellError(
            translate("Csv", "the persona has no name (write it after the colon)")
            if persona
            else translate("Csv", "the metric has no name (write it after the colon)")
        )
    if len(name) > NAME_MAX:
        message = (
            translate("Csv", "the persona name is longer than {limit} characters")
            if persona
            else translate("Csv", "the metric name is longer than {limit} characters")
        )
        raise _CellError(message.format(limit=NAME_MAX))
    group = header.personas if key == "emotion" else header.metrics
    other = header.named.get((key, name.casefold()))
    if other is not None:
        message = (
            translate("Csv", 'the persona "{name}" already has a column ("{label}")')
            if persona
            else translate("Csv", 'the metric "{name}" already has a column ("{label}")')
        )
        raise _CellError(message.format(name=_shown(name), label=_shown(other.label)))
    column = _Column(index, label, key, name, unit)
    header.named[key, name.casefold()] = column
    group.append(column)


def _column_notes(header: _Header, records: list[tuple[int, list[str]]]) -> list[str]:
    unknown = translate("Csv", 'The column "{label}" is not one Parcours knows; it was ignored.')
    notes = [unknown.format(label=_shown(c.label)) for c in header.unknown]
    for index in header.unnamed:
        if any(index < len(cells) and cells[index].strip() for _, cells in records):
            notes.append(
                translate("Csv", "Column {n} has no name in the header; it was ignored.").format(
                    n=index + 1
                )
            )
    return notes


# -- rows -------------------------------------------------------------------------


def _read_row(header: _Header, line: int, cells: list[str]) -> tuple[_Row, list[Problem]]:
    row = _Row({}, {}, {}, set())
    problems: list[Problem] = []

    def attempt(column: _Column, store: Callable[[str], None]) -> None:
        try:
            store(cells[column.index] if column.index < len(cells) else "")
        except _CellError as error:
            problems.append(Problem(_cell(line, column.label), str(error)))

    for key, column in header.fields.items():
        attempt(column, partial(_store_field, row, key))
    for position, column in enumerate(header.personas):
        attempt(column, partial(_store_emotion, row, position))
    for position, column in enumerate(header.metrics):
        attempt(column, partial(_store_metric, row, position, column.unit))
    if _filled(cells[header.width :]):
        message = translate(
            "Csv",
            "the row has {cells} cells but the header has {columns} "
            "columns (is a cell that contains the delimiter missing its quotes?)",
        ).format(cells=len(cells), columns=header.width)
        problems.append(Problem(_line(line), message))
    return row, problems


def _store_field(row: _Row, key: str, raw: str) -> None:
    row.values[key] = _CELL_READERS[key](raw)


def _store_emotion(row: _Row, position: int, raw: str) -> None:
    value = _emotion(raw)
    if value is not None:
        row.emotions[position] = value


def _store_metric(row: _Row, position: int, unit: str | None, raw: str) -> None:
    read = _metric(raw, unit)
    if read is not None:
        row.metrics[position], percent = read
        if percent:
            row.percent.add(position)


def _required(what: str) -> Callable[[str], str]:
    def read(raw: str) -> str:
        name = _name(raw)
        if not name:
            raise _CellError(
                translate("Csv", "the phase is empty; every touchpoint needs one")
                if what == "phase"
                else translate("Csv", "the title is empty; every touchpoint needs one")
            )
        return name

    return read


def _name(raw: str) -> str:
    name = _restore(raw.strip())
    if len(name) > NAME_MAX:
        raise _CellError(
            translate("Csv", "is {n} characters long; the limit is {limit}").format(
                n=len(name), limit=NAME_MAX
            )
        )
    return name


def _text(raw: str) -> str:
    return _lines_of(_restore(raw))


def _lines_of(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _restore(text: str) -> str:
    """The text without the apostrophe that export puts before a formula-like text."""
    return text[1:] if text[:1] == "'" and _FORMULA.match(text, 1) else text


def _items(raw: str) -> list[str]:
    """One item per line; a leading bullet (``-``, ``*``, ``•``) and blank lines are dropped.

    A line's protecting apostrophe (see :func:`_defuse`) is dropped before its bullet.
    """
    items = []
    for line in _lines_of(raw).split("\n"):
        item = _restore(line.strip())
        if item[:1] in _BULLETS:
            item = item[1:].strip()
        if item:
            items.append(item)
    return items


def _opportunities(raw: str) -> list[Opportunity]:
    result = []
    for item in _items(raw):
        text, priority = item, "medium"
        tag = _PRIORITY_TAG.fullmatch(item)
        if tag and fold(tag[1]) in _PRIORITIES:
            text, priority = tag[2].strip(), _PRIORITIES[fold(tag[1])]
        if not text:
            raise _CellError(
                translate("Csv", '"{text}" has a priority but no text').format(text=_shown(item))
            )
        if len(text) > NAME_MAX:
            raise _CellError(
                translate("Csv", "an opportunity is longer than {limit} characters").format(
                    limit=NAME_MAX
                )
            )
        result.append(Opportunity(text=text, priority=priority))
    return result


def _yes_no(raw: str) -> bool:
    answer = fold(raw)
    if answer in _YES or answer in _NO:
        return answer in _YES
    raise _CellError(
        translate(
            "Csv",
            '"{text}" is not yes or no (write yes, no, oui, non, x, 1, 0, or leave it empty)',
        ).format(text=_shown(raw.strip()))
    )


def _evidence(raw: str) -> Evidence:
    evidence = _EVIDENCE.get(fold(raw))
    if evidence is None:
        raise _CellError(
            translate(
                "Csv",
                '"{text}" is not observed, assumed or proposed (observé, supposé, proposé), '
                "nor empty",
            ).format(text=_shown(raw.strip()))
        )
    return evidence


_CELL_READERS: dict[str, Callable[[str], Any]] = {
    "phase": _required("phase"),
    "title": _required("title"),
    "lane": _name,
    "channel": _name,
    "description": _text,
    "motivation": _text,
    "actions": _items,
    "questions": _items,
    "pain_points": _items,
    "quotes": _items,
    "opportunities": _opportunities,
    "moment_of_truth": _yes_no,
    "evidence": _evidence,
}


def _number(text: str) -> float | None:
    text = text.strip().replace("\u2212", "-")
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else None


def _grouped_number(text: str) -> float | None:
    """A number that may group its thousands with (thin, non-breaking) spaces."""
    text = text.strip(_SPACES)
    if _GROUPED.fullmatch(text):
        text = "".join(ch for ch in text if ch not in _SPACES)
    return _number(text)


def _emotion(raw: str) -> float | None:
    text = raw.strip()
    if not text:
        return None
    value = _number(text)
    if value is None:
        raise _CellError(
            translate("Csv", '"{text}" is not a number between -2 and +2').format(text=_shown(text))
        )
    if not EMOTION_MIN <= value <= EMOTION_MAX:
        raise _CellError(
            translate("Csv", "{text} is out of range: a feeling is scored from -2 to +2").format(
                text=_shown(text)
            )
        )
    return value


def _metric(raw: str, unit: str | None) -> tuple[float, bool] | None:
    """The value of a metric cell and whether it carried a ``%`` sign; None when empty."""
    text = raw.strip()
    if not text:
        return None
    percent = text.endswith("%")
    if percent and unit not in (None, "%"):
        raise _CellError(
            translate("Csv", '"{text}" has a % sign but this column\'s unit is {unit}').format(
                text=_shown(text), unit=_shown(unit)
            )
        )
    if percent:
        value = _grouped_number(text.removesuffix("%"))
    else:
        value = _grouped_number(text)
        if value is None and unit:
            value = _grouped_number(text.removesuffix(unit))  # "12 €" in a "[€]" column
    if value is None:
        raise _CellError(
            translate(
                "Csv",
                '"{text}" is not a number (use . or , as the decimal mark '
                "and spaces between thousands)",
            ).format(text=_shown(text))
        )
    return value, percent


# -- building the map ------------------------------------------------------------

_T = TypeVar("_T")


def _named(registry: dict[str, _T], name: str, make: Callable[[str], _T]) -> _T:
    """The element called ``name`` (matched with :func:`fold`), made on first use."""
    key = fold(name)
    if key not in registry:
        registry[key] = make(name)
    return registry[key]


def _unit(position: int, column: _Column, rows: list[_Row]) -> str:
    """The unit in the header's brackets, else "%" when values carried a % sign."""
    if column.unit is not None:
        return column.unit
    return "%" if any(position in row.percent for row in rows) else ""


# Words that give a language away in names and titles (an exported file always has an
# English header, so a French map is recognised from its contents).
_FRENCH_WORDS = frozenset(
    {
        *("le", "la", "les", "l", "de", "des", "du", "d", "et", "un", "une", "au", "aux"),
        *("pour", "avec", "sur", "chez", "par", "dans", "en", "sans", "est", "qu", "que"),
        *("ou", "son", "sa", "ses", "votre", "vos", "notre", "nos"),
    }
)
_ENGLISH_WORDS = frozenset(
    {
        *("the", "of", "and", "to", "for", "with", "in", "at", "by", "from", "into", "is"),
        *("your", "our", "their", "an"),
    }
)
_WORD = re.compile(r"[^\W\d_]+")
_NAME_WEIGHT = 5
"""A built-in channel or default lane name weighs as much as five common words."""


def _language_names() -> dict[str, dict[str, str]]:
    """Folded name -> language, for names that differ between English and French."""
    names: dict[str, dict[str, str]] = {"channel": {}, "lane": {}}
    for channel in BUILTIN_CHANNELS:
        if fold(channel.en) != fold(channel.fr):
            names["channel"][fold(channel.en)] = "en"
            names["channel"][fold(channel.fr)] = "fr"
    for kind in ("touchpoints", "emotion", *DEFAULT_FRAMEWORK_LANES, "quotes", "description"):
        english, french = lane_name(kind, "en"), lane_name(kind, "fr")
        if fold(english) != fold(french):
            names["lane"][fold(english)] = "en"
            names["lane"][fold(french)] = "fr"
    return names


_LANGUAGE_NAMES = _language_names()


def file_language(header_language: str, rows: list[dict[str, Any]]) -> str:
    """The language of an imported file: ``fr`` or ``en``.

    French column names decide at once. Otherwise (an exported file always has
    the English header) the rows tell: built-in channels and default lane names
    in French or English, then common French or English words in the phase,
    lane and title cells. A tie is English.
    """
    if header_language:
        return header_language
    votes = {"en": 0, "fr": 0}
    for values in rows:
        for key in ("channel", "lane"):
            found = _LANGUAGE_NAMES[key].get(fold(values.get(key) or ""))
            if found:
                votes[found] += _NAME_WEIGHT
        for key in ("phase", "lane", "title"):
            for word in _WORD.findall(str(values.get(key) or "").casefold()):
                if word in _FRENCH_WORDS:
                    votes["fr"] += 1
                elif word in _ENGLISH_WORDS:
                    votes["en"] += 1
    return "fr" if votes["fr"] > votes["en"] else "en"


def _build(
    header: _Header, rows: list[_Row], title: str, language: str | None = None
) -> JourneyMap:
    language = language or file_language(header.language, [row.values for row in rows])
    personas = [
        Persona(name=c.name, colour=persona_colour(i)) for i, c in enumerate(header.personas)
    ]
    metrics = [Metric(name=c.name, unit=_unit(i, c, rows)) for i, c in enumerate(header.metrics)]
    phases: dict[str, Phase] = {}
    lanes: dict[str, Lane] = {}
    channels: dict[str, CustomChannel] = {}

    def new_phase(name: str) -> Phase:
        return Phase(name=name, colour=phase_colour(len(phases)))

    def new_lane(name: str) -> Lane:
        return Lane(kind="touchpoints", name=name, colour=LANE_COLOURS["touchpoints"])

    touchpoints = []
    for row in rows:
        values = dict(row.values)
        phase = _named(phases, values.pop("phase"), new_phase)
        lane = _named(lanes, values.pop("lane", "") or lane_name("touchpoints", language), new_lane)
        channel_name = values.pop("channel", "")
        channel = builtin_channel_for_name(channel_name) if channel_name else None
        if channel_name and channel is None:
            channel = _named(channels, channel_name, lambda n: CustomChannel(name=n)).id
        touchpoints.append(
            Touchpoint(
                phase_id=phase.id,
                lane_id=lane.id,
                channel=channel,
                **values,
                emotions={personas[i].id: v for i, v in row.emotions.items()},
                metrics={metrics[i].id: v for i, v in row.metrics.items()},
            )
        )
    all_lanes = [
        *lanes.values(),
        *(lane for lane in default_lanes(language) if lane.kind != "touchpoints"),
    ]
    all_lanes += [
        Lane(kind="metric", name=m.name, metric_id=m.id, colour=LANE_COLOURS["metric"])
        for m in metrics
    ]
    return JourneyMap(
        title=title,
        language=language,
        phases=list(phases.values()),
        lanes=all_lanes,
        personas=personas,
        metrics=metrics,
        channels=list(channels.values()),
        touchpoints=touchpoints,
    )


# -- writing ----------------------------------------------------------------------


def write_csv(doc: JourneyMap) -> bytes:
    """The touchpoints of ``doc`` as CSV bytes, one row per touchpoint in journey order.

    English header, comma-delimited, UTF-8 with BOM, ``.`` as decimal mark, one
    line per list item inside a quoted cell, personas and metrics in map order.
    What CSV does not carry (phases and lanes without touchpoints, colours,
    persona details, unused custom channels) is left out.
    """
    touchpoints = doc.touchpoints_in_journey_order()
    measured = {metric_id for tp in touchpoints for metric_id in tp.metrics}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(
        _clean(
            [
                *EXPORT_COLUMNS,
                *(f"emotion:{persona.name}" for persona in doc.personas),
                *(_metric_label(metric, metric.id in measured) for metric in doc.metrics),
            ]
        )
    )
    phases = {phase.id: phase.name for phase in doc.phases}
    lanes = {lane.id: lane.name for lane in doc.lanes}
    for tp in touchpoints:
        cells = [
            _defuse(phases.get(tp.phase_id, "")),
            _defuse(tp.title),
            _defuse(lanes.get(tp.lane_id, "")),
            _defuse(_channel_label(doc, tp.channel)),
            _defuse(tp.description),
            _lines(tp.actions),
            _defuse(tp.motivation),
            _lines(tp.questions),
            _lines(tp.pain_points),
            "\n".join(_defuse(_opportunity_line(o)) for o in tp.opportunities),
            _lines(tp.quotes),
            "yes" if tp.moment_of_truth else "no",
            "" if tp.evidence == "unstated" else tp.evidence,
            *(
                _format_number(tp.emotions[p.id]) if p.id in tp.emotions else ""
                for p in doc.personas
            ),
            *(_metric_cell(tp, metric) for metric in doc.metrics),
        ]
        writer.writerow(_clean(cells))
    return buffer.getvalue().encode("utf-8-sig")


def _clean(cells: list[str]) -> list[str]:
    # A NUL would make the file read as binary; it is never meaningful text.
    return [cell.replace("\x00", "") for cell in cells]


def _metric_label(metric: Metric, measured: bool) -> str:
    # The unit goes in brackets unless "%" signs on the values carry it; a name that
    # itself ends in brackets gets an explicit unit so it is not read as one.
    bracketed = _UNIT.fullmatch(metric.name) is not None
    if not bracketed and (metric.unit == "" or (metric.unit == "%" and measured)):
        return f"metric:{metric.name}"
    return f"metric:{metric.name} [{metric.unit}]"


def _metric_cell(tp: Touchpoint, metric: Metric) -> str:
    if metric.id not in tp.metrics:
        return ""
    text = _format_number(tp.metrics[metric.id])
    return text + "%" if metric.unit == "%" else text


def _channel_label(doc: JourneyMap, channel: str | None) -> str:
    # Built-in channels are written in the map's language; reading accepts either.
    return doc.channel_name(channel)


def _protect(item: str) -> str:
    """An item that starts with a bullet gets one more, since reading drops one."""
    return f"- {item}" if item[:1] in _BULLETS else item


def _lines(items: list[str]) -> str:
    return "\n".join(_defuse(_protect(item)) for item in items)


def _defuse(text: str) -> str:
    """A text a spreadsheet would run as a formula, with an apostrophe in front.

    Texts starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get
    the apostrophe spreadsheets use to mark text; so do texts that already start
    with apostrophes followed by one of those, so that reading, which drops one
    such apostrophe (:func:`_restore`), gives them back unchanged. Numbers are
    written elsewhere and never pass here.
    """
    return f"'{text}" if _FORMULA.match(text) else text


def _opportunity_line(opportunity: Opportunity) -> str:
    tag = _PRIORITY_TAG.fullmatch(opportunity.text)
    looks_tagged = tag is not None and fold(tag[1]) in _PRIORITIES
    if opportunity.priority != "medium" or looks_tagged:
        return f"[{opportunity.priority}] {opportunity.text}"
    return _protect(opportunity.text)


def _format_number(value: float) -> str:
    text = repr(float(value))
    return text.removesuffix(".0")


# -- rows on the clipboard --------------------------------------------------------


def write_csv_rows(doc: JourneyMap, touchpoint_ids: list[str]) -> str:
    """The CSV text (header and one row per card) of some touchpoints of ``doc``.

    The same columns and cell formats as :func:`write_csv`, restricted to
    ``touchpoint_ids`` (in journey order), as text without a byte-order mark:
    what goes on the clipboard when cards are copied.
    """
    wanted = set(touchpoint_ids)
    chosen = doc.model_copy(update={"touchpoints": [t for t in doc.touchpoints if t.id in wanted]})
    return write_csv(chosen).decode("utf-8-sig")


def read_pasted_rows(text: str, source: str | None, *, phase: str, lane: str) -> CsvImport:
    """Read CSV rows pasted from a spreadsheet, as :func:`read_csv` reads a file.

    Differences, because pasted rows arrive without the context of a file:

    - without a ``phase`` column every row goes to the phase called ``phase``;
      an empty or missing ``lane`` goes to the lane called ``lane``;
    - when the first row names no column Parcours knows, it is not a header:
      every row (the first included) becomes a card whose title is its first cell.

    Raises:
        InputError: The rows cannot be used; every problem names its line and column.
    """
    with memory_guard(source):
        check_data_size(len(text), source, "pasted rows")
        records = _filled_records(text, source)
    if not records:
        raise InputError(source, translate("Csv", "there are no rows to paste"))
    notes: list[str] = []
    first_line, first = records[0]
    if any(_classify(cell.strip()) for cell in first if cell.strip()):
        header_cells, body = first, records[1:]
    else:
        header_cells, body = ["title"], [(line, cells[:1]) for line, cells in records]
        if any(len(cells) > 1 and _filled(cells[1:]) for _, cells in records):
            notes.append(
                translate(
                    "Csv",
                    "The rows have no header, so each row's first cell became a card's title "
                    "and the other cells were left out.",
                )
            )
    width = len(header_cells)
    keys = {kind[0] for cell in header_cells if (kind := _classify(cell.strip()))}
    added = [] if "phase" in keys else [phase]
    header, problems = _read_header(first_line, [*header_cells, *(["phase"] if added else [])])
    if problems:
        raise InputError(source, problems)
    if not body:
        raise InputError(source, translate("Csv", "there is a header but no rows to paste"))
    rows: list[_Row] = []
    row_problems: list[Problem] = []
    for line, cells in body:
        padded = [*cells[:width], *[""] * (width - len(cells)), *added, *cells[width:]]
        row, found = _read_row(header, line, padded)
        row_problems += found
        if not row.values.get("lane"):
            row.values["lane"] = lane
        rows.append(row)
    if row_problems:
        raise InputError(source, row_problems)
    notes += _column_notes(header, body)
    return CsvImport(_checked_build(source, header, rows, DEFAULT_TITLE, None), notes, [])


def _checked_build(
    source: str | None, header: _Header, rows: list[_Row], title: str, language: str | None
) -> JourneyMap:
    """:func:`_build`, with anything the model still refuses told as the import's own error."""
    try:
        doc = _build(header, rows, title, language)
    except ValidationError as error:
        raise InputError(source, problems_from_pydantic(error.errors())) from None
    check_journey(doc.model_dump(mode="json"), source)  # what is imported can be reopened
    return doc


def _check_header_counts(header: _Header, line: int, source: str | None) -> None:
    """Refuse more persona or metric columns than a map may hold, before any row is read."""
    for columns, sentence, limit in (
        (
            header.personas,
            translate("Csv", "there are {n} persona columns; a map holds at most {limit} personas"),
            limits.MAX_PERSONAS,
        ),
        (
            header.metrics,
            translate("Csv", "there are {n} metric columns; a map holds at most {limit} metrics"),
            limits.MAX_METRICS,
        ),
    ):
        if len(columns) > limit:
            message = sentence.format(n=number_text(len(columns)), limit=number_text(limit))
            raise InputError(source, [Problem(_line(line), message)])
