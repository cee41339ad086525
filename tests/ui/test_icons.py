"""The icon set: one SVG per built-in channel, each a small, valid, recolourable drawing."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.model.channels import BUILTIN_CHANNELS

ICONS = Path(__file__).parents[2] / "app" / "data" / "icons"
# The interface icons (in folders); the application icon at the top is drawn at 256 x 256.
ALL_SVGS = sorted(path for path in ICONS.rglob("*.svg") if path.parent != ICONS)
SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED_ELEMENTS = {"svg", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "g"}
BADGES = ("moment_of_truth", "pain_points", "evidence", "metric")
FACES = ("very_negative", "negative", "neutral", "positive", "very_positive")
SIZE = 48


def _render(svg_text: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _opaque_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha()
    )


def _name(path: Path) -> str:
    return path.relative_to(ICONS).as_posix()


def test_every_builtin_channel_has_an_icon() -> None:
    missing = [
        c.key for c in BUILTIN_CHANNELS if not (ICONS / "channels" / f"{c.key}.svg").is_file()
    ]
    assert missing == []
    assert (ICONS / "channels" / "custom.svg").is_file()


@pytest.mark.parametrize("name", [f"badges/{b}" for b in BADGES] + [f"faces/{f}" for f in FACES])
def test_badge_and_face_icons_exist(name: str) -> None:
    assert (ICONS / f"{name}.svg").is_file()


def test_the_icons_carry_a_licence() -> None:
    assert "MIT" in (ICONS / "LICENSE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ALL_SVGS, ids=_name)
def test_icon_is_small_plain_svg_in_current_color(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 1536
    root = ElementTree.fromstring(text)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert (root.get("width"), root.get("height")) == ("24", "24")
    assert root.get("stroke") == "currentColor"
    for element in root.iter():
        assert element.tag.startswith(SVG_NS), element.tag
        assert element.tag.removeprefix(SVG_NS) in ALLOWED_ELEMENTS, element.tag
        for attribute in ("fill", "stroke"):
            assert element.get(attribute) in (None, "none", "currentColor"), element.attrib
        assert not any("href" in key for key in element.attrib), element.attrib
        assert "style" not in element.attrib


@pytest.mark.parametrize("path", ALL_SVGS, ids=_name)
def test_icon_renders_non_empty(qapp, path: Path) -> None:
    image = _render(path.read_text(encoding="utf-8"))
    assert _opaque_pixels(image) > 0


@pytest.mark.parametrize("path", ALL_SVGS, ids=_name)
def test_icon_takes_the_colour_substituted_for_current_color(qapp, path: Path) -> None:
    image = _render(path.read_text(encoding="utf-8").replace("currentColor", "#d03020"))
    colours = {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert "#d03020" in colours
