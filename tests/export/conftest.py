"""Export fixtures: maps to export and helpers to read what came out."""

import shutil
import subprocess
from pathlib import Path

import pytest

from app.model.fileformat import load

SAMPLES = Path(__file__).parents[2] / "app" / "data" / "samples"


@pytest.fixture
def sample_en():  # type: ignore[no-untyped-def]
    return load(SAMPLES / "guitar-purchase.en.journey")


@pytest.fixture
def sample_fr():  # type: ignore[no-untyped-def]
    return load(SAMPLES / "guitar-purchase.fr.journey")


def pdf_text(path: Path) -> str:
    """All the text of a PDF, whitespace folded (poppler's pdftotext when present, else pypdf)."""
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    else:
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for each font of a PDF, read with pypdf."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())
