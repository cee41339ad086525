"""Canvas colours for light and dark palettes."""

from dataclasses import dataclass

from PySide6.QtGui import QColor


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


LIGHT = Theme(
    name="light",
    background=QColor("#f6f7f9"),
    band=QColor("#ffffff"),
    band_alternate=QColor("#f3f5f8"),
    header=QColor("#e9edf2"),
    grid=QColor("#d9dee5"),
    text=QColor("#1d2430"),
    text_muted=QColor("#5b6675"),
    card=QColor("#ffffff"),
    card_border=QColor("#c9d0da"),
    card_shadow=QColor(20, 30, 50, 28),
    selection=QColor("#2f6fde"),
    indicator=QColor("#2f6fde"),
    badge=QColor("#eef1f5"),
    badge_text=QColor("#374151"),
    moment_of_truth=QColor("#b7791f"),
    pain=QColor("#c2410c"),
    zero_line=QColor("#9aa5b4"),
    bar=QColor("#4e79a7"),
)

DARK = Theme(
    name="dark",
    background=QColor("#15181d"),
    band=QColor("#1c2027"),
    band_alternate=QColor("#20252d"),
    header=QColor("#262c35"),
    grid=QColor("#343b46"),
    text=QColor("#e6e9ee"),
    text_muted=QColor("#9aa4b2"),
    card=QColor("#2a303a"),
    card_border=QColor("#414a57"),
    card_shadow=QColor(0, 0, 0, 70),
    selection=QColor("#6aa1ff"),
    indicator=QColor("#6aa1ff"),
    badge=QColor("#353c48"),
    badge_text=QColor("#d5dae2"),
    moment_of_truth=QColor("#f0b429"),
    pain=QColor("#fb923c"),
    zero_line=QColor("#6b7686"),
    bar=QColor("#76a5d8"),
)


def readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#111111") if luminance > 0.6 else QColor("#ffffff")
