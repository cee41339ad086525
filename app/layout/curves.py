"""Smooth emotion curves that never overshoot: Steffen's monotone cubic interpolation.

Between two data points the curve is monotone, and its extremes are the data
points themselves, so a curve through scores in -2..+2 stays in -2..+2 (and so
inside the emotion lane) whatever the scores.
"""

from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any, overload

from app.layout.frozen import frozen
from app.layout.geometry import Point


@frozen
class CubicSegment:
    """A cubic Bézier from ``start`` to ``end`` with two control points."""

    start: Point
    control1: Point
    control2: Point
    end: Point

    def at(self, t: float) -> Point:
        """The point at parameter ``t`` in [0, 1]."""
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return Point(
            a * self.start.x + b * self.control1.x + c * self.control2.x + d * self.end.x,
            a * self.start.y + b * self.control1.y + c * self.control2.y + d * self.end.y,
        )


class Segments(Sequence[CubicSegment]):
    """A smooth curve's segments, kept compactly: the points the curve goes through and the
    two control points of each segment as four floats in an array; each
    :class:`CubicSegment` is made when it is asked for.

    A sequence like the tuple of segments it stands for: same length, items, slices
    (tuples), iteration, equality (also with a tuple or list of the same segments), hash and
    representation. A 10,000-touchpoint map's eight curves took 11 MiB as segment objects
    (a segment and its two control points: 160 bytes), and take 2.3 MiB this way.
    """

    __slots__ = ("controls", "points")

    def __init__(self, points: tuple[Point, ...], controls: "array[float]") -> None:
        self.points = points
        """The points the curve goes through (one more than the segments)."""
        self.controls = controls
        """``x1, y1, x2, y2`` of each segment's two control points, one segment after the other."""

    @classmethod
    def of(cls, segments: Sequence[CubicSegment]) -> "Segments":
        """``segments``, each starting where the one before ends, kept compactly (as
        :func:`smooth_path_after_change` gives them after an edit, for instance).

        Raises ``ValueError`` when a segment does not start where the one before ended.
        """
        if isinstance(segments, Segments):
            return segments
        if not segments:
            return cls((), array("d"))
        points = [segments[0].start]
        controls = array("d", bytes(32 * len(segments)))
        for index, segment in enumerate(segments):
            if segment.start != points[-1]:
                raise ValueError(f"segment {index} does not start where the one before ends")
            j = 4 * index
            controls[j], controls[j + 1] = segment.control1.x, segment.control1.y
            controls[j + 2], controls[j + 3] = segment.control2.x, segment.control2.y
            points.append(segment.end)
        return cls(tuple(points), controls)

    def __len__(self) -> int:
        return max(0, len(self.points) - 1)

    @overload
    def __getitem__(self, index: int) -> CubicSegment: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[CubicSegment, ...]: ...

    def __getitem__(self, index: int | slice) -> CubicSegment | tuple[CubicSegment, ...]:
        if isinstance(index, slice):
            return tuple(self._segment(i) for i in range(*index.indices(len(self))))
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("segment index out of range")
        return self._segment(index)

    def _segment(self, index: int) -> CubicSegment:
        c, j = self.controls, 4 * index
        return CubicSegment(
            self.points[index],
            Point(c[j], c[j + 1]),
            Point(c[j + 2], c[j + 3]),
            self.points[index + 1],
        )

    def __iter__(self) -> Iterator[CubicSegment]:
        points, make, point = self.points, CubicSegment, Point
        c = iter(self.controls)  # four at a time, below
        # Each segment's start and end: the points but the last, the points but the first.
        ends = islice(points, 1, None)
        for start, end, x1, y1, x2, y2 in zip(points, ends, c, c, c, c, strict=False):
            yield make(start, point(x1, y1), point(x2, y2), end)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segments):
            if len(self) == 0 or len(other) == 0:  # a lone point draws no segment
                return len(self) == len(other)
            return self.points == other.points and self.controls == other.controls
        if isinstance(other, tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))  # as the tuple of the same segments

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Segments, (self.points, self.controls))


def _sign(value: float) -> float:
    return (value > 0) - (value < 0)


def monotone_tangents(xs: list[float], ys: list[float]) -> list[float]:
    """Steffen (1990) slopes at each point; ``xs`` strictly increasing."""
    n = len(xs)
    if n < 2:
        return [0.0] * n
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    d = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    slopes = [d[0]] + [0.0] * (n - 2) + [d[-1]]
    for i in range(1, n - 1):
        p = (d[i - 1] * h[i] + d[i] * h[i - 1]) / (h[i - 1] + h[i])
        slopes[i] = (_sign(d[i - 1]) + _sign(d[i])) * min(abs(d[i - 1]), abs(d[i]), 0.5 * abs(p))
    return slopes


SMOOTHED_KEPT = 64
"""Curves (or stretches of curves) whose segments are kept for when they come back."""
_smoothed: OrderedDict[tuple[Point, ...], Segments]
_smoothed = OrderedDict()


def smooth_path(points: list[Point]) -> list[CubicSegment]:
    """Bézier segments through ``points`` (sorted by x, distinct x) without overshoot."""
    return list(smooth_segments(points))


def smooth_segments(points: Sequence[Point]) -> Segments:
    """:func:`smooth_path`'s segments, kept compactly (see :class:`Segments`)."""
    # Kept by coordinates: after an edit, only the curves whose points moved are computed
    # again, and an undo finds its curves. Points hash and compare in C (they are complex
    # numbers), and the key holds the points themselves, not copies of their coordinates.
    if len(points) < 2:
        return Segments(tuple(points), array("d"))
    key = tuple(points)
    found = _smoothed.get(key)
    if found is None:
        found = _smoothed[key] = _smooth(key)
        if len(_smoothed) > SMOOTHED_KEPT:
            _smoothed.popitem(last=False)
    else:
        _smoothed.move_to_end(key)
    return found


def _smooth(points: tuple[Point, ...]) -> Segments:
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    slopes = monotone_tangents(xs, ys)
    controls = array("d", bytes(32 * (len(points) - 1)))
    for i in range(len(points) - 1):
        third = (xs[i + 1] - xs[i]) / 3
        j = 4 * i
        controls[j] = xs[i] + third
        controls[j + 1] = ys[i] + slopes[i] * third
        controls[j + 2] = xs[i + 1] - third
        controls[j + 3] = ys[i + 1] - slopes[i + 1] * third
    return Segments(points, controls)


def forget_smoothed_paths() -> None:
    """Drop the cached curves: another map is shown, the old map's curves will not come back."""
    _smoothed.clear()


def smooth_path_after_move(
    points: list[Point], segments: list[CubicSegment], index: int
) -> list[CubicSegment]:
    """``segments`` of ``smooth_path(points)`` after only ``points[index]`` moved.

    A slope depends on its two neighbours only, so just the four segments
    around the moved point change: dragging one point of a 2,000-point curve
    costs the same as dragging a point of a short one.
    """
    return list(smooth_path_after_change(points, segments, index, index + 1))


def smooth_path_after_change(
    points: Sequence[Point], segments: Sequence[CubicSegment], start: int, end: int
) -> Sequence[CubicSegment]:
    """``segments`` of ``smooth_path(points)`` after only ``points[start:end]`` moved.

    The segments two points either side of the span change with it; the others
    are kept. The number of points must not have changed. Compact :class:`Segments`
    give compact segments (their arrays spliced: no segment object is made); a list or
    tuple gives a list.
    """
    low, high = max(0, start - 3), min(len(points), end + 3)
    local = smooth_segments(points[low:high])
    first, last = max(0, start - 2), min(len(segments), end + 1)
    if isinstance(segments, Segments):
        kept = segments.controls
        controls = kept[: 4 * first] + local.controls[4 * (first - low) : 4 * (last - low)]
        controls += kept[4 * last :]
        return Segments(tuple(points[:]), controls)
    return [*segments[:first], *local[first - low : last - low], *segments[last:]]


def smooth_path_after_tail(
    points: Sequence[Point], segments: Sequence[CubicSegment], start: int
) -> Sequence[CubicSegment]:
    """``segments`` of ``smooth_path(points)`` when only ``points[start:]`` changed.

    The points from ``start`` on may be other points, and more or fewer of them (cards
    added or removed, the columns after them moved); ``segments`` are those of the curve
    before, whose first ``start`` points were the same. The segments two points before
    ``start`` and every one after it are made again; those before are kept. Compact
    :class:`Segments` give compact segments, a list or tuple a list.
    """
    if len(points) < 2:
        return smooth_segments(points)
    low = max(0, start - 3)
    first = min(max(0, start - 2), len(points) - 1, len(segments))
    low = min(low, first)
    local = smooth_segments(points[low:])
    if isinstance(segments, Segments):
        controls = segments.controls[: 4 * first] + local.controls[4 * (first - low) :]
        # The points before ``start`` are the curve's own: only the others are read.
        return Segments(segments.points[:start] + tuple(points[start:]), controls)
    return [*segments[:first], *local[first - low :]]
