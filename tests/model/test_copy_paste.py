"""Copying cards between maps and pasting spreadsheet rows."""

import json
from typing import Any

import pytest

from app.model import commands as cmd
from app.model.clipboard import (
    cards_csv,
    cards_html,
    copy_payload,
    paste_commands,
    paste_csv,
)
from app.model.csvio import read_csv
from app.model.document import CARD_CONTENT_FIELDS, CustomChannel, JourneyMap, Persona, Touchpoint
from app.model.errors import InputError
from app.model.fileformat import load
from app.model.integrity import integrity_problems
from app.model.templates import new_map
from app.resources import sample_map

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle r="9"/></svg>'
FIELDS = ("title", "channel", *CARD_CONTENT_FIELDS)


@pytest.fixture
def guitar() -> JourneyMap:
    return load(sample_map("en"))


def two_cards(doc: JourneyMap) -> list[str]:
    """The sample's second and third cards: a paid ad (Awareness) and a search (Consideration)."""
    return [tp.id for tp in doc.touchpoints_in_journey_order()[1:3]]


def fields(tp: Touchpoint) -> dict[str, object]:
    return {name: getattr(tp, name) for name in FIELDS}


def apply(doc: JourneyMap, command) -> None:  # type: ignore[no-untyped-def]
    command.apply(doc)
    assert integrity_problems(doc) == []


def test_two_cards_pasted_into_a_new_map_are_equal_and_keep_scores_by_persona_name(
    guitar: JourneyMap,
) -> None:
    ids = two_cards(guitar)
    payload = json.loads(json.dumps(copy_payload(guitar, ids)))  # through the clipboard's JSON
    target = new_map("five-phases", "en")
    target.personas.append(Persona(name="Léa Moreau"))
    lea = target.personas[-1].id

    command, notes, added = paste_commands(target, payload)
    apply(target, command)

    assert command.label == "Paste 2 cards"
    pasted = [target.touchpoint(i) for i in added]
    originals = [guitar.touchpoint(i) for i in ids]
    assert [fields(p) for p in pasted] == [fields(o) for o in originals]
    assert not set(added) & set(ids), "pasted cards get fresh ids"
    source_lea = next(p.id for p in guitar.personas if p.name == "Léa Moreau")
    assert [p.emotions for p in pasted] == [{lea: o.emotions[source_lea]} for o in originals]
    # Same-named phases: Awareness and Consideration.
    assert [target.phase(p.phase_id).name for p in pasted] == ["Awareness", "Consideration"]
    assert notes == [
        "Added the metrics “Conversion rate” and “Time spent” to this map.",
        "Left out the scores of “Marc Girard”: this map has no persona of that name.",
    ]
    # The metric the ad carries was created, with its unit and a lane to show it.
    conversion = next(m for m in target.metrics if m.name == "Conversion rate")
    assert conversion.unit == "%"
    assert pasted[0].metrics == {conversion.id: 1.8}
    assert any(lane.metric_id == conversion.id for lane in target.lanes)

    command.revert(target)
    assert target.touchpoints == [] and target.metrics == []


def test_pasting_into_a_chosen_cell_puts_every_card_there_before_the_given_card(
    guitar: JourneyMap,
) -> None:
    ids = two_cards(guitar)
    first = guitar.touchpoints_in_journey_order()[0]
    command, _, added = paste_commands(
        guitar, copy_payload(guitar, ids), first.phase_id, first.lane_id, first.id
    )
    apply(guitar, command)
    order = [tp.id for tp in guitar.touchpoints_in_journey_order()]
    assert order[:3] == [*added, first.id]
    assert {guitar.touchpoint(i).lane_id for i in added} == {first.lane_id}


def test_a_custom_channel_travels_with_its_icon_and_is_reused_by_name() -> None:
    source = new_map("blank", "en")
    channel = CustomChannel(name="YouTube reviews", icon=SVG)
    source.channels.append(channel)
    tp = Touchpoint(
        phase_id=source.phases[0].id,
        lane_id=source.lanes[0].id,
        title="Watches an unboxing",
        channel=channel.id,
    )
    source.touchpoints.append(tp)
    target = new_map("five-phases", "fr")

    command, _, added = paste_commands(target, copy_payload(source, [tp.id]))
    apply(target, command)
    assert [(c.name, c.icon) for c in target.channels] == [("YouTube reviews", SVG)]
    assert target.touchpoint(added[0]).channel == target.channels[0].id

    again, _, more = paste_commands(target, copy_payload(source, [tp.id]))
    apply(target, again)
    assert len(target.channels) == 1
    assert target.touchpoint(more[0]).channel == target.channels[0].id


def test_something_else_on_the_clipboard_is_refused_with_a_sentence(guitar: JourneyMap) -> None:
    with pytest.raises(InputError, match="clipboard"):
        paste_commands(guitar, {"format": "someone-else", "cards": []})


def test_copied_cards_as_csv_rows_read_back_with_the_csv_import(guitar: JourneyMap) -> None:
    ids = two_cards(guitar)
    text = cards_csv(guitar, ids)
    assert text.splitlines()[0].startswith(
        "phase,title,lane,channel,description,actions,motivation,questions,pain_points,"
        "opportunities,quotes,moment_of_truth,evidence,emotion:Léa Moreau,emotion:Marc Girard,"
        "metric:Conversion rate"
    )
    back = read_csv(text.encode("utf-8"), "clipboard").journey
    originals = [guitar.touchpoint(i) for i in ids]
    read = back.touchpoints_in_journey_order()
    assert [fields(r) for r in read] == [fields(o) for o in originals]
    assert [back.phase(r.phase_id).name for r in read] == ["Awareness", "Consideration"]
    assert [[back.persona(k).name for k in r.emotions] for r in read] == [
        ["Léa Moreau", "Marc Girard"]
    ] * 2


def test_copied_cards_as_an_html_table_for_spreadsheets(guitar: JourneyMap) -> None:
    ids = two_cards(guitar)
    table = cards_html(guitar, ids)
    assert table.startswith("<table>\n<tr><th>phase</th><th>title</th>")
    assert table.count("<tr>") == 3
    assert "<td>Guitar ads on social media</td>" in table
    assert "<td>“10 best beginner guitars” posts</td>" in table
    # A list cell keeps its items in one cell, one per line.
    assert '<td>Scrolls past most of the ads<br style="mso-data-placement:same-cell">Taps' in table


def test_rows_from_a_french_spreadsheet_paste_as_cards_in_their_phases(
    guitar: JourneyMap,
) -> None:
    text = (
        "Étape;Titre;Canal;Émotion:Léa Moreau;Mesure:Conversion rate\r\n"
        "Purchase;Pays at the till;Magasin physique;-1,5;12,5 %\r\n"
        "Somewhere else;Asks a friend;;;\r\n"
    )
    digital = guitar.lanes[0]
    awareness = guitar.phases[0]
    command, _, added = paste_csv(guitar, text, awareness.id, digital.id)
    apply(guitar, command)
    till, friend = (guitar.touchpoint(i) for i in added)
    lea = next(p.id for p in guitar.personas if p.name == "Léa Moreau")
    conversion = next(m.id for m in guitar.metrics if m.name == "Conversion rate")
    assert guitar.phase(till.phase_id).name == "Purchase"
    assert (till.channel, till.emotions, till.metrics) == (
        "physical_store",
        {lea: -1.5},
        {conversion: 12.5},
    )
    assert (friend.phase_id, friend.lane_id) == (awareness.id, digital.id)
    assert command.label == "Paste 2 cards"


def test_plain_lines_without_a_header_paste_one_card_per_line(guitar: JourneyMap) -> None:
    phase, lane = guitar.phases[1], guitar.lanes[1]
    command, notes, added = paste_csv(guitar, "Calls the shop\tmaybe\nVisits\n", phase.id, lane.id)
    apply(guitar, command)
    assert [guitar.touchpoint(i).title for i in added] == ["Calls the shop", "Visits"]
    assert {(guitar.touchpoint(i).phase_id, guitar.touchpoint(i).lane_id) for i in added} == {
        (phase.id, lane.id)
    }
    assert "no header" in notes[0]


def test_a_bad_number_in_pasted_rows_is_refused_with_its_line_and_column(
    guitar: JourneyMap,
) -> None:
    text = "title;emotion:Léa Moreau\nFine;1\nBad;very sad\n"
    with pytest.raises(InputError) as caught:
        paste_csv(guitar, text, guitar.phases[0].id, guitar.lanes[0].id)
    assert str(caught.value) == (
        'Pasted rows: line 3, emotion:Léa Moreau: "very sad" is not a number between -2 and +2'
    )


def test_undoing_a_big_paste_finds_each_card_where_it_was_put(
    guitar: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [tp.id for tp in guitar.touchpoints]
    payload = json.loads(json.dumps(copy_payload(guitar, ids)))
    before = guitar.model_dump()
    command, _, added = paste_commands(guitar, payload)
    apply(guitar, command)
    assert len(added) == len(ids)

    # Undone last card first, each is where its paste put it: no search through the map
    # (a paste of 10,000 cards took 80 s to undo, one scan of the map per card).
    searches: list[str] = []
    original = cmd.index_of

    def counted(items: Any, element_id: str) -> int:
        searches.append(element_id)
        return original(items, element_id)

    monkeypatch.setattr(cmd, "index_of", counted)
    command.revert(guitar)
    assert guitar.model_dump() == before
    assert not set(searches) & set(added)

    # Something moved the pasted cards meanwhile: each is still found, and the undo is right.
    apply(guitar, command)
    guitar.touchpoints.reverse()
    command.revert(guitar)
    assert sorted(tp.id for tp in guitar.touchpoints) == sorted(ids)
