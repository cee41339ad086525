"""Finding cards by their words."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journeys

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


def piece_by_piece(doc: JourneyMap, text: str) -> list[str]:
    """What the find bar finds, each text of each card looked at on its own."""
    from app.model.channels import fold
    from app.model.search import card_text

    needle = fold(text)
    if not needle:
        return []
    return [
        tp.id
        for tp in doc.touchpoints_in_journey_order()
        if any(needle in fold(piece) for piece in card_text(doc, tp))
    ]


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(), st.text(max_size=6), st.data())
def test_a_match_is_always_inside_one_text_of_a_card(
    doc: JourneyMap, typed: str, data: st.DataObject
) -> None:
    # Also a piece of a card's own text, or one that ends one text and starts the next.
    texts = [t for tp in doc.touchpoints for t in (tp.title, tp.description) if t]
    if texts:
        one = data.draw(st.sampled_from(texts))
        two = data.draw(st.sampled_from(texts))
        typed = data.draw(st.sampled_from([typed, one[-3:] + " " + two[:3], one[1:5], "\x00"]))
    assert find_cards(doc, typed) == piece_by_piece(doc, typed)
