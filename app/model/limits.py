"""The limits on what Parcours reads, in one place (see ``docs/file-format.md``, "Limits").

Every limit is checked before the heavy work it protects: a file's size before it is
read (from the file system, then by reading at most one byte more than the limit),
a map's element counts and text lengths on the parsed JSON before validation, a CSV
file's rows, columns and cells as they are read, a Mermaid diagram's lines and tasks
as they are read. Each refusal is an :class:`InputError` naming the file and the
limit. The values are far above any real map: the 10,000-touchpoint stress map of
``scripts/make_big_map.py`` reads well within them.

No Qt and no pydantic here: importing this module is cheap.
"""

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.model.errors import InputError, Problem
from app.model.text import QT_TRANSLATE_NOOP, decimal_text, number_text, translate

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A ``.journey``, CSV or Mermaid file, and the map inside a PDF, PNG or SVG (64 MB)."""
MAX_EXPORT_FILE_BYTES = 256 * 1024 * 1024
"""A PDF, PNG or SVG file read back for the map inside it (256 MB)."""

MAX_TOUCHPOINTS = 50_000
MAX_PHASES = 5_000
MAX_LANES = 5_000
MAX_PERSONAS = 10_000
MAX_METRICS = 10_000
MAX_CHANNELS = 10_000
MAX_NOTES = 50_000
MAX_ITEMS = 10_000
"""Any other list or table in a map: a card's actions, quotes or scores, a persona's goals."""
MAX_TEXT_CHARS = 131_072
"""One text: a field of a map, a CSV cell, a line of a Mermaid diagram (128 Ki characters,
the longest cell Python's csv module reads)."""
MAX_AVATAR_CHARS = 350_000
"""An avatar's base64 ``data`` (the picture itself is at most 256 KiB, 349,528 characters)."""
MAX_TOTAL_TEXT = 50_000_000
"""All the text of one map (every string and key), in characters."""
MAX_CSV_COLUMNS = 25_000

COLLECTIONS: dict[str, tuple[str, int]] = {
    "touchpoints": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} touchpoints; a map holds at most {limit}"),
        MAX_TOUCHPOINTS,
    ),
    "phases": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} phases; a map holds at most {limit}"),
        MAX_PHASES,
    ),
    "lanes": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} lanes; a map holds at most {limit}"),
        MAX_LANES,
    ),
    "personas": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} personas; a map holds at most {limit}"),
        MAX_PERSONAS,
    ),
    "metrics": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} metrics; a map holds at most {limit}"),
        MAX_METRICS,
    ),
    "channels": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} custom channels; a map holds at most {limit}"),
        MAX_CHANNELS,
    ),
    "notes": (
        QT_TRANSLATE_NOOP("Limits", "there are {n} sticky notes; a map holds at most {limit}"),
        MAX_NOTES,
    ),
}
"""The map's collections: the sentence refusing too many, and the most each may hold."""

OUT_OF_MEMORY = QT_TRANSLATE_NOOP("Limits", "is too large to open in the memory available")
"""Marked for translation: show it as ``translate("Limits", OUT_OF_MEMORY)``."""

INPUT_KINDS = (
    QT_TRANSLATE_NOOP("Limits", "a map"),
    QT_TRANSLATE_NOOP("Limits", "a map file"),
    QT_TRANSLATE_NOOP("Limits", "a CSV file"),
    QT_TRANSLATE_NOOP("Limits", "pasted rows"),
    QT_TRANSLATE_NOOP("Limits", "a Mermaid diagram"),
    QT_TRANSLATE_NOOP("Limits", "a Mermaid file"),
    QT_TRANSLATE_NOOP("Limits", "a PDF, PNG or SVG file"),
)
"""The words naming an input in a sentence (the ``what`` of :func:`too_large`)."""


def out_of_memory() -> str:
    """:data:`OUT_OF_MEMORY` in the interface language."""
    return translate("Limits", OUT_OF_MEMORY)


def size_words(size: int) -> str:
    """``size`` bytes in words: ``64.0 MB``, ``1.2 kB``."""
    if size >= 1024 * 1024:
        megabytes = decimal_text(f"{size / (1024 * 1024):.1f}")
        return translate("Limits", "{size} MB").format(size=megabytes)
    return translate("Limits", "{size} kB").format(size=decimal_text(f"{size / 1024:.1f}"))


def too_large(size: int, limit: int, what: str, subject: str = "is") -> str:
    """The sentence refusing ``size`` bytes where ``limit`` is allowed for ``what``.

    ``what`` is one of :data:`INPUT_KINDS`; ``subject`` is "is" (the file) or
    "the map inside is" (a map inside an export).
    """
    if subject == "is":
        template = translate(
            "Limits",
            "is too large to open ({size}; the limit for {what} is {limit}, {bytes} bytes)",
        )
    else:
        template = translate(
            "Limits",
            "the map inside is too large to open ({size}; the limit for {what} is {limit}, "
            "{bytes} bytes)",
        )
    return template.format(
        size=size_words(size),
        what=translate("Limits", what),
        limit=size_words(limit),
        bytes=number_text(limit),
    )


def read_limited(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused with :class:`InputError` when it holds more than ``limit``.

    The size is asked of the file system first; the file is then read up to one byte
    past the limit, so a file that grows meanwhile (or a device) is refused too.
    ``OSError`` is left to the caller.
    """
    source = str(path)
    with Path(path).open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise InputError(source, too_large(size, limit, what))
        try:
            data = handle.read(limit + 1)
        except MemoryError:
            raise InputError(source, out_of_memory()) from None
    if len(data) > limit:
        raise InputError(source, too_large(len(data), limit, what))
    return data


def check_data_size(size: int, source: str | None, what: str = "a map") -> None:
    """Refuse data already in memory (a map inside an export, pasted text) above the limit."""
    if size > MAX_FILE_BYTES:
        raise InputError(source, too_large(size, MAX_FILE_BYTES, what))


@contextmanager
def memory_guard(source: str | None) -> Iterator[None]:
    """Turn running out of memory inside the block into :class:`InputError` naming ``source``."""
    try:
        yield
    except MemoryError:
        raise InputError(source, out_of_memory()) from None


# -- a map's parsed JSON --------------------------------------------------------------


def check_journey(journey: Any, source: str | None) -> None:
    """Refuse a parsed ``journey`` object that goes beyond a limit, before it is validated.

    Counts the collections first (cheap), then walks every value once: no text longer
    than :data:`MAX_TEXT_CHARS`, no other list or table longer than :data:`MAX_ITEMS`,
    no more than :data:`MAX_TOTAL_TEXT` characters in all. Wrong types are left to
    validation.
    """
    if not isinstance(journey, dict):
        return
    for key, (sentence, limit) in COLLECTIONS.items():
        value = journey.get(key)
        if isinstance(value, list | dict) and len(value) > limit:
            message = translate("Limits", sentence).format(
                n=number_text(len(value)), limit=number_text(limit)
            )
            raise InputError(source, [Problem(f"journey.{key}", message)])
    total = _walk(journey, source)
    if total > MAX_TOTAL_TEXT:
        raise InputError(
            source,
            translate("Limits", "holds {n} characters of text; a map holds at most {limit}").format(
                n=number_text(total), limit=number_text(MAX_TOTAL_TEXT)
            ),
        )


def _walk(journey: dict[str, Any], source: str | None) -> int:
    """The characters of text in ``journey``; raises at the first value beyond a limit.

    Depth first, last container first; a container's length, then its keys and texts in
    order. Empty containers are not visited (they hold nothing to check).
    """
    total = 0
    top = set(COLLECTIONS)
    containers = (dict, list)
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(journey, ())]
    pop, push = stack.pop, stack.append
    while stack:
        value, place = pop()
        if isinstance(value, dict):
            if len(value) > MAX_ITEMS and place != ():
                _refuse_items(source, place, len(value))
            for key, item in value.items():
                if isinstance(key, str):
                    size = len(key)
                    total += size
                    if size > MAX_TEXT_CHARS:
                        _refuse_text(source, place, size, MAX_TEXT_CHARS, key=True)
                if isinstance(item, str):
                    size = len(item)
                    total += size
                    if size > MAX_TEXT_CHARS:
                        limit = MAX_AVATAR_CHARS if key == "data" else MAX_TEXT_CHARS
                        if size > limit:
                            _refuse_text(source, (*place, key), size, limit)
                elif isinstance(item, containers) and item:
                    push((item, (*place, key)))
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS and not (len(place) == 1 and place[0] in top):
                _refuse_items(source, place, len(value))
            for index, item in enumerate(value):
                if isinstance(item, str):
                    size = len(item)
                    total += size
                    if size > MAX_TEXT_CHARS:
                        _refuse_text(source, (*place, index), size, MAX_TEXT_CHARS)
                elif isinstance(item, containers) and item:
                    push((item, (*place, index)))
    return total


def _place(place: Sequence[str | int]) -> str:
    text = "journey"
    for part in place:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _refuse_items(source: str | None, place: Sequence[str | int], count: int) -> None:
    message = translate("Limits", "has {n} items; the limit is {limit}").format(
        n=number_text(count), limit=number_text(MAX_ITEMS)
    )
    raise InputError(source, [Problem(_place(place), message)])


def _refuse_text(
    source: str | None, place: Sequence[str | int], length: int, limit: int, key: bool = False
) -> None:
    if key:
        template = translate("Limits", "has a key {n} characters long; the limit is {limit}")
    else:
        template = translate("Limits", "is {n} characters long; the limit is {limit}")
    message = template.format(n=number_text(length), limit=number_text(limit))
    raise InputError(source, [Problem(_place(place), message)])


# -- the command line ---------------------------------------------------------------


def describe_unexpected(
    error: BaseException, command: str, files: Sequence[str | os.PathLike[str]]
) -> str:
    """One sentence for an error nobody expected in ``parcours command``: never empty.

    Names the files the command was working on; running out of memory says so plainly.
    """
    names = ", ".join(str(f) for f in files)
    if isinstance(error, MemoryError):
        where = f"{names}: " if names else ""
        return translate(
            "Limits", "parcours {command}: {where}{problem}. Nothing was written."
        ).format(command=command, where=where, problem=out_of_memory())
    detail = type(error).__name__
    if str(error):
        detail += f": {str(error)[:200]}"
    if names:
        template = translate(
            "Limits",
            "parcours {command}: an unexpected error ({detail}) stopped the command while it "
            "worked on {names}. Nothing was written. Please report this; PARCOURS_DEBUG=1 "
            "shows the details.",
        )
    else:
        template = translate(
            "Limits",
            "parcours {command}: an unexpected error ({detail}) stopped the command. "
            "Nothing was written. Please report this; PARCOURS_DEBUG=1 shows the details.",
        )
    return template.format(command=command, detail=detail, names=names)
