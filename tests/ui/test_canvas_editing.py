"""Editing on the canvas: scoring feelings by clicking the emotion lane, duplicating cards,
and an in-place title editor that leaves every other card (and the exports) as they were."""

import pytest
from conftest import by_title, card_centre, click, double_click, drag, view_point
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

from app.export import raster
from app.export.options import ExportOptions
from app.ui.canvas.scene import JourneyScene


def named(items, name: str):  # type: ignore[no-untyped-def]
    return next(item for item in items if item.name == name)


def emotion_spot(window, touchpoint_id: str, value: float) -> QPointF:  # type: ignore[no-untyped-def]
    """Where, in the view, the emotion lane shows ``value`` in a touchpoint's column."""
    layout = window.scene.layout
    slot = layout.slot(touchpoint_id)
    return view_point(window.canvas, slot.rect.centre_x, layout.scales[0].y_of(value))


def curve_points(window, persona_id: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    curve = next((c for c in window.scene.layout.curves if c.persona_id == persona_id), None)
    return {} if curve is None else {p.touchpoint_id: p.value for p in curve.points}


# -- feelings from the emotion lane -----------------------------------------------------------


def test_a_new_card_gets_a_feeling_by_clicking_the_emotion_lane_in_its_column(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    marc = named(doc.personas, "Marc Girard")
    window.scene.current_persona_id = marc.id  # chosen in the Personas panel
    layout = window.scene.layout
    lane = layout.lane(named(doc.lanes, "Customer service").id)
    phase = layout.phase(named(doc.phases, "Awareness").id)
    double_click(window.canvas, view_point(window.canvas, phase.header.x + 10, lane.band.centre_y))
    qtbot.keyClicks(window.canvas._editor, "Asks the shop on Instagram")
    qtbot.keyClick(window.canvas._editor, Qt.Key.Key_Return)
    card = by_title(window, "Asks the shop on Instagram")
    steps = window.undo_stack.count()

    # A little below the -1 line: snapped to the nearest half point.
    spot = emotion_spot(window, card.id, -1.0)
    click(window.canvas, QPointF(spot.x(), spot.y() + 2))

    assert doc.touchpoint(card.id).emotions == {marc.id: -1.0}
    assert curve_points(window, marc.id)[card.id] == -1.0  # the curve now passes through it
    assert QToolTip.text() == "Marc Girard: -1.0 at “Asks the shop on Instagram”"
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == (
        "Change Marc Girard's feeling at 'Asks the shop on Instagram'"
    )
    window.undo_stack.undo()
    assert doc.touchpoint(card.id).emotions == {}
    assert card.id not in curve_points(window, marc.id)


def test_the_click_scores_the_current_persona_and_no_one_else(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea, marc = named(doc.personas, "Léa Moreau"), named(doc.personas, "Marc Girard")
    card = by_title(window, "Calling a Fretline adviser")  # only Marc has a score here
    window.scene.current_persona_id = lea.id

    click(window.canvas, emotion_spot(window, card.id, -1.5))

    assert doc.touchpoint(card.id).emotions == {marc.id: 1.5, lea.id: -1.5}
    # The scored card is selected, so the inspector shows it with its new score.
    assert window.scene.selected_touchpoints() == [card.id]


def test_without_a_current_persona_the_first_shown_persona_is_scored(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea, marc = doc.personas
    window.scene.set_persona_visible(lea.id, False)
    card = by_title(window, "Calling a Fretline adviser")

    click(window.canvas, emotion_spot(window, card.id, -2.0))

    assert doc.touchpoint(card.id).emotions == {marc.id: -2.0}


def test_clicking_where_the_persona_already_has_a_score_moves_it_there(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea = named(doc.personas, "Léa Moreau")
    window.scene.current_persona_id = lea.id
    card = by_title(window, "Talking guitar with friends")  # Léa: +1
    before = {tp.id: dict(tp.emotions) for tp in doc.touchpoints}

    click(window.canvas, emotion_spot(window, card.id, -2.0))

    after = {tp.id: dict(tp.emotions) for tp in doc.touchpoints}
    assert after[card.id] == {**before[card.id], lea.id: -2.0}
    assert {k: v for k, v in after.items() if k != card.id} == {
        k: v for k, v in before.items() if k != card.id
    }
    assert window.undo_stack.count() == 1


def test_pressing_on_an_existing_point_still_drags_that_point(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    doc = window.document
    lea, marc = named(doc.personas, "Léa Moreau"), named(doc.personas, "Marc Girard")
    window.scene.current_persona_id = lea.id
    card = by_title(window, "Calling a Fretline adviser")  # Marc +1.5, no score for Léa

    drag(window.canvas, emotion_spot(window, card.id, 1.5), emotion_spot(window, card.id, -0.5))

    assert doc.touchpoint(card.id).emotions == {marc.id: -0.5}
    assert window.undo_stack.count() == 1


def test_a_drag_across_the_emotion_lane_scores_nothing(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Calling a Fretline adviser")
    start = emotion_spot(window, card.id, -1.5)
    drag(window.canvas, start, QPointF(start.x() + 60, start.y() + 10))
    assert window.undo_stack.count() == 0


# -- duplicating -------------------------------------------------------------------------------


def test_ctrl_d_duplicates_the_selected_card_and_deletes_nothing(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = by_title(window, "Writing a review")
    click(window.canvas, card_centre(window, card.id))
    assert window.scene.selected_touchpoints() == [card.id]
    count = len(window.document.touchpoints)

    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    doc = window.document
    assert len(doc.touchpoints) == count + 1
    assert doc.touchpoint(card.id).title == "Writing a review"  # the original is still there
    order = [tp.id for tp in doc.touchpoints_in_journey_order()]
    copy = doc.touchpoints_in_journey_order()[order.index(card.id) + 1]
    assert copy.id != card.id
    assert copy.model_dump(exclude={"id"}) == card.model_dump(exclude={"id"})
    assert window.scene.selected_touchpoints() == [copy.id]
    assert window.undo_stack.undoText() == "Duplicate 'Writing a review'"
    window.undo_stack.undo()
    assert len(doc.touchpoints) == count


def test_duplicating_two_cards_puts_each_copy_after_its_original_in_one_step(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    a = by_title(window, "Slow pages at MegaSound")
    b = by_title(window, "Writing a review")
    window.scene.select_only([a.id, b.id])

    copies = window.canvas.duplicate_selection()

    order = [tp.id for tp in window.document.touchpoints_in_journey_order()]
    assert order[order.index(a.id) + 1] == copies[0]
    assert order[order.index(b.id) + 1] == copies[1]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Duplicate 2 cards"
    assert set(window.scene.selected_touchpoints()) == set(copies)


# -- the title editor leaves shared fonts alone ------------------------------------------------


def render_map(window) -> QImage:  # type: ignore[no-untyped-def]
    """The whole map drawn anew by a fresh scene (no item caches), at a fixed size."""
    scene = JourneyScene(window.theme)
    scene.show_document(window.document)
    layout = scene.layout
    image = QImage(round(layout.width / 2), round(layout.height / 2), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, layout.width, layout.height))
    painter.end()
    return image


@pytest.mark.parametrize("zoom", [0.6, 1.29])
def test_cancelling_the_title_editor_changes_no_card_on_screen_or_in_a_png(
    make_window, qtbot, zoom: float
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    card = by_title(window, "Writing a review")
    canvas_before = render_map(window)
    png_before = QImage.fromData(raster.export_png(window.document, ExportOptions()).data)

    window.canvas.set_zoom(zoom)
    window.canvas.edit_title(card.id)
    editor = window.canvas._editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()

    assert window.undo_stack.count() == 0
    assert render_map(window) == canvas_before
    assert QImage.fromData(raster.export_png(window.document, ExportOptions()).data) == png_before


def hover(view, pos: QPointF) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    none = Qt.MouseButton.NoButton
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        viewport.mapToGlobal(pos),
        none,
        none,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def test_the_pointer_says_what_a_click_in_the_emotion_lane_will_do(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    viewport = window.canvas.viewport()
    card = by_title(window, "Calling a Fretline adviser")  # Marc +1.5, no score for Léa

    hover(window.canvas, emotion_spot(window, card.id, 1.5))
    assert viewport.cursor().shape() == Qt.CursorShape.SizeVerCursor  # drag this point
    hover(window.canvas, emotion_spot(window, card.id, -1.0))
    assert viewport.cursor().shape() == Qt.CursorShape.CrossCursor  # click to score here
    hover(window.canvas, card_centre(window, card.id))
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_title_editor_covers_the_whole_title_and_shows_its_start(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # It covered the first line only: the old second line showed under it, and the text was
    # scrolled to its end.
    window = make_window()
    window.canvas.set_zoom(1.0)
    layout = window.scene.layout
    box = next(card for card in layout.cards if len(card.title.lines) >= 2)
    window.canvas.edit_title(box.touchpoint_id)
    editor = window.canvas._editor
    assert editor is not None
    title = window.canvas.mapToScene(editor.geometry()).boundingRect()
    assert title.top() <= box.title.rect.y and title.bottom() >= box.title.rect.bottom
    assert editor.selectedText() == editor.text() and editor.cursorPosition() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
