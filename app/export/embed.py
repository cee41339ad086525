"""The editable map inside exported PDF, PNG and SVG files, and reading it back.

Every export carries the exact ``.journey`` bytes: a PDF attachment, a PNG
``iTXt`` chunk, an SVG ``<metadata>`` element (see ``docs/embedding.md``).
The ``*_with_map`` and ``map_from_*`` functions raise :class:`ValueError` with a
readable sentence; :func:`read_export` turns every problem into an
:class:`~app.model.errors.InputError`. Nothing here writes a file; pypdf is
imported only when a PDF is handled.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import math
import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast
from xml.etree import ElementTree

from app.model import limits
from app.model.errors import InputError
from app.model.fileformat import MEDIA_TYPE as MEDIA_TYPE  # re-exported
from app.model.fileformat import loads, read_input
from app.model.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pypdf.generic import EmbeddedFile

    from app.model.document import JourneyMap

ATTACHMENT_NAME = "map.journey"
PNG_EMBED_LIMIT = 8_000_000
"""Largest map (bytes of JSON) put in a PNG: libpng refuses text chunks near 8 MB."""
SVG_NAMESPACE = "https://parcours.app/ns/journey"

_PDF_DESCRIPTION = "Editable Parcours map"
_PDF_TRUNCATED = QT_TRANSLATE_NOOP(
    "Embed", "the PDF is damaged: it ends too early (it looks truncated)"
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEYWORD = MEDIA_TYPE.encode("latin-1")
_METRES_PER_INCH = 0.0254
_SVG_OPEN = '<metadata id="parcours-map">'
_SVG_CLOSE = "</metadata>"
_SVG_ROOTS = ("svg", "{http://www.w3.org/2000/svg}svg")
_SVG_ROOT_TAG = re.compile(r"""<svg(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 does not allow anywhere in a document."""
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.DOTALL)


class _Damaged(ValueError):
    """A file of a known kind whose content cannot be read."""


# -- PNG --------------------------------------------------------------------------


def _png_truncated() -> str:
    return translate("Embed", "the PNG is damaged: it ends too early (it looks truncated)")


def _png_chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """Every chunk up to ``IEND`` as ``(type, data)``, checking lengths and CRCs."""
    if not png.startswith(_PNG_SIGNATURE):
        raise ValueError(translate("Embed", "is not a PNG image"))
    chunks: list[tuple[bytes, bytes]] = []
    pos = len(_PNG_SIGNATURE)
    while True:
        if pos + 12 > len(png):
            raise _Damaged(_png_truncated())
        length, kind = struct.unpack_from(">I4s", png, pos)
        end = pos + 12 + length
        if end > len(png):
            raise _Damaged(_png_truncated())
        if not kind.isalpha() or (not chunks and kind != b"IHDR"):
            raise _Damaged(
                translate("Embed", "the PNG is damaged: unexpected data at byte {byte}").format(
                    byte=pos
                )
            )
        data = png[pos + 8 : end - 4]
        if zlib.crc32(kind + data) != struct.unpack_from(">I", png, end - 4)[0]:
            name = kind.decode("latin-1")
            raise _Damaged(
                translate(
                    "Embed", "the PNG is damaged: the checksum of its {name} chunk is wrong"
                ).format(name=name)
            )
        chunks.append((kind, data))
        if kind == b"IEND":
            return chunks
        pos = end


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _is_map_chunk(kind: bytes, data: bytes) -> bool:
    return kind == b"iTXt" and data.startswith(_PNG_KEYWORD + b"\x00")


def png_with_map(png: bytes, journey: bytes, dpi: float | None = None) -> bytes:
    """Return ``png`` with ``journey`` in a compressed ``iTXt`` chunk before the first IDAT.

    An earlier Parcours chunk (and, with ``dpi``, ``pHYs``) is replaced; all else is kept.

    Args:
        png: A whole PNG file.
        journey: The ``.journey`` bytes (UTF-8 JSON), at most :data:`PNG_EMBED_LIMIT`.
        dpi: When given, the resolution written in a new ``pHYs`` chunk (replacing any).

    Raises:
        ValueError: ``png`` is not a sound PNG, the map is too large or not UTF-8,
            or ``dpi`` is not a usable resolution.
    """
    if len(journey) > PNG_EMBED_LIMIT:
        raise ValueError(
            f"the map is too large to go in a PNG ({len(journey):,} bytes; "
            f"the limit is {PNG_EMBED_LIMIT:,})"
        )
    journey.decode("utf-8")  # iTXt text must be UTF-8; UnicodeDecodeError is a ValueError
    # keyword, NUL, compression flag 1, method 0 (zlib), empty language tag and translation
    added = [(b"iTXt", _PNG_KEYWORD + b"\x00\x01\x00\x00\x00" + zlib.compress(journey, 9))]
    if dpi is not None:
        added.insert(0, _phys_chunk(dpi))
    replaced = {b"pHYs"} if dpi is not None else set()
    return _png_replacing(
        png, added, lambda kind, data: kind in replaced or _is_map_chunk(kind, data)
    )


def set_png_dpi(png: bytes, dpi: float) -> bytes:
    """Return ``png`` with its ``pHYs`` chunk set to ``dpi``; any map stays.

    Raises:
        ValueError: ``png`` is not a sound PNG or ``dpi`` is not a usable resolution.
    """
    return _png_replacing(png, [_phys_chunk(dpi)], lambda kind, _: kind == b"pHYs")


def _phys_chunk(dpi: float) -> tuple[bytes, bytes]:
    per_metre = round(dpi / _METRES_PER_INCH) if math.isfinite(dpi) and dpi > 0 else 0
    if not 0 < per_metre < 2**31:
        raise ValueError(f"{dpi} is not a usable resolution in dots per inch")
    return b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)


def _png_replacing(
    png: bytes, added: list[tuple[bytes, bytes]], replaced: Callable[[bytes, bytes], object]
) -> bytes:
    """``png`` without the chunks ``replaced`` picks, with ``added`` before the first IDAT."""
    kept = [(kind, data) for kind, data in _png_chunks(png) if not replaced(kind, data)]
    kinds = [kind for kind, _ in kept]
    if b"IDAT" not in kinds:
        raise _Damaged(translate("Embed", "the PNG is damaged: it has no image data"))
    at = kinds.index(b"IDAT")
    parts = [_png_chunk(kind, data) for kind, data in kept[:at] + added + kept[at:]]
    return _PNG_SIGNATURE + b"".join(parts)


def png_dpi(png: bytes) -> tuple[float, float] | None:
    """The ``(x, y)`` resolution in dots per inch, or ``None`` if the PNG states none in metres.

    Raises:
        ValueError: ``png`` is not a sound PNG.
    """
    for kind, data in _png_chunks(png):
        if kind == b"pHYs" and len(data) == 9:
            x, y, unit = struct.unpack(">IIB", data)
            if unit == 1 and x and y:
                return x * _METRES_PER_INCH, y * _METRES_PER_INCH
            return None
    return None


def map_from_png(png: bytes) -> bytes | None:
    """The map's ``.journey`` bytes held in ``png``, or ``None`` when it holds none.

    Raises:
        ValueError: ``png`` is not a PNG, or is damaged ("the PNG is damaged: ...").
    """
    for kind, data in _png_chunks(png):
        if _is_map_chunk(kind, data):
            return _itxt_text(data[len(_PNG_KEYWORD) + 1 :])
    return None


def _itxt_text(rest: bytes) -> bytes:
    """The text of an ``iTXt`` chunk after its keyword, decompressed if need be."""
    parts = rest[2:].split(b"\x00", 2)
    if len(rest) < 2 or rest[0] not in (0, 1) or len(parts) != 3:
        raise _Damaged(
            translate("Embed", "the PNG is damaged: its Parcours map chunk is malformed")
        )
    if rest[0] == 0:
        return parts[2]
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(parts[2], PNG_EMBED_LIMIT + 1)
    except zlib.error:
        text = b""
    if len(text) > PNG_EMBED_LIMIT or rest[1] != 0 or not inflater.eof:
        raise _Damaged(
            translate("Embed", "the PNG is damaged: its Parcours map cannot be decompressed")
        )
    return text


# -- PDF --------------------------------------------------------------------------


def _is_map_attachment(attachment: EmbeddedFile) -> bool:
    if ATTACHMENT_NAME in (attachment.name, attachment.alternative_name):
        return True
    try:
        return attachment.subtype == "/" + MEDIA_TYPE
    except Exception:  # a broken attachment is not the map
        return False


def pdf_with_map(pdf: bytes, journey: bytes) -> bytes:
    """Return ``pdf`` with ``journey`` attached as :data:`ATTACHMENT_NAME`.

    The document is cloned with pypdf, so pages, outline, page labels, document
    information and XMP metadata stay as they were; an earlier Parcours
    attachment is replaced.

    Raises:
        ValueError: ``pdf`` cannot be read as a PDF.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    if b"%PDF-" not in pdf[:1024]:
        raise ValueError(translate("Embed", "is not a PDF document"))
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        old = [entry for entry in writer.attachment_list if _is_map_attachment(entry)]
    except Exception as error:  # pypdf raises many kinds of errors for a broken file
        raise _Damaged(_pdf_damage(pdf, error)) from error
    dropped = [entry.pdf_object.indirect_reference for entry in old]
    for entry in old:
        entry.delete()
    attachment = writer.add_attachment(ATTACHMENT_NAME, journey)
    attachment.alternative_name = TextStringObject(ATTACHMENT_NAME)  # also writes /UF
    attachment.description = TextStringObject(_PDF_DESCRIPTION)
    attachment.associated_file_relationship = NameObject("/Source")
    attachment.subtype = NameObject("/" + MEDIA_TYPE)
    attachment.size = NumberObject(len(journey))
    attachment.checksum = ByteStringObject(hashlib.md5(journey).digest())
    # pypdf stores the file uncompressed in a DecodedStreamObject, whose bytes are
    # written as they are: with /Filter set, give it the compressed map instead.
    stream = cast(StreamObject, cast(DictionaryObject, attachment.pdf_object["/EF"])["/F"])
    stream = cast(StreamObject, stream.get_object())
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream.set_data(zlib.compress(journey, 6))
    # List it in the catalog's associated files (/AF), as PDF 2.0 and PDF/A-3 ask.
    listed = writer.root_object.get("/AF")
    listed = listed.get_object() if listed is not None else None
    kept = [ref for ref in listed if ref not in dropped] if isinstance(listed, list) else []
    writer.root_object[NameObject("/AF")] = ArrayObject(
        [*kept, attachment.pdf_object.indirect_reference]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def map_from_pdf(pdf: bytes) -> bytes | None:
    """The map's ``.journey`` bytes attached to ``pdf``, or ``None`` when it holds none.

    The attachment is found by its name or by its MIME subtype.

    Raises:
        ValueError: ``pdf`` is damaged or locked ("the PDF is damaged: ...").
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted and not reader.decrypt(""):
            raise _Damaged(
                translate(
                    "Embed", "the PDF is locked with a password; remove the password and try again"
                )
            )
        for attachment in reader.attachment_list:
            if _is_map_attachment(attachment):
                return attachment.content
    except _Damaged:
        raise
    except Exception as error:  # pypdf raises many kinds of errors for a broken file
        raise _Damaged(_pdf_damage(pdf, error)) from error
    if _truncated(pdf):  # the map may have been cut off
        raise _Damaged(translate("Embed", _PDF_TRUNCATED))
    return None


def _truncated(pdf: bytes) -> bool:
    return b"%%EOF" not in pdf[-1024:]


def _pdf_damage(pdf: bytes, error: Exception) -> str:
    if _truncated(pdf):
        return translate("Embed", _PDF_TRUNCATED)
    return translate("Embed", "the PDF is damaged (pypdf: {error})").format(error=error)


# -- SVG --------------------------------------------------------------------------


def _without_map(svg: str) -> str:
    start = svg.find(_SVG_OPEN)
    end = svg.find(_SVG_CLOSE, start)
    if start < 0 or end < 0:
        return svg
    if svg[start - 1 : start] == "\n":
        start -= 1
    return svg[:start] + svg[end + len(_SVG_CLOSE) :]


def _root_start_tag(svg: str) -> re.Match[str]:
    """The root ``<svg ...>`` start tag, after any declaration, comment or DOCTYPE."""
    pos = svg.find("<")
    while pos >= 0:
        if tag := _SVG_ROOT_TAG.match(svg, pos):
            return tag
        if doctype := _DOCTYPE.match(svg, pos):
            end = doctype.end()
        elif svg.startswith(("<?", "<!--"), pos):
            close = "?>" if svg[pos + 1] == "?" else "-->"
            end = svg.find(close, pos) + len(close) if close in svg[pos:] else -1
        else:
            break
        pos = svg.find("<", end) if end >= 0 else -1
    raise ValueError(
        translate("Embed", "is not an SVG image: it does not start with an <svg> element")
    )


def svg_with_map(svg: str, journey: bytes) -> str:
    """Return ``svg`` with ``journey`` in a ``<metadata>`` element first inside the root.

    Only text is inserted after the root start tag (an earlier Parcours element
    is removed); the rest of the file stays byte for byte as it was.

    Raises:
        ValueError: ``svg`` does not start with an ``<svg>`` element.
    """
    svg = _without_map(svg)
    tag = _root_start_tag(svg)
    encoded = base64.encodebytes(journey).decode("ascii")
    element = (
        f'\n{_SVG_OPEN}<parcours:journey xmlns:parcours="{SVG_NAMESPACE}" '
        f'media-type="{MEDIA_TYPE}" encoding="base64">\n{encoded}</parcours:journey>{_SVG_CLOSE}'
    )
    if tag.group(1):  # <svg .../> becomes <svg ...>metadata</svg>
        start_tag = tag.group(0)[: tag.start(1) - tag.start(0)] + ">"
        return svg[: tag.start()] + start_tag + element + "\n</svg>" + svg[tag.end() :]
    return svg[: tag.end()] + element + svg[tag.end() :]


def _parse_svg(svg: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(svg)
    except ElementTree.ParseError as error:
        damaged = _Damaged(
            translate("Embed", "the SVG is damaged: it is not well-formed XML ({error})").format(
                error=error
            )
        )
    # Qt's SVG writer copies control characters of a map's texts into the drawing,
    # which XML forbids: read such a file without them (the map inside is base64).
    cleaned = _XML_FORBIDDEN.sub("", svg)
    if cleaned == svg:
        raise damaged
    try:
        return ElementTree.fromstring(cleaned)
    except ElementTree.ParseError:
        raise damaged from None


def map_from_svg(svg: str) -> bytes | None:
    """The map's ``.journey`` bytes held in ``svg``, or ``None`` when it holds none.

    The SVG is parsed as XML, so the map is found even if another tool rewrote the file.

    Raises:
        ValueError: ``svg`` is not well-formed XML, not an SVG, or its map is damaged.
    """
    root = _parse_svg(svg)
    if root.tag not in _SVG_ROOTS:
        raise ValueError(translate("Embed", "is XML but not an SVG image"))
    for element in root.iter(f"{{{SVG_NAMESPACE}}}journey"):
        if element.get("encoding") != "base64":
            raise _Damaged(
                translate(
                    "Embed", "the SVG's Parcours map is in an encoding this version cannot read"
                )
            )
        encoded = "".join((element.text or "").split())
        if len(encoded) // 4 * 3 > limits.MAX_FILE_BYTES:  # refused before it is decoded
            raise _Damaged(_map_too_large(len(encoded) // 4 * 3))
        try:
            return base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise _Damaged(
                translate("Embed", "the SVG is damaged: its Parcours map is not valid base64")
            ) from None
    return None


# -- reading an export ------------------------------------------------------------


def _as_text(data: bytes) -> str | None:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _map_in(data: bytes) -> bytes | None:
    if data.startswith(_PNG_SIGNATURE):
        return map_from_png(data)
    if b"%PDF-" in data[:1024]:
        return map_from_pdf(data)
    text = _as_text(data)
    if text is not None and "<svg" in text:
        return map_from_svg(text)
    if not data.strip():
        raise ValueError(translate("Embed", "the file is empty: it is not a PDF, PNG or SVG file"))
    if text is not None and "\x00" not in text:
        raise ValueError(translate("Embed", "is not a PDF, PNG or SVG file (it is plain text)"))
    raise ValueError(translate("Embed", "is not a PDF, PNG or SVG file"))


def read_export(path: Path) -> JourneyMap:
    """Open a PDF, PNG or SVG exported by Parcours as a (new, unsaved) map.

    The kind of file is found from its content, not its name. The file is only read.

    Raises:
        InputError: naming ``path`` and the problem: no such file, not a PDF,
            PNG or SVG, not made by Parcours, damaged, or an embedded map that
            is broken or from a newer Parcours.
    """
    source = str(path)
    data = read_input(path, "a PDF, PNG or SVG file", limits.MAX_EXPORT_FILE_BYTES)
    with limits.memory_guard(source):
        try:
            journey = _map_in(data)
        except ValueError as error:
            raise InputError(source, str(error)) from None
        if journey is None:
            raise InputError(
                source, translate("Embed", "was not made by Parcours (it holds no Parcours map)")
            )
        if len(journey) > limits.MAX_FILE_BYTES:
            raise InputError(source, _map_too_large(len(journey)))
        return loads(journey, source)


def _map_too_large(size: int) -> str:
    return limits.too_large(size, limits.MAX_FILE_BYTES, "a map", "the map inside is")
