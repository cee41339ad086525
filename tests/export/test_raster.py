"""PNG and SVG exports: requested size and resolution, text kept as text, reopening as a map."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from app.export import raster
from app.export.embed import png_dpi, read_export
from app.export.options import ExportOptions, page_size


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_png_has_the_requested_pixel_size_and_dpi_and_reopens(
    qapp, tmp_path: Path, sample_fr, scale: float
) -> None:  # type: ignore[no-untyped-def]
    result = raster.export_png(sample_fr, ExportOptions(scale=scale))
    path = tmp_path / "map.png"
    path.write_bytes(result.data)
    _, layout = raster.prepare(sample_fr, ExportOptions())
    image = QImage(str(path))
    assert image.width() == round((layout.width + 2 * raster.MARGIN) * scale)
    assert image.height() == round((layout.height + 2 * raster.MARGIN) * scale)
    dpi = png_dpi(path.read_bytes())
    assert dpi is not None and dpi[0] == pytest.approx(96 * scale, abs=0.1)
    assert image.pixelColor(2, 2).name() == "#ffffff"
    assert read_export(path) == sample_fr


def test_png_at_300_dpi_on_a4(qapp, tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    data = raster.export_png(
        sample_en, ExportOptions(dpi=300, paper="A4", orientation="landscape")
    ).data
    image = QImage.fromData(data)
    width, height = page_size("A4", "landscape")
    assert (image.width(), image.height()) == (round(width / 72 * 300), round(height / 72 * 300))
    assert png_dpi(data)[0] == pytest.approx(300, abs=0.1)


def test_transparent_png_has_a_transparent_background(qapp, sample_en) -> None:  # type: ignore[no-untyped-def]
    image = QImage.fromData(raster.export_png(sample_en, ExportOptions(transparent=True)).data)
    assert image.pixelColor(2, 2).alpha() == 0


def test_banded_rendering_gives_the_same_image(
    qapp, sample_en, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    whole = QImage.fromData(raster.export_png(sample_en, ExportOptions()).data)
    monkeypatch.setattr(raster, "BAND_BYTES", 64 * 1024)  # a few rows per band
    monkeypatch.setattr(raster, "TILE", 512)
    banded = QImage.fromData(raster.export_png(sample_en, ExportOptions()).data)
    assert banded.size() == whole.size()
    differing = sum(
        1
        for y in range(0, whole.height(), 7)
        for x in range(0, whole.width(), 7)
        if whole.pixel(x, y) != banded.pixel(x, y)
    )
    assert differing < 0.01 * (whole.width() // 7) * (whole.height() // 7)


def test_png_export_can_be_cancelled(qapp, sample_en, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from app.export.result import Cancelled

    monkeypatch.setattr(raster, "BAND_BYTES", 64 * 1024)
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return fraction < 0.3

    with pytest.raises(Cancelled):
        raster.export_png(sample_en, ExportOptions(), progress)
    assert seen and seen == sorted(seen)


def test_svg_keeps_text_as_text_and_reopens(qapp, tmp_path: Path, sample_fr) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "map.svg"
    path.write_bytes(raster.export_svg(sample_fr, ExportOptions()).data)
    tree = ET.parse(path)
    texts = " ".join(
        "".join(node.itertext()) for node in tree.iter("{http://www.w3.org/2000/svg}text")
    )
    for tp in sample_fr.touchpoints[:5]:
        assert tp.title.split()[0] in texts
    assert QSvgRenderer(str(path)).isValid()
    assert read_export(path) == sample_fr


def test_a_file_parcours_did_not_make_is_refused_clearly(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.model.errors import InputError

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFF336699)
    path = tmp_path / "holiday.png"
    image.save(str(path))
    with pytest.raises(InputError, match="was not made by Parcours"):
        read_export(path)
