"""Every text Parcours paints can be read: WCAG AA contrast (4.5:1) on the canvas, in the
exports (the light print theme) and in the widgets' palettes, for every theme.

The pairs come from the themes themselves (``Theme.text_pairs()``, the palettes'
``TEXT_ROLES``), so a colour added to a theme is checked without touching this file.
Run with ``-s`` to see the figures.
"""

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.export.colours import LIGHT as PRINT_COLOURS
from app.export.colours import readable_on as print_readable_on
from app.export.qt.draw import NOTE_INK, NOTE_INK_MUTED, note_paper
from app.export.qt.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PROJECTOR,
    TEXT_PAIRS,
    THEMES,
    Theme,
    contrast,
    qcolor,
    readable_on,
)
from app.model.document import STICKY_COLOURS
from app.model.palette import PERSONA_COLOURS, PHASE_COLOURS
from app.ui.appearance import TEXT_ROLES, palette_for

AA_TEXT = 4.5
AA_LINES = 3.0
AAA_TEXT = 7.0
CANVAS_THEMES = [LIGHT, DARK, HIGH_CONTRAST, PROJECTOR]


def grey_and_colour_wheel() -> list[QColor]:
    """Any colour a user can give a phase: a sweep of hues, saturations and lightnesses."""
    found = [QColor(code) for code in PHASE_COLOURS + PERSONA_COLOURS]
    for hue in range(0, 360, 15):
        for saturation in (0, 128, 255):
            for lightness in range(0, 256, 16):
                found.append(QColor.fromHsl(hue, saturation, lightness))
    return found


def worst(pairs: list[tuple[str, QColor, QColor]]) -> tuple[float, str]:
    return min((contrast(fg, bg), what) for what, fg, bg in pairs)


@pytest.mark.parametrize("theme", CANVAS_THEMES, ids=lambda t: t.name)
def test_every_text_on_the_canvas_reaches_aa(theme: Theme) -> None:
    pairs = theme.text_pairs()
    assert len(pairs) == len(TEXT_PAIRS) >= 10
    for what, fg, bg in pairs:
        print(f"{theme.name:14} {contrast(fg, bg):5.2f}  {what}")
    failing = [
        (what, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < AA_TEXT
    ]
    assert not failing, f"{theme.name}: text below 4.5:1: {failing}"


def test_the_high_contrast_theme_reaches_aaa_for_every_text() -> None:
    ratio, what = worst(HIGH_CONTRAST.text_pairs())
    assert ratio >= AAA_TEXT, f"{what}: {ratio:.2f}"


@pytest.mark.parametrize("theme", CANVAS_THEMES, ids=lambda t: t.name)
def test_selection_focus_and_lines_stand_out(theme: Theme) -> None:
    pairs = theme.outline_pairs()
    for what, fg, bg in pairs:
        print(f"{theme.name:14} {contrast(fg, bg):5.2f}  {what}")
    failing = [
        (what, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < AA_LINES
    ]
    assert not failing, f"{theme.name}: lines below 3:1: {failing}"


def test_high_contrast_cards_are_outlined_against_the_lanes() -> None:
    for band in (HIGH_CONTRAST.band, HIGH_CONTRAST.band_alternate):
        assert contrast(HIGH_CONTRAST.card_border, band) >= AAA_TEXT


def test_phase_titles_are_readable_on_any_phase_colour() -> None:
    """The phase's colour comes from the map: the title's colour follows it (canvas and PDF)."""
    ratios = []
    for colour in grey_and_colour_wheel():
        ratios.append(contrast(readable_on(colour), colour))
        ratios.append(contrast(qcolor(print_readable_on(colour.name())), colour))
    assert min(ratios) >= AA_TEXT, f"worst phase title: {min(ratios):.2f}"
    defaults = [contrast(readable_on(QColor(c)), QColor(c)) for c in PHASE_COLOURS]
    print("phase titles on the default phase colours:", [round(r, 2) for r in defaults])


def test_the_print_theme_of_the_pdf_export_reaches_aa() -> None:
    """PDF, PNG, SVG and printing paint with the light theme (app/export/colours.LIGHT)."""
    light = {what: (fg, bg) for what, fg, bg in LIGHT.text_pairs()}
    for what, (fg, bg) in light.items():
        field_fg, field_bg = what.split(": ")[1].split(" on ")
        assert fg.name() == PRINT_COLOURS[field_fg], "the canvas and the PDF share the values"
        assert bg.name() == PRINT_COLOURS[field_bg]
        assert contrast(fg, bg) >= AA_TEXT, what


def note_pairs(theme: Theme, ink: str) -> list[tuple[str, float]]:
    """(note colour, contrast of ``ink`` on it as painted in ``theme``) for every note colour."""
    found = []
    for colour in STICKY_COLOURS:
        paper = note_paper(SimpleNamespace(colour=colour), theme)  # type: ignore[arg-type]
        ratio = contrast(QColor(ink), paper)
        print(f"{theme.name:14} {ratio:5.2f}  note ink {ink} on {colour}")
        found.append((colour, ratio))
    return found


@pytest.mark.parametrize("theme", CANVAS_THEMES, ids=lambda t: t.name)
def test_sticky_note_text_reads_on_every_note_colour(theme: Theme) -> None:
    """Notes are paper in every theme (dark ink); on the dark canvas the paper is dimmed."""
    failing = [(c, round(r, 2)) for c, r in note_pairs(theme, NOTE_INK) if r < AA_TEXT]
    assert not failing, f"note text in {theme.name}: {failing}"


@pytest.mark.parametrize("theme", CANVAS_THEMES, ids=lambda t: t.name)
def test_sticky_note_author_reads_on_every_note_colour(theme: Theme) -> None:
    failing = [(c, round(r, 2)) for c, r in note_pairs(theme, NOTE_INK_MUTED) if r < AA_TEXT]
    assert not failing, f"note author in {theme.name}: {failing}"


@pytest.mark.parametrize("choice", list(THEMES), ids=str)
def test_every_text_of_the_widgets_reaches_aa(qapp: QApplication, choice: str) -> None:
    """Menus, panels, dialogs and the status bar in the palette that goes with each theme."""
    palette = palette_for(qapp, THEMES[choice])
    group = QPalette.ColorGroup.Active
    failing = []
    for text, background in TEXT_ROLES:
        ratio = contrast(palette.color(group, text), palette.color(group, background))
        print(f"{choice:14} {ratio:5.2f}  {text.name} on {background.name}")
        if ratio < AA_TEXT:
            failing.append((text.name, background.name, round(ratio, 2)))
    assert not failing, f"{choice}: widget text below 4.5:1: {failing}"
