"""Figures computed from a map: where people feel worst, where the friction is, what to do first.

Nothing here is stored and nothing here knows Qt: the Insights dock, ``parcours insights``
and the PDF appendix all show what :func:`insights` computes, formatted by
:func:`format_score` and :func:`format_share` so that the three show the same strings.

Conventions (also in docs/insights.md):

- *Journey order* is :meth:`JourneyMap.touchpoints_in_journey_order`: phase by phase, then
  the order of the cards inside a phase.
- A persona's scores are only those of personas of the map; scores left by a removed
  persona are ignored. An unscored touchpoint is skipped (it neither counts as 0 nor breaks
  a drop between the scored touchpoints on each side of it).
- Ties: the lowest (highest) moment lists *every* touchpoint with the minimum (maximum)
  score, in journey order. Drops of equal size keep journey order.
- Empty things give empty answers, never an error: a phase without scores averages to
  ``None``, a persona without scores has no lowest, highest or drops, a map without
  touchpoints has evidence shares of 0.
"""

import heapq
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from app.model.document import (
    PERSONA_PROFILE_FIELDS,
    Evidence,
    JourneyMap,
    Priority,
    Touchpoint,
)
from app.model.text import decimal_text, speaks_french

if TYPE_CHECKING:
    from app.model.commands import Change

DROPS_LISTED = 3
"""How many of a persona's sharpest drops are listed (the biggest first)."""
PRIORITY_RANK: dict[Priority, int] = {"high": 0, "medium": 1, "low": 2}
EVIDENCE_KINDS: tuple[Evidence, ...] = ("observed", "assumed", "proposed", "unstated")
NO_CHANNEL = {"en": "No channel", "fr": "Sans canal"}
"""The channel name of touchpoints that have none, in the map's language."""


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extreme:
    """A persona's lowest or highest score, and every touchpoint that has it (journey order)."""

    score: float
    touchpoint_ids: tuple[str, ...]


@dataclass(frozen=True)
class Drop:
    """A fall between two consecutive scored touchpoints: ``delta`` = to − from, below 0."""

    from_id: str
    to_id: str
    delta: float

    @property
    def touchpoint_ids(self) -> tuple[str, ...]:
        return (self.from_id, self.to_id)


@dataclass(frozen=True)
class PhaseAverage:
    """A persona's mean score in one phase (``None``: no score there), and where it comes from."""

    phase_id: str
    average: float | None
    touchpoint_ids: tuple[str, ...]


@dataclass(frozen=True)
class PersonaInsights:
    """How one persona's feelings go along the journey."""

    persona_id: str
    average: float | None
    """The mean over every scored touchpoint (``None`` when the persona has no score)."""
    by_phase: tuple[PhaseAverage, ...]
    """One entry per phase, in phase order."""
    lowest: Extreme | None
    highest: Extreme | None
    drops: tuple[Drop, ...]
    """At most :data:`DROPS_LISTED`, the sharpest first; equal drops in journey order."""

    @property
    def average_by_phase(self) -> dict[str, float | None]:
        """Phase id → mean score or ``None``."""
        return {entry.phase_id: entry.average for entry in self.by_phase}


@dataclass(frozen=True)
class MomentOfTruth:
    """A moment-of-truth touchpoint and each persona's score there (``None``: unscored)."""

    touchpoint_id: str
    scores: tuple[tuple[str, float | None], ...]
    """(persona id, score) in persona order."""

    @property
    def touchpoint_ids(self) -> tuple[str, ...]:
        return (self.touchpoint_id,)


@dataclass(frozen=True)
class PainPoint:
    """One pain point written on a touchpoint."""

    touchpoint_id: str
    text: str


@dataclass(frozen=True)
class PhasePainPoints:
    """The pain points of one phase, in journey order."""

    phase_id: str
    items: tuple[PainPoint, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def touchpoint_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.touchpoint_id for item in self.items))


@dataclass(frozen=True)
class RankedOpportunity:
    """An opportunity with what ranks it: its priority, then the mood where it sits."""

    text: str
    priority: Priority
    touchpoint_id: str
    mean_score: float | None
    """The mean of the personas' scores at its touchpoint (``None``: nobody scored it)."""

    @property
    def touchpoint_ids(self) -> tuple[str, ...]:
        return (self.touchpoint_id,)


@dataclass(frozen=True)
class ChannelCoverage:
    """How many touchpoints use one channel in each phase."""

    channel: str | None
    """The channel key (a built-in key or a custom channel's id); ``None``: no channel."""
    name: str
    counts: tuple[tuple[str, int], ...]
    """(phase id, number of touchpoints) for every phase, in phase order."""
    touchpoint_ids: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


@dataclass(frozen=True)
class EvidenceShare:
    """The share of touchpoints resting on one kind of evidence."""

    kind: Evidence
    count: int
    share: float
    touchpoint_ids: tuple[str, ...]


@dataclass(frozen=True)
class Insights:
    """Everything :func:`insights` finds in a map."""

    personas: tuple[PersonaInsights, ...]
    moments_of_truth: tuple[MomentOfTruth, ...]
    pain_points: tuple[PhasePainPoints, ...]
    """One entry per phase, in phase order, empty phases included."""
    opportunities: tuple[RankedOpportunity, ...]
    channels: tuple[ChannelCoverage, ...]
    """Channels in order of first use along the journey; 'no channel' last."""
    evidence: tuple[EvidenceShare, ...]
    """Observed, assumed, proposed, unstated — always the four, shares summing to 1 (or all 0)."""
    journey: "_Journey | None" = field(default=None, compare=False, repr=False)
    """What they were computed from, to bring them up to date (see :func:`update_insights`)."""

    @property
    def hot_spots(self) -> tuple[PhasePainPoints, ...]:
        """Phases with pain points, the most first (ties in phase order)."""
        found = [phase for phase in self.pain_points if phase.count]
        return tuple(sorted(found, key=lambda phase: -phase.count))


# -- computing ----------------------------------------------------------------------------


def average_emotions(doc: JourneyMap) -> dict[str, float | None]:
    """Each persona's mean score over the touchpoints where it has one (``None`` if none)."""
    totals = {p.id: [0.0, 0] for p in doc.personas}
    for tp in doc.touchpoints:
        for persona_id, score in tp.emotions.items():
            if persona_id in totals:
                totals[persona_id][0] += score
                totals[persona_id][1] += 1
    return {pid: (total / count if count else None) for pid, (total, count) in totals.items()}


def insights(doc: JourneyMap) -> Insights:
    """What the map says about where to act: see the module's docstring for the rules."""
    order = doc.touchpoints_in_journey_order()
    journey = _Journey(order, {tp.id: i for i, tp in enumerate(order)}, _scored(doc, order))
    found = {name: _SECTION[name](doc, order) for name in SECTIONS if name != "personas"}
    personas = tuple(_persona(doc, p.id, *journey.scored[p.id][1:]) for p in doc.personas)
    return Insights(personas=personas, **found, journey=journey)


def update_insights(
    found: Insights,
    doc: JourneyMap,
    sections: Iterable[str],
    rescored: Iterable[str] | None = None,
) -> Insights:
    """``found`` with the ``sections`` named (fields of :class:`Insights`) computed again.

    Equal to ``insights(doc)`` when every section that differs is named, which
    :func:`sections_changed` tells from the changes a command reported (all of
    them when the journey's order may have changed). The other sections are the
    very objects of ``found``. ``rescored``, the cards whose scores alone changed
    (see :func:`rescored_cards`), lets the personas be brought up to date from
    those cards: only the personas whose scores changed are computed again.
    """
    names = [name for name in SECTIONS if name in set(sections)]
    if not names:
        return found
    journey = found.journey
    if len(names) == len(SECTIONS) or journey is None:
        return insights(doc)  # the journey's order too may have changed
    updated: dict[str, Any] = {}
    if "personas" in names:
        if rescored is None:
            journey = replace(journey, scored=_scored(doc, journey.order))
            changed = {p.id for p in doc.personas}
        else:
            journey, changed = journey.rescored(doc, rescored)
        by_id = {p.persona_id: p for p in found.personas}
        updated["personas"] = tuple(
            by_id[p.id]
            if p.id not in changed and p.id in by_id
            else _persona(doc, p.id, *journey.scored[p.id][1:])
            for p in doc.personas
        )
    for name in names:
        if name != "personas":
            updated[name] = _SECTION[name](doc, journey.order)
    return replace(found, **updated, journey=journey)


@dataclass(frozen=True)
class _Journey:
    """The journey order and each persona's scored cards, as the figures last saw them.

    Never changed in place: an update makes a new one sharing what did not change.
    """

    order: list[Touchpoint]
    position: dict[str, int]
    """Card id → index in ``order``."""
    scored: dict[str, tuple[list[int], list[Touchpoint], list[float]]]
    """Persona id → (positions in ``order``, cards, scores) of the cards it scored."""

    def rescored(self, doc: JourneyMap, card_ids: Iterable[str]) -> tuple["_Journey", set[str]]:
        """The same journey after the scores of ``card_ids`` changed, and the personas whose
        scores did (every one when a card is unknown or a persona new)."""
        scored = dict(self.scored)
        changed: set[str] = set()
        if set(scored) != {p.id for p in doc.personas}:
            return replace(self, scored=_scored(doc, self.order)), set(scored) | {
                p.id for p in doc.personas
            }
        for card_id in card_ids:
            position = self.position.get(card_id)
            if position is None or self.order[position].id != card_id:
                return replace(self, scored=_scored(doc, self.order)), set(scored)
            card = self.order[position]
            for persona_id in list(scored):
                positions, cards, scores = scored[persona_id]
                i = bisect_left(positions, position)
                had = i < len(positions) and positions[i] == position
                score = card.emotions.get(persona_id)
                if (score is None and not had) or (had and scores[i] == score):
                    continue
                if persona_id not in changed:  # copy on first write: the old journey stays
                    positions, cards, scores = list(positions), list(cards), list(scores)
                    scored[persona_id] = (positions, cards, scores)
                    changed.add(persona_id)
                if score is None:
                    del positions[i], cards[i], scores[i]
                elif had:
                    scores[i] = score
                else:
                    positions.insert(i, position)
                    cards.insert(i, card)
                    scores.insert(i, score)
        return replace(self, scored=scored), changed


def _scored(
    doc: JourneyMap, order: list[Touchpoint]
) -> dict[str, tuple[list[int], list[Touchpoint], list[float]]]:
    """Each persona's scored cards: (positions in ``order``, cards, scores), journey order."""
    scored: dict[str, tuple[list[int], list[Touchpoint], list[float]]] = {
        p.id: ([], [], []) for p in doc.personas
    }
    for position, tp in enumerate(order):
        for persona_id, score in tp.emotions.items():
            found = scored.get(persona_id)
            if found is not None:
                found[0].append(position)
                found[1].append(tp)
                found[2].append(score)
    return scored


def rescored_cards(changes: Iterable["Change"]) -> frozenset[str]:
    """The cards whose scores ``changes`` changed (pass them to :func:`update_insights`)."""
    return frozenset(
        change.element_id
        for change in changes
        if change.collection == "touchpoints" and "emotions" in change.fields
    )


# -- what a change can change --------------------------------------------------------------

SECTIONS: tuple[str, ...] = (
    "personas",
    "moments_of_truth",
    "pain_points",
    "opportunities",
    "channels",
    "evidence",
)
"""The fields of :class:`Insights`, in the order they are shown."""
_ALL = frozenset(SECTIONS)
_NONE: frozenset[str] = frozenset()
_SCORES = frozenset({"personas", "moments_of_truth", "opportunities"})
_CARD_FIELDS: dict[str, frozenset[str]] = {
    "emotions": _SCORES,
    "moment_of_truth": frozenset({"moments_of_truth"}),
    "pain_points": frozenset({"pain_points"}),
    "opportunities": frozenset({"opportunities"}),
    "channel": frozenset({"channels"}),
    "evidence": frozenset({"evidence"}),
    # Read by no figure (a title is shown beside the figures, but computes none of them);
    # the journey order depends on the phase and the list order, not on the lane.
    **dict.fromkeys(
        (
            "title",
            "lane_id",
            "description",
            "actions",
            "motivation",
            "questions",
            "quotes",
            "metrics",
        ),
        _NONE,
    ),
}
"""Per touchpoint field: the sections an edit of it can change (a field not listed: all)."""
_ELEMENT_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    "map": {
        "language": frozenset({"channels"}),  # built-in channel names follow the map's language
        **dict.fromkeys(
            ("title", "description", "author", "created", "modified", "current_state"), _NONE
        ),
    },
    "phases": dict.fromkeys(("name", "description", "colour"), _NONE),
    "personas": dict.fromkeys(("name", "colour", "marker", "dash", *PERSONA_PROFILE_FIELDS), _NONE),
    "channels": {"name": frozenset({"channels"}), "icon": _NONE},
    "touchpoints": _CARD_FIELDS,
}
_UNREAD_COLLECTIONS = frozenset({"lanes", "metrics", "notes"})
"""Collections no figure reads, whatever happens to them."""


def sections_changed(changes: Iterable["Change"]) -> frozenset[str]:
    """The sections of :class:`Insights` (see :data:`SECTIONS`) that ``changes`` may change.

    An edit of fields no figure reads (a card's title or description, the map's
    title, a persona's name or colour, any lane, metric or sticky note) changes
    none; anything unclear (fields not reported, an element added, removed or
    moved) may change them all.
    """
    found: set[str] = set()
    for change in changes:
        if change.collection in _UNREAD_COLLECTIONS:
            continue
        if change.collection == "channels" and change.kind != "updated":
            found.add("channels")  # a channel's name is only read through the channels row
            continue
        fields = _ELEMENT_FIELDS.get(change.collection)
        if change.kind != "updated" or not change.fields or fields is None:
            return _ALL
        for name in change.fields:
            found |= fields.get(name, _ALL)
        if len(found) == len(_ALL):
            return _ALL
    return frozenset(found)


# -- the sections ------------------------------------------------------------------------


def _moments(doc: JourneyMap, order: list[Touchpoint]) -> tuple[MomentOfTruth, ...]:
    return tuple(
        MomentOfTruth(tp.id, tuple((p.id, tp.emotions.get(p.id)) for p in doc.personas))
        for tp in order
        if tp.moment_of_truth
    )


def _pain_points(doc: JourneyMap, order: list[Touchpoint]) -> tuple[PhasePainPoints, ...]:
    by_phase: dict[str, list[PainPoint]] = {phase.id: [] for phase in doc.phases}
    for tp in order:
        here = by_phase.get(tp.phase_id)
        if here is not None:
            here.extend(PainPoint(tp.id, text) for text in tp.pain_points if text.strip())
    return tuple(PhasePainPoints(phase.id, tuple(by_phase[phase.id])) for phase in doc.phases)


def _personas(doc: JourneyMap, order: list[Touchpoint]) -> tuple["PersonaInsights", ...]:
    scored = _scored(doc, order)
    return tuple(_persona(doc, p.id, *scored[p.id][1:]) for p in doc.personas)


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return sum(found) / len(found) if found else None


def _persona(
    doc: JourneyMap, persona_id: str, cards: list[Touchpoint], scores: list[float]
) -> PersonaInsights:
    """One persona's figures from its scored ``cards`` and their ``scores`` (journey order)."""
    in_phase: dict[str, tuple[list[str], list[float]]] = {p.id: ([], []) for p in doc.phases}
    for tp, score in zip(cards, scores, strict=True):
        here = in_phase.get(tp.phase_id)
        if here is not None:
            here[0].append(tp.id)
            here[1].append(score)
    by_phase = tuple(
        PhaseAverage(phase.id, _mean(in_phase[phase.id][1]), tuple(in_phase[phase.id][0]))
        for phase in doc.phases
    )
    lowest = highest = None
    if scores:
        low, high = min(scores), max(scores)
        pairs = list(zip(cards, scores, strict=True))
        lowest = Extreme(low, tuple(tp.id for tp, s in pairs if s == low))
        highest = Extreme(high, tuple(tp.id for tp, s in pairs if s == high))
    # The sharpest falls; (delta, position) pairs put equal drops in journey order.
    falls = [
        (after - before, i) for i, (before, after) in enumerate(pairwise(scores)) if after < before
    ]
    steps = tuple(
        Drop(cards[i].id, cards[i + 1].id, delta)
        for delta, i in heapq.nsmallest(DROPS_LISTED, falls)
    )
    return PersonaInsights(persona_id, _mean(scores), by_phase, lowest, highest, steps)


def _touchpoint_mean(persona_ids: list[str], tp: Touchpoint) -> float | None:
    emotions = tp.emotions
    return _mean([emotions[p] for p in persona_ids if p in emotions])


def _ranked_opportunities(
    doc: JourneyMap, order: list[Touchpoint]
) -> tuple[RankedOpportunity, ...]:
    found = []
    persona_ids = [p.id for p in doc.personas]
    for tp in order:
        if not tp.opportunities:
            continue
        mean = _touchpoint_mean(persona_ids, tp)
        for opportunity in tp.opportunities:
            found.append(RankedOpportunity(opportunity.text, opportunity.priority, tp.id, mean))

    def rank(item: RankedOpportunity) -> tuple[int, int, float]:
        unscored = item.mean_score is None
        return (PRIORITY_RANK[item.priority], unscored, item.mean_score or 0.0)

    return tuple(sorted(found, key=rank))  # stable: journey order breaks the remaining ties


def _channels(doc: JourneyMap, order: list[Touchpoint]) -> tuple[ChannelCoverage, ...]:
    keys: list[str | None] = list(
        dict.fromkeys(tp.channel for tp in order if tp.channel is not None)
    )
    if any(tp.channel is None for tp in order):
        keys.append(None)
    language = "fr" if speaks_french(doc.language) else "en"
    rows = []
    for key in keys:
        using = [tp for tp in order if tp.channel == key]
        counts = Counter(tp.phase_id for tp in using)
        rows.append(
            ChannelCoverage(
                key,
                doc.channel_name(key) if key is not None else NO_CHANNEL[language],
                tuple((phase.id, counts[phase.id]) for phase in doc.phases),
                tuple(tp.id for tp in using),
            )
        )
    return tuple(rows)


def _evidence(order: list[Touchpoint]) -> tuple[EvidenceShare, ...]:
    total = len(order)
    shares = []
    for kind in EVIDENCE_KINDS:
        ids = tuple(tp.id for tp in order if tp.evidence == kind)
        shares.append(EvidenceShare(kind, len(ids), len(ids) / total if total else 0.0, ids))
    return tuple(shares)


_SECTION: dict[str, Callable[[JourneyMap, list[Touchpoint]], tuple[Any, ...]]] = {
    "personas": _personas,
    "moments_of_truth": _moments,
    "pain_points": _pain_points,
    "opportunities": _ranked_opportunities,
    "channels": _channels,
    "evidence": lambda doc, order: _evidence(order),
}
"""How each section of :class:`Insights` is computed from the map and its journey order."""


# -- showing ------------------------------------------------------------------------------


def format_score(value: float | None) -> str:
    """A score or a difference as shown everywhere: ``+1.5``, ``-0.25``, ``0``; ``–`` for none."""
    if value is None:
        return "–"
    rounded = round(value, 2)
    if rounded == 0:
        return "0"
    text = f"{rounded:+.2f}".rstrip("0").rstrip(".")
    return text


def shown_score(value: float | None) -> str:
    """:func:`format_score` with the interface language's decimal mark (``+1,5`` in
    French): what the Insights panel and the command line show. An export writes
    :func:`format_score` as the map's language reads it."""
    return decimal_text(format_score(value))


def format_share(value: float) -> str:
    """A share as a whole percentage: ``0.875`` → ``88 %``."""
    return f"{round(value * 100)} %"


def unique_names(names: Iterable[str]) -> list[str]:
    """``names`` with repeats told apart: the second "Purchase" becomes "Purchase (2)"."""
    seen: set[str] = set()
    result = []
    counts: Counter[str] = Counter()
    for name in names:
        counts[name] += 1
        candidate = name if counts[name] == 1 else f"{name} ({counts[name]})"
        while candidate in seen:
            counts[name] += 1
            candidate = f"{name} ({counts[name]})"
        seen.add(candidate)
        result.append(candidate)
    return result


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def to_json(found: Insights, doc: JourneyMap) -> dict[str, Any]:
    """``found`` as plain JSON data, elements named as the user sees them (docs/insights.md).

    Phase and persona names that repeat get a " (2)", " (3)"... suffix, so they stay
    distinct keys; numbers are rounded to 2 decimals.
    """
    phase_names = dict(
        zip((p.id for p in doc.phases), unique_names(p.name for p in doc.phases), strict=True)
    )
    persona_names = dict(
        zip((p.id for p in doc.personas), unique_names(p.name for p in doc.personas), strict=True)
    )
    titles = {tp.id: tp.title for tp in doc.touchpoints}
    phase_ids = {tp.id: tp.phase_id for tp in doc.touchpoints}

    def extreme(value: Extreme | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            "score": _number(value.score),
            "touchpoints": [titles[i] for i in value.touchpoint_ids],
            "touchpoint_ids": list(value.touchpoint_ids),
        }

    def phase_of(touchpoint_id: str) -> str | None:
        return phase_names.get(phase_ids[touchpoint_id])

    channel_names = unique_names(row.name for row in found.channels)
    return {
        "personas": [
            {
                "name": persona_names[persona.persona_id],
                "id": persona.persona_id,
                "average": _number(persona.average),
                "average_by_phase": {
                    phase_names[entry.phase_id]: _number(entry.average)
                    for entry in persona.by_phase
                },
                "lowest": extreme(persona.lowest),
                "highest": extreme(persona.highest),
                "drops": [
                    {
                        "from": titles[drop.from_id],
                        "to": titles[drop.to_id],
                        "delta": _number(drop.delta),
                        "from_id": drop.from_id,
                        "to_id": drop.to_id,
                    }
                    for drop in persona.drops
                ],
            }
            for persona in found.personas
        ],
        "moments_of_truth": [
            {
                "touchpoint": titles[moment.touchpoint_id],
                "touchpoint_id": moment.touchpoint_id,
                "phase": phase_of(moment.touchpoint_id),
                "scores": {persona_names[pid]: _number(score) for pid, score in moment.scores},
            }
            for moment in found.moments_of_truth
        ],
        "pain_points_by_phase": {
            phase_names[phase.phase_id]: phase.count for phase in found.pain_points
        },
        "pain_points": [
            {
                "phase": phase_names[phase.phase_id],
                "touchpoint": titles[item.touchpoint_id],
                "touchpoint_id": item.touchpoint_id,
                "text": item.text,
            }
            for phase in found.pain_points
            for item in phase.items
        ],
        "opportunities": [
            {
                "text": item.text,
                "priority": item.priority,
                "touchpoint": titles[item.touchpoint_id],
                "touchpoint_id": item.touchpoint_id,
                "phase": phase_of(item.touchpoint_id),
                "mean_score": _number(item.mean_score),
            }
            for item in found.opportunities
        ],
        "channels_by_phase": {
            phase_names[phase.id]: {
                name: dict(row.counts)[phase.id]
                for name, row in zip(channel_names, found.channels, strict=True)
            }
            for phase in doc.phases
        },
        "evidence": {share.kind: _number(share.share) for share in found.evidence},
        "evidence_counts": {share.kind: share.count for share in found.evidence},
    }
