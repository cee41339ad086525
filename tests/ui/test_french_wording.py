"""One idea, one French name: the dialogs, Preferences, panels and Inspector agree."""

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.model.templates import lane_name

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "app" / "data" / "translations"


@pytest.fixture(autouse=True)
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    if not (TRANSLATIONS / "dialogs_fr.qm").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "--compile"], check=True
        )
    i18n.install("fr")
    yield
    i18n.install("en")


def test_the_export_dialog_and_preferences_name_the_same_settings_alike() -> None:
    sheets = i18n.translate("ExportDialog", "Tile sheets")
    assert sheets == i18n.translate("Preferences", "Tile sheets") == "Feuilles de l’affiche"
    dialog = i18n.translate(
        "ExportDialog", "Appendix: persona cards, a table per phase and insights"
    )
    preferences = i18n.translate(
        "Preferences", "PDF appendix: persona cards, a table per phase and insights"
    )
    # The same words after "Annexe" (Preferences adds "PDF", as the English does).
    assert dialog == "Annexe : fiches personas, un tableau par phase et les analyses"
    assert preferences == dialog.replace("Annexe :", "Annexe PDF :")


def test_a_cards_scores_are_its_emotions_in_the_inspector_as_on_the_lane() -> None:
    assert i18n.translate("Inspector", "Scores") == lane_name("emotion", "fr") == "Émotions"


def test_the_insights_panel_names_a_phase_without_bad_grammar() -> None:
    assert i18n.translate("InsightsPanel", "In {phase}").format(phase="Achat") == "Phase Achat"


def test_no_french_catalogue_uses_a_retired_word() -> None:
    """The glossary's one word per idea: analyses, point de friction, émotion, affiche."""
    retired = re.compile(r"enseignement|irritant|ressenti|humeur|tuile", re.IGNORECASE)
    for catalogue in sorted(TRANSLATIONS.glob("*_fr.ts")):
        translations = re.findall(
            r"<translation[^>]*>(.*?)</translation>", catalogue.read_text(encoding="utf-8"), re.S
        )
        found = [t for t in translations if retired.search(t)]
        assert not found, f"{catalogue.name}: {found}"
