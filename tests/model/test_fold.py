"""Name and text folding (``fold``): case, accents and spacing ignored, as before it was made
faster."""

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.model.channels import COMBINING_BELOW, fold, fold_text


def reference(text: str) -> str:
    """``fold`` as it was first written, character by character."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("’", "'").replace("-", " ").replace("_", " ")
    return " ".join(bare.split())


SAMPLES = [
    "Café crème",
    "ÉVÉNEMENTS",
    "Bouche-à-oreille",
    "  l’avis   des_clients ",
    "Straße",
    "ﬁnance",  # a ligature
    "Ｆｕｌｌ ｗｉｄｔｈ",
    "e\u0301te\u0301",  # accents as combining characters
    "日本語のテキスト",
    "Ελληνικά",
    "Ñandú",
    "",
    "plain ascii - with_spaces",
]


def test_samples_fold_as_before() -> None:
    assert [fold(s) for s in SAMPLES] == [reference(s) for s in SAMPLES]
    assert fold("Café") == fold("cafe") == "cafe"


@given(st.text())
def test_any_text_folds_as_before(text: str) -> None:
    assert fold(text) == fold_text(text) == reference(text)


def test_every_combining_character_is_below_the_limit_the_table_is_made_from() -> None:
    above = [c for c in range(COMBINING_BELOW, sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    assert above == []
