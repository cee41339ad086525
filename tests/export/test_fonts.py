"""PDF fonts: the bundled Noto Sans, fallback fonts and runs of text (no QApplication)."""

import itertools
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from app.export import fonts
from app.export.fonts import (
    BUNDLED_BOLD,
    BUNDLED_REGULAR,
    FAMILY,
    PdfFonts,
    PdfMeasure,
    fallback_font_for,
)
from app.layout import layout
from app.layout.text import BODY, CARD_TITLE, ApproximateMeasure, Measure
from app.model.fileformat import load
from app.resources import SAMPLES

FRENCH = "Considération, fidélisation, « verbatims », l’achat — 12 €"
CJK_NAME = "王小明"
EMOJI = "Great 🎸 shop"
# Scripts that few computers have a font for (Adlam, Medefaidrin, Wancho, Toto, Tangsa),
# then private-use characters of plane 16.
UNCOVERED_CANDIDATES = (
    "\U0001e900", "\U00016e40", "\U0001e2c0", "\U0001e290", "\U00016a70", "\U0010fff0",
)  # fmt: skip


def no_fallback(char: str) -> None:
    return None


def uncovered_character() -> str:
    for char in UNCOVERED_CANDIDATES:
        if fallback_font_for(char) is None:
            return char
    pytest.skip("every candidate character has an installed font on this computer")


def joined(runs: list[tuple[str, str]]) -> str:
    return "".join(chunk for _, chunk in runs)


def test_the_bundled_fonts_are_static_truetype_and_register() -> None:
    for path in (BUNDLED_REGULAR, BUNDLED_BOLD):
        assert path.is_file()
        assert fonts._embeddable(path, 0)  # glyf outlines, no colour tables
        assert "fvar" not in TTFontFile(str(path)).table  # static, not variable
        assert TTFont("check-" + path.stem, str(path)).face.familyName == FAMILY.encode()
    pdf_fonts = PdfFonts()
    assert pdf_fonts.face(bold=False) == "NotoSans"
    assert pdf_fonts.face(bold=True) == "NotoSans-Bold"
    registered = pdfmetrics.getRegisteredFontNames()
    assert {"NotoSans", "NotoSans-Bold"} <= set(registered)
    PdfFonts()  # a second instance reuses the registration
    assert len(pdfmetrics.getRegisteredFontNames()) == len(registered)


def test_the_licence_and_readme_travel_with_the_fonts() -> None:
    licence = (BUNDLED_REGULAR.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "Copyright 2012 Google Inc. All Rights Reserved." in licence
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert (BUNDLED_REGULAR.parent / "README.md").is_file()


@pytest.mark.parametrize("bold", [False, True])
def test_french_text_is_one_run_in_the_bundled_face(bold: bool) -> None:
    pdf_fonts = PdfFonts()
    assert pdf_fonts.runs(FRENCH, bold) == [(pdf_fonts.face(bold), FRENCH)]
    assert pdf_fonts.missing == set()
    assert pdf_fonts.missing_report() is None


def test_a_cjk_name_gets_a_fallback_run_when_a_cjk_font_is_installed() -> None:
    if fallback_font_for("王") is None:
        pytest.skip("no CJK font is installed (scripts/qt-system-deps.sh installs one)")
    pdf_fonts = PdfFonts()
    text = f"Client : {CJK_NAME} (fidèle)"
    runs = pdf_fonts.runs(text, bold=True)
    assert joined(runs) == text
    cjk = [name for name, chunk in runs if CJK_NAME in chunk]
    assert cjk
    assert cjk[0] not in (pdf_fonts.face(False), pdf_fonts.face(True))
    assert pdf_fonts.missing == set()


def test_an_emoji_is_shown_by_a_fallback_or_reported_never_dropped() -> None:
    pdf_fonts = PdfFonts()
    runs = pdf_fonts.runs(EMOJI, bold=False)
    assert joined(runs) == EMOJI
    emoji_font = next(name for name, chunk in runs if "🎸" in chunk)
    if emoji_font == pdf_fonts.face(False):
        assert "🎸" in pdf_fonts.missing
    else:
        assert pdf_fonts.missing == set()


def test_variation_selectors_and_joiners_are_never_missing() -> None:
    pdf_fonts = PdfFonts(fallback=no_fallback)
    text = "©\ufe0f fa\u200dmille\n\tfin\u00ad"
    runs = pdf_fonts.runs(text, bold=False)
    assert joined(runs) == text
    assert pdf_fonts.missing == set()
    assert pdf_fonts.missing_report() is None


def test_a_character_no_font_has_is_kept_and_reported_with_its_code() -> None:
    char = uncovered_character()
    pdf_fonts = PdfFonts()
    text = f"Nom {char}{char} fin"
    assert pdf_fonts.runs(text, bold=False) == [(pdf_fonts.face(False), text)]
    assert pdf_fonts.missing == {char}
    report = pdf_fonts.missing_report()
    assert report is not None
    assert f"{char} (U+{ord(char):04X})" in report
    assert report.startswith("1 character has no font")


def test_the_missing_report_counts_and_shortens() -> None:
    pdf_fonts = PdfFonts(fallback=no_fallback)
    text = "".join(chr(0x1E900 + i) for i in range(12))
    pdf_fonts.runs(text, bold=False)
    report = pdf_fonts.missing_report()
    assert report is not None
    assert report.startswith("12 characters have no font on this computer and show as boxes: ")
    assert "U+1E900" in report
    assert report.endswith(" and 2 more")


def test_a_failing_or_wrong_fallback_leaves_the_character_missing() -> None:
    def broken(char: str) -> Path:
        raise RuntimeError("fontconfig exploded")

    def wrong(char: str) -> tuple[Path, int]:
        return (BUNDLED_REGULAR.parent / "OFL.txt", 0)  # not a font

    for fallback in (broken, wrong):
        pdf_fonts = PdfFonts(fallback=fallback)
        assert joined(pdf_fonts.runs("a王b", bold=False)) == "a王b"
        assert pdf_fonts.missing == {"王"}


def test_the_fallback_is_asked_once_per_character() -> None:
    asked: list[str] = []

    def counting(char: str) -> None:
        asked.append(char)

    pdf_fonts = PdfFonts(fallback=counting)
    for _ in range(3):
        pdf_fonts.runs("王王 小", bold=False)
        pdf_fonts.runs("王", bold=True)
    assert sorted(asked) == ["小", "王", "王"]  # once per character and weight


def test_fallback_lookups_are_cached_and_never_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    first = fallback_font_for("王")
    assert fallback_font_for("王") == first
    assert fallback_font_for("") is None
    assert fallback_font_for("ab") is None
    asked: list[str] = []
    monkeypatch.setattr(fonts, "_find", lambda char: asked.append(char))
    for _ in range(1_000):
        assert fallback_font_for("王") == first
    assert asked == []  # answered from the cache, fontconfig never asked again
    found = fallback_font_for("🎸")
    if found is not None:
        path = found if isinstance(found, Path) else found[0]
        assert fonts._embeddable(path, 0 if isinstance(found, Path) else found[1])


def test_no_fontconfig_means_no_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert fonts._fontconfig_candidates(ord("王")) == []


def test_colour_and_cff_fonts_are_not_embeddable(tmp_path: Path) -> None:
    def sfnt(*tags: bytes) -> Path:
        header = b"\x00\x01\x00\x00" + len(tags).to_bytes(2, "big") + bytes(6)
        path = tmp_path / ("-".join(tag.decode().strip() for tag in tags) + ".ttf")
        path.write_bytes(header + b"".join(tag + bytes(12) for tag in tags))
        return path

    assert fonts._embeddable(sfnt(b"cmap", b"glyf", b"head"), 0)
    assert not fonts._embeddable(sfnt(b"CBDT", b"CBLC", b"cmap"), 0)  # Noto Color Emoji
    assert not fonts._embeddable(sfnt(b"CFF ", b"cmap"), 0)
    assert not fonts._embeddable(sfnt(b"COLR", b"glyf"), 0)
    assert not fonts._embeddable(tmp_path / "absent.ttf", 0)


def test_width_is_the_sum_of_the_runs_and_grows_with_size() -> None:
    pdf_fonts = PdfFonts()
    text = f"{FRENCH} {CJK_NAME} {EMOJI}"
    for bold in (False, True):
        runs = pdf_fonts.runs(text, bold)
        expected = sum(pdfmetrics.stringWidth(chunk, name, 12) for name, chunk in runs)
        assert pdf_fonts.width(text, 12, bold) == pytest.approx(expected)
        assert pdf_fonts.width(text, 18, bold) > pdf_fonts.width(text, 12, bold) > 0
    assert pdf_fonts.width("", 12, False) == 0
    assert pdf_fonts.width(FRENCH, 12, True) > pdf_fonts.width(FRENCH, 12, False)


@given(st.text(max_size=40))
def test_runs_always_give_back_the_text(text: str) -> None:
    pdf_fonts = PdfFonts(fallback=no_fallback)
    runs = pdf_fonts.runs(text, bold=False)
    assert joined(runs) == text
    assert all(chunk for _, chunk in runs)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(runs))
    ignorable = {"Cc", "Cf", "Zs", "Zl", "Zp"}
    assert not any(unicodedata.category(char) in ignorable for char in pdf_fonts.missing)
    report = pdf_fonts.missing_report()
    assert (report is None) == (not pdf_fonts.missing)


def test_pdf_measure_lays_out_the_sample_map() -> None:
    measure: Measure = PdfMeasure(PdfFonts())
    assert measure.line_height(BODY) == pytest.approx(1.3 * BODY.size)
    assert measure.width("Achat", CARD_TITLE) > measure.width("Achat", BODY) > 0
    doc = load(SAMPLES / "guitar-purchase.fr.journey")
    result = layout(doc, measure)
    assert result.cards
    assert result.width > 0
    assert result.height > 0
    approximate = layout(doc, ApproximateMeasure())
    assert len(result.cards) == len(approximate.cards)


def draw_pdf(path: Path, lines: list[str], pdf_fonts: PdfFonts) -> None:
    # The initial font would otherwise be Helvetica, referenced but never embedded.
    canvas = Canvas(str(path), pagesize=(600, 400), initialFontName=pdf_fonts.face(False))
    y = 360.0
    for i, line in enumerate(lines):
        x, bold = 20.0, i % 2 == 1
        for name, chunk in pdf_fonts.runs(line, bold):
            canvas.setFont(name, 14)
            canvas.drawString(x, y, chunk)
            x += pdfmetrics.stringWidth(chunk, name, 14)
        y -= PdfMeasure(pdf_fonts).line_height(CARD_TITLE) * 2
    canvas.showPage()
    canvas.save()


def embedded_column(pdffonts_output: str) -> list[str]:
    """The 'emb' column of `pdffonts` (columns are as wide as the dashes under the header)."""
    lines = pdffonts_output.splitlines()
    header, dashes = lines[0], lines[1]
    spans, start = [], 0
    for dash in dashes.split(" "):
        spans.append((start, start + len(dash)))
        start += len(dash) + 1
    names = [header[a:b].strip() for a, b in spans]
    a, b = spans[names.index("emb")]
    return [line[a:b].strip() for line in lines[2:] if line.strip()]


def test_a_pdf_drawn_with_the_runs_holds_the_text_and_embeds_every_font(tmp_path: Path) -> None:
    pdf_fonts = PdfFonts()
    lines = [FRENCH, f"Client : {CJK_NAME}", EMOJI, "Persona : Léa, 34 ans"]
    path = tmp_path / "fonts.pdf"
    draw_pdf(path, lines, pdf_fonts)
    text = PdfReader(path).pages[0].extract_text()
    squeezed = "".join(text.split())
    for line in lines:
        if not any(char in pdf_fonts.missing for char in line):
            assert "".join(line.split()) in squeezed, (line, text)
    used = {name for line in lines for name, _ in pdf_fonts.runs(line, False)}
    if fallback_font_for("王") is not None:
        assert len(used) >= 2
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    embedded = embedded_column(output)
    assert len(embedded) >= 2  # regular and bold at least
    assert set(embedded) == {"yes"}, output


def test_a_missing_character_is_still_in_the_pdf_text(tmp_path: Path) -> None:
    char = uncovered_character()
    pdf_fonts = PdfFonts()
    line = f"Nom {char} fin"
    path = tmp_path / "missing.pdf"
    draw_pdf(path, [line], pdf_fonts)
    assert char in PdfReader(path).pages[0].extract_text()
    assert pdf_fonts.missing == {char}


def test_the_pdf_font_module_imports_no_qt() -> None:
    code = "import sys, app.export.fonts; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
