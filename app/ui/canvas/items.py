"""Scene items: one class per kind of element, each painting itself from its layout box.

Items hold only what the layout gave them (a frozen box) plus view state such
as selection; nothing here is copied back to the model. ``set_box`` is how the
scene updates an item after a command: an item whose box did not change is not
repainted.
"""

from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.layout.curves import CubicSegment
from app.layout.geometry import Point, Rect
from app.layout.model import (
    CardBox,
    EmotionCurve,
    EmotionScale,
    FrameworkBox,
    LaneBox,
    MetricBar,
    PhaseBox,
)
from app.layout.text import SMALL
from app.ui.canvas.painting import draw_text, font_for
from app.ui.canvas.theme import LIGHT, Theme, readable_on
from app.ui.icons import channel_icon, draw_icon

Z_BAND, Z_PHASE, Z_TEXT, Z_CURVE, Z_CARD, Z_DRAG, Z_INDICATOR = 0, 1, 2, 5, 10, 50, 60
LOW_DETAIL = 0.35
"""Below this zoom, text gives way to simple shapes so that the whole map stays fluid."""


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def detail(painter: QPainter) -> float:
    """How many device pixels one scene unit takes (the zoom)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class SceneItem(QGraphicsItem):
    """Base of the canvas items: shows one element, painted in the scene's theme.

    Items ignore the mouse unless they say otherwise: the view handles gestures
    from the layout's geometry.
    """

    element_id: str

    def __init__(self, element_id: str, theme: Theme, z: float) -> None:
        super().__init__()
        self.element_id = element_id
        self.theme = theme
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_theme(self, theme: Theme) -> None:
        """Repaint with other colours."""
        self.theme = theme
        self.update()


class BoxItem(SceneItem):
    """An item drawn from one frozen layout box."""

    def __init__(self, element_id: str, box: Any, theme: Theme, z: float) -> None:
        super().__init__(element_id, theme, z)
        self.box = box

    def set_box(self, box: Any) -> None:
        """Show a new layout box; repaint only when it changed."""
        if box == self.box:
            return
        self.prepareGeometryChange()
        self.box = box
        self.update()


class LaneItem(BoxItem):
    """A lane's band across the map and its header on the left."""

    def __init__(self, box: LaneBox, theme: Theme) -> None:
        super().__init__(box.lane_id, box, theme, Z_BAND)

    def boundingRect(self) -> QRectF:
        return qrect(self.box.band)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box: LaneBox = self.box
        theme = self.theme
        band = theme.band_alternate if box.index % 2 else theme.band
        painter.fillRect(qrect(box.content), band)
        header = qrect(box.header)
        painter.fillRect(header, theme.header)
        accent = QColor(box.colour)
        if theme.dark:
            accent = accent.darker(260)
        painter.fillRect(QRectF(header.x(), header.y(), 5, header.height()), accent.darker(115))
        painter.setPen(QPen(theme.grid, 0))
        painter.drawLine(QPointF(0, box.band.bottom), QPointF(box.band.right, box.band.bottom))
        painter.drawLine(
            QPointF(header.right(), header.top()), QPointF(header.right(), header.bottom())
        )
        if detail(painter) >= LOW_DETAIL / 2:
            painter.setPen(theme.text)
            draw_text(painter, box.title)
            if box.collapsed:
                painter.setPen(theme.text_muted)
                x, y = box.header.right - 18, box.header.centre_y
                painter.drawPolygon(
                    QPolygonF([QPointF(x, y - 4), QPointF(x + 6, y), QPointF(x, y + 4)])
                )


class PhaseItem(BoxItem):
    """A phase's coloured header and the separator on its left."""

    def __init__(self, box: PhaseBox, theme: Theme) -> None:
        super().__init__(box.phase_id, box, theme, Z_PHASE)

    def boundingRect(self) -> QRectF:
        box: PhaseBox = self.box
        return qrect(box.header).united(qrect(box.body)).adjusted(-1, 0, 1, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box: PhaseBox = self.box
        colour = QColor(box.colour)
        header = qrect(box.header).adjusted(2, 4, -2, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(header, 8, 8)
        painter.setPen(QPen(self.theme.grid, 0))
        x = box.body.x
        painter.drawLine(QPointF(x, box.body.y), QPointF(x, box.body.bottom))
        if detail(painter) >= LOW_DETAIL / 3:
            painter.setPen(readable_on(colour))
            title = box.title
            offset = (box.header.h - len(title.lines) * title.line_height) / 2 - (
                title.rect.y - box.header.y
            )
            painter.translate(0, offset)
            draw_text(painter, title)


class CardItem(BoxItem):
    """A touchpoint card: channel icon and name, title, badges."""

    def __init__(self, box: CardBox, theme: Theme, accent: str) -> None:
        super().__init__(box.touchpoint_id, box, theme, Z_CARD)
        self.accent = accent
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_accent(self, accent: str) -> None:
        """Change the phase colour shown on the card."""
        if accent != self.accent:
            self.accent = accent
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-3, -3, 3, 5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(qrect(self.box.rect), 8, 8)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box: CardBox = self.box
        theme = self.theme
        rect = qrect(box.rect)
        zoom = detail(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
        if zoom < LOW_DETAIL:
            # Far out: the card's shape, phase colour and a hint of its title, no text.
            painter.setPen(QPen(theme.selection if self.isSelected() else theme.card_border, 0))
            painter.setBrush(theme.card)
            painter.drawRect(rect)
            painter.fillRect(QRectF(rect.x(), rect.y(), rect.width(), 8), QColor(self.accent))
            title = self.box.title
            for i, line in enumerate(title.lines):
                width = min(title.rect.w, len(line) * title.style.size * 0.55)
                bar = QRectF(
                    title.rect.x,
                    title.rect.y + i * title.line_height + 3,
                    width,
                    title.line_height - 6,
                )
                painter.fillRect(bar, theme.grid)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.card_shadow)
        painter.drawRoundedRect(rect.translated(0, 2), 8, 8)
        selected = self.isSelected()
        painter.setBrush(theme.card)
        painter.setPen(QPen(theme.selection, 2) if selected else QPen(theme.card_border, 1))
        painter.drawRoundedRect(rect, 8, 8)
        strip = QPainterPath()
        strip.addRoundedRect(rect.adjusted(1, 1, -1, 0), 7, 7)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.x(), rect.y(), rect.width(), 5))
        painter.fillPath(strip.intersected(clip), QColor(self.accent))
        if box.channel_key:
            draw_icon(painter, channel_icon(box.channel_key), qrect(box.icon), theme.text_muted)
            painter.setPen(theme.text_muted)
            draw_text(painter, box.channel)
        painter.setPen(theme.text)
        draw_text(painter, box.title)
        self._paint_badges(painter)

    def _paint_badges(self, painter: QPainter) -> None:
        theme = self.theme
        colours = {"moment_of_truth": theme.moment_of_truth, "pain_points": theme.pain}
        painter.setFont(font_for(SMALL))
        for badge in self.box.badges:
            rect = qrect(badge.rect)
            colour = colours.get(badge.kind, theme.badge_text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.badge)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            if badge.kind in ("moment_of_truth", "pain_points"):
                # The layout measured a glyph; an icon in its place reads better at any size.
                size = rect.height() - 6
                icon = QRectF(rect.x() + 5, rect.y() + 3, size, size)
                draw_icon(painter, f"badges/{badge.kind}", icon, colour)
                text = badge.text[1:].strip()
                if text:
                    painter.setPen(colour)
                    painter.drawText(
                        rect.adjusted(size + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text
                    )
                continue
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)


class FrameworkLaneItem(SceneItem):
    """The framework texts of one lane (one item per lane keeps the scene small)."""

    def __init__(self, lane_id: str, boxes: list[FrameworkBox], band: Rect, theme: Theme) -> None:
        super().__init__(lane_id, theme, Z_TEXT)
        self.boxes = boxes
        self.starts = [b.text.rect.x for b in boxes]
        self.band = band
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_boxes(self, boxes: list[FrameworkBox], band: Rect) -> None:
        """Show new texts; repaint only when they changed."""
        if boxes == self.boxes and band == self.band:
            return
        self.prepareGeometryChange()
        self.boxes, self.band = boxes, band
        self.starts = [b.text.rect.x for b in boxes]
        self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.band)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if detail(painter) < LOW_DETAIL:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.theme.grid)
            for box in visible(self.boxes, self.starts, option, SLOT_SPAN):
                r = box.text.rect
                painter.drawRect(
                    QRectF(
                        r.x,
                        r.y + 2,
                        r.w * 0.8,
                        min(r.h, len(box.text.lines) * box.text.line_height) - 4,
                    )
                )
            return
        painter.setPen(self.theme.text)
        for box in visible(self.boxes, self.starts, option, SLOT_SPAN):
            draw_text(painter, box.text)


def visible(
    items: list[Any], starts: list[float], option: QStyleOptionGraphicsItem, span: float
) -> list[Any]:
    """The items (sorted by their left edge ``starts``) that can meet the exposed area."""
    exposed = option.exposedRect
    return items[bisect_left(starts, exposed.left() - span) : bisect_right(starts, exposed.right())]


SLOT_SPAN = 200.0
"""Wider than any column: how far left of the exposed area an item can start and still show."""


FACES = ("very_positive", "positive", "neutral", "negative", "very_negative")


class EmotionLaneItem(SceneItem):
    """The emotion lane's scale: grid lines from +2 to -2 and a face scale in the header."""

    def __init__(self, scale: EmotionScale, header: Rect, theme: Theme) -> None:
        super().__init__(scale.lane_id, theme, Z_TEXT)
        self.emotion_scale, self.header = scale, header

    def set_scale(self, scale: EmotionScale, header: Rect) -> None:
        """Follow the lane after a relayout."""
        if (scale, header) != (self.emotion_scale, self.header):
            self.prepareGeometryChange()
            self.emotion_scale, self.header = scale, header
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.emotion_scale.plot).united(qrect(self.header)).adjusted(0, -12, 0, 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        plot = self.emotion_scale.plot
        for (value, y), face in zip(self.emotion_scale.ticks, FACES, strict=True):
            pen = QPen(self.theme.zero_line if value == 0 else self.theme.grid, 0)
            if value != 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
            if detail(painter) >= LOW_DETAIL / 2:
                icon = QRectF(self.header.right - 28, y - 9, 18, 18)
                colour = self.theme.text_muted
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                if not draw_icon(painter, f"faces/{face}", icon, colour):
                    painter.setPen(colour)
                    painter.drawText(icon, Qt.AlignmentFlag.AlignCenter, f"{value:+g}")


def curve_path(segments: tuple[CubicSegment, ...] | list[CubicSegment]) -> QPainterPath:
    """A Qt path through Bézier segments."""
    path = QPainterPath()
    if not segments:
        return path
    path.moveTo(segments[0].start.x, segments[0].start.y)
    for s in segments:
        path.cubicTo(s.control1.x, s.control1.y, s.control2.x, s.control2.y, s.end.x, s.end.y)
    return path


class CurveItem(SceneItem):
    """One persona's emotion curve with its markers.

    Only the segments inside the exposed area are stroked, with a cosmetic pen:
    stroking a whole 2,000-point dashed curve on every repaint would take
    tenths of a second.
    """

    MARKER = 5.0

    def __init__(self, curve: EmotionCurve, theme: Theme) -> None:
        super().__init__(curve.persona_id, theme, Z_CURVE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.curve = curve
        self._show(list(curve.segments), [(p.point.x, p.point.y) for p in curve.points])

    def _show(self, segments: list[CubicSegment], points: list[tuple[float, float]]) -> None:
        self.prepareGeometryChange()
        self.segments = segments
        self.starts = [s.start.x for s in segments]
        self.points = points
        self.point_xs = [x for x, _ in points]
        self.bounds = self._bounds()
        self.update()

    def _bounds(self) -> QRectF:
        m = self.MARKER + 3
        if not self.points:
            return QRectF()
        xs = self.point_xs
        ys = [y for _, y in self.points]
        for s in self.segments:
            ys += (s.control1.y, s.control2.y)
        return QRectF(
            min(xs) - m, min(ys) - m, max(xs) - min(xs) + 2 * m, max(ys) - min(ys) + 2 * m
        )

    def set_curve(self, curve: EmotionCurve) -> None:
        """Show a new curve after a command."""
        if curve == self.curve:
            return
        self.curve = curve
        self._show(list(curve.segments), [(p.point.x, p.point.y) for p in curve.points])

    def preview(self, index: int, point: Point, segments: list[CubicSegment], plot: Rect) -> None:
        """Show point ``index`` dragged to ``point``, without touching the model.

        Only the point's neighbourhood is repainted; the curve stays inside ``plot``.
        """
        self.segments = segments
        self.points[index] = (point.x, point.y)
        band = QRectF(self.points[max(0, index - 2)][0], plot.y, 0, plot.h)
        band.setRight(self.points[min(len(self.points) - 1, index + 2)][0])
        margin = self.MARKER + 3
        band = band.adjusted(-margin, -margin, margin, margin)
        if not self.bounds.contains(band):
            self.prepareGeometryChange()
            self.bounds = self.bounds.united(band)
        self.update(band)

    def reset(self) -> None:
        """Drop a preview and show the curve from the layout again."""
        self._show(list(self.curve.segments), [(p.point.x, p.point.y) for p in self.curve.points])

    def boundingRect(self) -> QRectF:
        return self.bounds

    def pen(self) -> QPen:
        """The curve's pen: persona colour, dash pattern, cosmetic width."""
        pen = QPen(QColor(self.curve.colour), 2.5)
        pen.setCosmetic(True)
        if self.curve.dash:
            pen.setDashPattern(list(self.curve.dash))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        zoom = detail(painter)
        exposed = option.exposedRect
        left, right = exposed.left() - 2 * self.MARKER, exposed.right() + 2 * self.MARKER
        first = max(0, bisect_right(self.starts, left) - 1)
        last = bisect_right(self.starts, right)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.pen())
        painter.drawPath(curve_path(self.segments[first:last]))
        if zoom < LOW_DETAIL:
            return
        outline = QPen(self.theme.band, 1.5)
        outline.setCosmetic(True)
        painter.setPen(outline)
        painter.setBrush(QBrush(QColor(self.curve.colour)))
        lo, hi = bisect_left(self.point_xs, left), bisect_right(self.point_xs, right)
        for x, y in self.points[lo:hi]:
            draw_marker(painter, self.curve.marker, x, y, self.MARKER)


def draw_marker(painter: QPainter, marker: str, x: float, y: float, r: float) -> None:
    """Draw a point marker (circle, square, triangle, ...) centred on (x, y)."""
    if marker == "circle":
        painter.drawEllipse(QPointF(x, y), r, r)
    elif marker == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif marker in ("triangle", "triangle-down"):
        s = 1 if marker == "triangle" else -1
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - s * r * 1.1),
                    QPointF(x + r, y + s * r * 0.8),
                    QPointF(x - r, y + s * r * 0.8),
                ]
            )
        )
    elif marker == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.2),
                    QPointF(x + r, y),
                    QPointF(x, y + r * 1.2),
                    QPointF(x - r, y),
                ]
            )
        )
    else:  # cross, plus, star: thick strokes in the fill colour
        pen = QPen(painter.brush().color(), 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        if marker in ("plus", "star"):
            painter.drawLine(QPointF(x - r, y), QPointF(x + r, y))
            painter.drawLine(QPointF(x, y - r), QPointF(x, y + r))
        if marker in ("cross", "star"):
            d = r * 0.75
            painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
            painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))


class MetricLaneItem(SceneItem):
    """A metric lane's bars and value labels; ``band`` is the lane's content area."""

    def __init__(
        self, lane_id: str, bars: list[MetricBar], zero: float, band: Rect, theme: Theme
    ) -> None:
        super().__init__(lane_id, theme, Z_TEXT)
        self.bars, self.zero, self.band = bars, zero, band
        self.starts = [b.label.rect.x for b in bars]
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_bars(self, bars: list[MetricBar], zero: float, band: Rect) -> None:
        """Show new values."""
        if (bars, zero, band) != (self.bars, self.zero, self.band):
            self.prepareGeometryChange()
            self.bars, self.zero, self.band = bars, zero, band
            self.starts = [b.label.rect.x for b in bars]
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.band)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(self.theme.zero_line, 0))
        painter.drawLine(QPointF(self.band.x, self.zero), QPointF(self.band.right, self.zero))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.bar)
        shown = visible(self.bars, self.starts, option, SLOT_SPAN)
        for bar in shown:
            painter.drawRect(qrect(bar.rect))
        if detail(painter) < LOW_DETAIL:
            return
        painter.setPen(self.theme.text_muted)
        for bar in shown:
            draw_text(painter, bar.label)


class IndicatorItem(QGraphicsItem):
    """Where a dragged card, phase or lane will land: a thick line."""

    def __init__(self, theme: Theme = LIGHT) -> None:
        super().__init__()
        self.theme = theme
        self.line = QRectF()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_at(self, rect: QRectF) -> None:
        """Show the indicator as the (thin) rectangle ``rect``."""
        self.prepareGeometryChange()
        self.line = rect
        self.show()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.line.adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.indicator)
        painter.drawRoundedRect(self.line, 2, 2)
