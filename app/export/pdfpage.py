"""What surrounds the map on PDF pages: title block, legends, headings, tile marks, footer.

Every method draws in page points with y pointing down from the top edge.
"""

from datetime import datetime
from typing import Any

from app import __version__
from app.export.colours import LIGHT
from app.export.fonts import PdfFonts, PdfMeasure
from app.export.pdfdraw import MapPainter
from app.layout.geometry import Rect
from app.layout.model import Layout
from app.layout.text import TextStyle, Wrapper
from app.model.channels import channel_icon
from app.model.document import JourneyMap
from app.model.palette import persona_look
from app.model.text import speaks_french

WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "subject": "Customer-journey map",
        "keywords": "customer journey",
        "touchpoints": "touchpoints",
        "phases": "phases",
        "scale": ["very negative", "negative", "neutral", "positive", "very positive"],
        "channels": "Channels",
        "emotions": "Feelings",
        "personas": "Personas",
        "redacted": "Redacted copy: quotes, persona names and pictures removed",
        "assembly": "Assembly plan",
        "page": "page",
        "sheet": "Sheet {label}: row {row} of {rows}, column {column} of {columns}",
        "glue": "Overlap {mm:.0f} mm: trim along the marks, lay over the neighbour",
        "more": "+{n} more",
    },
    "fr": {
        "subject": "Carte du parcours client",
        "keywords": "parcours client",
        "touchpoints": "points de contact",
        "phases": "phases",
        "scale": ["très négative", "négative", "neutre", "positive", "très positive"],
        "channels": "Canaux",
        "emotions": "Émotions",
        "personas": "Personas",
        "redacted": "Copie anonymisée : verbatims, noms et photos des personas retirés",
        "assembly": "Plan d’assemblage",
        "page": "page",
        "sheet": "Feuille {label} : rangée {row} sur {rows}, colonne {column} sur {columns}",
        "glue": "Recouvrement de {mm:.0f} mm : couper le long des repères, poser sur la voisine",
        "more": "+{n} autres",
    },
}
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FACES = ("very_negative", "negative", "neutral", "positive", "very_positive")


def words(language: str) -> dict[str, Any]:
    """The fixed texts of the PDF in the map's language (English when not French)."""
    return WORDS["fr" if speaks_french(language) else "en"]


def long_date(moment: datetime, language: str) -> str:
    """``22 November 2026`` / ``22 novembre 2026``."""
    if speaks_french(language):
        return f"{moment.day} {MONTHS_FR[moment.month - 1]} {moment.year}"
    return f"{moment.day} {moment:%B %Y}"


class PageDecor:
    """Draws the title block, legends and marks for one map."""

    def __init__(self, doc: JourneyMap, layout: Layout, fonts: PdfFonts, redacted: bool) -> None:
        self.doc, self.layout, self.fonts, self.redacted = doc, layout, fonts, redacted
        self.words = words(doc.language)
        self.wrapper = Wrapper(PdfMeasure(fonts))

    # -- helpers ---------------------------------------------------------------------------

    def _begin(self, c: Any, size: tuple[float, float]) -> MapPainter:
        c.saveState()
        c.transform(1, 0, 0, -1, 0, size[1])
        return MapPainter(c, self.fonts)

    def _wrapped(self, text: str, width: float, size: float, bold: bool, lines: int) -> list[str]:
        style = TextStyle(f"page-{size}-{bold}", size, bold)
        return self.wrapper.wrap(" ".join(text.split()), width, style, lines)[0]

    def _persona_legend(self, p: MapPainter, right: float, top: float, size: float) -> None:
        """Personas with their colour, dash pattern and marker, right-aligned from ``right``."""
        rows = 4
        column_width = 170.0
        for index, persona in enumerate(self.doc.personas):
            column, row = divmod(index, rows)
            x = right - (column + 1) * column_width
            y = top + row * (size + 7) + size
            dash, marker = persona_look(persona.dash, persona.marker, index)
            p.c.saveState()
            p.stroke(persona.colour, 2)
            if dash:
                p.c.setDash([d * 2 for d in dash])
            p.c.line(x, y - size * 0.35, x + 30, y - size * 0.35)
            p.c.restoreState()
            p.marker(marker, x + 15, y - size * 0.35, 3.5, persona.colour)
            name = self._wrapped(persona.name, column_width - 44, size, False, 1)
            p.text_line(name[0] if name else "", x + 38, y, size, False, LIGHT["text"])

    # -- title block, cover, headings --------------------------------------------------------

    def title_block(self, c: Any, size: tuple[float, float], margin: float, height: float) -> None:
        """Title, description, author, date and counts on the left; personas on the right."""
        p = self._begin(c, size)
        legend_width = 170.0 * max(1, (len(self.doc.personas) + 3) // 4)
        width = size[0] - 2 * margin - legend_width - 20
        title = self._wrapped(self.doc.title, width, 20, True, 1)
        p.text_line(title[0] if title else "", margin, margin + 20, 20, True, LIGHT["text"])
        y = margin + 20
        for line in self._wrapped(self.doc.description, width, 10, False, 2):
            y += 14
            p.text_line(line, margin, y, 10, False, LIGHT["text_muted"])
        p.text_line(self._meta(), margin, margin + height - 14, 9, False, LIGHT["text_muted"])
        self._persona_legend(p, size[0] - margin, margin, 9)
        c.restoreState()

    def _meta(self) -> str:
        parts = [self.doc.author] if self.doc.author else []
        parts.append(long_date(self.doc.modified, self.doc.language))
        parts.append(f"{len(self.doc.touchpoints)} {self.words['touchpoints']}")
        parts.append(f"{len(self.doc.phases)} {self.words['phases']}")
        return " · ".join(parts)

    def cover(self, c: Any, size: tuple[float, float], margin: float) -> float:
        """The first slide's title area; returns where the map may start (y from the top)."""
        p = self._begin(c, size)
        width = size[0] - 2 * margin
        y = margin + 34
        for line in self._wrapped(self.doc.title, width, 32, True, 2):
            p.text_line(line, margin, y, 32, True, LIGHT["text"])
            y += 38
        for line in self._wrapped(self.doc.description, width * 0.7, 13, False, 3):
            p.text_line(line, margin, y, 13, False, LIGHT["text_muted"])
            y += 18
        p.text_line(self._meta(), margin, y + 4, 11, False, LIGHT["text_muted"])
        self._persona_legend(p, size[0] - margin, y - 8 if y > 150 else margin + 60, 10)
        c.restoreState()
        return y + 24

    def heading(self, c: Any, size: tuple[float, float], margin: float, text: str) -> None:
        """A slide's heading (the phase's name)."""
        p = self._begin(c, size)
        line = self._wrapped(text, size[0] - 2 * margin, 24, True, 1)
        p.text_line(line[0] if line else "", margin, margin + 22, 24, True, LIGHT["text"])
        c.restoreState()

    # -- legends ---------------------------------------------------------------------------

    def legends(self, c: Any, size: tuple[float, float], margin: float, height: float) -> None:
        """The feeling scale and the channels used, along the bottom of the page."""
        p = self._begin(c, size)
        y = size[1] - margin - height + 14
        x = margin
        p.text_line(self.words["emotions"], x, y + 4, 8, True, LIGHT["text"])
        x += self.fonts.width(self.words["emotions"], 8, True) + 8
        for value, (face, label) in enumerate(zip(FACES, self.words["scale"], strict=True)):
            p.icon(f"faces/{face}", _square(x, y - 6, 12), LIGHT["text_muted"])
            text = f"{value - 2:+d} {label}".replace("+0", "0")
            p.text_line(text, x + 15, y + 4, 7.5, False, LIGHT["text_muted"])
            x += 15 + self.fonts.width(text, 7.5, False) + 10
        used = list(dict.fromkeys(tp.channel for tp in self.doc.touchpoints if tp.channel))
        x = margin
        y += 18
        p.text_line(self.words["channels"], x, y + 4, 8, True, LIGHT["text"])
        x += self.fonts.width(self.words["channels"], 8, True) + 8
        for shown, channel in enumerate(used):
            name = self.doc.channel_name(channel)
            needed = 15 + self.fonts.width(name, 7.5, False) + 10
            if x + needed > size[0] - margin - 60:
                more = self.words["more"].format(n=len(used) - shown)
                p.text_line(more, x, y + 4, 7.5, False, LIGHT["text_muted"])
                break
            p.icon(channel_icon(channel), _square(x, y - 6, 12), LIGHT["text_muted"])
            p.text_line(name, x + 15, y + 4, 7.5, False, LIGHT["text_muted"])
            x += needed
        c.restoreState()

    # -- tiles -----------------------------------------------------------------------------

    def tile_grid(
        self, c: Any, size: tuple[float, float], x: float, top: float, scale: float, grid: Any
    ) -> None:
        """The sheets over the small map on the assembly page, each with its label."""
        p = self._begin(c, size)
        for row in range(grid.rows):
            for column in range(grid.columns):
                left = x + column * grid.step_w * scale
                y = top + row * grid.step_h * scale
                w, h = grid.tile_w * scale, grid.tile_h * scale
                p.c.saveState()
                p.stroke(LIGHT["selection"], 0.8)
                p.c.setDash([4, 3])
                p.c.rect(left, y, w, h, stroke=1, fill=0)
                p.c.restoreState()
                label = grid.label(row, column)
                text_w = self.fonts.width(label, 11, True)
                p.rect(Rect(left + 4, y + 4, text_w + 8, 16), "#ffffffd0")
                p.text_line(label, left + 8, y + 16, 11, True, LIGHT["selection"])
        c.restoreState()

    def tile_marks(
        self,
        c: Any,
        size: tuple[float, float],
        margin: float,
        overlap: float,
        grid: Any,
        row: int,
        column: int,
    ) -> None:
        """Crop marks at the printed area's corners, the overlap strip, and the sheet's label."""
        p = self._begin(c, size)
        inner_w, inner_h = size[0] - 2 * margin, size[1] - 2 * margin
        corners = [
            (margin, margin),
            (margin + inner_w, margin),
            (margin, margin + inner_h),
            (margin + inner_w, margin + inner_h),
        ]
        for cx, cy in corners:
            dx = -1 if cx == margin else 1
            dy = -1 if cy == margin else 1
            p.line(cx + dx * 4, cy, cx + dx * 22, cy, "#000000", 0.5)
            p.line(cx, cy + dy * 4, cx, cy + dy * 22, "#000000", 0.5)
        shade = "#2f6fde14"
        if column < grid.columns - 1:
            p.rect(Rect(margin + inner_w - overlap, margin, overlap, inner_h), shade)
        if row < grid.rows - 1:
            p.rect(Rect(margin, margin + inner_h - overlap, inner_w, overlap), shade)
        label = grid.label(row, column)
        info = self.words["sheet"].format(
            label=label, row=row + 1, rows=grid.rows, column=column + 1, columns=grid.columns
        )
        p.text_line(info, margin + 26, margin - 12, 8, True, LIGHT["text"])
        glue = self.words["glue"].format(mm=overlap * 25.4 / 72)
        right = size[0] - margin - 26 - self.fonts.width(glue, 7, False)
        p.text_line(glue, right, margin - 12, 7, False, LIGHT["text_muted"])
        c.restoreState()

    # -- footer ----------------------------------------------------------------------------

    def footer(self, c: Any, page: int, size: tuple[float, float]) -> None:
        """Title and Parcours on the left, the page number on the right, a redaction note."""
        p = self._begin(c, size)
        y = size[1] - 12
        left = self._wrapped(f"{self.doc.title} — Parcours {__version__}", size[0] / 2, 7, False, 1)
        p.text_line(left[0] if left else "", 28, y, 7, False, LIGHT["text_muted"])
        number = f"{self.words['page']} {page}"
        p.text_line(
            number,
            size[0] - 28 - self.fonts.width(number, 7, False),
            y,
            7,
            False,
            LIGHT["text_muted"],
        )
        if self.redacted:
            note = self.words["redacted"]
            width = self.fonts.width(note, 7, True)
            p.text_line(note, (size[0] - width) / 2, y, 7, True, "#b42318")
        c.restoreState()


def _square(x: float, y: float, side: float) -> Rect:
    return Rect(x, y, side, side)
