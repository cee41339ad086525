"""The PDF slides: a phase per 16:9 slide, every lane, card titles large enough to project."""

import importlib.util
import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.options import ExportOptions
from app.export.pdf import _PdfExport, export_pdf
from app.export.pdfslides import MAP_BOTTOM, MAP_TOP, SIDE_MARGIN, SLIDE
from app.model import commands as cmd
from app.model.document import JourneyMap, StickyNote

# This folder's conftest by its path: `from conftest import` may find another folder's.
_spec = importlib.util.spec_from_file_location(
    "export_conftest", Path(__file__).with_name("conftest.py")
)
assert _spec is not None and _spec.loader is not None
_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conftest)
pdf_text = _conftest.pdf_text

LEGIBLE_PT = 14.0
"""Card titles on a 13.33 × 7.5 in slide are at least this many points high (issue 8)."""


def slides(tmp_path: Path, doc: JourneyMap) -> Path:
    path = tmp_path / "slides.pdf"
    path.write_bytes(export_pdf(doc, ExportOptions(layout="slides", appendix=False)).data)
    return path


def headings(reader: PdfReader, doc: JourneyMap) -> list[tuple[int, int, int]]:
    """(phase number, part, parts) read from each slide's heading, after the cover."""
    found = []
    count = len(doc.phases)
    for page in reader.pages[1:]:
        text = " ".join(page.extract_text().split())
        matches = [
            (index + 1, m)
            for index, phase in enumerate(doc.phases)
            for m in re.finditer(
                re.escape(phase.name) + rf"(?: \((\d+)/(\d+)\))?\s*{index + 1} / {count}", text
            )
        ]
        assert len(matches) == 1, text[:200]
        number, match = matches[0]
        part, parts = match.group(1), match.group(2)
        found.append((number, int(part or 1), int(parts or 1)))
    return found


def title_sizes(reader: PdfReader, lines: set[str]) -> dict[int, list[float]]:
    """Per slide page: the size in points at which each of ``lines`` is set."""
    sizes: dict[int, list[float]] = {}
    for number, page in enumerate(reader.pages):

        def visit(text, cm, tm, font, font_size, number=number) -> None:  # type: ignore[no-untyped-def]
            if text.strip() in lines:
                # The text's y axis through the text matrix and the page's transformation.
                c = tm[2] * cm[0] + tm[3] * cm[2]
                d = tm[2] * cm[1] + tm[3] * cm[3]
                sizes.setdefault(number, []).append(font_size * math.hypot(c, d))

        page.extract_text(visitor_text=visit)
    return sizes


def one_phase_with_every_card(doc: JourneyMap) -> JourneyMap:
    """The sample with all its cards moved into its third phase (each stays in its lane)."""
    phase = doc.phases[2]
    for lane in doc.lanes:
        ids = [tp.id for tp in doc.touchpoints_in_journey_order() if tp.lane_id == lane.id]
        if ids:
            cmd.move_touchpoints(doc, ids, phase.id, lane.id).apply(doc)
    return doc


def test_every_slide_is_16_9_and_the_phases_follow_in_order(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(slides(tmp_path, sample_en))
    for page in reader.pages:
        assert float(page.mediabox.width) / float(page.mediabox.height) == pytest.approx(
            16 / 9, abs=0.001
        )
    found = headings(reader, sample_en)
    # Every phase has its slides, in the map's order, each phase's parts counted 1..n.
    assert [number for number, _, _ in found] == sorted(number for number, _, _ in found)
    assert {number for number, _, _ in found} == set(range(1, len(sample_en.phases) + 1))
    for number in range(1, len(sample_en.phases) + 1):
        parts = [(part, total) for n, part, total in found if n == number]
        assert [part for part, _ in parts] == list(range(1, len(parts) + 1))
        assert all(total == len(parts) for _, total in parts)
    # One bookmark per phase, on its first slide, after the cover's.
    outline = [entry.title for entry in reader.outline]
    assert outline == [sample_en.title, *(phase.name for phase in sample_en.phases)]
    first = [i for i, (_, part, _) in enumerate(found, start=1) if part == 1]
    for entry, page in zip(reader.outline[1:], first, strict=True):
        assert reader.get_destination_page_number(entry) == page


def test_the_slides_show_every_card_framework_lane_and_metric(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(slides(tmp_path, sample_en))
    for tp in sample_en.touchpoints:
        assert " ".join(tp.title.split()) in text
    # Framework lanes: a pain point and an opportunity; metric lanes: a value with its unit.
    pains = [p for tp in sample_en.touchpoints for p in tp.pain_points]
    assert "Jargon everywhere" in pains and "Jargon everywhere" in text
    assert "Allow guest checkout" in text
    assert "84%" in text and "4.6" in text
    # The lane names of every kind are on the slides.
    for lane_name in ("Emotions", "Pain points", "Opportunities", "Conversion rate"):
        assert lane_name in text
    # The persona legend stays.
    for persona in sample_en.personas:
        assert persona.name in text


def test_each_card_is_on_the_slides_that_show_its_lane_and_column(
    tmp_path: Path, sample_en
) -> None:  # type: ignore[no-untyped-def]
    export = _PdfExport(sample_en, ExportOptions(layout="slides", appendix=False), None)
    _, pages = export._slides()
    reader = PdfReader(slides(tmp_path, sample_en))
    lanes = {lane.lane_id: lane.band for lane in export.layout.lanes}
    for page, flowable in zip(reader.pages[1:], pages[2::2], strict=True):
        plan = flowable.plan
        text = " ".join(page.extract_text().split())
        for card in export.layout.cards:
            band = lanes[card.lane_id]
            in_rows = any(s.top <= band.y and band.bottom <= s.bottom for s in plan.strips)
            in_columns = plan.left <= card.rect.centre_x <= plan.right
            # Titles cut away by the slide's edges are not hidden in its text either.
            assert (" ".join(card.title.lines) in text) == (in_rows and in_columns)


def test_card_titles_are_at_least_14_points_high(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    export = _PdfExport(sample_en, ExportOptions(layout="slides", appendix=False), None)
    _, pages = export._slides()
    plans = [page.plan for page in pages[2::2]]  # the cover, then a page break before each
    assert plans
    title_size = min(card.title.style.size for card in export.layout.cards)
    assert all(plan.scale * title_size >= LEGIBLE_PT for plan in plans)
    # Read back from the PDF: every card title is set at 14 pt or more, wherever it shows.
    reader = PdfReader(slides(tmp_path, sample_en))
    firsts = {card.title.lines[0] for card in export.layout.cards}
    sizes = title_sizes(reader, firsts)
    assert max(sizes.pop(0)) < LEGIBLE_PT / 2  # the cover shows the whole map small
    seen = [size for page in sizes.values() for size in page]
    assert len(seen) >= len(firsts)
    assert min(seen) >= LEGIBLE_PT - 0.01
    assert min(seen) <= LEGIBLE_PT * 1.6  # the measure is real, not inflated


def test_a_slide_fills_its_page(sample_en) -> None:  # type: ignore[no-untyped-def]
    export = _PdfExport(sample_en, ExportOptions(layout="slides", appendix=False), None)
    _, pages = export._slides()
    area_w, area_h = SLIDE[0] - 2 * SIDE_MARGIN, SLIDE[1] - MAP_TOP - MAP_BOTTOM
    header = export.layout.lane_header_width
    for page in pages[2::2]:
        plan = page.plan
        width = (header + plan.right - plan.left) * plan.scale
        height = sum(s.bottom - s.top for s in plan.strips) * plan.scale
        assert width <= area_w + 0.01 and height <= area_h + 0.01
        # Few cards or few lanes: scaled up until the width or the height is used up.
        assert width >= area_w - 0.5 or height >= area_h - 0.5
        # Centred, and the strips stacked without gaps.
        assert plan.x == pytest.approx((SLIDE[0] - width) / 2)
        for above, below in zip(plan.strips, plan.strips[1:], strict=False):
            assert below.y == pytest.approx(above.y + (above.bottom - above.top) * plan.scale)


def test_a_phase_with_every_card_continues_on_the_next_slides(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    doc = one_phase_with_every_card(sample_en)
    crowded = doc.phases[2]
    assert sum(tp.phase_id == crowded.id for tp in doc.touchpoints) >= 12
    path = slides(tmp_path, doc)
    reader = PdfReader(path)
    found = headings(reader, doc)
    parts = [(part, total) for number, part, total in found if number == 3]
    assert len(parts) >= 4 and parts[0] == (1, len(parts))
    assert (
        f"{crowded.name} (1/{len(parts)})"
        in reader.pages[found.index((3, 1, len(parts))) + 1].extract_text()
    )
    # The phases left empty keep one slide each, which says so under their description.
    for number in (1, 2, 4, 5):
        assert [(part, parts) for n, part, parts in found if n == number] == [(1, 1)]
        page = reader.pages[[n for n, _, _ in found].index(number) + 1]
        text = " ".join(page.extract_text().split())
        assert "No touchpoints in this phase yet." in text
        assert " ".join(doc.phases[number - 1].description.split()) in text
    # Its columns are spread over several slides rather than shrunk: every card can be read.
    export = _PdfExport(doc, ExportOptions(layout="slides", appendix=False), None)
    _, pages = export._slides()
    spans = {
        (page.plan.left, page.plan.right) for page in pages[2::2] if page.plan.phase_index == 2
    }
    assert len(spans) >= 3
    text = pdf_text(path)
    for tp in doc.touchpoints:
        assert " ".join(tp.title.split()) in text
    firsts = {card.title.lines[0] for card in export.layout.cards}
    sizes = title_sizes(reader, firsts)
    sizes.pop(0, None)
    assert min(size for page in sizes.values() for size in page) >= LEGIBLE_PT - 0.01


def test_sticky_notes_show_on_the_slides_where_they_sit(tmp_path: Path, sample_en) -> None:  # type: ignore[no-untyped-def]
    card = next(tp for tp in sample_en.touchpoints if tp.title == "Card declined at MegaSound")
    sample_en.notes.append(StickyNote(text="Which issuers refuse", attached_to=card.id))
    sample_en.notes.append(StickyNote(text="Below every lane", x=420, y=1600))
    path = tmp_path / "notes.pdf"
    options = ExportOptions(layout="slides", appendix=False, notes=True)
    path.write_bytes(export_pdf(sample_en, options).data)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    # The note on a card is on the card's slide; a note outside every lane only on the cover.
    assert [i for i, text in enumerate(pages) if "issuers" in text][1:] == [
        i for i, text in enumerate(pages) if "Card declined at MegaSound" in text
    ][1:]
    assert [i for i, text in enumerate(pages) if "Below every lane" in text] == [0]


def test_with_every_card_lane_collapsed_the_other_lanes_stay_legible(sample_en) -> None:  # type: ignore[no-untyped-def]
    for lane in sample_en.lanes:
        lane.collapsed = lane.kind == "touchpoints"
    export = _PdfExport(sample_en, ExportOptions(layout="slides", appendix=False), None)
    _, pages = export._slides()
    plans = [page.plan for page in pages[2::2]]
    assert not export.layout.cards and len(plans) > len(sample_en.phases)
    # As large as card titles (13 units) would need: not one slide a phase, squeezed.
    assert all(plan.scale >= LEGIBLE_PT / 13 for plan in plans)
