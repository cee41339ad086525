"""A PNG drawn band by band and tile by tile shows exactly what the map drawn whole shows.

The export draws each tile of each band with the emotion curves cut to the tile
and only the items the band shows; the curves keep the dashes they have when
drawn whole, pixel for pixel.
"""

import dataclasses
import random

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.export import raster
from app.export.options import ExportOptions
from app.export.qt.dashes import Dashes, flattened
from app.export.qt.draw import curve_path, curve_pen, draw_layout
from app.export.qt.theme import LIGHT
from app.layout.model import Layout
from app.model.document import JourneyMap, Persona, Touchpoint
from app.model.palette import persona_colour
from app.model.templates import new_map

SHAPES = ("circle", "square", "triangle", "diamond", "triangle-down")


def feelings_map(touchpoints: int = 14, personas: int = 7) -> JourneyMap:
    """A map whose personas (solid, dashed, dotted, dash-dot...) score every touchpoint.

    Their markers are shapes: Qt's antialiasing of the thick lines of the cross,
    plus and star markers changes slightly with the band (before these changes too).
    """
    rng = random.Random(11)
    doc = new_map("five-phases", "en")
    doc.personas = [
        Persona(name=f"Persona {i + 1}", colour=persona_colour(i), marker=SHAPES[i % len(SHAPES)])
        for i in range(personas)
    ]
    for i in range(touchpoints):
        doc.touchpoints.append(
            Touchpoint(
                phase_id=doc.phases[i * len(doc.phases) // touchpoints].id,
                lane_id=doc.lanes[0].id,
                title=f"Step {i + 1}",
                emotions={p.id: rng.randint(-4, 4) / 2 for p in doc.personas},
            )
        )
    return doc


def placement(result: Layout, scale: float) -> tuple[tuple[int, int], tuple[float, float]]:
    """The image size and the map's offset in it, as the PNG export works them out."""
    units = (result.width + 2 * raster.MARGIN, result.height + 2 * raster.MARGIN)
    size = (round(units[0] * scale), round(units[1] * scale))
    return size, ((size[0] - units[0] * scale) / 2, (size[1] - units[1] * scale) / 2)


def whole(result: Layout, scale: float) -> QImage:
    """``result`` drawn in one go, every curve stroked whole by Qt, as the export places it."""
    (width, height), offset = placement(result, scale)
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.translate(offset[0], offset[1])
    painter.scale(scale, scale)
    painter.translate(raster.MARGIN, raster.MARGIN)
    draw_layout(painter, result, LIGHT, zoom=scale)
    painter.end()
    return image


def pixels(image: QImage) -> bytes:
    return bytes(image.constBits())[: image.bytesPerLine() * image.height()]


def differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_dashed_curves_cut_into_bands_and_tiles_keep_every_pixel_of_the_whole_curves(
    qapp, monkeypatch: pytest.MonkeyPatch, scale: float
) -> None:  # type: ignore[no-untyped-def]
    _, result = raster.prepare(feelings_map(), ExportOptions(scale=scale))
    assert len({curve.dash for curve in result.curves if curve.dash}) >= 5
    curves_only = dataclasses.replace(
        result, lanes=(), phases=(), cards=(), framework=(), scales=(), bars=(), notes=()
    )
    expected = whole(curves_only, scale)
    # Bands of 37 rows (two fit in BAND_BYTES: one drawn while the other is compressed).
    monkeypatch.setattr(raster, "BAND_BYTES", expected.width() * 4 * 74)
    monkeypatch.setattr(raster, "TILE", 301)  # and tiles 301 pixels wide
    size, offset = placement(curves_only, scale)
    bands = raster._render_bands(curves_only, size, scale, offset, QColor("white"), None)
    drawn = b"".join(bytes(band) for band in bands)
    if drawn != pixels(expected):
        got = QImage(drawn, size[0], size[1], QImage.Format.Format_RGBA8888)
        pytest.fail(f"{differing(got, expected)} pixels differ from the whole curves")


def test_an_export_in_one_band_is_the_map_drawn_whole(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = feelings_map()
    _, result = raster.prepare(doc, ExportOptions(scale=2.0))
    image = QImage.fromData(raster.export_png(doc, ExportOptions(scale=2.0)).data)
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    expected = whole(result, 2.0)
    assert image.size() == expected.size()
    assert pixels(image) == pixels(expected)


def test_the_dashes_follow_qts_flattening_and_pattern(qapp) -> None:  # type: ignore[no-untyped-def]
    _, result = raster.prepare(feelings_map(), ExportOptions())
    curve = next(c for c in result.curves if c.dash)
    for segment in curve.segments[:5]:
        polygons = curve_path([segment]).toSubpathPolygons()  # Qt flattens within 0.5 unit
        qt_points = [(p.x(), p.y()) for p in polygons[0]][1:]
        assert flattened(segment, 0.5) == qt_points
    pen = curve_pen(curve, cosmetic=False)
    dashes = Dashes.of(curve.segments, pen, 2.0)
    assert len(dashes.lines) > 10
    assert dashes.pen.style().name == "SolidLine"
    # Nothing is drawn outside the curve's x-range, everything inside is.
    first, last = curve.segments[0].start.x, curve.segments[-1].end.x
    assert dashes.within(last + 50, last + 100).isEmpty()
    assert not dashes.within(first, last).isEmpty()
    assert dashes.within(first, last).elementCount() == sum(len(line) for line in dashes.lines)
    # The export strokes them one by one: the same dashes, one path each.
    assert list(dashes.paths_within(last + 50, last + 100)) == []
    one_by_one = list(dashes.paths_within(first, last))
    assert len(one_by_one) == len(dashes.lines)
    assert [[(p.x(), p.y()) for p in path.toSubpathPolygons()[0]] for path in one_by_one] == [
        list(line) for line in dashes.lines
    ]


def test_a_band_draws_only_the_cards_it_shows(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from app.export.qt import draw

    drawn: list[str] = []
    original = draw.draw_card

    def counting(painter, box, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(box.touchpoint_id)
        original(painter, box, *args, **kwargs)

    monkeypatch.setattr(draw, "draw_card", counting)
    _, result = raster.prepare(feelings_map(), ExportOptions())
    image = QImage(200, 200, QImage.Format.Format_RGBA8888)
    painter = QPainter(image)
    bottom = max(card.rect.bottom for card in result.cards)
    below = (bottom + 100, bottom + 300)  # a band under every card
    painter.setClipRect(QRectF(0, below[0], result.width, below[1] - below[0]))
    draw_layout(painter, result, LIGHT, span=(0, result.width), rows=below)
    assert drawn == []
    draw_layout(painter, result, LIGHT, span=(0, result.width), rows=(0, bottom))
    painter.end()
    assert sorted(drawn) == sorted(card.touchpoint_id for card in result.cards)


def test_bands_compressed_alongside_the_drawing_give_the_same_png(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    doc = feelings_map()
    one_band = QImage.fromData(raster.export_png(doc, ExportOptions(scale=2.0)).data)
    # Bands of about 40 rows: each compressed in the encoder's thread while the next is drawn.
    monkeypatch.setattr(raster, "BAND_BYTES", one_band.width() * 4 * 81)
    banded = QImage.fromData(raster.export_png(doc, ExportOptions(scale=2.0)).data)
    assert banded.size() == one_band.size()
    a = banded.convertToFormat(QImage.Format.Format_RGBA8888)
    b = one_band.convertToFormat(QImage.Format.Format_RGBA8888)
    assert pixels(a) == pixels(b)


def test_at_most_two_bands_are_in_memory(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _, result = raster.prepare(feelings_map(), ExportOptions())
    size, offset = placement(result, 1.0)
    monkeypatch.setattr(raster, "BAND_BYTES", size[0] * 4 * 50)  # bands of 25 rows
    kept: list[QImage] = []
    held = []
    for band in raster._render_bands(result, size, 1.0, offset, QColor("white"), None, kept):
        assert len(band) <= size[0] * 4 * 25
        held.append(len(kept))
    assert len(held) > 3 and max(held) == 2  # this band and the one being compressed


def test_compressing_alongside_writes_the_same_file() -> None:
    width, height = 301, 97
    rows = [
        bytes((x * 7 + y * 13 + c) % 256 for x in range(width) for c in range(4))
        for y in range(height)
    ]
    bands = [b"".join(rows[i : i + 10]) for i in range(0, height, 10)]
    from app.export.pngwriter import encode_rgba

    plain = encode_rgba(width, height, iter(bands), 6)
    assert encode_rgba(width, height, iter(bands), 6, alongside=True) == plain
    image = QImage.fromData(plain).convertToFormat(QImage.Format.Format_RGBA8888)
    assert pixels(image) == b"".join(rows)
