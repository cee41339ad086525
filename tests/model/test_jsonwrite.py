"""A map's file is written as ``json.dumps(indent=2, ensure_ascii=False)`` writes it,
byte for byte, by the faster writer (app.model.jsonwrite)."""

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.fileformat import dumps, load, to_data
from app.model.jsonwrite import dumps_indented
from app.resources import sample_map
from tests.strategies import journeys


def standard(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_samples_are_written_as_json_writes_them(language: str) -> None:
    doc = load(sample_map(language))
    assert dumps(doc) == (standard(to_data(doc)) + "\n").encode("utf-8")
    assert dumps(doc) == sample_map(language).read_bytes()  # and as they are stored


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_any_map_is_written_as_json_writes_it(doc: Any) -> None:
    data = to_data(doc)
    assert dumps_indented(data) == standard(data)


leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()  # control characters, quotes, backslashes, emoji, lone surrogates
)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(values)
def test_any_json_value_is_written_as_json_writes_it(value: Any) -> None:
    assert dumps_indented(value) == standard(value)


def test_what_the_fast_path_does_not_take_is_written_by_json_itself() -> None:
    unusual = {"tuple": (1, "two"), "keys": {1: "one", None: "none", 2.5: "half"}, "sub": True}
    assert dumps_indented(unusual) == standard(unusual)
    assert dumps_indented([[], {}, [{}], -0.0, 1e-7, 10**30, "é\u2028\x00"]) == standard(
        [[], {}, [{}], -0.0, 1e-7, 10**30, "é\u2028\x00"]
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_a_number_json_cannot_hold_is_refused_as_json_refuses_it(bad: float) -> None:
    with pytest.raises(ValueError) as ours:
        dumps_indented({"x": [bad]})
    with pytest.raises(ValueError) as theirs:
        standard({"x": [bad]})
    assert str(ours.value) == str(theirs.value)
