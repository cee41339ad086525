"""Right-click menus on the canvas: cards, the emotion lane, empty cells and headers."""

import shutil

import pytest
from conftest import action, by_title, card_centre, click, double_click, view_point
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.resources import sample_map


def named(items, name: str):  # type: ignore[no-untyped-def]
    return next(item for item in items if item.name == name)


def select(window, titles: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Click the first card, Ctrl+click the others."""
    ids = [by_title(window, title).id for title in titles]
    click(window.canvas, card_centre(window, ids[0]))
    for tid in ids[1:]:
        click(window.canvas, card_centre(window, tid), Qt.KeyboardModifier.ControlModifier)
    assert set(window.scene.selected_touchpoints()) == set(ids)
    return ids


# -- cards ------------------------------------------------------------------------------------

THREE = ["Slow pages at MegaSound", "Card declined at MegaSound", "Smooth checkout at Fretline"]


def _channel(window, ids, count) -> None:  # type: ignore[no-untyped-def]
    assert all(window.document.touchpoint(i).channel == "phone" for i in ids)
    assert window.undo_stack.undoText() == "Set the channel of 3 cards to Phone"


def _moment(window, ids, count) -> None:  # type: ignore[no-untyped-def]
    # Two of the three were moments of truth: the menu marks all three.
    assert all(window.document.touchpoint(i).moment_of_truth for i in ids)
    assert window.undo_stack.undoText() == "Mark 3 cards as a moment of truth"


def _evidence(window, ids, count) -> None:  # type: ignore[no-untyped-def]
    assert all(window.document.touchpoint(i).evidence == "proposed" for i in ids)


def _duplicate(window, ids, count) -> None:  # type: ignore[no-untyped-def]
    assert len(window.document.touchpoints) == count + 3
    assert window.undo_stack.undoText() == "Duplicate 3 cards"


def _delete(window, ids, count) -> None:  # type: ignore[no-untyped-def]
    assert len(window.document.touchpoints) == count - 3
    assert not {tp.id for tp in window.document.touchpoints} & set(ids)


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("channel:phone", _channel),
        ("moment_of_truth", _moment),
        ("evidence:proposed", _evidence),
        ("duplicate", _duplicate),
        ("delete", _delete),
    ],
)
def test_each_card_menu_action_changes_all_selected_cards_in_one_undo_step(
    make_window, right_click, name: str, check
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    ids = select(window, THREE)
    before = window.document.model_dump()
    count = len(window.document.touchpoints)

    menu = right_click(window, card_centre(window, ids[1]))
    assert set(window.scene.selected_touchpoints()) == set(ids)  # the selection stays
    action(menu, name).trigger()

    check(window, ids, count)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.model_dump() == before


def test_right_clicking_an_unselected_card_selects_it_and_acts_on_it_alone(
    make_window, right_click
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    select(window, THREE[:2])
    other = by_title(window, "Writing a review")

    menu = right_click(window, card_centre(window, other.id))

    assert window.scene.selected_touchpoints() == [other.id]
    assert action(menu, "evidence:observed").isChecked()
    assert not action(menu, "moment_of_truth").isChecked()
    action(menu, "moment_of_truth").trigger()
    assert window.document.touchpoint(other.id).moment_of_truth
    assert [tp.title for tp in window.document.touchpoints if tp.moment_of_truth].count(
        "Slow pages at MegaSound"
    ) == 0
    assert window.undo_stack.undoText() == "Mark “Writing a review” as a moment of truth"


def test_the_channel_menu_speaks_the_maps_language_and_shows_icons(
    make_window, right_click, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "guitare.journey"
    shutil.copy(sample_map("fr"), path)
    window = make_window(path)
    card = next(tp for tp in window.document.touchpoints if tp.channel == "website")

    menu = right_click(window, card_centre(window, card.id))

    website = action(menu, "channel:website")
    assert website.text() == "Site web"
    assert website.isChecked()
    assert not website.icon().isNull()
    assert not action(menu, "channel:none").isChecked()
    custom = window.document.channels[0]
    assert action(menu, f"channel:{custom.id}").text() == custom.name
    action(menu, "channel:none").trigger()
    assert window.document.touchpoint(card.id).channel is None


def test_edit_title_from_the_menu_opens_the_in_place_editor(
    make_window, right_click, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Writing a review")
    action(right_click(window, card_centre(window, card.id)), "edit_title").trigger()
    qtbot.waitUntil(lambda: window.canvas._editor is not None)
    editor = window.canvas._editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Posting a review")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.touchpoint(card.id).title == "Posting a review"


@pytest.mark.parametrize("key", ["menu", "shift+f10"])
def test_the_menu_key_opens_the_selected_cards_menu_at_the_card(
    make_window, qtbot, monkeypatch, key: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Writing a review")
    click(window.canvas, card_centre(window, card.id))
    shown: list[tuple[QMenu, QPoint]] = []
    monkeypatch.setattr(window.canvas, "popup_menu", lambda menu, at: shown.append((menu, at)))

    if key == "menu":
        qtbot.keyClick(window.canvas, Qt.Key.Key_Menu)
    else:
        qtbot.keyClick(window.canvas, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)

    assert len(shown) == 1
    menu, at = shown[0]
    assert menu.objectName() == "card_menu"
    centre = window.canvas.viewport().mapToGlobal(card_centre(window, card.id).toPoint())
    assert (at - centre).manhattanLength() <= 2
    assert action(menu, "channel:reviews").isChecked()


# -- the emotion lane -------------------------------------------------------------------------


def emotion_spot(window, touchpoint_id: str, value: float) -> QPointF:  # type: ignore[no-untyped-def]
    layout = window.scene.layout
    slot = layout.slot(touchpoint_id)
    return view_point(window.canvas, slot.rect.centre_x, layout.scales[0].y_of(value))


def test_clearing_one_personas_feeling_from_the_emotion_lane_menu(make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea, marc = named(doc.personas, "Léa Moreau"), named(doc.personas, "Marc Girard")
    card = by_title(window, "Talking guitar with friends")

    menu = right_click(window, emotion_spot(window, card.id, -1.5))

    clear = action(menu, f"clear_feeling:{marc.id}")
    assert clear.text() == "Clear Marc Girard's feeling at “Talking guitar with friends”"
    assert action(menu, f"clear_feeling:{lea.id}") is not None
    clear.trigger()
    assert doc.touchpoint(card.id).emotions == {lea.id: 1.0}
    marc_curve = next(c for c in window.scene.layout.curves if c.persona_id == marc.id)
    assert card.id not in {p.touchpoint_id for p in marc_curve.points}
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert doc.touchpoint(card.id).emotions == {lea.id: 1.0, marc.id: 0.5}


def test_setting_the_current_personas_feeling_from_the_emotion_lane_menu(
    make_window, right_click
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea, marc = named(doc.personas, "Léa Moreau"), named(doc.personas, "Marc Girard")
    window.scene.current_persona_id = lea.id
    card = by_title(window, "Calling a Fretline adviser")  # only Marc has a score here

    menu = right_click(window, emotion_spot(window, card.id, 0.0))

    feelings = menu.findChild(QMenu, "set_feeling")
    assert feelings.title() == "Set Léa Moreau's Feeling"
    assert [a.text() for a in feelings.actions()] == [
        "+2  Very Positive",
        "+1  Positive",
        "0  Neutral",
        "-1  Negative",
        "-2  Very Negative",
    ]
    assert menu.findChild(QAction, f"clear_feeling:{lea.id}") is None
    action(menu, "feeling:-2").trigger()
    assert doc.touchpoint(card.id).emotions == {marc.id: 1.5, lea.id: -2.0}
    assert window.undo_stack.count() == 1


# -- empty cells ------------------------------------------------------------------------------


def empty_cell(window) -> tuple[QPointF, str, str]:  # type: ignore[no-untyped-def]
    """An empty place in the Customer service lane, at the start of Awareness."""
    doc, layout = window.document, window.scene.layout
    lane = named(doc.lanes, "Customer service")
    phase = named(doc.phases, "Awareness")
    pos = view_point(
        window.canvas, layout.phase(phase.id).header.x + 10, layout.lane(lane.id).band.centre_y
    )
    return pos, phase.id, lane.id


def test_new_card_here_from_an_empty_cell(make_window, right_click, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    pos, phase_id, lane_id = empty_cell(window)
    count = len(window.document.touchpoints)

    menu = right_click(window, pos)
    assert action(menu, "paste_here").isEnabled()  # the window pastes the clipboard there
    action(menu, "new_card").trigger()

    qtbot.waitUntil(lambda: window.canvas._editor is not None)
    assert len(window.document.touchpoints) == count + 1
    qtbot.keyClicks(window.canvas._editor, "Asks the shop on Instagram")
    qtbot.keyClick(window.canvas._editor, Qt.Key.Key_Return)
    new = by_title(window, "Asks the shop on Instagram")
    assert (new.phase_id, new.lane_id) == (phase_id, lane_id)
    assert window.document.touchpoints_in_journey_order()[0].id == new.id


def test_paste_here_hands_the_cell_to_the_windows_paste(make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    pos, phase_id, lane_id = empty_cell(window)
    pasted: list[tuple[str, str, str | None]] = []
    window.canvas.paste_here_handler = lambda *cell: pasted.append(cell)

    action(right_click(window, pos), "paste_here").trigger()

    first = window.document.touchpoints_in_journey_order()[0]
    assert pasted == [(phase_id, lane_id, first.id)]  # before the phase's first card


def test_elsewhere_only_a_sticky_note_is_offered(make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    actions_lane = layout.lane(named(window.document.lanes, "Actions").id)
    pos = view_point(window.canvas, layout.phases[0].header.x + 10, actions_lane.band.centre_y)
    menu = right_click(window, pos)
    assert [a.objectName() for a in menu.actions()] == ["add_note_here"]


# -- headers ----------------------------------------------------------------------------------


def test_phase_and_lane_headers_have_their_structure_menus(make_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    phase = layout.phases[1].header
    lane = layout.lanes[2].header
    menu = right_click(window, view_point(window.canvas, phase.centre_x, phase.centre_y))
    assert menu is not None and menu.objectName() != "card_menu"
    assert any("Rename" in a.text() for a in menu.actions())
    menu = right_click(window, view_point(window.canvas, lane.centre_x, lane.centre_y))
    assert menu is not None and menu.objectName() != "card_menu"
    assert any("Rename" in a.text() for a in menu.actions())


def test_double_clicking_a_header_renames_that_phase_or_lane(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import structure_menus

    window = make_window()
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        structure_menus, "rename_phase", lambda parent, session, pid: asked.append(("phase", pid))
    )
    monkeypatch.setattr(
        structure_menus, "rename_lane", lambda parent, session, lid: asked.append(("lane", lid))
    )
    layout = window.scene.layout
    phase, lane = layout.phases[2], layout.lanes[1]
    double_click(
        window.canvas, view_point(window.canvas, phase.header.centre_x, phase.header.centre_y)
    )
    double_click(
        window.canvas, view_point(window.canvas, lane.header.centre_x, lane.header.centre_y)
    )
    assert asked == [("phase", phase.phase_id), ("lane", lane.lane_id)]
    assert window.undo_stack.count() == 0
