"""PNG and SVG exports, drawn by Qt from the same layout as the canvas."""

import re
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from app.export.embed import PNG_EMBED_LIMIT, png_with_map, set_png_dpi, svg_with_map
from app.export.options import POINTS_PER_UNIT, ExportOptions, page_size
from app.export.pngwriter import encode_rgba
from app.export.qt.draw import LayoutIndex, draw_layout
from app.export.qt.text import QtMeasure
from app.export.qt.theme import LIGHT
from app.export.result import Cancelled, ExportResult, Progress
from app.export.share import shared_map
from app.layout import layout as compute_layout
from app.layout.model import Layout
from app.model.document import JourneyMap
from app.model.fileformat import dumps
from app.model.text import translate

MARGIN = 24.0
"""Layout units of blank around the map in PNG and SVG exports."""
BAND_BYTES = 192 * 1024 * 1024
"""Largest slice of the image held in memory while rendering."""
TILE = 8192


def prepare(doc: JourneyMap, options: ExportOptions) -> tuple[JourneyMap, Layout]:
    """The map as shared (see :func:`shared_map`) and its layout measured with Qt's fonts."""
    shown = shared_map(doc, options)
    return shown, compute_layout(shown, QtMeasure())


def export_png(
    doc: JourneyMap, options: ExportOptions, progress: Progress | None = None
) -> ExportResult:
    """The map as a PNG: ``options.scale`` pixels per unit, or ``options.dpi`` on a paper size.

    The DPI is recorded in the file and the map travels inside it (iTXt chunk)
    unless it is too big for that, which the result's notes then say.
    """
    shown, result = prepare(doc, options)
    width_units, height_units = result.width + 2 * MARGIN, result.height + 2 * MARGIN
    if options.dpi:
        page_w, page_h = page_size(options.paper, options.orientation)
        factor = min(
            page_w / (width_units * POINTS_PER_UNIT), page_h / (height_units * POINTS_PER_UNIT)
        )
        scale = factor * POINTS_PER_UNIT * options.dpi / 72
        size = (round(page_w / 72 * options.dpi), round(page_h / 72 * options.dpi))
        dpi = options.dpi
    else:
        scale = options.scale
        size = (max(1, round(width_units * scale)), max(1, round(height_units * scale)))
        dpi = 96 * scale
    offset = ((size[0] - width_units * scale) / 2, (size[1] - height_units * scale) / 2)
    background = QColor(0, 0, 0, 0) if options.transparent else QColor("white")
    drawn: list[QImage] = []  # the bands' images: alive until the encoder is done with them
    bands = _render_bands(result, size, scale, offset, background, progress, drawn)
    # Huge images: faster compression matters more than a slightly smaller file.
    level = 6 if size[0] * size[1] < 50_000_000 else 1
    png = encode_rgba(size[0], size[1], bands, level, alongside=True)
    drawn.clear()
    journey = dumps(shown)
    if len(journey) > PNG_EMBED_LIMIT:
        note = translate(
            "PdfExport",
            "The map ({size} MB) is too big to travel inside a PNG, so this "
            "image cannot be reopened as a map; export a PDF to share an editable copy.",
        ).format(size=len(journey) // 1_000_000)
        return ExportResult(set_png_dpi(png, dpi), (note,))
    return ExportResult(png_with_map(png, journey, dpi))


def _render_bands(
    result: Layout,
    size: tuple[int, int],
    scale: float,
    offset: tuple[float, float],
    background: QColor,
    progress: Progress | None,
    kept: list[QImage] | None = None,
) -> Iterator[memoryview]:
    """The image in bands of whole rows of RGBA bytes, top to bottom.

    Each band is the memory of its image, which ``kept`` holds until the band after
    the next is asked for (the encoder compresses one band while the next is drawn),
    so each band is half of :data:`BAND_BYTES`: two at most are in memory. The caller
    passes ``kept`` so that the last bands outlive this generator when it ends or
    raises (an encoder's thread may still be reading them); by default the
    generator keeps its own.
    """
    width, height = size
    rows = max(1, min(height, BAND_BYTES // (width * 4) // 2))
    index = LayoutIndex.of(result)
    kept = [] if kept is None else kept
    for top in range(0, height, rows):
        band_h = min(rows, height - top)
        del kept[:-1]  # the band before the previous one is done with: freed first
        image = QImage(width, band_h, QImage.Format.Format_RGBA8888)
        image.fill(background)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.translate(offset[0], offset[1] - top)
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        for left in range(0, width, TILE):
            x0 = (left - offset[0]) / scale - MARGIN
            x1 = (left + TILE - offset[0]) / scale - MARGIN
            y0 = (top - offset[1]) / scale - MARGIN
            y1 = y0 + band_h / scale
            painter.setClipRect(QRectF(x0, y0, x1 - x0, y1 - y0))
            draw_layout(
                painter, result, LIGHT, zoom=scale, span=(x0, x1), index=index, rows=(y0, y1)
            )
        painter.end()
        # The band's own memory, not a copy: the image stays in ``kept`` while it is read.
        kept.append(image)
        yield memoryview(image.constBits())[: image.bytesPerLine() * band_h]
        del painter, image
        if progress is not None and not progress((top + band_h) / height):
            raise Cancelled


XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 does not allow anywhere, even escaped."""


def export_svg(doc: JourneyMap, options: ExportOptions) -> ExportResult:
    """The map as SVG: shapes as shapes, text as text, the map in ``<metadata>``."""
    shown, result = prepare(doc, options)
    width, height = result.width + 2 * MARGIN, result.height + 2 * MARGIN
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(shown.title)
    generator.setDescription(shown.description or "Customer-journey map made with Parcours")
    painter = QPainter(generator)
    if not options.transparent:
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    painter.translate(MARGIN, MARGIN)
    draw_layout(painter, result, LIGHT, zoom=1.0)
    painter.end()
    svg = bytes(QByteArray(buffer.data()).data()).decode("utf-8")
    svg = XML_FORBIDDEN.sub("", svg)  # Qt writes control characters of texts raw; XML forbids them
    return ExportResult(svg_with_map(svg, dumps(shown)).encode("utf-8"))
