"""Printing through Qt (File > Print): the same drawing as the canvas and the PNG export."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

from app.export.options import ExportOptions
from app.export.qt.draw import draw_layout
from app.export.qt.theme import LIGHT
from app.export.raster import MARGIN, prepare
from app.model.document import JourneyMap


def print_map(device: QPagedPaintDevice, doc: JourneyMap, options: ExportOptions) -> None:
    """The whole map fitted on one page of ``device`` (a QPrinter), under its title."""
    shown, result = prepare(doc, options)
    painter = QPainter(device)
    try:
        page = QRectF(painter.viewport())
        title_font = QFont()
        title_font.setPointSizeF(14)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(LIGHT.text))
        title_height = painter.fontMetrics().height() * 1.6
        painter.drawText(
            QRectF(page.x(), page.y(), page.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown.title,
        )
        area = page.adjusted(0, title_height, 0, 0)
        width, height = result.width + 2 * MARGIN, result.height + 2 * MARGIN
        scale = min(area.width() / width, area.height() / height)
        painter.translate(area.x() + (area.width() - width * scale) / 2, area.y())
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        draw_layout(painter, result, LIGHT, zoom=max(scale, 1.0))
    finally:
        painter.end()
