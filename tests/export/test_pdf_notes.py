"""Sticky notes in PDFs: shown (and shared) only when asked."""

from pathlib import Path

import pytest
from conftest import pdf_text

from app.export.embed import read_export
from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.model.document import StickyNote

FREE = "Ask the shop why checkout fails"
STUCK = "Which issuers refuse payments"


def with_notes(doc):  # type: ignore[no-untyped-def]
    card = next(tp for tp in doc.touchpoints if tp.title == "Card declined at MegaSound")
    # Below the map, clear of other text, so that its words come out in order.
    doc.notes.append(StickyNote(text=FREE, x=420, y=1600, author="Léa Martin"))
    doc.notes.append(StickyNote(text=STUCK, attached_to=card.id, colour="#ffc8dd"))
    return doc


def write(tmp_path: Path, doc, **options) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "map.pdf"
    path.write_bytes(export_pdf(doc, ExportOptions(**options)).data)
    return path


@pytest.mark.parametrize("layout", ["fit", "slides"])
def test_notes_show_in_the_pdf_when_asked(tmp_path: Path, sample_en, layout: str) -> None:  # type: ignore[no-untyped-def]
    doc = with_notes(sample_en)
    path = write(tmp_path, doc, notes=True, layout=layout, appendix=False)
    text = pdf_text(path)
    assert FREE in text and "Léa Martin" in text
    # A note on a card overlaps the card's text: its words are there, mixed with the card's.
    assert all(word in text for word in STUCK.split())
    assert read_export(path).notes == doc.notes


def test_without_asking_the_notes_are_neither_shown_nor_shared(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, with_notes(sample_en))
    text = pdf_text(path)
    assert "Ask the shop" not in text and "issuers" not in text
    assert read_export(path).notes == []


def test_a_redacted_pdf_keeps_the_notes_but_not_their_authors(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, with_notes(sample_en), notes=True, redact=True, appendix=False)
    text = pdf_text(path)
    assert FREE in text and "Léa Martin" not in text
