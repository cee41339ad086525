"""Cards on the clipboard: what copying carries, and the commands pasting makes.

Copied cards travel by name rather than by id (their phase, lane, custom
channel, personas' scores, metrics), so they can be pasted into another map
or another running Parcours. Pasting is one undo step; what cannot be carried
over (a score for a persona the map does not have) is reported in notes.
No Qt here: the editor puts :func:`copy_payload` and :func:`cards_csv` on the
system clipboard.
"""

import csv
import html
import io
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.model import commands as cmd
from app.model.channels import BUILTIN_BY_KEY, fold
from app.model.csvio import read_pasted_rows, write_csv_rows
from app.model.document import (
    CARD_CONTENT_FIELDS,
    CustomChannel,
    Evidence,
    JourneyMap,
    Lane,
    Metric,
    Opportunity,
    Touchpoint,
)
from app.model.errors import InputError, problems_from_pydantic
from app.model.palette import LANE_COLOURS
from app.model.text import QT_TRANSLATE_NOOP, plural, translate

FORMAT: Literal["parcours-cards"] = "parcours-cards"
VERSION: Literal[1] = 1
PASTED_ROWS = "Pasted rows"
"""The source named in the problems of pasted spreadsheet rows."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CopiedChannel(_Strict):
    """A card's channel: a built-in ``key``, or a custom channel's ``name`` and icon.

    ``key`` may also be a custom channel's id, used when that channel is in the map.
    """

    key: str | None = None
    name: str = ""
    icon: str | None = None


class CopiedMetric(_Strict):
    """One metric value, with the metric's name and unit."""

    name: str
    unit: str = ""
    value: float


class CopiedCard(_Strict):
    """A card as copied: its fields, and everything it refers to by name."""

    title: str
    description: str = ""
    actions: list[str] = Field(default_factory=list)
    motivation: str = ""
    questions: list[str] = Field(default_factory=list)
    pain_points: list[str] = Field(default_factory=list)
    opportunities: list[Opportunity] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)
    moment_of_truth: bool = False
    evidence: Evidence = "unstated"
    phase: str = ""
    lane: str = ""
    channel: CopiedChannel | None = None
    scores: dict[str, float] = Field(default_factory=dict)
    """Feelings keyed by persona name."""
    metrics: list[CopiedMetric] = Field(default_factory=list)


class CardsPayload(_Strict):
    """What goes on the clipboard under Parcours's own MIME type (as JSON)."""

    format: Literal["parcours-cards"] = FORMAT
    version: Literal[1] = VERSION
    language: str = "en"
    cards: list[CopiedCard]


_CARD_FIELDS = ("title", *CARD_CONTENT_FIELDS)


# -- copying -----------------------------------------------------------------------


def _ordered(doc: JourneyMap, ids: list[str]) -> list[Touchpoint]:
    wanted = set(ids)
    return [tp for tp in doc.touchpoints_in_journey_order() if tp.id in wanted]


def _copied_channel(doc: JourneyMap, channel: str | None) -> CopiedChannel | None:
    if channel is None:
        return None
    if channel in BUILTIN_BY_KEY:
        return CopiedChannel(key=channel, name=doc.channel_name(channel))
    custom = next((c for c in doc.channels if c.id == channel), None)
    if custom is None:
        return None
    return CopiedChannel(name=custom.name, icon=custom.icon)


def copy_payload(doc: JourneyMap, ids: list[str]) -> dict[str, Any]:
    """The cards ``ids`` of ``doc`` (in journey order) as a JSON-able dict."""
    phases = {p.id: p.name for p in doc.phases}
    lanes = {lane.id: lane.name for lane in doc.lanes}
    personas = {p.id: p.name for p in doc.personas}
    metrics = {m.id: m for m in doc.metrics}
    cards = []
    for tp in _ordered(doc, ids):
        cards.append(
            CopiedCard(
                **{name: getattr(tp, name) for name in _CARD_FIELDS},
                phase=phases.get(tp.phase_id, ""),
                lane=lanes.get(tp.lane_id, ""),
                channel=_copied_channel(doc, tp.channel),
                scores={personas[k]: v for k, v in tp.emotions.items() if k in personas},
                metrics=[
                    CopiedMetric(name=metrics[k].name, unit=metrics[k].unit, value=v)
                    for k, v in tp.metrics.items()
                    if k in metrics
                ],
            )
        )
    return CardsPayload(language=doc.language, cards=cards).model_dump(mode="json")


def cards_csv(doc: JourneyMap, ids: list[str]) -> str:
    """The cards ``ids`` as CSV text following the CSV contract (header + one row per card)."""
    return write_csv_rows(doc, ids)


def cards_html(doc: JourneyMap, ids: list[str]) -> str:
    """The same rows as :func:`cards_csv` as an HTML table, which spreadsheets paste as cells.

    Line breaks inside a cell stay inside it (Excel needs its ``mso-data-placement`` hint).
    """
    rows = list(csv.reader(io.StringIO(cards_csv(doc, ids), newline="")))
    br = '<br style="mso-data-placement:same-cell">'

    def cell(tag: str, text: str) -> str:
        return f"<{tag}>{br.join(html.escape(line) for line in text.splitlines())}</{tag}>"

    lines = ["<table>"]
    for number, row in enumerate(rows):
        tag = "th" if number == 0 else "td"
        lines.append("<tr>" + "".join(cell(tag, text) for text in row) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def read_payload(data: Any) -> CardsPayload:
    """Check a payload read from the clipboard (it may come from another program).

    Raises:
        InputError: It is not a Parcours card payload this version understands.
    """
    try:
        return CardsPayload.model_validate(data)
    except ValidationError as error:
        raise InputError("clipboard", problems_from_pydantic(error.errors())) from None


# -- pasting -----------------------------------------------------------------------


def _count(n: int) -> str:
    return plural(
        "Clipboard",
        n,
        QT_TRANSLATE_NOOP("Clipboard", "{n} card"),
        QT_TRANSLATE_NOOP("Clipboard", "{n} cards"),
    )


def _names(names: list[str]) -> str:
    """“A”, “A” and “B”, “A”, “B” and “C”."""
    quoted = [translate("Clipboard", "“{name}”").format(name=name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return translate("Clipboard", "{names} and {last}").format(
        names=", ".join(quoted[:-1]), last=quoted[-1]
    )


def _by_name(names: list[tuple[str, str]], name: str) -> str | None:
    """The id of the first (id, name) pair whose name matches ``name`` (see ``fold``)."""
    key = fold(name)
    return next((element_id for element_id, other in names if fold(other) == key), None)


class _Paste:
    """Builds the commands of one paste on a scratch copy of the map, in order."""

    def __init__(self, doc: JourneyMap) -> None:
        self.scratch = doc.model_copy(deep=True)
        self.steps: list[cmd.Command] = []
        self.notes: list[str] = []
        self.new_metrics: list[str] = []
        self.added: list[str] = []

    def run(self, command: cmd.Command) -> None:
        command.apply(self.scratch)
        self.steps.append(command)

    def channel(self, copied: CopiedChannel | None) -> str | None:
        if copied is None:
            return None
        if copied.key in BUILTIN_BY_KEY:
            return copied.key
        if copied.key is not None and any(c.id == copied.key for c in self.scratch.channels):
            return copied.key  # a custom channel of this very map
        if not copied.name.strip():
            return None
        found = _by_name([(c.id, c.name) for c in self.scratch.channels], copied.name)
        if found is not None:
            return found
        try:
            channel = CustomChannel(name=copied.name, icon=copied.icon)
        except ValidationError:
            channel = CustomChannel(name=copied.name[:500])
        self.run(cmd.AddElement("channels", channel))
        return channel.id

    def metric(self, copied: CopiedMetric) -> str:
        found = _by_name([(m.id, m.name) for m in self.scratch.metrics], copied.name)
        if found is not None:
            return found
        metric = Metric(name=copied.name, unit=copied.unit)
        lane = Lane(
            kind="metric", name=metric.name, metric_id=metric.id, colour=LANE_COLOURS["metric"]
        )
        self.run(cmd.AddElement("metrics", metric))
        self.run(cmd.AddElement("lanes", lane))
        self.new_metrics.append(metric.name)
        return metric.id

    def scores(self, scores: dict[str, float], missing: set[str]) -> dict[str, float]:
        named = [(p.id, p.name) for p in self.scratch.personas]
        result = {}
        for name, value in scores.items():
            persona_id = _by_name(named, name)
            if persona_id is None:
                missing.add(name)
            else:
                result[persona_id] = value
        return result


def _card_lanes(doc: JourneyMap) -> list[Lane]:
    return [lane for lane in doc.lanes if lane.kind == "touchpoints"]


def _default_cell(doc: JourneyMap) -> tuple[str, str]:
    lanes = _card_lanes(doc)
    if not doc.phases or not lanes:
        raise InputError(
            None,
            translate(
                "Clipboard", "this map needs a phase and a card lane before cards can be pasted"
            ),
        )
    return doc.phases[0].id, lanes[0].id


def paste_commands(
    doc: JourneyMap,
    payload: Any,
    phase_id: str | None = None,
    lane_id: str | None = None,
    before_id: str | None = None,
) -> tuple[cmd.Transaction, list[str], list[str]]:
    """The one undo step that pastes ``payload``'s cards into ``doc``.

    With ``phase_id`` and ``lane_id`` every card goes to that cell, before card
    ``before_id`` (or at the phase's end). Without them each card goes to the
    phase and lane of its own name (matched ignoring case and accents), else
    the first phase and the first card lane.

    Cards get fresh ids. Custom channels and metrics missing from ``doc`` are
    added (matched by name); scores go to the personas of the same name, and
    scores of personas ``doc`` lacks are dropped with a note.

    Returns:
        The transaction, notes for the user, and the ids of the new cards.

    Raises:
        InputError: ``payload`` is not a card payload, or ``doc`` has no cell for cards.
    """
    checked = payload if isinstance(payload, CardsPayload) else read_payload(payload)
    if phase_id is not None and lane_id is not None:
        if doc.lane(lane_id).kind != "touchpoints":
            raise InputError(
                None, translate("Clipboard", "cards can only be pasted into a card lane")
            )
        return _paste(doc, checked, lambda _: (phase_id, lane_id, before_id))
    first_phase, first_lane = _default_cell(doc)
    return _paste(doc, checked, _by_names(doc, first_phase, first_lane, None))


def paste_csv(
    doc: JourneyMap,
    text: str,
    phase_id: str | None = None,
    lane_id: str | None = None,
    before_id: str | None = None,
) -> tuple[cmd.Transaction, list[str], list[str]]:
    """The one undo step that pastes spreadsheet rows (CSV or tab-separated text) as cards.

    Rows follow the CSV contract (docs/csv.md). A row naming a phase or card
    lane of ``doc`` goes there; other rows, rows without a lane and all rows
    when there is no ``phase`` column go to the cell ``phase_id``/``lane_id``,
    before card ``before_id`` (without them, the first phase and the first card
    lane). Text whose first row is not a header pastes one
    card per row, titled by its first cell. Personas, metrics and channels are
    matched by name as in :func:`paste_commands`.

    Returns:
        The transaction, notes for the user, and the ids of the new cards.

    Raises:
        InputError: Problems in the rows, each with its line and column, as CSV import says
            them, or ``doc`` has no cell for cards.
    """
    if phase_id is None or lane_id is None:
        phase_id, lane_id = _default_cell(doc)
    if doc.lane(lane_id).kind != "touchpoints":
        raise InputError(None, translate("Clipboard", "cards can only be pasted into a card lane"))
    phase_name, lane_name = doc.phase(phase_id).name, doc.lane(lane_id).name
    imported = read_pasted_rows(text, PASTED_ROWS, phase=phase_name, lane=lane_name)
    journey = imported.journey
    payload = read_payload(copy_payload(journey, [tp.id for tp in journey.touchpoints]))
    transaction, notes, added = _paste(doc, payload, _by_names(doc, phase_id, lane_id, before_id))
    return transaction, imported.notes + notes, added


Placement = Callable[[CopiedCard], tuple[str, str, str | None]]


def _by_names(doc: JourneyMap, phase_id: str, lane_id: str, before_id: str | None) -> Placement:
    """Each card to the phase and lane of its names, else to ``phase_id``/``lane_id``."""
    phases = [(p.id, p.name) for p in doc.phases]
    lanes = [(lane.id, lane.name) for lane in _card_lanes(doc)]

    def place(card: CopiedCard) -> tuple[str, str, str | None]:
        phase = _by_name(phases, card.phase) or phase_id
        lane = _by_name(lanes, card.lane) or lane_id
        return phase, lane, before_id if (phase, lane) == (phase_id, lane_id) else None

    return place


def _paste(
    doc: JourneyMap, payload: CardsPayload, place: Placement
) -> tuple[cmd.Transaction, list[str], list[str]]:
    if not payload.cards:
        raise InputError("clipboard", translate("Clipboard", "there are no cards to paste"))
    paste = _Paste(doc)
    missing: set[str] = set()
    for card in payload.cards:
        phase, lane, before = place(card)
        try:
            touchpoint = Touchpoint(
                phase_id=phase,
                lane_id=lane,
                channel=paste.channel(card.channel),
                **{name: getattr(card, name) for name in _CARD_FIELDS},
                emotions=paste.scores(card.scores, missing),
                metrics={paste.metric(m): m.value for m in card.metrics},
            )
        except ValidationError as error:
            raise InputError("clipboard", problems_from_pydantic(error.errors())) from None
        paste.run(cmd.add_touchpoint(paste.scratch, touchpoint, before))
        paste.added.append(touchpoint.id)
    if paste.new_metrics:
        if len(paste.new_metrics) == 1:
            added = translate("Clipboard", "Added the metric {names} to this map.")
        else:
            added = translate("Clipboard", "Added the metrics {names} to this map.")
        paste.notes.append(added.format(names=_names(paste.new_metrics)))
    if missing:
        if len(missing) == 1:
            left_out = translate(
                "Clipboard", "Left out the scores of {names}: this map has no persona of that name."
            )
        else:
            left_out = translate(
                "Clipboard",
                "Left out the scores of {names}: this map has no persona of those names.",
            )
        paste.notes.append(left_out.format(names=_names(sorted(missing))))
    label = translate("Clipboard", "Paste {cards}").format(cards=_count(len(paste.added)))
    return (
        cmd.Transaction(label, paste.steps),
        paste.notes,
        paste.added,
    )


# -- a channel dropped on a card lane ---------------------------------------------


def channel_card(
    doc: JourneyMap,
    channel: CopiedChannel,
    phase_id: str,
    lane_id: str,
    before_id: str | None = None,
) -> tuple[cmd.Transaction, str]:
    """A new card with ``channel``, titled after it, in a cell of a card lane (one undo step).

    A custom channel is found by name, or added when ``doc`` lacks it (a
    channel dragged from another window's palette).

    Returns:
        The transaction and the new card's id.
    """
    if doc.lane(lane_id).kind != "touchpoints":
        raise InputError(None, translate("Clipboard", "cards can only be placed in a card lane"))
    paste = _Paste(doc)
    key = paste.channel(channel)
    title = paste.scratch.channel_name(key) or channel.name or "New touchpoint"
    touchpoint = Touchpoint(phase_id=phase_id, lane_id=lane_id, title=title, channel=key)
    lane_name = doc.lane(lane_id).name
    paste.run(cmd.add_touchpoint(paste.scratch, touchpoint, before_id, lane_name))
    label = translate("Clipboard", "Add card “{title}” in “{lane}”").format(
        title=title, lane=lane_name
    )
    return cmd.Transaction(label, paste.steps), touchpoint.id
