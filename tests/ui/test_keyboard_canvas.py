"""The map without a mouse: a focus ring on the current item, arrows, Alt+arrows, Insert, +/-,
Tab out of the map, and Help ▸ Keyboard shortcuts.

Real key events go to the focused canvas of a real main window (on the sample map:
the Digital lane runs Guitar ads → “10 best…” → YouTube → Comparing prices → Slow
pages → …); the tests check what a user sees: the ring, the selection, the
inspector, the cards' places and scores, the undo steps.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import click, view_point
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTableWidget

from app.ui.actions import ACTIONS, key_sequences
from app.ui.canvas.keyboard import CANVAS_KEYS, set_tab_order
from app.ui.shortcuts_help import (
    ShortcutsDialog,
    shortcuts_markdown,
    show_shortcuts,
    typeable,
)

ROOT = Path(__file__).resolve().parents[2]
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
KEY = Qt.Key


def focused_window(make_window, qtbot):  # type: ignore[no-untyped-def]
    """A main window on the sample map, active, with the keyboard focus on the map."""
    window = make_window()
    if window.canvas.tab_target is None:  # until the window wires the Tab order itself
        set_tab_order(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    return window


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:  # type: ignore[no-untyped-def]
    """Type one key into whatever has the keyboard focus, and let the window catch up."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)
    qtbot.wait(1)  # the inspector follows the selection on the next turn of the event loop


def card_id(window, title: str) -> str:  # type: ignore[no-untyped-def]
    return next(tp.id for tp in window.document.touchpoints if tp.title == title)


def title_of(window, touchpoint_id: str) -> str:  # type: ignore[no-untyped-def]
    return window.document.touchpoint(touchpoint_id).title


def current_title(window) -> str:  # type: ignore[no-untyped-def]
    focus = window.canvas.keys.current
    assert focus is not None and focus.kind == "card", focus
    return title_of(window, focus.element_id)


def selected_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [title_of(window, i) for i in window.scene.selected_touchpoints()]


def go_to(window, qtbot, title: str) -> None:  # type: ignore[no-untyped-def]
    """Walk with the arrow keys to the card ``title``: up or down to its lane, then along."""
    lanes = [lane.id for lane in window.document.lanes]
    wanted = lanes.index(window.document.touchpoint(card_id(window, title)).lane_id)
    for _ in range(len(lanes)):
        focus = window.canvas.keys.current
        if focus.kind == "card" and lanes.index(focus.lane_id) == wanted:
            break
        press(qtbot, KEY.Key_Down if lanes.index(focus.lane_id) < wanted else KEY.Key_Up)
    press(qtbot, KEY.Key_Home)
    for _ in range(30):
        if current_title(window) == title:
            return
        press(qtbot, KEY.Key_Right)
    pytest.fail(f"the arrows never reached {title!r}")


def ring_pixels(window, scene_rect: QRectF) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of the ring's colour the screen shows just around ``scene_rect``."""
    canvas = window.canvas
    image = canvas.viewport().grab().toImage()
    box = canvas.mapFromScene(scene_rect).boundingRect()
    # Outside the card and its selection border: where the ring alone is drawn.
    outer, inner = box.adjusted(-8, -8, 8, 8), box.adjusted(-3, -3, 3, 3)
    ring = QColor(window.scene.theme.indicator)
    count = 0
    for x in range(max(0, outer.left()), min(image.width(), outer.right())):
        for y in range(max(0, outer.top()), min(image.height(), outer.bottom())):
            if inner.contains(x, y):
                continue
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - ring.red())
                + abs(pixel.green() - ring.green())
                + abs(pixel.blue() - ring.blue())
                < 60
            ):
                count += 1
    return count


def card_rect(window, title: str) -> QRectF:  # type: ignore[no-untyped-def]
    box = window.scene.layout.card(card_id(window, title))
    return QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)


# -- the current item and its ring ----------------------------------------------------------------


def test_the_focus_ring_follows_the_arrows_and_selects_like_a_click(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    window.scene.clearSelection()
    items = len(window.scene.items())
    go_to(window, qtbot, "Guitar ads on social media")
    before = ring_pixels(window, card_rect(window, "“10 best beginner guitars” posts"))

    press(qtbot, KEY.Key_Right)

    assert current_title(window) == "“10 best beginner guitars” posts"
    assert selected_titles(window) == ["“10 best beginner guitars” posts"]
    assert window.panels.inspector.header.text() == "Card"
    # The ring is drawn around the new current card, in the theme's colour, and left the old one.
    assert ring_pixels(window, card_rect(window, "“10 best beginner guitars” posts")) > before + 40
    press(qtbot, KEY.Key_Right)
    assert ring_pixels(window, card_rect(window, "YouTube reviews and sound tests")) > 40
    # Only on screen: the ring is no item of the scene (exports draw the map from the model).
    assert len(window.scene.items()) == items
    # Without the focus there is no ring (the selection border stays).
    shown = ring_pixels(window, card_rect(window, "YouTube reviews and sound tests"))
    window.panels.personas.list.setFocus()
    qtbot.waitUntil(lambda: not window.canvas.hasFocus())
    assert ring_pixels(window, card_rect(window, "YouTube reviews and sound tests")) < shown - 40
    # Shift+Tab back into the map brings it back, where it was.
    tab_back_to_map(window, qtbot)
    assert ring_pixels(window, card_rect(window, "YouTube reviews and sound tests")) > 40
    # A click selects and makes the card current, without a ring (mouse users see the
    # selection); the next key shows the ring again.
    spot = card_rect(window, "Comparing prices across shops").center()
    click(window.canvas, view_point(window.canvas, spot.x(), spot.y()))
    assert current_title(window) == "Comparing prices across shops"
    assert ring_pixels(window, card_rect(window, "Comparing prices across shops")) < 20
    press(qtbot, KEY.Key_Left)
    assert ring_pixels(window, card_rect(window, "YouTube reviews and sound tests")) > 40


def tab_back_to_map(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(300):
        if window.canvas.hasFocus():
            return
        press(qtbot, KEY.Key_Backtab)
    pytest.fail("Shift+Tab never came back to the map")


def test_up_and_down_go_between_lanes_and_onto_the_headers(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    doc = window.document
    go_to(window, qtbot, "YouTube reviews and sound tests")

    press(qtbot, KEY.Key_Up)  # above the first lane: the phase headers
    assert window.canvas.keys.current.kind == "phase"
    assert doc.phase(window.canvas.keys.current.element_id).name == "Consideration"
    assert window.panels.inspector.header.text() == "Phase"
    assert window.scene.selected_touchpoints() == []

    press(qtbot, KEY.Key_Right)
    assert doc.phase(window.canvas.keys.current.element_id).name == "Purchase"
    press(qtbot, KEY.Key_Down)  # back into the cards, under the header
    assert window.canvas.keys.current.kind == "card"
    assert doc.phase(doc.touchpoint(window.canvas.keys.current.element_id).phase_id).name in (
        "Purchase",
        "Consideration",
    )
    press(qtbot, KEY.Key_Down)  # the next lane with cards, the card nearest below
    assert doc.lane(window.canvas.keys.current.lane_id).name == "Human & physical"

    press(qtbot, KEY.Key_Home)
    press(qtbot, KEY.Key_Left)  # left of the first card: the lane's header
    assert window.canvas.keys.current.kind == "lane"
    assert doc.lane(window.canvas.keys.current.element_id).name == "Human & physical"
    assert window.panels.inspector.header.text() == "Lane"
    press(qtbot, KEY.Key_Down)
    assert doc.lane(window.canvas.keys.current.element_id).name == "Customer service"
    press(qtbot, KEY.Key_Down)  # the emotion lane: a cell under each card
    press(qtbot, KEY.Key_Right)
    assert window.canvas.keys.current.kind == "cell"
    assert current_cell_card(window) == "Talking guitar with friends"


def current_cell_card(window) -> str:  # type: ignore[no-untyped-def]
    return title_of(window, window.canvas.keys.current.element_id)


def test_shift_extends_ctrl_moves_the_ring_only_and_ctrl_space_toggles(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    go_to(window, qtbot, "“10 best beginner guitars” posts")

    press(qtbot, KEY.Key_Right, SHIFT)
    press(qtbot, KEY.Key_Right, SHIFT)
    assert selected_titles(window) == [
        "“10 best beginner guitars” posts",
        "YouTube reviews and sound tests",
        "Comparing prices across shops",
    ]

    press(qtbot, KEY.Key_Right, CTRL)
    assert current_title(window) == "Slow pages at MegaSound"
    assert len(selected_titles(window)) == 3
    press(qtbot, KEY.Key_Space, CTRL)
    assert "Slow pages at MegaSound" in selected_titles(window)
    press(qtbot, KEY.Key_Space, CTRL)
    assert "Slow pages at MegaSound" not in selected_titles(window)
    assert current_title(window) == "Slow pages at MegaSound"

    press(qtbot, KEY.Key_Escape)
    assert selected_titles(window) == []


# -- edits: one undo step per key ----------------------------------------------------------------


def test_alt_arrows_move_the_selected_card_across_phases_and_lanes(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    doc = lambda: window.document  # noqa: E731
    moved = card_id(window, "Comparing prices across shops")
    go_to(window, qtbot, "Comparing prices across shops")
    steps = window.undo_stack.count()

    def where() -> tuple[str, str, str]:
        tp = doc().touchpoint(moved)
        order = [t.title for t in doc().touchpoints_in_journey_order()]
        before = order[order.index(tp.title) - 1]
        return doc().phase(tp.phase_id).name, doc().lane(tp.lane_id).name, before

    press(qtbot, KEY.Key_Right, ALT)  # past the adviser call, still in Consideration
    assert where() == ("Consideration", "Digital", "Calling a Fretline adviser")
    press(qtbot, KEY.Key_Right, ALT)  # the last place of its phase: to the next phase's start
    assert where() == ("Purchase", "Digital", "Calling a Fretline adviser")
    assert window.undo_stack.count() == steps + 2
    assert current_title(window) == "Comparing prices across shops"

    press(qtbot, KEY.Key_Z, CTRL)  # one step back: one key press
    assert where() == ("Consideration", "Digital", "Calling a Fretline adviser")

    press(qtbot, KEY.Key_Down, ALT)
    assert where()[1] == "Human & physical"
    press(qtbot, KEY.Key_Down, ALT)
    assert where()[1] == "Customer service"
    press(qtbot, KEY.Key_Down, ALT)  # no card lane below: nothing happens
    assert where()[1] == "Customer service"
    press(qtbot, KEY.Key_Z, CTRL)
    assert where()[1] == "Human & physical"

    first = card_id(window, "“10 best beginner guitars” posts")
    go_to(window, qtbot, "“10 best beginner guitars” posts")
    press(qtbot, KEY.Key_Left, ALT)  # the first of Consideration goes to the end of Awareness
    order = [t.id for t in doc().touchpoints_in_journey_order()]
    assert doc().phase(doc().touchpoint(first).phase_id).name == "Awareness"
    assert order.index(first) == 2


def test_insert_makes_a_card_after_the_current_one_and_typing_names_it(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    go_to(window, qtbot, "YouTube reviews and sound tests")
    steps = window.undo_stack.count()

    press(qtbot, KEY.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Listening to sound samples")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)

    order = [t.title for t in window.document.touchpoints_in_journey_order()]
    made = window.document.touchpoint(card_id(window, "Listening to sound samples"))
    assert (
        order.index("Listening to sound samples")
        == order.index("YouTube reviews and sound tests") + 1
    )
    assert window.document.phase(made.phase_id).name == "Consideration"
    assert window.document.lane(made.lane_id).name == "Digital"
    assert current_title(window) == "Listening to sound samples"
    qtbot.waitUntil(window.canvas.hasFocus)  # back on the map, ready for the next key
    assert window.undo_stack.count() == steps + 1  # made and named: one step
    # The new card stays selected and shown in the inspector: the next keys act on it.
    assert window.scene.selected_touchpoints() == [made.id]
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "Card")
    press(qtbot, KEY.Key_Left, ALT)
    order = [t.title for t in window.document.touchpoints_in_journey_order()]
    made_at = order.index("Listening to sound samples")
    assert made_at < order.index("YouTube reviews and sound tests")
    press(qtbot, KEY.Key_Z, CTRL)
    press(qtbot, KEY.Key_Z, CTRL)
    assert "Listening to sound samples" not in [t.title for t in window.document.touchpoints]


def test_plus_and_minus_score_the_current_persona_at_the_current_card(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    doc = window.document
    marc = next(p for p in doc.personas if p.name == "Marc Girard")
    window.panels.personas.select_persona(marc.id)  # as picked in the Personas panel
    window.canvas.setFocus()
    go_to(window, qtbot, "Guitar ads on social media")
    tp = card_id(window, "Guitar ads on social media")
    before = window.document.touchpoint(tp).emotions[marc.id]
    others = {k: v for k, v in window.document.touchpoint(tp).emotions.items() if k != marc.id}
    steps = window.undo_stack.count()

    press(qtbot, KEY.Key_Plus)
    assert window.document.touchpoint(tp).emotions[marc.id] == before + 0.5
    for _ in range(8):
        press(qtbot, KEY.Key_Plus)
    assert window.document.touchpoint(tp).emotions[marc.id] == 2.0  # never above +2
    press(qtbot, KEY.Key_Minus)
    assert window.document.touchpoint(tp).emotions[marc.id] == 1.5
    assert {k: v for k, v in window.document.touchpoint(tp).emotions.items() if k != marc.id} == (
        others
    )
    press(qtbot, KEY.Key_Z, CTRL)
    assert window.document.touchpoint(tp).emotions[marc.id] == 2.0  # one step per key
    assert window.undo_stack.index() == window.undo_stack.count() - 1 > steps


def test_enter_edits_the_title_and_the_menu_key_opens_the_current_headers_menu(  # type: ignore[no-untyped-def]
    make_window, qtbot, monkeypatch
) -> None:
    window = focused_window(make_window, qtbot)
    go_to(window, qtbot, "Writing a review")
    press(qtbot, KEY.Key_F2)
    qtbot.waitUntil(lambda: window.canvas._editor is not None)
    editor = window.canvas._editor
    assert editor.text() == "Writing a review"
    qtbot.keyClick(editor, KEY.Key_A, CTRL)
    qtbot.keyClicks(editor, "Writing a long review")
    qtbot.keyClick(editor, KEY.Key_Return)
    assert card_id(window, "Writing a long review")
    qtbot.waitUntil(window.canvas.hasFocus)

    shown: list[QMenu] = []
    monkeypatch.setattr(window.canvas, "popup_menu", lambda menu, at: shown.append(menu))
    press(qtbot, KEY.Key_Up)  # the Advocacy phase header
    press(qtbot, KEY.Key_Menu)
    assert len(shown) == 1
    assert "add_phase" in [a.objectName() for a in shown[0].actions()]
    press(qtbot, KEY.Key_Down)
    press(qtbot, KEY.Key_F10, SHIFT)
    assert shown[-1].objectName() == "card_menu"


# -- leaving the map with Tab ------------------------------------------------------------------


def test_tab_leaves_the_map_for_the_inspector_and_comes_round_again(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    go_to(window, qtbot, "YouTube reviews and sound tests")

    press(qtbot, KEY.Key_Tab)
    field = QApplication.focusWidget()
    assert field is not window.canvas
    assert field.objectName() == "title"
    assert window.panels.inspector.isAncestorOf(field)
    press(qtbot, KEY.Key_Backtab)
    assert window.canvas.hasFocus()

    visited = []
    for _ in range(300):
        press(qtbot, KEY.Key_Tab)
        if window.canvas.hasFocus():
            break
        widget = QApplication.focusWidget()
        panels = window.panels
        holder = next(
            name
            for name in ("inspector", "personas", "structure", "channels", "insights", "other")
            if name == "other" or getattr(panels, name).isAncestorOf(widget)
        )
        visited.append((holder, widget.objectName()))
    else:
        pytest.fail("Tab never came back to the map")
    holders = list(dict.fromkeys(holder for holder, _ in visited))
    assert holders[:2] == ["inspector", "personas"]  # canvas → inspector → personas → ...
    assert "other" not in holders
    assert ("personas", "persona_list") in visited


# -- Help ▸ Keyboard shortcuts ------------------------------------------------------------------


def test_the_shortcuts_dialog_lists_every_action_and_canvas_key(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = show_shortcuts(window)
    assert isinstance(dialog, ShortcutsDialog) and dialog.objectName() == "shortcuts"
    table = dialog.findChild(QTableWidget, "shortcuts_table")
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    native = QKeySequence.SequenceFormat.NativeText
    listed = {key for keys, _, _ in rows for key in keys.split(", ")}
    for spec in ACTIONS:
        for sequence in key_sequences(spec):
            text = spec.text.replace("&", "").removesuffix("…")
            if not typeable(sequence):  # a dedicated Undo or Copy key, F14...: words, not keys
                assert sequence.toString(native) not in listed, f"{spec.id}: {sequence}"
                continue
            assert any(
                sequence.toString(native) in keys.split(", ") and does == text
                for keys, does, _ in rows
            ), f"{spec.id}: {sequence.toString(native)} is not listed"
    assert "Undo" not in listed and "Cut" not in listed
    # Every row as tall as its text at the dialog's own size (up to three lines here).
    QApplication.processEvents()
    heights = {table.rowHeight(r) for r in range(table.rowCount())}
    assert max(heights) <= 3 * min(heights), sorted(heights)
    for key in CANVAS_KEYS:
        for name in key.keys:
            assert any(
                QKeySequence(name).toString(native) in keys.split(", ") and where == "On the map"
                for keys, _, where in rows
            ), name
    assert ("Ctrl+D", "Duplicate", "Edit") in rows
    assert show_shortcuts(window) is dialog  # one dialog, shown again
    dialog.close()


def test_help_keyboard_shortcuts_opens_the_list_from_its_key(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = focused_window(make_window, qtbot)
    action = window.actions_by_id.get("keyboard_shortcuts")
    if action is None:
        pytest.skip("until the window has Help ▸ Keyboard Shortcuts")
    assert not action.shortcut().isEmpty()
    combination = action.shortcut()[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())
    dialog = window.findChild(ShortcutsDialog, "shortcuts")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_the_markdown_table_lists_the_canvas_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = shortcuts_markdown()
    assert text.startswith("| Keys | Does | Where |\n|---|---|---|\n")
    assert "| Alt+Left | Move the selected cards one place earlier" in text
    assert "| Ins | Add a card after the focused one" in text
    assert "| Ctrl+Shift+N | Add Sticky Note | Edit |" in text


def test_docs_editor_md_has_the_generated_keyboard_reference() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_keyboard_doc.py"), "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
