"""Drawing a layout on a reportlab canvas: vector shapes and real, searchable text.

The caller sets up a y-down coordinate system in layout units (see
``pdf.draw_region``), so every position comes straight from the layout,
exactly as on the canvas. No Qt here.
"""

from collections.abc import Iterable, Sequence
from functools import cache

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import pdfgeom
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, PATH_OPS, Canvas

from app.export.colours import LIGHT, readable_on, rgba
from app.export.fonts import PdfFonts
from app.export.pdficons import draw_icon, draw_svg_icon, saved
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
from app.model.channels import channel_icon

Span = tuple[float, float] | None
COLOURS = LIGHT
FACES = ("very_positive", "positive", "neutral", "negative", "very_negative")
MARKER = 5.0
SLOT_SPAN = 200.0
LONG_CURVE = 300
BLEED = 24.0
"""How far beyond its box an item can paint (shadows, tape, outlines), in layout units."""
NOTE_INK = "#3a3324"
NOTE_INK_MUTED = "#6e6450"


class MapPainter:
    """Draws the pieces of a layout; ``fonts`` chooses a font for each run of text."""

    def __init__(self, canvas: Canvas, fonts: PdfFonts) -> None:
        self.c = canvas
        self.fonts = fonts
        # Each run of text as written in this canvas's document: its font subset's name and
        # the text operator. (A font numbers the characters of a document as it meets them,
        # so the same run gives the same bytes for the rest of the document.)
        self._encoded: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}

    # -- primitives ----------------------------------------------------------------------

    def fill(self, colour: str) -> None:
        rgb, alpha = _rgba(colour)
        c = self.c
        # The canvas keeps the graphics state (saved and restored with it): set only changes.
        if not _same(c._fillColorObj, rgb):  # noqa: SLF001 (reportlab's own record of it)
            c.setFillColor(rgb)
        if c._extgstate.getValue("ca") != alpha:  # noqa: SLF001
            c.setFillAlpha(alpha)

    def stroke(self, colour: str, width: float = 1.0) -> None:
        rgb, alpha = _rgba(colour)
        c = self.c
        if not _same(c._strokeColorObj, rgb):  # noqa: SLF001
            c.setStrokeColor(rgb)
        if c._extgstate.getValue("CA") != alpha:  # noqa: SLF001
            c.setStrokeAlpha(alpha)
        if c._lineWidth != width:  # noqa: SLF001
            c.setLineWidth(width)

    def rect(
        self,
        rect: Rect,
        colour: str,
        radius: float = 0.0,
        border: str | None = None,
        border_width: float = 1.0,
    ) -> None:
        self.fill(colour)
        if border:
            self.stroke(border, border_width)
        if radius:
            paint = PATH_OPS[1 if border else 0, 1, self._fill_mode()]
            self.c.addLiteral(f"{_round_rect(rect.x, rect.y, rect.w, rect.h, radius)} {paint}")
        else:
            self.c.rect(rect.x, rect.y, rect.w, rect.h, stroke=1 if border else 0, fill=1)

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        colour: str,
        width: float = 0.75,
        dash: Sequence[float] | None = None,
    ) -> None:
        self.c.saveState()
        self.stroke(colour, width)
        if dash:
            self.c.setDash(list(dash))
        self.c.line(x0, y0, x1, y1)
        self.c.restoreState()

    def text_line(
        self, text: str, x: float, baseline: float, size: float, bold: bool, colour: str
    ) -> float:
        """One line of text with its baseline at ``baseline``; returns its width."""
        self.fill(colour)
        self.write_lines(((text, x, baseline),), size, bold)
        return sum(
            self.fonts.width(chunk, size, bold) for _, chunk in self.fonts.cached_runs(text, bold)
        )

    def write_lines(
        self, lines: Iterable[tuple[str, float, float]], size: float, bold: bool
    ) -> None:
        """Lines of text ``(text, x, baseline)`` in the current fill colour: one text object.

        What a text object per line with ``textOut`` per font run wrote, without the
        repeats: each line's position (upright glyphs in the y-down system: the text
        matrix flips y back), then its runs, each in its font's subset (named only
        when it changes). Real text: searchable, copyable.
        """
        doc = self.c._doc  # noqa: SLF001 (what reportlab's text objects pass to the font)
        code = ["BT"]
        current: str | None = None
        tf = f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL"
        for text, x, baseline in lines:
            runs = self.fonts.cached_runs(text, bold)
            if not runs:
                continue
            code.append(f"1 0 0 -1 {fp_str(x, baseline)} Tm")
            for name, chunk in runs:
                pieces = self._encoded.get((name, chunk))
                if pieces is None:
                    font = _font(name)
                    pieces = tuple(
                        (font.getSubsetInternalName(subset, doc), f"({escapePDF(encoded)}) Tj")
                        for subset, encoded in font.splitString(chunk, doc)
                    )
                    self._encoded[(name, chunk)] = pieces
                for subset_name, shown in pieces:
                    if subset_name != current:
                        current = subset_name
                        code.append(f"{subset_name} {tf}")
                    code.append(shown)
        if current is not None:
            code.append("ET")
            self.c.addLiteral(" ".join(code))

    def text(self, box: TextBox, colour: str, dy: float = 0.0) -> None:
        """A laid-out text box, line by line, as the canvas draws it."""
        self.fill(colour)
        self.write_lines(self._box_lines(box, dy), box.style.size, box.style.bold)

    def texts(self, boxes: Iterable[TextBox], colour: str) -> None:
        """Several text boxes in one colour: one text object per style."""
        self.fill(colour)
        by_style: dict[tuple[float, bool], list[tuple[str, float, float]]] = {}
        for box in boxes:
            lines = by_style.setdefault((box.style.size, box.style.bold), [])
            lines += self._box_lines(box)
        for (size, bold), lines in by_style.items():
            self.write_lines(lines, size, bold)

    def _box_lines(self, box: TextBox, dy: float = 0.0) -> list[tuple[str, float, float]]:
        size, bold = box.style.size, box.style.bold
        top = box.rect.y + dy + _ascent(self.fonts.face(bold), size)
        if box.align == "centre":
            centre = box.rect.centre_x
            return [
                (line, centre - self.fonts.width(line, size, bold) / 2, top + i * box.line_height)
                for i, line in enumerate(box.lines)
            ]
        x = box.rect.x
        return [(line, x, top + i * box.line_height) for i, line in enumerate(box.lines)]

    def icon(self, name: str, rect: Rect, colour: str) -> None:
        draw_icon(self.c, name, rect.x, rect.y, min(rect.w, rect.h), colour)

    # -- map elements ---------------------------------------------------------------------

    def lane(self, box: LaneBox) -> None:
        band = COLOURS["band_alternate"] if box.index % 2 else COLOURS["band"]
        self.rect(box.content, band)
        self.rect(box.header, COLOURS["header"])
        self.rect(Rect(box.header.x, box.header.y, 5, box.header.h), _darker(box.colour, 0.87))
        self.line(0, box.band.bottom, box.band.right, box.band.bottom, COLOURS["grid"])
        self.line(
            box.header.right, box.header.y, box.header.right, box.header.bottom, COLOURS["grid"]
        )
        self.text(box.title, COLOURS["text"])

    def phase(self, box: PhaseBox) -> None:
        header = Rect(box.header.x + 2, box.header.y + 4, box.header.w - 4, box.header.h - 8)
        self.rect(header, box.colour, radius=8)
        self.line(box.body.x, box.body.y, box.body.x, box.body.bottom, COLOURS["grid"])
        title = box.title
        offset = (box.header.h - len(title.lines) * title.line_height) / 2 - (
            title.rect.y - box.header.y
        )
        self.text(title, readable_on(box.colour), dy=offset)

    def card(self, box: CardBox, accent: str) -> None:
        r = box.rect
        self.rect(Rect(r.x, r.y + 2, r.w, r.h), COLOURS["card_shadow"], radius=8)
        self.rect(r, COLOURS["card"], radius=8, border=COLOURS["card_border"])
        # The accent strip, clipped to the card's corners: the clip ends with the ``Q``.
        rgb, alpha = _rgba(accent)
        mode = self._fill_mode()
        saved(
            self.c,
            f"{_round_rect(r.x, r.y, r.w, r.h, 8)} {_clip(mode)} "
            f"{fp_str(rgb)} rg {fp_str(r.x, r.y, r.w, 5)} re {PATH_OPS[0, 1, mode]}",
            fill_alpha=alpha,
        )
        if box.channel_key:
            if not (
                box.channel_svg
                and draw_svg_icon(
                    self.c,
                    box.channel_svg,
                    box.icon.x,
                    box.icon.y,
                    min(box.icon.w, box.icon.h),
                    COLOURS["text_muted"],
                )
            ):
                self.icon(channel_icon(box.channel_key), box.icon, COLOURS["text_muted"])
            self.text(box.channel, COLOURS["text_muted"])
        self.text(box.title, COLOURS["text"])
        for badge in box.badges:
            self.badge(badge.kind, badge.rect, badge.text)

    def badge(self, kind: str, rect: Rect, label: str) -> None:
        colour = {
            "moment_of_truth": COLOURS["moment_of_truth"],
            "pain_points": COLOURS["pain"],
        }.get(kind, COLOURS["badge_text"])
        self.rect(rect, COLOURS["badge"], radius=rect.h / 2)
        size = 10.0
        baseline = rect.centre_y + size * 0.36
        if kind in ("moment_of_truth", "pain_points"):
            icon = rect.h - 6
            self.icon(f"badges/{kind}", Rect(rect.x + 5, rect.y + 3, icon, icon), colour)
            rest = label[1:].strip()
            if rest:
                self.fill(colour)
                self.write_lines(((rest, rect.x + icon + 6, baseline),), size, False)
            return
        width = self.fonts.width(label, size, False)
        self.fill(colour)
        self.write_lines(((label, rect.centre_x - width / 2, baseline),), size, False)

    def framework(self, boxes: Sequence[FrameworkBox]) -> None:
        self.texts((box.text for box in boxes), COLOURS["text"])

    def emotion_scale(self, scale: EmotionScale, header: Rect) -> None:
        plot = scale.plot
        for (value, y), face in zip(scale.ticks, FACES, strict=True):
            colour = COLOURS["zero_line"] if value == 0 else COLOURS["grid"]
            self.line(plot.x, y, plot.right, y, colour, dash=None if value == 0 else (3, 3))
            self.icon(
                f"faces/{face}", Rect(header.right - 28, y - 9, 18, 18), COLOURS["text_muted"]
            )

    def metric_lane(self, plot: MetricPlot, marks: Sequence[MetricBar], band: Rect) -> None:
        """Zero line, bars or line, target line and labels, as the canvas draws them."""
        self.line(band.x, plot.zero, band.right, plot.zero, COLOURS["zero_line"])
        if plot.chart != "line":
            for bar in marks:
                self.rect(bar.rect, COLOURS["bar"])
        if plot.target is not None:
            y = plot.target.y
            self.line(band.x, y, band.right, y, COLOURS["text_muted"], 1.0, dash=(4, 3))
        if plot.chart == "line":
            self.metric_line(plot, marks)
        for mark in marks:
            self.text(mark.label, COLOURS["text_muted"])
        if plot.target is not None:
            for label in plot.target.labels:
                self.text(label, COLOURS["text_muted"])

    def metric_line(self, plot: MetricPlot, marks: Sequence[MetricBar]) -> None:
        self.c.saveState()
        self.stroke(COLOURS["bar"], 2.0)
        self.c.setLineJoin(1)
        if plot.line:
            path = self.c.beginPath()
            path.moveTo(plot.line[0].x, plot.line[0].y)
            for point in plot.line[1:]:
                path.lineTo(point.x, point.y)
            self.c.drawPath(path, stroke=1, fill=0)
        for mark in marks:
            self.marker("circle", mark.point.x, mark.point.y, 4.0, COLOURS["bar"])
        self.c.restoreState()

    def curve(self, curve: EmotionCurve, span: Span = None) -> None:
        segments: Sequence[CubicSegment] = curve.segments
        points = curve.points
        if span is not None:
            left, right = span[0] - 2 * MARKER, span[1] + 2 * MARKER
            segments = [s for s in segments if s.end.x >= left and s.start.x <= right]
            points = tuple(p for p in points if left <= p.point.x <= right)
        self.c.saveState()
        self.stroke(curve.colour, 2.5)
        self.c.setLineCap(1)
        self.c.setLineJoin(1)
        if curve.dash:
            self.c.setDash([d * 2.5 for d in curve.dash])
        if segments:
            path = self.c.beginPath()
            path.moveTo(segments[0].start.x, segments[0].start.y)
            for s in segments:
                path.curveTo(
                    s.control1.x, s.control1.y, s.control2.x, s.control2.y, s.end.x, s.end.y
                )
            self.c.drawPath(path, stroke=1, fill=0)
        self.c.setDash([])
        self.markers(curve.marker, [(p.point.x, p.point.y) for p in points], MARKER, curve.colour)
        self.c.restoreState()

    def markers(
        self, marker: str, points: Sequence[tuple[float, float]], r: float, colour: str
    ) -> None:
        """:meth:`marker` at each point, in order (later ones over earlier ones)."""
        if not points:
            return
        self.fill(colour)
        if marker in _SHAPES:
            self.stroke(COLOURS["band"], 1.5)
            paint = PATH_OPS[1, 1, self._fill_mode()]
            self.c.addLiteral("\n".join(f"{_shape(marker, x, y, r)} {paint}" for x, y in points))
        else:
            self.stroke(colour, 2.5)
            self.c.addLiteral("\n".join(f"{_strokes(marker, x, y, r)} S" for x, y in points))

    def marker(self, marker: str, x: float, y: float, r: float, colour: str) -> None:
        """A persona's point marker, filled in its colour with a white outline."""
        self.fill(colour)
        self.stroke(COLOURS["band"], 1.5)
        if marker in _SHAPES:
            self.c.addLiteral(f"{_shape(marker, x, y, r)} {PATH_OPS[1, 1, self._fill_mode()]}")
            return
        self.stroke(colour, 2.5)
        self.c.addLiteral(f"{_strokes(marker, x, y, r)} S")

    def _fill_mode(self) -> int:
        """The canvas's fill rule (even-odd unless changed), as its own drawing uses it."""
        mode: int = self.c._fillMode  # noqa: SLF001
        return mode

    # -- the whole map ----------------------------------------------------------------------

    def map(self, result: Layout, span: Span = None, rows: Span = None) -> None:
        """Every element, in the canvas's stacking order.

        ``span`` and ``rows`` limit the x- and y-range drawn (a tile's page): what
        lies outside them, clipped away anyway, is left out of the page.
        """

        def shown(x: float, right: float) -> bool:
            return span is None or (right >= span[0] - SLOT_SPAN and x <= span[1] + SLOT_SPAN)

        def within(top: float, bottom: float) -> bool:
            return rows is None or (bottom + BLEED >= rows[0] and top - BLEED <= rows[1])

        def text_within(box: TextBox) -> bool:
            bottom = box.rect.y + len(box.lines) * box.line_height
            return within(box.rect.y, max(box.rect.bottom, bottom))

        lanes = [lane for lane in result.lanes if within(lane.band.y, lane.band.bottom)]
        for lane in lanes:
            self.lane(lane)
        for phase in result.phases:
            self.phase(phase)
        self.framework(
            [
                f
                for f in result.framework
                if shown(f.text.rect.x, f.text.rect.right) and text_within(f.text)
            ]
        )
        headers = {lane.lane_id: lane.header for lane in result.lanes}
        for scale in result.scales:
            if within(scale.plot.y, scale.plot.bottom):
                self.emotion_scale(scale, headers[scale.lane_id])
        for lane in lanes:
            plot = result.metric_plots.get(lane.lane_id)
            if plot is not None:
                bars = [
                    b
                    for b in result.bars
                    if b.lane_id == lane.lane_id and shown(b.rect.x, b.rect.right)
                ]
                self.metric_lane(plot, bars, lane.content)
        for curve in result.curves:
            if rows is not None and not within(*_curve_rows(curve)):
                continue
            # Cutting a curve restarts its dash pattern at the cut (visible where tiles meet):
            # only long curves are cut.
            self.curve(curve, span if len(curve.segments) > LONG_CURVE else None)
        accents = {p.phase_id: p.colour for p in result.phases}
        phase_of = {s.touchpoint_id: s.phase_id for s in result.slots}
        for card in result.cards:
            if shown(card.rect.x, card.rect.right) and (
                within(card.rect.y, card.rect.bottom) or text_within(card.title)
            ):
                self.card(card, accents[phase_of[card.touchpoint_id]])
        for note in result.notes:
            if shown(note.rect.x, note.rect.right) and within(note.rect.y, note.rect.bottom):
                self.note(note)

    def note(self, box: NoteBox) -> None:
        """A sticky note, as the canvas draws it: shadow, paper, glue band, tape on a card."""
        r = box.rect
        self.rect(Rect(r.x + 1.5, r.y + 3, r.w, r.h), "#00000026", radius=2)
        self.rect(r, box.colour, radius=2, border=_darker(box.colour, 0.85), border_width=0.8)
        self.rect(Rect(r.x + 0.5, r.y + 0.5, r.w - 1, 9), _darker(box.colour, 0.96))
        self.rect(Rect(r.x + 0.5, r.bottom - r.h * 0.3, r.w - 1, r.h * 0.3 - 0.5), "#0000000a")
        if box.attached_to is not None:
            self.rect(Rect(r.centre_x - 18, r.y - 6, 36, 11), "#ffffff8c")
        self.text(box.text, NOTE_INK)
        if box.author is not None:
            self.text(box.author, NOTE_INK_MUTED)


def _curve_rows(curve: EmotionCurve) -> tuple[float, float]:
    """The y-range of a curve's path and markers."""
    ys = [p.point.y for p in curve.points]
    for s in curve.segments:
        ys += (s.start.y, s.control1.y, s.control2.y, s.end.y)
    return (min(ys), max(ys)) if ys else (0.0, 0.0)


def _darker(colour: str, factor: float) -> str:
    r, g, b, _ = rgba(colour)
    return "#{:02x}{:02x}{:02x}".format(*(round(v * factor * 255) for v in (r, g, b)))


@cache
def _rgba(colour: str) -> tuple[tuple[float, float, float], float]:
    """``#rrggbb[aa]`` as the RGB the canvas is given and the alpha (colours are few)."""
    r, g, b, a = rgba(colour)
    return (r, g, b), a


def _same(current: object, rgb: tuple[float, float, float]) -> bool:
    """Whether the canvas's colour ``current`` is ``rgb`` as :meth:`MapPainter.fill` set it."""
    return type(current) is tuple and current == rgb


@cache
def _ascent(face: str, size: float) -> float:
    return float(pdfmetrics.getAscent(face, size))


def _font(name: str) -> TTFont:
    """The registered TrueType font ``name`` (every font :class:`PdfFonts` chooses is one)."""
    font = pdfmetrics.getFont(name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{name} is not a TrueType font")
    return font


_SHAPES = frozenset(("circle", "square", "triangle", "triangle-down", "diamond"))
"""Markers filled in the persona's colour with an outline (the others are strokes)."""


def _clip(mode: int) -> str:
    """Clip to the path just written (and paint nothing), with the fill rule ``mode``."""
    return "W* n" if mode == FILL_EVEN_ODD else "W n"


def _round_rect(x: float, y: float, w: float, h: float, radius: float) -> str:
    """The outline reportlab's ``roundRect`` writes (same points, same order), closed."""
    m = 0.4472  # reportlab's factor for a quadrant's Bézier handles
    xlo, xhi = min(x, x + w), max(x, x + w)
    ylo, yhi = min(y, y + h), max(y, y + h)
    t = m * radius
    return (
        f"{fp_str(xlo + radius, ylo)} m {fp_str(xhi - radius, ylo)} l "
        f"{fp_str(xhi - t, ylo, xhi, ylo + t, xhi, ylo + radius)} c "
        f"{fp_str(xhi, yhi - radius)} l "
        f"{fp_str(xhi, yhi - t, xhi - t, yhi, xhi - radius, yhi)} c "
        f"{fp_str(xlo + radius, yhi)} l "
        f"{fp_str(xlo + t, yhi, xlo, yhi - t, xlo, yhi - radius)} c "
        f"{fp_str(xlo, ylo + radius)} l "
        f"{fp_str(xlo, ylo + t, xlo + t, ylo, xlo + radius, ylo)} c h"
    )


def _shape(marker: str, x: float, y: float, r: float) -> str:
    """A filled marker's outline at (x, y), as reportlab's path object writes it."""
    if marker == "circle":
        curves = pdfgeom.bezierArc(x - r, y - r, x + r, y + r, 0, 360)
        start = fp_str(curves[0][0], curves[0][1])
        return f"{start} m " + " ".join(f"{fp_str(*curve[2:])} c" for curve in curves)
    if marker == "square":
        return f"{fp_str(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7)} re"
    if marker in ("triangle", "triangle-down"):
        s = 1 if marker == "triangle" else -1
        points = [(x, y - s * r * 1.1), (x + r, y + s * r * 0.8), (x - r, y + s * r * 0.8)]
    else:  # diamond
        points = [(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)]
    lines = " ".join(f"{fp_str(px, py)} l" for px, py in points[1:])
    return f"{fp_str(*points[0])} m {lines} h"


def _strokes(marker: str, x: float, y: float, r: float) -> str:
    """A plus, cross or star marker's strokes at (x, y), as reportlab's path object writes them."""
    d = r * 0.75
    lines: list[tuple[float, float, float, float]] = []
    if marker in ("plus", "star"):
        lines += [(x - r, y, x + r, y), (x, y - r, x, y + r)]
    if marker in ("cross", "star"):
        lines += [(x - d, y - d, x + d, y + d), (x - d, y + d, x + d, y - d)]
    return " ".join(f"{fp_str(x0, y0)} m {fp_str(x1, y1)} l" for x0, y0, x1, y1 in lines)
