"""Sticky notes in the layout: free ones where they were put, attached ones on their card."""

from pathlib import Path

from app.layout import layout
from app.layout.engine import LayoutOptions
from app.layout.notes import NOTE_MAX_LINES, NOTE_MIN_HEIGHT, NOTE_WIDTH
from app.layout.text import ELLIPSIS, ApproximateMeasure
from app.model.document import StickyNote
from app.model.fileformat import load

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"
MEASURE = ApproximateMeasure()


def card_id(doc, title: str) -> str:  # type: ignore[no-untyped-def]
    return next(tp.id for tp in doc.touchpoints if tp.title == title)


def test_a_free_note_sits_at_its_stored_place() -> None:
    doc = load(SAMPLE)
    doc.notes.append(StickyNote(text="Ask sales", x=400, y=90))
    (box,) = layout(doc, MEASURE).notes
    assert (box.rect.x, box.rect.y, box.rect.w) == (400, 90, NOTE_WIDTH)
    assert box.rect.h == NOTE_MIN_HEIGHT
    assert box.text.lines == ("Ask sales",)
    assert box.rect.contains(box.text.rect.x, box.text.rect.y)
    assert box.author is None


def test_an_attached_note_overlaps_its_cards_top_right_corner() -> None:
    doc = load(SAMPLE)
    target = card_id(doc, "Card declined at MegaSound")
    doc.notes.append(StickyNote(text="Which cards?", attached_to=target, author="Léa"))
    doc.notes.append(StickyNote(text="Second remark", attached_to=target))
    result = layout(doc, MEASURE)
    card = result.card(target)
    assert card is not None
    first, second = result.notes
    corner = (card.rect.right - 1, card.rect.y + 1)
    assert first.rect.contains(*corner)
    assert first.rect.y < card.rect.y < first.rect.bottom
    assert first.author is not None and first.author.lines == ("— Léa",)
    assert first.author.rect.bottom <= first.rect.bottom
    # A second note on the same card fans out so that the first's text still starts in view.
    assert second.rect.y > first.rect.y and second.rect.x > first.rect.x


def test_a_note_on_a_hidden_card_is_not_drawn_and_no_notes_when_not_asked() -> None:
    doc = load(SAMPLE)
    target = doc.touchpoint(card_id(doc, "Card declined at MegaSound"))
    doc.notes.append(StickyNote(text="On a collapsed lane", attached_to=target.id))
    doc.notes.append(StickyNote(text="Free", x=10, y=10))
    assert len(layout(doc, MEASURE, LayoutOptions(notes=False)).notes) == 0
    doc.lane(target.lane_id).collapsed = True
    assert [n.text.lines for n in layout(doc, MEASURE).notes] == [("Free",)]


def test_long_notes_stop_at_a_set_height_and_far_notes_widen_the_map() -> None:
    doc = load(SAMPLE)
    plain = layout(doc, MEASURE)
    doc.notes.append(StickyNote(text="word " * 300, x=plain.width + 100, y=plain.height + 50))
    result = layout(doc, MEASURE)
    (box,) = result.notes
    assert len(box.text.lines) == NOTE_MAX_LINES and box.text.lines[-1].endswith(ELLIPSIS)
    assert result.width >= box.rect.right and result.height >= box.rect.bottom
    assert result.lanes[0].band.w == plain.lanes[0].band.w  # the lanes themselves do not grow


def test_a_map_without_notes_lays_out_as_before() -> None:
    doc = load(SAMPLE)
    result = layout(doc, MEASURE)
    assert result.notes == ()
    assert result.width == result.phases[-1].header.right
