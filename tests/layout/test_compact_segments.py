"""A layout keeps its curves' segments compactly, and they read as the segments they were.

``Segments`` stands for the tuple of ``CubicSegment`` the curve smoothing made before: the
same items, slices, order, equality (with such a tuple too), hash and representation, for
any points; a layout's curves use it, and take a fraction of the memory.
"""

import pickle
import tracemalloc

from hypothesis import given
from hypothesis import strategies as st

from app.layout.curves import (
    CubicSegment,
    Segments,
    forget_smoothed_paths,
    monotone_tangents,
    smooth_path,
    smooth_path_after_tail,
    smooth_segments,
)
from app.layout.engine import layout
from app.layout.geometry import Point
from app.layout.text import ApproximateMeasure, Wrapper
from app.model.fileformat import load
from app.resources import sample_map


def reference(points: list[Point]) -> tuple[CubicSegment, ...]:
    """The segments as they were built before they were kept compactly."""
    if len(points) < 2:
        return ()
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    slopes = monotone_tangents(xs, ys)
    segments = []
    for i in range(len(points) - 1):
        third = (xs[i + 1] - xs[i]) / 3
        segments.append(
            CubicSegment(
                points[i],
                Point(xs[i] + third, ys[i] + slopes[i] * third),
                Point(xs[i + 1] - third, ys[i + 1] - slopes[i + 1] * third),
                points[i + 1],
            )
        )
    return tuple(segments)


SCORES = st.lists(st.floats(-2, 2, allow_nan=False), max_size=40)


@given(SCORES)
def test_compact_segments_are_the_segments(scores: list[float]) -> None:
    forget_smoothed_paths()
    points = [Point(40.0 * i + 0.5, 100 - 20 * v) for i, v in enumerate(scores)]
    expected = reference(points)
    found = smooth_segments(points)
    assert isinstance(found, Segments)
    assert len(found) == len(expected)
    assert tuple(found) == expected and list(found) == list(expected)
    assert found == expected and expected == found and found == list(expected)
    assert hash(found) == hash(expected)
    assert repr(found) == repr(expected)
    assert smooth_path(points) == list(expected)
    for index in range(-len(expected), len(expected)):
        assert found[index] == expected[index]
    assert found[1:-1] == expected[1:-1] and found[::2] == expected[::2]
    assert pickle.loads(pickle.dumps(found)) == found
    packed = Segments.of(list(expected))
    assert packed == found and packed.controls == found.controls
    assert packed.points == (found.points if expected else ())
    assert Segments.of(found) is found
    if expected:
        assert found != expected[:-1]
        last = expected[-1]
        bent = CubicSegment(last.start, last.control1, Point(last.end.x, last.end.y + 1), last.end)
        assert found != (*expected[:-1], bent)


def test_an_index_past_the_end_is_an_error() -> None:
    found = smooth_segments([Point(0, 0), Point(10, 5)])
    assert len(found) == 1
    for index in (1, -2):
        try:
            found[index]
        except IndexError:
            continue
        raise AssertionError(f"segment {index} of 1 was found")


def test_a_layouts_curves_are_compact_and_drawn_through_their_points() -> None:
    doc = load(sample_map("en"))
    forget_smoothed_paths()
    tracemalloc.start()
    try:
        result = layout(doc, Wrapper(ApproximateMeasure()))
        curves = result.curves
        assert curves and all(isinstance(c.segments, Segments) for c in curves)
        kept = sum(len(c.segments.controls) * 8 for c in curves if isinstance(c.segments, Segments))
        count = sum(len(c.segments) for c in curves)
        before = tracemalloc.get_traced_memory()[0]
        as_objects = [tuple(c.segments) for c in curves]
        objects = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert count > 0 and kept <= objects / 3  # 32 bytes a segment against 160
    for curve, segments in zip(curves, as_objects, strict=True):
        assert [s.start for s in segments] == [p.point for p in curve.points[:-1]]
        assert [s.end for s in segments] == [p.point for p in curve.points[1:]]


def test_segments_that_do_not_join_are_not_packed() -> None:
    a, b, c = Point(0, 0), Point(10, 5), Point(20, 0)
    joined = [CubicSegment(a, a, b, b), CubicSegment(b, b, c, c)]
    assert list(Segments.of(joined)) == joined
    try:
        Segments.of([joined[0], CubicSegment(c, c, a, a)])
    except ValueError:
        return
    raise AssertionError("a gap between segments was packed")


@given(
    st.lists(st.floats(-2, 2, allow_nan=False), max_size=30),
    st.lists(st.floats(-2, 2, allow_nan=False), max_size=30),
    st.integers(0, 30),
    st.booleans(),
)
def test_a_curve_made_again_from_a_point_on_is_the_curve_made_afresh(
    before: list[float], tail: list[float], start: int, compact: bool
) -> None:
    # Cards added or deleted: the points from one on change (more or fewer of them, moved
    # one column along); the curve is made again from there and must be the same curve.
    start = min(start, len(before))
    old = [Point(40.0 * i, y) for i, y in enumerate(before)]
    new = old[:start] + [Point(40.0 * (start + i) + 7, y) for i, y in enumerate(tail)]
    segments = smooth_segments(old) if compact else tuple(reference(old))
    made = smooth_path_after_tail(new, segments, start)
    assert tuple(made) == reference(new)
    if len(new) >= 2:  # a lone point draws nothing, kept compactly whatever came in
        assert isinstance(made, Segments) == compact
