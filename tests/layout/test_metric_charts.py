"""Metric lanes as a chosen chart: bars or a line, with the unit and a target line."""

from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journeys

from app.layout import layout
from app.layout.geometry import Point, Rect
from app.layout.model import Layout, MetricBar
from app.layout.text import ApproximateMeasure, Wrapper
from app.model.document import JourneyMap
from app.model.fileformat import load

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"
MEASURE = ApproximateMeasure()
CONVERSION = "8c333d48-f1f2-5788-9fd4-5a71038f96e5"


def sample(chart: str | None = None, target: float | None = None) -> tuple[JourneyMap, str]:
    """The sample with its conversion-rate lane drawn as ``chart`` and the metric's target."""
    doc = load(SAMPLE)
    lane = next(lane for lane in doc.lanes if lane.metric_id == CONVERSION)
    lanes = [
        lane.model_copy(update={"chart": chart}) if other.id == lane.id else other
        for other in doc.lanes
    ]
    metrics = [
        m.model_copy(update={"target": target}) if m.id == CONVERSION else m for m in doc.metrics
    ]
    return doc.model_copy(update={"lanes": lanes, "metrics": metrics}), lane.id


def marks(result: Layout, lane_id: str) -> list[MetricBar]:
    return [b for b in result.bars if b.lane_id == lane_id]


def text_rect(bar: MetricBar) -> Rect:
    width = Wrapper(MEASURE).width(bar.label.lines[0], bar.label.style)
    rect = bar.label.rect
    return Rect(rect.centre_x - width / 2, rect.y, width, rect.h)


def crosses(rect: Rect, a: Point, b: Point) -> bool:
    """Whether the segment a-b passes through ``rect`` (sampled finely)."""
    steps = 200
    for i in range(steps + 1):
        t = i / steps
        if rect.contains(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t):
            return True
    return False


def test_a_line_chart_puts_one_point_per_valued_touchpoint_in_its_column() -> None:
    doc, lane_id = sample("line")
    result = layout(doc, MEASURE)
    plot = result.metric_plots[lane_id]
    points = marks(result, lane_id)
    valued = [tp.id for tp in doc.touchpoints_in_journey_order() if CONVERSION in tp.metrics]
    assert plot.chart == "line"
    assert [p.touchpoint_id for p in points] == valued
    assert list(plot.line) == [p.point for p in points]
    for mark in points:
        assert mark.point.x == result.slot(mark.touchpoint_id).rect.centre_x
        assert mark.rect.contains(mark.point.x, mark.point.y)


def test_higher_values_sit_higher_and_inside_the_lane() -> None:
    doc, lane_id = sample("line")
    result = layout(doc, MEASURE)
    lane = result.lane(lane_id)
    assert lane is not None
    by_value = sorted(marks(result, lane_id), key=lambda m: m.value)
    ys = [m.point.y for m in by_value]
    assert ys == sorted(ys, reverse=True)
    assert ys[0] > ys[-1]
    for mark in by_value:
        assert lane.content.contains(mark.point.x, mark.point.y)
        assert lane.content.y <= mark.label.rect.y
        assert mark.label.rect.bottom <= lane.content.bottom


def test_values_are_labelled_with_the_metric_unit_on_bars_and_lines() -> None:
    for chart in (None, "bars", "line"):
        doc, lane_id = sample(chart)
        labels = [m.label.lines[0] for m in marks(layout(doc, MEASURE), lane_id)]
        assert labels[:3] == ["1.8%", "22%", "31%"]


def test_line_labels_overlap_neither_each_other_nor_the_line() -> None:
    doc, lane_id = sample("line", target=50)
    result = layout(doc, MEASURE)
    points = marks(result, lane_id)
    rects = [text_rect(p) for p in points]
    for i, rect in enumerate(rects):
        for other in rects[i + 1 :]:
            assert not rect.intersects(other)
        for a, b in pairwise(result.metric_plots[lane_id].line):
            assert not crosses(rect, a, b), (points[i].label.lines, a, b)


def test_bars_stay_bars_and_have_no_line() -> None:
    doc, lane_id = sample(None)
    result = layout(doc, MEASURE)
    plot = result.metric_plots[lane_id]
    assert plot.chart == "bars"
    assert plot.line == ()
    assert plot.target is None
    for bar in marks(result, lane_id):
        assert bar.rect.bottom == plot.zero  # all sample values are positive
        assert bar.rect.y == bar.point.y


def test_a_target_draws_a_labelled_line_at_its_value_on_both_charts() -> None:
    for chart in ("bars", "line"):
        doc, lane_id = sample(chart, target=50)
        result = layout(doc, MEASURE)
        plot = result.metric_plots[lane_id]
        assert plot.target is not None
        # Labelled at the start of every phase, so it stays named wherever one looks.
        labels = plot.target.labels
        assert [label.lines for label in labels] == [("Target 50%",)] * len(result.phases)
        assert [
            round(label.rect.x - phase.header.x)
            for label, phase in zip(labels, result.phases, strict=True)
        ] == [6] * len(labels)
        by_value = {m.value: m.point.y for m in marks(result, lane_id)}
        # 46 % is just below the target, 84 % well above it.
        assert by_value[84.0] < plot.target.y < by_value[46.0]
        for mark in marks(result, lane_id):
            for label in labels:
                assert not label.rect.intersects(text_rect(mark))
                assert not label.rect.intersects(mark.rect)


def test_a_target_above_every_value_widens_the_scale_to_show_it() -> None:
    doc, lane_id = sample("line", target=120)
    result = layout(doc, MEASURE)
    lane = result.lane(lane_id)
    plot = result.metric_plots[lane_id]
    assert lane is not None and plot.target is not None
    assert lane.content.y < plot.target.y < min(m.point.y for m in marks(result, lane_id))
    for label in plot.target.labels:
        assert lane.content.y <= label.rect.y
        assert label.rect.bottom <= lane.content.bottom


def test_the_layout_is_the_same_every_time() -> None:
    doc, _ = sample("line", target=50)
    assert layout(doc, MEASURE) == layout(doc, MEASURE)


def test_the_target_line_never_strikes_a_value_label_through() -> None:
    for chart in ("bars", "line"):
        # 46 % and 38 % sit just under a 44 % target, 22 % and 27 % just over a 20 % one.
        for target in (44.0, 20.0, 50.0):
            doc, lane_id = sample(chart, target=target)
            result = layout(doc, MEASURE)
            plot = result.metric_plots[lane_id]
            assert plot.target is not None
            for mark in marks(result, lane_id):
                label = mark.label.rect
                assert not label.y < plot.target.y < label.bottom, (chart, target, mark.value)


def test_the_target_labels_keep_off_the_line() -> None:
    for target in (50.0, 44.0, 20.0, 30.0):
        doc, lane_id = sample("line", target=target)
        plot = layout(doc, MEASURE).metric_plots[lane_id]
        assert plot.target is not None
        for label in plot.target.labels:
            for a, b in pairwise(plot.line):
                assert not crosses(label.rect, a, b), (target, label.rect)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    journeys(max_touchpoints=12),
    st.lists(st.sampled_from([None, "bars", "line"]), min_size=2, max_size=2),
    st.lists(
        st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
        min_size=2,
        max_size=2,
    ),
)
def test_any_map_charts_its_metrics_inside_their_lanes(
    doc: JourneyMap, charts: list[str | None], targets: list[float | None]
) -> None:
    metric_lanes = [lane for lane in doc.lanes if lane.kind == "metric"]
    chart_of = {lane.id: charts[i % 2] for i, lane in enumerate(metric_lanes)}
    doc = doc.model_copy(
        update={
            "lanes": [
                lane.model_copy(update={"chart": chart_of.get(lane.id)}) for lane in doc.lanes
            ],
            "metrics": [
                m.model_copy(update={"target": targets[i % 2]}) for i, m in enumerate(doc.metrics)
            ],
        }
    )
    result = layout(doc, MEASURE)
    for lane in doc.lanes:
        box = result.lane(lane.id)
        if lane.kind != "metric" or box is None or lane.collapsed:
            continue
        plot = result.metric_plots[lane.id]
        assert plot.chart == (chart_of[lane.id] or "bars")
        content = box.content
        for mark in marks(result, lane.id):
            assert content.contains(mark.point.x, mark.point.y)
            assert content.y <= mark.label.rect.y and mark.label.rect.bottom <= content.bottom
        if plot.target is not None:
            assert content.y <= plot.target.y <= content.bottom
            for label in plot.target.labels:
                assert content.y <= label.rect.y and label.rect.bottom <= content.bottom


def test_a_french_map_writes_its_figures_with_a_decimal_comma_and_names_its_target() -> None:
    """The map's language, not the interface's: "1,8 %", "4,7 /5", "Cible 50 %" on the canvas
    and in every export of a French map; "1.8%", "Target 50%" in an English one."""
    nnbsp = "\u202f"
    french_sample = SAMPLE.with_name("guitar-purchase.fr.journey")
    for path, language in ((SAMPLE, "en"), (french_sample, "fr")):
        doc = load(path)
        assert doc.language == language
        metrics = [
            m.model_copy(update={"target": 50}) if m.id == CONVERSION else m for m in doc.metrics
        ]
        result = layout(doc.model_copy(update={"metrics": metrics}), MEASURE)
        lane_id = next(lane.id for lane in doc.lanes if lane.metric_id == CONVERSION)
        plot = result.metric_plots[lane_id]
        assert plot.target is not None
        bar_texts = {bar.label.lines[0] for bar in marks(result, lane_id)}
        badges = {b.text for card in result.cards for b in card.badges if b.kind == "metric"}
        if language == "fr":
            assert plot.target.labels[0].lines == (f"Cible 50{nnbsp}%",)
            assert f"1,8{nnbsp}%" in bar_texts and f"84{nnbsp}%" in bar_texts
            assert f"3,4{nnbsp}/5" in badges and f"84{nnbsp}%" in badges
            assert not any("." in badge for badge in badges)
        else:
            assert plot.target.labels[0].lines == ("Target 50%",)
            assert "1.8%" in bar_texts and "84%" in bar_texts
            assert f"3.4{nnbsp}/5" in badges and "84%" in badges


def test_a_map_switched_to_french_rewrites_every_cards_figures() -> None:
    """The canvas reuses a card's box when nothing it shows changed (one Wrapper for every
    layout): the map's language is part of what a metric badge shows."""
    doc = load(SAMPLE)
    wrapper = Wrapper(MEASURE)
    layout(doc, wrapper)
    french = doc.model_copy(update={"language": "fr"})

    def badges(result: Layout) -> list[tuple[str, ...]]:
        return [tuple(b.text for b in card.badges) for card in result.cards]

    reused, fresh = layout(french, wrapper), layout(french, Wrapper(MEASURE))
    assert badges(reused) == badges(fresh)
    assert any("," in text for card in badges(reused) for text in card)


def test_a_french_cards_evidence_badge_is_the_french_words_first_letter() -> None:
    """Observé, supposé, proposé: "A" (assumed) means nothing on a French map."""
    doc = load(SAMPLE)
    wrapper = Wrapper(MEASURE)
    for language, letters in (("en", {"O", "A", "P"}), ("fr", {"O", "S", "P"})):
        result = layout(doc.model_copy(update={"language": language}), wrapper)
        shown = {b.text for card in result.cards for b in card.badges if b.kind == "evidence"}
        kinds = {tp.evidence for tp in doc.touchpoints} - {"unstated"}
        assert len(shown) == len(kinds) and shown <= letters, (language, shown)
