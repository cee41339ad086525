"""The shipped sample maps: sound, deterministic, the same shape in English and French."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.model import fileformat
from app.model.document import JourneyMap
from app.model.integrity import integrity_problems

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "app" / "data" / "samples"
SCRIPT = ROOT / "scripts" / "make_samples.py"
LANGUAGES = ("en", "fr")
PHASE_NAMES = {
    "en": ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
    "fr": ["Sensibilisation", "Considération", "Achat", "Fidélisation", "Recommandation"],
}


def sample_path(language: str) -> Path:
    return SAMPLES / f"guitar-purchase.{language}.journey"


@pytest.fixture(scope="module")
def maps() -> dict[str, JourneyMap]:
    return {language: fileformat.load(sample_path(language)) for language in LANGUAGES}


def shape(doc: JourneyMap) -> dict[str, object]:
    """Everything about a map that does not depend on its language."""
    return {
        "phases": [(p.id, p.colour) for p in doc.phases],
        "lanes": [
            (lane.id, lane.kind, lane.field, lane.metric_id, lane.colour) for lane in doc.lanes
        ],
        "personas": [
            (
                p.id,
                p.age,
                p.colour,
                p.preferred_channels,
                len(p.goals),
                len(p.challenges),
                len(p.interests),
            )
            for p in doc.personas
        ],
        "metrics": [m.id for m in doc.metrics],
        "channels": [c.id for c in doc.channels],
        "touchpoints": [
            (
                tp.id,
                tp.phase_id,
                tp.lane_id,
                tp.channel,
                tp.moment_of_truth,
                tp.evidence,
                tp.metrics,
                tp.emotions,
                len(tp.actions),
                len(tp.questions),
                len(tp.pain_points),
                len(tp.quotes),
                [o.priority for o in tp.opportunities],
            )
            for tp in doc.touchpoints
        ],
    }


def all_texts(doc: JourneyMap) -> list[str]:
    texts = [doc.title, doc.description]
    texts += [p.name for p in doc.phases] + [p.description for p in doc.phases]
    texts += [lane.name for lane in doc.lanes] + [m.name for m in doc.metrics]
    texts += [c.name for c in doc.channels]
    for persona in doc.personas:
        texts += [persona.role, persona.location, persona.quote, persona.buying_behaviour]
        texts += persona.goals + persona.challenges + persona.interests
    for tp in doc.touchpoints:
        texts += [tp.title, tp.description, tp.motivation]
        texts += tp.actions + tp.questions + tp.pain_points + tp.quotes
        texts += [o.text for o in tp.opportunities]
    return texts


# -- files --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_loads_and_is_sound(maps: dict[str, JourneyMap], language: str) -> None:
    doc = maps[language]
    assert doc.language == language
    assert doc.author == "Parcours sample"
    assert integrity_problems(doc) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_resaving_a_sample_gives_the_same_bytes(maps: dict[str, JourneyMap], language: str) -> None:
    assert fileformat.dumps(maps[language]) == sample_path(language).read_bytes()


def test_the_script_reproduces_the_shipped_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for language in LANGUAGES:
        name = sample_path(language).name
        assert (tmp_path / "out" / name).read_bytes() == sample_path(language).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        sample_path(language).name for language in LANGUAGES
    )


# -- the two languages --------------------------------------------------------------


def test_english_and_french_have_the_same_shape(maps: dict[str, JourneyMap]) -> None:
    assert shape(maps["en"]) == shape(maps["fr"])


def test_english_and_french_are_separate_documents(maps: dict[str, JourneyMap]) -> None:
    assert maps["en"].id != maps["fr"].id


@pytest.mark.parametrize("language", LANGUAGES)
def test_phases_are_the_five_classic_ones(maps: dict[str, JourneyMap], language: str) -> None:
    assert [p.name for p in maps[language].phases] == PHASE_NAMES[language]
    assert all(p.description for p in maps[language].phases)


def test_french_is_a_translation(maps: dict[str, JourneyMap]) -> None:
    en, fr = maps["en"], maps["fr"]
    assert fr.title == "Acheter sa première guitare en ligne"
    assert en.title == "Buying a first guitar online"
    differ = [
        a != b
        for a, b in zip(
            [tp.title for tp in en.touchpoints], [tp.title for tp in fr.touchpoints], strict=True
        )
    ]
    assert all(differ)
    assert all(
        a.description != b.description for a, b in zip(en.touchpoints, fr.touchpoints, strict=True)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_typography_is_consistent(maps: dict[str, JourneyMap], language: str) -> None:
    for text in all_texts(maps[language]):
        assert text == text.strip(), text
        assert "'" not in text, f"straight apostrophe in {text!r}"
        assert '"' not in text, f"straight quotes in {text!r}"
        assert "  " not in text, text
        if language == "fr":
            for mark in "?!:;»":
                assert f" {mark}" not in text, f"breaking space before {mark} in {text!r}"


# -- content ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def doc(maps: dict[str, JourneyMap]) -> JourneyMap:
    return maps["en"]


def test_every_phase_has_touchpoints(doc: JourneyMap) -> None:
    assert 12 <= len(doc.touchpoints) <= 20
    used = {tp.phase_id for tp in doc.touchpoints}
    assert used == {p.id for p in doc.phases}
    assert doc.touchpoints_in_journey_order() == doc.touchpoints


def test_lanes_cover_every_kind(doc: JourneyMap) -> None:
    kinds = [lane.kind for lane in doc.lanes]
    assert kinds.count("touchpoints") >= 2
    assert kinds.count("emotion") == 1
    assert kinds.count("metric") >= 1
    fields = {lane.field for lane in doc.lanes if lane.kind == "framework"}
    assert {"actions", "motivation", "questions", "pain_points", "opportunities"} <= fields
    used_lanes = {tp.lane_id for tp in doc.touchpoints}
    assert len(used_lanes) >= 2
    assert used_lanes == {lane.id for lane in doc.lanes if lane.kind == "touchpoints"}


def test_personas_are_complete_and_feel_differently(doc: JourneyMap) -> None:
    assert len(doc.personas) >= 2
    for persona in doc.personas:
        assert persona.role and persona.age and persona.location and persona.quote
        assert persona.goals and persona.challenges and persona.interests
        assert persona.buying_behaviour and persona.preferred_channels
    assert len({p.colour for p in doc.personas}) == len(doc.personas)
    curves = [tuple(tp.emotions.get(p.id) for tp in doc.touchpoints) for p in doc.personas]
    assert len(set(curves)) == len(curves)
    both = [tp for tp in doc.touchpoints if all(p.id in tp.emotions for p in doc.personas)]
    assert len(both) >= len(doc.touchpoints) * 3 // 4


def test_the_card_error_is_a_dip_for_everyone(doc: JourneyMap) -> None:
    error = next(tp for tp in doc.touchpoints if "declined" in tp.title.lower())
    assert error.moment_of_truth
    for persona in doc.personas:
        scores = [tp.emotions[persona.id] for tp in doc.touchpoints if persona.id in tp.emotions]
        assert error.emotions[persona.id] == min(scores)
        assert error.emotions[persona.id] < 0
    assert len(set(error.emotions.values())) > 1


def test_channels_are_varied(doc: JourneyMap) -> None:
    channels = {tp.channel for tp in doc.touchpoints}
    assert None not in channels
    assert len(channels) >= 8
    assert {c.id for c in doc.channels} <= channels


def test_framework_fields_are_filled_on_most_cards(doc: JourneyMap) -> None:
    total = len(doc.touchpoints)
    for name in ("description", "actions", "motivation", "questions", "opportunities"):
        filled = sum(1 for tp in doc.touchpoints if getattr(tp, name))
        assert filled == total, name
    for name in ("pain_points", "quotes"):
        filled = sum(1 for tp in doc.touchpoints if getattr(tp, name))
        assert filled >= total * 3 // 4, name
    priorities = {o.priority for tp in doc.touchpoints for o in tp.opportunities}
    assert priorities == {"high", "medium", "low"}


def test_moments_of_truth_evidence_and_metrics(doc: JourneyMap) -> None:
    assert sum(tp.moment_of_truth for tp in doc.touchpoints) >= 2
    assert {tp.evidence for tp in doc.touchpoints} >= {"observed", "assumed", "proposed"}
    assert len(doc.metrics) >= 2
    assert all(m.unit for m in doc.metrics)
    measured = [tp for tp in doc.touchpoints if tp.metrics]
    assert len(measured) >= len(doc.touchpoints) // 2
    for lane in doc.lanes:
        if lane.kind == "metric":
            plotted = [tp for tp in doc.touchpoints if lane.metric_id in tp.metrics]
            assert len(plotted) >= 5, lane.name
