"""Sticky notes: remarks that are not touchpoints yet, free or stuck to a card."""

import pytest

from app.model import commands as cmd
from app.model import fileformat
from app.model import notes as sticky
from app.model.document import NOTE_TEXT_MAX, STICKY_YELLOW, JourneyMap, StickyNote
from app.model.errors import InputError
from app.model.integrity import integrity_problems
from app.resources import sample_map


@pytest.fixture
def doc() -> JourneyMap:
    return fileformat.load(sample_map("en"))


def card(doc: JourneyMap, title: str) -> str:
    return next(tp.id for tp in doc.touchpoints if tp.title == title)


def snapshot(doc: JourneyMap) -> bytes:
    return fileformat.dumps(doc)


def test_a_note_added_free_sits_where_it_was_put_and_undo_removes_it(doc: JourneyMap) -> None:
    before = snapshot(doc)
    command, note_id = sticky.add_note(doc, "Ask sales about\nthe returns form", x=420.0, y=80.0)
    command.apply(doc)
    note = doc.note(note_id)
    assert (note.text, note.x, note.y, note.attached_to) == (
        "Ask sales about\nthe returns form",
        420.0,
        80.0,
        None,
    )
    assert note.colour == STICKY_YELLOW and note.author == ""
    assert command.label == "Add sticky note"
    command.revert(doc)
    assert snapshot(doc) == before


def test_moving_a_note_is_one_step_and_undo_puts_it_back(doc: JourneyMap) -> None:
    command, note_id = sticky.add_note(doc, "Idea", x=10, y=20)
    command.apply(doc)
    move = sticky.move_note(doc, note_id, 300, 400)
    move.apply(doc)
    assert (doc.note(note_id).x, doc.note(note_id).y) == (300, 400)
    move.revert(doc)
    assert (doc.note(note_id).x, doc.note(note_id).y) == (10, 20)


def test_attaching_and_detaching_a_note(doc: JourneyMap) -> None:
    target = card(doc, "Card declined at MegaSound")
    command, note_id = sticky.add_note(doc, "Which cards fail?", x=5, y=5)
    command.apply(doc)
    attach = sticky.attach_note(doc, note_id, target)
    attach.apply(doc)
    assert doc.note(note_id).attached_to == target
    assert attach.label == "Attach sticky note to 'Card declined at MegaSound'"
    detach = sticky.detach_note(doc, note_id, 700, 60)
    detach.apply(doc)
    assert (doc.note(note_id).attached_to, doc.note(note_id).x) == (None, 700)
    detach.revert(doc)
    attach.revert(doc)
    assert doc.note(note_id).attached_to is None


def test_deleting_a_card_deletes_its_notes_and_undo_brings_both_back(doc: JourneyMap) -> None:
    target = card(doc, "Card declined at MegaSound")
    kept, _ = sticky.add_note(doc, "Free remark", x=1, y=1)
    stuck, stuck_id = sticky.add_note(doc, "Which cards fail?", attached_to=target)
    kept.apply(doc)
    stuck.apply(doc)
    before = snapshot(doc)
    for delete in (
        cmd.remove_touchpoints(doc, [target]),
        cmd.remove(doc, "touchpoints", target),
    ):
        delete.apply(doc)
        assert [n.text for n in doc.notes] == ["Free remark"]
        assert integrity_problems(doc) == []
        delete.revert(doc)
        assert snapshot(doc) == before
        assert doc.note(stuck_id).attached_to == target


def test_deleting_a_phase_takes_the_notes_of_its_cards(doc: JourneyMap) -> None:
    target = doc.touchpoint(card(doc, "Card declined at MegaSound"))
    command, _ = sticky.add_note(doc, "Which cards fail?", attached_to=target.id)
    command.apply(doc)
    before = snapshot(doc)
    delete = cmd.remove(doc, "phases", target.phase_id)
    delete.apply(doc)
    assert doc.notes == [] and integrity_problems(doc) == []
    delete.revert(doc)
    assert snapshot(doc) == before


def test_turning_a_note_into_a_card_is_one_step(doc: JourneyMap) -> None:
    phase = doc.phases[1]
    lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
    command, note_id = sticky.add_note(doc, "Compare shipping costs\nSeen in two interviews")
    command.apply(doc)
    before = snapshot(doc)
    turn, card_id = sticky.note_to_card(doc, note_id, phase.id, lane.id)
    turn.apply(doc)
    new = doc.touchpoint(card_id)
    assert (new.title, new.description) == ("Compare shipping costs", "Seen in two interviews")
    assert (new.phase_id, new.lane_id) == (phase.id, lane.id)
    assert doc.notes == []
    assert turn.label == "Turn sticky note into card 'Compare shipping costs'"
    turn.revert(doc)
    assert snapshot(doc) == before


def test_note_text_is_checked(doc: JourneyMap) -> None:
    command, note_id = sticky.add_note(doc, "Idea")
    command.apply(doc)
    with pytest.raises(InputError):
        cmd.edit(doc, "notes", note_id, text="   ")
    with pytest.raises(InputError):
        cmd.edit(doc, "notes", note_id, text="x" * (NOTE_TEXT_MAX + 1))
    with pytest.raises(InputError):
        cmd.edit(doc, "notes", note_id, colour="yellow")
    cmd.edit(doc, "notes", note_id, text="line one\nline two").apply(doc)
    assert doc.note(note_id).text == "line one\nline two"


def test_a_map_without_notes_saves_byte_identical(doc: JourneyMap) -> None:
    original = sample_map("en").read_bytes()
    assert fileformat.dumps(doc) == original
    assert b'"notes"' not in original


def test_notes_survive_a_save_and_load(doc: JourneyMap) -> None:
    target = card(doc, "Card declined at MegaSound")
    for command, _ in (
        sticky.add_note(doc, "Free remark\nsecond line", x=12.5, y=900, author="Léa"),
        sticky.add_note(doc, "Which cards fail?", attached_to=target),
    ):
        command.apply(doc)
    doc.notes[0].colour = "#ffc8dd"
    data = fileformat.dumps(doc)
    again = fileformat.loads(data)
    assert again.notes == doc.notes
    assert fileformat.dumps(again) == data


def test_a_note_stuck_to_a_missing_card_is_reported(doc: JourneyMap) -> None:
    doc.notes.append(StickyNote(text="Lost", attached_to="no-such-card"))
    problems = integrity_problems(doc)
    assert [(p.place, p.message) for p in problems] == [
        ("notes[0].attached_to", "no card has id 'no-such-card'")
    ]
    with pytest.raises(InputError):
        fileformat.loads(fileformat.dumps(doc))
