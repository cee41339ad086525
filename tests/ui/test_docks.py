"""The panels follow what the user points at: cards, headers, nothing."""

from conftest import click, view_point
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from app.model import commands as cmd


def _name_field(window, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    (field,) = [w for w in window.panels.inspector.findChildren(QLineEdit, name) if w.isVisible()]
    return field


def test_clicking_a_card_a_header_or_nothing_shows_it_in_the_inspector(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    layout, doc = window.scene.layout, window.document
    inspector = window.panels.inspector
    card = layout.cards[0]
    click(window.canvas, view_point(window.canvas, card.rect.centre_x, card.rect.centre_y))
    assert inspector.header.text() == "Card"
    assert _name_field(window, "title").text() == doc.touchpoint(card.touchpoint_id).title

    phase = layout.phases[1]
    click(window.canvas, view_point(window.canvas, phase.header.centre_x, phase.header.centre_y))
    assert inspector.header.text() == "Phase"
    assert _name_field(window, "name").text() == doc.phases[1].name
    assert window.scene.selected_touchpoints() == []

    lane = layout.lanes[2]
    click(window.canvas, view_point(window.canvas, lane.header.x + 20, lane.header.centre_y))
    assert inspector.header.text() == "Lane"
    assert _name_field(window, "name").text() == doc.lanes[2].name

    click(window.canvas, view_point(window.canvas, card.rect.centre_x, card.rect.centre_y))
    empty = layout.lanes[-1].content
    click(window.canvas, view_point(window.canvas, empty.right - 3, empty.bottom - 3))
    assert inspector.header.text() == "Map"
    assert _name_field(window, "title").text() == doc.title


def test_clicking_the_selected_card_or_note_again_brings_it_back_into_the_inspector(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # A persona (or phase) picked in its panel takes the Inspector while the card stays
    # selected: clicking that card again changes no selection, and must still show it.
    from app.model import notes as sticky

    window = make_window()
    doc, inspector = window.document, window.panels.inspector
    command, note_id = sticky.add_note(doc, "Call the shop back", 40.0, 40.0)
    assert window.session is not None
    window.session.push(command)
    personas = window.panels.personas
    row = personas.list.visualItemRect(personas.list.item(1))
    card = window.scene.layout.cards[0]
    note = next(box for box in window.scene.layout.notes if box.note_id == note_id)
    for (x, y), header, field, text in (
        (
            (card.rect.centre_x, card.rect.centre_y),
            "Card",
            "title",
            doc.touchpoint(card.touchpoint_id).title,
        ),
        ((note.rect.x + 12, note.rect.y + 12), "Sticky note", "text", "Call the shop back"),
    ):
        point = view_point(window.canvas, x, y)
        click(window.canvas, point)
        qtbot.waitUntil(lambda header=header: inspector.header.text() == header)
        selected = window.scene.selectedItems()
        qtbot.mouseClick(
            personas.list.viewport(), Qt.MouseButton.LeftButton, pos=row.center() + QPoint(20, 0)
        )
        assert inspector.header.text() == "Persona"
        click(window.canvas, point)
        qtbot.waitUntil(lambda header=header: inspector.header.text() == header)
        assert window.scene.selectedItems() == selected
        (editor,) = [w for w in inspector.findChildren(QWidget, field) if w.isVisible()]
        shown = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        assert shown == text


def test_selecting_every_card_of_a_map_shows_them_together_once(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    shown: list[int] = []
    original = window.panels.inspector.show_cards
    window.panels.inspector.show_cards = lambda ids: (shown.append(len(ids)), original(ids))
    window.canvas.setFocus()
    window.actions_by_id["select_all"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [len(window.document.touchpoints)]
    assert window.panels.inspector.header.text() == f"{len(window.document.touchpoints)} cards"


def test_select_all_delete_and_undo_each_change_the_selection_once(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Qt says "selection changed" once per card (selected, or removed while selected), and
    # every listener then reads the whole selection: Ctrl+A on a 10,000-card map took a
    # minute, deleting them as long. Now each gesture tells the listeners once.
    window = make_window()
    scene, count = window.scene, len(window.document.touchpoints)
    changes: list[int] = []

    def heard() -> None:
        changes.append(len(scene.selected_touchpoints()))

    scene.selectionChanged.connect(heard)
    window.canvas.setFocus()

    window.actions_by_id["select_all"].trigger()
    assert changes == [count]
    # What listens to the selection followed it: the screen reader hears of the cards.
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == f"{count} cards")

    changes.clear()
    window.actions_by_id["delete"].trigger()
    assert window.document.touchpoints == []
    assert changes == [0]

    changes.clear()
    window.actions_by_id["undo"].trigger()
    assert len(window.document.touchpoints) == count
    window.actions_by_id["select_all"].trigger()
    scene.select_only(scene.selected_touchpoints())  # the same selection again: no news
    assert changes == [count]
    scene.selectionChanged.disconnect(heard)


def test_the_panels_come_back_where_the_user_left_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = Settings()
    first = MainWindow(settings=settings, persist=False)
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    first.actions_by_id["dock:channels"].trigger()
    assert first.panels.docks["channels"].isHidden()
    assert first.close()
    assert settings.panels

    second = MainWindow(settings=settings, persist=False)
    qtbot.addWidget(second)
    with qtbot.waitExposed(second):
        second.show()
    assert second.panels.docks["channels"].isHidden()
    assert not second.actions_by_id["dock:channels"].isChecked()
    assert not second.panels.docks["inspector"].isHidden()


def test_clicking_a_sticky_note_shows_it_in_the_inspector(make_window) -> None:  # type: ignore[no-untyped-def]
    from app.model.notes import add_note

    window = make_window()
    card = window.document.touchpoints[2]
    command, note_id = add_note(window.document, "Ask the shop about rentals", attached_to=card.id)
    window.session.push(command)
    box = next(b for b in window.scene.layout.notes if b.note_id == note_id)
    click(window.canvas, view_point(window.canvas, box.rect.centre_x, box.rect.centre_y))
    assert window.panels.inspector.header.text() == "Sticky note"


def test_undoing_a_deletion_selects_the_cards_it_brings_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    scene, doc = window.scene, window.document
    chosen = [tp.id for tp in doc.touchpoints_in_journey_order()[3:5]]
    scene.select_only(chosen)
    window.canvas.setFocus()
    window.actions_by_id["delete"].trigger()
    assert not set(chosen) & {tp.id for tp in window.document.touchpoints}

    window.actions_by_id["undo"].trigger()
    assert scene.selected_touchpoints() == chosen
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "2 cards")

    # Undoing something else selects nothing new; redoing the deletion leaves nothing selected.
    window.actions_by_id["redo"].trigger()
    assert scene.selected_touchpoints() == []
    window.actions_by_id["undo"].trigger()
    scene.clearSelection()
    window.session.push(cmd.edit(window.document, "map", window.document.id, title="Renamed"))
    window.actions_by_id["undo"].trigger()
    assert scene.selected_touchpoints() == []

    # A card brought back out of view is scrolled into view.
    def seen() -> QRectF:
        return window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()

    last = doc.touchpoints_in_journey_order()[-1].id
    window.canvas.show_top_left()
    assert not seen().contains(scene.cards[last].sceneBoundingRect())
    scene.select_only([last])
    window.actions_by_id["delete"].trigger()
    window.canvas.show_top_left()
    window.actions_by_id["undo"].trigger()
    assert seen().contains(scene.cards[last].sceneBoundingRect())


def test_an_unsaved_maps_title_bar_follows_each_key_typed_in_its_title(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # It said "G (unsaved)" until the map was saved: only "clean" changes retitled it.
    window = make_window()
    window.close_map()  # a new unsaved map, shown in the inspector
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "Map")
    field = _name_field(window, "title")
    field.selectAll()
    qtbot.keyClicks(field, "Gym membership")
    assert window.document.title == "Gym membership"
    assert window.windowTitle() == "Gym membership (unsaved)[*] — Parcours"
    # One step, named after the whole new title, not the first letter typed.
    assert window.undo_stack.count() == 1
    assert window.actions_by_id["undo"].text().endswith(" to 'Gym membership'")
    window.actions_by_id["undo"].trigger()
    assert window.windowTitle().startswith(f"{window.document.title} (unsaved)")


def test_f2_after_adding_a_persona_renames_that_persona(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The persona buttons take no focus: F2 went to the lane list used before, and renamed
    # a lane the user was not looking at.
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    lanes = window.panels.structure.lists["lanes"]
    window.panels.docks["structure"].raise_()
    row = lanes.visualItemRect(lanes.item(1))
    qtbot.mouseClick(lanes.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert lanes.hasFocus()
    lane_names = [lane.name for lane in window.document.lanes]
    personas = window.panels.personas
    add = personas.findChild(QToolButton, "add_persona")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Busy parent")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.personas[-1].name == "Busy parent")
    assert [lane.name for lane in window.document.lanes] == lane_names


def test_undo_of_a_title_typed_shows_and_selects_that_card(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The title changed back out of sight, with the Inspector on the map: nothing said what
    # the undo did.
    window = make_window()
    window.canvas.set_zoom(1.0)
    doc, inspector = window.document, window.panels.inspector
    card = doc.touchpoints_in_journey_order()[-1]
    box = window.scene.layout.card(card.id)
    click(window.canvas, view_point(window.canvas, box.rect.centre_x, box.rect.centre_y))
    field = _name_field(window, "title")
    field.selectAll()
    qtbot.keyClicks(field, "Renamed")
    field.editingFinished.emit()
    assert doc.touchpoint(card.id).title == "Renamed"
    window.scene.clearSelection()
    window.canvas.horizontalScrollBar().setValue(0)  # the card is far to the right
    QApplication.processEvents()
    shown = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert not shown.contains(box.rect.centre_x, box.rect.centre_y)
    qtbot.waitUntil(lambda: inspector.header.text() == "Map")

    window.actions_by_id["undo"].trigger()
    assert doc.touchpoint(card.id).title == card.title
    assert window.scene.selected_touchpoints() == [card.id]
    QApplication.processEvents()
    shown = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert shown.contains(box.rect.centre_x, box.rect.centre_y)
    qtbot.waitUntil(lambda: inspector.header.text() == "Card")
