"""PDF exports, opened and read back: text, fonts, outline, metadata, the attached map, geometry."""

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import pdf_fonts, pdf_text
from pypdf import PdfReader

from app.export.embed import read_export
from app.export.options import ExportOptions, page_size
from app.export.pdf import export_pdf
from app.model.document import Persona, Touchpoint
from app.model.fileformat import dumps, loads

LAYOUTS = ["fit", "poster", "tiles", "slides"]


def write(tmp_path: Path, doc, **options) -> Path:  # type: ignore[no-untyped-def]
    result = export_pdf(doc, ExportOptions(**options))
    path = tmp_path / f"{options.get('layout', 'fit')}.pdf"
    path.write_bytes(result.data)
    return path


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_title_phase_and_persona_is_searchable_text(
    tmp_path: Path, sample_fr, layout: str
) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(write(tmp_path, sample_fr, layout=layout))
    for tp in sample_fr.touchpoints:
        assert " ".join(tp.title.split()) in text, tp.title
    for phase in sample_fr.phases:
        assert phase.name in text
    for persona in sample_fr.personas:
        assert persona.name in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_all_fonts_are_embedded(tmp_path: Path, sample_fr, layout: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, sample_fr, layout=layout)
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("NotoSans" in name for name, _ in fonts)
    if shutil.which("pdffonts"):
        lines = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert lines and all(line.split()[-5] == "yes" for line in lines), lines


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_outline_lists_the_phases_and_the_appendix(
    tmp_path: Path, sample_en, layout: str
) -> None:  # type: ignore[no-untyped-def]
    titles = outline_titles(PdfReader(write(tmp_path, sample_en, layout=layout)))
    for phase in sample_en.phases:
        assert phase.name in titles
    assert "Personas" in titles and "Touchpoints by phase" in titles


def test_metadata_is_set(tmp_path: Path, sample_fr) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(write(tmp_path, sample_fr))
    info = reader.metadata
    assert info.title == sample_fr.title
    assert info.author == sample_fr.author
    assert info.subject == sample_fr.description
    assert "Sensibilisation" in info["/Keywords"]
    assert info.creator.startswith("Parcours ")
    assert reader.trailer["/Root"]["/Lang"] == "fr"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_attached_map_reopens_as_an_equal_map(tmp_path: Path, sample_fr, layout: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, sample_fr, layout=layout)
    assert read_export(path) == sample_fr
    if shutil.which("pdfdetach"):
        listing = subprocess.run(
            ["pdfdetach", "-list", str(path)], capture_output=True, text=True
        ).stdout
        assert "map.journey" in listing


def test_tiles_are_the_requested_paper_and_cover_the_map(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path, sample_en, layout="tiles", tile_paper="A4", orientation="portrait", appendix=False
    )
    reader = PdfReader(path)
    width, height = page_size("A4", "portrait")
    tiles = reader.pages[1:]
    assert len(tiles) >= 4
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.5)
    # Together the sheets show every card: each title is on at least one sheet.
    tile_text = " ".join(" ".join(page.extract_text().split()) for page in tiles)
    for tp in sample_en.touchpoints:
        assert tp.title.split()[0] in tile_text
    from app.export.pdf import _PdfExport

    export = _PdfExport(
        sample_en, ExportOptions(layout="tiles", tile_paper="A4", orientation="portrait"), None
    )
    _, pages = export._tiles()
    grid = pages[0].grid
    assert (grid.columns - 1) * grid.step_w + grid.tile_w >= export.layout.width
    assert (grid.rows - 1) * grid.step_h + grid.tile_h >= export.layout.height
    assert len(tiles) == grid.rows * grid.columns


# The slides layout is tested in test_slides.py.


def test_text_sits_where_the_layout_put_it(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    from app.export.pdf import _PdfExport

    export = _PdfExport(sample_en, ExportOptions(appendix=False), None)
    _, (page,) = export._single_page(poster=False)
    region = page.regions[0]
    size = page.size
    path = write(tmp_path, sample_en, appendix=False)
    placed: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, font_size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            placed.setdefault(text.strip(), (x, size[1] - y))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    from reportlab.pdfbase import pdfmetrics

    checked = 0
    for card in export.layout.cards:
        first = card.title.lines[0]
        if first not in placed:
            continue
        ascent = pdfmetrics.getAscent(export.fonts.face(True), card.title.style.size)
        expected_x = region.x + card.title.rect.x * region.scale
        expected_y = region.top + (card.title.rect.y + ascent) * region.scale
        x, y = placed[first]
        assert x == pytest.approx(expected_x, abs=1.0)
        assert y == pytest.approx(expected_y, abs=1.0)
        checked += 1
    assert checked >= len(export.layout.cards) // 2


def test_a_redacted_pdf_has_no_quotes_or_names_and_says_so(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, sample_en, redact=True)
    text = pdf_text(path)
    for persona in sample_en.personas:
        assert persona.name not in text
    quotes = [q for tp in sample_en.touchpoints for q in tp.quotes]
    assert quotes and not any(" ".join(q.split())[:30] in text for q in quotes)
    assert "Persona A" in text and "Redacted copy" in text
    reopened = read_export(path)
    assert [p.name for p in reopened.personas] == ["Persona A", "Persona B"]


def test_only_the_chosen_personas_and_lanes_are_shared(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    keep = sample_en.personas[0]
    lanes = frozenset(lane.id for lane in sample_en.lanes if lane.kind != "framework")
    path = write(tmp_path, sample_en, personas=frozenset({keep.id}), lanes=lanes)
    reopened = read_export(path)
    assert [p.name for p in reopened.personas] == [keep.name]
    assert all(lane.kind != "framework" for lane in reopened.lanes)
    assert sample_en.personas[1].name not in pdf_text(path)


def test_accents_cjk_and_emoji_export_and_missing_characters_are_reported(
    tmp_path: Path, sample_fr
) -> None:  # type: ignore[no-untyped-def]
    doc = sample_fr.model_copy(deep=True)
    doc.title = "Première guitare 🎸 — parcours d’achat"
    doc.personas.append(Persona(name="王小明", colour="#009e73"))
    doc.touchpoints.append(
        Touchpoint(
            phase_id=doc.phases[0].id,
            lane_id=doc.lanes[0].id,
            title="Adlam 𞤀𞤁 and Ol Chiki ᱚᱛ",
        )
    )
    result = export_pdf(doc, ExportOptions())
    path = tmp_path / "mixed.pdf"
    path.write_bytes(result.data)
    text = pdf_text(path)
    assert "Première guitare" in text and "d’achat" in text
    from app.export.fonts import fallback_font_for

    if fallback_font_for("王") is not None:
        assert "王小明" in text
    missing = [c for c in "𞤀𞤁ᱚᱛ🎸王" if fallback_font_for(c) is None]
    if missing:
        report = " ".join(result.notes)
        for char in missing:
            assert f"U+{ord(char):04X}" in report
    assert loads(dumps(read_export(path))) == doc
