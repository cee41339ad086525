"""Small pictures for lists, menus and buttons: a channel's icon, a colour chip, a persona's line.

One home for them, so a channel looks the same in the palette, the inspector
and the canvas menus, and a colour the same in every panel.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from app.export.qt.icons import draw_icon, draw_svg

# The map's drawing code and model (markers, channels, persona looks) are imported where
# they are used: the window's frame draws its toolbar icon (action_icon) before they are.

PERSONA_SWATCH = QSize(44, 16)
SWATCH_DASH_SCALE = 0.3
"""A persona swatch draws its curve's line pattern this much smaller (its longest, dash-dot,
then repeats every 12 pixels: at least once each side of the marker)."""
"""The size of a persona's line picture in lists and menus."""


def channel_pixmap(
    key: str | None, svg: str | None, colour: QColor, size: int, margin: float = 1
) -> QPixmap:
    """A channel's icon, ``size`` pixels square with ``margin`` around it.

    A custom channel's own SVG when it has one (``svg``), else the built-in
    icon of ``key`` (or the generic one), drawn in ``colour``.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    if not (svg and draw_svg(painter, svg, rect, colour)):
        from app.model import channels

        draw_icon(painter, channels.channel_icon(key), rect, colour)
    painter.end()
    return pixmap


def channel_qicon(
    key: str | None, svg: str | None, colour: QColor, size: int, margin: float = 1
) -> QIcon:
    """:func:`channel_pixmap` as an icon."""
    return QIcon(channel_pixmap(key, svg, colour, size, margin))


def action_icon(name: str, colour: QColor, size: int = 24) -> QIcon:
    """A menu or toolbar icon: ``app/data/icons/actions/<name>.svg`` drawn in ``colour``."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_icon(painter, f"actions/{name}", QRectF(0, 0, size, size), colour)
    painter.end()
    return QIcon(pixmap)


def colour_chip(colour: str, size: int = 14) -> QIcon:
    """An upright bar of ``colour``, like the stripe on a lane's header.

    Not a square: a pale outlined square beside a list row reads as an empty tick box.
    """
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour).darker(130), 1))
    painter.setBrush(QColor(colour).darker(108))
    painter.drawRoundedRect(QRectF(size / 2 - 3, 0.5, 6, size - 1), 2, 2)
    painter.end()
    return QIcon(pixmap)


def persona_swatch(
    colour: str,
    index: int,
    size: QSize = PERSONA_SWATCH,
    dash: str | None = None,
    marker: str | None = None,
) -> QIcon:
    """A small picture of a persona's curve: its colour, line pattern and marker.

    ``dash`` and ``marker`` are the persona's own choices; None takes the
    default of its place ``index`` in the list.
    """
    from app.export.qt.draw import draw_marker
    from app.model.palette import persona_look

    pattern, shape = persona_look(dash, marker, index)
    pixmap = QPixmap(size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2.5)
    if pattern:
        # The curve's pattern at under a third of its size: at the curve's own, a dash of the
        # 44-pixel swatch ran under its marker and "dashed" looked solid.
        pen.setDashPattern([length * SWATCH_DASH_SCALE for length in pattern])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # square caps would close the short gaps
    painter.setPen(pen)
    y = size.height() / 2
    painter.drawLine(QPointF(2, y), QPointF(size.width() - 2, y))
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(QColor(colour))
    draw_marker(painter, shape, size.width() / 2, y, 4.5)
    painter.end()
    return QIcon(pixmap)
