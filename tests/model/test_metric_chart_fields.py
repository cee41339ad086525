"""A metric's target and a metric lane's chart: optional, saved only when set."""

import pytest
from pydantic import ValidationError

from app.model.document import Lane, Metric
from app.model.fileformat import dumps, loads
from app.model.templates import new_map


def test_only_metric_lanes_choose_a_chart() -> None:
    assert Lane(kind="metric", name="CSAT", metric_id="m1", chart="line").chart == "line"
    with pytest.raises(ValidationError, match="only metric lanes have a chart"):
        Lane(kind="emotion", name="Emotions", chart="line")
    with pytest.raises(ValidationError):
        Lane(kind="metric", name="CSAT", metric_id="m1", chart="pie")


def test_a_target_must_be_a_finite_number() -> None:
    assert Metric(name="CSAT", unit="/5", target=4.5).target == 4.5
    with pytest.raises(ValidationError):
        Metric(name="CSAT", target=float("nan"))


def test_target_and_chart_are_written_only_when_set_and_read_back() -> None:
    doc = new_map()
    metric = Metric(name="Conversion", unit="%")
    lane = Lane(kind="metric", name="Conversion", metric_id=metric.id)
    plain = doc.model_copy(update={"metrics": [metric], "lanes": [*doc.lanes, lane]})
    assert b'"target"' not in dumps(plain) and b'"chart"' not in dumps(plain)
    charted = plain.model_copy(
        update={
            "metrics": [metric.model_copy(update={"target": 50.0})],
            "lanes": [*doc.lanes, lane.model_copy(update={"chart": "line"})],
        }
    )
    again = loads(dumps(charted))
    assert again.metrics[0].target == 50.0
    assert again.lanes[-1].chart == "line"
