"""Current vs future state: a linked copy of a map, and what differs between two maps.

A future-state map is a copy of the current one with the *same element ids*, so
that the two can be compared element by element: a card is "the same card" in
both maps when it has the same id. :func:`diff` says what was added, removed or
changed; :func:`diff_text` and :func:`diff_to_json` say it for people and
programs (``parcours diff``). No Qt.

The map's own title, description, author, language, dates, id and link are not
compared: the differences are about the journey.
"""

import os
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, TypeVar

from app.model.document import (
    CARD_CONTENT_FIELDS,
    CurrentStateLink,
    Dash,
    JourneyMap,
    Touchpoint,
    now,
)
from app.model.ids import new_id
from app.model.text import QT_TRANSLATE_NOOP, decimal_text, translate

FUTURE_SUFFIX = {"en": " (future state)", "fr": " (état futur)"}
"""Added to the title of a future-state map, by the map's language."""

CARD_FIELDS: tuple[str, ...] = ("title", "channel", *CARD_CONTENT_FIELDS, "metrics")
"""Touchpoint fields compared as they are; ``phase``, ``lane`` and ``position`` are added."""

FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Compare", "title"),
    "channel": QT_TRANSLATE_NOOP("Compare", "channel"),
    "description": QT_TRANSLATE_NOOP("Compare", "description"),
    "actions": QT_TRANSLATE_NOOP("Compare", "actions"),
    "motivation": QT_TRANSLATE_NOOP("Compare", "motivation"),
    "questions": QT_TRANSLATE_NOOP("Compare", "questions"),
    "pain_points": QT_TRANSLATE_NOOP("Compare", "pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Compare", "opportunities"),
    "quotes": QT_TRANSLATE_NOOP("Compare", "quotes"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Compare", "moment of truth"),
    "evidence": QT_TRANSLATE_NOOP("Compare", "evidence"),
    "metrics": QT_TRANSLATE_NOOP("Compare", "metrics"),
    "phase": QT_TRANSLATE_NOOP("Compare", "phase"),
    "lane": QT_TRANSLATE_NOOP("Compare", "lane"),
    "position": QT_TRANSLATE_NOOP("Compare", "position in the journey"),
}
"""What a changed card field is called in :func:`diff_text` (English; see :func:`field_label`)."""


def field_label(field: str) -> str:
    """What a changed card field is called, in the interface language."""
    return translate("Compare", FIELD_LABELS[field])


CURRENT_DASH: Dash = "dashed"
"""How the current state's curves are drawn over the future map (the future's are solid)."""


# -- future state ---------------------------------------------------------------------


def future_state(doc: JourneyMap, current_path: str | None) -> JourneyMap:
    """A future-state copy of ``doc``: same elements and ids, a new map id and title.

    Args:
        doc: The current-state map (left unchanged).
        current_path: Where ``doc`` is saved, as the future map should record it
            (see :func:`link_path`); None when ``doc`` has no file, and then the
            copy has no link.
    """
    suffix = FUTURE_SUFFIX.get(doc.language.split("-")[0], FUTURE_SUFFIX["en"])
    copy = doc.model_copy(deep=True)
    copy.id = new_id()
    copy.title = doc.title[: 500 - len(suffix)] + suffix
    copy.created = copy.modified = now()
    copy.current_state = (
        None if current_path is None else CurrentStateLink(path=current_path, map_id=doc.id)
    )
    return copy


def comparison_maps(current: JourneyMap, future: JourneyMap) -> tuple[JourneyMap, JourneyMap]:
    """Two maps to draw one comparison: the future, and the current state's scores on it.

    Both are copies of ``future`` (same layout), with every persona's line
    solid in the first and dashed in the second; the second holds the current
    map's scores, for the touchpoints and personas the two maps share (the
    others are unscored there). Drawing
    the first map and the second map's curves over it shows both states' curves
    (cards removed from the current state have no place, so no point).
    """
    shown = future.model_copy(deep=True)
    for persona in shown.personas:
        persona.dash = "solid"
    before = {tp.id: tp for tp in current.touchpoints}
    shared = {p.id for p in current.personas}
    ghost = shown.model_copy(deep=True)
    for persona in ghost.personas:
        persona.dash = CURRENT_DASH
    for tp in ghost.touchpoints:
        old = before.get(tp.id)
        tp.emotions = {} if old is None else {k: v for k, v in old.emotions.items() if k in shared}
    return shown, ghost


def link_path(current_file: str | os.PathLike[str], future_file: str | os.PathLike[str]) -> str:
    """How a future map saved at ``future_file`` records ``current_file``.

    Relative to the future map's folder when possible (so that both files can
    move together, e.g. in git), with ``/`` separators; absolute otherwise
    (e.g. another Windows drive).
    """
    current = os.path.abspath(current_file)
    folder = os.path.dirname(os.path.abspath(future_file))
    try:
        relative = os.path.relpath(current, folder)
    except ValueError:
        return current
    return PurePosixPath(*Path(relative).parts).as_posix()


def linked_file(doc: JourneyMap, future_file: str | os.PathLike[str] | None) -> Path | None:
    """The current-state file a future map links to, resolved against its own folder."""
    if doc.current_state is None:
        return None
    linked = Path(doc.current_state.path)
    if linked.is_absolute() or future_file is None:
        return linked
    return Path(os.path.normpath(Path(future_file).resolve().parent / linked))


# -- the differences --------------------------------------------------------------------


@dataclass(frozen=True)
class Renamed:
    """An element whose name changed."""

    id: str
    before: str
    after: str


@dataclass(frozen=True)
class ListDiff:
    """Differences in one list of named elements (phases, lanes, personas, metrics)."""

    added: tuple[str, ...] = ()
    """Ids in the second map only, in its order."""
    removed: tuple[str, ...] = ()
    """Ids in the first map only, in its order."""
    renamed: tuple[Renamed, ...] = ()
    moved: tuple[str, ...] = ()
    """Ids in both maps whose place in the list changed (the fewest that explain the new order)."""

    @property
    def is_empty(self) -> bool:
        """True when the two lists hold the same elements, names and order."""
        return not (self.added or self.removed or self.renamed or self.moved)


@dataclass(frozen=True)
class CardChange:
    """A touchpoint in both maps whose fields differ (keys of :data:`FIELD_LABELS`)."""

    id: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ScoreChange:
    """A persona's feeling at a touchpoint, before and after (None: not scored)."""

    touchpoint_id: str
    persona_id: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class MapDiff:
    """Everything that differs from map ``a`` (before) to map ``b`` (after)."""

    cards_added: tuple[str, ...] = ()
    """Ids of touchpoints only in ``b``, in its journey order."""
    cards_removed: tuple[str, ...] = ()
    """Ids of touchpoints only in ``a``, in its journey order."""
    cards_changed: tuple[CardChange, ...] = ()
    """Touchpoints in both maps with different fields, in ``b``'s journey order."""
    phases: ListDiff = ListDiff()
    lanes: ListDiff = ListDiff()
    personas: ListDiff = ListDiff()
    metrics: ListDiff = ListDiff()
    scores: tuple[ScoreChange, ...] = ()
    """Score changes of touchpoints and personas present in both maps."""

    @property
    def is_empty(self) -> bool:
        """True when the two maps tell the same journey."""
        return not (
            self.cards_added
            or self.cards_removed
            or self.cards_changed
            or self.scores
            or not self.phases.is_empty
            or not self.lanes.is_empty
            or not self.personas.is_empty
            or not self.metrics.is_empty
        )


class _Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def diff(a: JourneyMap, b: JourneyMap) -> MapDiff:
    """What differs from map ``a`` (e.g. the current state) to map ``b`` (the future state).

    Elements are matched by id.
    """
    before = {tp.id: tp for tp in a.touchpoints}
    after = {tp.id: tp for tp in b.touchpoints}
    order_a = [tp.id for tp in a.touchpoints_in_journey_order()]
    order_b = [tp.id for tp in b.touchpoints_in_journey_order()]
    moved = set(_moved([i for i in order_a if i in after], [i for i in order_b if i in before]))
    changes: list[CardChange] = []
    scores: list[ScoreChange] = []
    common_personas = [p.id for p in b.personas if any(q.id == p.id for q in a.personas)]
    for tp_id in order_b:
        if tp_id not in before:
            continue
        old, new = before[tp_id], after[tp_id]
        fields = _card_fields(old, new, tp_id in moved)
        if fields:
            changes.append(CardChange(tp_id, fields))
        for persona_id in common_personas:
            was, now_ = old.emotions.get(persona_id), new.emotions.get(persona_id)
            if was != now_:
                scores.append(ScoreChange(tp_id, persona_id, was, now_))
    return MapDiff(
        cards_added=tuple(i for i in order_b if i not in before),
        cards_removed=tuple(i for i in order_a if i not in after),
        cards_changed=tuple(changes),
        phases=_list_diff(a.phases, b.phases),
        lanes=_list_diff(a.lanes, b.lanes),
        personas=_list_diff(a.personas, b.personas),
        metrics=_list_diff(a.metrics, b.metrics),
        scores=tuple(scores),
    )


def _card_fields(old: Touchpoint, new: Touchpoint, moved: bool) -> tuple[str, ...]:
    fields = [name for name in CARD_FIELDS if getattr(old, name) != getattr(new, name)]
    if old.phase_id != new.phase_id:
        fields.append("phase")
    elif moved:
        # A card that changed phase usually changes place too; "phase" says it already.
        fields.append("position")
    if old.lane_id != new.lane_id:
        fields.append("lane")
    return tuple(fields)


def _list_diff(a: Sequence[_N], b: Sequence[_N]) -> ListDiff:
    names_a = {item.id: item.name for item in a}
    names_b = {item.id: item.name for item in b}
    return ListDiff(
        added=tuple(item.id for item in b if item.id not in names_a),
        removed=tuple(item.id for item in a if item.id not in names_b),
        renamed=tuple(
            Renamed(item.id, names_a[item.id], item.name)
            for item in b
            if item.id in names_a and names_a[item.id] != item.name
        ),
        moved=_moved(
            [item.id for item in a if item.id in names_b],
            [item.id for item in b if item.id in names_a],
        ),
    )


def _moved(before: list[str], after: list[str]) -> tuple[str, ...]:
    """The elements of ``after`` outside a longest common subsequence with ``before``.

    Both lists hold the same ids, so that subsequence is the longest increasing
    run of ``after``'s places in ``before`` (found in n log n). Moving one card
    to the end then names that card only, not every card that slid one place.
    """
    if before == after:
        return ()
    rank = {item: index for index, item in enumerate(before)}
    places = [rank[item] for item in after]
    tail_places: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(places)
    for index, place in enumerate(places):
        length = bisect_left(tail_places, place)
        if length == len(tail_places):
            tail_places.append(place)
            tail_index.append(index)
        else:
            tail_places[length] = place
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    kept: set[str] = set()
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        kept.add(after[index])
        index = previous[index]
    return tuple(item for item in after if item not in kept)


# -- saying it ----------------------------------------------------------------------------


def _card_place(doc: JourneyMap, tp: Touchpoint) -> tuple[str, str]:
    return _name_or_id(doc.phase, tp.phase_id), _name_or_id(doc.lane, tp.lane_id)


def _name_or_id(find: Callable[[str], Any], element_id: str) -> str:
    try:
        return str(find(element_id).name)
    except KeyError:
        return element_id


def _score(value: float | None) -> str:
    return translate("Compare", "unscored") if value is None else decimal_text(f"{value:+.1f}")


def diff_to_json(d: MapDiff, a: JourneyMap, b: JourneyMap) -> dict[str, Any]:
    """The differences as JSON-ready data, with titles and names next to the ids.

    Keys: ``equal``, ``before`` and ``after`` (``{id, title}`` of each map),
    ``cards`` (``added``, ``removed``: ``{id, title, phase, lane}``; ``changed``:
    ``{id, title, title_before, fields}``), ``phases``, ``lanes``, ``personas``,
    ``metrics`` (each ``added``/``removed``/``moved``: ``{id, name}``; ``renamed``:
    ``{id, before, after}``) and ``scores`` (``{touchpoint_id, touchpoint,
    persona_id, persona, before, after}``, null for unscored).
    """

    def card(doc: JourneyMap, tp_id: str) -> dict[str, Any]:
        tp = doc.touchpoint(tp_id)
        phase, lane = _card_place(doc, tp)
        return {"id": tp.id, "title": tp.title, "phase": phase, "lane": lane}

    def names(items: Sequence[_Named], ids: tuple[str, ...]) -> list[dict[str, str]]:
        by_id = {item.id: item.name for item in items}
        return [{"id": i, "name": by_id[i]} for i in ids]

    def listed(diff_: ListDiff, items_a: Sequence[_Named], items_b: Sequence[_Named]) -> Any:
        return {
            "added": names(items_b, diff_.added),
            "removed": names(items_a, diff_.removed),
            "renamed": [{"id": r.id, "before": r.before, "after": r.after} for r in diff_.renamed],
            "moved": names(items_b, diff_.moved),
        }

    return {
        "equal": d.is_empty,
        "before": {"id": a.id, "title": a.title},
        "after": {"id": b.id, "title": b.title},
        "cards": {
            "added": [card(b, i) for i in d.cards_added],
            "removed": [card(a, i) for i in d.cards_removed],
            "changed": [
                {
                    "id": c.id,
                    "title": b.touchpoint(c.id).title,
                    "title_before": a.touchpoint(c.id).title,
                    "fields": list(c.fields),
                }
                for c in d.cards_changed
            ],
        },
        "phases": listed(d.phases, a.phases, b.phases),
        "lanes": listed(d.lanes, a.lanes, b.lanes),
        "personas": listed(d.personas, a.personas, b.personas),
        "metrics": listed(d.metrics, a.metrics, b.metrics),
        "scores": [
            {
                "touchpoint_id": s.touchpoint_id,
                "touchpoint": b.touchpoint(s.touchpoint_id).title,
                "persona_id": s.persona_id,
                "persona": b.persona(s.persona_id).name,
                "before": s.before,
                "after": s.after,
            }
            for s in d.scores
        ],
    }


@dataclass(frozen=True)
class Difference:
    """One difference as a line a person reads, with the card it is about (if any).

    ``kind`` is ``added``, ``removed``, ``changed`` (a card), ``score``, or
    ``structure`` (a phase, lane, persona or metric).
    """

    text: str
    kind: str
    touchpoint_id: str | None = None


def differences(d: MapDiff, a: JourneyMap, b: JourneyMap) -> list[Difference]:
    """Every difference, one line each, in the order of :func:`diff_text`."""
    found: list[Difference] = []
    for sentences, list_diff, items_a, items_b in (
        (_PHASE_LINES, d.phases, a.phases, b.phases),
        (_LANE_LINES, d.lanes, a.lanes, b.lanes),
        (_PERSONA_LINES, d.personas, a.personas, b.personas),
        (_METRIC_LINES, d.metrics, a.metrics, b.metrics),
    ):
        found += [
            Difference(line, "structure")
            for line in _list_lines(sentences, list_diff, items_a, items_b)
        ]
    cards_a, cards_b = a.touchpoints_by_id(), b.touchpoints_by_id()
    for tp_id in d.cards_added:
        tp = cards_b[tp_id]
        phase, lane = _card_place(b, tp)
        text = translate("Compare", "+ card “{title}” in {phase} / {lane}")
        found.append(
            Difference(text.format(title=tp.title, phase=phase, lane=lane), "added", tp_id)
        )
    for tp_id in d.cards_removed:
        tp = cards_a[tp_id]
        phase, lane = _card_place(a, tp)
        text = translate("Compare", "- card “{title}” from {phase} / {lane}")
        found.append(
            Difference(text.format(title=tp.title, phase=phase, lane=lane), "removed", tp_id)
        )
    for change in d.cards_changed:
        title, was = cards_b[change.id].title, cards_a[change.id].title
        fields = ", ".join(field_label(f) for f in change.fields)
        if was != title:
            text = translate("Compare", "~ card “{title}” (was “{was}”): {fields}")
        else:
            text = translate("Compare", "~ card “{title}”: {fields}")
        found.append(
            Difference(text.format(title=title, was=was, fields=fields), "changed", change.id)
        )
    for score in d.scores:
        persona = b.persona(score.persona_id).name
        title = cards_b[score.touchpoint_id].title
        text = translate("Compare", "{persona} at “{title}”: {before} → {after}").format(
            persona=persona, title=title, before=_score(score.before), after=_score(score.after)
        )
        found.append(Difference(text, "score", score.touchpoint_id))
    return found


# Added, removed, renamed, moved: the lines of one kind of element (phase, lane, ...).
_PHASE_LINES = (
    QT_TRANSLATE_NOOP("Compare", "+ phase “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "- phase “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "~ phase “{before}” renamed “{after}”"),
    QT_TRANSLATE_NOOP("Compare", "~ phase “{name}” moved"),
)
_LANE_LINES = (
    QT_TRANSLATE_NOOP("Compare", "+ lane “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "- lane “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "~ lane “{before}” renamed “{after}”"),
    QT_TRANSLATE_NOOP("Compare", "~ lane “{name}” moved"),
)
_PERSONA_LINES = (
    QT_TRANSLATE_NOOP("Compare", "+ persona “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "- persona “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "~ persona “{before}” renamed “{after}”"),
    QT_TRANSLATE_NOOP("Compare", "~ persona “{name}” moved"),
)
_METRIC_LINES = (
    QT_TRANSLATE_NOOP("Compare", "+ metric “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "- metric “{name}”"),
    QT_TRANSLATE_NOOP("Compare", "~ metric “{before}” renamed “{after}”"),
    QT_TRANSLATE_NOOP("Compare", "~ metric “{name}” moved"),
)


def _list_lines(
    sentences: tuple[str, str, str, str],
    list_diff: ListDiff,
    items_a: Sequence[_Named],
    items_b: Sequence[_Named],
) -> list[str]:
    added, removed, renamed, moved = (translate("Compare", text) for text in sentences)
    name_a = {item.id: item.name for item in items_a}
    name_b = {item.id: item.name for item in items_b}
    lines = [added.format(name=name_b[i]) for i in list_diff.added]
    lines += [removed.format(name=name_a[i]) for i in list_diff.removed]
    lines += [renamed.format(before=r.before, after=r.after) for r in list_diff.renamed]
    lines += [moved.format(name=name_b[i]) for i in list_diff.moved]
    return lines


def diff_text(d: MapDiff, a: JourneyMap, b: JourneyMap) -> str:
    """The differences as lines a person reads, or ``No differences.``.

    ``+`` added, ``-`` removed, ``~`` changed (with the fields that changed),
    then one line per score change: ``Léa Moreau at “Card declined”: -2.0 → +0.5``.
    """
    lines = [difference.text for difference in differences(d, a, b)]
    return "\n".join(lines) if lines else translate("Compare", "No differences.")
