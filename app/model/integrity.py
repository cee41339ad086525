"""Rules that span elements: ids unique, references resolve, names distinct.

Field-level rules live on the models themselves; these need the whole map.
"""

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from app.model.channels import BUILTIN_BY_KEY
from app.model.document import JourneyMap, Metric, Persona
from app.model.errors import Problem
from app.model.text import translate


class HasId(Protocol):
    """Any element: it has an id."""

    @property
    def id(self) -> str: ...


def integrity_problems(doc: JourneyMap) -> list[Problem]:
    """Every cross-element problem in ``doc``, each with its place; empty when sound."""
    problems: list[Problem] = []
    problems += _duplicate_ids(doc)
    problems += _duplicate_names(doc)

    phase_ids = {p.id for p in doc.phases}
    card_lane_ids = {lane.id for lane in doc.lanes if lane.kind == "touchpoints"}
    lane_ids = {lane.id for lane in doc.lanes}
    persona_ids = {p.id for p in doc.personas}
    metric_ids = {m.id for m in doc.metrics}
    channel_ids = set(BUILTIN_BY_KEY) | {c.id for c in doc.channels}

    emotion_lanes = [i for i, lane in enumerate(doc.lanes) if lane.kind == "emotion"]
    for i in emotion_lanes[1:]:
        problems.append(
            Problem(f"lanes[{i}]", translate("Integrity", "a map has at most one emotion lane"))
        )
    for i, lane in enumerate(doc.lanes):
        if lane.metric_id is not None and lane.metric_id not in metric_ids:
            problems.append(
                Problem(
                    f"lanes[{i}].metric_id",
                    translate("Integrity", "no metric has id {id}").format(id=repr(lane.metric_id)),
                )
            )

    for i, persona in enumerate(doc.personas):
        for j, channel in enumerate(persona.preferred_channels):
            if channel not in channel_ids:
                problems.append(
                    Problem(
                        f"personas[{i}].preferred_channels[{j}]",
                        translate("Integrity", "{channel} is not a known channel").format(
                            channel=repr(channel)
                        ),
                    )
                )

    for i, tp in enumerate(doc.touchpoints):
        here = f"touchpoints[{i}]"
        if tp.phase_id not in phase_ids:
            message = translate("Integrity", "no phase has id {id}").format(id=repr(tp.phase_id))
            problems.append(Problem(f"{here}.phase_id", message))
        if tp.lane_id not in card_lane_ids:
            if tp.lane_id in lane_ids:
                message = translate("Integrity", "{id} is not a touchpoint lane")
            else:
                message = translate("Integrity", "{id} is not a lane")
            problems.append(Problem(f"{here}.lane_id", message.format(id=repr(tp.lane_id))))
        if tp.channel is not None and tp.channel not in channel_ids:
            message = translate("Integrity", "{channel} is not a known channel").format(
                channel=repr(tp.channel)
            )
            problems.append(Problem(f"{here}.channel", message))
        for key in tp.emotions:
            if key not in persona_ids:
                message = translate("Integrity", "no persona has this id")
                problems.append(Problem(f"{here}.emotions.{key}", message))
        for key in tp.metrics:
            if key not in metric_ids:
                message = translate("Integrity", "no metric has this id")
                problems.append(Problem(f"{here}.metrics.{key}", message))
    touchpoint_ids = {tp.id for tp in doc.touchpoints}
    for i, note in enumerate(doc.notes):
        if note.attached_to is not None and note.attached_to not in touchpoint_ids:
            problems.append(
                Problem(
                    f"notes[{i}].attached_to",
                    translate("Integrity", "no card has id {id}").format(id=repr(note.attached_to)),
                )
            )
    return problems


def _duplicate_ids(doc: JourneyMap) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    groups: list[tuple[str, Sequence[HasId]]] = [
        ("phases", doc.phases),
        ("lanes", doc.lanes),
        ("personas", doc.personas),
        ("metrics", doc.metrics),
        ("channels", doc.channels),
        ("touchpoints", doc.touchpoints),
        ("notes", doc.notes),
    ]
    for group, items in groups:
        for i, item in enumerate(items):
            place = f"{group}[{i}]"
            if item.id in seen:
                problems.append(
                    Problem(
                        f"{place}.id",
                        translate("Integrity", "id {id} is already used by {place}").format(
                            id=repr(item.id), place=seen[item.id]
                        ),
                    )
                )
            else:
                seen[item.id] = place
    return problems


def _duplicate_names(doc: JourneyMap) -> list[Problem]:
    # Persona and metric names head CSV columns and legends, so they must be told apart.
    problems = []
    named: list[tuple[str, Sequence[Persona | Metric]]] = [
        ("personas", doc.personas),
        ("metrics", doc.metrics),
    ]
    for group, items in named:
        counts = Counter(item.name.casefold() for item in items)
        for i, item in enumerate(items):
            if counts[item.name.casefold()] > 1:
                problems.append(
                    Problem(
                        f"{group}[{i}].name",
                        translate("Integrity", "{name} is used more than once").format(
                            name=repr(item.name)
                        ),
                    )
                )
                counts[item.name.casefold()] = 0  # report each clash once
    return problems
