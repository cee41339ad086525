"""The layout engine: pure geometry, checked without a QApplication."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journeys

from app.layout import engine, layout
from app.layout import text as styles_for_tests
from app.layout.curves import smooth_path, smooth_path_after_move
from app.layout.geometry import Point
from app.layout.text import ELLIPSIS, ApproximateMeasure, Wrapper
from app.model.document import JourneyMap, Touchpoint
from app.model.fileformat import load
from app.model.templates import new_map

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"
MEASURE = ApproximateMeasure()
EPSILON = 1e-6
LAYOUT_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def test_columns_follow_the_journey_order_left_to_right() -> None:
    doc = load(SAMPLE)
    result = layout(doc, MEASURE)
    order = [tp.id for tp in doc.touchpoints_in_journey_order()]
    slots = sorted(result.slots, key=lambda s: s.rect.x)
    assert [s.touchpoint_id for s in slots] == order
    assert [s.position for s in slots] == list(range(len(order)))


def test_each_slot_lies_inside_its_phase() -> None:
    result = layout(load(SAMPLE), MEASURE)
    for slot in result.slots:
        phase = result.phase(slot.phase_id)
        assert phase.header.x - EPSILON <= slot.rect.x
        assert slot.rect.right <= phase.header.right + EPSILON


@LAYOUT_SETTINGS
@given(journeys(max_touchpoints=14))
def test_no_two_cards_overlap_and_cards_sit_in_their_lane_and_column(doc: JourneyMap) -> None:
    result = layout(doc, MEASURE)
    cards = result.cards
    for i, card in enumerate(cards):
        lane = result.lane(card.lane_id)
        assert lane is not None
        assert lane.content.y <= card.rect.y and card.rect.bottom <= lane.content.bottom
        column = result.slot(card.touchpoint_id).rect
        assert column.x <= card.rect.x and card.rect.right <= column.right
        for other in cards[i + 1 :]:
            assert not card.rect.intersects(other.rect)


@LAYOUT_SETTINGS
@given(journeys(max_touchpoints=14))
def test_every_score_gives_a_curve_point_inside_the_emotion_lane(doc: JourneyMap) -> None:
    result = layout(doc, MEASURE)
    emotion_lanes = [lane for lane in result.lanes if lane.kind == "emotion" and not lane.collapsed]
    if not emotion_lanes:
        assert result.curves == ()
        return
    band = emotion_lanes[0].content
    scored = {(tp.id, pid) for tp in doc.touchpoints for pid in tp.emotions}
    plotted = {(p.touchpoint_id, p.persona_id) for c in result.curves for p in c.points}
    assert plotted == scored
    for curve in result.curves:
        for point in curve.points:
            assert band.contains(point.point.x, point.point.y)
            assert point.point.x == result.slot(point.touchpoint_id).rect.centre_x


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-2, 2, allow_nan=False), min_size=2, max_size=30))
def test_the_curve_stays_within_the_lane_for_any_scores(scores: list[float]) -> None:
    doc = new_map("three-phases", "en")
    persona = doc.personas[0].id
    for i, score in enumerate(scores):
        doc.touchpoints.append(
            Touchpoint(
                phase_id=doc.phases[i % 3].id,
                lane_id=doc.lanes[0].id,
                title=f"T{i}",
                emotions={persona: score},
            )
        )
    result = layout(doc, MEASURE)
    scale = result.scales[0]
    (curve,) = result.curves
    for segment in curve.segments:
        for step in range(21):
            y = segment.at(step / 20).y
            assert scale.plot.y - EPSILON <= y <= scale.plot.bottom + EPSILON


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(-2, 2, allow_nan=False), min_size=2, max_size=12),
    st.integers(0, 11),
    st.floats(-2, 2, allow_nan=False),
)
def test_moving_one_point_updates_the_curve_as_a_full_recompute_would(
    ys: list[float], index: int, new_y: float
) -> None:
    points = [Point(i * 10.0, y) for i, y in enumerate(ys)]
    index %= len(points)
    segments = smooth_path(points)
    points[index] = Point(points[index].x, new_y)
    assert smooth_path_after_move(points, segments, index) == smooth_path(points)


def test_monotone_curve_never_overshoots_its_points() -> None:
    points = [Point(0, 0), Point(10, 100), Point(20, 100), Point(30, 0), Point(40, 50)]
    for segment in smooth_path(points):
        low, high = sorted((segment.start.y, segment.end.y))
        for step in range(51):
            assert low - EPSILON <= segment.at(step / 50).y <= high + EPSILON


def test_empty_phases_keep_a_minimum_width_and_phases_grow_with_cards() -> None:
    doc = new_map("five-phases", "en")
    for i in range(4):
        doc.touchpoints.append(
            Touchpoint(phase_id=doc.phases[1].id, lane_id=doc.lanes[0].id, title=f"T{i}")
        )
    result = layout(doc, MEASURE)
    widths = [p.header.w for p in result.phases]
    assert widths[0] >= engine.EMPTY_PHASE_WIDTH
    assert widths[1] == 4 * engine.SLOT_WIDTH
    assert result.width == engine.LANE_HEADER_WIDTH + sum(widths)


def test_long_text_wraps_and_is_ellipsised_at_a_set_height() -> None:
    doc = new_map("three-phases", "en")
    long_title = "An extremely long touchpoint title that cannot possibly fit on a card " * 3
    doc.touchpoints.append(
        Touchpoint(
            phase_id=doc.phases[0].id,
            lane_id=doc.lanes[0].id,
            title=long_title,
            pain_points=["A pain point described at great length, again and again. " * 8],
        )
    )
    result = layout(doc, MEASURE)
    (card,) = result.cards
    assert card.title.elided and card.title.lines[-1].endswith(ELLIPSIS)
    assert len(card.title.lines) * card.title.line_height <= card.title.rect.h + EPSILON
    for line in card.title.lines:
        assert MEASURE.width(line, card.title.style) <= card.title.rect.w + EPSILON
    (pain,) = [f for f in result.framework if f.field == "pain_points"]
    assert pain.text.elided
    lane = result.lane(pain.lane_id)
    assert lane is not None
    assert (
        engine.FRAMEWORK_MAX_HEIGHT - pain.text.line_height
        < lane.band.h
        <= engine.FRAMEWORK_MAX_HEIGHT
    )


def test_cjk_text_wraps_without_spaces() -> None:
    wrapper = Wrapper(MEASURE)
    lines, elided = wrapper.wrap(
        "在线购物网站使用旅程在线购物网站使用旅程", 100, styles_for_tests.BODY, 5
    )
    assert len(lines) > 1 and not elided
    assert "".join(lines) == "在线购物网站使用旅程在线购物网站使用旅程"


def test_layout_is_deterministic() -> None:
    doc = load(SAMPLE)
    assert layout(doc, MEASURE) == layout(doc, MEASURE)


def test_collapsed_lanes_are_thin_and_show_no_cards() -> None:
    doc = load(SAMPLE)
    doc.lanes[0].collapsed = True
    result = layout(doc, MEASURE)
    lane = result.lane(doc.lanes[0].id)
    assert lane is not None and lane.band.h == engine.COLLAPSED_LANE_HEIGHT
    assert not [c for c in result.cards if c.lane_id == doc.lanes[0].id]


def test_hidden_personas_and_lanes_are_left_out() -> None:
    doc = load(SAMPLE)
    keep = doc.personas[1].id
    lanes = {lane.id for lane in doc.lanes if lane.kind != "framework"}
    result = layout(doc, MEASURE, engine.LayoutOptions(personas={keep}, lanes=lanes))
    assert [c.persona_id for c in result.curves] == [keep]
    assert result.framework == ()
