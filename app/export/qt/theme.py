"""Canvas colours for the light, dark and high-contrast palettes, as QColors.

The light and dark values live in app/export/colours.py (the PDF export paints with the
light ones too). :data:`TEXT_PAIRS` says which colour each text is painted in on which
background; ``tests/export/test_contrast.py`` checks every pair reaches WCAG AA (4.5:1).
"""

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
        """True for the dark palette (its notes and lane accents are dimmed; not high contrast)."""
        return self.name == "dark"

    @property
    def high_contrast(self) -> bool:
        """True for the high-contrast palettes: texts on headers get a solid plate."""
        return self.name in ("high-contrast", "projector")

    def text_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """Every (what, text colour, background colour) this theme paints text with."""
        return [
            (f"{what}: {fg} on {bg}", getattr(self, fg), getattr(self, bg))
            for what, fg, bg in TEXT_PAIRS
        ]

    def outline_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """Every (what, line colour, background colour) that must stand out (WCAG 3:1)."""
        return [
            (f"{what}: {fg} on {bg}", getattr(self, fg), getattr(self, bg))
            for what, fg, bg in OUTLINE_PAIRS
        ]


TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    # (what, the text's colour field, the field of what it is drawn on): see qt/draw.py
    ("card title", "text", "card"),
    ("card channel", "text_muted", "card"),
    ("card badge", "badge_text", "badge"),
    ("moment of truth badge", "moment_of_truth", "badge"),
    ("pain point badge", "pain", "badge"),
    ("lane name", "text", "header"),
    ("emotion faces, collapsed lane mark", "text_muted", "header"),
    ("framework text", "text", "band"),
    ("framework text (alternate lane)", "text", "band_alternate"),
    ("metric label", "text_muted", "band"),
    ("metric label (alternate lane)", "text_muted", "band_alternate"),
    ("text on the canvas background", "text", "background"),
)
"""Which text colour is painted on which background, everywhere the canvas draws text."""

OUTLINE_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("selected card outline", "selection", "card"),
    ("focus ring", "indicator", "band"),
    ("focus ring (alternate lane)", "indicator", "band_alternate"),
    ("emotion zero line", "zero_line", "band"),
)
"""Lines that carry meaning (selection, focus): WCAG asks 3:1 against what is next to them."""


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black … 1 white)."""
    return colours.luminance(colour.name())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21); AA asks 4.5 for text, 3 for lines."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


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
HIGH_CONTRAST = _theme(
    "high-contrast",
    {
        # White and yellow on black, every text at least 7:1 (WCAG AAA); cards are outlined
        # in white so their shape never depends on a shade of grey.
        "background": "#000000",
        "band": "#000000",
        "band_alternate": "#0f0f0f",
        "header": "#1a1a1a",
        "grid": "#9e9e9e",
        "text": "#ffffff",
        "text_muted": "#e6e6e6",
        "card": "#000000",
        "card_border": "#ffffff",
        "card_shadow": "#00000000",
        "selection": "#ffff00",
        "indicator": "#00ffff",
        "badge": "#262626",
        "badge_text": "#ffffff",
        "moment_of_truth": "#ffd700",
        "pain": "#ff9e80",
        "zero_line": "#ffffff",
        "bar": "#5cb8ff",
    },
)
"""High contrast for the editor (Preferences ▸ Theme, View ▸ Theme): white on black."""
THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
"""The themes a user can choose, by setting value."""


def readable_on(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``colour`` (at least 4.58:1 on any)."""
    return QColor(colours.readable_on(colour.name()))
