"""One long text never makes a PDF export fail: its table row continues on the next pages."""

from pathlib import Path

import pytest
from conftest import pdf_text
from pypdf import PdfReader

from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.model.document import JourneyMap

WORDS = " ".join(f"reason{i}" for i in range(1000))
MOTIVATION = ("Wants a guitar that stays in tune. " + WORDS)[:6000]
PAIN_POINTS = [f"Pain point number {i}" for i in range(1, 201)]


def long_map(doc: JourneyMap) -> JourneyMap:
    """The sample map with a 6,000-character motivation, 200 pain points and a wordy persona."""
    first, second = doc.touchpoints_in_journey_order()[:2]
    first.motivation = MOTIVATION
    second.pain_points = PAIN_POINTS
    doc.personas[0].buying_behaviour = "Compares every shop. " + "x" * 6000
    return doc


@pytest.mark.parametrize("layout", ["fit", "slides"])
def test_a_six_thousand_character_motivation_and_200_pain_points_export(
    tmp_path: Path,
    sample_en: JourneyMap,
    layout: str,
) -> None:
    doc = long_map(sample_en)
    result = export_pdf(doc, ExportOptions(layout=layout, appendix=True))
    path = tmp_path / f"{layout}.pdf"
    path.write_bytes(result.data)
    text = pdf_text(path)
    # The whole motivation is in the appendix, continued over pages, up to its last word.
    assert "Wants a guitar that stays in tune. reason0 reason1" in text
    assert MOTIVATION.split()[-1] in text.split()
    for item in (PAIN_POINTS[0], PAIN_POINTS[99], PAIN_POINTS[-1]):
        assert f"• {item} " in text + " "
    assert "Compares every shop." in text
    # The rows continue page after page with the table's header on top of each page.
    assert len(PdfReader(path).pages) > 10
