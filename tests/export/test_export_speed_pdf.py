"""The PDF export writes fewer, cheaper operators, and the pages look exactly as before.

Text goes out as one text object per box instead of one per line, colours are set
only when they change, and icons, rounded rectangles and markers are written as
operators made once instead of through reportlab's path objects, call by call.
Each shortcut is checked against the way it replaces: the same operators, or the
same pixels when rasterised by poppler.
"""

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.pdfgen.canvas import Canvas

from app.export import pdfdraw
from app.export.fonts import PdfFonts
from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.export.pdfdraw import MapPainter
from app.export.pdficons import CURRENT, Icon, draw_icon, load_icon
from app.export.share import shared_map
from app.layout.geometry import Rect
from app.model.document import JourneyMap, StickyNote
from app.model.fileformat import dumps
from app.resources import ICONS

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
PAGE = (400.0, 300.0)


def page(tmp_path: Path, name: str, draw: Callable[[Canvas], None]) -> Path:
    """A one-page PDF drawn by ``draw`` in the exporter's y-down coordinates."""
    path = tmp_path / f"{name}.pdf"
    c = Canvas(str(path), pagesize=PAGE, initialFontName=PdfFonts().face(False))
    c.transform(1, 0, 0, -1, 0, PAGE[1])
    draw(c)
    c.showPage()
    c.save()
    return path


def operators(path: Path) -> list[bytes]:
    """The page's content, operator by operator (whitespace and line breaks folded)."""
    contents = PdfReader(path).pages[0].get_contents()
    assert contents is not None
    return contents.get_data().split()


def pixels(path: Path, dpi: int = 144) -> bytes:
    """The page rasterised by poppler: its RGB pixels."""
    from PIL import Image

    stem = path.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(stem)],
        check=True,
        timeout=60,
    )
    with Image.open(str(stem) + ".png") as image:
        return image.convert("RGB").tobytes()


def test_rounded_rectangles_and_markers_are_what_reportlabs_paths_write(tmp_path: Path) -> None:
    shapes = [(40.5, 60.25, 5.0), (120.0, 80.0, 4.0), (300.125, 33.0, 3.5)]

    def old(c: Canvas) -> None:
        c.roundRect(10.5, 20.25, 168, 116, 8, stroke=1, fill=1)
        c.roundRect(200, 20, 38.3, 18, 9, stroke=0, fill=1)
        for x, y, r in shapes:
            p = c.beginPath()
            p.circle(x, y, r)
            c.drawPath(p, stroke=1, fill=1)
            p = c.beginPath()
            p.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7)
            c.drawPath(p, stroke=1, fill=1)
            p = c.beginPath()
            p.moveTo(x, y - r * 1.1), p.lineTo(x + r, y + r * 0.8), p.lineTo(x - r, y + r * 0.8)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            p = c.beginPath()
            for i, (px, py) in enumerate([(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2)]):
                p.lineTo(px, py) if i else p.moveTo(px, py)
            p.lineTo(x - r, y)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            p = c.beginPath()
            d = r * 0.75
            p.moveTo(x - r, y), p.lineTo(x + r, y), p.moveTo(x, y - r), p.lineTo(x, y + r)
            p.moveTo(x - d, y - d), p.lineTo(x + d, y + d)
            p.moveTo(x - d, y + d), p.lineTo(x + d, y - d)
            c.drawPath(p, stroke=1, fill=0)

    def new(c: Canvas) -> None:
        c.addLiteral(f"{pdfdraw._round_rect(10.5, 20.25, 168, 116, 8)} B*")
        c.addLiteral(f"{pdfdraw._round_rect(200, 20, 38.3, 18, 9)} f*")
        for x, y, r in shapes:
            for marker in ("circle", "square", "triangle", "diamond"):
                c.addLiteral(f"{pdfdraw._shape(marker, x, y, r)} B*")
            c.addLiteral(f"{pdfdraw._strokes('star', x, y, r)} S")

    # reportlab starts each of its paths with an ``n`` that ends no path: a no-op, left out.
    written = [op for op in operators(page(tmp_path, "old", old)) if op != b"n"]
    assert operators(page(tmp_path, "new", new)) == written


def draw_icon_shape_by_shape(c: Canvas, icon: Icon, x: float, y: float, size: float) -> None:
    """How icons were drawn before: reportlab calls per shape, under three transforms."""
    bx, by, bw, bh = icon.view_box
    scale = size / max(bw, bh)
    c.saveState()
    c.translate(x + (size - bw * scale) / 2, y + (size - bh * scale) / 2)
    c.scale(scale, scale)
    c.translate(-bx, -by)
    for shape in icon.shapes:
        fill = "#5b6675" if shape.fill == CURRENT else shape.fill
        stroke = ("#5b6675" if shape.stroke == CURRENT else shape.stroke) if shape.width else None
        if fill is None and stroke is None:
            continue
        path = c.beginPath()
        build = {"M": path.moveTo, "L": path.lineTo, "C": path.curveTo, "Z": path.close}
        for op, args in shape.ops:
            build[op](*args)
        if fill is not None:
            c.setFillColor(HexColor(fill))
        if stroke is not None:
            c.setStrokeColor(HexColor(stroke))
            c.setLineWidth(shape.width)
            c.setLineCap(shape.cap)
            c.setLineJoin(shape.join)
        mode = pdfcanvas.FILL_EVEN_ODD if shape.even_odd else pdfcanvas.FILL_NON_ZERO
        c.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None), fillMode=mode)
    c.restoreState()


@needs_poppler
def test_every_icon_looks_exactly_as_drawn_shape_by_shape(tmp_path: Path) -> None:
    names = sorted(p.relative_to(ICONS).with_suffix("").as_posix() for p in ICONS.rglob("*.svg"))
    icons = [(name, load_icon(name)) for name in names]
    spots = [(12.0 + 37 * (i % 10), 10.0 + 37 * (i // 10), 18.0 + i % 3 * 7) for i in range(99)]

    def old(c: Canvas) -> None:
        c.setFillColorRGB(0.5, 0.2, 0.1, alpha=0.3)  # a see-through fill before each icon
        for (_, icon), (x, y, size) in zip(icons, spots, strict=False):
            if icon is not None:
                c.rect(x, y, 4, 4, stroke=0, fill=1)
                draw_icon_shape_by_shape(c, icon, x, y, size)

    def new(c: Canvas) -> None:
        c.setFillColorRGB(0.5, 0.2, 0.1, alpha=0.3)
        for (name, icon), (x, y, size) in zip(icons, spots, strict=False):
            if icon is not None:
                c.rect(x, y, 4, 4, stroke=0, fill=1)
                assert draw_icon(c, name, x, y, size, "#5b6675")

    assert len(icons) >= 25
    assert pixels(page(tmp_path, "new", new)) == pixels(page(tmp_path, "old", old))


@needs_poppler
def test_text_in_one_text_object_reads_and_looks_as_one_object_a_line(tmp_path: Path) -> None:
    fonts = PdfFonts()
    lines = [
        ("Customer opens the app", 20.0, 40.0, 12.0, False),
        ("Élan — déjà vu, « naïve » façade", 20.0, 60.0, 12.0, False),
        ("Pays (with parentheses) and a back\\slash", 20.0, 80.0, 13.0, True),
        ("Moment of truth", 200.0, 100.0, 9.0, False),
        ("", 20.0, 120.0, 12.0, False),
        ("Pain points ⚠ 3", 20.0, 140.0, 12.0, True),
    ]

    def old(c: Canvas) -> None:  # one text object per line, a setFont per run
        c.setFillColorRGB(*pdfdraw._rgba("#1a2430")[0])
        for text, x, baseline, size, bold in lines:
            runs = fonts.runs(text, bold)
            if not runs:
                continue
            c.setFont(runs[0][0], size)
            t = c.beginText()
            t.setTextTransform(1, 0, 0, -1, x, baseline)
            for font, chunk in runs:
                t.setFont(font, size)
                t.textOut(chunk)
            c.drawText(t)

    def new(c: Canvas) -> None:
        painter = MapPainter(c, fonts)
        painter.fill("#1a2430")
        painter.write_lines(
            [(t, x, b) for t, x, b, s, bold in lines if not bold and s == 12], 12, False
        )
        for text, x, baseline, size, bold in lines:
            if bold or size != 12:
                painter.write_lines([(text, x, baseline)], size, bold)

    before, after = page(tmp_path, "old", old), page(tmp_path, "new", new)
    assert pixels(after) == pixels(before)
    text = PdfReader(after).pages[0].extract_text()
    for line, *_ in lines:
        assert line in text


@needs_poppler
def test_a_colour_is_set_again_after_a_restore_or_an_icon_changed_it(tmp_path: Path) -> None:
    def draw(c: Canvas) -> None:
        p = MapPainter(c, PdfFonts())
        p.rect(Rect(10, 10, 50, 50), "#ff0000")
        c.saveState()
        p.rect(Rect(70, 10, 50, 50), "#0000ff")
        c.restoreState()
        p.rect(Rect(130, 10, 50, 50), "#0000ff")  # still blue: the restore brought red back
        p.icon("faces/positive", Rect(190, 10, 50, 50), "#00ff00")
        p.rect(Rect(250, 10, 50, 50), "#0000ff")
        p.rect(Rect(310, 10, 50, 50), "#0000ff80")  # half see-through
        p.rect(Rect(10, 70, 50, 50), "#0000ff")  # opaque again

    from PIL import Image

    path = page(tmp_path, "colours", draw)
    image = Image.frombytes("RGB", (400, 300), pixels(path, 72))
    at = {x: image.getpixel((x, 35)) for x in (35, 95, 155, 275, 335)}
    assert [at[x] for x in (35, 95, 155, 275)] == [(255, 0, 0), *[(0, 0, 255)] * 3]
    assert at[335] in ((127, 127, 255), (128, 128, 255))
    assert image.getpixel((35, 95)) == (0, 0, 255)
    colours = [op for op in operators(path) if op == b"rg"]
    assert len(colours) < 6  # set when it changes, not at every rectangle


def test_an_export_that_shares_everything_reads_the_map_without_copying_or_changing_it(
    sample_en: JourneyMap,
) -> None:
    sample_en.notes.append(StickyNote(text="Ask the shop about delivery", x=420, y=1600))
    before = dumps(sample_en)
    assert shared_map(sample_en, ExportOptions(notes=True)) is sample_en
    without_notes = shared_map(sample_en, ExportOptions())
    assert without_notes.notes == [] and sample_en.notes
    assert without_notes.touchpoints is sample_en.touchpoints  # shared, not copied
    export_pdf(sample_en, ExportOptions(layout="fit", appendix=True, notes=True))
    assert dumps(sample_en) == before
    # Leaving something out still works on a copy.
    persona = sample_en.personas[0].id
    fewer = shared_map(
        sample_en, ExportOptions(personas=frozenset(p.id for p in sample_en.personas[1:]))
    )
    assert persona not in {p.id for p in fewer.personas} and dumps(sample_en) == before


def test_the_collector_rests_while_a_pdf_is_made_and_works_again_after(
    sample_en: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from app.export import pdf

    seen: list[bool] = []
    original = pdf.compute_layout

    def laying_out(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(pdf, "compute_layout", laying_out)
    assert gc.isenabled()
    export_pdf(sample_en, ExportOptions(appendix=False))
    assert seen == [False] and gc.isenabled()

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("no layout")

    monkeypatch.setattr(pdf, "compute_layout", failing)
    with pytest.raises(RuntimeError):
        export_pdf(sample_en, ExportOptions(appendix=False))
    assert gc.isenabled()  # an export that fails leaves it working too
