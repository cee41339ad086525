"""What a screen reader gets: a name for every control, the map's cards read with their title,
channel and phase as the keyboard or the mouse moves over them, and persona curves that
never depend on colour alone (also in high contrast)."""

import pytest
from conftest import card_centre, click
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QApplication, QToolButton

from app.export.qt.theme import HIGH_CONTRAST
from app.model.commands import edit
from app.ui.accessibility import (
    CanvasAnnouncer,
    accessible_text,
    describe_action,
    fill_accessible_names,
    unnamed_widgets,
)
from app.ui.main_window import MainWindow

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def spoken(widget) -> str:  # type: ignore[no-untyped-def]
    """What a screen reader reads as the widget's name."""
    return accessible_text(widget, NAME)


def describe(widgets) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in widgets
    ]


def announced_window(make_window, qtbot) -> tuple[MainWindow, CanvasAnnouncer]:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    announcer = getattr(window, "announcer", None) or CanvasAnnouncer(window.canvas)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    return window, announcer


def test_every_control_of_the_main_window_has_a_name(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    for dock in window.panels.docks.values():
        dock.show()
    card = window.document.touchpoints_in_journey_order()[0]
    window.scene.select_only([card.id])  # the inspector shows the card's form
    qtbot.wait(10)
    announcer = getattr(window, "announcer", None) or CanvasAnnouncer(window.canvas)
    announcer.refresh()
    fill_accessible_names(window)

    missing = describe(unnamed_widgets(window))
    assert missing == [], "\n".join(missing)


def test_icon_buttons_are_read_by_what_they_do_not_by_their_symbol(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.panels.docks["personas"].show()
    fill_accessible_names(window)
    buttons = window.panels.docks["personas"].findChildren(QToolButton)
    symbols = {b.text(): spoken(b) for b in buttons if b.text() in ("+", "−", "↑", "↓")}
    assert set(symbols) == {"+", "−", "↑", "↓"}
    for symbol, name in symbols.items():
        assert len(name) > 3 and any(ch.isalpha() for ch in name), (symbol, name)
    assert "persona" in symbols["+"].lower()


def test_a_button_named_from_its_tooltip_is_named_again_in_the_new_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = QToolButton()
    qtbot.addWidget(button)
    button.setText("⧉")
    button.setToolTip("Duplicate the persona")
    assert fill_accessible_names(button) == 1
    assert spoken(button) == "Duplicate the persona"
    button.setToolTip("Dupliquer le persona")  # what a language change does
    fill_accessible_names(button)
    assert spoken(button) == "Dupliquer le persona"
    button.setAccessibleName("Copy")  # a name set by the code is kept
    button.setProperty("parcours_auto_accessible_name", False)
    fill_accessible_names(button)
    assert spoken(button) == "Copy"


def test_actions_describe_themselves_with_their_status_tip(make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    for action in window.actions_by_id.values():
        describe_action(action)
    undo = window.actions_by_id["undo"]
    assert undo.toolTip() and "&" not in undo.toolTip()
    tipped = [a for a in window.findChildren(QAction) if a.statusTip()]
    assert tipped and all(a.toolTip() == a.statusTip().replace("&", "") for a in tipped)
    button = window.toolbar.widgetForAction(window.actions_by_id["present"])
    assert spoken(button)
    assert accessible_text(button, DESCRIPTION) == window.actions_by_id["present"].toolTip()


def test_clicking_a_card_makes_the_map_read_its_title_channel_and_phase(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = announced_window(make_window, qtbot)
    doc = window.document
    card = next(t for t in doc.touchpoints_in_journey_order() if t.channel)
    click(window.canvas, card_centre(window, card.id))
    qtbot.waitUntil(lambda: card.title in spoken(window.canvas))

    name = spoken(window.canvas)
    assert doc.channel_name(card.channel) in name
    assert doc.phase(card.phase_id).name in name
    description = accessible_text(window.canvas, DESCRIPTION)
    assert doc.lane(card.lane_id).name in description
    for persona in doc.personas:
        assert persona.name in description


def test_arrow_keys_move_what_the_screen_reader_reads(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = announced_window(make_window, qtbot)
    doc = window.document
    cards = doc.touchpoints_in_journey_order()
    first = cards[0]
    click(window.canvas, card_centre(window, first.id))
    qtbot.waitUntil(lambda: first.title in spoken(window.canvas))

    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    after = window.scene.selected_touchpoints()
    assert after and after[0] != first.id, "the keyboard helper moves to the next card"
    moved = doc.touchpoint(after[0])
    qtbot.waitUntil(lambda: moved.title in spoken(window.canvas))
    assert doc.phase(moved.phase_id).name in spoken(window.canvas)

    for _ in range(6):  # up to the phase headers
        qtbot.keyClick(window.canvas, Qt.Key.Key_Up)
    current = window.canvas.keys.current
    assert current is not None and current.kind == "phase"
    qtbot.waitUntil(lambda: spoken(window.canvas).startswith("Phase"))
    assert doc.phase(current.element_id).name in spoken(window.canvas)


def test_renaming_the_current_card_is_read_at_once(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, announcer = announced_window(make_window, qtbot)
    card = window.document.touchpoints_in_journey_order()[1]
    click(window.canvas, card_centre(window, card.id))
    qtbot.waitUntil(lambda: card.title in spoken(window.canvas))
    window.session.push(edit(window.document, "touchpoints", card.id, title="Returns desk"))
    qtbot.waitUntil(lambda: "Returns desk" in spoken(window.canvas))
    assert announcer.spoken[0] == spoken(window.canvas)


def test_with_nothing_selected_the_map_reads_its_title(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    announcer = getattr(window, "announcer", None) or CanvasAnnouncer(window.canvas)
    window.scene.clearSelection()
    window.canvas.keys.set_current(None)  # type: ignore[attr-defined]
    announcer.current = lambda: None  # type: ignore[method-assign]
    announcer.refresh()
    assert spoken(window.canvas) == f"Journey map {window.document.title}"
    assert f"{len(window.document.touchpoints)} cards" in accessible_text(
        window.canvas, DESCRIPTION
    )


def test_high_contrast_keeps_each_persona_its_own_dash_and_marker(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.scene.set_theme(HIGH_CONTRAST)
    QApplication.processEvents()
    curves = window.scene.layout.curves
    assert len(curves) >= 2
    looks = {(tuple(c.dash), c.marker) for c in curves}
    assert len(looks) == len(curves), "two personas differ by more than their colour"
    assert all(c.marker for c in curves)
    assert len({tuple(c.dash) for c in curves}) == len(curves)


@pytest.fixture
def french():  # type: ignore[no-untyped-def]
    from app import i18n

    i18n.install("fr")
    yield
    i18n.install("en")


def test_in_french_the_map_is_read_in_french(make_window, qtbot, french) -> None:  # type: ignore[no-untyped-def]
    window, _ = announced_window(make_window, qtbot)
    card = window.document.touchpoints_in_journey_order()[0]
    click(window.canvas, card_centre(window, card.id))
    qtbot.waitUntil(lambda: card.title in spoken(window.canvas))
    assert spoken(window.canvas).startswith("Carte ")
    assert "phase" in spoken(window.canvas)
    assert "ligne" in accessible_text(window.canvas, DESCRIPTION).lower()


def test_moving_on_the_map_is_said_at_once_while_a_screen_reader_listens(
    make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui import accessibility

    said: list[str] = []
    monkeypatch.setattr(accessibility, "announce", lambda widget, text: said.append(text))
    window, _ = announced_window(make_window, qtbot)
    QAccessible.setActive(True)  # what a running screen reader does
    try:
        first = window.document.touchpoints_in_journey_order()[0]
        click(window.canvas, card_centre(window, first.id))
        qtbot.waitUntil(lambda: any(first.title in text for text in said))
        qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
        second = window.document.touchpoint(window.scene.selected_touchpoints()[0])
        assert second.id != first.id
        qtbot.waitUntil(lambda: second.title in said[-1])
    finally:
        QAccessible.setActive(False)
    count = len(said)
    window.scene.select_only([first.id])
    qtbot.wait(10)
    assert len(said) == count, "nothing is said while no screen reader listens"
