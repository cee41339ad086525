"""The comparison PDF: the future map with its changes marked, then every difference."""

import importlib.util
from pathlib import Path

from app.export.embed import read_export
from app.export.pdfcompare import export_comparison_pdf
from app.model.compare import future_state
from app.model.document import JourneyMap, Touchpoint

# This folder's conftest by its path: `from conftest import` may find another folder's.
_spec = importlib.util.spec_from_file_location(
    "export_conftest", Path(__file__).with_name("conftest.py")
)
assert _spec is not None and _spec.loader is not None
_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conftest)
pdf_text = _conftest.pdf_text


def changed_future(current: JourneyMap) -> JourneyMap:
    future = future_state(current, "current.journey")
    slow = next(tp for tp in future.touchpoints if tp.title == "Slow pages at MegaSound")
    slow.title = "Fast pages at MegaSound"
    future.touchpoints = [tp for tp in future.touchpoints if tp.title != "Writing a review"]
    purchase = next(p for p in future.phases if p.name == "Purchase")
    future.touchpoints.append(
        Touchpoint(title="Chat with an adviser", phase_id=purchase.id, lane_id=future.lanes[0].id)
    )
    return future


def test_the_comparison_pdf_marks_the_changes_and_lists_every_difference(
    sample_en: JourneyMap, tmp_path: Path
) -> None:
    future = changed_future(sample_en)
    path = tmp_path / "compare.pdf"
    path.write_bytes(export_comparison_pdf(sample_en, future).data)

    text = pdf_text(path)

    assert "Compared with the current state “Buying a first guitar online”." in text
    assert "1 card removed (listed after the map)" in text
    assert "Cards: 1 added, 1 changed, 1 removed." in text
    assert "+ card “Chat with an adviser” in Purchase / Digital" in text
    assert "- card “Writing a review” from Advocacy / Digital" in text
    assert "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title" in text
    assert text.count("+ new") == 1 and text.count("changed: title") == 1
    assert read_export(path).touchpoints == future.touchpoints  # reopens as the future map


def test_a_french_comparison_speaks_french(sample_fr: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "compare.pdf"
    path.write_bytes(export_comparison_pdf(sample_fr, future_state(sample_fr, None)).data)
    text = pdf_text(path)
    assert "Comparé à l’état actuel" in text
    assert "Aucune différence" in text
