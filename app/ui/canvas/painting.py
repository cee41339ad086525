"""Qt's side of the layout: measuring text with Qt fonts and drawing laid-out text."""

from functools import lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from app.layout.model import TextBox
from app.layout.text import TextStyle


@lru_cache(maxsize=64)
def font_for(style: TextStyle) -> QFont:
    """The QFont of a layout text style (pixel sizes, so text scales with the zoom)."""
    font = QFont()
    font.setPixelSize(round(style.size))
    font.setBold(style.bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=64)
def metrics_for(style: TextStyle) -> QFontMetricsF:
    """Font metrics of a layout text style."""
    return QFontMetricsF(font_for(style))


class QtMeasure:
    """Measures text the way the canvas draws it."""

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of ``text``."""
        return metrics_for(style).horizontalAdvance(text)

    def line_height(self, style: TextStyle) -> float:
        """The font's line spacing."""
        return metrics_for(style).lineSpacing()


def draw_text(painter: QPainter, box: TextBox) -> None:
    """Draw a laid-out text box (the painter's pen gives the colour)."""
    if not box.lines:
        return
    metrics = metrics_for(box.style)
    painter.setFont(font_for(box.style))
    ascent = metrics.ascent()
    for i, line in enumerate(box.lines):
        x = box.rect.x
        if box.align == "centre":
            x = box.rect.centre_x - metrics.horizontalAdvance(line) / 2
        painter.drawText(QPointF(x, box.rect.y + i * box.line_height + ascent), line)
