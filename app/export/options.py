"""What an export includes and how it is laid out; shared by CLI, dialog and exporters."""

from dataclasses import dataclass
from typing import Literal

Paper = Literal["A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid"]
PageLayout = Literal["fit", "poster", "tiles", "slides"]
Orientation = Literal["landscape", "portrait"]

MM = 72 / 25.4
PAPER_SIZES: dict[str, tuple[float, float]] = {
    # Portrait width and height in PDF points.
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "A2": (420 * MM, 594 * MM),
    "A1": (594 * MM, 841 * MM),
    "A0": (841 * MM, 1189 * MM),
    "Letter": (612.0, 792.0),
    "Legal": (612.0, 1008.0),
    "Tabloid": (792.0, 1224.0),
}
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
    tile_paper: Paper = "A4"
    scale: float = 1.0
    """PNG: pixels per layout unit (1x, 2x). PDF tiles: the map's size (1 = natural size)."""
    dpi: float | None = None
    """PNG: render the whole map at this resolution on ``paper`` instead of at ``scale``."""
    transparent: bool = False
