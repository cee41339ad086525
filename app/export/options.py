"""What an export includes and how it is laid out; shared by CLI, dialog and exporters."""

from dataclasses import dataclass
from typing import Literal, get_args

Paper = Literal["A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid"]
"""Every sheet an export can use; the command line, the dialog and the settings offer these."""
TilePaper = Literal["A4", "A3", "Letter"]
"""The sheets a tiled poster can be printed on (ones an office printer takes)."""
PageLayout = Literal["fit", "poster", "tiles", "slides"]
Orientation = Literal["landscape", "portrait"]

MM = 72 / 25.4
INCH = 72.0
_ISO_MM: dict[Paper, tuple[float, float]] = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
}
_US_INCHES: dict[Paper, tuple[float, float]] = {
    "Letter": (8.5, 11),
    "Legal": (8.5, 14),
    "Tabloid": (11, 17),
}
PAPER_SIZES: dict[str, tuple[float, float]] = {
    # Portrait width and height in PDF points.
    **{name: (w * MM, h * MM) for name, (w, h) in _ISO_MM.items()},
    **{name: (w * INCH, h * INCH) for name, (w, h) in _US_INCHES.items()},
}
PAPERS: tuple[Paper, ...] = get_args(Paper)
"""The sheet names in the order they are offered."""
TILE_PAPERS: tuple[TilePaper, ...] = get_args(TilePaper)
US_PAPERS: frozenset[Paper] = frozenset(_US_INCHES)
"""North American sheets (the PDF appendix then uses Letter rather than A4)."""
assert set(PAPERS) == set(PAPER_SIZES) and set(TILE_PAPERS) <= set(PAPERS)

POINTS_PER_UNIT = 0.75
"""One layout unit is one pixel at 96 dpi, which is 0.75 PDF point."""


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height in points of ``paper`` in ``orientation``."""
    width, height = PAPER_SIZES[paper]
    return (height, width) if orientation == "landscape" else (width, height)


@dataclass(frozen=True)
class ExportOptions:
    """Choices for one export. ``None`` for personas or lanes means all of them."""

    personas: frozenset[str] | None = None
    lanes: frozenset[str] | None = None
    redact: bool = False
    appendix: bool = True
    layout: PageLayout = "fit"
    paper: Paper = "A3"
    orientation: Orientation = "landscape"
    tile_paper: TilePaper = "A4"
    scale: float = 1.0
    """PNG: pixels per layout unit (1x, 2x). PDF tiles: the map's size (1 = natural size)."""
    dpi: float | None = None
    """PNG: render the whole map at this resolution on ``paper`` instead of at ``scale``."""
    transparent: bool = False
    notes: bool = False
    """Show the map's sticky notes (left out, and not shared in the attached map, otherwise)."""
