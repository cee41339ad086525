"""The channel palette: built-in and custom channels, dragged onto a card lane to make cards."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from app.model.channels import BUILTIN_CHANNELS
from app.model.document import JourneyMap
from app.model.fileformat import load
from app.model.templates import new_map
from app.resources import sample_map
from app.ui.canvas.scene import JourneyScene
from app.ui.canvas.view import JourneyView
from app.ui.channel_palette import ChannelPalette
from app.ui.session import DocumentSession

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<rect width="20" height="20"/></svg>'
)


@dataclass
class Window:
    widget: QWidget
    session: DocumentSession
    scene: JourneyScene
    view: JourneyView
    palette: ChannelPalette
    said: list[str]

    @property
    def doc(self) -> JourneyMap:
        return self.session.document

    def channel_list(self) -> QListWidget:
        found = self.palette.findChild(QListWidget, "channel_list")
        assert found is not None
        return found

    def names(self) -> list[str]:
        listing = self.channel_list()
        return [listing.item(row).text() for row in range(listing.count())]

    def drag_data(self, name: str) -> QMimeData:
        """What the list hands to Qt when the user starts dragging the channel ``name``."""
        listing = self.channel_list()
        item = listing.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        return listing.mimeData([item])

    def lane_cell(self, lane_name: str, phase_index: int) -> QPointF:
        """A viewport point at the end of a phase, inside a card lane."""
        lane_id = next(lane.id for lane in self.doc.lanes if lane.name == lane_name)
        lane = self.scene.layout.lane(lane_id)
        phase = self.scene.layout.phases[phase_index]
        scene_point = QPointF(phase.header.right - 6, lane.content.centre_y)
        return QPointF(self.view.mapFromScene(scene_point))


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]
    def make(doc: JourneyMap) -> Window:
        session = DocumentSession(doc)
        widget = QWidget()
        scene = JourneyScene(parent=widget)
        view = JourneyView(scene)
        palette = ChannelPalette()
        row = QHBoxLayout(widget)
        row.addWidget(palette)
        row.addWidget(view, 1)
        qtbot.addWidget(widget)
        view.set_session(session)
        scene.show_document(doc)
        session.changed.connect(lambda _: scene.show_document(session.document))
        palette.set_session(session)
        said: list[str] = []
        palette.status.connect(said.append)
        widget.resize(1500, 900)
        widget.show()
        qtbot.waitExposed(widget)
        view.fit_map()
        return Window(widget, session, scene, view, palette, said)

    return make


def drag_over(view: JourneyView, mime: QMimeData, point: QPointF, drop: bool = True) -> bool:
    """Enter, move over and (optionally) drop on the canvas, as Qt does for a real drag."""
    viewport = view.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(point.toPoint(), copy, mime, left, none)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point.toPoint(), copy, mime, left, none, QEvent.Type.DragMove)
    QApplication.sendEvent(viewport, move)
    if not drop:
        return move.isAccepted()
    dropped = QDropEvent(point, copy, mime, left, none)
    QApplication.sendEvent(viewport, dropped)
    QApplication.processEvents()
    return dropped.isAccepted()


def test_the_palette_lists_the_built_in_channels_in_the_maps_language_then_its_own(
    open_window,
) -> None:  # type: ignore[no-untyped-def]
    english = open_window(load(sample_map("en")))
    assert english.names() == [
        *(c.en for c in BUILTIN_CHANNELS),
        "YouTube",
        "Online community",
    ]
    french = open_window(new_map("five-phases", "fr"))
    assert french.names()[:3] == ["Site web", "E-mail", "Réseaux sociaux"]
    assert len(french.names()) == 15
    listing = english.channel_list()
    assert all(not listing.item(row).icon().isNull() for row in range(listing.count()))


def test_dropping_a_channel_on_a_card_lane_makes_a_card_with_it_there(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    before = len(window.doc.touchpoints)
    point = window.lane_cell("Customer service", 2)

    assert drag_over(window.view, window.drag_data("Chatbot"), point, drop=False)
    assert window.scene.indicator.isVisible(), "the drop place is shown while dragging"
    assert drag_over(window.view, window.drag_data("Chatbot"), point)

    assert not window.scene.indicator.isVisible()
    assert len(window.doc.touchpoints) == before + 1
    (card_id,) = window.scene.selected_touchpoints()
    card = window.doc.touchpoint(card_id)
    assert (card.title, card.channel) == ("Chatbot", "chatbot")
    assert window.doc.phase(card.phase_id).name == "Purchase"
    assert window.doc.lane(card.lane_id).name == "Customer service"
    assert window.session.undo_stack.undoText() == "Add card “Chatbot” in “Customer service”"
    editor = window.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == "Chatbot"
    editor.setText("Asks the chatbot about delivery")
    editor.returnPressed.emit()
    window.session.undo_stack.undo()  # the rename
    window.session.undo_stack.undo()  # the card
    assert len(window.doc.touchpoints) == before


def test_dropping_a_custom_channel_uses_that_channel(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    assert drag_over(window.view, window.drag_data("YouTube"), window.lane_cell("Digital", 0))
    (card_id,) = window.scene.selected_touchpoints()
    youtube = next(c.id for c in window.doc.channels if c.name == "YouTube")
    assert window.doc.touchpoint(card_id).channel == youtube


def test_a_custom_channel_from_another_map_is_added_to_this_one(open_window) -> None:  # type: ignore[no-untyped-def]
    guitar = open_window(load(sample_map("en")))
    fresh = open_window(new_map("five-phases", "en"))
    point = fresh.lane_cell(fresh.doc.lanes[0].name, 1)
    assert drag_over(fresh.view, guitar.drag_data("Online community"), point)
    assert [c.name for c in fresh.doc.channels] == ["Online community"]
    (card_id,) = fresh.scene.selected_touchpoints()
    assert fresh.doc.touchpoint(card_id).channel == fresh.doc.channels[0].id
    assert fresh.session.undo_stack.count() == 1


def test_dropping_outside_a_card_lane_does_nothing(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    emotions = next(lane.id for lane in window.doc.lanes if lane.kind == "emotion")
    lane = window.scene.layout.lane(emotions)
    point = QPointF(window.view.mapFromScene(QPointF(lane.content.centre_x, lane.content.y + 4)))
    assert not drag_over(window.view, window.drag_data("Website"), point)
    assert window.session.undo_stack.count() == 0
    assert not window.scene.indicator.isVisible()


def test_adding_a_channel_with_an_svg_icon(open_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(new_map("five-phases", "en"))
    icon = tmp_path / "podcast.svg"
    icon.write_text(SVG, encoding="utf-8")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Podcast", True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(icon), ""))

    button = window.palette.findChild(QPushButton, "add_channel")
    button.click()

    assert [(c.name, c.icon) for c in window.doc.channels] == [("Podcast", SVG)]
    assert window.names()[-1] == "Podcast"
    assert window.said[-1] == "Added the channel “Podcast”."
    window.session.undo_stack.undo()
    assert window.doc.channels == [] and "Podcast" not in window.names()


def test_a_file_that_is_too_big_or_not_svg_is_refused_with_its_name(
    open_window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(new_map("five-phases", "en"))
    big = tmp_path / "huge.svg"
    big.write_text(SVG.replace("<rect", "<!--" + "x" * 40_000 + "--><rect"), encoding="utf-8")
    photo = tmp_path / "photo.svg"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n not an svg")
    chosen = iter([str(big), str(photo)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Podcast", True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))
    button = window.palette.findChild(QPushButton, "add_channel")

    button.click()
    assert window.said[-1] == "huge.svg is 39 KiB; an icon may be at most 32 KiB."
    button.click()
    assert window.said[-1] == "photo.svg is not an SVG image."
    assert window.doc.channels == []


def test_a_name_already_used_is_refused(open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("youtube", True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("asked"))
    window.palette.findChild(QPushButton, "add_channel").click()
    assert window.said[-1] == "This map already has a channel called “youtube”."


def test_renaming_and_deleting_a_custom_channel_from_its_menu(open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    youtube = next(c.id for c in window.doc.channels if c.name == "YouTube")
    cards = [tp.id for tp in window.doc.touchpoints if tp.channel == youtube]
    assert cards
    listing = window.channel_list()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("YouTube videos", True))

    menu = window.palette.menu_for(listing.findItems("YouTube", Qt.MatchFlag.MatchExactly)[0])
    next(a for a in menu.actions() if a.objectName() == "rename_channel").trigger()
    assert "YouTube videos" in window.names()
    assert window.doc.channel_name(youtube) == "YouTube videos"

    item = listing.findItems("YouTube videos", Qt.MatchFlag.MatchExactly)[0]
    menu = window.palette.menu_for(item)
    next(a for a in menu.actions() if a.objectName() == "delete_channel").trigger()
    assert "YouTube videos" not in window.names()
    assert all(window.doc.touchpoint(i).channel is None for i in cards)
    window.session.undo_stack.undo()
    assert all(window.doc.touchpoint(i).channel == youtube for i in cards)


def test_built_in_channels_have_no_menu(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    listing = window.channel_list()
    rect = listing.visualItemRect(listing.item(0))
    listing.customContextMenuRequested.emit(rect.center())
    assert window.palette.last_menu is None


def test_enter_on_a_channel_gives_it_to_the_selected_cards(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(load(sample_map("en")))
    window.palette.set_selection(window.scene.selected_touchpoints)
    ids = [tp.id for tp in window.doc.touchpoints_in_journey_order()[:2]]
    listing = window.channel_list()
    listing.setCurrentItem(listing.findItems("Chatbot", Qt.MatchFlag.MatchExactly)[0])

    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert window.said[-1] == (
        "Select cards to give them this channel, or drag it onto a card lane."
    )

    window.scene.select_only(ids)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert [window.doc.touchpoint(i).channel for i in ids] == ["chatbot", "chatbot"]
    assert window.session.undo_stack.undoText() == "Set the channel of 2 cards to Chatbot"
    window.session.undo_stack.undo()
    assert [window.doc.touchpoint(i).channel for i in ids] == ["word_of_mouth", "paid_ads"]


def test_icons_follow_the_text_colour_of_a_dark_theme(open_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    window = open_window(new_map("five-phases", "en"))
    listing = window.channel_list()

    def darkest_and_lightest() -> tuple[int, int]:
        image = listing.item(0).icon().pixmap(44, 44).toImage()
        values = [
            QColor(image.pixel(x, y)).lightness()
            for x in range(image.width())
            for y in range(image.height())
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
        ]
        return min(values), max(values)

    assert darkest_and_lightest()[0] < 100
    dark = QPalette(window.palette.palette())
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    window.palette.setPalette(dark)
    assert darkest_and_lightest()[0] > 150


def test_a_drag_that_comes_in_over_the_lane_names_still_drops_on_a_card_lane(open_window) -> None:  # type: ignore[no-untyped-def]
    # Qt sends no move events to a widget that refused the drag's entry, so a channel
    # dragged in from the palette (on the left, over the lane names) must be let in there.
    window = open_window(load(sample_map("en")))
    before = len(window.doc.touchpoints)
    mime = window.drag_data("Chatbot")
    viewport = window.view.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    edge = QPoint(3, viewport.height() // 2)  # the left edge of the map: no card lane there
    enter = QDragEnterEvent(edge, copy, mime, left, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    assert not window.scene.indicator.isVisible()
    assert drag_over(window.view, mime, window.lane_cell("Customer service", 2))
    assert len(window.doc.touchpoints) == before + 1


def test_switching_the_maps_language_renames_the_built_in_channels_but_a_title_does_not_rebuild(
    open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.model import commands as cmd

    window = open_window(load(sample_map("en")))
    rebuilt: list[int] = []
    original = ChannelPalette.refresh
    monkeypatch.setattr(
        ChannelPalette, "refresh", lambda self: (rebuilt.append(1), original(self))[1]
    )
    doc = window.session.document
    window.session.push(cmd.edit(doc, "map", doc.id, title="Renamed"), merge=False)
    assert rebuilt == [] and window.names()[0] == "Website"
    window.session.push(cmd.edit(doc, "map", doc.id, language="fr"), merge=False)
    assert rebuilt == [1] and window.names()[0] == "Site web"
