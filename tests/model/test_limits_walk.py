"""The quicker walk over a map's parsed JSON counts the same text and refuses the same
value first, with the same message, as the walk it replaced (kept here as the reference).

Limits are made small so that random values go beyond them often.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from app.model import limits
from app.model.errors import InputError


def reference_walk(journey: dict[str, Any], source: str | None) -> int:
    """``limits._walk`` before it skipped empty containers and split dicts from lists."""
    total = 0
    top = set(limits.COLLECTIONS)
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(journey, ())]
    while stack:
        value, place = stack.pop()
        if isinstance(value, dict):
            items: Any = value.items()
            if len(value) > limits.MAX_ITEMS and place != ():
                limits._refuse_items(source, place, len(value))
        elif isinstance(value, list):
            if len(value) > limits.MAX_ITEMS and not (len(place) == 1 and place[0] in top):
                limits._refuse_items(source, place, len(value))
            items = enumerate(value)
        else:
            continue
        for key, item in items:
            if isinstance(key, str):
                total += len(key)
                if len(key) > limits.MAX_TEXT_CHARS:
                    limits._refuse_text(source, place, len(key), limits.MAX_TEXT_CHARS, key=True)
            if isinstance(item, str):
                total += len(item)
                limit = limits.MAX_AVATAR_CHARS if key == "data" else limits.MAX_TEXT_CHARS
                if len(item) > limit:
                    limits._refuse_text(source, (*place, key), len(item), limit)
            elif isinstance(item, dict | list):
                stack.append((item, (*place, key)))
    return total


def outcome(walk: Any, journey: Any) -> tuple[str, Any]:
    try:
        return "total", walk(journey, "map.journey")
    except InputError as error:
        return "refused", error.describe()


KEYS = st.sampled_from(["title", "data", "touchpoints", "lanes", "notes", "a", "abcdefgh"])
TEXTS = st.text(st.sampled_from("ab é中"), max_size=12)
SCALARS = st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | TEXTS
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(KEYS | TEXTS, inner, max_size=6),
    max_leaves=40,
)


@contextmanager
def small_limits() -> Iterator[None]:
    with (
        patch.object(limits, "MAX_ITEMS", 4),
        patch.object(limits, "MAX_TEXT_CHARS", 6),
        patch.object(limits, "MAX_AVATAR_CHARS", 9),
    ):
        yield


@given(journey=st.dictionaries(KEYS | TEXTS, JSON, max_size=6))
def test_the_walk_refuses_what_the_reference_refuses(journey: Any) -> None:
    with small_limits():
        assert outcome(limits._walk, journey) == outcome(reference_walk, journey)


def test_the_benchmark_map_counts_the_same_text() -> None:
    from benchmarks.maps import bench_map

    journey = bench_map(200).model_dump(mode="json")
    assert limits._walk(journey, None) == reference_walk(journey, None) > 10_000


def test_the_last_container_is_looked_at_first() -> None:
    journey = {"lanes": [[], {}, [1, 2, 3, 4, 5]], "a": [{}, "abcdefgh"]}
    with small_limits():
        kind, message = outcome(limits._walk, journey)
        assert kind == "refused" and message == outcome(reference_walk, journey)[1]
    assert "journey.a[1]" in message
