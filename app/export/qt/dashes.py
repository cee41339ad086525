"""A dashed curve's dashes, laid out once as Qt lays them out, to draw a tile's share of them.

A banded export draws every tile with the curves cut to the tile. Qt lays a
dash pattern out from where the stroked path starts, so a cut curve would get
its dashes elsewhere; and Qt drops whole pattern cycles along the parts of a
path outside the image, which moves the dashes a little too, differently in
each band. So the exports lay the dashes of the whole curve out once, with
Qt's own arithmetic (``QDashStroker::processCurrentSubpath`` over
``QBezier::addToPolygon``, without the clipping), and stroke each tile's dashes
as solid lines with the same pen: the same outlines Qt's stroker would get from
its dasher for the whole curve, so the same pixels, in every band.
"""

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath, QPen, QTransform

from app.layout.curves import CubicSegment

Point = tuple[float, float]
_Bezier = tuple[float, float, float, float, float, float, float, float]
_MAX_DASHES = 32  # Qt reads at most 32 entries of a dash pattern
_T = TypeVar("_T")


def uniform_scale(transform: QTransform) -> float | None:
    """The scale of a transform that only scales (the same in x and y) and moves, else None."""
    kind = QTransform.TransformationType
    if transform.type() not in (kind.TxNone, kind.TxTranslate, kind.TxScale):
        return None
    if transform.m11() != transform.m22():
        return None
    # qt_scaleForTransform: the geometric mean of the two scales.
    return math.sqrt(abs(transform.m11() * transform.m22()))


def flattened(s: CubicSegment, threshold: float) -> list[Point]:
    """The points after the start that Qt's ``QBezier::addToPolygon`` gives for ``s``."""
    out: list[Point] = []
    first: _Bezier = (
        s.start.x, s.start.y, s.control1.x, s.control1.y,
        s.control2.x, s.control2.y, s.end.x, s.end.y,
    )  # fmt: skip
    stack: list[tuple[_Bezier, int]] = [(first, 9)]
    while stack:
        b, level = stack.pop()
        x1, y1, x2, y2, x3, y3, x4, y4 = b
        y4y1, x4x1 = y4 - y1, x4 - x1
        length = abs(x4x1) + abs(y4y1)
        if length > 1.0:
            d = abs(x4x1 * (y1 - y2) - y4y1 * (x1 - x2))
            d += abs(x4x1 * (y1 - y3) - y4y1 * (x1 - x3))
        else:
            d = abs(x1 - x2) + abs(y1 - y2) + abs(x1 - x3) + abs(y1 - y3)
            length = 1.0
        if d < threshold * length or level == 0:
            out.append((x4, y4))
            continue
        # Split in two halves (QBezier::split); the first half is flattened first.
        cx, cy = (x2 + x3) * 0.5, (y2 + y3) * 0.5
        ax2, ay2 = (x1 + x2) * 0.5, (y1 + y2) * 0.5
        bx3, by3 = (x3 + x4) * 0.5, (y3 + y4) * 0.5
        ax3, ay3 = (ax2 + cx) * 0.5, (ay2 + cy) * 0.5
        bx2, by2 = (bx3 + cx) * 0.5, (by3 + cy) * 0.5
        mx, my = (ax3 + bx2) * 0.5, (ay3 + by2) * 0.5
        stack.append(((mx, my, bx2, by2, bx3, by3, x4, y4), level - 1))
        stack.append(((x1, y1, ax2, ay2, ax3, ay3, mx, my), level - 1))
    return out


@dataclass(frozen=True)
class Dashes:
    """The dashes of a curve in order along it, each a polyline, and the solid pen for them."""

    lines: tuple[tuple[Point, ...], ...]
    pen: QPen
    lefts: tuple[float, ...]
    rights: tuple[float, ...]
    in_order: bool
    """Whether the dashes also go left to right (a curve through points sorted by x does)."""

    @classmethod
    def of(cls, segments: Sequence[CubicSegment], pen: QPen, scale: float) -> "Dashes":
        """Lay ``pen``'s dash pattern along the curve, painted at ``scale`` device pixels a unit."""
        lines = tuple(_dash(segments, pen, 0.5 / scale if scale else 0.5))
        solid = QPen(pen)
        solid.setStyle(Qt.PenStyle.SolidLine)
        lefts = tuple(min(x for x, _ in line) for line in lines)
        rights = tuple(max(x for x, _ in line) for line in lines)
        in_order = all(a <= b for a, b in pairwise(lefts)) and all(
            a <= b for a, b in pairwise(rights)
        )
        return cls(lines, solid, lefts, rights, in_order)

    def _chosen(self, items: Sequence[_T], left: float, right: float) -> Sequence[_T]:
        """The ``items`` (one per dash) of the dashes reaching into ``left``..``right``."""
        if self.in_order:
            return items[bisect_left(self.rights, left) : bisect_right(self.lefts, right)]
        return [
            item
            for item, a, b in zip(items, self.lefts, self.rights, strict=True)
            if b >= left and a <= right
        ]

    def within(self, left: float, right: float) -> QPainterPath:
        """The dashes reaching into ``left``..``right``: one path to stroke with :attr:`pen`."""
        path = QPainterPath()
        for line in self._chosen(self.lines, left, right):
            path.moveTo(*line[0])
            for point in line[1:]:
                path.lineTo(*point)
        return path

    def paths_within(self, left: float, right: float) -> Iterator[QPainterPath]:
        """The same dashes, one path each: what the exports stroke, one ``drawPath`` a dash.

        Qt's antialiased fill of a stroke works over the bounding box of what it fills,
        so one path of a tile's dashes (a tile wide) costs several times the dashes
        stroked one by one; the dashes never share a pixel (their gaps are wider than
        the pen), so the pixels are the same. Each path is made when asked for and
        not kept: a drawn path keeps Qt's converted copy of its points.
        """
        return map(_polyline, self._chosen(self.lines, left, right))


def _polyline(line: tuple[Point, ...]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*line[0])
    for point in line[1:]:
        path.lineTo(*point)
    return path


def _dash(segments: Sequence[CubicSegment], pen: QPen, threshold: float) -> list[tuple[Point, ...]]:
    """QDashStroker::processCurrentSubpath without a clip rectangle: the dashes' polylines."""
    width = pen.widthF() or 1.0
    dashes = [max(d, 0.0) * width for d in pen.dashPattern()[:_MAX_DASHES]]
    total = 0.0
    for d in dashes:
        total += d
    if abs(total) <= 1e-12 or not segments:
        return []
    inverse = 1.0 / total
    count = len(dashes) & -2
    index = 0
    pos = 0.0
    offset = pen.dashOffset() * width
    offset -= math.floor(offset * inverse) * total
    while offset >= dashes[index]:
        offset -= dashes[index]
        index = 0 if index + 1 >= count else index + 1
    start = 0.0
    previous = (segments[0].start.x, segments[0].start.y)
    move_to = previous
    has_move_to = False
    out: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for segment in segments:
        for point in flattened(segment, threshold):
            (x1, y1), (x2, y2) = previous, point
            length = math.hypot(x2 - x1, y2 - y1)
            stop = start + length
            done = pos >= stop
            while not done:
                has_offset = offset > 0
                even = (index & 1) == 0
                dpos = pos + dashes[index] - offset - start
                if dpos > length:  # the dash goes on past this line
                    offset = dashes[index] - (dpos - length)
                    pos = stop
                    done = True
                    end = point
                else:  # the dash ends on this line
                    t = dpos / length
                    end = (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
                    pos = dpos + start
                    done = pos >= stop
                    index = 0 if index + 1 >= count else index + 1
                    offset = 0.0
                if even:
                    if not has_offset or not has_move_to:
                        if current:
                            out.append(tuple(current))
                        current = [move_to]
                        has_move_to = True
                    current.append(end)
                move_to = end
            start = stop
            previous = point
    if current:
        out.append(tuple(current))
    return out
