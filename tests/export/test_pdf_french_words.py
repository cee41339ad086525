"""A French PDF names each idea as the French interface does (app/data/translations/GLOSSARY.md)."""

import importlib.util
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import i18n
from app.export.options import ExportOptions
from app.export.pdf import export_pdf
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

RETIRED = ("Enseignements", "Irritants", "Ressentis", "Humeur", "Mesures", "très négatif ")
"""Words the French PDF used for ideas the interface names otherwise."""


def _outline(items: list) -> list[str]:  # type: ignore[type-arg]
    titles: list[str] = []
    for item in items:
        titles += _outline(item) if isinstance(item, list) else [item.title]
    return titles


@pytest.fixture
def french_pdf(tmp_path: Path, sample_fr: JourneyMap) -> Path:
    path = tmp_path / "carte.pdf"
    path.write_bytes(export_pdf(sample_fr, ExportOptions(appendix=True)).data)
    return path


def test_the_french_appendix_speaks_the_interface_s_words(french_pdf: Path) -> None:
    text = pdf_text(french_pdf)
    for word in RETIRED:
        assert word not in text
    # The Insights panel is "Analyses": so are the appendix's section and its bookmark.
    assert "Analyses" in _outline(PdfReader(french_pdf).outline)
    insights = text.split("Analyses", 1)[1]
    assert insights.startswith(
        " Les notes d’émotion vont de -2 (très négative) à +2 (très positive)"
    )
    # The pain-point table counts "Points de friction", the lane's name, under a "Nombre" column.
    assert "Points de friction par phase Phase Nombre Points de friction" in insights
    # The opportunities' mood is the mean score where they sit, as in the panel's tooltip.
    assert re.search(
        r"Opportunités, par ordre de priorité # Priorité Opportunité "
        r"Point de contact Note moyenne",
        insights,
    )
    # The legend under the map names the emotion lane's scale like the lane and the Inspector.
    # (Ressentis is gone, above; pdftotext interleaves the legend's rows.)
    assert "Émotions Canaux -2 très négative" in text
    for face in ("-1 négative", "0 neutre", "+1 positive", "+2 très positive"):
        assert face in text
    assert "Indicateurs" in text  # the appendix's metric column, as in the Inspector


def test_a_french_pdf_has_french_keywords(french_pdf: Path) -> None:
    keywords = PdfReader(french_pdf).metadata["/Keywords"]
    assert keywords.startswith("parcours client, Sensibilisation")


@pytest.fixture
def french_interface() -> object:
    i18n.install("fr")
    yield
    i18n.install("en")


def _changed_future(current: JourneyMap) -> JourneyMap:
    """The French sample's future state: one card gone, one added in Achat."""
    future = future_state(current, "actuel.journey")
    advocacy = next(p for p in future.phases if p.name == "Recommandation")
    gone = next(tp for tp in future.touchpoints if tp.phase_id == advocacy.id)
    future.touchpoints = [tp for tp in future.touchpoints if tp.id != gone.id]
    purchase = next(p for p in future.phases if p.name == "Achat")
    future.touchpoints.append(
        Touchpoint(title="Conseiller en ligne", phase_id=purchase.id, lane_id=future.lanes[0].id)
    )
    return future


def test_a_french_comparison_counts_and_places_cards_in_good_french(
    sample_fr: JourneyMap, tmp_path: Path, french_interface: object
) -> None:
    future = _changed_future(sample_fr)
    path = tmp_path / "comparaison.pdf"
    path.write_bytes(export_comparison_pdf(sample_fr, future).data)
    text = pdf_text(path)
    # No "0 modifiées": each count stands after its own label, right for 0, 1 or many.
    assert "Cartes ajoutées : 1 ; modifiées : 0 ; retirées : 1." in text
    assert "1 carte retirée (listée après la carte)" in text
    # No "de Achat": the phase and the lane are named, nothing to elide.
    assert "+ carte « Conseiller en ligne » dans la phase Achat, ligne Numérique" in text
    assert re.search(r"- carte « [^»]+ » de la phase Recommandation, ligne \w", text)
    assert " de A" not in text and " de É" not in text
