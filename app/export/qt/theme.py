"""Canvas colours for light and dark palettes, as QColors (values in app/export/colours.py)."""

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor

from app.export import colours


@dataclass(frozen=True)
class Theme:
    """The colours the canvas paints with."""

    name: str
    background: QColor
    band: QColor
    band_alternate: QColor
    header: QColor
    grid: QColor
    text: QColor
    text_muted: QColor
    card: QColor
    card_border: QColor
    card_shadow: QColor
    selection: QColor
    indicator: QColor
    badge: QColor
    badge_text: QColor
    moment_of_truth: QColor
    pain: QColor
    zero_line: QColor
    bar: QColor

    @property
    def dark(self) -> bool:
        """True for the dark palette."""
        return self.name == "dark"


def qcolor(colour: str) -> QColor:
    """A QColor from ``#rrggbb`` or ``#rrggbbaa``."""
    r, g, b, a = colours.rgba(colour)
    return QColor.fromRgbF(r, g, b, a)


def _theme(name: str, values: dict[str, str]) -> Theme:
    names = [f.name for f in fields(Theme) if f.name != "name"]
    return Theme(name, *(qcolor(values[n]) for n in names))


LIGHT = _theme("light", colours.LIGHT)
DARK = _theme("dark", colours.DARK)
PROJECTOR = _theme(
    "projector",
    {
        # Black on white: a washed-out projector in a lit room still shows every line.
        "background": "#ffffff",
        "band": "#ffffff",
        "band_alternate": "#eeeeee",
        "header": "#dddddd",
        "grid": "#555555",
        "text": "#000000",
        "text_muted": "#111111",
        "card": "#ffffff",
        "card_border": "#000000",
        "card_shadow": "#00000000",
        "selection": "#0040ff",
        "indicator": "#0040ff",
        "badge": "#e0e0e0",
        "badge_text": "#000000",
        "moment_of_truth": "#7a3e00",
        "pain": "#b00000",
        "zero_line": "#000000",
        "bar": "#003f8f",
    },
)
"""High contrast for projectors (presentation mode's H key); not a user setting."""


def readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    return QColor(colours.readable_on(colour.name()))
