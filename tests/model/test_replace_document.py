"""Reload from disk is one command: the whole map is swapped, and undo brings the old one back."""

from hypothesis import given
from strategies import journeys

from app.model.commands import MAP, Change, ReplaceDocument
from app.model.document import JourneyMap
from app.model.fileformat import dumps, load, loads
from app.model.templates import new_map
from app.resources import sample_map


def test_reload_swaps_everything_and_undo_brings_the_users_map_back() -> None:
    mine = load(sample_map("en"))
    mine.title = "Mine"
    mine.touchpoints[0].title = "Typed here"
    theirs = new_map("five-phases", "en")
    theirs.title = "Theirs"
    kept = mine  # the editor keeps the same object: views hold a reference to it
    before = dumps(mine)

    command = ReplaceDocument(theirs)
    assert command.label == "Reload from disk"
    changes = command.apply(mine)
    assert kept is mine and dumps(mine) == dumps(theirs)
    assert Change("updated", MAP, mine.id) in changes
    removed = {c.element_id for c in changes if c.kind == "removed" and c.collection == "phases"}
    assert removed == {p.id for p in loads(before).phases} - {p.id for p in theirs.phases}

    command.revert(mine)
    assert dumps(mine) == before
    command.apply(mine)  # redo
    assert dumps(mine) == dumps(theirs)


def test_the_replacement_is_copied_so_later_edits_to_either_stay_apart() -> None:
    doc, theirs = new_map("five-phases", "en"), new_map("five-phases", "en")
    command = ReplaceDocument(theirs)
    command.apply(doc)
    theirs.title = "Changed afterwards"
    doc.phases[0].name = "Edited after the reload"
    command.revert(doc)
    command.apply(doc)
    assert doc.title != "Changed afterwards"
    assert doc.phases[0].name != "Edited after the reload"


@given(journeys(), journeys())
def test_any_map_replaced_by_any_other_and_back_is_byte_identical(
    mine: JourneyMap, theirs: JourneyMap
) -> None:
    before = dumps(mine)
    command = ReplaceDocument(theirs)
    command.apply(mine)
    assert dumps(mine) == dumps(theirs)
    command.revert(mine)
    assert dumps(mine) == before
