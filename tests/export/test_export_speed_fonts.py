"""Remembered font runs: the PDF sets every text in the same fonts as when each was worked out.

``PdfFonts`` keeps the runs of each text it has split, and takes text made only of
characters the bundled face shows as one run without looking at each character.
Both must give exactly the runs (and the report of missing characters) that
splitting character by character gives. No QApplication.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.export import fonts
from app.export.fonts import PdfFonts

MIXED = [
    "",
    " ",
    "Considération, fidélisation, « verbatims », l’achat — 12 €",
    "Œuvre à côté : ça coûte 3,50 € (TTC)\u00a0!",
    "Great 🎸 shop 👍🏽 and 👩‍👩‍👧 family",
    "Rating ★★★☆☆ ✓ ✔ ☎ ⚠️ ♥ → ⇒ ∞ ≠ ≤",
    "Client : 王小明 (fidèle) — 김민수, 佐藤",
    "©\ufe0f fa\u200dmille\n\tfin\u00ad",
    "\u200dstarts with a joiner",
    "Nom \U0001e900\U0001e900 fin",
    "مرحبا بالعالم and שלום",
    "Ελληνικά, русский, ქართული",
    "\U0010fff0 private use",
]


def unshortened(monkeypatch: pytest.MonkeyPatch) -> PdfFonts:
    """Fonts that split every text character by character (the way runs were always found)."""
    monkeypatch.setattr(fonts, "_plain_characters", lambda name, cmap: frozenset())
    reference = PdfFonts()
    monkeypatch.undo()
    return reference


@pytest.mark.parametrize("bold", [False, True])
def test_mixed_script_texts_get_the_same_runs_remembered_or_worked_out(
    monkeypatch: pytest.MonkeyPatch, bold: bool
) -> None:
    reference = unshortened(monkeypatch)
    quick = PdfFonts()
    for text in MIXED:
        expected = reference.runs(text, bold)
        assert quick.runs(text, bold) == expected, text
        assert quick.runs(text, bold) == expected, text  # the remembered runs
        assert "".join(chunk for _, chunk in expected) == text
        assert quick.width(text, 11, bold) == reference.width(text, 11, bold)
    assert quick.missing == reference.missing
    assert quick.missing_report() == reference.missing_report()


def test_a_french_line_is_one_run_in_the_bundled_face_and_changing_the_list_changes_nothing() -> (
    None
):
    quick = PdfFonts()
    line = "Étape d’achat : « vérifier la livraison »"
    runs = quick.runs(line, False)
    assert runs == [(quick.face(False), line)]
    runs.append(("Other", "x"))  # a caller's list is its own
    assert quick.runs(line, False) == [(quick.face(False), line)]


def test_characters_found_missing_are_reported_again_by_a_new_export() -> None:
    char = "\U0010fff0"
    first, second = PdfFonts(), PdfFonts()
    first.runs(f"a {char}", False)
    second.runs(f"a {char}", False)
    assert first.missing == second.missing
    if fonts.fallback_font_for(char) is None:
        assert second.missing == {char}


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        st.one_of(
            st.sampled_from("aéèçœ€«» \u00a0\u200d\ufe0f\t\n"),
            st.sampled_from(["🎸", "★", "→", "王", "ش", "\U0001e900"]),
            st.characters(max_codepoint=0x52F),
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_any_text_gets_the_same_runs_remembered_or_worked_out(text: str, bold: bool) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        reference = unshortened(monkeypatch)
    quick = PdfFonts()
    assert quick.runs(text, bold) == reference.runs(text, bold)
    assert quick.runs(text, bold) == reference.runs(text, bold)
    assert quick.missing == reference.missing
