"""Text measuring and wrapping, shared by every renderer.

The renderer passes a :class:`Measure` (Qt font metrics on the canvas,
reportlab's ``stringWidth`` in PDFs); wrapping and ellipsis are decided here
so that every output breaks lines at the same words.
"""

import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple, Protocol, TypeVar, cast

ELLIPSIS = "…"
_T = TypeVar("_T")
_MISSING = object()


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A kind of text in the map: its size in layout units and weight.

    ``role`` names the style and must be unique: caches are keyed by it.
    """

    role: str
    size: float
    bold: bool = False


PHASE_TITLE = TextStyle("phase-title", 15, bold=True)
PHASE_NOTE = TextStyle("phase-note", 11)
LANE_TITLE = TextStyle("lane-title", 13, bold=True)
CARD_TITLE = TextStyle("card-title", 13, bold=True)
CARD_META = TextStyle("card-meta", 11)
BODY = TextStyle("body", 12)
SMALL = TextStyle("small", 10)
STYLES: tuple[TextStyle, ...] = (
    PHASE_TITLE,
    PHASE_NOTE,
    LANE_TITLE,
    CARD_TITLE,
    CARD_META,
    BODY,
    SMALL,
)


class Measure(Protocol):
    """How a renderer measures text. Widths and heights are in layout units."""

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of ``text`` set in ``style``."""

    def line_height(self, style: TextStyle) -> float:
        """The distance between two baselines in ``style``."""


class ApproximateMeasure:
    """A font-free measure: fixed advances per character class.

    Used by tests and wherever no renderer is at hand; wide (CJK) characters
    count double.
    """

    def width(self, text: str, style: TextStyle) -> float:
        """Roughly the width ``text`` would take in a common sans-serif font."""
        factor = 0.6 if style.bold else 0.55
        units = sum(2.0 if _is_wide(ch) else 1.0 for ch in text)
        return units * style.size * factor

    def line_height(self, style: TextStyle) -> float:
        """1.3 times the font size."""
        return style.size * 1.3


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


_WIDE_CHARS = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"


@cache
def token_pattern() -> re.Pattern[str]:
    """A token: one wide (CJK) character, a word with the spaces after it, or spaces.

    Compiled on first use (10 ms: its classes span tens of thousands of characters), which
    text of single-spaced words never needs.
    """
    return re.compile(rf"[{_WIDE_CHARS}]|[^\s{_WIDE_CHARS}]+\s*|\s+")


@cache
def _wide_pattern() -> re.Pattern[str]:
    """The characters :func:`token_pattern` takes one by one."""
    return re.compile(rf"[{_WIDE_CHARS}]")


class _Wrapped(NamedTuple):
    """The wrapper's lines for one width, style, line count and prefix."""

    lines: dict[str, tuple[str, ...]]
    """The lines of each text wrapped so far."""
    cut: set[str]
    """The texts among them whose lines were cut short (ended with an ellipsis)."""


class Wrapper:
    """Wraps text to a width with a measure, caching the width of every word it meets."""

    MAX_CACHED = 200_000
    """Entries kept per cache before it starts afresh (bounds memory on huge maps)."""

    def __init__(self, measure: Measure) -> None:
        self.measure = measure
        self._widths: dict[tuple[str, str], float] = {}
        self._line_heights: dict[TextStyle, float] = {}
        # Wrapped lines per (width, style role, max_lines, prefix), then per text: the key
        # is the text itself (already alive in the map), and the texts whose lines were cut
        # short are kept apart; a tuple per entry for the key and another for the answer
        # took 11 MiB at 10,000 touchpoints.
        self._wrapped: dict[tuple[float, str, int, str], _Wrapped] = {}
        self._wrapped_count = 0
        self._memo: dict[Hashable, Any] = {}
        self._tokens: dict[str, dict[str, tuple[float, float, bool]]] = {}
        self._words: dict[str, dict[str, tuple[float, float]]] = {}

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, remembered under ``key`` across layouts made with this wrapper.

        The layout engine keys pieces (a card, a framework text) by everything
        they depend on, so an unchanged piece is the very same object next time.
        """
        found = self._memo.get(key, _MISSING)
        if found is _MISSING:
            if len(self._memo) > self.MAX_CACHED:
                self._memo.clear()
            found = self._memo[key] = compute()
        return cast(_T, found)

    def width(self, text: str, style: TextStyle) -> float:
        """The width of ``text`` (cached)."""
        key = (text, style.role)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) > self.MAX_CACHED:
                self._widths.clear()
            found = self._widths[key] = self.measure.width(text, style)
        return found

    def line_height(self, style: TextStyle) -> float:
        """The line height of ``style`` (cached)."""
        found = self._line_heights.get(style)
        if found is None:
            found = self._line_heights[style] = self.measure.line_height(style)
        return found

    def wrap(
        self, text: str, width: float, style: TextStyle, max_lines: int
    ) -> tuple[list[str], bool]:
        """Break ``text`` into at most ``max_lines`` lines no wider than ``width``.

        Returns the lines and whether text was cut (the last line then ends with
        an ellipsis). Hard line breaks in ``text`` are kept. Results are cached, so
        laying out a map again after a small edit re-wraps only the text that changed.
        """
        lines, cut = self.lines(text, width, style, max_lines)
        return list(lines), cut

    def lines(
        self, text: str, width: float, style: TextStyle, max_lines: int, prefix: str = ""
    ) -> tuple[tuple[str, ...], bool]:
        """:meth:`wrap`'s lines as the cache keeps them (a tuple: not to be changed).

        ``prefix`` goes before ``text`` (a list item's bullet): the lines are those of
        ``prefix + text``, remembered under ``text`` so that the joined copy is not kept.
        """
        key = (width, style.role, max_lines, prefix)
        table = self._wrapped.get(key)
        if table is None:
            table = self._wrapped[key] = _Wrapped({}, set())
        found = table.lines.get(text)
        if found is not None:
            return found, text in table.cut
        if self._wrapped_count > self.MAX_CACHED:
            self._wrapped.clear()
            self._wrapped_count = 0
            table = self._wrapped[key] = _Wrapped({}, set())
        wrapped, cut = self._wrap(prefix + text if prefix else text, width, style, max_lines)
        found = table.lines[text] = tuple(wrapped)
        if cut:
            table.cut.add(text)
        self._wrapped_count += 1
        return found, cut

    def _wrap(
        self, text: str, width: float, style: TextStyle, max_lines: int
    ) -> tuple[list[str], bool]:
        if "\n" in text:
            lines: list[str] = []
            for paragraph in text.split("\n"):
                lines += self._wrap_paragraph(paragraph, width, style)
                if len(lines) > max_lines:
                    break
        else:
            lines = self._wrap_paragraph(text, width, style)
        if len(lines) <= max_lines:
            return lines, False
        kept = lines[:max_lines]
        kept[-1] = self.elide(kept[-1] + " " + lines[max_lines], width, style, force=True)
        return kept, True

    def elide(self, text: str, width: float, style: TextStyle, force: bool = False) -> str:
        """``text`` cut to fit ``width`` and ended with an ellipsis (if needed, or if forced)."""
        if not force and self.width(text, style) <= width:
            return text
        budget = width - self.width(ELLIPSIS, style)
        kept = text
        # Drop characters from the end; a binary search keeps this quick for long text.
        low, high = 0, len(kept)
        while low < high:
            middle = (low + high + 1) // 2
            if self.measure.width(kept[:middle].rstrip(), style) <= budget:
                low = middle
            else:
                high = middle - 1
        return kept[:low].rstrip() + ELLIPSIS

    def _wrap_paragraph(self, paragraph: str, width: float, style: TextStyle) -> list[str]:
        """The lines of one paragraph, filled greedily token by token.

        A token (:func:`token_pattern`) is a word with the spaces after it, one wide character,
        or spaces after one: a line takes tokens while the widths of those before it,
        summed from the line's start, plus the next one's width without its spaces fit;
        a word wider than a whole line is broken between characters. Each token's widths
        are measured once per style.
        """
        text = paragraph.strip()
        if not text:
            return [""]
        words = text.split(" ")
        # Words between single spaces (most text): the tokens are the words and a space.
        # (Every space character but U+0020 is unprintable; so are tabs and line breaks.)
        if (
            text.isprintable()
            and "" not in words
            and (text.isascii() or _wide_pattern().search(text) is None)
        ):
            lines = self._fill_words(words, width, style, text)
            if lines is not None:
                return lines
        tokens = token_pattern().findall(text)
        table = self._tokens.get(style.role)
        if table is None:
            table = self._tokens[style.role] = {}
        get = table.get
        found = [get(token) for token in tokens]
        if None in found:
            found = [
                info or self._token(table, token, style)
                for token, info in zip(tokens, found, strict=True)
            ]
        return self._fill(tokens, cast(list[tuple[float, float, bool]], found), width, style)

    def _fill_words(
        self, words: list[str], width: float, style: TextStyle, text: str = ""
    ) -> list[str] | None:
        """:meth:`_fill` for words separated by one space each (tokens ``word + " "``, the
        last one bare); None when a word is wider than a line (:meth:`_fill` breaks it).

        ``text`` is ``" ".join(words)`` when known: a text that fits on one line is then
        its own line (the very string, not a copy of it).
        """
        table = self._words.get(style.role)
        if table is None:
            table = self._words[style.role] = {}
        get = table.get
        lines: list[str] = []
        start = 0
        current_width = 0.0
        for index, word in enumerate(words):
            info = get(word)
            if info is None:
                info = self._word(table, word, style)
            spaced_width, bare_width = info
            if current_width + bare_width > width and index > start:
                lines.append(" ".join(words[start:index]))
                start = index
                current_width = 0.0
            if bare_width > width and index == start:
                return None
            current_width += spaced_width
        lines.append(text if start == 0 and text else " ".join(words[start:]))
        return lines

    def _word(
        self, table: dict[str, tuple[float, float]], word: str, style: TextStyle
    ) -> tuple[float, float]:
        """A word's width with one space after it and without; remembered in ``table``."""
        if len(table) > self.MAX_CACHED:
            table.clear()
        info = table[word] = (self.width(word + " ", style), self.width(word, style))
        return info

    def _fill(
        self,
        tokens: list[str],
        infos: list[tuple[float, float, bool]],
        width: float,
        style: TextStyle,
    ) -> list[str]:
        """Greedy line filling: the same decisions, width sums and lines as token by token
        concatenation (each line's width is summed from its first token, left to right)."""
        lines: list[str] = []
        carried = ""  # the end of a word broken over lines, which starts the current line
        current_width = 0.0
        start = 0  # the current line's first token after ``carried``
        count = len(tokens)
        index = 0
        while index < count:
            token_width, bare_width, space = infos[index]
            if (carried or index > start) and current_width + bare_width > width:
                lines.append((carried + "".join(tokens[start:index])).rstrip())
                carried, current_width = "", 0.0
                if space:
                    index += 1
                    start = index
                    continue
                start = index
            if index == start and not carried and bare_width > width:
                token = tokens[index]
                word = token.rstrip()
                pieces = self._break_word(word, width, style)
                lines += pieces[:-1]
                carried = pieces[-1] + token[len(word) :]
                current_width = self.width(carried, style)
                index += 1
                start = index
                continue
            current_width += token_width
            index += 1
        current = carried + "".join(tokens[start:])
        if current.strip():
            lines.append(current.rstrip())
        return lines

    def _token(
        self, table: dict[str, tuple[float, float, bool]], token: str, style: TextStyle
    ) -> tuple[float, float, bool]:
        """A token's width, its width without its trailing spaces, and whether it is all
        spaces; remembered in ``table`` (the style's)."""
        if len(table) > self.MAX_CACHED:
            table.clear()
        token_width = self.width(token, style)
        bare = token.rstrip()
        bare_width = self.width(bare, style) if bare != token else token_width
        info = table[token] = (token_width, bare_width, token.isspace())
        return info

    def _break_word(self, word: str, width: float, style: TextStyle) -> list[str]:
        pieces: list[str] = []
        piece = ""
        for char in word:
            if piece and self.measure.width(piece + char, style) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        pieces.append(piece)
        return pieces
