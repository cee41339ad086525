"""The PDF export's vector icons: the SVG subset parser and fidelity against Qt's renderer.

Set PDFICONS_SHEET=/some/file.png to also write a contact sheet (PDF raster left, Qt right).
"""

import math
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from app.export.pdficons import Op, arc_to_curves, draw_icon, load_icon, parse_path, parse_svg
from app.resources import ICONS

# The interface icons (24 x 24, in folders), not the application icon at the top.
ICON_FILES = sorted(path for path in ICONS.rglob("*.svg") if path.parent != ICONS)
NAMES = [path.relative_to(ICONS).with_suffix("").as_posix() for path in ICON_FILES]
SIZE = 96


def end_point(ops: list[Op]) -> tuple[float, float]:
    return ops[-1][1][-2], ops[-1][1][-1]


def bezier(p: tuple[float, ...], start: tuple[float, float], t: float) -> tuple[float, float]:
    xs, ys = (start[0], p[0], p[2], p[4]), (start[1], p[1], p[3], p[5])
    weights = ((1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3)
    return sum(w * v for w, v in zip(weights, xs, strict=True)), sum(
        w * v for w, v in zip(weights, ys, strict=True)
    )


def test_there_are_icons_and_every_one_parses() -> None:
    assert len(ICON_FILES) >= 25
    for path in ICON_FILES:
        icon = parse_svg(path.read_text(encoding="utf-8"))
        assert icon.view_box == (0, 0, 24, 24), path
        assert icon.shapes, path
        for shape in icon.shapes:
            assert shape.ops[0][0] == "M", path
            assert {op for op, _ in shape.ops} <= {"M", "L", "C", "Z"}, path


def test_root_style_is_inherited_and_elements_override_it() -> None:
    icon = load_icon("faces/positive")
    assert icon is not None
    face, eye = icon.shapes[0], icon.shapes[1]
    assert (face.fill, face.stroke, face.width, face.cap, face.join) == (
        None,
        "currentColor",
        2.0,
        1,
        1,
    )
    assert (eye.fill, eye.stroke, eye.even_odd) == ("currentColor", None, False)


def test_unsupported_svg_is_refused_not_silently_dropped() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{}</svg>'
    with pytest.raises(ValueError, match="text"):
        parse_svg(svg.format("<text>hi</text>"))
    with pytest.raises(ValueError, match="transform"):
        parse_svg(svg.format('<g transform="rotate(45)"><path d="M0 0h1"/></g>'))
    with pytest.raises(ValueError, match="command"):
        parse_path("M0 0X1 1")
    with pytest.raises(ValueError):
        parse_path("M0 0L1")
    with pytest.raises(ValueError):
        parse_path("L1 1")  # a path must start with a move
    with pytest.raises(ValueError):
        parse_path("M0 0A1 1 0 2 0 3 3")  # arc flags are 0 or 1


def test_path_grammar_compact_numbers_and_implicit_commands() -> None:
    ops = parse_path("M1.5.5l-.5 1e1h2v3 4zm1 1 2 2L5-5 6,6")
    assert ops == [
        ("M", (1.5, 0.5)),
        ("L", (1.0, 10.5)),
        ("L", (3.0, 10.5)),
        ("L", (3.0, 13.5)),
        ("L", (3.0, 17.5)),
        ("Z", ()),
        ("M", (2.5, 1.5)),  # relative to the closed subpath's start
        ("L", (4.5, 3.5)),  # pairs after a relative move are relative lines
        ("L", (5.0, -5.0)),
        ("L", (6.0, 6.0)),
    ]


def test_drawing_on_after_a_close_starts_from_the_subpath_start() -> None:
    assert parse_path("M2 2h4v4zl1 1") == [
        ("M", (2.0, 2.0)),
        ("L", (6.0, 2.0)),
        ("L", (6.0, 6.0)),
        ("Z", ()),
        ("M", (2.0, 2.0)),
        ("L", (3.0, 3.0)),
    ]


def test_smooth_and_quadratic_curves_become_cubics() -> None:
    ops = parse_path("M0 0C1 2 3 4 5 6s2 2 4 4Q5 5 10 0t10 0S1 1 2 2")
    assert ops[1] == ("C", (1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
    assert ops[2] == ("C", (7.0, 8.0, 7.0, 8.0, 9.0, 10.0))  # reflected (3, 4) about (5, 6)
    assert ops[3] == ("C", (9 + 2 / 3 * -4, 10 + 2 / 3 * -5, 10 + 2 / 3 * -5, 2 / 3 * 5, 10, 0))
    # T reflects the quadratic control (5, 5) about (10, 0) to (15, -5).
    assert ops[4][1] == pytest.approx((10 + 10 / 3, -10 / 3, 20 - 10 / 3, -10 / 3, 20, 0))
    # S after a quadratic does not reflect: its first control point is the current point.
    assert ops[5] == ("C", (20.0, 0.0, 1.0, 1.0, 2.0, 2.0))


@pytest.mark.parametrize(
    ("data", "end", "segments"),
    [
        # Full circles made of two half-circle arcs end where they started.
        ("M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0", (2, 12), 4),
        ("M2 12A10 10 0 0 1 22 12A10 10 0 0 1 2 12", (2, 12), 4),
        ("M2,12a10,10,0,1,1,20,0a10,10,0,1,1,-20,0", (2, 12), 4),
        ("M2 12a10 10 0 1110 10a10 10 0 01-10-10", (2, 12), 4),  # compact flags
        ("M22 12a1 1 0 0 0-20 0", (2, 12), 2),  # radius too small: scaled up
        ("M12 2a10 10 0 1 1-10 10", (2, 12), 3),  # 270°, the large way round
        ("M12 2a10 10 0 0 0-10 10", (2, 12), 1),  # 90°, the short way
    ],
)
def test_arcs_follow_their_circle_and_end_where_they_should(
    data: str, end: tuple[float, float], segments: int
) -> None:
    centre, radius = (12, 12), 10
    ops = parse_path(data)
    curves = ops[1:]
    assert len(curves) == segments
    assert end_point(ops) == pytest.approx(end)
    start = ops[0][1]
    point = (start[0], start[1])
    for _, args in curves:
        for t in (0.25, 0.5, 0.75, 1.0):
            x, y = bezier(args, point, t)
            assert math.hypot(x - centre[0], y - centre[1]) == pytest.approx(radius, rel=1e-3)
        point = (args[4], args[5])


def test_arc_flags_pick_the_right_one_of_four_arcs() -> None:
    # From (0, 0) to (10, 0) with r = 10: centres at (5, ±8.66). y points down, so sweep 1
    # (increasing angles) turns clockwise on screen: from the left end over the top.
    def midpoint(flags: str) -> tuple[float, float]:
        ops = parse_path(f"M0 0A10 10 0 {flags} 10 0")
        curves = [args for _, args in ops[1:]]
        # Sample the middle of the whole arc: the end of the middle segment or its midpoint.
        starts = [(0.0, 0.0)] + [(c[4], c[5]) for c in curves[:-1]]
        middle = len(curves) // 2
        if len(curves) % 2:
            return bezier(curves[middle], starts[middle], 0.5)
        return curves[middle - 1][4], curves[middle - 1][5]

    assert midpoint("0 0")[1] == pytest.approx(10 - 8.660254, abs=1e-3)  # small, below
    assert midpoint("0 1")[1] == pytest.approx(-(10 - 8.660254), abs=1e-3)  # small, above
    assert midpoint("1 0")[1] == pytest.approx(8.660254 + 10, abs=1e-3)  # large, below
    assert midpoint("1 1")[1] == pytest.approx(-(8.660254 + 10), abs=1e-3)  # large, above


def test_rotated_elliptical_arc_and_degenerate_arcs() -> None:
    # A 45°-rotated ellipse (rx 4, ry 2) half: its points satisfy the rotated equation.
    c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
    start = (10 + 4 * c, 10 + 4 * s)
    end = (10 - 4 * c, 10 - 4 * s)
    curves = arc_to_curves(*start, (4, 2, 45, 0, 1, *end))
    assert len(curves) == 2
    point = start
    for args in curves:
        for t in (0.3, 0.6, 1.0):
            x, y = bezier(args, point, t)
            u = (x - 10) * c + (y - 10) * s
            v = -(x - 10) * s + (y - 10) * c
            assert (u / 4) ** 2 + (v / 2) ** 2 == pytest.approx(1, abs=2e-3)
        point = (args[4], args[5])
    assert curves[-1][4:] == end
    assert arc_to_curves(1, 1, (5, 5, 0, 0, 0, 1, 1)) == []  # same end points: nothing
    assert arc_to_curves(0, 0, (0, 5, 0, 0, 0, 4, 3)) == [(0, 0, 4, 3, 4, 3)]  # a line


def test_shapes_become_closed_outlines() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#abc">'
        '<rect x="2" y="3" width="10" height="6" rx="2"/><rect width="4" height="4"/>'
        '<ellipse cx="5" cy="6" rx="3" ry="2"/><line x1="0" y1="0" x2="3" y2="4"/>'
        '<polygon points="1,1 5,1 3,4"/><polyline points="0 0 1 1"/></svg>'
    )
    rounded, square, ellipse, line, polygon, polyline = parse_svg(svg).shapes
    assert rounded.stroke == "#aabbcc"
    assert [op for op, _ in rounded.ops] == list("MLCLCLCLCZ")
    assert rounded.ops[1] == ("L", (10.0, 3.0))
    assert rounded.ops[2][1][4:] == (12.0, 5.0)  # the corner's arc ends rx/ry further on
    assert [op for op, _ in square.ops if op != "C"] == list("MLLLLZ")
    assert len([op for op, _ in ellipse.ops if op == "C"]) == 4
    assert end_point(list(ellipse.ops[:-1])) == pytest.approx(ellipse.ops[0][1])
    assert line.ops == (("M", (0.0, 0.0)), ("L", (3.0, 4.0)))
    assert [op for op, _ in polygon.ops] == list("MLLZ")
    assert [op for op, _ in polyline.ops] == list("ML")


def test_unknown_icons_are_reported_and_parsing_is_cached(tmp_path: Path) -> None:
    canvas = Canvas(os.devnull, pagesize=(SIZE, SIZE))
    assert not draw_icon(canvas, "channels/no_such_icon", 0, 0, 10, "#000000")
    outside = tmp_path / "outside.svg"
    outside.write_text((ICONS / "faces/positive.svg").read_text(encoding="utf-8"))
    assert not draw_icon(canvas, os.path.relpath(tmp_path / "outside", ICONS), 0, 0, 10, "#000000")
    load_icon.cache_clear()
    for _ in range(3):
        assert draw_icon(canvas, "faces/positive", 0, 0, 10, "#123456")
    assert load_icon.cache_info().misses == 1


def pdf_raster(name: str, folder: Path, scale: float = 1, box: QRectF | None = None) -> QImage:
    box = box or QRectF(0, 0, SIZE, SIZE)
    pdf = folder / f"{name.replace('/', '_')}.pdf"
    canvas = Canvas(str(pdf), pagesize=(SIZE, SIZE))
    canvas.transform(scale, 0, 0, -scale, 0, SIZE)  # the exporter's y-down layout coordinates
    assert draw_icon(canvas, name, box.x(), box.y(), box.width(), "#000000")
    canvas.showPage()
    canvas.save()
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    image = QImage(str(stem) + ".png")
    assert image.width() == SIZE and image.height() == SIZE
    return image


def qt_raster(name: str, box: QRectF | None = None) -> QImage:
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", "#000000")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, box or QRectF(0, 0, SIZE, SIZE))
    painter.end()
    return image


def dark_pixels(image: QImage) -> set[tuple[int, int]]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(grey.constBits()), grey.bytesPerLine()
    return {
        (x, y)
        for y in range(grey.height())
        for x in range(grey.width())
        if data[y * stride + x] < 128
    }


def contact_sheet(pairs: list[tuple[QImage, QImage]], path: str, columns: int = 5) -> None:
    gap, cell = 8, 2 * SIZE + 12
    rows = -(-len(pairs) // columns)
    sheet = QImage(
        columns * (cell + gap) + gap, rows * (SIZE + gap) + gap, QImage.Format.Format_RGB32
    )
    sheet.fill(QColor("#bbbbbb"))
    painter = QPainter(sheet)
    for i, (pdf, qt) in enumerate(pairs):
        left, top = gap + (i % columns) * (cell + gap), gap + (i // columns) * (SIZE + gap)
        painter.drawImage(left, top, pdf)
        painter.drawImage(left + SIZE + 4, top, qt)
    painter.end()
    sheet.save(path)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_every_icon_in_the_pdf_looks_like_qts_rendering(qapp: object, tmp_path: Path) -> None:
    scores, rows = [], []
    for name in NAMES:
        pdf, qt = pdf_raster(name, tmp_path), qt_raster(name)
        ours, theirs = dark_pixels(pdf), dark_pixels(qt)
        scores.append((len(ours & theirs) / max(1, len(ours | theirs)), name))
        rows.append((pdf, qt))
    if sheet := os.environ.get("PDFICONS_SHEET"):
        contact_sheet(rows, sheet)
    scores.sort()
    print("worst IoU:", ", ".join(f"{name} {iou:.3f}" for iou, name in scores[:5]))
    assert all(iou >= 0.80 for iou, _ in scores), scores[:5]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_icons_land_in_their_square_under_a_scaled_layout_transform(
    qapp: object, tmp_path: Path
) -> None:
    # Layout units are 2 pt here: the square (24, 0, 24) is the page's top-right quarter.
    pdf = pdf_raster("badges/metric", tmp_path, scale=2, box=QRectF(24, 0, 24, 24))
    ours = dark_pixels(pdf)
    assert ours and all(x >= SIZE // 2 and y < SIZE // 2 for x, y in ours)
    theirs = dark_pixels(qt_raster("badges/metric", QRectF(SIZE / 2, 0, SIZE / 2, SIZE / 2)))
    assert len(ours & theirs) / len(ours | theirs) >= 0.8


SYNTHETIC = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
  stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">
  <path d="M2 6c2-4 5-4 7 0s5 4 7 0M2 11q2.5-4 5 0t5 0 5 0"/>
  <path d="M14 14a6 3 30 1 0 6 6" stroke-width="1"/>
  <path d="M3 14h8v8H3zM5 16h4v4H5z" fill="currentColor" fill-rule="evenodd" stroke="none"/>
  <g stroke="#000000" stroke-linecap="butt" stroke-linejoin="miter">
    <polyline points="13 2 17 5 21 2"/><line x1="19" y1="9" x2="23" y2="13"/>
  </g>
  <polygon points="12,22 14,17 16,22" style="fill: currentColor; stroke: none"/>
</svg>"""


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_rest_of_the_grammar_looks_like_qts_rendering_too(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Smooth cubics, quadratics, a rotated arc, even-odd fill, groups and style attributes.
    icons = tmp_path / "icons"
    (icons / "test").mkdir(parents=True)
    (icons / "test" / "synthetic.svg").write_text(SYNTHETIC, encoding="utf-8")
    monkeypatch.setattr("app.export.pdficons.ICONS", icons)
    load_icon.cache_clear()
    pdf = pdf_raster("test/synthetic", tmp_path)
    load_icon.cache_clear()
    renderer = QSvgRenderer(QByteArray(SYNTHETIC.replace("currentColor", "#000000").encode()))
    qt = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    qt.fill(QColor("white"))
    painter = QPainter(qt)
    renderer.render(painter, QRectF(0, 0, SIZE, SIZE))
    painter.end()
    ours, theirs = dark_pixels(pdf), dark_pixels(qt)
    if sheet := os.environ.get("PDFICONS_SHEET"):
        contact_sheet([(pdf, qt)], sheet.replace(".png", "-synthetic.png"), columns=1)
    assert len(ours & theirs) / len(ours | theirs) >= 0.85
