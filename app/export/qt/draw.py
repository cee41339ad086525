"""Drawing a layout with a QPainter: one function per kind of element.

The canvas items call these from their ``paint``; the PNG and SVG exports call
:func:`draw_layout`. Both therefore draw the same thing from the same layout.
``zoom`` is device pixels per layout unit: below :data:`LOW_DETAIL` text gives
way to shapes. ``span`` arguments are the x-range to draw (None: everything).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from app.export.qt.dashes import Dashes, uniform_scale
from app.export.qt.icons import draw_icon, draw_svg
from app.export.qt.text import draw_text, font_for
from app.export.qt.theme import Theme, qcolor, readable_on
from app.layout.curves import CubicSegment
from app.layout.geometry import Rect
from app.layout.model import (
    CardBox,
    EmotionCurve,
    EmotionScale,
    FrameworkBox,
    LaneBox,
    Layout,
    MetricBar,
    MetricPlot,
    NoteBox,
    PhaseBox,
    TextBox,
)
from app.layout.text import SMALL
from app.model.channels import channel_icon

LOW_DETAIL = 0.35
"""Below this zoom, text gives way to simple shapes so that the whole map stays fluid."""
SLOT_SPAN = 200.0
"""Wider than any column: how far left of an area an item can start and still show in it."""
MARKER = 5.0
FACES = ("very_positive", "positive", "neutral", "negative", "very_negative")

Span = tuple[float, float] | None
LONG_CURVE = 300
"""Segments above which a curve drawn in parts with an unknown scale is cut anyway."""
BLEED = 24.0
"""How far beyond its box an item can paint (shadows, tape, outlines), in layout units."""


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def in_span(items: Sequence[Any], starts: Sequence[float], span: Span) -> Sequence[Any]:
    """The items (sorted by their left edge ``starts``) that can show in the x-range ``span``."""
    if span is None:
        return items
    return items[bisect_left(starts, span[0] - SLOT_SPAN) : bisect_right(starts, span[1])]


def draw_lane(
    painter: QPainter, box: LaneBox, theme: Theme, zoom: float, header: bool = True
) -> None:
    """A lane's band (alternating shades), its header on the left and its name.

    Without ``header``, only the band: for a tile of an export the header is not in.
    """
    band = theme.band_alternate if box.index % 2 else theme.band
    painter.fillRect(qrect(box.content), band)
    painter.setPen(QPen(theme.grid, 0))
    painter.drawLine(QPointF(0, box.band.bottom), QPointF(box.band.right, box.band.bottom))
    if header:
        draw_lane_header(painter, box, theme, zoom)


def draw_lane_header(painter: QPainter, box: LaneBox, theme: Theme, zoom: float) -> None:
    """Just the header of a lane (also drawn pinned to the view's left edge when scrolled)."""
    header = qrect(box.header)
    painter.fillRect(header, theme.header)
    accent = QColor(box.colour)
    if theme.dark:
        accent = accent.darker(260)
    painter.fillRect(QRectF(header.x(), header.y(), 5, header.height()), accent.darker(115))
    painter.setPen(QPen(theme.grid, 0))
    painter.drawLine(
        QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom())
    )
    painter.drawLine(
        QPointF(header.right(), header.top()), QPointF(header.right(), header.bottom())
    )
    if zoom >= LOW_DETAIL / 2:
        painter.setPen(theme.text)
        draw_text(painter, box.title)
        if box.collapsed:
            painter.setPen(theme.text_muted)
            x, y = box.header.right - 18, box.header.centre_y
            painter.drawPolygon(
                QPolygonF([QPointF(x, y - 4), QPointF(x + 6, y), QPointF(x, y + 4)])
            )


def draw_phase(painter: QPainter, box: PhaseBox, theme: Theme, zoom: float) -> None:
    """A phase's coloured header with its name, and the separator on its left."""
    colour = QColor(box.colour)
    header = qrect(box.header).adjusted(2, 4, -2, -4)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(header, 8, 8)
    painter.setPen(QPen(theme.grid, 0))
    painter.drawLine(QPointF(box.body.x, box.body.y), QPointF(box.body.x, box.body.bottom))
    if zoom >= LOW_DETAIL / 3:
        draw_phase_name(painter, box, theme)
    painter.restore()


def draw_phase_name(painter: QPainter, box: PhaseBox, theme: Theme, shift: float = 0.0) -> None:
    """A phase's name in its header, moved ``shift`` sideways from its centred place (the
    canvas slides it along a phase wider than the view, so that it stays in sight)."""
    ink = readable_on(QColor(box.colour))
    title = box.title
    offset = (box.header.h - len(title.lines) * title.line_height) / 2 - (
        title.rect.y - box.header.y
    )
    painter.save()
    painter.translate(shift, offset)
    if theme.name == "high-contrast":  # the name on a solid plate, whatever the phase colour
        painter.setPen(QPen(theme.text, 1))
        painter.setBrush(theme.background)
        painter.drawRoundedRect(qrect(title.rect).adjusted(-6, -2, 6, 2), 4, 4)
        ink = theme.text
    painter.setPen(ink)
    draw_text(painter, title)
    painter.restore()


def draw_card(
    painter: QPainter, box: CardBox, theme: Theme, accent: str, zoom: float, selected: bool = False
) -> None:
    """A touchpoint card: shadow, body, phase-coloured strip, channel, title, badges."""
    rect = qrect(box.rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
    if zoom < LOW_DETAIL:
        # Far out: the card's shape, phase colour and a hint of its title, no text.
        painter.setPen(QPen(theme.selection if selected else theme.card_border, 0))
        painter.setBrush(theme.card)
        painter.drawRect(rect)
        painter.fillRect(QRectF(rect.x(), rect.y(), rect.width(), 8), QColor(accent))
        title = box.title
        for i, line in enumerate(title.lines):
            width = min(title.rect.w, len(line) * title.style.size * 0.55)
            y = title.rect.y + i * title.line_height + 3
            painter.fillRect(QRectF(title.rect.x, y, width, title.line_height - 6), theme.grid)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.card_shadow)
    painter.drawRoundedRect(rect.translated(0, 2), 8, 8)
    painter.setBrush(theme.card)
    painter.setPen(QPen(theme.selection, 2) if selected else QPen(theme.card_border, 1))
    painter.drawRoundedRect(rect, 8, 8)
    strip = QPainterPath()
    strip.addRoundedRect(rect.adjusted(1, 1, -1, 0), 7, 7)
    clip = QPainterPath()
    clip.addRect(QRectF(rect.x(), rect.y(), rect.width(), 5))
    painter.fillPath(strip.intersected(clip), QColor(accent))
    if box.channel_key:
        if not (
            box.channel_svg
            and draw_svg(painter, box.channel_svg, qrect(box.icon), theme.text_muted)
        ):
            draw_icon(painter, channel_icon(box.channel_key), qrect(box.icon), theme.text_muted)
        painter.setPen(theme.text_muted)
        draw_text(painter, box.channel)
    painter.setPen(theme.text)
    draw_text(painter, box.title)
    _draw_badges(painter, box, theme)


def _draw_badges(painter: QPainter, box: CardBox, theme: Theme) -> None:
    colours = {"moment_of_truth": theme.moment_of_truth, "pain_points": theme.pain}
    painter.setFont(font_for(SMALL))
    for badge in box.badges:
        rect = qrect(badge.rect)
        colour = colours.get(badge.kind, theme.badge_text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.badge)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        if badge.kind in ("moment_of_truth", "pain_points"):
            # The layout measured a glyph; an icon in its place reads better at any size.
            size = rect.height() - 6
            draw_icon(
                painter,
                f"badges/{badge.kind}",
                QRectF(rect.x() + 5, rect.y() + 3, size, size),
                colour,
            )
            text = badge.text[1:].strip()
            if text:
                painter.setPen(colour)
                painter.drawText(
                    rect.adjusted(size + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text
                )
            continue
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)


def draw_framework(
    painter: QPainter, boxes: Sequence[FrameworkBox], theme: Theme, zoom: float
) -> None:
    """Framework texts (actions, pain points, ...) under their cards' columns."""
    if zoom < LOW_DETAIL:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.grid)
        for box in boxes:
            r = box.text.rect
            height = min(r.h, len(box.text.lines) * box.text.line_height) - 4
            painter.drawRect(QRectF(r.x, r.y + 2, r.w * 0.8, height))
        return
    painter.setPen(theme.text)
    for box in boxes:
        draw_text(painter, box.text)


def draw_emotion_scale(
    painter: QPainter,
    scale: EmotionScale,
    header: Rect,
    theme: Theme,
    zoom: float,
    faces: bool = True,
) -> None:
    """Grid lines from +2 to -2 across the emotion lane, and the face scale in its header.

    Without ``faces``, only the lines: for a tile of an export the header is not in.
    """
    plot = scale.plot
    for value, y in scale.ticks:
        pen = QPen(theme.zero_line if value == 0 else theme.grid, 0)
        if value != 0:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
    if faces:
        draw_emotion_faces(painter, scale, header, theme, zoom)


def draw_emotion_faces(
    painter: QPainter, scale: EmotionScale, header: Rect, theme: Theme, zoom: float
) -> None:
    """The face scale (+2 at the top to -2 at the bottom) at the right of the lane's header."""
    if zoom < LOW_DETAIL / 2:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for (value, y), face in zip(scale.ticks, FACES, strict=True):
        icon = QRectF(header.right - 28, y - 9, 18, 18)
        if not draw_icon(painter, f"faces/{face}", icon, theme.text_muted):
            painter.setPen(theme.text_muted)
            painter.drawText(icon, Qt.AlignmentFlag.AlignCenter, f"{value:+g}")


def draw_lane_headers(painter: QPainter, result: Layout, theme: Theme, zoom: float) -> None:
    """Every lane's header with the emotion lane's faces: what stays pinned left on scrolling."""
    headers = {lane.lane_id: lane.header for lane in result.lanes}
    for lane in result.lanes:
        draw_lane_header(painter, lane, theme, zoom)
    for scale in result.scales:
        draw_emotion_faces(painter, scale, headers[scale.lane_id], theme, zoom)


def curve_path(segments: Sequence[CubicSegment]) -> QPainterPath:
    """A Qt path through Bézier segments."""
    path = QPainterPath()
    if not segments:
        return path
    path.moveTo(segments[0].start.x, segments[0].start.y)
    for s in segments:
        path.cubicTo(s.control1.x, s.control1.y, s.control2.x, s.control2.y, s.end.x, s.end.y)
    return path


def curve_pen(curve: EmotionCurve, cosmetic: bool) -> QPen:
    """A persona's pen: colour, dash pattern; cosmetic (screen pixels) on the canvas."""
    pen = QPen(QColor(curve.colour), 2.5)
    pen.setCosmetic(cosmetic)
    if curve.dash:
        pen.setDashPattern(list(curve.dash))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def draw_curve(
    painter: QPainter,
    curve: EmotionCurve,
    segments: Sequence[CubicSegment],
    points: Sequence[tuple[float, float]],
    theme: Theme,
    zoom: float,
    span: Span = None,
    cosmetic: bool = True,
) -> None:
    """A persona's curve and point markers; only the segments within ``span`` are stroked.

    Stroking a whole 2,000-point dashed curve takes tenths of a second, so the
    canvas and banded exports draw just the part that shows.
    """
    if span is not None:
        left, right = span[0] - 2 * MARKER, span[1] + 2 * MARKER
        starts = [s.start.x for s in segments]
        segments = segments[max(0, bisect_right(starts, left) - 1) : bisect_right(starts, right)]
        xs = [x for x, _ in points]
        points = points[bisect_left(xs, left) : bisect_right(xs, right)]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(curve_pen(curve, cosmetic))
    painter.drawPath(curve_path(segments))
    _draw_markers(painter, curve, points, theme, zoom, cosmetic)


def draw_curve_part(
    painter: QPainter,
    curve: EmotionCurve,
    theme: Theme,
    zoom: float,
    span: tuple[float, float],
    dashes: Dashes | None,
) -> None:
    """The part of a curve within ``span``, for an export drawn tile by tile (not cosmetic).

    Exactly the pixels the whole curve gives there: a solid curve is cut one
    segment beyond the tile on each side (its cut ends stay out of view); a
    dashed one draws its ``dashes`` (see :class:`Dashes`) that reach the tile.
    """
    left, right = span[0] - 2 * MARKER, span[1] + 2 * MARKER
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if dashes is None:
        segments = curve.segments
        starts = [s.start.x for s in segments]
        first = max(0, bisect_right(starts, left) - 2)
        painter.setPen(curve_pen(curve, False))
        painter.drawPath(curve_path(segments[first : bisect_right(starts, right) + 1]))
    else:
        painter.setPen(dashes.pen)
        for dash in dashes.paths_within(left, right):
            painter.drawPath(dash)
    xs = [p.point.x for p in curve.points]
    shown = curve.points[bisect_left(xs, left) : bisect_right(xs, right)]
    _draw_markers(painter, curve, [(p.point.x, p.point.y) for p in shown], theme, zoom, False)


def _draw_markers(
    painter: QPainter,
    curve: EmotionCurve,
    points: Sequence[tuple[float, float]],
    theme: Theme,
    zoom: float,
    cosmetic: bool,
) -> None:
    if zoom < LOW_DETAIL:
        return
    outline = QPen(theme.band, 1.5)
    outline.setCosmetic(cosmetic)
    painter.setPen(outline)
    painter.setBrush(QBrush(QColor(curve.colour)))
    for x, y in points:
        draw_marker(painter, curve.marker, x, y, MARKER, cosmetic)


def draw_marker(
    painter: QPainter, marker: str, x: float, y: float, r: float, cosmetic: bool = True
) -> None:
    """A point marker (circle, square, triangle, ...) centred on (x, y), in the brush colour."""
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
        pen.setCosmetic(cosmetic)
        painter.setPen(pen)
        if marker in ("plus", "star"):
            painter.drawLine(QPointF(x - r, y), QPointF(x + r, y))
            painter.drawLine(QPointF(x, y - r), QPointF(x, y + r))
        if marker in ("cross", "star"):
            d = r * 0.75
            painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
            painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))


def draw_metric_lane(
    painter: QPainter,
    plot: MetricPlot,
    marks: Sequence[MetricBar],
    band: Rect,
    theme: Theme,
    zoom: float,
    span: Span = None,
    cosmetic: bool = True,
) -> None:
    """A metric lane (``band``: its content area): zero line, bars or line, target, labels.

    ``marks`` are the bars or points that show in ``span``; a line is stroked
    only where it shows.
    """
    painter.setPen(QPen(theme.zero_line, 0))
    painter.drawLine(QPointF(band.x, plot.zero), QPointF(band.right, plot.zero))
    if plot.chart != "line":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.bar)
        for bar in marks:
            painter.drawRect(qrect(bar.rect))
    if plot.target is not None:
        pen = QPen(theme.text_muted, 1.25, Qt.PenStyle.DashLine)
        pen.setCosmetic(cosmetic)
        painter.setPen(pen)
        painter.drawLine(QPointF(band.x, plot.target.y), QPointF(band.right, plot.target.y))
    if plot.chart == "line":
        draw_metric_line(painter, plot, marks, theme, zoom, span, cosmetic)
    if zoom < LOW_DETAIL:
        return
    painter.setPen(theme.text_muted)
    for mark in marks:
        draw_text(painter, mark.label)
    if plot.target is not None:
        for label in plot.target.labels:
            draw_text(painter, label)


def draw_metric_line(
    painter: QPainter,
    plot: MetricPlot,
    marks: Sequence[MetricBar],
    theme: Theme,
    zoom: float,
    span: Span = None,
    cosmetic: bool = True,
) -> None:
    """A line chart's polyline (the part within ``span``) and a marker at each value."""
    points = plot.line
    if span is not None:
        xs = [p.x for p in points]
        left, right = span[0] - 2 * MARKER, span[1] + 2 * MARKER
        points = points[max(0, bisect_left(xs, left) - 1) : bisect_right(xs, right) + 1]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
    pen = QPen(theme.bar, 2.0)
    pen.setCosmetic(cosmetic)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(p.x, p.y) for p in points]))
    if zoom < LOW_DETAIL:
        return
    outline = QPen(theme.band, 1.5)
    outline.setCosmetic(cosmetic)
    painter.setPen(outline)
    painter.setBrush(theme.bar)
    for mark in marks:
        painter.drawEllipse(QPointF(mark.point.x, mark.point.y), 4.0, 4.0)


class ByX:
    """Items sorted by their left edge, to find the ones in an x-range quickly."""

    def __init__(self, items: Sequence[Any], left: Callable[[Any], float]) -> None:
        self.items = sorted(items, key=left)
        self.starts = [left(item) for item in self.items]

    def within(self, span: Span) -> Sequence[Any]:
        """The items that can show in ``span`` (all of them when ``span`` is None)."""
        return in_span(self.items, self.starts, span)


@dataclass(frozen=True)
class LayoutIndex:
    """A layout's items sorted by x, built once for an export drawn tile by tile."""

    framework: ByX
    cards: ByX
    bars: dict[str, ByX]
    _dashes: dict[tuple[str, float], Dashes | None] = field(default_factory=dict)
    _heights: dict[str, tuple[float, float]] = field(default_factory=dict)

    def dashes(self, curve: EmotionCurve, scale: float) -> Dashes | None:
        """The dashes of ``curve`` drawn at ``scale`` (None for a solid curve), laid out once."""
        key = (curve.persona_id, scale)
        if key not in self._dashes:
            pen = curve_pen(curve, False)
            self._dashes[key] = Dashes.of(curve.segments, pen, scale) if curve.dash else None
        return self._dashes[key]

    def curve_rows(self, curve: EmotionCurve) -> tuple[float, float]:
        """The y-range of ``curve``'s path and points."""
        if curve.persona_id not in self._heights:
            ys = [p.point.y for p in curve.points]
            for s in curve.segments:
                ys += (s.start.y, s.control1.y, s.control2.y, s.end.y)
            self._heights[curve.persona_id] = (min(ys), max(ys)) if ys else (0.0, 0.0)
        return self._heights[curve.persona_id]

    @classmethod
    def of(cls, result: Layout) -> "LayoutIndex":
        """Index ``result``."""
        lanes: dict[str, list[MetricBar]] = {}
        for bar in result.bars:
            lanes.setdefault(bar.lane_id, []).append(bar)
        return cls(
            ByX(result.framework, lambda f: f.text.rect.x),
            ByX(result.cards, lambda c: c.rect.x),
            {lane: ByX(bars, lambda b: b.label.rect.x) for lane, bars in lanes.items()},
        )


def draw_layout(
    painter: QPainter,
    result: Layout,
    theme: Theme,
    zoom: float = 1.0,
    span: Span = None,
    hidden_personas: Collection[str] = (),
    index: LayoutIndex | None = None,
    rows: Span = None,
) -> None:
    """The whole map, in the canvas's stacking order (for exports: no selection, no drag).

    With ``span`` (an x-range) and ``rows`` (a y-range), only what shows there is
    drawn; pass the same ``index`` for every tile of a banded export. Curves are
    then cut to the tile with their dashes where the whole curve has them.
    """
    index = index or LayoutIndex.of(result)

    def shows(top: float, bottom: float) -> bool:
        return rows is None or (bottom + BLEED >= rows[0] and top - BLEED <= rows[1])

    def shows_text(text: TextBox) -> bool:
        bottom = max(text.rect.bottom, text.rect.y + len(text.lines) * text.line_height)
        return shows(text.rect.y, bottom)

    def across(left: float, right: float) -> bool:
        return span is None or (right + BLEED >= span[0] and left - BLEED <= span[1])

    lanes = [lane for lane in result.lanes if shows(lane.band.y, lane.band.bottom)]
    for lane in lanes:
        draw_lane(painter, lane, theme, zoom, header=across(lane.header.x, lane.header.right))
    for phase in _phases_shown(result.phases, across, shows):
        draw_phase(painter, phase, theme, zoom)
    framework = index.framework.within(span)
    if rows is not None:
        framework = [box for box in framework if shows_text(box.text)]
    draw_framework(painter, framework, theme, zoom)
    headers = {lane.lane_id: lane.header for lane in result.lanes}
    for scale in result.scales:
        if shows(scale.plot.y, scale.plot.bottom):
            header = headers[scale.lane_id]
            faces = across(header.x, header.right)
            draw_emotion_scale(painter, scale, header, theme, zoom, faces=faces)
    for lane in lanes:
        plot = result.metric_plots.get(lane.lane_id)
        if plot is not None:
            bars = index.bars[lane.lane_id].within(span) if lane.lane_id in index.bars else []
            draw_metric_lane(painter, plot, bars, lane.content, theme, zoom, span, cosmetic=False)
    device_scale = uniform_scale(painter.combinedTransform())
    for curve in result.curves:
        if curve.persona_id in hidden_personas or not shows(*index.curve_rows(curve)):
            continue
        if span is not None and device_scale is not None:
            dashes = index.dashes(curve, device_scale)
            draw_curve_part(painter, curve, theme, zoom, span, dashes)
        else:
            # A cut restarts the dashes (not where the whole curve has them): long curves only.
            points = [(p.point.x, p.point.y) for p in curve.points]
            cut = span if len(curve.segments) > LONG_CURVE else None
            draw_curve(painter, curve, curve.segments, points, theme, zoom, cut, cosmetic=False)
    accents = {p.phase_id: p.colour for p in result.phases}
    phase_of = {s.touchpoint_id: s.phase_id for s in result.slots}
    for card in index.cards.within(span):
        if shows(card.rect.y, card.rect.bottom) or shows_text(card.title):
            draw_card(painter, card, theme, accents[phase_of[card.touchpoint_id]], zoom)
    for note in result.notes:
        in_span = span is None or (note.rect.right >= span[0] and note.rect.x <= span[1])
        if in_span and shows(note.rect.y, note.rect.bottom):
            draw_note(painter, note, theme, zoom)


def _phases_shown(
    phases: Sequence[PhaseBox],
    across: Callable[[float, float], bool],
    shows: Callable[[float, float], bool],
) -> list[PhaseBox]:
    """The phases whose header or separator reach into a tile (``across`` its x-range)."""
    return [
        phase
        for phase in phases
        if across(min(phase.header.x, phase.body.x), max(phase.header.right, phase.body.x))
        and shows(min(phase.header.y, phase.body.y), max(phase.header.bottom, phase.body.bottom))
    ]


NOTE_INK = "#3a3324"
"""Sticky notes are paper in every theme: dark ink on the note's colour."""
NOTE_INK_MUTED = "#4f4738"  # 5:1 or more on every note colour (WCAG AA)
NOTE_TAPE = "#ffffff8c"


def note_paper(box: NoteBox, theme: Theme) -> QColor:
    """The note's colour as painted: a little dimmed on a dark canvas so it does not glare."""
    colour = QColor(box.colour)
    return colour.darker(112) if theme.dark else colour


def draw_note(
    painter: QPainter, box: NoteBox, theme: Theme, zoom: float, selected: bool = False
) -> None:
    """A sticky note: square paper with a soft shadow, a darker glue band, tape when on a card."""
    rect = qrect(box.rect)
    paper = note_paper(box, theme)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= LOW_DETAIL)
    if zoom < LOW_DETAIL:
        painter.fillRect(rect, paper)
        painter.restore()
        return
    painter.setPen(Qt.PenStyle.NoPen)
    shadow = QColor(0, 0, 0, 70 if theme.dark else 38)
    painter.setBrush(shadow)
    painter.drawRoundedRect(rect.translated(1.5, 3), 2, 2)
    painter.setBrush(QColor(0, 0, 0, 40 if theme.dark else 22))
    painter.drawRoundedRect(rect.adjusted(2, 4, 3, 5), 3, 3)
    # The paper curls a little at the bottom: a touch darker there.
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, paper)
    gradient.setColorAt(0.7, paper)
    gradient.setColorAt(1.0, paper.darker(107))
    painter.setBrush(QBrush(gradient))
    painter.setPen(QPen(theme.selection, 2) if selected else QPen(paper.darker(118), 0.8))
    painter.drawRoundedRect(rect, 2, 2)
    painter.fillRect(QRectF(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, 9), paper.darker(104))
    if box.attached_to is not None:
        tape = QRectF(rect.center().x() - 18, rect.y() - 6, 36, 11)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(NOTE_TAPE))
        painter.drawRect(tape)
    if zoom >= LOW_DETAIL:
        painter.setPen(QColor(NOTE_INK))
        draw_text(painter, box.text)
        if box.author is not None:
            painter.setPen(QColor(NOTE_INK_MUTED))
            draw_text(painter, box.author)
    painter.restore()
