"""Fonts for the PDF export: the bundled Noto Sans, fallback fonts, and text split into runs.

reportlab has no font fallback, so text is cut into runs that one font can show:
the bundled Noto Sans (the canvas uses the same files, so widths match) for every
character it has, and for the others an installed font found through fontconfig
(``fc-list``) that reportlab can embed: TrueType outlines (a ``glyf`` table), not
colour bitmaps. Characters no font has stay in the bundled face's run, so the
text remains selectable and searchable, drawn as the font's "missing" box, and
are reported to the user. No Qt here: the PDF side imports no PySide6.
"""

import re
import shutil
import struct
import subprocess
import threading
import unicodedata
import zlib
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.layout.text import TextStyle
from app.resources import RESOURCES

BUNDLED_REGULAR = RESOURCES / "fonts" / "NotoSans-Regular.ttf"
BUNDLED_BOLD = RESOURCES / "fonts" / "NotoSans-Bold.ttf"
FAMILY = "Noto Sans"
"""The family name of the bundled fonts, as Qt sees it."""
REGULAR_NAME = "NotoSans"
BOLD_NAME = "NotoSans-Bold"
RUNS_CACHED = 65536
"""Texts whose runs each :class:`PdfFonts` remembers (a line of a big map's export is one)."""
LINE_HEIGHT = 1.3
"""Distance between baselines, as a multiple of the font size (the canvas uses the same)."""

FontRef = Path | tuple[Path, int]
"""A font file, or a face in a TrueType collection (``.ttc``) and its index."""
Fallback = Callable[[str], FontRef | None]

_Face = tuple[str, frozenset[int]]  # reportlab font name, code points the font has glyphs for
_REPORTED = 10  # characters named in the missing report
_UNSUPPORTED_TABLES = {b"CBDT", b"sbix", b"COLR"}  # colour fonts: reportlab draws no colour glyphs
# A fallback font found for one character is tried first for others of its block: CJK ranges
# (huge) form one block, emoji another, and other characters go 128 code points at a time.
_CJK = (
    (0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)  # fmt: skip
# Format characters that are visible (prepended concatenation marks), hence not ignorable.
_VISIBLE_FORMAT = {0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x8E2, 0x110BD}

_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]+>) <([0-9A-F]{5,6})>$", re.MULTILINE)

_lock = threading.RLock()
_faces: dict[tuple[Path, int], _Face | None] = {}
_by_char: dict[str, FontRef | None] = {}
_by_block: dict[object, list[tuple[Path, int]]] = {}


def fallback_font_for(char: str) -> FontRef | None:
    """An installed font that has a glyph for ``char`` and that reportlab can embed.

    Asks fontconfig (``fc-list :charset=HEX``) and keeps TrueType-outline fonts
    that are not colour fonts, preferring fontconfig's order for ``sans-serif``
    (what the canvas falls back to). Fonts already found for the same script
    block are tried first, and every answer is cached, so repeated calls cost a
    dictionary look-up. Never raises.

    Args:
        char: One character.

    Returns:
        The font file, or ``(file, index)`` for a face after the first in a
        collection (``.ttc``); ``None`` when no installed font has the character
        or fontconfig is missing.
    """
    if char in _by_char:
        return _by_char[char]
    with _lock:
        try:
            found = _find(char)
        except Exception:  # a font or fontconfig failing must not stop an export
            found = None
        _by_char[char] = found
    return found


def _find(char: str) -> FontRef | None:
    if len(char) != 1:
        return None
    code = ord(char)
    known = _by_block.setdefault(_block(code), [])
    for key in known:
        face = _load_fallback(key)
        if face is not None and code in face[1]:
            return _ref(key)
    for key in _fontconfig_candidates(code):
        if key in known or not _embeddable(*key):
            continue
        face = _load_fallback(key)
        if face is not None and code in face[1]:
            known.append(key)
            return _ref(key)
    return None


def _block(code: int) -> object:
    if any(start <= code <= end for start, end in _CJK):
        return "cjk"
    return "emoji" if 0x1F000 <= code <= 0x1FAFF else code >> 7


def _ref(key: tuple[Path, int]) -> FontRef:
    return key[0] if key[1] == 0 else key


def _fontconfig(*args: str) -> str:
    """The output of a fontconfig tool ("" when it is missing or fails)."""
    tool = shutil.which(args[0])
    if tool is None:
        return ""
    try:
        result = subprocess.run([tool, *args[1:]], capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    # File names are bytes on Linux: surrogateescape keeps any of them intact in a Path.
    return result.stdout.decode("utf-8", "surrogateescape") if result.returncode == 0 else ""


def _fontconfig_candidates(code: int) -> list[tuple[Path, int]]:
    """Non-colour TrueType faces that fontconfig says have ``code``, best first."""
    listing = _fontconfig(
        "fc-list", "--format", "%{file}|%{index}|%{fontformat}|%{color}\n", f":charset={code:x}"
    )
    found: set[tuple[Path, int]] = set()
    for line in listing.splitlines():
        parts = line.rsplit("|", 3)
        if len(parts) != 4 or not parts[1].isdigit():
            continue
        file, index, form, colour = parts
        if form in ("TrueType", "") and colour.strip() != "True":
            # Variable fonts list their named instances as index + (instance << 16).
            found.add((Path(file), int(index) & 0xFFFF))
    rank = _sans_serif_order()
    return sorted(found, key=lambda key: (rank.get(key, len(rank)), str(key[0]), key[1]))


@cache
def _sans_serif_order() -> dict[tuple[Path, int], int]:
    listing = _fontconfig("fc-match", "--sort", "sans-serif", "--format", "%{file}|%{index}\n")
    order: dict[tuple[Path, int], int] = {}
    for line in listing.splitlines():
        file, _, index = line.rpartition("|")
        if file and index.isdigit():
            order.setdefault((Path(file), int(index) & 0xFFFF), len(order))
    return order


def _embeddable(path: Path, index: int) -> bool:
    """Whether the face has TrueType outlines (``glyf``) and no colour glyph tables."""
    try:
        with path.open("rb") as file:
            offset = 0
            if file.read(4) == b"ttcf":
                file.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", file.read(4))
            file.seek(offset + 4)
            (count,) = struct.unpack(">H", file.read(2))
            file.seek(offset + 12)
            directory = file.read(16 * count)
    except (OSError, struct.error):
        return False
    tables = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tables and not tables & _UNSUPPORTED_TABLES


def _load(path: Path, index: int, name: str) -> _Face | None:
    """Register a face with reportlab as ``name`` (once per process) and read its cmap."""
    key = (path, index)
    with _lock:
        if key not in _faces:
            try:
                registered = name in pdfmetrics.getRegisteredFontNames()
                font = pdfmetrics.getFont(name) if registered else None
                if not isinstance(font, TTFont):
                    font = TTFont(name, str(path), subfontIndex=index)
                    pdfmetrics.registerFont(font)
                glyphs = font.face.charToGlyph.items()
                _faces[key] = (name, frozenset(code for code, glyph in glyphs if glyph))
            except Exception:  # unreadable, CFF or embedding-restricted font
                _faces[key] = None
        return _faces[key]


def _load_fallback(key: tuple[Path, int]) -> _Face | None:
    path, index = key
    # The file's stem plus a hash of its full path: unique, and stable within a process.
    name = f"{path.stem}-{index}-{zlib.crc32(str(path).encode(errors='surrogateescape')):08x}"
    return _load(path, index, name)


def _bundled(bold: bool) -> _Face:
    path, name = (BUNDLED_BOLD, BOLD_NAME) if bold else (BUNDLED_REGULAR, REGULAR_NAME)
    face = _load(path, 0, name)
    if face is None:
        raise FileNotFoundError(f"The bundled font {path} is missing or unreadable.")
    return face


def _is_ignorable(char: str) -> bool:
    """Controls, format characters (joiners, marks) and variation selectors: nothing to see."""
    code = ord(char)
    category = unicodedata.category(char)
    return (
        category == "Cc"
        or (category == "Cf" and code not in _VISIBLE_FORMAT)
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x34F  # combining grapheme joiner
    )


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    reportlab 5 writes U+1F3B8 as ``<1F3B8>``, which readers take for another
    character (pdftotext gives U+1F3B), so emoji and other astral characters
    could not be searched or copied. A ToUnicode CMap holds UTF-16BE code units.
    """
    cmap: str = _reportlab_to_unicode_cmap(fontname, subset)

    def utf16(match: re.Match[str]) -> str:
        units = chr(int(match[2], 16)).encode("utf-16-be").hex().upper()
        return f"{match[1]} <{units}>"

    return _ASTRAL_ENTRY.sub(utf16, cmap)


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
if "<1F3B8>" in _reportlab_to_unicode_cmap("check", [0, 0x1F3B8]):  # not fixed upstream yet
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class PdfFonts:
    """Registers fonts with reportlab and splits text into runs per font.

    Attributes:
        missing: Characters no font could show (never whitespace, controls or
            default-ignorable characters), gathered over every call.
    """

    def __init__(self, fallback: Fallback = fallback_font_for) -> None:
        """Register the bundled faces; ``fallback`` finds a font for other characters."""
        self._fallback = fallback
        self._bundled = {False: _bundled(False), True: _bundled(True)}
        self._cmaps = dict(self._bundled.values())
        self._chosen: dict[tuple[str, bool], str | None] = {}
        # Characters each bundled face shows on its own (no fallback, not ignorable): text made
        # only of them is one run, found without looking at each character in Python.
        self._plain = {bold: _plain_characters(*face) for bold, face in self._bundled.items()}
        # Runs per (text, bold): measuring, wrapping and drawing ask for the same lines again.
        self._split_cached = lru_cache(maxsize=RUNS_CACHED)(self._split)
        self.missing: set[str] = set()
        pdfmetrics.registerFontFamily(REGULAR_NAME, normal=REGULAR_NAME, bold=BOLD_NAME)

    def face(self, bold: bool) -> str:
        """The reportlab font name of the bundled regular or bold face."""
        return BOLD_NAME if bold else REGULAR_NAME

    def runs(self, text: str, bold: bool) -> list[tuple[str, str]]:
        """``text`` cut into ``(reportlab font name, chunk)`` runs, in order.

        Each character goes to the bundled face when it has a glyph, else to a
        fallback font (the same one for bold: bold is not synthesised).
        Default-ignorable characters (joiners, variation selectors) and controls
        stay with the preceding run when its font has them. A character no font
        has stays in the bundled face's run, drawn as a box, and is added to
        :attr:`missing`. Joining the chunks gives back ``text``.
        """
        return list(self._split_cached(text, bold))

    def cached_runs(self, text: str, bold: bool) -> tuple[tuple[str, str], ...]:
        """:meth:`runs`, as the remembered tuple (not to be changed; no copy made)."""
        return self._split_cached(text, bold)

    def _split(self, text: str, bold: bool) -> tuple[tuple[str, str], ...]:
        # Cached per instance, so characters found missing are in this instance's set already.
        if self._plain[bold].issuperset(text):
            return ((self.face(bold), text),) if text else ()
        base = self.face(bold)
        names: list[str] = []
        chunks: list[list[str]] = []
        for char in text:
            previous = names[-1] if names else None
            if _is_ignorable(char):
                if previous is not None and ord(char) in self._cmaps[previous]:
                    name = previous
                else:
                    name = self._font_for(char, bold) or previous or base
            else:
                found = self._font_for(char, bold)
                if found is None and not char.isspace():
                    self.missing.add(char)
                name = found or base
            if ord(char) not in self._cmaps[name]:
                _keep(name, char)
            if name == previous:
                chunks[-1].append(char)
            else:
                names.append(name)
                chunks.append([char])
        return tuple((name, "".join(chunk)) for name, chunk in zip(names, chunks, strict=True))

    def width(self, text: str, size: float, bold: bool) -> float:
        """The advance width of ``text`` at ``size``: the sum of its runs' widths."""
        runs = self._split_cached(text, bold)
        return float(sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs))

    def missing_report(self) -> str | None:
        """A sentence naming the characters shown as boxes, or ``None`` when there are none."""
        if not self.missing:
            return None
        chars = sorted(self.missing)
        from app.model.text import translate

        shown = ", ".join(_label(char) for char in chars[:_REPORTED])
        if len(chars) > _REPORTED:
            shown = translate("PdfExport", "{shown} and {n} more").format(
                shown=shown, n=len(chars) - _REPORTED
            )
        if len(chars) == 1:
            sentence = translate(
                "PdfExport", "1 character has no font on this computer and shows as a box: {shown}"
            )
        else:
            sentence = translate(
                "PdfExport",
                "{n} characters have no font on this computer and show as boxes: {shown}",
            )
        return sentence.format(n=len(chars), shown=shown)

    def _font_for(self, char: str, bold: bool) -> str | None:
        key = (char, bold)
        if key not in self._chosen:
            name, cmap = self._bundled[bold]
            self._chosen[key] = name if ord(char) in cmap else self._fallback_name(char)
        return self._chosen[key]

    def _fallback_name(self, char: str) -> str | None:
        try:
            ref = self._fallback(char)
        except Exception:  # a broken fallback leaves the character missing
            return None
        if ref is None:
            return None
        face = _load_fallback((ref, 0) if isinstance(ref, Path) else (Path(ref[0]), ref[1]))
        if face is None or ord(char) not in face[1]:
            return None
        self._cmaps[face[0]] = face[1]
        return face[0]


@cache
def _plain_characters(name: str, cmap: frozenset[int]) -> frozenset[str]:
    """The characters of ``cmap`` that are not ignorable (see :meth:`PdfFonts.runs`)."""
    return frozenset(c for c in map(chr, cmap) if not _is_ignorable(c))


def _keep(name: str, char: str) -> None:
    """Give ``char`` a glyph in the registered font ``name`` so the PDF's text keeps it.

    reportlab writes a character its font lacks as code 0, which text extraction
    reads as U+0000: the character would be lost for search and copy. Mapped to
    the .notdef glyph (a box) it stays in the text. Whitespace takes the space's
    glyph and width, other ignorable characters the blank glyph of U+200B (zero
    width), as the canvas shows them.
    """
    face = pdfmetrics.getFont(name).face
    code = ord(char)
    like = 0x20 if char.isspace() else 0x200B if _is_ignorable(char) else None
    with _lock:
        if code not in face.charToGlyph:
            face.charToGlyph[code] = face.charToGlyph.get(like, 0)
            if like in face.charWidths:
                face.charWidths[code] = face.charWidths[like]


def _label(char: str) -> str:
    code = f"U+{ord(char):04X}"
    return code if unicodedata.category(char) == "Cs" else f"{char} ({code})"  # lone surrogate


class PdfMeasure:
    """Measures text as the PDF draws it (implements :class:`app.layout.text.Measure`).

    Widths are in the units of the style's size: the PDF draws the layout with
    one layout unit per point, scaled as a whole by a transform.
    """

    def __init__(self, fonts: PdfFonts) -> None:
        """Measure with ``fonts`` (whose runs the PDF will draw)."""
        self.fonts = fonts

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of ``text`` in ``style``."""
        return self.fonts.width(text, style.size, style.bold)

    def line_height(self, style: TextStyle) -> float:
        """:data:`LINE_HEIGHT` times the font size."""
        return LINE_HEIGHT * style.size
