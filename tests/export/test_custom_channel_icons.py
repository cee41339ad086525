"""A custom channel's own SVG icon is drawn on its cards, on screen, in PNG and in PDF."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.export import raster
from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.export.qt.text import QtMeasure
from app.layout import layout
from app.layout.text import Wrapper
from app.model.document import CustomChannel, JourneyMap

RED_SQUARE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<rect x="0" y="0" width="24" height="24" fill="#ff0000"/></svg>'
)


def _map_with_icon(sample: JourneyMap, icon: str | None) -> JourneyMap:
    doc = sample.model_copy(deep=True)
    channel = CustomChannel(name="Guitar forum", icon=icon)
    doc.channels.append(channel)
    for tp in doc.touchpoints:
        tp.channel = channel.id
    return doc


def _red_pixels(image: QImage) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.red() > 200 and colour.green() < 60 and colour.blue() < 60:
                count += 1
    return count


def test_the_layout_carries_the_custom_icon_to_every_card(qapp, sample_en) -> None:  # type: ignore[no-untyped-def]
    doc = _map_with_icon(sample_en, RED_SQUARE)
    result = layout(doc, Wrapper(QtMeasure()))
    assert result.cards and all(card.channel_svg == RED_SQUARE for card in result.cards)


@pytest.mark.parametrize(("icon", "drawn"), [(RED_SQUARE, True), (None, False)])
def test_png_export_draws_the_custom_icon(qapp, sample_en, icon, drawn: bool) -> None:  # type: ignore[no-untyped-def]
    image = QImage.fromData(
        raster.export_png(_map_with_icon(sample_en, icon), ExportOptions(scale=0.5)).data
    )
    assert (_red_pixels(image) > 20) is drawn


@pytest.mark.parametrize(("icon", "drawn"), [(RED_SQUARE, True), (None, False)])
def test_pdf_export_draws_the_custom_icon(
    qapp, tmp_path: Path, sample_en, icon, drawn: bool
) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(export_pdf(_map_with_icon(sample_en, icon), ExportOptions(appendix=False)).data)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    page = next(tmp_path.glob("p*.png"))
    assert (_red_pixels(QImage(str(page))) > 20) is drawn
