"""The Structure panel and the shared phase and lane menus: a designer reshapes the map."""

import pytest
from conftest import answer_box
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton, QWidget

from app.model.fileformat import load
from app.resources import sample_map
from app.ui import questions, structure_menus
from app.ui.session import DocumentSession
from app.ui.structure_panel import StructurePanel, row_text


class Asked:
    """Stands in for the "what about its cards?" question; answers ``answer``."""

    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.questions: list[tuple[str, list[str]]] = []

    def __call__(self, parent, title, question, choices):  # type: ignore[no-untyped-def]
        self.questions.append((question, [text for _, text in choices]))
        return self.answer


@pytest.fixture
def panel(qtbot) -> StructurePanel:  # type: ignore[no-untyped-def]
    widget = StructurePanel()
    widget.set_session(DocumentSession(load(sample_map("en"))))
    widget.resize(320, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def phase_names(panel: StructurePanel) -> list[str]:
    return [p.name for p in panel.document.phases]


def rows(panel: StructurePanel, collection: str) -> list[str]:
    listing = panel.lists[collection]
    return [row_text(listing.item(row)) for row in range(listing.count())]


def row_point(panel: StructurePanel, collection: str, row: int) -> QPoint:
    return panel.lists[collection].visualItemRect(panel.lists[collection].item(row)).center()


def click_row(qtbot, panel: StructurePanel, collection: str, row: int) -> None:  # type: ignore[no-untyped-def]
    viewport = panel.lists[collection].viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(panel, collection, row))


def button(panel: StructurePanel, name: str) -> QToolButton:
    found = panel.findChild(QToolButton, name)
    assert found is not None, name
    return found


def action(menu: QMenu, *path: str) -> QAction:
    """The action reached through submenus named ``path[:-1]``, then ``path[-1]``."""
    for name in path[:-1]:
        sub = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == name)
        menu = sub
    return next(a for a in menu.actions() if a.objectName() == path[-1])


def type_name(qtbot, panel: StructurePanel, collection: str, text: str) -> None:  # type: ignore[no-untyped-def]
    listing = panel.lists[collection]
    qtbot.waitUntil(lambda: listing.findChild(QLineEdit) is not None)
    editor = listing.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_panel_lists_phases_and_what_each_lane_shows(panel: StructurePanel) -> None:
    assert panel.phase_list.objectName() == "phase_list"
    assert panel.lane_list.objectName() == "lane_list"
    assert rows(panel, "phases") == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    lanes = rows(panel, "lanes")
    assert lanes[0] == "Digital — Cards"
    assert "Emotions — Emotion curves" in lanes
    assert "Pain points — Card field" in lanes
    assert "Conversion rate — Metric" in lanes


def test_selecting_a_phase_or_lane_shows_it_in_the_inspector(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.element_activated) as shown:
        click_row(qtbot, panel, "lanes", 3)
    assert shown.args == ["lanes", panel.document.lanes[3].id]
    with qtbot.waitSignal(panel.element_activated) as shown:
        click_row(qtbot, panel, "phases", 1)
    assert shown.args == ["phases", panel.document.phases[1].id]


def test_add_phase_adds_one_at_the_end_ready_to_be_named(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(panel, "add_phase"), Qt.MouseButton.LeftButton)
    assert phase_names(panel)[-1] == "Phase 6"
    assert panel.phase_list.currentItem().text() == "Phase 6"
    type_name(qtbot, panel, "phases", "Loyalty")
    qtbot.waitUntil(lambda: phase_names(panel)[-1] == "Loyalty")
    stack = panel.session.undo_stack
    assert stack.undoText() == "Rename phase 'Phase 6' to 'Loyalty'"
    stack.undo()
    stack.undo()
    assert rows(panel, "phases")[-1] == "Advocacy"


def test_insert_before_puts_a_new_phase_before_the_selected_one(
    qtbot, panel: StructurePanel
) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, "phases", 1)
    menu = panel.element_menu("phases", panel.document.phases[1].id)
    action(menu, "insert_phase_before").trigger()
    assert phase_names(panel)[:3] == ["Awareness", "Phase 6", "Consideration"]
    assert panel.phase_list.currentItem().text() == "Phase 6"  # the new phase is selected
    action(
        panel.element_menu("phases", panel.document.phases[2].id), "insert_phase_after"
    ).trigger()
    assert phase_names(panel)[:4] == ["Awareness", "Phase 6", "Consideration", "Phase 7"]
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert rows(panel, "phases")[:2] == ["Awareness", "Consideration"]


def test_double_clicking_a_phase_renames_it_in_place(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    viewport = panel.phase_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(panel, "phases", 2))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(panel, "phases", 2))
    type_name(qtbot, panel, "phases", "Checkout")
    qtbot.waitUntil(lambda: phase_names(panel)[2] == "Checkout")
    assert rows(panel, "phases")[2] == "Checkout"
    assert panel.session.undo_stack.count() == 1


def test_an_empty_name_is_refused_with_a_sentence(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, "lanes", 0)
    qtbot.keyClick(panel.lane_list, Qt.Key.Key_F2)
    with qtbot.waitSignal(panel.status) as status:
        type_name(qtbot, panel, "lanes", "   ")
    assert "name" in status.args[0]
    assert rows(panel, "lanes")[0] == "Digital — Cards"
    assert panel.session.undo_stack.count() == 0


def test_deleting_a_phase_can_move_its_cards_to_the_previous_phase(
    qtbot, panel: StructurePanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    awareness = doc.phases[0].id
    panel.ask = Asked("previous")
    click_row(qtbot, panel, "phases", 1)
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    question, choices = panel.ask.questions[0]
    assert question == "The phase “Consideration” holds 4 cards. What should happen to them?"
    assert choices == [
        "Move the 4 cards to “Awareness”",
        "Move the 4 cards to “Purchase”",
        "Delete the 4 cards",
    ]
    assert rows(panel, "phases") == ["Awareness", "Purchase", "Retention", "Advocacy"]
    assert len(doc.touchpoints) == 17
    assert sum(tp.phase_id == awareness for tp in doc.touchpoints) == 6
    panel.session.undo_stack.undo()
    assert rows(panel, "phases")[1] == "Consideration"
    assert sum(tp.phase_id == awareness for tp in doc.touchpoints) == 2


def test_deleting_a_phase_can_delete_its_cards_or_be_cancelled(
    qtbot, panel: StructurePanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    click_row(qtbot, panel, "phases", 0)
    panel.ask = Asked(None)
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    assert panel.ask.questions[0][1] == [
        "Move the 2 cards to “Consideration”",
        "Delete the 2 cards",
    ]
    assert len(doc.phases) == 5 and panel.session.undo_stack.count() == 0
    panel.ask = Asked("delete")
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    assert rows(panel, "phases")[0] == "Consideration"
    assert len(doc.touchpoints) == 15
    assert panel.phase_list.currentItem().text() == "Consideration"
    panel.session.undo_stack.undo()
    assert len(doc.touchpoints) == 17 and rows(panel, "phases")[0] == "Awareness"


def test_an_empty_phase_is_deleted_without_a_question(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(panel, "add_phase"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.phase_list.findChild(QLineEdit), Qt.Key.Key_Escape)
    panel.ask = Asked("delete")
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    assert panel.ask.questions == []
    assert len(panel.document.phases) == 5


def test_lanes_of_every_kind_can_be_added(qtbot, panel: StructurePanel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    time_spent = next(m for m in doc.metrics if m.name == "Time spent")
    click_row(qtbot, panel, "lanes", 0)  # new lanes go just below the selected one
    action(panel.add_lane_menu(), "kind:touchpoints").trigger()
    assert rows(panel, "lanes")[1] == "Touchpoints — Cards"
    action(panel.add_lane_menu(), "kind:framework", "kind:framework:quotes").trigger()
    assert rows(panel, "lanes")[2] == "Quotes — Card field"
    action(panel.add_lane_menu(), "kind:metric", f"kind:metric:{time_spent.id}").trigger()
    assert rows(panel, "lanes")[3] == "Time spent — Metric"
    monkeypatch.setattr(questions, "ask_text", lambda parent, title, label, text: "Effort")
    action(panel.add_lane_menu(), "kind:metric", "kind:new_metric").trigger()
    assert rows(panel, "lanes")[4] == "Effort — Metric"
    assert doc.metrics[-1].name == "Effort"
    # One emotion lane per map: offered again once the existing one is gone.
    emotion = action(panel.add_lane_menu(), "kind:emotion")
    assert not emotion.isEnabled()
    assert emotion.text() == "Emotions (Already on the Map)"
    click_row(qtbot, panel, "lanes", rows(panel, "lanes").index("Emotions — Emotion curves"))
    qtbot.mouseClick(button(panel, "delete_lane"), Qt.MouseButton.LeftButton)
    action(panel.add_lane_menu(), "kind:emotion").trigger()
    assert sum(lane.kind == "emotion" for lane in doc.lanes) == 1
    assert panel.session.undo_stack.count() == 6


def test_a_card_lane_holding_cards_cannot_change_kind(panel: StructurePanel) -> None:
    digital = panel.document.lanes[0]
    menu = panel.element_menu("lanes", digital.id)
    kinds = next(
        a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "change_kind"
    )
    assert kinds.actions()[0].text() == "This lane holds 11 cards: move or delete them first."
    assert not action(menu, "change_kind", "kind:emotion").isEnabled()
    framework = next(
        a for a in kinds.actions() if a.menu() and a.menu().objectName() == "kind:framework"
    )
    assert not framework.menu().isEnabled()


def test_an_empty_lane_changes_kind_in_one_step(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    questions = next(lane for lane in panel.document.lanes if lane.name == "Questions")
    menu = panel.element_menu("lanes", questions.id)
    assert action(menu, "change_kind", "kind:framework", "kind:framework:questions").isChecked()
    action(menu, "change_kind", "kind:framework", "kind:framework:quotes").trigger()
    assert "Quotes — Card field" in rows(panel, "lanes")
    assert panel.session.undo_stack.undoText() == "Change what lane 'Questions' shows"
    action(panel.element_menu("lanes", questions.id), "change_kind", "kind:touchpoints").trigger()
    assert "Touchpoints — Cards" in rows(panel, "lanes")
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert "Questions — Card field" in rows(panel, "lanes")


def test_collapse_and_expand_a_lane(panel: StructurePanel) -> None:
    actions = panel.document.lanes[4]
    menu = panel.element_menu("lanes", actions.id)
    assert action(menu, "collapse_lane").text() == "Collapse"
    action(menu, "collapse_lane").trigger()
    assert panel.document.lanes[4].collapsed
    assert rows(panel, "lanes")[4] == "Actions — Card field · collapsed"
    menu = panel.element_menu("lanes", actions.id)
    assert action(menu, "collapse_lane").text() == "Expand"
    action(menu, "collapse_lane").trigger()
    assert rows(panel, "lanes")[4] == "Actions — Card field"


def test_deleting_a_card_lane_can_move_its_cards_below(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    human = doc.lanes[1].id
    panel.ask = Asked("below")
    click_row(qtbot, panel, "lanes", 0)
    qtbot.mouseClick(button(panel, "delete_lane"), Qt.MouseButton.LeftButton)
    assert panel.ask.questions[0][1] == [
        "Move the 11 cards to “Human & physical”",
        "Delete the 11 cards",
    ]
    assert rows(panel, "lanes")[0] == "Human & physical — Cards"
    assert sum(tp.lane_id == human for tp in doc.touchpoints) == 15
    panel.session.undo_stack.undo()
    assert rows(panel, "lanes")[0] == "Digital — Cards"
    assert sum(tp.lane_id == human for tp in doc.touchpoints) == 4


def test_dragging_a_phase_reorders_it_in_one_step(qtbot, panel: StructurePanel) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, panel, "phases", 0)
    rect = panel.phase_list.visualItemRect(panel.phase_list.item(2))
    drop = QDropEvent(
        QPointF(rect.center().x(), rect.bottom() - 2),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drops only from a real platform drag; hand the drop to the list as Qt would.
    panel.phase_list.dropEvent(drop)
    qtbot.waitUntil(lambda: phase_names(panel)[2] == "Awareness")
    assert rows(panel, "phases")[:3] == ["Consideration", "Purchase", "Awareness"]
    assert panel.phase_list.currentItem().text() == "Awareness"
    assert panel.session.undo_stack.count() == 1


def test_colour_from_the_menu(panel: StructurePanel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(questions, "pick_colour", lambda parent, initial, title: "#224466")
    phase = panel.document.phases[3]
    action(panel.element_menu("phases", phase.id), "phase_colour").trigger()
    assert panel.document.phases[3].colour == "#224466"
    lane = panel.document.lanes[2]
    action(panel.element_menu("lanes", lane.id), "lane_colour").trigger()
    assert panel.document.lanes[2].colour == "#224466"
    assert panel.session.undo_stack.count() == 2


def test_the_canvas_gets_the_same_menus_as_the_panel(panel: StructurePanel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    canvas = QWidget()
    session = panel.session
    doc = panel.document

    def names(menu: QMenu) -> list[str]:
        return [
            a.objectName() or (a.menu().objectName() if a.menu() else "-") for a in menu.actions()
        ]

    for collection, build in (
        ("phases", structure_menus.phase_menu),
        ("lanes", structure_menus.lane_menu),
    ):
        element_id = getattr(doc, collection)[1].id
        assert names(build(canvas, session, element_id)) == names(
            panel.element_menu(collection, element_id)
        )
    # On the canvas, Rename asks in a dialog; one command either way.
    monkeypatch.setattr(questions, "ask_text", lambda parent, title, label, text: "Search")
    action(structure_menus.phase_menu(canvas, session, doc.phases[0].id), "rename_phase").trigger()
    assert rows(panel, "phases")[0] == "Search"
    assert structure_menus.rename_lane(canvas, session, doc.lanes[0].id)
    assert rows(panel, "lanes")[0] == "Search — Cards"
    assert session.undo_stack.count() == 2
    canvas.deleteLater()


def test_menus_move_phases_and_lanes(panel: StructurePanel) -> None:
    doc = panel.document
    first = doc.phases[0].id
    menu = panel.element_menu("phases", first)
    assert not action(menu, "phase_earlier").isEnabled()
    action(menu, "phase_later").trigger()
    assert phase_names(panel)[:2] == ["Consideration", "Awareness"]
    action(panel.element_menu("lanes", doc.lanes[1].id), "lane_up").trigger()
    assert rows(panel, "lanes")[0] == "Human & physical — Cards"


def test_the_question_about_cards_offers_one_button_per_choice(
    qtbot, panel: StructurePanel
) -> None:  # type: ignore[no-untyped-def]
    doc = panel.document
    click_row(qtbot, panel, "phases", 1)
    answer_box(qtbot, "Cancel")
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    assert len(doc.phases) == 5
    answer_box(qtbot, "Move the 4 cards to “Purchase”")
    qtbot.mouseClick(button(panel, "delete_phase"), Qt.MouseButton.LeftButton)
    assert rows(panel, "phases") == ["Awareness", "Purchase", "Retention", "Advocacy"]
    assert len(doc.touchpoints) == 17
    assert sum(tp.phase_id == doc.phases[1].id for tp in doc.touchpoints) == 7
