"""The canvas's keyboard grid is made when an arrow key needs it, not to show a map.

Focusing the map of a big file picks the current item and draws its ring from the layout's
own lookups; the grid of every card and emotion cell (tens of thousands of spots on a big
map) is made at the first arrow key. Where each item is, and which item is current first,
are the same as the grid says.
"""

from PySide6.QtCore import Qt

from app.layout.engine import layout
from app.layout.text import ApproximateMeasure
from app.model.fileformat import load
from app.resources import sample_map
from app.ui.canvas import keyboard
from app.ui.canvas.keyboard import Focus, first_spot, grid, spot_rect


def every_focus(result):  # type: ignore[no-untyped-def]
    """Every item the grid has, and items it has not (wrong lane, wrong kind, gone)."""
    rows = grid(result)
    inside = [s.focus for row in rows for s in (*row.items, *([row.header] if row.header else []))]
    lanes = [lane.lane_id for lane in result.lanes]
    ids = [slot.touchpoint_id for slot in result.slots]
    outside = [Focus("phase", "nowhere"), Focus("lane", "nowhere", "nowhere"), Focus("card", "x")]
    for kind in ("card", "cell"):
        outside += [Focus(kind, ids[0], lane) for lane in lanes]  # type: ignore[arg-type]
    outside += [Focus("phase", result.phases[0].phase_id, lanes[0])]
    outside += [Focus("lane", lanes[0], lanes[1])]
    return rows, inside, outside


def test_items_are_where_the_grid_says_with_collapsed_lanes_too() -> None:
    doc = load(sample_map("en"))
    for collapse in (None, 0, 1, 3):
        if collapse is not None:
            doc.lanes[collapse].collapsed = True
        result = layout(doc, ApproximateMeasure())
        rows, inside, outside = every_focus(result)
        spots = {s.focus: s.rect for row in rows for s in (*row.items, row.header) if s}
        for focus in inside + outside:
            assert spot_rect(result, focus) == spots.get(focus), focus
        cards = [s.focus for row in rows for s in row.items if s.focus.kind == "card"]
        assert first_spot(result) == (cards[0] if cards else rows[0].items[0].focus)


def test_a_map_without_cards_starts_at_its_first_phase() -> None:
    doc = load(sample_map("en"))
    doc.touchpoints.clear()
    result = layout(doc, ApproximateMeasure())
    assert first_spot(result) == Focus("phase", doc.phases[0].id)


def test_focusing_the_map_shows_the_ring_without_making_the_grid(  # type: ignore[no-untyped-def]
    make_window, qtbot, monkeypatch
) -> None:
    made = []
    real_grid = keyboard.grid
    monkeypatch.setattr(keyboard, "grid", lambda result: made.append(1) or real_grid(result))
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.canvas.hasFocus)
    keys = window.canvas.keys
    first = keys.current
    assert first is not None and first.kind == "card"
    assert keys.ring_rect() is not None  # the ring is drawn round the first card
    window.canvas.viewport().repaint()
    assert made == []
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert made == [1]  # the arrow walks the grid
    assert keys.current != first and keys.current.kind == "card"
    assert window.document.touchpoint(keys.current.element_id) is not None
