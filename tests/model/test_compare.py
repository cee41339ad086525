"""Current vs future state: the linked copy, and the differences between two maps."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model import fileformat
from app.model.compare import (
    CardChange,
    Renamed,
    ScoreChange,
    comparison_maps,
    diff,
    diff_text,
    diff_to_json,
    differences,
    future_state,
    link_path,
    linked_file,
)
from app.model.document import JourneyMap, Opportunity, Persona, Phase, Touchpoint
from app.resources import sample_map


@pytest.fixture
def current() -> JourneyMap:
    return fileformat.load(sample_map("en"))


def card(doc: JourneyMap, title: str) -> Touchpoint:
    return next(tp for tp in doc.touchpoints if tp.title == title)


def persona(doc: JourneyMap, name: str) -> Persona:
    return next(p for p in doc.personas if p.name == name)


# -- future state --------------------------------------------------------------------


def test_a_future_state_keeps_every_element_id_and_links_to_the_current_map(current):
    future = future_state(current, "guitar.journey")

    assert future.id != current.id
    assert future.title == "Buying a first guitar online (future state)"
    assert future.current_state is not None
    assert future.current_state.path == "guitar.journey"
    assert future.current_state.map_id == current.id
    assert [tp.id for tp in future.touchpoints] == [tp.id for tp in current.touchpoints]
    assert [p.id for p in future.phases] == [p.id for p in current.phases]
    assert diff(current, future).is_empty
    apart_from_the_map = {"id", "title", "created", "modified", "current_state"}
    assert future.model_dump(exclude=apart_from_the_map) == current.model_dump(
        exclude=apart_from_the_map
    )


def test_a_future_state_is_a_copy_editing_it_leaves_the_current_map_alone(current):
    future = future_state(current, None)
    card(future, "Slow pages at MegaSound").pain_points.append("Spinner for 10 s")

    assert "Spinner for 10 s" not in card(current, "Slow pages at MegaSound").pain_points
    assert future.current_state is None


def test_a_french_map_s_future_state_is_called_etat_futur():
    doc = fileformat.load(sample_map("fr"))
    assert future_state(doc, None).title == f"{doc.title} (état futur)"


def test_the_link_survives_a_save_and_an_unlinked_map_file_has_no_link_key(current, tmp_path):
    future = future_state(current, "current.journey")
    fileformat.save(future, tmp_path / "future.journey")
    assert fileformat.load(tmp_path / "future.journey").current_state == future.current_state
    assert '"current_state"' not in fileformat.dumps(current).decode()


def test_the_link_is_relative_to_the_future_map_s_folder(tmp_path):
    current_file = tmp_path / "maps" / "today.journey"
    future_file = tmp_path / "maps" / "ideas" / "tomorrow.journey"
    assert link_path(current_file, future_file) == "../today.journey"
    doc = future_state(JourneyMap(title="Today"), "../today.journey")
    assert linked_file(doc, future_file) == current_file.resolve()


# -- differences ---------------------------------------------------------------------


def test_two_cards_changed_and_one_added_are_exactly_the_three_differences(current):
    future = future_state(current, None)
    slow = card(future, "Slow pages at MegaSound")
    slow.title = "Fast pages at MegaSound"
    slow.pain_points = []
    declined = card(future, "Card declined at MegaSound")
    declined.opportunities.append(Opportunity(text="Offer PayPal", priority="high"))
    declined.moment_of_truth = not declined.moment_of_truth
    purchase = next(p for p in future.phases if p.name == "Purchase")
    digital = next(lane for lane in future.lanes if lane.name == "Digital")
    chat = Touchpoint(
        title="Chat with an adviser", phase_id=purchase.id, lane_id=digital.id, channel="chatbot"
    )
    future.touchpoints.append(chat)

    d = diff(current, future)

    assert d.cards_added == (chat.id,)
    assert d.cards_removed == ()
    assert d.cards_changed == (
        CardChange(slow.id, ("title", "pain_points")),
        CardChange(declined.id, ("opportunities", "moment_of_truth")),
    )
    assert d.scores == () and d.phases.is_empty and d.lanes.is_empty
    assert diff_text(d, current, future).splitlines() == [
        "+ card “Chat with an adviser” in Purchase / Digital",
        "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title, pain points",
        "~ card “Card declined at MegaSound”: opportunities, moment of truth",
    ]
    data = json.loads(json.dumps(diff_to_json(d, current, future)))
    assert data["equal"] is False
    assert data["cards"]["added"] == [
        {"id": chat.id, "title": "Chat with an adviser", "phase": "Purchase", "lane": "Digital"}
    ]
    assert [c["title"] for c in data["cards"]["changed"]] == [
        "Fast pages at MegaSound",
        "Card declined at MegaSound",
    ]
    assert data["cards"]["changed"][0]["title_before"] == "Slow pages at MegaSound"


def test_removing_a_card_and_a_phase_names_them_from_the_first_map(current):
    future = future_state(current, None)
    advocacy = next(p for p in future.phases if p.name == "Advocacy")
    gone = [tp for tp in future.touchpoints if tp.phase_id == advocacy.id]
    future.touchpoints = [tp for tp in future.touchpoints if tp.phase_id != advocacy.id]
    future.phases.remove(advocacy)

    d = diff(current, future)

    assert d.cards_removed == tuple(tp.id for tp in gone)
    assert d.phases.removed == (advocacy.id,)
    lines = diff_text(d, current, future).splitlines()
    assert lines[0] == "- phase “Advocacy”"
    assert "- card “Writing a review” from Advocacy / Digital" in lines


def test_moving_one_card_to_the_end_of_its_phase_names_that_card_only(current):
    future = future_state(current, None)
    first = card(future, "“10 best beginner guitars” posts")  # first of four in Consideration
    same_phase = [i for i, tp in enumerate(future.touchpoints) if tp.phase_id == first.phase_id]
    assert len(same_phase) == 4
    future.touchpoints.remove(first)
    future.touchpoints.insert(same_phase[-1], first)

    d = diff(current, future)

    assert d.cards_changed == (CardChange(first.id, ("position",)),)
    assert d.cards_added == d.cards_removed == ()


def test_moving_a_card_to_another_phase_and_lane_says_phase_and_lane(current):
    future = future_state(current, None)
    talking = card(future, "Talking guitar with friends")
    advocacy = next(p for p in future.phases if p.name == "Advocacy")
    digital = next(lane for lane in future.lanes if lane.name == "Digital")
    talking.phase_id, talking.lane_id = advocacy.id, digital.id

    assert diff(current, future).cards_changed == (CardChange(talking.id, ("phase", "lane")),)


def test_reordering_phases_and_lanes_says_which_moved_and_nothing_about_cards(current):
    future = future_state(current, None)
    future.phases.append(future.phases.pop(0))
    future.lanes.insert(0, future.lanes.pop(3))

    d = diff(current, future)

    assert d.phases.moved == (current.phases[0].id,)
    assert d.lanes.moved == (current.lanes[3].id,)
    assert d.phases.added == d.phases.removed == d.phases.renamed == ()
    # Every card of the first phase now comes last in the journey: they moved, as a block.
    first_phase = {tp.id for tp in current.touchpoints if tp.phase_id == current.phases[0].id}
    assert {c.id for c in d.cards_changed} == first_phase
    assert diff_text(d, current, future).splitlines()[:2] == [
        "~ phase “Awareness” moved",
        "~ lane “Emotions” moved",
    ]


def test_renames_of_phases_lanes_personas_and_metrics_are_listed(current):
    future = future_state(current, None)
    future.phases[2].name = "Checkout"
    future.lanes[1].name = "In the shop"
    persona(future, "Marc Girard").name = "Marc G."
    future.metrics[0].name = "Conversion"

    d = diff(current, future)

    assert d.phases.renamed == (Renamed(future.phases[2].id, "Purchase", "Checkout"),)
    assert d.personas.renamed == (Renamed(persona(future, "Marc G.").id, "Marc Girard", "Marc G."),)
    assert diff_text(d, current, future).splitlines() == [
        "~ phase “Purchase” renamed “Checkout”",
        "~ lane “Human & physical” renamed “In the shop”",
        "~ persona “Marc Girard” renamed “Marc G.”",
        f"~ metric “{current.metrics[0].name}” renamed “Conversion”",
    ]


def test_score_changes_are_given_per_persona_and_card_before_and_after(current):
    future = future_state(current, None)
    lea = persona(future, "Léa Moreau")
    declined = card(future, "Card declined at MegaSound")
    before = declined.emotions[lea.id]
    declined.emotions[lea.id] = 0.5
    talking = card(future, "Talking guitar with friends")
    unscored_before = talking.emotions.pop(lea.id, None)

    d = diff(current, future)

    assert d.scores[0] == ScoreChange(talking.id, lea.id, unscored_before, None)
    assert d.scores[1] == ScoreChange(declined.id, lea.id, before, 0.5)
    assert d.cards_changed == ()
    lines = diff_text(d, current, future).splitlines()
    assert lines[1] == f"Léa Moreau at “Card declined at MegaSound”: {before:+.1f} → +0.5"
    assert lines[0].endswith("→ unscored")


def test_personas_and_metrics_added_and_removed(current):
    future = future_state(current, None)
    marc = persona(future, "Marc Girard")
    future.personas.remove(marc)
    for tp in future.touchpoints:
        tp.emotions.pop(marc.id, None)
    future.personas.append(Persona(name="Nina", colour="#aa0000"))
    future.phases.append(Phase(name="Repair"))

    d = diff(current, future)

    assert d.personas.removed == (marc.id,)
    assert [future.persona(i).name for i in d.personas.added] == ["Nina"]
    assert d.scores == ()  # a removed persona's scores go with the persona
    assert diff_text(d, current, future).splitlines() == [
        "+ phase “Repair”",
        "+ persona “Nina”",
        "- persona “Marc Girard”",
    ]


def test_a_map_compared_with_itself_or_a_reloaded_copy_has_no_differences(current, tmp_path):
    fileformat.save(current, tmp_path / "copy.journey")
    again = fileformat.load(tmp_path / "copy.journey")
    d = diff(current, again)
    assert d.is_empty
    assert diff_text(d, current, again) == "No differences."
    assert diff_to_json(d, current, again)["equal"] is True
    assert diff(JourneyMap(title="a"), JourneyMap(title="b")).is_empty


def test_the_title_of_the_map_itself_is_not_a_difference(current):
    future = current.model_copy(deep=True)
    future.title = "Something else"
    future.description = "Tomorrow"
    assert diff(current, future).is_empty


def test_sample_files_are_unchanged_by_the_link_field():
    for language in ("en", "fr"):
        path = Path(sample_map(language))
        assert fileformat.dumps(fileformat.load(path)) == path.read_bytes()


def test_the_comparison_draws_the_current_scores_dashed_on_the_future_map(current):
    future = future_state(current, None)
    lea = persona(future, "Léa Moreau")
    card(future, "Card declined at MegaSound").emotions[lea.id] = 1.5
    purchase = next(p for p in future.phases if p.name == "Purchase")
    new = Touchpoint(
        title="Chat", phase_id=purchase.id, lane_id=future.lanes[0].id, emotions={lea.id: 2.0}
    )
    future.touchpoints.append(new)

    shown, ghost = comparison_maps(current, future)

    assert {p.dash for p in shown.personas} == {"solid"}
    assert {p.dash for p in ghost.personas} == {"dashed"}
    declined = card(current, "Card declined at MegaSound")
    assert card(shown, "Card declined at MegaSound").emotions[lea.id] == 1.5
    assert card(ghost, "Card declined at MegaSound").emotions == declined.emotions
    assert ghost.touchpoint(new.id).emotions == {}  # the new card has no current score
    assert [tp.id for tp in ghost.touchpoints] == [tp.id for tp in future.touchpoints]
    assert future.persona(lea.id).dash is None  # the future map itself is unchanged


def test_each_difference_line_names_the_card_it_is_about(current):
    future = future_state(current, None)
    slow = card(future, "Slow pages at MegaSound")
    slow.evidence = "proposed" if slow.evidence != "proposed" else "assumed"
    future.phases[0].name = "Noticing"

    found = differences(diff(current, future), current, future)

    assert [(f.kind, f.touchpoint_id) for f in found] == [("structure", None), ("changed", slow.id)]
    assert found[1].text == "~ card “Slow pages at MegaSound”: evidence"


@given(st.permutations(list(range(9))))
def test_the_cards_named_as_moved_are_the_fewest_that_explain_a_new_order(order):
    from app.model.compare import _moved

    before = [f"card{i}" for i in range(9)]
    after = [f"card{i}" for i in order]

    moved = set(_moved(before, after))

    assert [c for c in before if c not in moved] == [c for c in after if c not in moved]
    # the longest common subsequence, by the textbook quadratic method
    lcs = [[0] * 10 for _ in range(10)]
    for i in range(8, -1, -1):
        for j in range(8, -1, -1):
            lcs[i][j] = (
                lcs[i + 1][j + 1] + 1
                if before[i] == after[j]
                else max(lcs[i + 1][j], lcs[i][j + 1])
            )
    assert len(moved) == 9 - lcs[0][0]
