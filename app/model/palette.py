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
