"""Redacted exports keep the journey and drop what identifies people."""

from pathlib import Path

from app.export.redact import persona_alias, redacted
from app.model.fileformat import load
from app.model.integrity import integrity_problems

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"


def test_redaction_removes_quotes_names_and_avatars_but_keeps_the_journey() -> None:
    doc = load(SAMPLE)
    assert any(tp.quotes for tp in doc.touchpoints)
    before = doc.model_dump()
    safe = redacted(doc)
    assert doc.model_dump() == before  # the original is untouched
    assert [p.name for p in safe.personas] == ["Persona A", "Persona B"]
    assert all(not tp.quotes for tp in safe.touchpoints)
    assert all(p.quote == "" and p.avatar is None for p in safe.personas)
    assert safe.author == ""
    assert [t.title for t in safe.touchpoints] == [t.title for t in doc.touchpoints]
    assert [t.emotions for t in safe.touchpoints] == [t.emotions for t in doc.touchpoints]
    text = safe.model_dump_json()
    for persona in doc.personas:
        assert persona.name not in text
    assert integrity_problems(safe) == []


def test_aliases_go_on_after_z() -> None:
    assert [persona_alias(i) for i in (0, 1, 25, 26, 27)] == [
        "Persona A",
        "Persona B",
        "Persona Z",
        "Persona AA",
        "Persona AB",
    ]
