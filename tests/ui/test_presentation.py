"""Presentation mode: a facilitator walks the room through the map, phase by phase, and edits."""

from collections.abc import Callable, Iterator

import pytest
from conftest import double_click, drag, view_point
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.export.qt.theme import PROJECTOR
from app.model import commands as cmd
from app.model.document import Touchpoint
from app.ui.main_window import MainWindow
from app.ui.presentation import LEGIBLE_PX, Presentation, audience_screen, phase_zoom
from app.ui.presentation import mode as presentation_module

SCREEN = QSize(1920, 1080)
Key = Qt.Key


def presentation_of(window: MainWindow) -> Presentation:
    """The window's presentation mode (wired here until the main window creates it itself)."""
    existing = getattr(window, "presentation", None)
    if isinstance(existing, Presentation):
        return existing
    mode = Presentation(window)
    window.presentation = mode  # type: ignore[attr-defined]
    return mode


@pytest.fixture
def present(make_window, qtbot) -> Iterator[Callable[[], tuple[MainWindow, Presentation]]]:  # type: ignore[no-untyped-def]
    """Open the sample at 1920×1080 and start presenting it, as F5 does."""
    started: list[Presentation] = []

    def start() -> tuple[MainWindow, Presentation]:
        window = make_window(size=(1920, 1080))
        mode = enter(qtbot, window)
        started.append(mode)
        return window, mode

    yield start
    for mode in started:
        mode.stop()


def enter(qtbot, window: MainWindow) -> Presentation:  # type: ignore[no-untyped-def]
    """Present (F5), on a 1920×1080 screen."""
    mode = presentation_of(window)
    mode.start()
    assert window.isFullScreen()
    # The window manager sizes a full-screen window (Xvfb has none, offscreen's screen is
    # 800×800): wait a little for it, then make the window the 1080p screen it should fill.
    qtbot.wait(50)
    if window.size() != SCREEN:
        window.resize(SCREEN)
    qtbot.waitUntil(lambda: window.canvas.viewport().size() == SCREEN)
    QApplication.processEvents()
    return mode


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.canvas, key)
    QApplication.processEvents()


def on_screen(window: MainWindow, rect: QRectF) -> QRect:
    """Where a scene rectangle shows in the canvas's viewport (pixels)."""
    return window.canvas.mapFromScene(rect).boundingRect()


def assert_phase_is_legible_and_whole(window: MainWindow, mode: Presentation, index: int) -> None:
    layout = window.scene.layout
    assert layout is not None
    phase = layout.phases[index]
    assert mode.phase_index == index
    viewport = window.canvas.viewport().rect()
    assert viewport.size() == SCREEN
    zoom = window.canvas.zoom()
    phase_ids = {s.touchpoint_id for s in layout.slots if s.phase_id == phase.phase_id}
    cards = [c for c in layout.cards if c.touchpoint_id in phase_ids]
    assert cards, "every phase of the sample has cards"
    # Nothing of this phase hides under the lane names when they are pinned on the left.
    left = layout.lane_header_width * zoom if mode.lane_names_pinned else 0
    for card in cards:
        shown = on_screen(window, QRectF(card.rect.x, card.rect.y, card.rect.w, card.rect.h))
        assert viewport.contains(shown), f"card {card.title.lines} is outside the screen"
        assert shown.left() >= left
        assert card.title.style.size * zoom >= LEGIBLE_PX  # readable from the back of the room
    column = on_screen(window, QRectF(phase.body.x, 0, phase.body.w, 10))
    assert column.left() >= 0 and column.right() <= viewport.right()


def test_presenting_walks_the_sample_phase_by_phase_with_every_key_a_clicker_sends(
    present, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    count = len(window.document.phases)
    assert count == 5
    assert mode.is_active
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(dock.isVisible() for dock in window.panels.docks.values())
    assert_phase_is_legible_and_whole(window, mode, 0)
    seen: list[int] = []
    mode.phase_changed.connect(seen.append)

    for forward, back in (
        (Key.Key_Right, Key.Key_Left),
        (Key.Key_Space, Key.Key_Backspace),
        (Key.Key_PageDown, Key.Key_PageUp),
    ):
        for index in range(1, count):
            press(qtbot, window, forward)
            assert_phase_is_legible_and_whole(window, mode, index)
        press(qtbot, window, forward)  # past the last phase: stays there
        assert mode.phase_index == count - 1
        for index in reversed(range(count - 1)):
            press(qtbot, window, back)
            assert_phase_is_legible_and_whole(window, mode, index)
        press(qtbot, window, back)
        assert mode.phase_index == 0

    press(qtbot, window, Key.Key_End)
    assert_phase_is_legible_and_whole(window, mode, count - 1)
    press(qtbot, window, Key.Key_Home)
    assert_phase_is_legible_and_whole(window, mode, 0)
    for number in range(1, count + 1):
        press(qtbot, window, getattr(Key, f"Key_{number}"))
        assert_phase_is_legible_and_whole(window, mode, number - 1)
    press(qtbot, window, Key.Key_9)  # there is no ninth phase
    assert mode.phase_index == count - 1
    assert seen[:4] == [1, 2, 3, 4]


def test_right_and_left_walk_along_a_phase_wider_than_the_screen_before_moving_on(
    present, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    doc = window.document
    retention = doc.phases[3]
    lane = doc.lanes[0]
    for number in range(7):  # eleven touchpoints: wider than 1920 px at a legible size
        card = Touchpoint(phase_id=retention.id, lane_id=lane.id, title=f"Extra {number}")
        window.session.push(cmd.add_touchpoint(window.document, card))
    press(qtbot, window, Key.Key_4)
    layout = window.scene.layout
    assert layout is not None
    phase = layout.phase(retention.id)
    viewport = window.canvas.viewport().rect()
    assert phase.body.w * window.canvas.zoom() > viewport.width()
    ids = {s.touchpoint_id for s in layout.slots if s.phase_id == retention.id}
    cards = [c.rect for c in layout.cards if c.touchpoint_id in ids]
    shown: set[int] = set()
    for _ in range(5):
        for i, r in enumerate(cards):
            if viewport.contains(on_screen(window, QRectF(r.x, r.y, r.w, r.h))):
                shown.add(i)
        if mode.phase_index != 3:
            break
        press(qtbot, window, Key.Key_Right)
    assert shown == set(range(len(cards)))  # every card of the wide phase was on screen once
    assert mode.phase_index == 4
    press(qtbot, window, Key.Key_Left)
    assert mode.phase_index == 3
    assert on_screen(window, QRectF(phase.body.x, 0, 10, 10)).left() >= 0  # its start again
    press(qtbot, window, Key.Key_Left)
    assert mode.phase_index == 2


def test_backspace_goes_back_and_never_deletes_the_selected_card(present, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    press(qtbot, window, Key.Key_3)
    cards = len(window.document.touchpoints)
    window.scene.select_only([window.document.touchpoints[0].id])
    press(qtbot, window, Key.Key_Backspace)
    assert mode.phase_index == 1
    assert len(window.document.touchpoints) == cards
    assert window.undo_stack.count() == 0


def test_a_line_of_keys_shows_at_the_start_and_the_first_key_hides_it(present, qtbot) -> None:  # type: ignore[no-untyped-def]
    # F5 gave a facilitator no clue that ↓, O, H or Esc did anything.
    from PySide6.QtWidgets import QLabel

    window, mode = present()
    hint = window.canvas.viewport().findChild(QLabel, "presenting_keys")
    assert hint is not None and hint.isVisible()
    assert "O whole map" in hint.text() and "Esc leave" in hint.text()
    shown = window.canvas.viewport().rect()
    assert shown.contains(hint.geometry())
    assert hint.geometry().center().x() == pytest.approx(shown.center().x(), abs=2)
    assert hint.geometry().bottom() > shown.height() * 0.8  # at the bottom, not over a card
    press(qtbot, window, Key.Key_Right)
    assert mode.keys_hint is None and not hint.isVisible()
    mode.stop()
    mode.start()  # shown again each time presenting starts; leaving takes it away
    assert mode.keys_hint is not None and mode.keys_hint.isVisible()
    mode.stop()
    assert mode.keys_hint is None


def test_o_shows_the_whole_map_and_back(present, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    press(qtbot, window, Key.Key_2)
    phase_zoom_shown = window.canvas.zoom()
    press(qtbot, window, Key.Key_O)
    layout = window.scene.layout
    assert layout is not None
    assert mode.overview
    whole = on_screen(window, QRectF(0, 0, layout.width, layout.height))
    assert window.canvas.viewport().rect().contains(whole)
    assert window.canvas.zoom() < phase_zoom_shown
    press(qtbot, window, Key.Key_O)
    assert not mode.overview
    assert window.canvas.zoom() == pytest.approx(phase_zoom_shown)
    assert_phase_is_legible_and_whole(window, mode, 1)
    press(qtbot, window, Key.Key_O)
    press(qtbot, window, Key.Key_Right)  # stepping on leaves the overview
    assert not mode.overview
    assert_phase_is_legible_and_whole(window, mode, 2)


def test_down_scrolls_to_the_emotions_with_the_phase_name_kept_on_top(present, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    press(qtbot, window, Key.Key_3)
    layout = window.scene.layout
    assert layout is not None
    plot = layout.scales[0].plot
    phase = layout.phases[2].body
    emotions = QRectF(phase.x, plot.y, phase.w, plot.h)  # this phase's part of the emotion lane
    viewport = window.canvas.viewport().rect()
    assert not viewport.contains(on_screen(window, emotions))
    assert window.canvas.header_offsets()[1] == 0
    press(qtbot, window, Key.Key_Down)
    press(qtbot, window, Key.Key_Down)
    assert viewport.contains(on_screen(window, emotions))
    assert window.canvas.header_offsets()[1] > 0  # the phase header is pinned on top
    assert mode.phase_index == 2
    press(qtbot, window, Key.Key_Up)
    press(qtbot, window, Key.Key_Up)
    assert window.canvas.header_offsets()[1] == 0


def test_h_switches_to_the_projector_theme_and_back_and_leaving_restores_the_users(
    present, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    users = window.scene.theme
    assert users is window.theme
    press(qtbot, window, Key.Key_H)
    assert window.scene.theme is PROJECTOR
    assert window.scene.backgroundBrush().color() == PROJECTOR.background
    press(qtbot, window, Key.Key_H)
    assert window.scene.theme is users
    press(qtbot, window, Key.Key_H)
    press(qtbot, window, Key.Key_Escape)
    assert not mode.is_active
    assert window.scene.theme is users
    assert window.settings.theme != "projector"


def test_dragging_an_emotion_point_while_presenting_is_kept_and_undoable_after_esc(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1600, 1000))
    window.panels.docks["channels"].hide()
    window.canvas.set_zoom(0.8)
    window.canvas.horizontalScrollBar().setValue(300)
    window.canvas.verticalScrollBar().setValue(120)
    QApplication.processEvents()
    docks = {name: dock.isVisible() for name, dock in window.panels.docks.items()}
    assert docks["inspector"] and not docks["channels"]
    zoom = window.canvas.zoom()
    scroll = (
        window.canvas.horizontalScrollBar().value(),
        window.canvas.verticalScrollBar().value(),
    )
    size = window.size()
    panels = window.saveState()

    mode = enter(qtbot, window)
    doc = window.document
    persona = doc.personas[1]
    card = next(tp for tp in doc.touchpoints if tp.title == "Card declined at MegaSound")
    phase_index = next(i for i, p in enumerate(doc.phases) if p.id == card.phase_id)
    press(qtbot, window, getattr(Key, f"Key_{phase_index + 1}"))
    layout = window.scene.layout
    assert layout is not None
    curve = next(c for c in layout.curves if c.persona_id == persona.id)
    point = next(p for p in curve.points if p.touchpoint_id == card.id)
    scale = layout.scales[0]
    window.canvas.reveal(QRectF(point.point.x - 10, scale.plot.y - 10, 20, scale.plot.h + 20))
    QApplication.processEvents()
    start = view_point(window.canvas, point.point.x, point.point.y)
    end = view_point(window.canvas, point.point.x, scale.y_of(point.value + 1.0) - 2)
    assert window.canvas.viewport().rect().contains(end.toPoint())

    # Esc in the middle of a drag cancels the drag, not the presentation.
    drag(window.canvas, start, end, release=False)
    qtbot.keyClick(window.canvas, Key.Key_Escape)
    QTest.mouseRelease(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert mode.is_active
    assert window.undo_stack.count() == 0

    drag(window.canvas, start, end)
    assert doc.touchpoint(card.id).emotions[persona.id] == point.value + 1.0
    press(qtbot, window, Key.Key_Escape)

    assert not mode.is_active
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: window.size() == size)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert {name: dock.isVisible() for name, dock in window.panels.docks.items()} == docks
    qtbot.waitUntil(lambda: window.saveState() == panels)  # every panel where and as big as it was
    qtbot.waitUntil(
        lambda: (
            (
                window.canvas.horizontalScrollBar().value(),
                window.canvas.verticalScrollBar().value(),
            )
            == scroll
        )
    )
    assert window.canvas.zoom() == pytest.approx(zoom)
    assert window.canvas.horizontalScrollBar().isVisible()
    assert window.document.touchpoint(card.id).emotions[persona.id] == point.value + 1.0
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.touchpoint(card.id).emotions[persona.id] == point.value


def test_adding_and_renaming_a_card_while_presenting_and_ctrl_z_undoes_it(present, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, mode = present()
    press(qtbot, window, Key.Key_1)
    layout = window.scene.layout
    assert layout is not None
    phase = layout.phases[0]
    support = next(lane for lane in window.document.lanes if lane.name == "Customer service")
    lane = layout.lane(support.id)
    assert lane is not None
    spot = view_point(window.canvas, phase.header.x + 10, lane.band.centre_y)
    assert window.canvas.viewport().rect().contains(spot.toPoint())
    cards = len(window.document.touchpoints)

    double_click(window.canvas, spot)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Key.Key_Escape)  # Esc in the title editor: no card, still presenting
    assert mode.is_active
    assert len(window.document.touchpoints) == cards
    double_click(window.canvas, spot)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Key.Key_Return)  # kept with its default title
    assert len(window.document.touchpoints) == cards + 1
    added = window.scene.selected_touchpoints()[0]

    qtbot.keyClick(window.canvas, Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Guitar shop window")
    qtbot.keyClick(editor, Key.Key_Return)
    assert window.document.touchpoint(added).title == "Guitar shop window"
    assert mode.is_active

    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.touchpoint(added).title != "Guitar shop window"
    qtbot.keyClick(window.canvas, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.touchpoints) == cards
    assert mode.is_active


def test_quitting_while_presenting_remembers_the_editors_panels_not_the_full_screen(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panels = bytes(window.saveState().toBase64().data()).decode("ascii")
    mode = enter(qtbot, window)
    window.close()
    assert not mode.is_active
    assert window.settings.panels == panels


def test_the_phase_zoom_keeps_titles_legible_and_fits_small_maps() -> None:
    from app.model.fileformat import load
    from app.resources import sample_map
    from app.ui.canvas.scene import JourneyScene

    scene = JourneyScene()
    layout = scene.show_document(load(sample_map("en")))
    size = min(c.title.style.size for c in layout.cards)
    for phase in layout.phases:
        zoom = phase_zoom(layout, phase, SCREEN)
        assert size * zoom >= LEGIBLE_PX
        assert zoom < 1.01 * LEGIBLE_PX / size  # the sample is tall: no bigger than needed
    # On a huge wall screen the phase fills it, titles then larger still.
    big = phase_zoom(layout, layout.phases[0], QSize(7680, 4320))
    assert big > LEGIBLE_PX / size * 1.5
    scene.deleteLater()


class FakeScreen:
    def __init__(self, name: str, width: int, height: int) -> None:
        self.name, self.size = name, QSize(width, height)

    def geometry(self) -> QRect:
        return QRect(0, 0, self.size.width(), self.size.height())


def test_with_two_screens_the_audience_gets_the_one_without_the_editor() -> None:
    laptop, projector, monitor = (
        FakeScreen("laptop", 1920, 1200),
        FakeScreen("projector", 1920, 1080),
        FakeScreen("monitor", 2560, 1440),
    )
    assert audience_screen([laptop], laptop) is None
    assert audience_screen([laptop, projector], laptop) is projector
    assert audience_screen([projector, laptop], laptop) is projector
    assert audience_screen([laptop, projector], projector) is laptop
    assert audience_screen([laptop, projector, monitor], laptop) is monitor  # the largest other


def test_with_a_second_screen_the_editor_stays_and_says_what_is_showing(
    make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # This machine has one screen: pretend it is the second one, to open the audience window.
    monkeypatch.setattr(
        presentation_module, "audience_screen", lambda s, e: QGuiApplication.primaryScreen()
    )
    window = make_window()
    mode = presentation_of(window)
    mode.start()
    audience = mode.audience
    assert audience is not None
    qtbot.waitUntil(audience.isVisible)
    audience.resize(SCREEN)
    qtbot.waitUntil(lambda: audience.view.viewport().size() == SCREEN)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()
    assert window.panels.docks["inspector"].isVisible()
    label = window.statusBar().findChild(QLabel, "now_showing")
    assert label is not None and label.isVisible()
    assert label.text() == "Now showing: Awareness"
    assert audience.view.scene() is window.scene

    qtbot.keyClick(audience.view, Key.Key_Right)
    assert mode.phase_index == 1
    assert label.text() == "Now showing: Consideration"
    zoom = audience.view.zoom()
    assert min(c.title.style.size for c in window.scene.layout.cards) * zoom >= LEGIBLE_PX
    qtbot.keyClick(window.canvas, Key.Key_O)  # the presenter's keys work in the editor too
    assert label.text() == "Now showing: the whole map"
    qtbot.keyClick(audience.view, Key.Key_Escape)
    assert not mode.is_active
    qtbot.waitUntil(lambda: window.findChild(QLabel, "now_showing") is None)
    assert window.menuBar().isVisible()


def test_preferences_choose_how_presenting_starts(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """From the first phase, on the overview, in the projector theme (Edit ▸ Preferences)."""
    window = make_window(size=(1920, 1080))
    mode = enter(qtbot, window)
    press(qtbot, window, Key.Key_3)
    press(qtbot, window, Key.Key_Escape)
    assert not mode.is_active and mode.phase_index == 2
    window.settings.present_from_first_phase = True
    window.settings.present_overview = True
    window.settings.present_high_contrast = True
    users = window.scene.theme

    enter(qtbot, window)
    assert mode.phase_index == 0
    assert mode.overview
    assert window.scene.theme is PROJECTOR
    press(qtbot, window, Key.Key_Escape)
    assert window.scene.theme is users
