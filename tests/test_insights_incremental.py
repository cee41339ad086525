"""Insights brought up to date after an edit equal the insights computed from scratch.

After any command, ``update_insights(previous, doc, sections_changed(changes))`` must be
``insights(doc)``; an edit no figure reads (a card's title, the map's title) names no
section, so nothing is computed again.
"""

import random
from pathlib import Path

import pytest

from app.model import commands as cmd
from app.model.commands import Change, Command
from app.model.document import CustomChannel, JourneyMap, Opportunity, Persona, Phase, Touchpoint
from app.model.fileformat import load
from app.model.insights import (
    SECTIONS,
    insights,
    rescored_cards,
    sections_changed,
    update_insights,
)

SAMPLE = Path(__file__).parents[1] / "app" / "data" / "samples" / "guitar-purchase.en.journey"
ALL = frozenset(SECTIONS)


def _sample() -> JourneyMap:
    return load(SAMPLE)


# -- which sections a change can change ---------------------------------------------------


def _changes(doc: JourneyMap, command: Command) -> list[Change]:
    return command.apply(doc)


def test_a_cards_title_description_or_lane_changes_no_figure() -> None:
    doc = _sample()
    card = doc.touchpoints[3]
    other_lane = next(lane.id for lane in doc.lanes if lane.kind == "touchpoints")
    for fields in (
        {"title": "Renamed"},
        {"description": "Longer words"},
        {"actions": ["Calls"], "quotes": ["Hm"], "questions": ["Why?"], "motivation": "x"},
        {"lane_id": other_lane},
    ):
        assert sections_changed(_changes(doc, cmd.edit(doc, "touchpoints", card.id, **fields))) == (
            frozenset()
        )


def test_the_maps_title_a_personas_look_and_lanes_change_no_figure() -> None:
    doc = _sample()
    persona = doc.personas[0]
    lane = doc.lanes[0]
    for command in (
        cmd.edit(doc, "map", doc.id, title="Another title", author="Me"),
        cmd.edit(doc, "personas", persona.id, name="Lea", colour="#112233"),
        cmd.edit(doc, "phases", doc.phases[0].id, name="Aware", colour="#445566"),
        cmd.edit(doc, "lanes", lane.id, name="Cards", collapsed=True),
        cmd.move(doc, "lanes", lane.id, 3),
    ):
        assert sections_changed(_changes(doc, command)) == frozenset(), command.label


def test_each_figure_field_names_its_sections() -> None:
    doc = _sample()
    card = doc.touchpoints[2]
    persona = doc.personas[0].id
    expected = {
        "emotions": {"personas", "moments_of_truth", "opportunities"},
        "pain_points": {"pain_points"},
        "opportunities": {"opportunities"},
        "channel": {"channels"},
        "evidence": {"evidence"},
        "moment_of_truth": {"moments_of_truth"},
    }
    values = {
        "emotions": {persona: -2.0},
        "pain_points": ["Too long"],
        "opportunities": [Opportunity(text="Shorter", priority="high")],
        "channel": "email",
        "evidence": "observed",
        "moment_of_truth": not card.moment_of_truth,
    }
    for name, sections in expected.items():
        command = cmd.edit(doc, "touchpoints", card.id, **{name: values[name]})
        assert sections_changed(_changes(doc, command)) == sections, name
    language = cmd.edit(doc, "map", doc.id, language="fr")
    assert sections_changed(_changes(doc, language)) == {"channels"}


def test_what_is_unclear_changes_everything() -> None:
    doc = _sample()
    card = doc.touchpoints[0]
    assert sections_changed([Change("updated", "touchpoints", card.id)]) == ALL  # fields unknown
    assert sections_changed([Change("updated", "map", doc.id)]) == ALL
    assert sections_changed([Change("added", "touchpoints", card.id)]) == ALL
    assert sections_changed([Change("moved", "phases", doc.phases[0].id)]) == ALL
    assert sections_changed([Change("removed", "personas", doc.personas[0].id)]) == ALL
    phase_move = cmd.edit(doc, "touchpoints", card.id, phase_id=doc.phases[-1].id)
    assert sections_changed(_changes(doc, phase_move)) == ALL


def test_an_edit_that_changes_no_figure_computes_nothing_again() -> None:
    doc = _sample()
    before = insights(doc)
    changes = _changes(doc, cmd.edit(doc, "touchpoints", doc.touchpoints[0].id, title="New"))
    assert update_insights(before, doc, sections_changed(changes)) is before
    assert before == insights(doc)


def test_only_the_sections_named_are_computed_again() -> None:
    doc = _sample()
    before = insights(doc)
    card = doc.touchpoints[5]
    changes = _changes(doc, cmd.edit(doc, "touchpoints", card.id, pain_points=["New pain"]))
    after = update_insights(before, doc, sections_changed(changes))
    assert after == insights(doc)
    assert after.pain_points != before.pain_points
    for name in set(SECTIONS) - {"pain_points"}:
        assert getattr(after, name) is getattr(before, name), name


# -- random edits: the update equals the full computation ----------------------------------


def _random_command(doc: JourneyMap, rng: random.Random) -> Command:
    card = rng.choice(doc.touchpoints)
    persona = rng.choice(doc.personas)
    kind = rng.randrange(16)
    if kind == 0:
        return cmd.edit(doc, "touchpoints", card.id, title=f"Card {rng.randrange(1000)}")
    if kind == 1:
        return cmd.set_emotion(doc, card.id, persona.id, rng.choice([-2, -1.5, 0, 0.5, 2, None]))
    if kind == 2:
        return cmd.edit(
            doc, "touchpoints", card.id, pain_points=rng.choice([[], ["A"], ["B", " "]])
        )
    if kind == 3:
        found = [Opportunity(text=f"Do {rng.randrange(9)}", priority=rng.choice(["high", "low"]))]
        return cmd.edit(doc, "touchpoints", card.id, opportunities=rng.choice([[], found]))
    if kind == 4:
        channel = rng.choice([None, "email", "web", "store", *[c.id for c in doc.channels]])
        return cmd.edit(doc, "touchpoints", card.id, channel=channel)
    if kind == 5:
        evidence = rng.choice(["observed", "assumed", "proposed", "unstated"])
        return cmd.edit(doc, "touchpoints", card.id, evidence=evidence)
    if kind == 6:
        return cmd.edit(doc, "touchpoints", card.id, moment_of_truth=not card.moment_of_truth)
    if kind == 7:
        return cmd.edit(doc, "touchpoints", card.id, phase_id=rng.choice(doc.phases).id)
    if kind == 8:
        return cmd.move(doc, "touchpoints", card.id, rng.randrange(len(doc.touchpoints)))
    if kind == 9:
        return cmd.edit(doc, "personas", persona.id, name=f"P{rng.randrange(99)}")
    if kind == 10:
        return cmd.edit(doc, "phases", rng.choice(doc.phases).id, name=f"Ph{rng.randrange(99)}")
    if kind == 11:
        return cmd.edit(doc, "map", doc.id, language=rng.choice(["en", "fr"]), title="T")
    if kind == 12:
        if doc.channels and rng.random() < 0.5:
            return cmd.edit(doc, "channels", doc.channels[0].id, name=f"Ch{rng.randrange(9)}")
        return cmd.add(doc, "channels", CustomChannel(name="Kiosk"))
    if kind == 13:
        copy = Touchpoint.model_validate(card.model_dump(exclude={"id"}))
        return cmd.add_touchpoint(doc, copy)
    if kind == 14:
        if rng.random() < 0.5:
            return cmd.add(doc, "personas", Persona(name="Newcomer"), rng.randrange(3))
        return cmd.add(doc, "phases", Phase(name="Later"))
    return cmd.remove(doc, "touchpoints", card.id)


@pytest.mark.parametrize("seed", range(6))
def test_after_random_edits_undos_and_redos_the_update_equals_the_full_computation(
    seed: int,
) -> None:
    rng = random.Random(seed)
    doc = _sample()
    found = insights(doc)
    done: list[Command] = []
    undone: list[Command] = []
    for _ in range(60):
        step = rng.random()
        if step < 0.15 and done:
            command = done.pop()
            changes = command.revert(doc)
            undone.append(command)
        elif step < 0.25 and undone:
            command = undone.pop()
            changes = command.apply(doc)
            done.append(command)
        else:
            command = _random_command(doc, rng)
            changes = command.apply(doc)
            done.append(command)
            undone.clear()
        previous = found
        found = update_insights(found, doc, sections_changed(changes), rescored_cards(changes))
        assert found == insights(doc), command.label
        # The same, computing the personas' figures without knowing which cards were rescored.
        assert update_insights(previous, doc, sections_changed(changes)) == found


def test_a_new_score_computes_again_only_the_persona_it_belongs_to() -> None:
    doc = _sample()
    before = insights(doc)
    card = doc.touchpoints[4]
    lea = doc.personas[0].id
    changes = cmd.set_emotion(
        doc, card.id, lea, -2.0 if card.emotions.get(lea) != -2 else 2.0
    ).apply(doc)
    after = update_insights(before, doc, sections_changed(changes), rescored_cards(changes))
    assert after == insights(doc)
    assert after.personas[0] != before.personas[0]
    assert after.personas[1] is before.personas[1]
    # Clearing and setting a score again (the card leaves and rejoins the persona's cards).
    for value in (None, 1.5):
        changes = cmd.set_emotion(doc, card.id, lea, value).apply(doc)
        after = update_insights(after, doc, sections_changed(changes), rescored_cards(changes))
        assert after == insights(doc)


def _by_phase_reference(doc: JourneyMap, persona_id: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each phase's scored cards, found the plainest way (a pass over the journey per phase)."""
    order = doc.touchpoints_in_journey_order()
    return [
        (
            phase.id,
            tuple(tp.id for tp in order if tp.phase_id == phase.id and persona_id in tp.emotions),
        )
        for phase in doc.phases
    ]


def test_phase_averages_list_each_phases_scored_cards_in_journey_order() -> None:
    doc = _sample()
    # A card in no phase of the map is scored but belongs to no phase's average.
    stray = doc.touchpoints[0].model_copy(update={"id": "stray", "phase_id": "nowhere"})
    doc.touchpoints.append(stray)
    doc.touchpoints.reverse()  # list order differs from phase order
    for persona in insights(doc).personas:
        entries = [(e.phase_id, e.touchpoint_ids) for e in persona.by_phase]
        assert entries == _by_phase_reference(doc, persona.persona_id)
