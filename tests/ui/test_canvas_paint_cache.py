"""The canvas keeps long lanes and curves as pixmaps: a repaint copies them, and the user
sees the same picture as when everything is drawn afresh."""

import importlib.util
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import card_centre, drag
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem

from app.export.qt import draw
from app.export.qt.draw import qrect
from app.layout.geometry import Point
from app.model import commands as cmd
from app.model.fileformat import save
from app.ui.canvas import view as canvas_view
from app.ui.main_window import MainWindow

BIG_MAP = Path(__file__).resolve().parents[2] / "scripts" / "make_big_map.py"
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.canvas.viewport().repaint()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[Any]]:
    """Record the calls of a drawing function of ``app.export.qt.draw`` (what items paint)."""

    def count(name: str) -> list[Any]:
        calls: list[Any] = []
        original = getattr(draw, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls.append(args)
            return original(*args, **kwargs)

        monkeypatch.setattr(draw, name, wrapper)
        return calls

    return count


@pytest.fixture
def big_map_file(tmp_path: Path) -> Iterator[Path]:
    """A 200-card map with every framework lane (scripts/make_big_map.py)."""
    spec = importlib.util.spec_from_file_location("make_big_map", BIG_MAP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = module.big_map(200, 8, phases=20, all_framework_lanes=True)
    path = tmp_path / "big.journey"
    save(doc, path)
    yield path


def test_a_repaint_that_changes_nothing_copies_lanes_and_curves(
    make_window: Any, counted: Callable[[str], list[Any]]
) -> None:
    window = make_window()
    settle(window)
    scene = window.scene
    assert all(item.cacheMode() == CACHED for item in scene.curves.values())
    assert all(item.cacheMode() == CACHED for item in scene.framework.values())
    curves, texts = counted("draw_curve"), counted("draw_framework")

    window.canvas.viewport().repaint()  # e.g. a tooltip went away

    assert curves == [] and texts == []

    # The dark theme is drawn afresh in its own colours.
    window.set_theme("dark")
    settle(window)
    shown = {item.curve.persona_id for item in scene.curves.values() if item.isVisible()}
    assert {call[1].persona_id for call in curves} == shown
    assert texts
    curves.clear()
    texts.clear()
    window.canvas.viewport().repaint()
    assert curves == [] and texts == []


def test_the_picture_is_the_one_drawn_without_pixmaps(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(size=(900, 700))
    doc = window.document
    first = doc.touchpoints_in_journey_order()[0]
    window.scene.select_only([first.id])
    window.session.push(cmd.edit(doc, "touchpoints", first.id, title="A new title"))
    settle(window)
    window.canvas.viewport().repaint()
    cached = window.canvas.viewport().grab().toImage()

    monkeypatch.setattr(window.canvas, "budget_caches", lambda: None)
    window.scene.set_cached(False, False)
    settle(window)
    direct = window.canvas.viewport().grab().toImage()

    assert largest_difference(cached, direct) <= 8  # antialiased edges blended once more


def test_cards_a_drop_moves_keep_their_pictures_and_look_as_drawn_afresh(
    make_window: Any, counted: Callable[[str], list[Any]], qtbot: Any
) -> None:
    window = make_window(size=(1600, 800))  # the canvas shows the first two phases at 100 %
    # At 100 %, a column is a whole number of pixels: Qt moves a card's pixmap as it is
    # (at other zooms, one that would land between pixels is drawn again).
    window.canvas.actual_size()
    window.canvas.horizontalScrollBar().setValue(0)
    settle(window)
    doc, scene = window.document, window.scene
    first = doc.touchpoints_in_journey_order()[0]
    cards = counted("draw_card")

    # The columns after the first card, to the end of the second phase, move one place left.
    window.session.push(cmd.move_touchpoints(doc, [first.id], doc.phases[1].id, first.lane_id))
    settle(window)

    moved = {key for key, item in scene.cards.items() if item.home != QPointF(0, 0)}
    assert len(moved) >= 3
    assert first.id not in moved  # in another phase: drawn in that phase's colour
    drawn = {call[1].touchpoint_id for call in cards}
    assert first.id in drawn
    assert drawn.isdisjoint(moved)  # moved pictures, not drawn again
    for key in moved:
        item = scene.cards[key]
        assert item.sceneBoundingRect() == item.bounds_of(item.box)
    shown = window.canvas.viewport().grab().toImage()

    scene.start_over()
    scene.show_document(doc)
    settle(window)
    assert all(item.home == QPointF(0, 0) for item in scene.cards.values())
    assert largest_difference(shown, window.canvas.viewport().grab().toImage()) <= 8

    # Moved back by the undo, a card dragged and then let go with Escape goes back there.
    window.session.undo_stack.undo()
    settle(window)
    key = next(key for key in moved if _in_view(window, scene.cards[key].box.rect))
    item = scene.cards[key]
    assert item.home != QPointF(0, 0)
    before = item.sceneBoundingRect()
    start = card_centre(window, key)
    drag(window.canvas, start, QPointF(start.x() + 150, start.y() + 60), release=False)
    assert item.sceneBoundingRect() != before
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    drag(window.canvas, start, QPointF(start.x(), start.y() + 1), steps=1)
    assert window.session.undo_stack.index() == 0
    assert item.sceneBoundingRect() == before == item.bounds_of(item.box)


def _in_view(window: MainWindow, rect: Any) -> bool:
    view = window.canvas
    return view.mapToScene(view.viewport().rect()).boundingRect().contains(qrect(rect))


def test_a_change_along_the_whole_map_draws_only_what_is_in_view(
    make_window: Any, big_map_file: Path, counted: Callable[[str], list[Any]]
) -> None:
    window = make_window(big_map_file, size=(1200, 900))
    settle(window)
    doc = window.document
    texts = counted("draw_framework")
    first = doc.touchpoints_in_journey_order()[0]

    # Every column moves one place to the left: every framework lane changes along its length.
    window.session.push(cmd.move_touchpoints(doc, [first.id], doc.phases[-1].id, first.lane_id))
    settle(window)

    view = window.canvas
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    drawn: list[Any] = [box for call in texts for box in call[1]]
    assert drawn
    assert all(_near(box.text.rect, seen) for box in drawn)
    shown = sum(len(item.content.items) for item in window.scene.framework.values())
    assert len(drawn) < shown / 4


def test_curves_are_drawn_directly_when_their_pixmaps_would_take_too_much_memory(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    settle(window)
    assert window.scene.cache_curves

    monkeypatch.setattr(canvas_view, "CURVE_CACHE_BYTES", 1000)
    window.canvas.zoom_in()
    settle(window)

    assert not window.scene.cache_curves
    assert all(item.cacheMode() != CACHED for item in window.scene.curves.values())
    assert all(item.cacheMode() == CACHED for item in window.scene.framework.values())


def _near(rect: Any, seen: QRectF) -> bool:
    """Whether a layout rectangle reaches into (or right beside) the visible area."""
    return bool(rect.x + rect.w >= seen.left() - 50 and rect.x <= seen.right() + 50)


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of a colour channel between two images of the same size."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    width, line = a.width() * 4, a.bytesPerLine()
    left, right = bytes(a.constBits()), bytes(b.constBits())
    largest = 0
    for y in range(a.height()):
        row_a: Sequence[int] = left[y * line : y * line + width]
        row_b: Sequence[int] = right[y * line : y * line + width]
        if row_a != row_b:
            largest = max(largest, max(abs(p - q) for p, q in zip(row_a, row_b, strict=True)))
    return largest


def test_a_curve_item_reads_the_layouts_points_and_a_preview_moves_one(make_window: Any) -> None:
    window = make_window()
    scene = window.scene
    assert scene.layout is not None
    curve = scene.layout.curves[0]
    item = scene.curves[curve.persona_id]
    # Not a copy: a curve may have 10,000 points.
    assert item.points.points is curve.points
    assert list(item.points) == [(p.point.x, p.point.y) for p in curve.points]

    moved = Point(curve.points[1].point.x, curve.points[1].point.y + 20)
    item.preview(1, moved, list(curve.segments), scene.layout.scales[0].plot)
    assert item.points[1] == (moved.x, moved.y)
    assert item.points[0:3][1] == (moved.x, moved.y)
    assert item.points[0] == (curve.points[0].point.x, curve.points[0].point.y)

    item.reset()
    assert list(item.points) == [(p.point.x, p.point.y) for p in curve.points]


def fresh_picture(window: MainWindow) -> QImage:
    """The canvas drawn with every cached pixmap dropped first."""
    scene = window.scene
    for table in (scene.framework, scene.metrics, scene.curves, scene.cards):
        for item in table.values():
            item.setCacheMode(item.cacheMode())  # drops its pixmaps
    window.canvas.viewport().repaint()
    return window.canvas.viewport().grab().toImage()


@pytest.mark.parametrize("how", ["theme", "rename", "grow"])
def test_what_changes_while_the_map_scrolls_is_drawn_anew(make_window: Any, how: str) -> None:
    window = make_window(size=(900, 700))
    view, doc = window.canvas, window.document
    # Solid curves: a dashed one's dashes start where a repaint starts (scrolled or not).
    for persona in doc.personas:
        window.session.push(cmd.edit(doc, "personas", persona.id, dash="solid"))
    view.zoom_in()
    settle(window)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > bar.value() + 200
    card = doc.touchpoints_in_journey_order()[2]

    # An edit, and the map scrolls before the canvas is painted again.
    if how == "theme":
        window.set_theme("dark")
    elif how == "rename":  # a card's texts in the framework lanes change
        window.session.push(cmd.edit(doc, "touchpoints", card.id, pain_points=["Changed"]))
    else:  # a curve reaches further than before: its bounding rectangle grows
        item = window.scene.curves[doc.personas[0].id]
        before = item.boundingRect()
        low = min(doc.touchpoints, key=lambda t: t.emotions.get(item.element_id, 9))
        value = -2.0 if low.emotions[item.element_id] > -2 else 2.0
        high = max(doc.touchpoints, key=lambda t: t.emotions.get(item.element_id, -9))
        target = low if value == -2.0 else high
        window.session.push(cmd.set_emotion(doc, target.id, item.element_id, value))
        assert not before.contains(item.boundingRect())
    bar.setValue(bar.value() + 137)
    settle(window)
    shown = view.viewport().grab().toImage()

    assert largest_difference(shown, fresh_picture(window)) <= 8
