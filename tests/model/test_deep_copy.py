"""A map's deep copy (``model_copy(deep=True)``, used by commands, paste, compare and
exports) equals the map and shares nothing that can change with it."""

from typing import Any

from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel
from strategies import journeys

from app.model.document import JourneyMap
from app.model.fileformat import dumps, load
from app.resources import sample_map


def mutable_parts(value: Any, found: dict[int, Any]) -> dict[int, Any]:
    """Every list, dict, set and model inside ``value``, by identity."""
    if isinstance(value, BaseModel):
        found[id(value)] = value
        found[id(value.__pydantic_fields_set__)] = value.__pydantic_fields_set__
        for field in value.__dict__.values():
            mutable_parts(field, found)
    elif isinstance(value, list | dict | set):
        found[id(value)] = value
        for item in value.values() if isinstance(value, dict) else value:
            mutable_parts(item, found)
    return found


def assert_independent_copy(doc: JourneyMap) -> None:
    copy = doc.model_copy(deep=True)
    assert copy == doc
    assert dumps(copy) == dumps(doc)
    assert copy.model_fields_set == doc.model_fields_set
    for ours, theirs in zip(copy.touchpoints, doc.touchpoints, strict=True):
        assert ours.model_fields_set == theirs.model_fields_set
    shared = mutable_parts(copy, {}).keys() & mutable_parts(doc, {}).keys()
    assert not shared


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_a_deep_copy_equals_the_map_and_shares_nothing_that_changes(doc: JourneyMap) -> None:
    assert_independent_copy(doc)


def test_changing_the_copy_of_the_sample_leaves_the_sample_alone() -> None:
    doc = load(sample_map("en"))
    assert_independent_copy(doc)
    before = dumps(doc)
    copy = doc.model_copy(deep=True)
    card = copy.touchpoints[0]
    card.actions.append("Added to the copy")
    card.emotions[copy.personas[0].id] = -2.0
    assert card.opportunities
    card.opportunities[0].text = "Changed in the copy"
    copy.personas[0].goals.append("A goal of the copy")
    copy.phases[0].name = "Renamed in the copy"
    assert dumps(doc) == before
