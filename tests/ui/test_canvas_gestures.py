"""Editing the map by direct manipulation, with real mouse events on the real view."""

from conftest import by_title, card_centre, click, double_click, drag, view_point
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.ui.canvas.items import CardItem, CurveItem, PhaseItem


def phase_named(window, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in window.document.phases if p.name == name)


def lane_named(window, name: str):  # type: ignore[no-untyped-def]
    return next(lane for lane in window.document.lanes if lane.name == name)


def test_item_for_finds_the_item_showing_each_element(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    assert isinstance(window.canvas.item_for(doc.touchpoints[0].id), CardItem)
    assert isinstance(window.canvas.item_for(doc.phases[0].id), PhaseItem)
    assert isinstance(window.canvas.item_for(doc.personas[0].id), CurveItem)


def test_dragging_a_card_to_another_phase_and_lane_moves_it_and_one_undo_restores_it(
    make_window,
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Talking guitar with friends")
    retention = phase_named(window, "Retention")
    support = lane_named(window, "Customer service")
    before = window.document.model_dump()
    layout = window.scene.layout
    target_phase = layout.phase(retention.id)
    target_lane = layout.lane(support.id)
    end = view_point(window.canvas, target_phase.header.x + 20, target_lane.band.centre_y)

    drag(window.canvas, card_centre(window, card.id), end)

    moved = window.document.touchpoint(card.id)
    assert (moved.phase_id, moved.lane_id) == (retention.id, support.id)
    retention_cards = [
        t.id for t in window.document.touchpoints_in_journey_order() if t.phase_id == retention.id
    ]
    assert retention_cards[0] == card.id  # dropped before the phase's first card
    assert window.undo_stack.count() == 1
    assert window.actions_by_id["undo"].text() == "&Undo Move 'Talking guitar with friends'"
    box = window.scene.layout.card(card.id)
    assert window.scene.layout.lane(support.id).band.contains(box.rect.centre_x, box.rect.centre_y)

    window.undo_stack.undo()
    assert window.document.model_dump() == before


def test_escape_cancels_a_card_drag(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Writing a review")
    start = card_centre(window, card.id)
    drag(window.canvas, start, QPointF(start.x() - 300, start.y() + 100), release=False)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    drag(
        window.canvas,
        QPointF(start.x() - 300, start.y() + 100),
        QPointF(start.x() - 300, start.y() + 101),
        steps=1,
    )
    assert window.undo_stack.count() == 0
    assert window.scene.cards[card.id].pos() == QPointF(0, 0)


def test_dragging_an_emotion_point_changes_exactly_that_score(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    persona = doc.personas[1]
    card = by_title(window, "Card declined at MegaSound")
    before = {(tp.id, pid): v for tp in doc.touchpoints for pid, v in tp.emotions.items()}
    curve = next(c for c in window.scene.layout.curves if c.persona_id == persona.id)
    point = next(p for p in curve.points if p.touchpoint_id == card.id)
    scale = window.scene.layout.scales[0]
    start = view_point(window.canvas, point.point.x, point.point.y)
    end = view_point(window.canvas, point.point.x, scale.y_of(point.value + 1.0) - 2)

    drag(window.canvas, start, end)

    after = {(tp.id, pid): v for tp in doc.touchpoints for pid, v in tp.emotions.items()}
    changed = {key for key in before if before[key] != after[key]}
    assert changed == {(card.id, persona.id)}
    assert after[(card.id, persona.id)] == point.value + 1.0  # snapped to the nearest 0.5
    assert window.undo_stack.count() == 1
    # Its card is selected, as a click that scores selects it: the inspector shows the score.
    assert window.scene.selected_touchpoints() == [card.id]
    window.undo_stack.undo()
    assert doc.touchpoint(card.id).emotions[persona.id] == point.value


def test_reordering_a_phase_by_its_header_reorders_the_document(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    names = [p.name for p in window.document.phases]
    layout = window.scene.layout
    first = layout.phases[0].header
    third = layout.phases[2].header
    start = view_point(window.canvas, first.centre_x, first.centre_y)
    end = view_point(window.canvas, third.centre_x + 10, first.centre_y)

    drag(window.canvas, start, end)

    assert [p.name for p in window.document.phases] == [names[1], names[2], names[0], *names[3:]]
    window.undo_stack.undo()
    assert [p.name for p in window.document.phases] == names


def test_reordering_a_lane_by_its_header(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    names = [lane.name for lane in window.document.lanes]
    layout = window.scene.layout
    first = layout.lanes[0].header
    third = layout.lanes[2].header
    drag(
        window.canvas,
        view_point(window.canvas, first.centre_x, first.centre_y),
        view_point(window.canvas, first.centre_x, third.bottom - 4),
    )
    assert [lane.name for lane in window.document.lanes][:3] == [names[1], names[2], names[0]]


def test_rubber_band_selecting_three_cards_and_dragging_moves_all_three_in_one_step(
    make_window,
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    layout = window.scene.layout
    digital = lane_named(window, "Digital")
    lane_box = layout.lane(digital.id)
    wanted = [
        "Guitar ads on social media",
        "“10 best beginner guitars” posts",
        "YouTube reviews and sound tests",
    ]
    ids = [by_title(window, title).id for title in wanted]
    first, last = layout.card(ids[0]).rect, layout.card(ids[-1]).rect
    start = view_point(window.canvas, first.x - 20, lane_box.band.y + 4)
    end = view_point(window.canvas, last.centre_x, lane_box.band.bottom - 4)

    drag(window.canvas, start, end)
    assert window.scene.selected_touchpoints() == ids

    advocacy = phase_named(window, "Advocacy")
    human = lane_named(window, "Human & physical")
    target = view_point(
        window.canvas,
        layout.phase(advocacy.id).header.right - 5,
        layout.lane(human.id).band.centre_y,
    )
    count = window.undo_stack.count()
    drag(window.canvas, card_centre(window, ids[1]), target)

    assert window.undo_stack.count() == count + 1
    for tid in ids:
        tp = doc.touchpoint(tid)
        assert (tp.phase_id, tp.lane_id) == (advocacy.id, human.id)
    order = [t.id for t in doc.touchpoints_in_journey_order()]
    assert order[-3:] == ids  # at the end of the journey, in their original order
    assert window.undo_stack.undoText() == "Move 3 cards"
    window.undo_stack.undo()
    assert all(doc.touchpoint(tid).phase_id != advocacy.id for tid in ids)


def test_ctrl_and_shift_click_add_to_the_selection_and_delete_removes_it(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    a, b, c = (
        by_title(window, t).id
        for t in ("Writing a review", "Joining the online community", "Slow pages at MegaSound")
    )
    click(window.canvas, card_centre(window, a))
    click(window.canvas, card_centre(window, b), Qt.KeyboardModifier.ControlModifier)
    click(window.canvas, card_centre(window, c), Qt.KeyboardModifier.ShiftModifier)
    assert set(window.scene.selected_touchpoints()) == {a, b, c}
    count = len(window.document.touchpoints)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert len(window.document.touchpoints) == count - 3
    assert window.undo_stack.undoText() == "Delete 3 cards"
    window.undo_stack.undo()
    assert len(window.document.touchpoints) == count


def test_double_click_on_a_card_edits_its_title_in_place(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Writing a review")
    double_click(window.canvas, card_centre(window, card.id))
    editor = window.canvas._editor
    assert editor is not None and editor.text() == "Writing a review"
    editor.selectAll()
    qtbot.keyClicks(editor, "Posting a review")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.touchpoint(card.id).title == "Posting a review"
    assert window.undo_stack.count() == 1


def test_double_click_on_an_empty_cell_creates_a_card_there(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout = window.scene.layout
    support = lane_named(window, "Customer service")
    awareness = phase_named(window, "Awareness")
    lane_box = layout.lane(support.id)
    phase_box = layout.phase(awareness.id)
    count = len(window.document.touchpoints)
    double_click(
        window.canvas, view_point(window.canvas, phase_box.header.x + 10, lane_box.band.centre_y)
    )
    assert len(window.document.touchpoints) == count + 1
    editor = window.canvas._editor
    assert editor is not None
    qtbot.keyClicks(editor, "Asks the shop on Instagram")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    new = by_title(window, "Asks the shop on Instagram")
    assert (new.phase_id, new.lane_id) == (awareness.id, support.id)
    assert window.document.touchpoints_in_journey_order()[0].id == new.id
    QApplication.processEvents()
    # Making and naming the card is one step.
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Add card “Asks the shop on Instagram”"


def test_esc_in_a_new_cards_title_adds_no_card(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Esc adds no sticky note; it added a card called "New touchpoint", one undo step.
    window = make_window()
    layout, doc = window.scene.layout, window.document
    lane_box = layout.lane(lane_named(window, "Customer service").id)
    phase_box = layout.phase(phase_named(window, "Awareness").id)
    before = [tp.id for tp in doc.touchpoints]
    cell = view_point(window.canvas, phase_box.header.x + 10, lane_box.band.centre_y)
    double_click(window.canvas, cell)
    editor = window.canvas._editor
    assert editor is not None and len(doc.touchpoints) == len(before) + 1
    qtbot.keyClicks(editor, "Half a tit")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert [tp.id for tp in window.document.touchpoints] == before
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    assert not window.session.modified
    assert window.scene.selected_touchpoints() == []
    # An existing card's rename cancelled with Esc leaves the card, as before.
    double_click(window.canvas, cell)
    qtbot.keyClick(window.canvas._editor, Qt.Key.Key_Return)  # named with its default title
    assert len(window.document.touchpoints) == len(before) + 1
    new = window.document.touchpoints_in_journey_order()[0]
    window.canvas.edit_title(new.id)
    qtbot.keyClick(window.canvas._editor, Qt.Key.Key_Escape)
    assert len(window.document.touchpoints) == len(before) + 1
    assert window.undo_stack.count() == 1


def test_lane_and_phase_names_stay_in_view_and_can_still_be_dragged(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.canvas
    view.set_zoom(0.8)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 900)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    QApplication.processEvents()
    dx, dy = view.header_offsets()
    assert dx > 0 and dy > 0
    layout = window.scene.layout
    # The pinned lane header is painted at the view's left edge, in the header colour.
    lane = layout.lanes[3]
    image = view.viewport().grab().toImage()
    spot = view_point(view, dx + 20, lane.header.centre_y).toPoint()
    assert image.pixelColor(spot).name() == window.theme.header.name()
    # Dragging the pinned header of the fourth lane below the fifth reorders the document.
    names = [lane.name for lane in window.document.lanes]
    fifth = layout.lanes[4]
    drag(
        view,
        view_point(view, dx + 40, lane.header.centre_y),
        view_point(view, dx + 40, fifth.band.bottom - 3),
    )
    assert [lane.name for lane in window.document.lanes][3:5] == [names[4], names[3]]
