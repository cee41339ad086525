"""Done when: a whole map is built from Blank with key events only.

Three phases, eight cards, two personas with a curve each (a score on every card)
and every field of every card filled — no mouse event anywhere. Phases and
personas are added with their shortcuts, the cards with Insert on the map, the
fields by tabbing from the map into the inspector and typing, the scores with +
and - on the map. Then the document is checked.
"""

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from test_keyboard_canvas import CTRL, KEY, press

from app.model.document import CARD_CONTENT_FIELDS
from app.ui.canvas.keyboard import set_tab_order

ADD_PHASE, ADD_PERSONA = "Ctrl+Shift+P", "Ctrl+Shift+R"
"""The shortcuts proposed for Edit ▸ Add Phase and Edit ▸ Add Persona."""
PHASES = ["Discovering", "Choosing", "Buying"]
CARDS = [  # (phase, title)
    (0, "Hears about the shop"),
    (0, "Reads reviews"),
    (0, "Visits the website"),
    (1, "Compares offers"),
    (1, "Asks a friend"),
    (1, "Calls the shop"),
    (2, "Pays online"),
    (2, "Gets a receipt"),
]
FIRST_SCORES = [1.0, 0.5, -0.5, -1.0, 0.0, 1.5, -2.0, 2.0]
SECOND_SCORES = [-0.5, 0.5, 1.0, -1.5, 1.0, 0.0, 0.5, 1.5]
SECOND_PERSONA = "Sam the student"


def wire_structure_shortcuts(window) -> dict[str, QKeySequence]:  # type: ignore[no-untyped-def]
    """The keys of Add Phase and Add Persona: the window's own actions' once it has them;
    until then actions made here with the proposed keys."""
    keys: dict[str, QKeySequence] = {}
    for spec_id, proposed, handler in (
        ("add_phase", ADD_PHASE, window.panels.structure.add_phase),
        ("add_persona", ADD_PERSONA, window.panels.personas.add_persona),
    ):
        action = window.actions_by_id.get(spec_id)
        if action is None:
            action = QAction(spec_id, window)
            action.setShortcut(QKeySequence(proposed))
            action.triggered.connect(handler)
            window.addAction(action)
        keys[spec_id] = action.shortcut()
        assert not keys[spec_id].isEmpty(), f"{spec_id} has no shortcut"
    if window.canvas.tab_target is None:
        set_tab_order(window)
    return keys


def press_keys(qtbot, sequence: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    combination = sequence[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())


def tab_to(qtbot, what: Callable[[QWidget], bool], backwards: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) until the focus is on a widget ``what`` accepts."""
    for _ in range(400):
        widget = QApplication.focusWidget()
        if widget is not None and what(widget):
            return widget
        press(qtbot, KEY.Key_Backtab if backwards else KEY.Key_Tab)
    pytest.fail("Tab never reached the widget")


def to_map(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab_to(qtbot, lambda w: w is window.canvas)


def to_field(window, qtbot, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Tab to the inspector's field ``name``."""
    inspector = window.panels.inspector
    return tab_to(qtbot, lambda w: w.objectName() == name and inspector.isAncestorOf(w))


def type_over(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the focused field holds and type ``text`` over it."""
    press(qtbot, KEY.Key_A, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def type_in_editor(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the one-line editor that just opened (a name, a title, a list item)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_over(qtbot, text)
    press(qtbot, KEY.Key_Return)
    qtbot.wait(10)  # some lists apply the text once their editor has closed


def add_items(window, qtbot, field: str, items: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Tab to a list's Add button, press Space, type the item, Enter; for each item."""
    inspector = window.panels.inspector
    for text in items:
        tab_to(
            qtbot,
            lambda w: (
                w.objectName() == "add"
                and w.parentWidget() is not None
                and w.parentWidget().objectName() == field
                and inspector.isAncestorOf(w)
            ),
        )
        press(qtbot, KEY.Key_Space)
        type_in_editor(qtbot, text)


def step_combo(qtbot, steps: int) -> None:  # type: ignore[no-untyped-def]
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    for _ in range(steps):
        press(qtbot, KEY.Key_Down)


def fill_card(window, qtbot, index: int, title: str) -> None:  # type: ignore[no-untyped-def]
    """From the map, with the card current and selected: every field, by Tab and typing."""
    assert window.panels.inspector.header.text() == "Card"
    assert to_field(window, qtbot, "title").text() == title
    to_field(window, qtbot, "channel")
    step_combo(qtbot, index + 1)  # a different channel for each card
    to_field(window, qtbot, "description")
    qtbot.keyClicks(QApplication.focusWidget(), f"What happens at {title.lower()}.")
    add_items(window, qtbot, "actions", [f"Action {index}a", f"Action {index}b"])
    to_field(window, qtbot, "motivation")
    qtbot.keyClicks(QApplication.focusWidget(), f"Why {index}")
    add_items(window, qtbot, "questions", [f"Question {index}?"])
    add_items(window, qtbot, "pain_points", [f"Pain {index}"])
    add_items(window, qtbot, "opportunities", [f"Idea {index}"])
    to_field(window, qtbot, "priority")
    press(qtbot, KEY.Key_Home)  # high priority
    add_items(window, qtbot, "quotes", [f"Quote {index}"])
    to_field(window, qtbot, "moment_of_truth")
    if index % 2 == 0:
        press(qtbot, KEY.Key_Space)
    to_field(window, qtbot, "evidence")
    step_combo(qtbot, 1 + index % 3)
    to_map(window, qtbot)


def score_all(window, qtbot, scores: list[float]) -> None:  # type: ignore[no-untyped-def]
    """From the first card, + or - on each card until it shows the score, then Right."""
    press(qtbot, KEY.Key_Home)
    for value in scores:
        key = KEY.Key_Plus if value > 0 else KEY.Key_Minus
        for _ in range(round(abs(value) / 0.5)):
            press(qtbot, key)
        if value == 0:  # nothing yet: + then - leaves a neutral score
            press(qtbot, KEY.Key_Plus)
            press(qtbot, KEY.Key_Minus)
        press(qtbot, KEY.Key_Right)


def test_a_map_is_built_from_blank_with_key_events_only(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_map("blank", "en")
    shortcuts = wire_structure_shortcuts(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    canvas = window.canvas

    # Two more phases, named as they are made (Edit ▸ Add Phase).
    for name in PHASES[1:]:
        press_keys(qtbot, shortcuts["add_phase"])
        type_in_editor(qtbot, name)
    to_map(window, qtbot)
    # The first phase: its header on the map, its name in the inspector.
    assert canvas.keys.current.kind == "phase"
    press(qtbot, KEY.Key_Right)
    press(qtbot, KEY.Key_Left)
    assert window.panels.inspector.header.text() == "Phase"
    to_field(window, qtbot, "name")
    type_over(qtbot, PHASES[0])
    to_map(window, qtbot)

    # Eight cards: Insert on a phase header adds at the phase's end, then after each card.
    for index, (phase, title) in enumerate(CARDS):
        if index and phase != CARDS[index - 1][0]:
            press(qtbot, KEY.Key_Up)  # the header of the card's phase
            press(qtbot, KEY.Key_Right)  # the next phase
        press(qtbot, KEY.Key_Insert)
        type_in_editor(qtbot, title)
        qtbot.waitUntil(canvas.hasFocus)

    # Every field of every card, from the first card along the lane.
    press(qtbot, KEY.Key_Home)
    for index, (_, title) in enumerate(CARDS):
        fill_card(window, qtbot, index, title)
        press(qtbot, KEY.Key_Right)

    # The first persona's curve, then a second persona (Edit ▸ Add Persona) and its curve.
    score_all(window, qtbot, FIRST_SCORES)
    press_keys(qtbot, shortcuts["add_persona"])
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "Persona")
    to_field(window, qtbot, "name")
    type_over(qtbot, SECOND_PERSONA)
    to_map(window, qtbot)
    score_all(window, qtbot, SECOND_SCORES)

    doc = window.document
    assert [p.name for p in doc.phases] == PHASES
    cards = doc.touchpoints_in_journey_order()
    assert [(doc.phases.index(doc.phase(c.phase_id)), c.title) for c in cards] == CARDS
    assert len({c.channel for c in cards}) == 8 and None not in {c.channel for c in cards}
    for index, card in enumerate(cards):
        for field in CARD_CONTENT_FIELDS:
            if field != "moment_of_truth":
                assert getattr(card, field), f"{card.title}: {field} is empty"
        assert card.actions == [f"Action {index}a", f"Action {index}b"]
        assert card.description == f"What happens at {card.title.lower()}."
        assert card.motivation == f"Why {index}"
        assert card.questions == [f"Question {index}?"]
        assert card.pain_points == [f"Pain {index}"]
        assert [(o.text, o.priority) for o in card.opportunities] == [(f"Idea {index}", "high")]
        assert card.quotes == [f"Quote {index}"]
        assert card.moment_of_truth == (index % 2 == 0)
        assert card.evidence != "unstated"
    first, second = doc.personas
    assert second.name == SECOND_PERSONA
    assert [c.emotions[first.id] for c in cards] == FIRST_SCORES
    assert [c.emotions[second.id] for c in cards] == SECOND_SCORES
