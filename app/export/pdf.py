"""The PDF export: the layout drawn with reportlab, on the page layouts teams print.

Layouts: ``fit`` (the whole map on one sheet), ``poster`` (one page at natural
size), ``tiles`` (the map split over sheets with overlap, crop marks and
labels, after an assembly page), ``slides`` (a 16:9 cover, then each phase
on slides that keep card titles legible; see ``pdfslides``).
Every layout has a title block and legends, an optional appendix (persona
cards, a table per phase), bookmarks, document metadata, and the map itself
attached as ``map.journey``. No Qt here.
"""

import math
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app import __version__
from app.export.embed import pdf_with_map
from app.export.fonts import PdfFonts, PdfMeasure
from app.export.options import MM, POINTS_PER_UNIT, US_PAPERS, ExportOptions, page_size
from app.export.pdfappendix import appendix_story
from app.export.pdfdraw import MapPainter
from app.export.pdfpage import PageDecor, words
from app.export.pdfslides import (
    SLIDE,
    SlidePlan,
    columns_part,
    draw_empty,
    draw_heading,
    names_part,
    plan_slides,
)
from app.export.result import Cancelled, ExportResult, Progress
from app.export.share import shared_map
from app.layout import layout as compute_layout
from app.layout.model import Layout
from app.model.document import JourneyMap
from app.model.fileformat import collector_paused, dumps
from app.model.text import translate

MARGIN = 28.0
TITLE_HEIGHT = 84.0
FOOTER_HEIGHT = 40.0
MAX_PAGE = 14_400.0
"""The largest page side PDF viewers accept (200 inches)."""
TILE_MARGIN = 36.0
OVERLAP = 10 * MM


@dataclass(frozen=True)
class Region:
    """Part of the map (layout units ``left``..``right``) drawn at ``scale`` points per unit.

    (``x``, ``top``) is where the layout's origin lands on the page.
    """

    left: float
    right: float
    x: float
    top: float
    scale: float
    top_units: float = 0.0
    bottom_units: float | None = None
    layout: Layout | None = None
    """What to draw instead of the export's layout (a slide draws only what it shows)."""


def export_pdf(
    doc: JourneyMap, options: ExportOptions, progress: Progress | None = None
) -> ExportResult:
    """The map as a PDF laid out as ``options`` says, with the map attached.

    The cyclic garbage collector is paused meanwhile (as while a map is read and laid
    out in the editor): laying out and drawing a big map makes hundreds of thousands
    of objects that live until the end, and the collector would scan them again and
    again (a fifth of a 10,000-touchpoint export).
    """
    with collector_paused():
        return _PdfExport(doc, options, progress).build()


class _PdfExport:
    def __init__(self, doc: JourneyMap, options: ExportOptions, progress: Progress | None) -> None:
        self.options = options
        self.progress = progress
        self.fonts = PdfFonts()
        self.map = shared_map(doc, options)
        self.layout: Layout = compute_layout(self.map, PdfMeasure(self.fonts))
        self.notes: list[str] = []
        self.decor = PageDecor(self.map, self.layout, self.fonts, options.redact)
        self.flowables_done = 0
        self.flowables_expected = 1
        """How far reportlab is through the story (map pages, then the appendix's paragraphs
        and tables): the progress shown. Pages alone left out the appendix, whose hundreds of
        pages on a big map then ran at "99 %"."""

    # -- assembling the document ------------------------------------------------------------

    def build(self) -> ExportResult:
        buffer = BytesIO()
        templates, story = self._pages()
        if self.options.appendix:
            paper = "Letter" if self.options.paper in US_PAPERS else "A4"
            size = page_size(paper, "landscape")
            templates.append(self._template("appendix", size))
            story += [
                NextPageTemplate("appendix"),
                PageBreak(),
                *appendix_story(self.map, self.fonts, size),
            ]
        document = BaseDocTemplate(
            buffer,
            pageTemplates=templates,
            title=self.map.title,
            author=self.map.author,
            subject=self.map.description or words(self.map.language)["subject"],
            keywords=", ".join(
                [words(self.map.language)["keywords"], *(p.name for p in self.map.phases)]
            ),
            creator=f"Parcours {__version__}",
            lang=self.map.language,
            displayDocTitle=True,
            initialFontName=self.fonts.face(False),
        )
        document.setProgressCallBack(self._built)
        document.build(story)
        missing = self.fonts.missing_report()
        if missing:
            self.notes.append(missing)
        pdf = pdf_with_map(buffer.getvalue(), dumps(self.map))
        return ExportResult(pdf, tuple(self.notes))

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(
            0, 0, size[0], size[1], leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
        )
        if name == "appendix":
            margin = 36.0
            frame = Frame(
                margin, margin + 12, size[0] - 2 * margin, size[1] - 2 * margin - 12, id="appendix"
            )
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._footer)

    def _footer(self, canvas: Any, document: Any) -> None:
        self.decor.footer(canvas, canvas.getPageNumber(), document.pagesize)
        self._report()  # a table split over many pages: Cancel still answers at each one

    def _built(self, kind: str, value: int) -> None:
        """reportlab's progress: the story's length, then how many of its pieces are done."""
        if kind == "SIZE_EST":
            self.flowables_expected = max(1, value)
        elif kind == "PROGRESS":
            self.flowables_done = max(self.flowables_done, value)
            self._report()

    def _report(self) -> None:
        fraction = min(0.99, self.flowables_done / self.flowables_expected)
        if self.progress is not None and not self.progress(fraction):
            raise Cancelled

    def _pages(self) -> tuple[list[PageTemplate], list[Flowable]]:
        mode = self.options.layout
        if mode == "slides":
            return self._slides()
        if mode == "tiles":
            return self._tiles()
        return self._single_page(poster=mode == "poster")

    # -- one page: fit or poster ---------------------------------------------------------------

    def _single_page(self, poster: bool) -> tuple[list[PageTemplate], list[Flowable]]:
        L = self.layout
        if poster:
            scale = POINTS_PER_UNIT
            width = L.width * scale + 2 * MARGIN
            height = L.height * scale + 2 * MARGIN + TITLE_HEIGHT + FOOTER_HEIGHT
            shrink = min(1.0, MAX_PAGE / width, MAX_PAGE / height)
            if shrink < 1.0:
                self.notes.append(
                    translate(
                        "PdfExport",
                        "The map is larger than the largest PDF page, so the poster shows it at "
                        "{percent} % of its natural size.",
                    ).format(percent=f"{shrink * 100:.0f}")
                )
                scale *= shrink
                width = L.width * scale + 2 * MARGIN
                height = L.height * scale + 2 * MARGIN + TITLE_HEIGHT + FOOTER_HEIGHT
            size = (width, height)
        else:
            size = page_size(self.options.paper, self.options.orientation)
            area_w = size[0] - 2 * MARGIN
            area_h = size[1] - 2 * MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT
            scale = min(area_w / L.width, area_h / L.height)
        x = (size[0] - L.width * scale) / 2
        free = size[1] - 2 * MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT - L.height * scale
        region = Region(0, L.width, x, MARGIN + TITLE_HEIGHT + max(0.0, free) / 2, scale)
        page = _Page(self, size, [region], title_block=True, phases_outline=True)
        return [self._template("map", size)], [page]

    # -- slides --------------------------------------------------------------------------------

    def _slides(self) -> tuple[list[PageTemplate], list[Flowable]]:
        """A cover, then each phase on as many slides as keep its card titles legible."""
        plans = plan_slides(self.layout, SLIDE)
        pages: list[Flowable] = [_Cover(self, SLIDE)]
        for plan in plans:
            pages += [PageBreak(), _Slide(self, plan)]
        return [self._template("slide", SLIDE)], pages

    # -- tiles ---------------------------------------------------------------------------------

    def _tiles(self) -> tuple[list[PageTemplate], list[Flowable]]:
        L = self.layout
        scale = POINTS_PER_UNIT * self.options.scale
        size = page_size(self.options.tile_paper, self.options.orientation)
        inner_w, inner_h = size[0] - 2 * TILE_MARGIN, size[1] - 2 * TILE_MARGIN
        total_w, total_h = L.width * scale, L.height * scale
        step_w, step_h = inner_w - OVERLAP, inner_h - OVERLAP
        columns = max(1, math.ceil((total_w - OVERLAP) / step_w))
        rows = max(1, math.ceil((total_h - OVERLAP) / step_h))
        grid = TileGrid(
            rows, columns, step_w / scale, step_h / scale, inner_w / scale, inner_h / scale
        )
        pages: list[Flowable] = [_Overview(self, size, grid)]
        for row in range(rows):
            for column in range(columns):
                left, top_units = column * grid.step_w, row * grid.step_h
                region = Region(
                    left,
                    left + grid.tile_w,
                    TILE_MARGIN - left * scale,
                    TILE_MARGIN - top_units * scale,
                    scale,
                    top_units,
                    top_units + grid.tile_h,
                )
                pages += [PageBreak(), _Tile(self, size, region, grid, row, column)]
        return [self._template("tile", size)], pages


@dataclass(frozen=True)
class TileGrid:
    """How tiles split the map: counts, and steps and sizes in layout units."""

    rows: int
    columns: int
    step_w: float
    step_h: float
    tile_w: float
    tile_h: float

    def label(self, row: int, column: int) -> str:
        """ "A1" for the top-left sheet, "B3" for row 2, column 3."""
        letters = ""
        index = row + 1
        while index:
            index, rest = divmod(index - 1, 26)
            letters = chr(65 + rest) + letters
        return f"{letters}{column + 1}"


class _Page(Flowable):  # type: ignore[misc]
    """A page showing regions of the map (one region, or the lane headers plus a phase)."""

    def __init__(
        self,
        export: _PdfExport,
        size: tuple[float, float],
        regions: list[Region],
        title_block: bool = False,
        heading: str | None = None,
        bookmark: tuple[str, str] | None = None,
        phases_outline: bool = False,
    ) -> None:
        super().__init__()
        self.export, self.size, self.regions = export, size, regions
        self.title_block, self.heading, self.bookmark = title_block, heading, bookmark
        self.phases_outline = phases_outline

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size

    def draw(self) -> None:
        c = self.canv
        decor = self.export.decor
        if self.title_block:
            decor.title_block(c, self.size, MARGIN, TITLE_HEIGHT)
            decor.legends(c, self.size, MARGIN, FOOTER_HEIGHT)
        if self.heading:
            decor.heading(c, self.size, MARGIN, self.heading)
        for region in self.regions:
            draw_region(c, self.export, self.size, region)
        if self.bookmark:
            key, title = self.bookmark
            c.bookmarkPage(key)
            c.addOutlineEntry(title, key, level=0)
        if self.phases_outline:
            outline_phases(c, self.export, self.size, self.regions[0])


def draw_region(c: Any, export: _PdfExport, size: tuple[float, float], region: Region) -> None:
    """Draw the part of the map in ``region``, clipped to it."""
    L = region.layout or export.layout
    bottom_units = L.height if region.bottom_units is None else region.bottom_units
    c.saveState()
    c.transform(1, 0, 0, -1, 0, size[1])  # page coordinates, y down
    x0 = region.x + region.left * region.scale
    y0 = region.top + region.top_units * region.scale
    clip = c.beginPath()
    clip.rect(
        x0,
        y0,
        (region.right - region.left) * region.scale,
        (bottom_units - region.top_units) * region.scale,
    )
    c.clipPath(clip, stroke=0, fill=0)
    c.translate(region.x, region.top)
    c.scale(region.scale, region.scale)
    rows = None if region.bottom_units is None else (region.top_units, bottom_units)
    MapPainter(c, export.fonts).map(L, span=(region.left, region.right), rows=rows)
    c.restoreState()


def outline_phases(c: Any, export: _PdfExport, size: tuple[float, float], region: Region) -> None:
    """Bookmarks: the map, then each phase at its place on the page."""
    c.bookmarkPage("map")
    c.addOutlineEntry(export.map.title, "map", level=0)
    for phase, box in zip(export.map.phases, export.layout.phases, strict=True):
        key = f"phase-{phase.id}"
        x = region.x + box.header.x * region.scale
        top = size[1] - region.top
        c.bookmarkHorizontalAbsolute(key, top, left=x)
        c.addOutlineEntry(phase.name, key, level=1)


class _Cover(Flowable):  # type: ignore[misc]
    """The first slide: title, description, personas, and the whole map small."""

    def __init__(self, export: _PdfExport, size: tuple[float, float]) -> None:
        super().__init__()
        self.export, self.size = export, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size

    def draw(self) -> None:
        c = self.canv
        decor = self.export.decor
        top = decor.cover(c, self.size, MARGIN)
        L = self.export.layout
        area_w = self.size[0] - 2 * MARGIN
        area_h = self.size[1] - top - MARGIN - FOOTER_HEIGHT
        scale = min(area_w / L.width, area_h / L.height)
        region = Region(0, L.width, (self.size[0] - L.width * scale) / 2, top, scale)
        draw_region(c, self.export, self.size, region)
        decor.legends(c, self.size, MARGIN, FOOTER_HEIGHT)
        c.bookmarkPage("cover")
        c.addOutlineEntry(self.export.map.title, "cover", level=0)


class _Slide(Flowable):  # type: ignore[misc]
    """One slide of a phase: its heading, then its lanes, cut from the export's layout."""

    def __init__(self, export: _PdfExport, plan: SlidePlan) -> None:
        super().__init__()
        self.export, self.plan = export, plan

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return SLIDE

    def regions(self) -> list[Region]:
        """The lane names and the phase's columns, for each strip of lanes."""
        plan, L = self.plan, self.export.layout
        header = L.lane_header_width
        regions = []
        for strip in plan.strips:
            rows = (strip.top, strip.bottom)
            top = strip.y - strip.top * plan.scale
            names = names_part(L, *rows)
            regions.append(Region(0, header, plan.x, top, plan.scale, *rows, layout=names))
            x = plan.x + (header - plan.left) * plan.scale
            body = columns_part(L, *rows, plan.left, plan.right)
            regions.append(Region(plan.left, plan.right, x, top, plan.scale, *rows, layout=body))
        return regions

    def draw(self) -> None:
        c, export, plan = self.canv, self.export, self.plan
        phase = export.layout.phases[plan.phase_index]
        draw_heading(c, export.fonts, export.map, plan, phase, SLIDE)
        if not plan.strips:
            draw_empty(c, export.fonts, export.map, plan, SLIDE)
        for region in self.regions():
            draw_region(c, export, SLIDE, region)
        if plan.part == 1:
            c.bookmarkPage(plan.phase_id)
            c.addOutlineEntry(export.map.phases[plan.phase_index].name, plan.phase_id, level=0)


class _Overview(Flowable):  # type: ignore[misc]
    """The tiles' assembly page: the map small, with the sheet grid and labels over it."""

    def __init__(self, export: _PdfExport, size: tuple[float, float], grid: TileGrid) -> None:
        super().__init__()
        self.export, self.size, self.grid = export, size, grid

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size

    def draw(self) -> None:
        c = self.canv
        decor = self.export.decor
        decor.title_block(c, self.size, MARGIN, TITLE_HEIGHT)
        L = self.export.layout
        area_w = self.size[0] - 2 * MARGIN
        area_h = self.size[1] - 2 * MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT
        grid_w = self.grid.columns * self.grid.step_w
        grid_h = self.grid.rows * self.grid.step_h
        scale = min(area_w / max(L.width, grid_w), area_h / max(L.height, grid_h))
        x = (self.size[0] - L.width * scale) / 2
        region = Region(0, L.width, x, MARGIN + TITLE_HEIGHT, scale)
        draw_region(c, self.export, self.size, region)
        decor.tile_grid(c, self.size, region.x, region.top, scale, self.grid)
        decor.legends(c, self.size, MARGIN, FOOTER_HEIGHT)
        c.bookmarkPage("assembly")
        c.addOutlineEntry(words(self.export.map.language)["assembly"], "assembly", level=0)


class _Tile(Flowable):  # type: ignore[misc]
    """One sheet of a tiled poster: its part of the map, crop marks, its label."""

    def __init__(
        self,
        export: _PdfExport,
        size: tuple[float, float],
        region: Region,
        grid: TileGrid,
        row: int,
        column: int,
    ) -> None:
        super().__init__()
        self.export, self.size, self.region = export, size, region
        self.grid, self.row, self.column = grid, row, column

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size

    def draw(self) -> None:
        c = self.canv
        draw_region(c, self.export, self.size, self.region)
        self.export.decor.tile_marks(
            c, self.size, TILE_MARGIN, OVERLAP, self.grid, self.row, self.column
        )
        L = self.export.layout
        for phase, box in zip(self.export.map.phases, L.phases, strict=True):
            if (
                self.region.left <= box.header.x < self.region.left + self.grid.step_w
                and self.row == 0
            ):
                key = f"phase-{phase.id}"
                c.bookmarkPage(key)
                c.addOutlineEntry(phase.name, key, level=0)
