"""SVG icons from app/data/icons, recoloured and cached."""

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.resources import ICONS


@lru_cache(maxsize=256)
def _renderer(relative: str, colour: str) -> QSvgRenderer | None:
    path = ICONS / f"{relative}.svg"
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return None
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    return renderer if renderer.isValid() else None


@lru_cache(maxsize=64)
def _svg_renderer(svg: str, colour: str) -> QSvgRenderer | None:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    return renderer if renderer.isValid() else None


def draw_svg(painter: QPainter, svg: str, rect: QRectF, colour: QColor) -> bool:
    """Draw SVG markup (a custom channel's icon) in ``rect``; False when it cannot be read."""
    renderer = _svg_renderer(svg, colour.name())
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True


def draw_icon(painter: QPainter, relative: str, rect: QRectF, colour: QColor) -> bool:
    """Draw ``app/data/icons/<relative>.svg`` in ``colour``; False when there is no such icon."""
    renderer = _renderer(relative, colour.name())
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True
