"""Finding cards by their words."""

from app.model.document import JourneyMap, Touchpoint
from app.model.fileformat import load
from app.model.search import find_cards
from app.model.templates import new_map
from app.resources import sample_map


def test_find_matches_any_text_field_ignoring_case_and_accents() -> None:
    guitar: JourneyMap = load(sample_map("en"))
    order = [tp.id for tp in guitar.touchpoints_in_journey_order()]
    found = find_cards(guitar, "JARGON")
    assert found and all(
        any("jargon" in p.lower() for p in guitar.touchpoint(i).pain_points) for i in found
    )
    assert found == sorted(found, key=order.index)
    assert find_cards(guitar, "youtube") == [
        tp.id
        for tp in guitar.touchpoints_in_journey_order()
        if "youtube" in (tp.title + guitar.channel_name(tp.channel) + tp.description).lower()
        or any("youtube" in t.lower() for t in [*tp.actions, *tp.quotes, *tp.questions])
        or any("youtube" in o.text.lower() for o in tp.opportunities)
        or any("youtube" in t.lower() for t in [*tp.pain_points, tp.motivation])
    ]
    assert find_cards(guitar, "   ") == []
    lea_cafe = new_map("blank", "fr")
    lea_cafe.touchpoints.append(
        Touchpoint(phase_id=lea_cafe.phases[0].id, lane_id=lea_cafe.lanes[0].id, title="Café")
    )
    assert find_cards(lea_cafe, "cafe") == [lea_cafe.touchpoints[0].id]
