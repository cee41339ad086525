"""The PDF appendix: persona cards, then a table of every touchpoint, phase by phase."""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.export.colours import LIGHT
from app.export.fonts import PdfFonts
from app.model.document import FRAMEWORK_FIELDS, JourneyMap, Persona, Touchpoint
from app.model.templates import lane_name

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
        "metrics": "Mesures",
        "moment": "Moment de vérité",
        "none": "Pas encore de point de contact dans cette phase.",
        "high": "haute",
        "medium": "moyenne",
        "low": "basse",
    },
}
# The touchpoint's framework fields, as on the canvas's framework lanes (description apart).
FRAMEWORK_COLUMNS = tuple(f for f in FRAMEWORK_FIELDS if f != "description")
COLUMNS = ("touchpoint", *FRAMEWORK_COLUMNS, "metrics")
CARD_GAP = 18.0
WEIGHTS = (1.35, 1.1, 1.05, 1.1, 1.1, 1.25, 1.1, 0.95)


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
    labels = dict(LABELS["fr" if doc.language.startswith("fr") else "en"])
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
            row = Table(
                [pair + [[]] * (2 - len(pair))], colWidths=[card_width + CARD_GAP, card_width]
            )
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
            story += [KeepTogether(row), Spacer(1, 10)]
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
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(_TABLE_STYLE)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), regular)])  # else cells start in Helvetica
        story += [table, Spacer(1, 6)]
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
        table = Table(rows, colWidths=[width * 0.28, width * 0.72])
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
            f"{units[k].name}: {_number(v)}{units[k].unit}"
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


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


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
