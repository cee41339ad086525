"""Fonts handed out for layout text styles are copies: changing one changes nothing else."""

from app.export.qt.text import QtMeasure, font_for
from app.layout.text import TextStyle


def test_changing_a_font_from_font_for_leaves_the_next_one_and_the_measures_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    style = TextStyle("font-cache-test", 13, bold=True)
    width = QtMeasure().width("Writing a review", style)
    first = font_for(style)

    first.setPixelSize(40)
    first.setItalic(True)

    again = font_for(style)
    assert (again.pixelSize(), again.italic(), again.bold()) == (13, False, True)
    assert QtMeasure().width("Writing a review", style) == width
