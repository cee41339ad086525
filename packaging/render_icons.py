"""PNG sizes of Parcours' icons, rendered from their SVG with Qt's SVG renderer.

    python packaging/render_icons.py OUTPUT_FOLDER

writes an icon-theme tree: ``OUTPUT_FOLDER/<n>x<n>/apps/parcours.png`` and
``OUTPUT_FOLDER/<n>x<n>/mimetypes/application-vnd.parcours.journey+json.png`` for every size
of :data:`SIZES`, plus the two SVGs under ``scalable/``. The PNGs are not committed: the
build and the desktop installer make them from the SVGs: the application icon is
``app/data/icons/parcours.svg`` (the editor shows it on its windows too), the file icon
``packaging/icons/application-vnd.parcours.journey+json.svg``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
APP_ICON = Path(__file__).resolve().parent.parent / "app" / "data" / "icons" / "parcours.svg"
FILE_ICON = ICONS / "application-vnd.parcours.journey+json.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The sizes of the hicolor icon theme's fixed-size folders that applications usually fill."""
CONTEXTS = {"apps": APP_ICON, "mimetypes": FILE_ICON}
"""Icon-theme context folder -> the SVG drawn there."""
_KEEP: list[object] = []


def render_png(svg: Path, size: int, output: Path) -> Path:
    """Render ``svg`` as a ``size`` x ``size`` PNG (``output`` ends in .png), transparent around."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # No window is shown: the offscreen platform works with no display at all.
        _KEEP.append(QGuiApplication(["render_icons", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output)):
        raise OSError(f"{output}: the PNG could not be written")
    return output


def render_theme(output: Path) -> list[Path]:
    """Write every PNG size and the SVGs into an icon-theme tree under ``output``."""
    written = []
    for context, svg in CONTEXTS.items():
        name = svg.stem + ".png"
        for size in SIZES:
            written.append(render_png(svg, size, output / f"{size}x{size}" / context / name))
        scalable = output / "scalable" / context / svg.name
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the icon tree into the folder given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="folder of the icon-theme tree to write")
    args = parser.parse_args(argv)
    count = len(render_theme(args.output))
    sys.stdout.write(f"{count} icons written under {args.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
