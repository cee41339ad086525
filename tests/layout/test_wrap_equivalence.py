"""The fast line filling breaks every text exactly where the word-by-word one did.

``ReferenceWrapper`` is the wrapper as it was before the fast path (a copy of its
``_wrap_paragraph``): for the corpus, the sample maps, the benchmark's texts and random
texts (French, CJK, long words, spaces of every kind, bullets, empty items), with the
approximate measure, an irregular one (widths that are not exact binary fractions, so that
sums in another order would differ), Qt's and the PDF's, both wrappers give the same lines,
the same cut, and whole maps lay out to equal boxes.
"""

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.layout.engine import layout
from app.layout.text import STYLES, ApproximateMeasure, TextStyle, Wrapper, token_pattern
from app.model.fileformat import load

ROOT = Path(__file__).parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "app" / "data" / "samples"


class ReferenceWrapper(Wrapper):
    """The wrapper with the original token-by-token ``_wrap_paragraph``."""

    def _wrap_paragraph(self, paragraph: str, width: float, style: TextStyle) -> list[str]:
        if not paragraph.strip():
            return [""]
        lines: list[str] = []
        current, current_width = "", 0.0
        for token in token_pattern().findall(paragraph.strip()):
            token_width = self.width(token, style)
            bare_width = (
                self.width(token.rstrip(), style) if token != token.rstrip() else token_width
            )
            if current and current_width + bare_width > width:
                lines.append(current.rstrip())
                current, current_width = "", 0.0
                if token.isspace():
                    continue
            if not current and bare_width > width:
                pieces = self._break_word(token.rstrip(), width, style)
                lines += pieces[:-1]
                current = pieces[-1] + token[len(token.rstrip()) :]
                current_width = self.width(current, style)
                continue
            current += token
            current_width += token_width
        if current.strip():
            lines.append(current.rstrip())
        return lines


class CountingMeasure:
    """One unit per character: with whole widths, a line often fills the width exactly, so
    a comparison that is off at the boundary (``>=`` for ``>``) shows."""

    def width(self, text: str, style: TextStyle) -> float:
        return float(len(text))

    def line_height(self, style: TextStyle) -> float:
        return style.size * 1.3


class IrregularMeasure:
    """Each character has its own width, a decimal fraction (0.1 is not exact in binary):
    adding the same widths in another order or grouping gives other last bits."""

    def width(self, text: str, style: TextStyle) -> float:
        total = 0.0
        for char in text:
            total += (ord(char) % 17 + 3) * style.size * 0.0731
        return total

    def line_height(self, style: TextStyle) -> float:
        return style.size * 1.3


FRENCH = (
    "Le client compare les prix, vérifie la livraison et hésite — « c'est trop cher » ; "
    "il appelle le service après-vente à 18 h 30. Œuvre, cœur, garçon, déjà-vu, "
    "l'anticonstitutionnellement incompréhensible numéro 0 800 123 456 !"
)
ENGLISH = "customer compares prices checks delivery asks friends reads reviews"
OTHERS = ["中", "文", "字", "😀", "x" * 30, "é" * 12, "-", "—", "…", "«", "»", "•", "↑"]
TEXTS = [
    "",
    " ",
    "\n",
    "\n\n",
    "a",
    "Pays",
    "Customer compares prices",
    "• Customer compares prices checks delivery asks friends reads reviews",
    "• ↑ Opens app pays waits parcel support chat returns loyalty points",
    "• ",
    "•",
    "  leading and trailing spaces  ",
    "two  spaces   and\ttabs\tbetween words",
    "non\u00a0breaking\u00a0spaces and a narrow\u202fone",
    "line one\nline two\n\nline four after an empty one",
    "Supercalifragilisticexpialidociousandthensomemoretomakeitverylong indeed",
    "x" * 400,
    "a " * 200,
    "購物車裡的商品太多了，我不知道該選哪一個。配送時間很長。",
    "Mixed 中文 and English 文字 in one 句子",
    "中 文 with spaces after wide characters 中\u3000文",
    "emoji 😀 in the middle 👍🏽 of text",
    "ends with spaces and a newline   \n",
    "https://example.com/a/very/long/address/that/does/not/break/anywhere/at/all?q=1",
    FRENCH,
    FRENCH.upper(),
]
WIDTHS = [0.0, 1.0, 12.5, 40.0, 100.0, 148.0, 172.0, 180.3, 400.0, 10_000.0]


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            content = path.read_text(encoding="utf-8", errors="replace")
            texts.append(content)
            texts += [line for line in content.splitlines() if line.strip()]
    return texts


def random_texts(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    words = [*FRENCH.split(), *ENGLISH.split(), *OTHERS]
    spaces = [" ", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\n", " \n "]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 30)):
            parts.append(rng.choice(words))
            parts.append(rng.choice(spaces))
        texts.append("".join(parts[: rng.randint(0, len(parts))]))
    return texts


def assert_same(measure: object, texts: list[str], widths: list[float]) -> int:
    """Both wrappers agree on every text, width, style and line budget; the cases checked."""
    new, old = Wrapper(measure), ReferenceWrapper(measure)  # type: ignore[arg-type]
    checked = 0
    for text in texts:
        for width in widths:
            for style in (STYLES[0], STYLES[3], STYLES[5]):
                for max_lines in (1, 3, 11, 10_000):
                    expected = old.wrap(text, width, style, max_lines)
                    assert new.wrap(text, width, style, max_lines) == expected, (
                        text,
                        width,
                        style,
                        max_lines,
                    )
                    checked += 1
    return checked


@pytest.mark.parametrize("measure", [ApproximateMeasure(), IrregularMeasure()], ids=type)
def test_the_fast_wrapper_breaks_lines_where_the_reference_does(measure: object) -> None:
    texts = TEXTS + corpus_texts() + random_texts(300)
    assert assert_same(measure, texts, WIDTHS) > 30_000


def test_lines_that_fill_the_width_exactly_break_where_the_reference_does() -> None:
    texts = TEXTS + corpus_texts() + random_texts(100, seed=5)
    assert assert_same(CountingMeasure(), texts, [float(w) for w in range(0, 61, 3)]) > 30_000


def test_the_corpus_is_there() -> None:
    assert len(corpus_texts()) > 20  # the comparison above covers real map texts


def test_qt_and_pdf_measures_break_lines_where_the_reference_does(qapp: object) -> None:
    from app.export.fonts import PdfFonts, PdfMeasure
    from app.export.qt.text import QtMeasure

    texts = TEXTS + corpus_texts()[:60] + random_texts(60, seed=3)
    widths = [0.0, 30.0, 148.0, 172.0, 600.0]
    assert assert_same(QtMeasure(), texts, widths) > 0
    assert assert_same(PdfMeasure(PdfFonts()), texts, widths) > 0


@given(
    text=st.text(st.sampled_from(list("ab é中 \t\n\u00a0\u3000•-")) | st.characters(), max_size=80),
    width=st.floats(min_value=0, max_value=500, allow_nan=False),
    max_lines=st.integers(min_value=1, max_value=12),
)
def test_random_texts_wrap_alike(text: str, width: float, max_lines: int) -> None:
    for measure in (ApproximateMeasure(), IrregularMeasure(), CountingMeasure()):
        new, old = Wrapper(measure), ReferenceWrapper(measure)
        style = STYLES[5]
        assert new.wrap(text, width, style, max_lines) == old.wrap(text, width, style, max_lines)


@pytest.mark.parametrize("name", ["guitar-purchase.en.journey", "guitar-purchase.fr.journey"])
def test_sample_maps_lay_out_alike(name: str) -> None:
    doc = load(SAMPLES / name)
    for measure in (ApproximateMeasure(), IrregularMeasure()):
        assert layout(doc, Wrapper(measure)) == layout(doc, ReferenceWrapper(measure))


def test_the_benchmark_map_lays_out_alike() -> None:
    from benchmarks.maps import bench_map

    doc = bench_map(200)
    measure = IrregularMeasure()
    assert layout(doc, Wrapper(measure)) == layout(doc, ReferenceWrapper(measure))
