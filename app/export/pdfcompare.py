"""The comparison PDF: the future-state map with what changed marked, then every difference.

Page 1 is the future map drawn as the PDF export draws it (the same layout and
:class:`~app.export.pdfdraw.MapPainter`), with the current state's emotion
curves dashed under the future's solid ones, and the cards added or changed
outlined and tagged. The next pages list every difference, as ``parcours
diff`` says them, removed cards included. The future map is attached, so the
PDF reopens as that map. No Qt here.
"""

from dataclasses import dataclass, replace
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from app import __version__
from app.export.colours import LIGHT
from app.export.embed import pdf_with_map
from app.export.fonts import PdfFonts, PdfMeasure
from app.export.options import ExportOptions, page_size
from app.export.pdfdraw import MapPainter
from app.export.pdfpage import PageDecor
from app.export.result import ExportResult
from app.layout import layout as compute_layout
from app.layout.marks import change_tag
from app.layout.model import CardBox, Layout
from app.layout.text import TextStyle, Wrapper
from app.model.compare import (
    FIELD_LABELS,
    MapDiff,
    comparison_maps,
    diff,
    differences,
)
from app.model.document import JourneyMap
from app.model.fileformat import dumps
from app.model.text import speaks_french

ADDED = "#1a9850"
"""The outline and tag of a card the future state adds (also on the canvas)."""
CHANGED = "#d46a00"
"""The outline and tag of a card the future state changes."""
REMOVED = "#b42318"
"""The mark of a card the future state removes (listed, as it has no place on the map)."""
CURRENT_ALPHA = "c0"
"""The current state's curves are slightly see-through, under the future's."""
KIND_COLOURS = {"added": ADDED, "changed": CHANGED, "removed": REMOVED}

MARGIN = 28.0
TITLE_HEIGHT = 84.0
KEY_HEIGHT = 26.0
FOOTER_HEIGHT = 40.0
INDENT = 14.0

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "compared": "Compared with the current state “{title}”.",
        "key_current": "current state",
        "key_future": "future state",
        "new": "+ new",
        "changed": "changed",
        "added_key": "card added",
        "changed_key": "card changed",
        "removed_key": "{n} cards removed (listed after the map)",
        "removed_key_1": "1 card removed (listed after the map)",
        "differences": "Differences from “{before}” to “{after}”",
        "summary": "Cards: {added} added, {changed} changed, {removed} removed.",
        "none": "No differences: the two maps tell the same journey.",
        "subject": "Current and future state compared",
        "differences_bookmark": "Differences",
    },
    "fr": {
        "compared": "Comparé à l’état actuel « {title} ».",
        "key_current": "état actuel",
        "key_future": "état futur",
        "new": "+ nouveau",
        "changed": "modifié",
        "added_key": "carte ajoutée",
        "changed_key": "carte modifiée",
        "removed_key": "{n} cartes retirées (listées après la carte)",
        "removed_key_1": "1 carte retirée (listée après la carte)",
        "differences": "Différences de « {before} » à « {after} »",
        "summary": "Cartes ajoutées : {added} ; modifiées : {changed} ; retirées : {removed}.",
        "none": "Aucune différence : les deux cartes racontent le même parcours.",
        "subject": "États actuel et futur comparés",
        "differences_bookmark": "Différences",
    },
}


def words(language: str) -> dict[str, str]:
    """The fixed texts of the comparison PDF in the map's language (English when not French)."""
    return WORDS["fr" if speaks_french(language) else "en"]


@dataclass(frozen=True)
class CardMark:
    """How a card is marked on the comparison: ``added`` or ``changed``, and the tag's text."""

    touchpoint_id: str
    kind: str
    tag: str
    fields: tuple[str, ...] = ()


def card_marks(d: MapDiff, language: str) -> dict[str, CardMark]:
    """The cards to mark on the future map, by touchpoint id (the canvas uses these too)."""
    texts = words(language)
    marks = {i: CardMark(i, "added", texts["new"]) for i in d.cards_added}
    for change in d.cards_changed:
        marks[change.id] = CardMark(change.id, "changed", texts["changed"], change.fields)
    return marks


def comparison_layout(
    current: JourneyMap, future: JourneyMap, measure: Any, alpha: str = CURRENT_ALPHA
) -> Layout:
    """The future map's layout with the current state's curves (dashed) under its own (solid).

    ``measure`` measures text (a reportlab or Qt measure, or a shared ``Wrapper``).
    """
    shown, ghost = comparison_maps(current, future)
    base = compute_layout(shown, measure)
    before = [
        replace(curve, colour=curve.colour + alpha)
        for curve in compute_layout(ghost, measure).curves
        if curve.points
    ]
    return replace(base, curves=(*before, *base.curves))


def export_comparison_pdf(
    current: JourneyMap, future: JourneyMap, options: ExportOptions | None = None
) -> ExportResult:
    """The comparison of ``current`` and ``future`` as a PDF (``options``: paper, orientation)."""
    return _Comparison(current, future, options or ExportOptions()).build()


class _Comparison:
    def __init__(self, current: JourneyMap, future: JourneyMap, options: ExportOptions) -> None:
        self.current, self.future, self.options = current, future, options
        self.fonts = PdfFonts()
        self.measure = PdfMeasure(self.fonts)
        self.layout = comparison_layout(current, future, self.measure)
        self.diff = diff(current, future)
        self.lines = differences(self.diff, current, future)
        self.marks = card_marks(self.diff, future.language)
        self.words = words(future.language)
        self.decor = PageDecor(comparison_maps(current, future)[0], self.layout, self.fonts, False)
        self.wrapper = Wrapper(self.measure)
        self.page = 0

    def build(self) -> ExportResult:
        buffer = BytesIO()
        size = page_size(self.options.paper, self.options.orientation)
        c = Canvas(
            buffer,
            pagesize=size,
            initialFontName=self.fonts.face(False),
            lang=self.future.language,
        )
        c.setTitle(self.future.title)
        c.setAuthor(self.future.author)
        c.setSubject(self.words["subject"])
        c.setCreator(f"Parcours {__version__}")
        self._map_page(c, size)
        self._difference_pages(c, page_size("A4", "portrait"))
        c.save()
        notes = [note for note in (self.fonts.missing_report(),) if note]
        return ExportResult(pdf_with_map(buffer.getvalue(), dumps(self.future)), tuple(notes))

    def _end_page(self, c: Canvas, size: tuple[float, float]) -> None:
        self.page += 1
        self.decor.footer(c, self.page, size)
        c.showPage()

    # -- the map ---------------------------------------------------------------------------

    def _map_page(self, c: Canvas, size: tuple[float, float]) -> None:
        c.setPageSize(size)
        L = self.layout
        self.decor.title_block(c, size, MARGIN, TITLE_HEIGHT)
        self._key(c, size, MARGIN + TITLE_HEIGHT)
        top = MARGIN + TITLE_HEIGHT + KEY_HEIGHT
        area_w = size[0] - 2 * MARGIN
        area_h = size[1] - top - MARGIN - FOOTER_HEIGHT
        scale = min(area_w / L.width, area_h / L.height)
        x = (size[0] - L.width * scale) / 2
        c.saveState()
        c.transform(1, 0, 0, -1, 0, size[1])
        c.translate(x, top)
        c.scale(scale, scale)
        painter = MapPainter(c, self.fonts)
        painter.map(L)
        for card in L.cards:
            mark = self.marks.get(card.touchpoint_id)
            if mark is not None:
                self._mark(painter, card, mark)
        c.restoreState()
        self.decor.legends(c, size, MARGIN, FOOTER_HEIGHT)
        c.bookmarkPage("map")
        c.addOutlineEntry(self.future.title, "map", level=0)
        self._end_page(c, size)

    def _mark(self, p: MapPainter, card: CardBox, mark: CardMark) -> None:
        colour = KIND_COLOURS[mark.kind]
        r = card.rect
        p.c.saveState()
        p.stroke(colour, 4.0)
        p.c.roundRect(r.x - 4, r.y - 4, r.w + 8, r.h + 8, 11, stroke=1, fill=0)
        p.c.restoreState()
        text = mark.tag
        if mark.fields:
            detailed = f"{text}: {', '.join(FIELD_LABELS[f] for f in mark.fields)}"
            if self.fonts.width(detailed, 11, True) <= r.w - 20:
                text = detailed
        tag = change_tag(r, self.fonts.width(text, 11, True))
        p.rect(tag, colour, radius=9)
        p.text_line(text, tag.x + 7, tag.y + 13, 11, True, "#ffffff")

    def _key(self, c: Canvas, size: tuple[float, float], top: float) -> None:
        """One line under the title: what the map is compared with, and how to read the marks."""
        c.saveState()
        c.transform(1, 0, 0, -1, 0, size[1])
        p = MapPainter(c, self.fonts)
        y = top + 14
        text = self.words["compared"].format(title=self.current.title)
        x = MARGIN + p.text_line(text, MARGIN, y, 9, True, LIGHT["text"]) + 16
        for label, dash in ((self.words["key_current"], (5, 3)), (self.words["key_future"], None)):
            p.line(x, y - 3, x + 28, y - 3, LIGHT["text"], 2.0, dash=dash)
            x += 34 + p.text_line(label, x + 34, y, 9, False, LIGHT["text_muted"]) + 16
        removed = len(self.diff.cards_removed)
        keys = [(ADDED, self.words["added_key"]), (CHANGED, self.words["changed_key"])]
        if removed:
            key = "removed_key_1" if removed == 1 else "removed_key"
            keys.append((REMOVED, self.words[key].format(n=removed)))
        for colour, label in keys:
            c.saveState()
            p.stroke(colour, 2.5)
            c.roundRect(x, y - 9, 18, 11, 3, stroke=1, fill=0)
            c.restoreState()
            x += 24 + p.text_line(label, x + 24, y, 9, False, LIGHT["text_muted"]) + 16
        c.restoreState()

    # -- the differences ---------------------------------------------------------------------

    def _difference_pages(self, c: Canvas, size: tuple[float, float]) -> None:
        c.setPageSize(size)
        width = size[0] - 2 * MARGIN - INDENT
        heading = self.words["differences"].format(
            before=self.current.title, after=self.future.title
        )
        rows = [_Row(line, 14, True) for line in self._wrap(heading, width + INDENT, 14, True)]
        d = self.diff
        summary = self.words["summary"].format(
            added=len(d.cards_added), changed=len(d.cards_changed), removed=len(d.cards_removed)
        )
        rows.append(_Row(self.words["none"] if d.is_empty else summary, 10, False))
        rows.append(_Row("", 10, False))
        for difference in self.lines:
            dot = KIND_COLOURS.get(difference.kind, LIGHT["text_muted"])
            for index, line in enumerate(self._wrap(difference.text, width, 10, False)):
                rows.append(_Row(line, 10, False, dot if index == 0 else None, INDENT))
        self._rows(c, size, rows)

    def _wrap(self, text: str, width: float, size: float, bold: bool) -> list[str]:
        style = TextStyle(f"compare-{size}-{bold}", size, bold)
        return self.wrapper.wrap(text, width, style, 50)[0] or [""]

    def _rows(self, c: Canvas, size: tuple[float, float], rows: list["_Row"]) -> None:
        """Lines down the page, a coloured dot before each difference, as many pages as needed."""
        bottom = size[1] - MARGIN - 20
        y = MARGIN
        c.bookmarkPage("differences")
        c.addOutlineEntry(self.words["differences_bookmark"], "differences", level=0)
        c.saveState()
        c.transform(1, 0, 0, -1, 0, size[1])
        p = MapPainter(c, self.fonts)
        for row in rows:
            step = row.size + 6
            if y + step > bottom:
                c.restoreState()
                self._end_page(c, size)
                y = MARGIN
                c.saveState()
                c.transform(1, 0, 0, -1, 0, size[1])
                p = MapPainter(c, self.fonts)
            y += step
            if row.dot is not None:
                p.fill(row.dot)
                c.circle(MARGIN + 4, y - row.size * 0.35, 3, stroke=0, fill=1)
            p.text_line(row.text, MARGIN + row.indent, y, row.size, row.bold, LIGHT["text"])
        c.restoreState()
        self._end_page(c, size)


@dataclass(frozen=True)
class _Row:
    """One line of the differences pages."""

    text: str
    size: float
    bold: bool
    dot: str | None = None
    indent: float = 0.0
