"""The map's colours, light and dark, as plain values any renderer can use (no Qt).

Colours are ``#rrggbb`` or ``#rrggbbaa`` (with alpha).
"""

LIGHT: dict[str, str] = {
    "background": "#f6f7f9",
    "band": "#ffffff",
    "band_alternate": "#f3f5f8",
    "header": "#e9edf2",
    "grid": "#d9dee5",
    "text": "#1d2430",
    "text_muted": "#5b6675",
    "card": "#ffffff",
    "card_border": "#c9d0da",
    "card_shadow": "#141e321c",
    "selection": "#2f6fde",
    "indicator": "#2f6fde",
    "badge": "#eef1f5",
    "badge_text": "#374151",
    "moment_of_truth": "#8a5a00",
    "pain": "#c2410c",
    "zero_line": "#7b8595",
    "bar": "#4e79a7",
}

DARK: dict[str, str] = {
    "background": "#15181d",
    "band": "#1c2027",
    "band_alternate": "#20252d",
    "header": "#262c35",
    "grid": "#343b46",
    "text": "#e6e9ee",
    "text_muted": "#9aa4b2",
    "card": "#2a303a",
    "card_border": "#414a57",
    "card_shadow": "#00000046",
    "selection": "#6aa1ff",
    "indicator": "#6aa1ff",
    "badge": "#353c48",
    "badge_text": "#d5dae2",
    "moment_of_truth": "#f0b429",
    "pain": "#fb923c",
    "zero_line": "#6b7686",
    "bar": "#76a5d8",
}


def rgba(colour: str) -> tuple[float, float, float, float]:
    """``#rrggbb[aa]`` as four numbers from 0 to 1."""
    digits = colour.lstrip("#")
    alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    return (
        int(digits[0:2], 16) / 255,
        int(digits[2:4], 16) / 255,
        int(digits[4:6], 16) / 255,
        alpha,
    )


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``colour`` (alpha ignored): 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b, _ = rgba(colour)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def readable_on(colour: str) -> str:
    """Black or white, whichever has the higher WCAG contrast with ``colour``.

    One of the two always reaches at least 4.58:1 (WCAG AA for text), whatever the
    colour: a phase's header colour comes from the map, so its title needs this.
    """
    level = luminance(colour)
    return "#000000" if (level + 0.05) / 0.05 >= 1.05 / (level + 0.05) else "#ffffff"
