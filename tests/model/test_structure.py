"""Structure edits: phases, lanes and personas, each one undo step that undoes exactly."""

import pytest

from app.model import structure
from app.model.commands import Command
from app.model.document import JourneyMap
from app.model.fileformat import load
from app.model.integrity import integrity_problems
from app.model.templates import new_map
from app.resources import sample_map


@pytest.fixture
def doc() -> JourneyMap:
    return load(sample_map("en"))


def by_name(items, name):  # type: ignore[no-untyped-def]
    return next(item for item in items if item.name == name)


def apply_and_check(doc: JourneyMap, command: Command) -> dict[str, object]:
    """Apply ``command``, check the map is sound, revert it and check nothing else moved."""
    before = doc.model_dump()
    command.apply(doc)
    assert integrity_problems(doc) == []
    after = doc.model_dump()
    command.revert(doc)
    assert doc.model_dump() == before
    command.apply(doc)
    assert doc.model_dump() == after
    return after


def journey_titles(doc: JourneyMap, phase_name: str) -> list[str]:
    phase = by_name(doc.phases, phase_name)
    return [tp.title for tp in doc.touchpoints_in_journey_order() if tp.phase_id == phase.id]


# -- phases --------------------------------------------------------------------------------


def test_a_new_phase_is_numbered_and_gets_an_unused_colour(doc: JourneyMap) -> None:
    command = structure.new_phase(doc, 2)
    apply_and_check(doc, command)
    assert doc.phases[2].name == "Phase 6"
    assert doc.phases[2].colour not in [p.colour for i, p in enumerate(doc.phases) if i != 2]
    assert command.label == "Add phase 'Phase 6'"


def test_a_new_phase_on_a_blank_map_does_not_repeat_a_name() -> None:
    doc = new_map("blank")
    structure.new_phase(doc, 1).apply(doc)
    assert [p.name for p in doc.phases] == ["Phase 1", "Phase 2"]
    structure.new_phase(doc, 0, "Discovery").apply(doc)
    assert doc.phases[0].name == "Discovery"


def test_deleting_a_phase_can_move_its_cards_to_the_end_of_the_previous_phase(
    doc: JourneyMap,
) -> None:
    awareness = journey_titles(doc, "Awareness")
    consideration = journey_titles(doc, "Consideration")
    lanes = {tp.title: tp.lane_id for tp in doc.touchpoints}
    phase = by_name(doc.phases, "Consideration")
    command = structure.delete_phase(doc, phase.id, "previous")
    assert command.label == "Delete phase 'Consideration' and move its 4 cards to 'Awareness'"
    apply_and_check(doc, command)
    assert [p.name for p in doc.phases] == ["Awareness", "Purchase", "Retention", "Advocacy"]
    assert journey_titles(doc, "Awareness") == awareness + consideration
    assert {tp.title: tp.lane_id for tp in doc.touchpoints} == lanes


def test_deleting_a_phase_can_move_its_cards_to_the_start_of_the_next_phase(
    doc: JourneyMap,
) -> None:
    consideration = journey_titles(doc, "Consideration")
    purchase = journey_titles(doc, "Purchase")
    phase = by_name(doc.phases, "Consideration")
    apply_and_check(doc, structure.delete_phase(doc, phase.id, "next"))
    assert journey_titles(doc, "Purchase") == consideration + purchase
    assert len(doc.touchpoints) == 17


def test_deleting_a_phase_can_delete_its_cards(doc: JourneyMap) -> None:
    phase = by_name(doc.phases, "Consideration")
    command = structure.delete_phase(doc, phase.id, "delete")
    assert command.label == "Delete phase 'Consideration' and its 4 cards"
    apply_and_check(doc, command)
    assert len(doc.touchpoints) == 13


def test_the_first_phase_has_no_previous_phase_to_take_its_cards(doc: JourneyMap) -> None:
    with pytest.raises(ValueError, match="no phase before “Awareness”"):
        structure.delete_phase(doc, doc.phases[0].id, "previous")
    with pytest.raises(ValueError, match="no phase after “Advocacy”"):
        structure.delete_phase(doc, doc.phases[-1].id, "next")


def test_moving_cards_into_an_empty_phase_keeps_their_order() -> None:
    doc = load(sample_map("en"))
    empty = structure.new_phase(doc, 2, "Empty")
    empty.apply(doc)
    consideration = journey_titles(doc, "Consideration")
    apply_and_check(doc, structure.delete_phase(doc, doc.phases[1].id, "next"))
    assert journey_titles(doc, "Empty") == consideration


def test_an_empty_phase_is_deleted_whatever_is_asked_for_its_cards() -> None:
    doc = new_map("blank")
    command = structure.delete_phase(doc, doc.phases[0].id, "previous")
    apply_and_check(doc, command)
    assert doc.phases == []


# -- lanes ---------------------------------------------------------------------------------


def test_lanes_of_every_kind_get_default_names(doc: JourneyMap) -> None:
    time_spent = by_name(doc.metrics, "Time spent")
    doc.lanes = [lane for lane in doc.lanes if lane.kind != "emotion"]
    made = [
        structure.new_lane(doc, 0, "touchpoints"),
        structure.new_lane(doc, 0, "framework", field="quotes"),
        structure.new_lane(doc, 0, "emotion"),
        structure.new_lane(doc, 0, "metric", metric_id=time_spent.id),
    ]
    assert [c.element.name for c in made] == ["Touchpoints", "Quotes", "Emotions", "Time spent"]  # type: ignore[attr-defined]
    for command in made:
        apply_and_check(doc, command)
    assert doc.lanes[0].metric_id == time_spent.id


def test_lane_names_follow_the_map_language() -> None:
    doc = new_map("five-phases", "fr")
    assert "quotes" not in {lane.field for lane in doc.lanes}
    command = structure.new_lane(doc, 1, "framework", field="quotes")
    assert command.element.name == "Verbatims"  # type: ignore[attr-defined]
    # A second lane of a kind the map has gets a name of its own, as renaming requires.
    assert "Points de friction" in {lane.name for lane in doc.lanes}
    command = structure.new_lane(doc, 1, "framework", field="pain_points")
    assert command.element.name == "Points de friction 2"  # type: ignore[attr-defined]


def test_a_map_has_only_one_emotion_lane(doc: JourneyMap) -> None:
    with pytest.raises(ValueError, match="one emotion lane"):
        structure.new_lane(doc, 0, "emotion")
    digital = by_name(doc.lanes, "Opportunities")
    with pytest.raises(ValueError, match="one emotion lane"):
        structure.set_lane_kind(doc, digital.id, "emotion")


def test_a_framework_lane_needs_a_field_and_a_metric_lane_a_metric(doc: JourneyMap) -> None:
    with pytest.raises(ValueError, match="field"):
        structure.new_lane(doc, 0, "framework")
    with pytest.raises(ValueError, match="metric"):
        structure.new_lane(doc, 0, "metric", metric_id="nope")


def test_a_new_metric_lane_adds_its_metric_in_the_same_step(doc: JourneyMap) -> None:
    command = structure.new_metric_lane(doc, 3, "Effort score", "/7")
    apply_and_check(doc, command)
    assert doc.lanes[3].name == "Effort score"
    assert doc.metric(doc.lanes[3].metric_id or "").unit == "/7"
    with pytest.raises(ValueError, match="already has a metric"):
        structure.new_metric_lane(doc, 0, "effort SCORE")


def test_deleting_a_card_lane_can_move_its_cards_to_the_lane_above(doc: JourneyMap) -> None:
    service = by_name(doc.lanes, "Customer service")
    human = by_name(doc.lanes, "Human & physical")
    moving = {tp.id for tp in doc.touchpoints if tp.lane_id == service.id}
    phases = {tp.id: tp.phase_id for tp in doc.touchpoints}
    command = structure.delete_lane(doc, service.id, "above")
    assert command.label == (
        "Delete lane 'Customer service' and move its 2 cards to 'Human & physical'"
    )
    apply_and_check(doc, command)
    assert {tp.id for tp in doc.touchpoints if tp.lane_id == human.id} >= moving
    assert {tp.id: tp.phase_id for tp in doc.touchpoints} == phases


def test_deleting_a_card_lane_skips_other_kinds_when_moving_cards_below(doc: JourneyMap) -> None:
    # Put a framework lane between two card lanes: the cards skip it.
    apply_and_check(doc, structure.new_lane(doc, 1, "framework", field="quotes"))
    digital = by_name(doc.lanes, "Digital")
    apply_and_check(doc, structure.delete_lane(doc, digital.id, "below"))
    human = by_name(doc.lanes, "Human & physical")
    assert sum(tp.lane_id == human.id for tp in doc.touchpoints) == 15
    with pytest.raises(ValueError, match="no card lane below “Customer service”"):
        structure.delete_lane(doc, by_name(doc.lanes, "Customer service").id, "below")


def test_deleting_a_card_lane_can_delete_its_cards(doc: JourneyMap) -> None:
    digital = by_name(doc.lanes, "Digital")
    command = structure.delete_lane(doc, digital.id, "delete")
    assert command.label == "Delete lane 'Digital' and its 11 cards"
    apply_and_check(doc, command)
    assert len(doc.touchpoints) == 6


def test_a_card_lane_holding_cards_keeps_its_kind(doc: JourneyMap) -> None:
    digital = by_name(doc.lanes, "Digital")
    with pytest.raises(ValueError, match="“Digital” holds 11 cards"):
        structure.set_lane_kind(doc, digital.id, "framework", field="quotes")


def test_changing_a_lane_kind_renames_and_recolours_a_default_lane(doc: JourneyMap) -> None:
    questions = by_name(doc.lanes, "Questions")
    command = structure.set_lane_kind(doc, questions.id, "framework", field="quotes")
    apply_and_check(doc, command)
    lane = doc.lane(questions.id)
    assert (lane.name, lane.field) == ("Quotes", "quotes")
    emotions = by_name(doc.lanes, "Emotions")
    apply_and_check(doc, structure.set_lane_kind(doc, emotions.id, "touchpoints"))
    assert doc.lane(emotions.id).kind == "touchpoints"
    assert doc.lane(emotions.id).name == "Touchpoints"
    # A lane the user named keeps its name.
    digital_metric = by_name(doc.lanes, "Conversion rate")
    nps = by_name(doc.metrics, "Net Promoter Score")
    apply_and_check(
        doc, structure.set_lane_kind(doc, digital_metric.id, "metric", metric_id=nps.id)
    )
    assert doc.lane(digital_metric.id).name == "Net Promoter Score"
    renamed = structure.rename(doc, "lanes", digital_metric.id, "My NPS")
    renamed.apply(doc)
    apply_and_check(doc, structure.set_lane_kind(doc, digital_metric.id, "emotion"))
    assert doc.lane(digital_metric.id).name == "My NPS"


def test_collapsing_a_lane_is_one_step(doc: JourneyMap) -> None:
    lane = doc.lanes[4]
    command = structure.set_collapsed(doc, lane.id, True)
    assert command.label == "Collapse lane 'Actions'"
    apply_and_check(doc, command)
    assert doc.lanes[4].collapsed


# -- names and colours ---------------------------------------------------------------------


def test_renaming_refuses_a_persona_name_already_taken(doc: JourneyMap) -> None:
    lea = doc.personas[0]
    with pytest.raises(ValueError, match="already called “Marc Girard”"):
        structure.rename(doc, "personas", lea.id, "  marc girard ")
    command = structure.rename(doc, "personas", lea.id, "Léa")
    assert command.label == "Rename persona 'Léa Moreau' to 'Léa'"
    apply_and_check(doc, command)


def test_recolouring_a_phase(doc: JourneyMap) -> None:
    command = structure.recolour(doc, "phases", doc.phases[0].id, "#ABCDEF")
    apply_and_check(doc, command)
    assert doc.phases[0].colour == "#abcdef"


# -- personas ------------------------------------------------------------------------------


def test_a_new_persona_gets_a_number_and_an_unused_colour(doc: JourneyMap) -> None:
    command = structure.new_persona(doc)
    apply_and_check(doc, command)
    assert doc.personas[-1].name == "Persona 3"
    assert doc.personas[-1].colour not in (doc.personas[0].colour, doc.personas[1].colour)


def test_duplicating_a_persona_copies_its_scores_in_one_step(doc: JourneyMap) -> None:
    lea = doc.personas[0]
    lea_scores = {tp.id: tp.emotions[lea.id] for tp in doc.touchpoints if lea.id in tp.emotions}
    command = structure.duplicate_persona(doc, lea.id)
    assert command.label == "Duplicate persona 'Léa Moreau'"
    apply_and_check(doc, command)
    copy = doc.personas[1]
    assert copy.name == "Léa Moreau (copy)"
    assert (copy.role, copy.goals, copy.quote) == (lea.role, lea.goals, lea.quote)
    assert copy.colour not in (lea.colour, doc.personas[2].colour)
    copied = {tp.id: tp.emotions[copy.id] for tp in doc.touchpoints if copy.id in tp.emotions}
    assert copied == lea_scores
    again = structure.duplicate_persona(doc, lea.id)
    again.apply(doc)
    assert doc.personas[1].name == "Léa Moreau (copy) 2"


def test_deleting_a_persona_says_how_many_scores_go(doc: JourneyMap) -> None:
    lea = doc.personas[0]
    command, count = structure.delete_persona(doc, lea.id)
    assert count == 15
    assert command.label == "Delete persona 'Léa Moreau' and its 15 emotion scores"
    apply_and_check(doc, command)
    assert all(lea.id not in tp.emotions for tp in doc.touchpoints)
    unscored = structure.new_persona(doc)
    unscored.apply(doc)
    assert structure.delete_persona(doc, doc.personas[-1].id)[1] == 0
