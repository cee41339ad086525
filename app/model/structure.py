"""Edits to a map's structure: phases, lanes and personas, each one undo step (no Qt).

Built from the primitives of :mod:`app.model.commands`. Every function returns
one command with a label a user can read in Edit > Undo, and refuses edits the
file would not accept (a second emotion lane, two personas with one name, a
card lane turned into something else while it still holds cards) with a
``ValueError`` whose text is a sentence to show as is.
"""

from collections.abc import Sequence
from typing import Literal

from app.model import commands as cmd
from app.model.commands import (
    AddElement,
    Collection,
    Command,
    RemoveElement,
    Reorder,
    SetFields,
    Transaction,
)
from app.model.commands import index_of as index_of  # re-exported: the panels and menus use it
from app.model.document import (
    FRAMEWORK_FIELDS,
    FrameworkField,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Phase,
    Touchpoint,
)
from app.model.ids import new_id
from app.model.palette import (
    LANE_COLOURS,
    PERSONA_COLOURS,
    PHASE_COLOURS,
    persona_colour,
    phase_colour,
)
from app.model.templates import lane_name
from app.model.text import QT_TRANSLATE_NOOP, plural, translate

PhaseCards = Literal["delete", "previous", "next"]
"""What becomes of a deleted phase's cards: deleted, or moved to a neighbouring phase."""
LaneCards = Literal["delete", "above", "below"]
"""What becomes of a deleted card lane's cards: deleted, or moved to the nearest card lane."""


def _cards(n: int) -> str:
    return plural(
        "Structure",
        n,
        QT_TRANSLATE_NOOP("Structure", "{n} card"),
        QT_TRANSLATE_NOOP("Structure", "{n} cards"),
    )


def _scores(n: int) -> str:
    return plural(
        "Structure",
        n,
        QT_TRANSLATE_NOOP("Structure", "{n} emotion score"),
        QT_TRANSLATE_NOOP("Structure", "{n} emotion scores"),
    )


def _free_name(stem: str, taken: Sequence[str], first: int | None = None) -> str:
    """``stem`` (or ``stem N`` from ``first`` on) not in ``taken``, compared case-insensitively."""
    used = {name.casefold() for name in taken}
    if first is None:
        if stem.casefold() not in used:
            return stem
        first = 2
    n = first
    while f"{stem} {n}".casefold() in used:
        n += 1
    return f"{stem} {n}"


def _free_colour(palette: Sequence[str], used: Sequence[str], fallback: str) -> str:
    taken = {colour.lower() for colour in used}
    return next((colour for colour in palette if colour not in taken), fallback)


# -- phases --------------------------------------------------------------------------------


def new_phase(doc: JourneyMap, index: int, name: str | None = None) -> AddElement:
    """A new phase at ``index`` ("Phase N" unless named), in a colour no phase uses yet."""
    taken = [p.name for p in doc.phases]
    name = name or _free_name("Phase", taken, len(doc.phases) + 1)
    colour = _free_colour(
        PHASE_COLOURS, [p.colour for p in doc.phases], phase_colour(len(doc.phases))
    )
    phase = Phase(name=name, colour=colour)
    label = translate("Structure", "Add phase '{name}'").format(name=phase.name)
    return AddElement("phases", phase, index, label)


def phase_cards(doc: JourneyMap, phase_id: str) -> list[Touchpoint]:
    """The cards in a phase, in journey order."""
    return [tp for tp in doc.touchpoints_in_journey_order() if tp.phase_id == phase_id]


def phase_neighbour(
    doc: JourneyMap, phase_id: str, side: Literal["previous", "next"]
) -> Phase | None:
    """The phase just before or after ``phase_id``, or None at that end of the map."""
    index = index_of(doc.phases, phase_id)
    other = index - 1 if side == "previous" else index + 1
    return doc.phases[other] if 0 <= other < len(doc.phases) else None


def delete_phase(doc: JourneyMap, phase_id: str, cards: PhaseCards = "delete") -> Transaction:
    """Delete a phase; its cards are deleted, or moved to the phase before or after it.

    Moved cards keep their order and their lanes: at the end of the previous
    phase, or at the start of the next one. Raises ``ValueError`` when there
    is no phase on the side asked for.
    """
    phase = doc.phase(phase_id)
    inside = phase_cards(doc, phase_id)
    if not inside or cards == "delete":
        if inside:
            label = translate("Structure", "Delete phase '{name}' and its {cards}").format(
                name=phase.name, cards=_cards(len(inside))
            )
        else:
            label = translate("Structure", "Delete phase '{name}'").format(name=phase.name)
        removal = cmd.remove(doc, "phases", phase_id)
        return Transaction(label, removal.commands)
    target = phase_neighbour(doc, phase_id, cards)
    if target is None:
        if cards == "previous":
            message = translate(
                "Structure", "There is no phase before “{name}” to move its {cards} to."
            )
        else:
            message = translate(
                "Structure", "There is no phase after “{name}” to move its {cards} to."
            )
        raise ValueError(message.format(name=phase.name, cards=_cards(len(inside))))
    moving = [tp.id for tp in inside]
    steps: list[Command] = [
        SetFields("touchpoints", tid, {"phase_id": target.id}, doc) for tid in moving
    ]
    current = [tp.id for tp in doc.touchpoints]
    going = set(moving)  # made once, and each card's phase read once: a map may hold 10,000
    phase_of = {tp.id: tp.phase_id for tp in doc.touchpoints}
    others = [tid for tid in current if tid not in going]
    theirs = [i for i, tid in enumerate(others) if phase_of[tid] == target.id]
    if theirs:
        at = theirs[-1] + 1 if cards == "previous" else theirs[0]
    else:
        # Alone in the target phase: where they are is already the right order.
        at = sum(1 for tid in current[: current.index(moving[0])] if tid not in going)
    final = others[:at] + moving + others[at:]
    if final != current:
        steps.append(Reorder("touchpoints", final))
    steps.append(RemoveElement("phases", phase_id))
    label = translate(
        "Structure", "Delete phase '{name}' and move its {cards} to '{target}'"
    ).format(name=phase.name, cards=_cards(len(inside)), target=target.name)
    return Transaction(label, steps)


# -- lanes ---------------------------------------------------------------------------------


def lane_cards(doc: JourneyMap, lane_id: str) -> list[Touchpoint]:
    """The cards in a lane, in journey order."""
    return [tp for tp in doc.touchpoints_in_journey_order() if tp.lane_id == lane_id]


def emotion_lane(doc: JourneyMap) -> Lane | None:
    """The map's emotion lane (a map has at most one), or None."""
    return next((lane for lane in doc.lanes if lane.kind == "emotion"), None)


def lane_neighbour(doc: JourneyMap, lane_id: str, side: Literal["above", "below"]) -> Lane | None:
    """The nearest card lane above or below ``lane_id``, or None."""
    index = index_of(doc.lanes, lane_id)
    candidates = doc.lanes[:index][::-1] if side == "above" else doc.lanes[index + 1 :]
    return next((lane for lane in candidates if lane.kind == "touchpoints"), None)


def default_lane_name(
    doc: JourneyMap, kind: LaneKind, field: str | None = None, metric_id: str | None = None
) -> str:
    """The name a new lane of this kind gets in the map's language."""
    if kind == "metric" and metric_id is not None:
        return doc.metric(metric_id).name
    if kind == "framework" and field is not None:
        return lane_name(field, doc.language)
    return lane_name(kind if kind != "metric" else "touchpoints", doc.language)


def _check_lane_kind(
    doc: JourneyMap,
    kind: LaneKind,
    field: str | None,
    metric_id: str | None,
    lane_id: str | None = None,
) -> None:
    if kind == "framework" and field not in FRAMEWORK_FIELDS:
        raise ValueError(translate("Structure", "A framework lane needs the card field it shows."))
    if kind == "metric":
        if metric_id is None:
            raise ValueError(translate("Structure", "A metric lane needs the metric it plots."))
        try:
            doc.metric(metric_id)
        except KeyError:
            raise ValueError(translate("Structure", "This map has no such metric.")) from None
    existing = emotion_lane(doc)
    if kind == "emotion" and existing is not None and existing.id != lane_id:
        raise ValueError(
            translate(
                "Structure", "A map has one emotion lane, and this one already has “{name}”."
            ).format(name=existing.name)
        )


def new_lane(
    doc: JourneyMap,
    index: int,
    kind: LaneKind,
    field: FrameworkField | None = None,
    metric_id: str | None = None,
    name: str | None = None,
) -> AddElement:
    """A new lane of ``kind`` at ``index``, named after what it shows unless ``name`` is given.

    Raises ``ValueError`` for a second emotion lane, a framework lane without
    a field or a metric lane without a metric of this map.
    """
    _check_lane_kind(doc, kind, field, metric_id)
    lane = Lane(
        kind=kind,
        # "Touchpoints 2" beside "Touchpoints": a lane's name is its own (renaming refuses one
        # that is taken).
        name=name
        or _free_name(default_lane_name(doc, kind, field, metric_id), [x.name for x in doc.lanes]),
        colour=LANE_COLOURS[kind],
        field=field if kind == "framework" else None,
        metric_id=metric_id if kind == "metric" else None,
    )
    label = translate("Structure", "Add lane '{name}'").format(name=lane.name)
    return AddElement("lanes", lane, index, label)


def new_metric_lane(doc: JourneyMap, index: int, name: str, unit: str = "") -> Transaction:
    """A new metric and a lane plotting it at ``index``, as one undo step."""
    name = name.strip()
    if not name:
        raise ValueError(translate("Structure", "A metric needs a name."))
    if any(m.name.casefold() == name.casefold() for m in doc.metrics):
        raise ValueError(
            translate("Structure", "This map already has a metric called “{name}”.").format(
                name=name
            )
        )
    metric = Metric(name=name, unit=unit)
    lane = Lane(kind="metric", name=name, colour=LANE_COLOURS["metric"], metric_id=metric.id)
    return Transaction(
        translate("Structure", "Add metric lane '{name}'").format(name=name),
        [AddElement("metrics", metric), AddElement("lanes", lane, index)],
    )


def delete_lane(doc: JourneyMap, lane_id: str, cards: LaneCards = "delete") -> Transaction:
    """Delete a lane; a card lane's cards are deleted, or moved to the nearest card lane.

    Moved cards stay in their phase and keep their order. Raises
    ``ValueError`` when there is no card lane on the side asked for.
    """
    lane = doc.lane(lane_id)
    inside = lane_cards(doc, lane_id)
    if not inside or cards == "delete":
        if inside:
            label = translate("Structure", "Delete lane '{name}' and its {cards}").format(
                name=lane.name, cards=_cards(len(inside))
            )
        else:
            label = translate("Structure", "Delete lane '{name}'").format(name=lane.name)
        return Transaction(label, cmd.remove(doc, "lanes", lane_id).commands)
    target = lane_neighbour(doc, lane_id, cards)
    if target is None:
        if cards == "above":
            message = translate(
                "Structure", "There is no card lane above “{name}” to move its {cards} to."
            )
        else:
            message = translate(
                "Structure", "There is no card lane below “{name}” to move its {cards} to."
            )
        raise ValueError(message.format(name=lane.name, cards=_cards(len(inside))))
    steps: list[Command] = [
        SetFields("touchpoints", tp.id, {"lane_id": target.id}, doc) for tp in inside
    ]
    steps.append(RemoveElement("lanes", lane_id))
    label = translate(
        "Structure", "Delete lane '{name}' and move its {cards} to '{target}'"
    ).format(name=lane.name, cards=_cards(len(inside)), target=target.name)
    return Transaction(label, steps)


def set_lane_kind(
    doc: JourneyMap,
    lane_id: str,
    kind: LaneKind,
    field: FrameworkField | None = None,
    metric_id: str | None = None,
) -> SetFields:
    """Make a lane show something else (cards, a card field, emotions, a metric).

    A lane still named or coloured by default follows its new kind. Raises
    ``ValueError`` for a card lane that still holds cards and for a second
    emotion lane.
    """
    lane = doc.lane(lane_id)
    inside = lane_cards(doc, lane_id)
    if lane.kind == "touchpoints" and kind != "touchpoints" and inside:
        raise ValueError(
            translate(
                "Structure",
                "“{name}” holds {cards}: move or delete them before the lane shows something else.",
            ).format(name=lane.name, cards=_cards(len(inside)))
        )
    _check_lane_kind(doc, kind, field, metric_id, lane_id)
    changes: dict[str, object] = {
        "kind": kind,
        "field": field if kind == "framework" else None,
        "metric_id": metric_id if kind == "metric" else None,
    }
    if lane.name == default_lane_name(doc, lane.kind, lane.field, lane.metric_id):
        changes["name"] = default_lane_name(doc, kind, field, metric_id)
    if lane.colour == LANE_COLOURS[lane.kind]:
        changes["colour"] = LANE_COLOURS[kind]
    label = translate("Structure", "Change what lane '{name}' shows").format(name=lane.name)
    return SetFields("lanes", lane_id, changes, doc, label)


def set_collapsed(doc: JourneyMap, lane_id: str, collapsed: bool) -> SetFields:
    """Collapse a lane to a thin strip, or expand it again."""
    lane = doc.lane(lane_id)
    if collapsed:
        label = translate("Structure", "Collapse lane '{name}'")
    else:
        label = translate("Structure", "Expand lane '{name}'")
    return SetFields("lanes", lane_id, {"collapsed": collapsed}, doc, label.format(name=lane.name))


# -- names and colours ---------------------------------------------------------------------

_RENAME: dict[str, str] = {
    "phases": QT_TRANSLATE_NOOP("Structure", "Rename phase '{name}' to '{new}'"),
    "lanes": QT_TRANSLATE_NOOP("Structure", "Rename lane '{name}' to '{new}'"),
    "personas": QT_TRANSLATE_NOOP("Structure", "Rename persona '{name}' to '{new}'"),
    "metrics": QT_TRANSLATE_NOOP("Structure", "Rename metric '{name}' to '{new}'"),
}
_RECOLOUR: dict[str, str] = {
    "phases": QT_TRANSLATE_NOOP("Structure", "Change the colour of phase '{name}'"),
    "lanes": QT_TRANSLATE_NOOP("Structure", "Change the colour of lane '{name}'"),
    "personas": QT_TRANSLATE_NOOP("Structure", "Change the colour of persona '{name}'"),
}


def rename(doc: JourneyMap, collection: Collection, element_id: str, name: str) -> SetFields:
    """Rename a phase, lane, persona or metric.

    Raises ``ValueError`` when a persona or metric would share its name with
    another (names head legends and CSV columns), and
    :class:`~app.model.errors.InputError` for an empty name.
    """
    items: Sequence[Phase | Lane | Persona | Metric] = getattr(doc, collection)
    element = items[index_of(items, element_id)]
    new = name.strip()
    if collection in ("personas", "metrics"):
        for other in items:
            if other.id != element_id and other.name.casefold() == new.casefold():
                if collection == "personas":
                    message = translate("Structure", "Another persona is already called “{name}”.")
                else:
                    message = translate("Structure", "Another metric is already called “{name}”.")
                raise ValueError(message.format(name=other.name))
    template = _RENAME.get(collection, _RENAME["metrics"])
    label = translate("Structure", template)
    return SetFields(
        collection, element_id, {"name": new}, doc, label.format(name=element.name, new=new)
    )


def recolour(doc: JourneyMap, collection: Collection, element_id: str, colour: str) -> SetFields:
    """Give a phase, lane or persona another colour (``#rrggbb``)."""
    items: Sequence[Phase | Lane | Persona] = getattr(doc, collection)
    element = items[index_of(items, element_id)]
    if collection in _RECOLOUR:
        label = translate("Structure", _RECOLOUR[collection]).format(name=element.name)
    else:
        label = f"Change the colour of {collection} '{element.name}'"
    return SetFields(collection, element_id, {"colour": colour}, doc, label)


# -- personas ------------------------------------------------------------------------------


def _next_persona_colour(doc: JourneyMap) -> str:
    return _free_colour(
        PERSONA_COLOURS, [p.colour for p in doc.personas], persona_colour(len(doc.personas))
    )


def new_persona(doc: JourneyMap) -> AddElement:
    """A new persona at the end of the list: "Persona N", in a colour no persona uses yet."""
    name = _free_name("Persona", [p.name for p in doc.personas], len(doc.personas) + 1)
    persona = Persona(name=name, colour=_next_persona_colour(doc))
    label = translate("Structure", "Add persona '{name}'").format(name=name)
    return AddElement("personas", persona, None, label)


def duplicate_persona(doc: JourneyMap, persona_id: str) -> Transaction:
    """A copy of a persona, just after it, with its emotion score on every touchpoint.

    The copy is named "<name> (copy)" (numbered when taken), gets a colour no
    persona uses yet and the default marker and line of its place, so the two
    curves can be told apart.
    """
    persona = doc.persona(persona_id)
    index = index_of(doc.personas, persona_id)
    name = _free_name(f"{persona.name} (copy)", [p.name for p in doc.personas])
    copy = persona.model_copy(
        deep=True,
        update={
            "id": new_id(),
            "name": name,
            "colour": _next_persona_colour(doc),
            "marker": None,
            "dash": None,
        },
    )
    steps: list[Command] = [AddElement("personas", copy, index + 1)]
    for tp in doc.touchpoints:
        if persona_id in tp.emotions:
            emotions = {**tp.emotions, copy.id: tp.emotions[persona_id]}
            steps.append(SetFields("touchpoints", tp.id, {"emotions": emotions}, doc))
    label = translate("Structure", "Duplicate persona '{name}'").format(name=persona.name)
    return Transaction(label, steps)


def persona_score_count(doc: JourneyMap, persona_id: str) -> int:
    """How many touchpoints carry an emotion score of this persona."""
    return sum(1 for tp in doc.touchpoints if persona_id in tp.emotions)


def delete_persona(doc: JourneyMap, persona_id: str) -> tuple[Transaction, int]:
    """Delete a persona and its emotion scores; also says how many scores go with it."""
    persona = doc.persona(persona_id)
    count = persona_score_count(doc, persona_id)
    if count:
        label = translate("Structure", "Delete persona '{name}' and its {scores}").format(
            name=persona.name, scores=_scores(count)
        )
    else:
        label = translate("Structure", "Delete persona '{name}'").format(name=persona.name)
    return Transaction(label, cmd.remove(doc, "personas", persona_id).commands), count
