"""Polish found by QA: what a designer notices at 1280×800, in the dark, with the keyboard."""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.model.fileformat import load
from app.resources import sample_map
from app.ui.inspector import Inspector
from app.ui.main_window import MainWindow
from app.ui.personas_panel import PersonasPanel
from app.ui.session import DocumentSession
from app.ui.structure_menus import lane_menu, phase_menu

LEFT = Qt.MouseButton.LeftButton
DOCK_WIDTH = 320
"""The inspector dock's width on a 1280×800 screen."""


class NarrowInspector:
    """The inspector as wide as its dock on a small screen, on a copy of the sample map."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.session = DocumentSession(load(sample_map("en")))
        self.inspector = Inspector()
        qtbot.addWidget(self.inspector)
        self.inspector.set_session(self.session)
        self.inspector.resize(DOCK_WIDTH, 760)
        with qtbot.waitActive(self.inspector):
            self.inspector.show()
            self.inspector.activateWindow()

    def form(self) -> QWidget:
        form = self.inspector.scroll_area.widget()
        assert form is not None
        return form

    def field(self, name: str, kind: type[QWidget] = QWidget) -> QWidget:
        widget = self.inspector.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} called {name!r}"
        self.inspector.scroll_area.ensureWidgetVisible(widget)
        return widget

    def overflow(self) -> int:
        """By how many pixels the form is wider than what the dock shows (0: it fits)."""
        QApplication.processEvents()
        viewport = self.inspector.scroll_area.viewport().width()
        return max(0, self.form().minimumSizeHint().width() - viewport)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def narrow(qtbot: QtBot) -> Iterator[NarrowInspector]:
    harness = NarrowInspector(qtbot)
    yield harness
    harness.session.undo_stack.clear()


def test_adding_a_metric_in_a_narrow_inspector_keeps_the_card_form_within_the_dock(
    narrow: NarrowInspector,
) -> None:
    narrow.inspector.show_cards([narrow.session.document.touchpoints[0].id])
    assert narrow.overflow() == 0

    narrow.qtbot.mouseClick(narrow.field("add_metric", QPushButton), LEFT)
    assert narrow.field("new_metric_name", QLineEdit).isVisible()

    assert narrow.overflow() == 0


def test_several_cards_selected_fit_a_narrow_inspector_with_whole_score_boxes(
    narrow: NarrowInspector,
) -> None:
    ids = [tp.id for tp in narrow.session.document.touchpoints[:3]]
    narrow.inspector.show_cards(ids)

    assert narrow.overflow() == 0
    box = narrow.field(f"emotion:{narrow.session.document.personas[0].id}")
    assert box.text() == "Several values"  # type: ignore[attr-defined]
    # Wide enough for its text and its arrows.
    assert box.width() >= box.sizeHint().width()


def test_tab_from_the_last_score_box_leaves_the_card_form_instead_of_going_back_up(
    narrow: NarrowInspector,
) -> None:
    doc = narrow.session.document
    narrow.inspector.show_cards([doc.touchpoints[0].id])
    first_metric = narrow.field(f"metric:{doc.metrics[0].id}", QLineEdit)
    narrow.qtbot.mouseClick(first_metric, LEFT, pos=QPoint(4, first_metric.height() // 2))
    assert first_metric.hasFocus()

    visited: list[str] = []
    for _ in range(len(doc.metrics) + len(doc.personas) + 1):
        narrow.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(focused().objectName())

    metrics = [f"metric:{m.id}" for m in doc.metrics]
    scores = [f"emotion:{p.id}" for p in doc.personas]
    assert visited[: len(metrics) - 1] == metrics[1:]
    assert visited[len(metrics) - 1] == "add_metric"
    assert visited[len(metrics) : len(metrics) + len(scores)] == scores
    # The form is over: Tab does not jump back up to a metric or any field above.
    narrow.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused().objectName() not in metrics


# -- the canvas ------------------------------------------------------------------------------


def _shift_wheel(window: MainWindow, notches: int) -> None:
    """Shift + mouse wheel over the map: it scrolls along the journey."""
    viewport = window.canvas.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ShiftModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_emotion_faces_stay_in_the_pinned_lane_header_when_the_map_scrolls_sideways(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(size=(1280, 800))
    canvas = window.canvas
    canvas.set_zoom(1.0)
    layout = canvas.journey_scene.layout
    assert layout is not None
    scale = layout.scales[0]
    header = next(lane.header for lane in layout.lanes if lane.lane_id == scale.lane_id)
    canvas.reveal(QRectF(header.x, header.y, header.w, header.h))

    _shift_wheel(window, 6)
    QApplication.processEvents()
    dx, _ = canvas.header_offsets()
    assert dx > header.w  # the lane's own header has scrolled out of sight

    image = canvas.viewport().grab().toImage()
    background = canvas.journey_scene.theme.header
    for value, y in scale.ticks:
        # Where the face sits in the pinned header, at the view's left edge.
        centre = canvas.mapFromScene(QPointF(header.right - 19 + dx, y))
        face = [
            QColor(image.pixel(centre.x() + i, centre.y() + j))
            for i in range(-7, 8)
            for j in range(-7, 8)
        ]
        drawn = [c for c in face if c != background]
        assert len(drawn) > 20, f"no face at score {value:+g}"


def test_a_phase_wider_than_the_view_keeps_its_name_in_sight_as_the_map_scrolls(
    make_window: Callable[..., MainWindow],
) -> None:
    from app.export.qt.draw import readable_on

    window = make_window(size=(1280, 800))
    canvas = window.canvas
    layout = canvas.journey_scene.layout
    assert layout is not None
    phase = max(layout.phases, key=lambda p: p.header.w)
    shown = canvas.viewport().width() - 40
    canvas.set_zoom(2.5 * shown / phase.header.w)  # the phase is 2.5 views wide
    ink = readable_on(QColor(phase.colour))

    def name_pixels() -> int:
        """Pixels of the name's colour in the part of the phase's header in view."""
        QApplication.processEvents()
        image = canvas.viewport().grab().toImage()
        top = canvas.mapFromScene(QPointF(phase.header.x, phase.header.y + 8)).y()
        bottom = canvas.mapFromScene(QPointF(phase.header.x, phase.header.bottom - 8)).y()
        left = max(0, canvas.mapFromScene(QPointF(phase.header.x, 0)).x())
        right = min(image.width(), canvas.mapFromScene(QPointF(phase.header.right, 0)).x())
        return sum(
            QColor(image.pixel(x, y)) == ink
            for x in range(left, right)
            for y in range(max(0, top), min(image.height(), bottom))
        )

    # The phase's start at the view's left (past the lane names): its centred name is far right.
    canvas.centerOn(phase.header.x - layout.lane_header_width + canvas.width() / canvas.zoom() / 2,
                    phase.header.centre_y)  # fmt: skip
    sliding = dict((p.phase_id, shift) for p, shift in canvas.sliding_phase_names())
    assert sliding.get(phase.phase_id, 0) < 0  # brought back left, into the view
    assert name_pixels() > 30
    # Scrolled on to the phase's end: the name follows from the other side.
    canvas.centerOn(phase.header.right - canvas.width() / canvas.zoom() / 2, phase.header.centre_y)
    sliding = dict((p.phase_id, shift) for p, shift in canvas.sliding_phase_names())
    assert sliding.get(phase.phase_id, 0) > 0
    assert name_pixels() > 30
    # Where the centred name is in view (clear of the pinned lane names), it stays there.
    canvas.centerOn(phase.header.centre_x - layout.lane_header_width / 2, phase.header.centre_y)
    assert phase.phase_id not in {p.phase_id for p, _ in canvas.sliding_phase_names()}


# -- the dark theme --------------------------------------------------------------------------


def _lightness_at(widget: QWidget, x: int, y: int) -> int:
    return QColor(widget.grab().toImage().pixel(x, y)).lightness()


def _contrasts(window: MainWindow) -> tuple[int, int, int]:
    """How much a field, a list's blank part and a check box's box stand out from the panel."""
    inspector = window.findChild(Inspector)
    assert inspector is not None
    inspector.show_cards([window.document.touchpoints[2].id])
    title = inspector.findChild(QLineEdit, "title")
    check = inspector.findChild(QCheckBox, "moment_of_truth")
    assert title is not None and check is not None
    inspector.scroll_area.ensureWidgetVisible(check)
    QApplication.processEvents()
    panel = _lightness_at(inspector, 2, inspector.height() - 2)
    field = _lightness_at(title, title.width() - 6, title.height() // 2)
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    inside = _lightness_at(check, box.center().x() + 2, box.center().y() + 2)
    personas = window.findChild(PersonasPanel)
    assert personas is not None
    persona_list = personas.list
    empty = persona_list.viewport()
    blank = _lightness_at(empty, empty.width() - 4, empty.height() - 4)
    return abs(field - panel), abs(blank - panel), abs(inside - panel)


def test_in_the_dark_theme_fields_lists_and_check_boxes_stand_out_as_in_the_light_one(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(size=(1280, 800))
    light = _contrasts(window)
    window.set_theme("dark")
    try:
        dark = _contrasts(window)
    finally:
        window.set_theme("light")
    for what, seen, in_light in zip(("field", "list", "check box"), dark, light, strict=True):
        assert seen >= max(10, in_light * 0.6), f"a {what} melts into the dark panel"


def test_the_persona_colour_button_follows_the_theme_like_its_neighbours(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(size=(1280, 800))
    personas = window.findChild(PersonasPanel)
    assert personas is not None
    personas.list.setCurrentRow(0)
    colour, add = personas.buttons["persona_colour"], personas.buttons["add_persona"]
    try:
        for theme in ("dark", "light", "dark"):
            window.set_theme(theme)
            QApplication.processEvents()
            assert _lightness_at(colour, 4, colour.height() // 2) == _lightness_at(
                add, 4, add.height() // 2
            ), f"the colour button's background is not the {theme} theme's"
    finally:
        window.set_theme("light")


# -- wording ---------------------------------------------------------------------------------

SMALL_WORDS = {"a", "an", "the", "at", "to", "of", "in", "on", "and", "or", "as", "by", "for"}


def _not_title_case(menu: QMenu) -> list[str]:
    """The items of ``menu`` (and its submenus) not written in Title Case."""
    wrong = []
    for action in menu.actions():
        if action.isSeparator() or action.text().endswith("."):
            continue  # a disabled sentence saying why a choice is not offered
        if action.objectName().startswith(("kind:framework:", "kind:metric:")):
            continue  # a card field's or a metric's own name, not a command
        text = action.text().replace("&", "")
        words = [w for w in text.replace("-", " ").replace("(", " ").split() if w[0].isalpha()]
        if any(w[0].islower() and (i == 0 or w not in SMALL_WORDS) for i, w in enumerate(words)):
            wrong.append(text)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            wrong += _not_title_case(submenu)
    return wrong


def test_phase_lane_and_persona_menus_are_in_title_case_like_the_main_menus(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(size=(1280, 800))
    doc = window.document
    personas = window.findChild(PersonasPanel)
    assert personas is not None
    session = window.session
    assert session is not None
    emotion_lane = next(lane for lane in doc.lanes if lane.kind == "emotion")
    menus = [
        phase_menu(window, session, doc.phases[1].id),
        lane_menu(window, session, doc.lanes[0].id),
        lane_menu(window, session, emotion_lane.id),
        personas.persona_menu(doc.personas[0].id),
    ]
    assert "Insert Phase Before" in [a.text() for a in menus[0].actions()]
    for menu in menus:
        assert _not_title_case(menu) == []


def test_a_first_window_gives_the_inspector_the_width_its_forms_are_made_for(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    # The Insights panel is hidden with its tab behind Personas; a dock whose own widget is
    # hidden kept the whole right column at 185 px, so the inspector's forms were cut off
    # at their right edge on every first start, and the column could not be widened.
    for size in ((1280, 800), (1920, 1080)):
        path = tmp_path / f"{size[0]}.journey"  # one map per window: no "open elsewhere"
        shutil.copy(sample_map("en"), path)
        window = make_window(path, size=size)
        dock = window.panels.docks["inspector"]
        assert not window.panels.insights.isVisible()  # behind its tab, computing nothing
        assert dock.width() >= DOCK_WIDTH, size
        window.resizeDocks([dock], [DOCK_WIDTH + 200], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        assert dock.width() >= DOCK_WIDTH + 190, size
        window.panels.inspector.show_map()
        QApplication.processEvents()
        scroll = window.panels.inspector.scroll_area
        form = scroll.widget()
        assert form is not None
        assert form.minimumSizeHint().width() <= scroll.viewport().width()  # nothing cut off


def test_a_metric_added_with_enter_leaves_the_focus_on_its_value_not_on_a_score(
    narrow: NarrowInspector,
) -> None:
    # The little form hid itself with the focus in it: Qt gave the focus to a persona's
    # score box with its text selected, so the next keys typed changed that score.
    doc = narrow.session.document
    narrow.inspector.show_cards([doc.touchpoints[0].id])
    narrow.qtbot.mouseClick(narrow.field("add_metric", QPushButton), LEFT)
    narrow.qtbot.keyClicks(narrow.field("new_metric_name", QLineEdit), "Basket size")
    value = narrow.field("new_metric_value", QLineEdit)
    narrow.qtbot.keyClicks(value, "240")
    narrow.qtbot.keyClick(value, Qt.Key.Key_Return)
    added = doc.metrics[-1]
    assert added.name == "Basket size"
    assert focused().objectName() == f"metric:{added.id}"
    scores = {p.id: doc.touchpoints[0].emotions.get(p.id) for p in doc.personas}
    narrow.qtbot.keyClicks(focused(), "5")
    assert {p.id: doc.touchpoints[0].emotions.get(p.id) for p in doc.personas} == scores
