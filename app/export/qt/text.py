"""Qt's side of the layout: measuring text with Qt fonts and drawing laid-out text."""

from functools import lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from app.layout.model import TextBox
from app.layout.text import TextStyle

LINE_HEIGHT = 1.3
"""Line spacing as a multiple of the font size; app.export.fonts uses the same for PDF."""


@lru_cache(maxsize=1)
def bundled_family() -> str | None:
    """Register the bundled UI font with Qt once; its family, or None if it cannot be loaded.

    The canvas, PNG, SVG and PDF then all set text in the same font, so lines
    break at the same words everywhere.
    """
    from PySide6.QtGui import QFontDatabase

    from app.resources import FONTS

    families: list[str] = []
    for path in (FONTS / "NotoSans-Regular.ttf", FONTS / "NotoSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def font_for(style: TextStyle) -> QFont:
    """The QFont of a layout text style (pixel sizes, so text scales with the zoom).

    Each call returns a new copy: callers may change it (an editor sets its own
    size) without touching the font every other card and export draws with.
    """
    return QFont(_cached_font(style))


@lru_cache(maxsize=64)
def _cached_font(style: TextStyle) -> QFont:
    font = QFont()
    family = bundled_family()
    if family:
        font.setFamily(family)
    font.setPixelSize(round(style.size))
    font.setBold(style.bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # reportlab does not kern: same widths on screen and on paper
    return font


@lru_cache(maxsize=64)
def metrics_for(style: TextStyle) -> QFontMetricsF:
    """Font metrics of a layout text style."""
    return QFontMetricsF(_cached_font(style))


class QtMeasure:
    """Measures text the way the canvas draws it."""

    def width(self, text: str, style: TextStyle) -> float:
        """The advance width of ``text``."""
        return metrics_for(style).horizontalAdvance(text)

    def line_height(self, style: TextStyle) -> float:
        """The same spacing the PDF uses (``LINE_HEIGHT`` times the size)."""
        return style.size * LINE_HEIGHT


def draw_text(painter: QPainter, box: TextBox) -> None:
    """Draw a laid-out text box (the painter's pen gives the colour)."""
    if not box.lines:
        return
    metrics = metrics_for(box.style)
    painter.setFont(_cached_font(box.style))
    ascent = metrics.ascent()
    for i, line in enumerate(box.lines):
        x = box.rect.x
        if box.align == "centre":
            x = box.rect.centre_x - metrics.horizontalAdvance(line) / 2
        painter.drawText(QPointF(x, box.rect.y + i * box.line_height + ascent), line)
