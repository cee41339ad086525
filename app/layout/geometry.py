"""Rectangles and points in layout units (1 unit = 1 px at 100 % zoom = 0.75 pt)."""

from typing import TYPE_CHECKING

from app.layout.frozen import frozen


@frozen
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.h

    @property
    def centre_x(self) -> float:
        """The x of the centre."""
        return self.x + self.w / 2

    @property
    def centre_y(self) -> float:
        """The y of the centre."""
        return self.y + self.h / 2

    def inset(self, dx: float, dy: float | None = None) -> "Rect":
        """This rectangle shrunk by ``dx`` left and right and ``dy`` top and bottom."""
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def contains(self, x: float, y: float) -> bool:
        """True when the point lies inside or on the edge."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: "Rect") -> bool:
        """True when the two rectangles share some area (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


class Point(complex):
    """A point in layout units: ``Point(x, y)``, read as ``point.x`` and ``point.y``.

    Made as the complex number x + y·i rather than as a slotted class: a layout holds
    a quarter of a million points at 10,000 touchpoints (curve points and control
    points), and a point is then 48 bytes with its coordinates inside, where a slotted
    class took 96 (the object, the collector's header, two float objects). Like every
    instance of a class made in Python, a point still has the collector's header and is
    tracked by it (a plain ``complex`` would not be). Built, compared and hashed in C. Like a frozen
    dataclass it is never changed, equal to another point with the same coordinates,
    hashable and always true; unlike one, it also equals the complex number x + y·i,
    its coordinates are always floats, and it has complex arithmetic (unused).
    """

    __slots__ = ()

    if TYPE_CHECKING:

        def __new__(cls, x: float, y: float) -> "Point": ...

        @property
        def x(self) -> float:
            """The horizontal coordinate."""

        @property
        def y(self) -> float:
            """The vertical coordinate."""

    else:
        x = complex.real
        y = complex.imag

    def __bool__(self) -> bool:
        return True  # a point at the origin is a point, not "nothing"

    def __repr__(self) -> str:
        return f"Point(x={self.real!r}, y={self.imag!r})"
