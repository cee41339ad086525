"""A map read from a file lets its cards share what they repeat, and behaves the same."""

from pathlib import Path

from app.model import commands as cmd
from app.model.document import JourneyMap, Touchpoint
from app.model.fileformat import dumps, load, loads
from app.resources import sample_map


def test_cards_share_their_phase_lane_and_channel_names_with_the_map() -> None:
    doc = load(sample_map("en"))
    phase_ids = {id(phase.id) for phase in doc.phases}
    lane_ids = {id(lane.id) for lane in doc.lanes}
    assert doc.touchpoints
    assert all(id(tp.phase_id) in phase_ids for tp in doc.touchpoints)
    assert all(id(tp.lane_id) in lane_ids for tp in doc.touchpoints)
    channels = [tp.channel for tp in doc.touchpoints if tp.channel]
    assert len({id(c) for c in channels}) == len(set(channels))


def test_cards_given_every_field_share_one_record_of_them() -> None:
    doc = load(sample_map("en"))
    complete = [tp for tp in doc.touchpoints if tp.model_fields_set == set(Touchpoint.model_fields)]
    assert len(complete) > 1
    assert len({id(tp.__pydantic_fields_set__) for tp in complete}) == 1


def test_a_shared_map_saves_reads_and_edits_as_before(tmp_path: Path) -> None:
    doc = load(sample_map("en"))
    text = dumps(doc)
    again = loads(text)
    assert again == doc
    assert dumps(again) == text

    card, other = doc.touchpoints[0], doc.touchpoints[1]
    cmd.edit(doc, "touchpoints", card.id, title="Renamed").apply(doc)
    assert doc.touchpoint(card.id).title == "Renamed"
    assert doc.touchpoint(other.id).title == other.title
    card.description = "Set directly"  # assignment still records the field, harmlessly
    assert card.model_fields_set == set(Touchpoint.model_fields)
    assert other.description != "Set directly"
    assert loads(dumps(doc)) == doc


def test_a_card_given_only_some_fields_keeps_its_own_record() -> None:
    doc = load(sample_map("en"))
    tp = Touchpoint(phase_id=doc.phases[0].id, lane_id=doc.lanes[0].id, title="New")
    whole = JourneyMap(
        title="Two cards", phases=doc.phases, lanes=doc.lanes, touchpoints=[doc.touchpoints[0], tp]
    )
    assert whole.touchpoints[1] is tp
    assert tp.model_fields_set == {"phase_id", "lane_id", "title"}
    tp.description = "Later"
    assert tp.model_fields_set == {"phase_id", "lane_id", "title", "description"}
    assert whole.touchpoints[0].model_fields_set == set(Touchpoint.model_fields)
