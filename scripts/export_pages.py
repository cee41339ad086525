"""Export the sample map in every PDF layout and turn each page into a PNG for the docs.

Usage: python scripts/export_pages.py [OUT_FOLDER]   (needs pdftoppm from poppler-utils)
Writes OUT_FOLDER/<layout>.pdf's pages as OUT_FOLDER/<layout>-<page>.png.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.model.fileformat import load
from app.resources import sample_map

LAYOUTS = {
    "fit": ExportOptions(layout="fit", paper="A3"),
    "poster": ExportOptions(layout="poster", appendix=False),
    "tiles": ExportOptions(layout="tiles", tile_paper="A4", appendix=False),
    "slides": ExportOptions(layout="slides", appendix=False),
}


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/exports")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    doc = load(sample_map("en"))
    with tempfile.TemporaryDirectory() as folder:
        for name, options in LAYOUTS.items():
            pdf = Path(folder) / f"{name}.pdf"
            pdf.write_bytes(export_pdf(doc, options).data)
            subprocess.run(["pdftoppm", "-png", "-r", "45", str(pdf), str(out / name)], check=True)
            print(f"{name}: {len(list(out.glob(name + '-*.png')))} pages")


if __name__ == "__main__":
    main()
