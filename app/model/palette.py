"""Colours shared by the model's defaults, the canvas and the exports (no Qt)."""

PERSONA_COLOURS: tuple[str, ...] = (
    # Okabe-Ito: distinguishable with every common colour-vision deficiency.
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#f0e442",
    "#000000",
)
PHASE_COLOURS: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#9c755f",
)
LANE_COLOURS: dict[str, str] = {
    "touchpoints": "#eef2f7",
    "framework": "#f7f7f2",
    "emotion": "#f4f0f8",
    "metric": "#eef6f1",
}


def persona_colour(index: int) -> str:
    """The default colour of the ``index``-th persona."""
    return PERSONA_COLOURS[index % len(PERSONA_COLOURS)]


def phase_colour(index: int) -> str:
    """The default colour of the ``index``-th phase."""
    return PHASE_COLOURS[index % len(PHASE_COLOURS)]


DASH_PATTERNS: dict[str, tuple[float, ...]] = {
    # On/off lengths in multiples of the pen width; () is a solid line.
    "solid": (),
    "dashed": (6, 3),
    "dotted": (2, 2),
    "dash-dot": (8, 3, 2, 3),
    "fine-dots": (1, 3),
    "long-dash": (12, 4),
    "dash-dot-dot": (4, 2, 1, 2, 1, 2),
    "sparse": (3, 5),
}
PERSONA_DASH_NAMES: tuple[str, ...] = tuple(DASH_PATTERNS)
PERSONA_DASHES: tuple[tuple[float, ...], ...] = tuple(DASH_PATTERNS.values())
PERSONA_MARKERS: tuple[str, ...] = (
    "circle",
    "square",
    "triangle",
    "diamond",
    "triangle-down",
    "cross",
    "plus",
    "star",
)
"""Each persona also gets a dash pattern and a point marker, so curves stay apart in grey."""


def persona_style(index: int) -> tuple[tuple[float, ...], str]:
    """The default dash pattern and marker of the ``index``-th persona."""
    return PERSONA_DASHES[index % len(PERSONA_DASHES)], PERSONA_MARKERS[
        index % len(PERSONA_MARKERS)
    ]


def persona_dash_name(index: int) -> str:
    """The name of the default dash pattern of the ``index``-th persona."""
    return PERSONA_DASH_NAMES[index % len(PERSONA_DASH_NAMES)]


def persona_look(
    dash: str | None, marker: str | None, index: int
) -> tuple[tuple[float, ...], str]:
    """A persona's dash pattern and marker: its own choice, else the default for its place."""
    default_dash, default_marker = persona_style(index)
    return DASH_PATTERNS.get(dash or "", default_dash), marker or default_marker
