"""A whole map authored in the editor, as a new user would: from Blank, mouse and keys only.

The journey: booking a dentist appointment — three phases, two card lanes, six
cards (two dragged from the channel palette), every field of every card filled
through the inspector, a second persona, both personas scored on every card
(some from the canvas, some from the inspector), a moment of truth and a metric
value. Then the document is checked field by field, saved, reloaded and
compared, and undone step by step back to the Blank map.

The model is only read (to find where things are and to check the result);
every change goes through the widgets a user touches.
"""

from pathlib import Path
from typing import Any

import pytest
from conftest import click, double_click, view_point
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.model.fileformat import load

CTRL = Qt.KeyboardModifier.ControlModifier

CARDS: list[dict[str, Any]] = [
    {
        "title": "Searches for a dentist nearby",
        "phase": "Booking",
        "lane": "Online",
        "channel": "search_engine",
        "dropped": "Search engine",
        "description": "Looks for a practice close to work with free slots this month.",
        "actions": ["Types dentist near me", "Reads the reviews"],
        "motivation": "A tooth has hurt for a week.",
        "questions": ["Do they take new patients?"],
        "pain_points": ["Reviews are old"],
        "opportunities": [("Show the next free slot in search results", "high")],
        "quotes": ["I just want someone close by."],
        "evidence": "observed",
        "scores": (-1.0, -0.5),
    },
    {
        "title": "Books online",
        "phase": "Booking",
        "lane": "Online",
        "channel": "website",
        "description": "Picks a slot in the practice's booking page.",
        "actions": ["Chooses a slot"],
        "motivation": "Booking without calling.",
        "questions": ["Is the slot confirmed?"],
        "pain_points": ["No confirmation e-mail", "Form asks for the insurance number twice"],
        "opportunities": [("Send a confirmation at once", "high"), ("Remember the patient", "low")],
        "quotes": ["Did it work?"],
        "evidence": "assumed",
        "moment_of_truth": True,
        "metric": ("Completion", "%", "64"),
        "scores": (-1.5, 0.5),
    },
    {
        "title": "Calls to confirm",
        "phase": "Booking",
        "lane": "Front desk",
        "channel": "phone",
        "dropped": "Phone",
        "description": "Rings the practice because no confirmation came.",
        "actions": ["Waits on hold"],
        "motivation": "Wants to be sure of the appointment.",
        "questions": ["Is my booking there?"],
        "pain_points": ["Four minutes on hold"],
        "opportunities": [("Call-back instead of hold", "medium")],
        "quotes": ["Finally a human."],
        "evidence": "observed",
        "scores": (-2.0, -1.0),
    },
    {
        "title": "Waits at reception",
        "phase": "Visit",
        "lane": "Front desk",
        "channel": "physical_store",
        "description": "Sits in the waiting room.",
        "actions": ["Fills in a paper form"],
        "motivation": "Get it over with.",
        "questions": ["How long will it take?"],
        "pain_points": ["Paper form again"],
        "opportunities": [("Forms filled online before the visit", "medium")],
        "quotes": ["I already gave all this."],
        "evidence": "proposed",
        "scores": (-0.5, 0.0),
    },
    {
        "title": "Has the check-up",
        "phase": "Visit",
        "lane": "Front desk",
        "channel": "word_of_mouth",
        "description": "The dentist explains every step.",
        "actions": ["Asks about the cost"],
        "motivation": "No more pain.",
        "questions": ["Will it hurt?"],
        "pain_points": ["Cost only told at the end"],
        "opportunities": [("Give the cost before treatment", "high")],
        "quotes": ["That was quick."],
        "evidence": "observed",
        "scores": (1.5, 1.0),
    },
    {
        "title": "Receives the invoice",
        "phase": "Follow-up",
        "lane": "Online",
        "channel": "email",
        "description": "The invoice comes by e-mail the next day.",
        "actions": ["Forwards it to the insurer"],
        "motivation": "Get reimbursed.",
        "questions": ["Which code for the insurer?"],
        "pain_points": ["PDF hard to read on a phone"],
        "opportunities": [("Send the invoice to the insurer directly", "low")],
        "quotes": ["Simple enough."],
        "evidence": "assumed",
        "scores": (1.0, 2.0),
    },
]
SECOND_PERSONA = {
    "name": "Karim Benali",
    "age": 52,
    "role": "Bus driver",
    "goals": ["Appointments outside working hours", "Clear prices"],
}


# -- small gestures ---------------------------------------------------------------------------


def named(window, kind, name: str):  # type: ignore[no-untyped-def]
    """The visible widget of ``kind`` called ``name`` (objectName) in the window."""
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} called {name!r}"
    return found[0]


def in_inspector(window, kind, name: str):  # type: ignore[no-untyped-def]
    found = [w for w in window.panels.inspector.findChildren(kind, name) if w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} called {name!r} in the inspector"
    return found[0]


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Put the keyboard focus in a field, as a click or Tab would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    qtbot.waitUntil(widget.hasFocus)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, select what it holds and type ``text`` over it."""
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def editor_with_focus(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def type_in_place(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the in-place editor that has the focus (list item, name, card title)."""
    editor = editor_with_focus(qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # some lists apply a rename once their editor has closed


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a combo box with the arrow keys, as keyboard users do."""
    focus(qtbot, combo)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    # The arrow keys step through the entries of a closed combo box.
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def click_item(qtbot, listing: QListWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    item = next(
        listing.item(r) for r in range(listing.count()) if listing.item(r).text().startswith(text)
    )
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert listing.currentItem() is item


def pick_from_next_popup(qtbot, object_name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the entry ``object_name`` of the menu about to pop up (menus are modal)."""

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in popup.actions() if a.objectName() == object_name)
        qtbot.mouseClick(
            popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center()
        )

    QTimer.singleShot(20, pick)


# -- where things are on the canvas ----------------------------------------------------------


def by_name(items, name: str):  # type: ignore[no-untyped-def]
    return next(item for item in items if item.name == name)


def cell_end(window, phase: str, lane: str) -> QPointF:  # type: ignore[no-untyped-def]
    """A viewport point at the end of a phase, in a lane: where a new card goes last."""
    doc, layout = window.document, window.scene.layout
    phase_box = layout.phase(by_name(doc.phases, phase).id)
    lane_box = layout.lane(by_name(doc.lanes, lane).id)
    spot = QPointF(phase_box.header.right - 4, lane_box.content.centre_y)
    window.canvas.reveal(QRectF(spot.x() - 20, spot.y() - 20, 40, 40))
    return view_point(window.canvas, spot.x(), spot.y())


def card_centre(window, card_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    window.canvas.reveal_card(card_id)  # scrolling, as a user would to reach it
    rect = window.scene.layout.card(card_id).rect
    return view_point(window.canvas, rect.centre_x, rect.y + rect.h / 2)


def emotion_spot(window, card_id: str, value: float) -> QPointF:  # type: ignore[no-untyped-def]
    layout = window.scene.layout
    slot = next(s for s in layout.slots if s.touchpoint_id == card_id)
    y = layout.scales[0].y_of(value)
    window.canvas.reveal(QRectF(slot.rect.centre_x - 10, y - 10, 20, 20))
    return view_point(window.canvas, slot.rect.centre_x, y)


def drop_channel(window, channel_name: str, at: QPointF) -> None:  # type: ignore[no-untyped-def]
    """Drag a channel from the palette onto the canvas (Qt's drag events, as a real drag sends)."""
    listing = named(window, QListWidget, "channel_list")
    item = listing.findItems(channel_name, Qt.MatchFlag.MatchExactly)[0]
    mime = listing.mimeData([item])
    viewport = window.canvas.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    QApplication.sendEvent(viewport, QDragEnterEvent(at.toPoint(), copy, mime, left, none))
    QApplication.sendEvent(
        viewport, QDragMoveEvent(at.toPoint(), copy, mime, left, none, QEvent.Type.DragMove)
    )
    drop = QDropEvent(at, copy, mime, left, none)
    QApplication.sendEvent(viewport, drop)
    QApplication.processEvents()
    assert drop.isAccepted()


# -- the story --------------------------------------------------------------------------------


def build_structure(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.panels.docks["structure"].raise_()
    structure = window.panels.structure
    phases = named(structure, QListWidget, "phase_list")
    click_item(qtbot, phases, "Phase 1")
    qtbot.keyClick(phases, Qt.Key.Key_F2)
    type_in_place(qtbot, "Booking")
    for name in ("Visit", "Follow-up"):
        qtbot.mouseClick(named(structure, QAbstractButton, "add_phase"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: phases.isAncestorOf(QApplication.focusWidget()))
        type_in_place(qtbot, name)
        qtbot.waitUntil(lambda name=name: window.document.phases[-1].name == name)
        assert window.panels.inspector.header.text() == "Phase"
        assert in_inspector(window, QLineEdit, "name").text() == name
    lanes = named(structure, QListWidget, "lane_list")
    click_item(qtbot, lanes, "Touchpoints")
    qtbot.keyClick(lanes, Qt.Key.Key_F2)
    type_in_place(qtbot, "Online")
    for kind, name in (("kind:touchpoints", "Front desk"), ("kind:emotion", "Emotions")):
        pick_from_next_popup(qtbot, kind)
        qtbot.mouseClick(named(structure, QAbstractButton, "add_lane"), Qt.MouseButton.LeftButton)
        # A new lane opens ready to be named, and the inspector shows it.
        qtbot.waitUntil(lambda: lanes.isAncestorOf(QApplication.focusWidget()))
        type_in_place(qtbot, name)
        qtbot.waitUntil(lambda name=name: name in [lane.name for lane in window.document.lanes])
        assert window.panels.inspector.header.text() == "Lane"
    doc = window.document
    assert [p.name for p in doc.phases] == ["Booking", "Visit", "Follow-up"]
    assert [(lane.name, lane.kind) for lane in doc.lanes] == [
        ("Online", "touchpoints"),
        ("Front desk", "touchpoints"),
        ("Emotions", "emotion"),
    ]


def make_cards(window, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    ids: list[str] = []
    window.panels.docks["channels"].raise_()
    for card in CARDS:
        before = {tp.id for tp in window.document.touchpoints}
        spot = cell_end(window, card["phase"], card["lane"])
        if "dropped" in card:
            drop_channel(window, card["dropped"], spot)
        else:
            double_click(window.canvas, spot)
        type_in_place(qtbot, card["title"])
        (new,) = {tp.id for tp in window.document.touchpoints} - before
        ids.append(new)
    return ids


def fill_list(qtbot, editor: QWidget, items: list[str]) -> None:  # type: ignore[no-untyped-def]
    for text in items:
        qtbot.mouseClick(editor.findChild(QAbstractButton, "add"), Qt.MouseButton.LeftButton)
        type_in_place(qtbot, text)


def fill_card(window, qtbot, card_id: str, card: dict[str, Any], personas: list[str]) -> None:  # type: ignore[no-untyped-def]
    spot = card_centre(window, card_id)
    click(window.canvas, spot)
    assert window.panels.inspector.header.text() == "Card"
    assert in_inspector(window, QLineEdit, "title").text() == card["title"]
    doc = window.document
    channel_name = {
        "search_engine": "Search engine",
        "website": "Website",
        "phone": "Phone",
        "physical_store": "Physical store",
        "word_of_mouth": "Word of mouth",
        "email": "E-mail",
    }[card["channel"]]
    if "dropped" not in card:
        choose(qtbot, in_inspector(window, QComboBox, "channel"), channel_name)
    type_text(qtbot, in_inspector(window, QPlainTextEdit, "description"), card["description"])
    type_text(qtbot, in_inspector(window, QPlainTextEdit, "motivation"), card["motivation"])
    for field in ("actions", "questions", "pain_points", "quotes"):
        fill_list(qtbot, in_inspector(window, QWidget, field), card[field])
    opportunities = in_inspector(window, QWidget, "opportunities")
    priority_names = {"high": "High priority", "medium": "Medium priority", "low": "Low priority"}
    for text, priority in card["opportunities"]:
        fill_list(qtbot, opportunities, [text])
        choose(qtbot, opportunities.findChild(QComboBox, "priority"), priority_names[priority])
    if card.get("moment_of_truth"):
        box = in_inspector(window, QCheckBox, "moment_of_truth")
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    choose(
        qtbot,
        in_inspector(window, QComboBox, "evidence"),
        {"observed": "Observed", "assumed": "Assumed", "proposed": "Proposed"}[card["evidence"]],
    )
    if "metric" in card:
        name, unit, value = card["metric"]
        qtbot.mouseClick(
            in_inspector(window, QAbstractButton, "add_metric"), Qt.MouseButton.LeftButton
        )
        type_text(qtbot, in_inspector(window, QLineEdit, "new_metric_name"), name)
        type_text(qtbot, in_inspector(window, QLineEdit, "new_metric_unit"), unit)
        type_text(qtbot, in_inspector(window, QLineEdit, "new_metric_value"), value)
        qtbot.mouseClick(
            in_inspector(window, QAbstractButton, "create_metric"), Qt.MouseButton.LeftButton
        )
    del doc, personas


def score_in_inspector(window, qtbot, card_id: str, persona_id: str, value: float) -> None:  # type: ignore[no-untyped-def]
    click(window.canvas, card_centre(window, card_id))
    spin = in_inspector(window, QDoubleSpinBox, f"emotion:{persona_id}")
    focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, f"{value:.1f}")
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def add_second_persona(window, qtbot) -> str:  # type: ignore[no-untyped-def]
    panel = window.panels.personas
    qtbot.mouseClick(named(panel, QAbstractButton, "add_persona"), Qt.MouseButton.LeftButton)
    assert window.panels.inspector.header.text() == "Persona"
    persona_id = window.document.personas[-1].id
    type_text(qtbot, in_inspector(window, QLineEdit, "name"), SECOND_PERSONA["name"])
    type_text(qtbot, in_inspector(window, QLineEdit, "role"), SECOND_PERSONA["role"])
    age = in_inspector(window, QSpinBox, "age")
    type_text(qtbot, age, str(SECOND_PERSONA["age"]))
    qtbot.keyClick(age, Qt.Key.Key_Return)
    fill_list(qtbot, in_inspector(window, QWidget, "goals"), SECOND_PERSONA["goals"])
    return persona_id


def test_a_dentist_journey_is_authored_from_blank_with_the_mouse_and_keys(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(size=(1600, 1000))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_id["new:blank:en"].trigger()
    blank = window.document.model_dump(exclude={"modified"})
    assert window.undo_stack.count() == 0

    build_structure(window, qtbot)
    ids = make_cards(window, qtbot)
    for card_id, card in zip(ids, CARDS, strict=True):
        fill_card(window, qtbot, card_id, card, [])
    persona_ids = [window.document.personas[0].id, add_second_persona(window, qtbot)]

    # Scores: the first three cards from the canvas (persona picked in the Personas panel),
    # the last three in the inspector.
    personas_list = named(window.panels.personas, QListWidget, "persona_list")
    for which, persona_id in enumerate(persona_ids):
        click_item(qtbot, personas_list, window.document.persona(persona_id).name)
        for card_id, card in zip(ids[:3], CARDS[:3], strict=True):
            click(window.canvas, emotion_spot(window, card_id, card["scores"][which]))
        for card_id, card in zip(ids[3:], CARDS[3:], strict=True):
            score_in_inspector(window, qtbot, card_id, persona_id, card["scores"][which])

    check_document(window.document, ids, persona_ids)

    saved = tmp_path / "dentist.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)
    assert saved.exists() and not window.isWindowModified()
    reloaded = load(saved)
    assert reloaded == window.document
    check_document(reloaded, ids, persona_ids)

    undo = window.actions_by_id["undo"]
    while undo.isEnabled():
        qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert window.document.model_dump(exclude={"modified"}) == blank


def check_document(doc, ids: list[str], persona_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    phase = {p.id: p.name for p in doc.phases}
    lane = {lane.id: lane.name for lane in doc.lanes}
    assert [tp.id for tp in doc.touchpoints_in_journey_order()] == ids
    for card_id, card in zip(ids, CARDS, strict=True):
        tp = doc.touchpoint(card_id)
        assert tp.title == card["title"]
        assert (phase[tp.phase_id], lane[tp.lane_id]) == (card["phase"], card["lane"])
        assert tp.channel == card["channel"]
        for field in ("description", "motivation"):
            assert getattr(tp, field) == card[field]
        for field in ("actions", "questions", "pain_points", "quotes"):
            assert getattr(tp, field) == card[field]
        assert [(o.text, o.priority) for o in tp.opportunities] == card["opportunities"]
        assert tp.moment_of_truth is bool(card.get("moment_of_truth"))
        assert tp.evidence == card["evidence"]
        assert tp.emotions == dict(zip(persona_ids, card["scores"], strict=True))
        if "metric" in card:
            name, unit, value = card["metric"]
            (metric,) = doc.metrics
            assert (metric.name, metric.unit) == (name, unit)
            assert tp.metrics == {metric.id: float(value)}
        else:
            assert tp.metrics == {}
    second = doc.persona(persona_ids[1])
    assert (second.name, second.age, second.role, second.goals) == (
        SECOND_PERSONA["name"],
        SECOND_PERSONA["age"],
        SECOND_PERSONA["role"],
        SECOND_PERSONA["goals"],
    )
