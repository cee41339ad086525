"""The PDF appendix: persona cards, a table of every touchpoint phase by phase, then insights."""

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.export.colours import LIGHT
from app.export.fonts import PdfFonts
from app.model.document import FRAMEWORK_FIELDS, JourneyMap, Persona, Touchpoint
from app.model.insights import format_score, format_share, insights
from app.model.templates import lane_name
from app.model.text import decimal_text, figure_text, speaks_french

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "personas": "Personas",
        "touchpoints": "Touchpoints by phase",
        "role": "Role",
        "age": "Age",
        "location": "Location",
        "goals": "Goals",
        "challenges": "Challenges",
        "interests": "Interests",
        "buying": "Buying behaviour",
        "channels": "Preferred channels",
        "quote": "Quote",
        "touchpoint": "Touchpoint",
        "metrics": "Metrics",
        "moment": "Moment of truth",
        "none": "No touchpoints in this phase yet.",
        "high": "high",
        "medium": "medium",
        "low": "low",
        "insights": "Insights",
        "averages": "Average emotion per phase",
        "average": "Average",
        "persona": "Persona",
        "extremes": "Lowest and highest moments",
        "lowest": "Lowest",
        "highest": "Highest",
        "drops": "Sharpest drops",
        "drop": "Drop",
        "from_to": "From → to",
        "no_drops": "No drop between two scored touchpoints.",
        "moments": "Moments of truth",
        "phase": "Phase",
        "hot_spots": "Pain-point hot spots",
        "count": "Count",
        "opportunities_ranked": "Opportunities, ranked",
        "rank": "#",
        "priority": "Priority",
        "mood": "Mood",
        "opportunity": "Opportunity",
        "coverage": "Channels by phase",
        "channel": "Channel",
        "evidence": "Evidence",
        "observed": "observed",
        "assumed": "assumed",
        "proposed": "proposed",
        "unstated": "unstated",
        "no_personas": "The map has no personas.",
        "no_scores": "No scores yet.",
        "nothing": "None yet.",
        "colon": ": ",
        "insights_note": "Scores run from -2 (very negative) to +2 (very positive); "
        "– means no score. Opportunities are ranked by priority, then by the mean "
        "score where they sit (lowest first).",
    },
    "fr": {
        "personas": "Personas",
        "touchpoints": "Points de contact par phase",
        "role": "Rôle",
        "age": "Âge",
        "location": "Lieu",
        "goals": "Objectifs",
        "challenges": "Difficultés",
        "interests": "Centres d’intérêt",
        "buying": "Comportement d’achat",
        "channels": "Canaux préférés",
        "quote": "Citation",
        "touchpoint": "Point de contact",
        "metrics": "Indicateurs",
        "moment": "Moment de vérité",
        "none": "Pas encore de point de contact dans cette phase.",
        "high": "haute",
        "medium": "moyenne",
        "low": "basse",
        "insights": "Analyses",
        "averages": "Émotion moyenne par phase",
        "average": "Moyenne",
        "persona": "Persona",
        "extremes": "Points bas et points hauts",
        "lowest": "Point bas",
        "highest": "Point haut",
        "drops": "Chutes les plus fortes",
        "drop": "Chute",
        "from_to": "De → à",
        "no_drops": "Aucune chute entre deux points notés.",
        "moments": "Moments de vérité",
        "phase": "Phase",
        "hot_spots": "Points de friction par phase",
        "count": "Nombre",
        "opportunities_ranked": "Opportunités, par ordre de priorité",
        "rank": "#",
        "priority": "Priorité",
        "mood": "Note moyenne",
        "opportunity": "Opportunité",
        "coverage": "Canaux par phase",
        "channel": "Canal",
        "evidence": "Sources",
        "observed": "observé",
        "assumed": "supposé",
        "proposed": "proposé",
        "unstated": "non précisé",
        "no_personas": "La carte n’a pas de persona.",
        "no_scores": "Pas encore de note.",
        "nothing": "Aucun pour l’instant.",
        "colon": " : ",
        "insights_note": "Les notes d’émotion vont de -2 (très négative) à +2 (très positive) ; "
        "– signifie pas de note. Les opportunités sont classées par priorité, puis par "
        "la note moyenne là où elles se trouvent (la plus basse d’abord).",
    },
}
# The touchpoint's framework fields, as on the canvas's framework lanes (description apart).
FRAMEWORK_COLUMNS = tuple(f for f in FRAMEWORK_FIELDS if f != "description")
COLUMNS = ("touchpoint", *FRAMEWORK_COLUMNS, "metrics")
CARD_GAP = 18.0
WEIGHTS = (1.35, 1.1, 1.05, 1.1, 1.1, 1.25, 1.1, 0.95)
TALL_ROW = 0.75
"""A table row taller than this share of the page may continue on the next page."""


class Bookmark(Flowable):  # type: ignore[misc]
    """An invisible flowable that puts an outline entry where it lands."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 20)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level)


class Markup:
    """Paragraph markup that switches font per run, so every character finds a font."""

    def __init__(self, fonts: PdfFonts) -> None:
        self.fonts = fonts

    def __call__(self, text: str, bold: bool = False) -> str:
        parts = []
        for line in text.split("\n"):
            runs = self.fonts.runs(line, bold)
            parts.append(
                "".join(f'<font name="{font}">{escape(chunk)}</font>' for font, chunk in runs)
            )
        return "<br/>".join(parts)

    def items(self, values: list[str]) -> str:
        return "<br/>".join(f"• {self(value)}" for value in values if value.strip())


def appendix_story(doc: JourneyMap, fonts: PdfFonts, size: tuple[float, float]) -> list[Flowable]:
    """The appendix flowables for a page of ``size`` (36 pt margins)."""
    labels = dict(LABELS["fr" if speaks_french(doc.language) else "en"])
    # The framework columns are named like the framework lanes of a new map.
    labels.update({field: lane_name(field, doc.language) for field in FRAMEWORK_COLUMNS})
    markup = Markup(fonts)
    regular, bold = fonts.face(False), fonts.face(True)
    h1 = ParagraphStyle(
        "h1",
        fontName=bold,
        fontSize=16,
        leading=20,
        spaceAfter=8,
        textColor=colors.HexColor(LIGHT["text"]),
    )
    h2 = ParagraphStyle("h2", parent=h1, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6)
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=8, leading=10.2, textColor=colors.HexColor(LIGHT["text"])
    )
    head = ParagraphStyle("head", parent=body, fontName=bold)
    width = size[0] - 72
    tall = TALL_ROW * (size[1] - 84)  # of the appendix frame's height (see pdf.py)
    story: list[Flowable] = []
    if doc.personas:
        story += [
            Bookmark("appendix-personas", labels["personas"], 0),
            Paragraph(markup(labels["personas"], True), h1),
        ]
        # Persona cards side by side, two to a row, like cards pinned on a wall.
        card_width = (width - CARD_GAP) / 2
        persona_cards = [
            _persona_card(doc, persona, labels, markup, body, head, h2, card_width)
            for persona in doc.personas
        ]
        for pair in (persona_cards[i : i + 2] for i in range(0, len(persona_cards), 2)):
            cells, card_widths = pair + [[]] * (2 - len(pair)), [card_width + CARD_GAP, card_width]
            split = _split_in_row([cells], card_widths, tall)
            row = Table([cells], colWidths=card_widths, splitInRow=split)
            row.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), CARD_GAP),
                        ("RIGHTPADDING", (1, 0), (1, -1), 0),
                        ("FONTNAME", (0, 0), (-1, -1), regular),
                    ]
                )
            )
            story += [row if split else KeepTogether(row), Spacer(1, 10)]
    story += [
        Bookmark("appendix-touchpoints", labels["touchpoints"], 0),
        Paragraph(markup(labels["touchpoints"], True), h1),
    ]
    total = sum(WEIGHTS)
    widths = [width * w / total for w in WEIGHTS]
    for phase in doc.phases:
        story += [
            Bookmark(f"appendix-{phase.id}", phase.name, 1),
            Paragraph(markup(phase.name, True), h2),
        ]
        cards = [tp for tp in doc.touchpoints_in_journey_order() if tp.phase_id == phase.id]
        if not cards:
            story.append(Paragraph(markup(labels["none"]), body))
            continue
        rows = [[Paragraph(markup(labels[c], True), head) for c in COLUMNS]]
        rows += [[Paragraph(cell, body) for cell in _row(doc, tp, labels, markup)] for tp in cards]
        split = _split_in_row(rows[1:], widths, tall)
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=split)
        table.setStyle(_TABLE_STYLE)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), regular)])  # else cells start in Helvetica
        story += [table, Spacer(1, 6)]
    story += _insights_story(doc, labels, markup, (h1, h2, body, head), width, tall)
    return story


def _split_in_row(rows: list[list[Any]], widths: list[float], tall: float) -> int:
    """Table's ``splitInRow``: 1 when a row is taller than ``tall``, else 0.

    A row that tall could never fit on a page (a 6,000-character motivation, 200
    pain points), so its table may continue it on the next pages, header
    repeated; other tables keep every row whole on one page.
    """
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            flowables = cell if isinstance(cell, list) else [cell]
            if sum(f.wrap(width - 12, 1e9)[1] for f in flowables) > tall:
                return 1
    return 0


def _table(rows: list[list[Flowable]], widths: list[float], regular: str, tall: float) -> Table:
    table = Table(
        rows, colWidths=widths, repeatRows=1, splitInRow=_split_in_row(rows, widths, tall)
    )
    table.setStyle(_TABLE_STYLE)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), regular)])
    return table


def _insights_story(
    doc: JourneyMap,
    labels: dict[str, str],
    markup: Markup,
    styles: tuple[ParagraphStyle, ...],
    width: float,
    tall: float,
) -> list[Flowable]:
    """The figures of app.model.insights, formatted as in the Insights dock and the CLI."""
    h1, h2, body, head = styles
    regular = markup.fonts.face(False)

    def table(rows: list[list[Flowable]], widths: list[float]) -> Table:
        return _table(rows, widths, regular, tall)

    found = insights(doc)
    titles = {tp.id: tp.title for tp in doc.touchpoints}
    names = {p.id: p.name for p in doc.personas}
    phases = {p.id: p.name for p in doc.phases}

    def cell(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold), head if bold else body)

    def heading(key: str) -> list[Flowable]:
        return [Paragraph(markup(labels[key], True), h2)]

    def moments(touchpoint_ids: tuple[str, ...]) -> str:
        return ", ".join(titles[i] for i in touchpoint_ids)

    def score(value: float | None) -> str:  # "+1,5" in a French map
        return decimal_text(format_score(value), doc.language)

    story: list[Flowable] = [
        PageBreak(),
        Bookmark("appendix-insights", labels["insights"], 0),
        Paragraph(markup(labels["insights"], True), h1),
        Paragraph(markup(labels["insights_note"]), body),
    ]
    story += heading("averages")
    if not found.personas:
        story.append(cell(labels["no_personas"]))
    else:
        columns = [labels["persona"], *(p.name for p in doc.phases), labels["average"]]
        first = min(width * 0.2, 160.0)
        rest = (width - first) / (len(columns) - 1)
        rows = [[cell(text, True) for text in columns]]
        rows += [
            [
                cell(names[persona.persona_id], True),
                *(cell(score(entry.average)) for entry in persona.by_phase),
                cell(score(persona.average)),
            ]
            for persona in found.personas
        ]
        story.append(table(rows, [first] + [rest] * (len(columns) - 1)))

        story += heading("extremes")
        rows = [[cell(labels[key], True) for key in ("persona", "lowest", "highest")]]
        for persona in found.personas:
            extremes = [
                cell(
                    labels["no_scores"]
                    if extreme is None
                    else f"{score(extreme.score)}  {moments(extreme.touchpoint_ids)}"
                )
                for extreme in (persona.lowest, persona.highest)
            ]
            rows.append([cell(names[persona.persona_id], True), *extremes])
        story.append(table(rows, [width * 0.2, width * 0.4, width * 0.4]))

        story += heading("drops")
        rows = [[cell(labels[key], True) for key in ("persona", "drop", "from_to")]]
        for persona in found.personas:
            rows += [
                [
                    cell(names[persona.persona_id], True),
                    cell(score(drop.delta)),
                    cell(f"{titles[drop.from_id]} → {titles[drop.to_id]}"),
                ]
                for drop in persona.drops
            ]
            if not persona.drops:
                rows.append(
                    [cell(names[persona.persona_id], True), cell(""), cell(labels["no_drops"])]
                )
        story.append(table(rows, [width * 0.2, width * 0.1, width * 0.7]))

    story += heading("moments")
    if found.moments_of_truth:
        columns = [labels["touchpoint"], labels["phase"], *(p.name for p in doc.personas)]
        rows = [[cell(text, True) for text in columns]]
        rows += [
            [
                cell(titles[moment.touchpoint_id]),
                cell(phases.get(doc.touchpoint(moment.touchpoint_id).phase_id, "")),
                *(cell(score(value)) for _, value in moment.scores),
            ]
            for moment in found.moments_of_truth
        ]
        rest = width * 0.45 / max(1, len(doc.personas))
        story.append(table(rows, [width * 0.35, width * 0.2] + [rest] * len(doc.personas)))
    else:
        story.append(cell(labels["nothing"]))

    story += heading("hot_spots")
    if found.hot_spots:
        rows = [[cell(labels[key], True) for key in ("phase", "count", "pain_points")]]
        rows += [
            [
                cell(phases[spot.phase_id], True),
                cell(str(spot.count)),
                Paragraph(
                    markup.items([f"{i.text} ({titles[i.touchpoint_id]})" for i in spot.items]),
                    body,
                ),
            ]
            for spot in found.hot_spots
        ]
        story.append(table(rows, [width * 0.2, width * 0.1, width * 0.7]))
    else:
        story.append(cell(labels["nothing"]))

    story += heading("opportunities_ranked")
    if found.opportunities:
        keys = ("rank", "priority", "opportunity", "touchpoint", "mood")
        rows = [[cell(labels[key], True) for key in keys]]
        rows += [
            [
                cell(str(rank)),
                cell(labels[item.priority]),
                cell(item.text),
                cell(titles[item.touchpoint_id]),
                cell(score(item.mean_score)),
            ]
            for rank, item in enumerate(found.opportunities, 1)
        ]
        fractions = (0.05, 0.1, 0.5, 0.27, 0.08)
        story.append(table(rows, [width * f for f in fractions]))
    else:
        story.append(cell(labels["nothing"]))

    if found.channels:
        story += heading("coverage")
        columns = [labels["channel"], *(p.name for p in doc.phases)]
        first = min(width * 0.2, 160.0)
        rest = (width - first) / max(1, len(doc.phases))
        rows = [[cell(text, True) for text in columns]]
        rows += [
            [cell(row.name, True), *(cell(str(count) if count else "") for _, count in row.counts)]
            for row in found.channels
        ]
        story.append(table(rows, [first] + [rest] * len(doc.phases)))

    story += heading("evidence")
    shares = "   ".join(
        f"{labels[share.kind]} {format_share(share.share)} ({share.count})"
        for share in found.evidence
    )
    story.append(cell(shares))
    return story


def _persona_card(
    doc: JourneyMap,
    persona: Persona,
    labels: dict[str, str],
    markup: Markup,
    body: ParagraphStyle,
    head: ParagraphStyle,
    h2: ParagraphStyle,
    width: float,
) -> list[Flowable]:
    fields = [
        (labels["role"], markup(persona.role)),
        (labels["age"], str(persona.age) if persona.age is not None else ""),
        (labels["location"], markup(persona.location)),
        (labels["quote"], markup(f"“{persona.quote}”") if persona.quote else ""),
        (labels["goals"], markup.items(persona.goals)),
        (labels["challenges"], markup.items(persona.challenges)),
        (labels["interests"], markup.items(persona.interests)),
        (labels["buying"], markup(persona.buying_behaviour)),
        (
            labels["channels"],
            markup(", ".join(doc.channel_name(c) for c in persona.preferred_channels)),
        ),
    ]
    rows = [
        [Paragraph(markup(name, True), head), Paragraph(value, body)]
        for name, value in fields
        if value
    ]
    title = ParagraphStyle("persona", parent=h2, textColor=colors.HexColor(persona.colour))
    flowables: list[Flowable] = [Paragraph(markup(persona.name, True), title)]
    if rows:
        table = Table(rows, colWidths=[width * 0.28, width * 0.72], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), markup.fonts.face(False)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(LIGHT["grid"])),
                ]
            )
        )
        flowables.append(table)
    return flowables


def _row(doc: JourneyMap, tp: Touchpoint, labels: dict[str, str], markup: Markup) -> list[str]:
    title = markup(tp.title, True)
    channel = doc.channel_name(tp.channel)
    if channel:
        title += f"<br/>{markup(channel)}"
    if tp.moment_of_truth:
        title += f"<br/>{markup('★ ' + labels['moment'])}"
    opportunities = markup.items([f"{o.text} ({labels[o.priority]})" for o in tp.opportunities])
    units = {m.id: m for m in doc.metrics}
    metrics = markup.items(
        [
            f"{units[k].name}{labels['colon']}{figure_text(v, units[k].unit, doc.language)}"
            for k, v in tp.metrics.items()
            if k in units
        ]
    )
    return [
        title,
        markup.items(tp.actions),
        markup(tp.motivation),
        markup.items(tp.questions),
        markup.items(tp.pain_points),
        opportunities,
        markup.items([f"“{q}”" for q in tp.quotes]),
        metrics,
    ]


_TABLE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LIGHT["header"])),
        (
            "ROWBACKGROUNDS",
            (0, 1),
            (-1, -1),
            [colors.white, colors.HexColor(LIGHT["band_alternate"])],
        ),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(LIGHT["grid"])),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)
