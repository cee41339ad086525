"""The editable map inside PDF, PNG and SVG exports: written soundly, read back equal."""

import io
import math
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import cast
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, Destination
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from app.export import embed
from app.export.embed import (
    ATTACHMENT_NAME,
    MEDIA_TYPE,
    PNG_EMBED_LIMIT,
    map_from_pdf,
    map_from_png,
    map_from_svg,
    pdf_with_map,
    png_dpi,
    png_with_map,
    read_export,
    set_png_dpi,
    svg_with_map,
)
from app.model import fileformat
from app.model.document import JourneyMap
from app.model.errors import InputError

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "app" / "data" / "samples" / "guitar-purchase.fr.journey"
SIGNATURE = b"\x89PNG\r\n\x1a\n"
NOT_OURS = "was not made by Parcours (it holds no Parcours map)"


# -- inputs -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def doc() -> JourneyMap:
    return fileformat.load(SAMPLE)


@pytest.fixture(scope="module")
def journey(doc: JourneyMap) -> bytes:
    return fileformat.dumps(doc)


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """A walker independent of the module's: every chunk, asserting its CRC."""
    assert png.startswith(SIGNATURE)
    found, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + data), f"bad CRC on {kind!r}"
        found.append((kind, data))
        pos += 12 + length
    assert found[0][0] == b"IHDR" and found[-1][0] == b"IEND"
    return found


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def tiny_png() -> bytes:
    """A 2x1 RGB PNG built by hand, with no Qt."""
    ihdr = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" + b"\x00\x00\xff")
    return SIGNATURE + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def qt_png() -> bytes:
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2a6f97"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]  # bytes fail at run time
    return bytes(buffer.data().data())


def reportlab_pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setTitle("Acheter sa première guitare")
    c.setAuthor("Léa")
    c.setSubject("Carte d’exemple")
    c.setKeywords("guitare, parcours")
    c.addPageLabel(0, prefix="Carte-")
    for number, title in enumerate(["Awareness", "Purchase"], start=1):
        c.drawString(72, 770, title)
        c.bookmarkPage(f"p{number}")
        c.addOutlineEntry(title, f"p{number}")
        c.showPage()
    c.showOutline()
    c.save()
    return out.getvalue()


def qt_svg() -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(200, 100))
    generator.setViewBox(QRect(0, 0, 200, 100))
    generator.setTitle("Acheter sa première guitare")
    painter = QPainter(generator)
    painter.fillRect(QRect(10, 10, 80, 40), QColor("#e07a5f"))
    painter.drawText(20, 80, "Découverte & achat <ok>")
    painter.end()
    return bytes(buffer.data().data()).decode("utf-8")


MINIMAL_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand; <svg> in a comment is not the root -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" data-note='a > b'>
  <rect width="10" height="10" fill="#fff"/>
</svg>
"""


def export_with(kind: str, journey: bytes) -> bytes | str:
    """A small export of each kind holding ``journey``."""
    if kind == "png":
        return png_with_map(tiny_png(), journey)
    if kind == "pdf":
        return pdf_with_map(reportlab_pdf(), journey)
    return svg_with_map(MINIMAL_SVG, journey)


def written(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- PNG --------------------------------------------------------------------------


def test_a_qt_png_round_trips_and_still_decodes_with_the_resolution_set(
    qapp, tmp_path: Path, doc: JourneyMap, journey: bytes
) -> None:
    png = png_with_map(qt_png(), journey, dpi=150)
    assert read_export(written(tmp_path, "map.png", png)) == doc
    image = QImage.fromData(png)
    assert not image.isNull() and (image.width(), image.height()) == (200, 100)
    dpi = png_dpi(png)
    assert dpi is not None and dpi == pytest.approx(
        (150, 150), abs=0.02
    )  # one pixel per metre is 0.0254 dpi
    assert abs(image.dotsPerMeterX() - 150 / 0.0254) <= 1
    assert abs(image.dotsPerMeterY() - 150 / 0.0254) <= 1
    kinds = [kind for kind, _ in chunks(png)]
    assert kinds.count(b"pHYs") == 1 and kinds.index(b"iTXt") < kinds.index(b"IDAT")


def test_the_itxt_chunk_is_compressed_with_an_empty_language_and_translation(
    journey: bytes,
) -> None:
    [text] = [data for kind, data in chunks(png_with_map(tiny_png(), journey)) if kind == b"iTXt"]
    keyword, rest = text.split(b"\x00", 1)
    assert keyword == MEDIA_TYPE.encode("latin-1") and 1 <= len(keyword) <= 79
    assert rest[:4] == b"\x01\x00\x00\x00"  # compressed, zlib, "" language, "" translation
    assert zlib.decompress(rest[4:]) == journey


def test_the_chunk_code_works_on_a_hand_built_png(journey: bytes) -> None:
    png = png_with_map(tiny_png(), journey)
    assert map_from_png(png) == journey
    assert png_dpi(png) is None
    assert [kind for kind, _ in chunks(png)] == [b"IHDR", b"iTXt", b"IDAT", b"IEND"]
    assert map_from_png(tiny_png()) is None


def test_embedding_again_replaces_the_map_instead_of_adding_a_second_one(journey: bytes) -> None:
    once = png_with_map(tiny_png(), b'{"first": true}', dpi=72)
    twice = png_with_map(once, journey, dpi=300)
    assert twice == png_with_map(tiny_png(), journey, dpi=300)
    kinds = [kind for kind, _ in chunks(twice)]
    assert kinds.count(b"iTXt") == 1 and kinds.count(b"pHYs") == 1
    assert map_from_png(twice) == journey
    assert png_dpi(twice) == pytest.approx(
        (300, 300), abs=0.02
    )  # one pixel per metre is 0.0254 dpi


def test_without_a_dpi_the_png_keeps_its_own_resolution_and_other_chunks(qapp) -> None:
    original = qt_png()
    png = png_with_map(original, b"{}")
    assert png_dpi(png) == png_dpi(original)
    kept = [c for c in chunks(png) if c[0] != b"iTXt"]
    assert kept == chunks(original)


def test_set_png_dpi_changes_only_the_resolution(journey: bytes) -> None:
    png = set_png_dpi(png_with_map(tiny_png(), journey, dpi=96), 600)
    assert png_dpi(png) == pytest.approx((600, 600), abs=0.02)
    assert map_from_png(png) == journey
    assert [kind for kind, _ in chunks(png)] == [b"IHDR", b"iTXt", b"pHYs", b"IDAT", b"IEND"]
    assert png_dpi(set_png_dpi(tiny_png(), 72)) == pytest.approx((72, 72), abs=0.02)


@pytest.mark.parametrize("dpi", [0, -96, math.nan, math.inf, 1e12])
def test_an_unusable_resolution_is_refused(dpi: float) -> None:
    with pytest.raises(ValueError, match="resolution"):
        png_with_map(tiny_png(), b"{}", dpi=dpi)
    with pytest.raises(ValueError, match="resolution"):
        set_png_dpi(tiny_png(), dpi)


def test_a_map_over_the_png_limit_is_refused_and_one_at_the_limit_fits() -> None:
    with pytest.raises(ValueError, match="too large"):
        png_with_map(tiny_png(), b" " * (PNG_EMBED_LIMIT + 1))
    assert map_from_png(png_with_map(tiny_png(), b" " * PNG_EMBED_LIMIT)) == b" " * PNG_EMBED_LIMIT


def test_png_with_map_refuses_what_is_not_a_png() -> None:
    with pytest.raises(ValueError, match="not a PNG"):
        png_with_map(b"GIF89a...", b"{}")


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_png_is_reported_as_damaged(tmp_path: Path, journey: bytes, cut: float) -> None:
    png = png_with_map(tiny_png(), journey)
    path = written(tmp_path, "cut.png", png[: int(len(png) * cut)])
    with pytest.raises(InputError, match="the PNG is damaged: it ends too early"):
        read_export(path)


def test_a_corrupted_png_chunk_is_reported_by_its_checksum(tmp_path: Path, journey: bytes) -> None:
    png = bytearray(png_with_map(tiny_png(), journey))
    png[200] ^= 0xFF  # inside the iTXt chunk
    with pytest.raises(InputError, match="checksum of its iTXt chunk is wrong"):
        read_export(written(tmp_path, "bad.png", bytes(png)))


@settings(max_examples=50)
@given(st.text())
def test_any_text_survives_the_png(text: str) -> None:
    data = text.encode("utf-8")
    assert map_from_png(png_with_map(tiny_png(), data)) == data


# -- PDF --------------------------------------------------------------------------


def test_a_reportlab_pdf_round_trips_keeping_outline_metadata_and_labels(
    tmp_path: Path, doc: JourneyMap, journey: bytes
) -> None:
    original = PdfReader(io.BytesIO(reportlab_pdf()))
    pdf = pdf_with_map(reportlab_pdf(), journey)
    assert read_export(written(tmp_path, "map.pdf", pdf)) == doc
    reader = PdfReader(io.BytesIO(pdf))
    outline = cast(list[Destination], reader.outline)
    assert [item.title for item in outline] == ["Awareness", "Purchase"]
    assert [reader.get_destination_page_number(item) for item in outline] == [0, 1]
    assert len(reader.pages) == 2
    assert reader.page_labels == original.page_labels == ["Carte-", "Carte-"]
    assert reader.metadata is not None and original.metadata is not None
    for field in ("title", "author", "subject", "keywords", "producer"):
        assert getattr(reader.metadata, field) == getattr(original.metadata, field)
    assert reader.metadata.title == "Acheter sa première guitare"
    [attachment] = reader.attachment_list
    assert attachment.name == attachment.alternative_name == ATTACHMENT_NAME
    assert attachment.subtype == "/" + MEDIA_TYPE
    assert attachment.description == "Editable Parcours map"
    assert attachment.associated_file_relationship == "/Source"
    assert attachment.size == len(journey) and attachment.content == journey
    listed = cast(ArrayObject, reader.root_object["/AF"])
    assert [ref.get_object() for ref in listed] == [attachment.pdf_object]
    assert b"/application#2Fvnd.parcours.journey+json" in pdf


@pytest.mark.skipif(shutil.which("pdfdetach") is None, reason="poppler-utils not installed")
def test_poppler_lists_and_extracts_the_attachment(tmp_path: Path, journey: bytes) -> None:
    path = written(tmp_path, "map.pdf", pdf_with_map(reportlab_pdf(), journey))
    listing = subprocess.run(
        ["pdfdetach", "-list", str(path)], capture_output=True, text=True, check=True
    )
    assert "map.journey" in listing.stdout
    out = tmp_path / "extracted.journey"
    subprocess.run(["pdfdetach", "-savefile", "map.journey", "-o", str(out), str(path)], check=True)
    assert out.read_bytes() == journey


def test_attaching_again_replaces_the_map(journey: bytes) -> None:
    pdf = pdf_with_map(pdf_with_map(reportlab_pdf(), b'{"first": true}'), journey)
    reader = PdfReader(io.BytesIO(pdf))
    assert [entry.name for entry in reader.attachment_list] == [ATTACHMENT_NAME]
    assert len(cast(ArrayObject, reader.root_object["/AF"])) == 1
    assert map_from_pdf(pdf) == journey


def test_other_attachments_are_kept_and_the_map_is_found_by_subtype(journey: bytes) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_map(reportlab_pdf(), journey))))
    writer.add_attachment("notes.txt", b"hello")
    [ours] = [entry for entry in writer.attachment_list if entry.name == ATTACHMENT_NAME]
    ours.alternative_name = None  # only the MIME subtype is left to recognise it
    out = io.BytesIO()
    writer.write(out)
    renamed = out.getvalue()
    assert map_from_pdf(renamed) == journey
    kept = pdf_with_map(renamed, b"{}")
    names = sorted(entry.name for entry in PdfReader(io.BytesIO(kept)).attachment_list)
    assert names == [ATTACHMENT_NAME, "notes.txt"]


def test_pdf_with_map_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(ValueError, match="the PDF is damaged"):
        pdf_with_map(b"%PDF-1.4\nnothing else", b"{}")
    with pytest.raises(ValueError, match=r"the PDF is damaged \(pypdf: "):
        pdf_with_map(b"%PDF-1.4\nnothing else\n%%EOF\n", b"{}")
    with pytest.raises(ValueError, match="is not a PDF"):
        pdf_with_map(b"GIF89a", b"{}")


def test_a_password_locked_pdf_says_so(tmp_path: Path, journey: bytes) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_map(reportlab_pdf(), journey))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(InputError, match="locked with a password"):
        read_export(written(tmp_path, "locked.pdf", out.getvalue()))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=0.99))
def test_a_truncated_pdf_gives_an_input_error_never_another_exception(
    tmp_path: Path, journey: bytes, cut: float
) -> None:
    pdf = pdf_with_map(reportlab_pdf(), journey)
    path = written(tmp_path, "cut.pdf", pdf[: int(len(pdf) * cut)])
    with pytest.raises(InputError) as error:
        read_export(path)
    assert error.value.source == str(path)


def test_a_pdf_cut_in_half_is_reported_as_damaged(tmp_path: Path, journey: bytes) -> None:
    pdf = pdf_with_map(reportlab_pdf(), journey)
    with pytest.raises(InputError, match="the PDF is damaged: it ends too early"):
        read_export(written(tmp_path, "cut.pdf", pdf[: len(pdf) // 2]))


# -- SVG --------------------------------------------------------------------------


def test_a_qt_svg_round_trips_stays_well_formed_and_renders(
    qapp, tmp_path: Path, doc: JourneyMap, journey: bytes
) -> None:
    original = qt_svg()
    svg = svg_with_map(original, journey)
    assert read_export(written(tmp_path, "map.svg", svg)) == doc
    root = ElementTree.fromstring(svg)
    assert root[0].tag == "{http://www.w3.org/2000/svg}metadata"
    assert root[0].get("id") == "parcours-map"
    [element] = root[0]
    assert element.tag == "{https://parcours.app/ns/journey}journey"
    assert element.get("media-type") == MEDIA_TYPE and element.get("encoding") == "base64"
    assert QSvgRenderer(QByteArray(svg.encode("utf-8"))).isValid()
    start, end = svg.index("\n<metadata"), svg.index("</metadata>") + len("</metadata>")
    assert svg[:start] + svg[end:] == original  # nothing else touched


def test_a_hand_written_svg_round_trips_and_replaces_its_map(qapp, journey: bytes) -> None:
    svg = svg_with_map(svg_with_map(MINIMAL_SVG, b'{"first": true}'), journey)
    assert svg == svg_with_map(MINIMAL_SVG, journey)
    assert svg.count("<metadata") == 1 and map_from_svg(svg) == journey
    assert svg.index("<metadata") > svg.index("data-note='a > b'>")
    ElementTree.fromstring(svg)
    assert QSvgRenderer(QByteArray(svg.encode("utf-8"))).isValid()
    assert map_from_svg(MINIMAL_SVG) is None


def test_a_self_closing_root_is_opened_to_hold_the_map() -> None:
    svg = svg_with_map('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" />', b"{}")
    assert ElementTree.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
    assert map_from_svg(svg) == b"{}"


def test_svg_with_map_refuses_what_is_not_an_svg() -> None:
    with pytest.raises(ValueError, match="not an SVG"):
        svg_with_map("<html><svg></svg></html>", b"{}")


@settings(max_examples=50)
@given(st.binary())
def test_any_bytes_survive_the_svg_and_keep_it_well_formed(data: bytes) -> None:
    svg = svg_with_map(MINIMAL_SVG, data)
    ElementTree.fromstring(svg)
    assert map_from_svg(svg) == data


def test_a_broken_svg_is_reported_as_damaged(tmp_path: Path, journey: bytes) -> None:
    svg = svg_with_map(MINIMAL_SVG, journey)
    with pytest.raises(InputError, match="the SVG is damaged"):
        read_export(written(tmp_path, "cut.svg", svg[: len(svg) // 2]))


# -- reading any export -----------------------------------------------------------


@pytest.mark.parametrize("kind", ["png", "pdf", "svg"])
def test_an_export_without_a_map_was_not_made_by_parcours(qapp, tmp_path: Path, kind: str) -> None:
    data = qt_png() if kind == "png" else reportlab_pdf() if kind == "pdf" else qt_svg()
    path = written(tmp_path, f"plain.{kind}", data)
    with pytest.raises(InputError) as error:
        read_export(path)
    assert str(error.value) == f"{path}: {NOT_OURS}"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Shopping list: strings, picks\n", "is not a PDF, PNG or SVG file (it is plain text)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "is not a PDF, PNG or SVG file"),
        (b"", "the file is empty"),
    ],
)
def test_other_files_are_named_for_what_they_are_not(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = written(tmp_path, "thing.png", content)
    with pytest.raises(InputError, match=re.escape(message)) as error:
        read_export(path)
    assert error.value.source == str(path)


def test_a_missing_file_and_a_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="there is no such file"):
        read_export(tmp_path / "gone.pdf")
    with pytest.raises(InputError, match="is a folder"):
        read_export(tmp_path)


def test_the_kind_is_found_from_the_content_not_the_name(
    tmp_path: Path, doc: JourneyMap, journey: bytes
) -> None:
    assert read_export(written(tmp_path, "really-a-png.pdf", png_with_map(tiny_png(), journey)))
    assert read_export(written(tmp_path, "really-an-svg.txt", svg_with_map(MINIMAL_SVG, journey)))
    assert read_export(written(tmp_path, "noext", pdf_with_map(reportlab_pdf(), journey))) == doc


@pytest.mark.parametrize("kind", ["png", "pdf", "svg"])
def test_a_map_from_a_newer_parcours_says_so_with_the_path(tmp_path: Path, kind: str) -> None:
    newer = b'{"format": "parcours-journey", "version": 99, "journey": {}}'
    path = written(tmp_path, f"newer.{kind}", export_with(kind, newer))
    with pytest.raises(InputError, match=r"newer Parcours \(file format version 99\)") as error:
        read_export(path)
    assert error.value.source == str(path)


def test_a_broken_embedded_map_is_reported_with_the_path(tmp_path: Path, journey: bytes) -> None:
    path = written(tmp_path, "broken.png", png_with_map(tiny_png(), journey[: len(journey) // 2]))
    with pytest.raises(InputError, match="truncated") as error:
        read_export(path)
    assert error.value.source == str(path)


@pytest.mark.parametrize("kind", ["png", "pdf", "svg"])
def test_reading_never_changes_the_file(tmp_path: Path, journey: bytes, kind: str) -> None:
    path = written(tmp_path, f"map.{kind}", export_with(kind, journey))
    before, stamp = path.read_bytes(), path.stat().st_mtime_ns
    read_export(path)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp


def test_importing_the_module_loads_no_qt_reportlab_or_pypdf() -> None:
    code = (
        "import sys, app.export.embed; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'shiboken6', 'reportlab', 'pypdf'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert embed.MEDIA_TYPE is fileformat.MEDIA_TYPE
