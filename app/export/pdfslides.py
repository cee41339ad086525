"""The PDF slides: one phase per 16:9 slide, every lane of it, large enough to read.

A slide shows the lane names and one phase's columns of the export's own layout,
clipped, scaled and moved onto the page (positions are never recomputed). Each
slide is as large as fits its page, and never below the scale that sets card titles at
``LEGIBLE_PT`` points: a phase too wide for that continues on the next slide
(``Purchase (2/3)``), and lanes too tall for it continue below, on the next
slide too. A card lane without a card in a slide's columns is left out of it;
framework, emotion and metric lanes always show. A phase without touchpoints
gets one slide with its description. A slide draws only what it shows, so its
text is the text one sees. No Qt here.
"""

import math
from dataclasses import dataclass, replace
from typing import Any

from app.export.colours import LIGHT
from app.export.fonts import PdfFonts, PdfMeasure
from app.export.pdfdraw import MapPainter
from app.layout.geometry import Rect
from app.layout.model import Layout, MetricPlot, PhaseBox, TextBox
from app.layout.text import CARD_TITLE, TextStyle, Wrapper
from app.model.document import JourneyMap
from app.model.palette import persona_look
from app.model.text import speaks_french

SLIDE = (960.0, 540.0)
"""A 16:9 slide, 13.33 × 7.5 inches, in points."""
SIDE_MARGIN = 28.0
MAP_TOP = 64.0
"""Where the map starts on a slide, below the heading (points from the top)."""
MAP_BOTTOM = 24.0
"""Room kept at the bottom of a slide for the footer."""
LEGIBLE_PT = 14.0
"""Card titles are at least this many points high on a slide."""
MAX_SCALE = 2.5
"""A phase with little in it is not blown up beyond this many points per layout unit."""
HEADING_PT = 24.0
NUMBER_PT = 13.0
LEGEND_PT = 11.0
LEGEND_ROWS = 3
LEGEND_COLUMN = 150.0
RULE = 4.0
NOTE_PT = 20.0
MARKER_ROOM = 12.0
"""How far beyond a slide's columns an emotion marker may still show (units)."""
WORDS = {
    "en": {"empty": "No touchpoints in this phase yet."},
    "fr": {"empty": "Pas encore de point de contact dans cette phase."},
}
"""The sentences the slides add, in the map's language."""


@dataclass(frozen=True)
class Strip:
    """Layout rows ``top``..``bottom`` (units) shown with ``top`` at ``y`` points from the top."""

    top: float
    bottom: float
    y: float


@dataclass(frozen=True)
class SlidePlan:
    """What one slide shows: the lane names and columns ``left``..``right`` of a phase.

    ``strips`` are the lanes shown, stacked from ``MAP_TOP``; ``x`` is where the
    lane names' left edge lands; ``scale`` is points per layout unit.
    """

    phase_index: int
    phase_id: str
    part: int
    parts: int
    left: float
    right: float
    strips: tuple[Strip, ...]
    scale: float
    x: float

    def title(self, name: str) -> str:
        """``Purchase``, or ``Purchase (2/3)`` when the phase takes several slides."""
        return name if self.parts == 1 else f"{name} ({self.part}/{self.parts})"


def legible_scale(layout: Layout) -> float:
    """The smallest scale at which every card title is ``LEGIBLE_PT`` points high or more.

    Without cards (their lanes collapsed), the scale at which card titles would be.
    """
    sizes = [card.title.style.size for card in layout.cards] or [CARD_TITLE.size]
    return LEGIBLE_PT / min(sizes)


def plan_slides(layout: Layout, size: tuple[float, float] = SLIDE) -> list[SlidePlan]:
    """The slides of every phase, in phase order, each phase's parts in reading order.

    A phase's first columns come first, from its cards down to its metrics; then its next
    columns, the same way.
    """
    area = (size[0] - 2 * SIDE_MARGIN, size[1] - MAP_TOP - MAP_BOTTOM)
    floor = legible_scale(layout)
    plans: list[SlidePlan] = []
    for index, phase in enumerate(layout.phases):
        if not any(slot.phase_id == phase.phase_id for slot in layout.slots):
            # Nothing to read in its lanes: one slide says so (see ``draw_empty``).
            plans.append(SlidePlan(index, phase.phase_id, 1, 1, *_span(phase), (), 0.0, 0.0))
            continue
        pieces = _choose(layout, phase, area, floor)
        for part, (left, right, band) in enumerate(pieces, start=1):
            width = layout.lane_header_width + right - left
            height = sum(bottom - top for top, bottom in band)
            scale = _fit(width, height, area)
            y = MAP_TOP + (area[1] - height * scale) / 2
            strips = []
            for top, bottom in band:
                strips.append(Strip(top, bottom, y))
                y += (bottom - top) * scale
            x = (size[0] - width * scale) / 2
            plans.append(
                SlidePlan(
                    index, phase.phase_id, part, len(pieces), left, right, tuple(strips), scale, x
                )
            )
    return plans


Rows = tuple[tuple[float, float], ...]
Piece = tuple[float, float, Rows]
"""One slide's columns ``left``..``right`` and its lanes."""


def _choose(
    layout: Layout, phase: PhaseBox, area: tuple[float, float], floor: float
) -> list[Piece]:
    """The fewest slides that keep card titles legible, then the largest smallest scale.

    The phase's columns are cut into runs of whole slots, and each run's lanes into
    bands. A card lane shows only in the runs where it has a card. When nothing reaches
    the legible scale (a lane or a column larger than a slide), the largest scale wins.
    """
    slots = [s for s in layout.slots if s.phase_id == phase.phase_id]
    lane_of = {card.touchpoint_id: card.lane_id for card in layout.cards}
    slot_lanes = [lane_of.get(slot.touchpoint_id) for slot in slots]
    options: dict[Rows, list[list[Rows]]] = {}

    def bands_of(rows: Rows) -> list[list[Rows]]:
        if rows not in options:
            options[rows] = [_bands(rows, n) for n in range(1, len(rows) + 1)] or [[()]]
        return options[rows]

    # Every run shows the lanes other than card lanes: it needs at least this many bands.
    steady = bands_of(_rows(layout, set()))
    least = next(
        (i for i, bands in enumerate(steady, start=1) if _tallest(bands) * floor <= area[1]),
        len(steady),
    )
    best: tuple[tuple[float, ...], list[Piece]] | None = None
    for count in range(1, max(1, len(slots)) + 1):
        if best is not None and best[0][0] == 0.0 and count * least > best[0][1]:
            break  # more runs cannot make fewer slides
        spans = _spans(phase, slots, count)
        widths = [layout.lane_header_width + right - left for left, right in spans]
        if count < len(slots) and area[0] / max(widths) < floor:
            continue
        pieces: list[Piece] = []
        smallest = math.inf
        for part, ((left, right), width) in enumerate(zip(spans, widths, strict=True)):
            run = slot_lanes[len(slots) * part // count : len(slots) * (part + 1) // count]
            rows = _rows(layout, {lane for lane in run if lane is not None})
            bands, scale = _fewest(bands_of(rows), width, area, floor)
            pieces += [(left, right, band) for band in bands]
            smallest = min(smallest, scale)
        key = (0.0, len(pieces), -smallest) if smallest >= floor else (1.0, -smallest, len(pieces))
        if best is None or key < best[0]:
            best = (key, pieces)
    assert best is not None
    return best[1]


def _rows(layout: Layout, with_cards: set[str]) -> Rows:
    """The lanes a slide shows, as (top, bottom) in layout units, top down: every lane but
    the card lanes without a card in ``with_cards``."""
    return tuple(
        (lane.band.y, lane.band.bottom)
        for lane in layout.lanes
        if lane.kind != "touchpoints" or lane.lane_id in with_cards
    )


def _tallest(bands: list[Rows]) -> float:
    return max(sum(bottom - top for top, bottom in band) for band in bands)


def _fewest(
    options: list[list[Rows]], width: float, area: tuple[float, float], floor: float
) -> tuple[list[Rows], float]:
    """The fewest bands whose tallest fits at the legible scale, else the largest scale."""
    found: tuple[list[Rows], float] | None = None
    for bands in options:
        scale = _fit(width, _tallest(bands), area)
        if scale >= floor:
            return bands, scale
        if found is None or scale > found[1]:
            found = (bands, scale)
    assert found is not None
    return found


def _fit(width: float, height: float, area: tuple[float, float]) -> float:
    """The scale that fits ``width`` × ``height`` units in ``area``, at most ``MAX_SCALE``."""
    return min(area[0] / width, area[1] / height if height else MAX_SCALE, MAX_SCALE)


def _span(phase: PhaseBox) -> tuple[float, float]:
    return phase.header.x, phase.header.right


def _spans(phase: PhaseBox, slots: list[Any], count: int) -> list[tuple[float, float]]:
    """The phase's columns cut into ``count`` runs of whole slots, as even as can be."""
    if not slots:
        return [_span(phase)]
    spans = []
    for part in range(count):
        group = slots[len(slots) * part // count : len(slots) * (part + 1) // count]
        left = phase.header.x if part == 0 else group[0].rect.x
        right = phase.header.right if part == count - 1 else group[-1].rect.right
        spans.append((left, right))
    return spans


def _bands(rows: Rows, count: int) -> list[Rows]:
    """``rows`` cut into ``count`` runs whose tallest is as short as can be (in order)."""
    heights = [bottom - top for top, bottom in rows]
    n = len(rows)
    prefix = [0.0]
    for h in heights:
        prefix.append(prefix[-1] + h)
    # cost[k][i]: the tallest band when the first i rows make k bands; cut[k][i]: the last cut.
    cost = [[math.inf] * (n + 1) for _ in range(count + 1)]
    cut = [[0] * (n + 1) for _ in range(count + 1)]
    cost[0][0] = 0.0
    for k in range(1, count + 1):
        for i in range(k, n + 1):
            for j in range(k - 1, i):
                value = max(cost[k - 1][j], prefix[i] - prefix[j])
                if value < cost[k][i]:
                    cost[k][i], cut[k][i] = value, j
    bands: list[Rows] = []
    end = n
    for k in range(count, 0, -1):
        start = cut[k][end]
        bands.insert(0, _merged(rows[start:end]))
        end = start
    return bands


def _merged(rows: Rows) -> Rows:
    """Touching rows joined, so a band draws as few pieces as it can."""
    merged: list[tuple[float, float]] = []
    for top, bottom in rows:
        if merged and abs(merged[-1][1] - top) < 1e-6:
            merged[-1] = (merged[-1][0], bottom)
        else:
            merged.append((top, bottom))
    return tuple(merged)


# -- what a slide draws ------------------------------------------------------------------


def names_part(layout: Layout, top: float, bottom: float) -> Layout:
    """The lane names of rows ``top``..``bottom`` (with the emotion lane's faces), nothing else.

    Drawing only what shows keeps a slide's text the text one sees on it: clipped-away
    titles would otherwise be found by search and copied with the slide.
    """
    lanes = tuple(lane for lane in layout.lanes if lane.band.y < bottom and lane.band.bottom > top)
    ids = {lane.lane_id for lane in lanes}
    return replace(
        layout,
        phases=(),
        lanes=lanes,
        slots=(),
        cards=(),
        framework=(),
        scales=tuple(s for s in layout.scales if s.lane_id in ids),
        curves=(),
        bars=(),
        metric_zero={},
        metric_plots={},
        notes=(),
    )


def columns_part(layout: Layout, top: float, bottom: float, left: float, right: float) -> Layout:
    """What shows in rows ``top``..``bottom`` and columns ``left``..``right``, without the
    lane and phase names (the slide shows those beside and above it)."""
    lanes = tuple(
        replace(lane, title=_blank(lane.title))
        for lane in layout.lanes
        if lane.band.y < bottom and lane.band.bottom > top
    )
    ids = {lane.lane_id for lane in lanes}

    def shown(lane_id: str, rect: Rect) -> bool:
        return lane_id in ids and left <= rect.centre_x <= right

    def near(x: float) -> bool:
        return left - MARKER_ROOM <= x <= right + MARKER_ROOM

    plots = {
        lane_id: _plot_within(plot, left, right)
        for lane_id, plot in layout.metric_plots.items()
        if lane_id in ids
    }
    return replace(
        layout,
        phases=tuple(replace(phase, title=_blank(phase.title)) for phase in layout.phases),
        lanes=lanes,
        cards=tuple(c for c in layout.cards if shown(c.lane_id, c.rect)),
        framework=tuple(f for f in layout.framework if shown(f.lane_id, f.text.rect)),
        scales=tuple(s for s in layout.scales if s.lane_id in ids),
        curves=tuple(
            # The whole line (its dashes stay in step with the canvas), the markers shown.
            replace(curve, points=tuple(p for p in curve.points if near(p.point.x)))
            for curve in layout.curves
        )
        if any(lane.kind == "emotion" for lane in lanes)
        else (),
        bars=tuple(b for b in layout.bars if shown(b.lane_id, b.rect)),
        metric_zero={k: v for k, v in layout.metric_zero.items() if k in ids},
        metric_plots=plots,
        notes=tuple(
            n
            for n in layout.notes
            if n.rect.right > left
            and n.rect.x < right
            and n.rect.bottom > top
            and n.rect.y < bottom
        ),
    )


def _blank(box: TextBox) -> TextBox:
    return replace(box, lines=())


def _plot_within(plot: MetricPlot, left: float, right: float) -> MetricPlot:
    """A metric plot whose target is labelled only where the columns show."""
    if plot.target is None:
        return plot
    labels = tuple(t for t in plot.target.labels if left <= t.rect.x <= right)
    return replace(plot, target=replace(plot.target, labels=labels))


# -- the heading -------------------------------------------------------------------------


def draw_heading(
    c: Any,
    fonts: PdfFonts,
    doc: JourneyMap,
    plan: SlidePlan,
    phase: PhaseBox,
    size: tuple[float, float] = SLIDE,
) -> None:
    """The phase's name (and part), its number ``2 / 5``, its colour, and the personas."""
    c.saveState()
    c.transform(1, 0, 0, -1, 0, size[1])  # y down from the top edge
    p = MapPainter(c, fonts)
    columns = math.ceil(len(doc.personas) / LEGEND_ROWS)
    legend_w = columns * LEGEND_COLUMN
    number = f"{plan.phase_index + 1} / {len(doc.phases)}"
    number_w = fonts.width(number, NUMBER_PT, False)
    room = size[0] - 2 * SIDE_MARGIN - legend_w - number_w - 24
    title = _line(fonts, plan.title(doc.phases[plan.phase_index].name), room, HEADING_PT, True)
    baseline = SIDE_MARGIN + 14
    width = p.text_line(title, SIDE_MARGIN, baseline, HEADING_PT, True, LIGHT["text"])
    p.text_line(number, SIDE_MARGIN + width + 12, baseline, NUMBER_PT, False, LIGHT["text_muted"])
    rule_y = MAP_TOP - RULE - 6
    p.line(SIDE_MARGIN, rule_y, size[0] - SIDE_MARGIN, rule_y, phase.colour, RULE)
    for index, persona in enumerate(doc.personas):
        column, row = divmod(index, LEGEND_ROWS)
        x = size[0] - SIDE_MARGIN - (columns - column) * LEGEND_COLUMN
        y = 8 + LEGEND_PT + row * (LEGEND_PT + 4)
        dash, marker = persona_look(persona.dash, persona.marker, index)
        mid = y - LEGEND_PT * 0.35
        p.line(x, mid, x + 30, mid, persona.colour, 2, dash=[d * 2 for d in dash] or None)
        p.marker(marker, x + 15, mid, 3.5, persona.colour)
        name = _line(fonts, persona.name, LEGEND_COLUMN - 44, LEGEND_PT, False)
        p.text_line(name, x + 38, y, LEGEND_PT, False, LIGHT["text"])
    c.restoreState()


def draw_empty(
    c: Any, fonts: PdfFonts, doc: JourneyMap, plan: SlidePlan, size: tuple[float, float] = SLIDE
) -> None:
    """A phase without touchpoints: its description, and a sentence saying it has none yet."""
    c.saveState()
    c.transform(1, 0, 0, -1, 0, size[1])
    p = MapPainter(c, fonts)
    width = size[0] - 4 * SIDE_MARGIN
    wrapper = Wrapper(PdfMeasure(fonts))
    description = " ".join(doc.phases[plan.phase_index].description.split())
    lines, _ = wrapper.wrap(description, width, TextStyle("slide-note", NOTE_PT), 6)
    y = MAP_TOP + (size[1] - MAP_TOP - MAP_BOTTOM) / 2 - (len(lines) - 1) * NOTE_PT * 0.7
    for line in lines:
        p.text_line(line, 2 * SIDE_MARGIN, y, NOTE_PT, False, LIGHT["text"])
        y += NOTE_PT * 1.4
    note = WORDS["fr" if speaks_french(doc.language) else "en"]["empty"]
    p.text_line(note, 2 * SIDE_MARGIN, y + NOTE_PT * 0.6, NUMBER_PT, False, LIGHT["text_muted"])
    c.restoreState()


def _line(fonts: PdfFonts, text: str, width: float, size: float, bold: bool) -> str:
    """``text`` on one line no wider than ``width`` (ellipsised when longer)."""
    style = TextStyle(f"slide-{size}-{bold}", size, bold)
    lines, _ = Wrapper(PdfMeasure(fonts)).wrap(" ".join(text.split()), max(width, 1), style, 1)
    return lines[0] if lines else ""
