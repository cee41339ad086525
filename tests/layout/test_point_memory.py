"""A layout point is small (a complex number) yet reads and compares like the frozen box it was."""

import copy
import pickle
import sys

import pytest

from app.layout.curves import forget_smoothed_paths, smooth_path
from app.layout.geometry import Point


def test_a_point_reads_its_coordinates_as_floats() -> None:
    point = Point(3, -1.5)
    assert (point.x, point.y) == (3.0, -1.5)
    assert isinstance(point.x, float) and isinstance(point.y, float)
    assert repr(point) == "Point(x=3.0, y=-1.5)"


def test_points_compare_and_hash_by_coordinates() -> None:
    assert Point(1.0, 2.0) == Point(1, 2)
    assert Point(1.0, 2.0) != Point(2.0, 1.0)
    assert len({Point(1.0, 2.0), Point(1, 2), Point(0.0, 0.0)}) == 2
    assert pickle.loads(pickle.dumps(Point(1.0, 2.0))) == Point(1.0, 2.0)
    assert type(copy.deepcopy(Point(1.0, 2.0))) is Point


def test_the_origin_is_a_point_not_nothing() -> None:
    assert Point(0.0, 0.0)
    assert (Point(0.0, 0.0) or None) is not None


def test_a_point_cannot_be_changed() -> None:
    point = Point(1.0, 2.0)
    with pytest.raises(AttributeError):
        point.x = 5.0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        point.z = 5.0  # type: ignore[attr-defined]


def test_a_point_holds_its_coordinates_inside() -> None:
    # 32 bytes with both coordinates, where a slotted class took 32 plus two 24-byte floats.
    assert sys.getsizeof(Point(1.0, 2.0)) <= 32 + 16


def test_curve_segments_share_the_curve_points() -> None:
    forget_smoothed_paths()
    points = [Point(0.0, 1.0), Point(10.0, 3.0), Point(20.0, 2.0)]
    segments = smooth_path(points)
    assert [s.start for s in segments] == points[:-1]
    assert all(s.start is p for s, p in zip(segments, points[:-1], strict=True))
    assert segments[-1].end is points[-1]
    # Found again by coordinates, even through other point objects.
    again = smooth_path([Point(p.x, p.y) for p in points])
    assert again == segments
    forget_smoothed_paths()
