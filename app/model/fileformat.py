"""The ``.journey`` file format: deterministic UTF-8 JSON, atomic saves, migrations.

A file looks like::

    {
      "format": "parcours-journey",
      "version": 1,
      "journey": { ...the JourneyMap... }
    }

See ``docs/file-format.md``.
"""

import gc
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.model import limits
from app.model.document import TEXTS_ARE_UTF8, JourneyMap
from app.model.errors import InputError, Problem, problems_from_pydantic
from app.model.integrity import integrity_problems
from app.model.jsonwrite import dumps_indented
from app.model.limits import check_data_size, check_journey, memory_guard, read_limited
from app.model.savefile import SaveError as SaveError  # re-exported
from app.model.savefile import write_file
from app.model.text import number_text, translate

FORMAT_NAME = "parcours-journey"
FORMAT_VERSION = 1
EXTENSION = ".journey"
MEDIA_TYPE = "application/vnd.parcours.journey+json"

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}
"""``MIGRATIONS[n]`` turns the ``journey`` object of a version-``n`` file into version ``n + 1``."""


# -- writing ----------------------------------------------------------------------


OMITTED_WHEN_UNSET: dict[str, tuple[str, ...]] = {
    "personas": ("marker", "dash"),
    "channels": ("icon",),
    "metrics": ("target",),
    "lanes": ("chart",),
}
"""Keys added to version 1 after its first release: written only when set, so that a map
that does not use them stays readable by the Parcours versions that came before them."""

MAP_KEYS_OMITTED_WHEN_UNSET: tuple[str, ...] = ("current_state",)
"""The same for keys of the map itself (``journey``), not of one of its collections."""

MAP_KEYS_OMITTED_WHEN_EMPTY: tuple[str, ...] = ("notes",)
"""Collections added to version 1 later: written only when they hold something."""


def to_data(doc: JourneyMap) -> dict[str, Any]:
    """The file's JSON object for ``doc``."""
    journey = doc.model_dump(mode="json")
    for collection, keys in OMITTED_WHEN_UNSET.items():
        for element in journey[collection]:
            for key in keys:
                if element.get(key) is None:
                    element.pop(key, None)
    for key in MAP_KEYS_OMITTED_WHEN_UNSET:
        if journey.get(key) is None:
            journey.pop(key, None)
    for key in MAP_KEYS_OMITTED_WHEN_EMPTY:
        if not journey.get(key):
            journey.pop(key, None)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "journey": journey}


def dumps(doc: JourneyMap) -> bytes:
    """Serialise ``doc`` to the bytes of a ``.journey`` file.

    Deterministic: the same document always gives the same bytes (model field
    order, sorted id-keyed maps, 2-space indent, non-ASCII kept, final newline),
    so that files diff and merge well.
    """
    text = dumps_indented(to_data(doc))  # json.dumps(indent=2, ensure_ascii=False), faster
    return (text + "\n").encode("utf-8")


def save(doc: JourneyMap, path: str | os.PathLike[str], backup: bool = False) -> None:
    """Write ``doc`` to ``path`` atomically (see :mod:`app.model.savefile`).

    The bytes go to a temporary file in the same folder, which is flushed,
    synced and then renamed over ``path``: a crash or a full disk leaves either
    the old file or the new one, never half of one. A symbolic link saves the
    file it points to; hard links, permissions, owner and extended attributes
    are kept. ``backup`` first keeps the previous version as ``<name>.bak``.
    Raises :class:`~app.model.savefile.SaveError` (an ``OSError``) naming ``path``.
    """
    write_file(path, dumps(doc), backup=backup)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, whole.

    Raises :class:`~app.model.savefile.SaveError` (an ``OSError``) naming ``path``.
    """
    write_file(path, data)


# -- reading ----------------------------------------------------------------------


def read_input(
    path: str | os.PathLike[str], what: str = "a map file", limit: int | None = None
) -> bytes:
    """The bytes of an input file, or :class:`InputError` saying why it cannot be read.

    A file larger than ``limit`` bytes (default :data:`limits.MAX_FILE_BYTES`) is
    refused before it is read.
    """
    source = str(path)
    try:
        return read_limited(path, limits.MAX_FILE_BYTES if limit is None else limit, what)
    except FileNotFoundError:
        raise InputError(source, translate("FileFormat", "there is no such file")) from None
    except IsADirectoryError:
        message = translate("FileFormat", "is a folder, not {what}")
        raise InputError(source, message.format(what=translate("Limits", what))) from None
    except OSError as error:
        message = translate("FileFormat", "cannot be read ({reason})")
        raise InputError(source, message.format(reason=error.strerror or error)) from None


def load(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a ``.journey`` file; raise :class:`InputError` naming the problem."""
    return loads(read_input(path), str(path))


def loads(data: bytes | str, source: str | None = None) -> JourneyMap:
    """Parse the content of a ``.journey`` file (bytes or text).

    The limits of :mod:`app.model.limits` are checked first (size, then element
    counts and text lengths on the parsed JSON); running out of memory is an
    :class:`InputError` too.
    """
    with memory_guard(source), collector_paused():
        check_data_size(len(data), source)
        text = _decode(data, source)
        raw = _parse_json(text, source)
        check_journey(raw.get("journey"), source)
        journey = _migrated_journey(raw, source)
        return from_journey_data(journey, source, _texts_are_utf8(data, text))


def from_journey_data(
    journey: Any, source: str | None = None, texts_are_utf8: bool = False
) -> JourneyMap:
    """Validate a current-version ``journey`` object, fields then references.

    ``texts_are_utf8``: the caller knows every text can be written as UTF-8 (see
    :func:`_texts_are_utf8`), so the elements skip that check.
    """
    context = {TEXTS_ARE_UTF8: True} if texts_are_utf8 else None
    try:
        doc = JourneyMap.model_validate(journey, context=context)
    except ValidationError as error:
        raise InputError(source, problems_from_pydantic(error.errors(), ("journey",))) from None
    problems = integrity_problems(doc)
    if problems:
        raise InputError(source, [Problem(f"journey.{p.place}", p.message) for p in problems])
    return doc


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reading a map, laying it out).

    Parsing and validating a large map allocates about a hundred objects per card and
    frees none of them; every few hundred allocations Python's collector would scan them
    all again for cycles, which is a sixth of the time a 10,000-card map takes to load
    (and a third of the time the editor takes to show it). Nested blocks are fine.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _texts_are_utf8(data: bytes | str, text: str) -> bool:
    """True when no text parsed from ``text`` can hold a lone surrogate.

    Bytes decoded as UTF-8 never give one; only a JSON escape such as ``\\udc80`` can
    (a pair that makes a real character is counted too: the elements then check).
    """
    if not isinstance(data, bytes):
        return False
    # No backslash at all (one quick scan) means no escape; else look for the escapes.
    return "\\" not in text or not _SURROGATE_ESCAPE.search(text)


def _decode(data: bytes | str, source: str | None) -> str:
    if isinstance(data, str):
        text = data
    else:
        if not data or data.isspace():  # not data.strip(), which copies the whole file
            raise InputError(source, _empty())
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(
                source,
                translate(
                    "FileFormat",
                    "is not a Parcours map: byte {byte} is not UTF-8 text (is this a binary file?)",
                ).format(byte=error.start),
            ) from None
    if not text or text.isspace():
        raise InputError(source, _empty())
    if "\x00" in text:
        raise InputError(
            source, translate("FileFormat", "is not a Parcours map: it contains binary data")
        )
    return text


def _empty() -> str:
    return translate("FileFormat", "the file is empty: it is not a Parcours map")


def _parse_json(text: str, source: str | None) -> dict[str, Any]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        if _looks_truncated(text):
            message = translate(
                "FileFormat",
                "line {line}, column {column}: the file ends too early; it looks truncated",
            )
        else:
            message = translate(
                "FileFormat",
                "is not a Parcours map: the JSON is invalid at line {line}, column {column} "
                "({reason})",
            )
        raise InputError(
            source, message.format(line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    except RecursionError:
        raise InputError(
            source, translate("FileFormat", "the JSON is nested too deeply to be a Parcours map")
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise InputError(source, _long_number_problem(text)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise InputError(
            source,
            translate(
                "FileFormat", 'is JSON but not a Parcours map (it lacks "format": "{format}")'
            ).format(format=FORMAT_NAME),
        )
    return raw


_LONG_NUMBER = re.compile(rf"-?\d{{{sys.get_int_max_str_digits() + 1},}}(?![\d.eE])")


def _long_number_problem(text: str) -> str:
    """Say where the number too long to read is (``json.loads`` does not)."""
    found = _LONG_NUMBER.search(text)
    if found is None:
        return translate("FileFormat", "is not a Parcours map: a number in it cannot be read")
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    digits = len(found.group().lstrip("-"))
    return translate(
        "FileFormat", "line {line}, column {column}: a number is too long ({digits} digits)"
    ).format(line=line, column=column, digits=number_text(digits))


def _looks_truncated(text: str) -> bool:
    """True when the JSON stops inside a string or with brackets left open."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string or depth > 0


def _migrated_journey(raw: dict[str, Any], source: str | None) -> Any:
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise InputError(
            source,
            translate(
                "FileFormat", "version: {version} is not a file format version number"
            ).format(version=repr(version)),
        )
    if version > FORMAT_VERSION:
        raise InputError(
            source,
            translate(
                "FileFormat",
                "was saved by a newer Parcours (file format version {version}); this version "
                "reads versions up to {supported}. Update Parcours to open it.",
            ).format(version=version, supported=FORMAT_VERSION),
        )
    extra = sorted(set(raw) - {"format", "version", "journey"})
    if extra:
        unknown = translate("Problems", "is not a field Parcours knows")
        raise InputError(source, [Problem(key, unknown) for key in extra])
    if "journey" not in raw:
        raise InputError(source, translate("FileFormat", "journey: is missing"))
    journey = raw["journey"]
    while version < FORMAT_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise InputError(
                source,
                translate(
                    "FileFormat", "file format version {version} is too old to be read"
                ).format(version=version),
            )
        if not isinstance(journey, dict):
            break  # let validation report the wrong type
        journey = migrate(journey)
        version += 1
    return journey


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a ``.journey`` file (``parcours schema`` prints it)."""
    schema = JourneyMap.model_json_schema(mode="serialization")
    definitions = schema.pop("$defs", {})
    definitions["JourneyMap"] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Parcours journey map",
        "description": f"A {EXTENSION} file, format version {FORMAT_VERSION}.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "journey": {"$ref": "#/$defs/JourneyMap"},
        },
        "required": ["format", "version", "journey"],
        "additionalProperties": False,
        "$defs": definitions,
    }
