"""A designer draws a metric lane as a line, gives the metric a target, and exports it.

The edits go through the inspector's real widgets (key and mouse events); the
canvas shows what the scene's layout holds; the PDF and PNG exports draw the same.
"""

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.export.colours import LIGHT
from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.export.raster import MARGIN, export_png, prepare
from app.layout.model import MetricPlot
from app.model.document import JourneyMap
from app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def export_helpers() -> ModuleType:
    """tests/export/conftest.py (its name clashes with tests/ui/conftest.py on import)."""
    path = Path(__file__).parents[1] / "export" / "conftest.py"
    spec = importlib.util.spec_from_file_location("export_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def open_sample(qtbot, make_window) -> MainWindow:
    """The sample map in a main window that has the keyboard focus."""
    window: MainWindow = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def document(window: MainWindow) -> JourneyMap:
    """The map open in ``window``."""
    assert window.session is not None
    return window.session.document


def shown_plot(window: MainWindow, lane_id: str) -> MetricPlot:
    """How the canvas's layout plots a metric lane."""
    assert window.scene.layout is not None
    return window.scene.layout.metric_plots[lane_id]


def conversion(window: MainWindow) -> tuple[str, str]:
    """The Conversion rate metric's id and its lane's id."""
    doc = document(window)
    metric = next(m for m in doc.metrics if m.name == "Conversion rate")
    lane = next(lane for lane in doc.lanes if lane.metric_id == metric.id)
    return metric.id, lane.id


def field(window: MainWindow, kind: type, name: str):
    inspector = window.panels.inspector
    widget = inspector.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} called {name!r}"
    inspector.scroll_area.ensureWidgetVisible(widget)
    return widget


def switch_to_line(qtbot, window: MainWindow, lane_id: str) -> None:
    window.panels.inspector.show_element("lanes", lane_id)
    chart = field(window, QComboBox, "chart")
    assert chart.isVisible() and chart.currentText() == "Bars"
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.currentText() == "Line"


def type_target(qtbot, window: MainWindow, metric_id: str, text: str) -> QLineEdit:
    window.panels.inspector.show_map()
    target = field(window, QLineEdit, f"metric_target:{metric_id}")
    qtbot.mouseClick(target, LEFT, pos=QPoint(8, target.height() // 2))
    assert target.hasFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(target, text)
    return target


def test_a_metric_lane_becomes_a_line_with_a_target_in_one_step_each(qtbot, make_window) -> None:
    window = open_sample(qtbot, make_window)
    metric_id, lane_id = conversion(window)
    steps = window.undo_stack.count()

    switch_to_line(qtbot, window, lane_id)
    assert document(window).lane(lane_id).chart == "line"
    assert window.undo_stack.count() == steps + 1
    plot = shown_plot(window, lane_id)
    assert plot.chart == "line"
    valued = [tp for tp in document(window).touchpoints if metric_id in tp.metrics]
    assert len(plot.line) == len(valued) == 8  # one point per card with a conversion rate
    assert window.scene.metrics[lane_id].plot == plot  # the canvas item draws that line

    type_target(qtbot, window, metric_id, "50")
    assert document(window).metric(metric_id).target == 50.0
    assert window.undo_stack.count() == steps + 2  # "5" then "50": one typing step
    target = shown_plot(window, lane_id).target
    assert target is not None
    assert target.labels[0].lines == ("Target 50%",)
    assert window.scene.metrics[lane_id].plot.target == target

    window.undo_stack.undo()
    assert document(window).metric(metric_id).target is None
    assert shown_plot(window, lane_id).target is None
    window.undo_stack.undo()
    assert document(window).lane(lane_id).chart is None
    assert shown_plot(window, lane_id).chart == "bars"
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert shown_plot(window, lane_id).chart == "line"
    assert document(window).metric(metric_id).target == 50.0


def test_text_that_is_not_a_number_is_refused_and_emptying_the_field_drops_the_target(
    qtbot,
    make_window,
) -> None:
    window = open_sample(qtbot, make_window)
    metric_id, _ = conversion(window)
    messages: list[str] = []
    window.panels.inspector.status.connect(messages.append)
    target = type_target(qtbot, window, metric_id, "4x")
    assert document(window).metric(metric_id).target == 4.0
    assert target.property("invalid") is True
    assert messages[-1] == "“4x” is not a number."
    steps = window.undo_stack.count()

    qtbot.keyClick(target, Qt.Key.Key_Backspace)
    assert target.property("invalid") is False
    qtbot.keyClick(target, Qt.Key.Key_Backspace)
    assert document(window).metric(metric_id).target is None
    assert window.undo_stack.count() == steps  # still the same typing step


def test_a_lane_that_stops_showing_a_metric_forgets_its_chart(qtbot, make_window) -> None:
    window = open_sample(qtbot, make_window)
    _, lane_id = conversion(window)
    switch_to_line(qtbot, window, lane_id)
    steps = window.undo_stack.count()
    kind = field(window, QComboBox, "kind")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Home)  # Cards
    lane = document(window).lane(lane_id)
    assert (lane.kind, lane.chart) == ("touchpoints", None)
    assert window.undo_stack.count() == steps + 1
    assert not field(window, QComboBox, "chart").isVisible()


def test_the_pdf_and_the_png_show_the_line_and_its_target(qtbot, make_window, tmp_path) -> None:
    window = open_sample(qtbot, make_window)
    metric_id, lane_id = conversion(window)
    switch_to_line(qtbot, window, lane_id)
    type_target(qtbot, window, metric_id, "50")
    doc = document(window)

    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(export_pdf(doc, ExportOptions(appendix=False)).data)
    text = export_helpers().pdf_text(pdf)
    assert "Target 50%" in text
    assert "84%" in text and "1.8%" in text

    options = ExportOptions(scale=1.0)
    image = QImage.fromData(export_png(doc, options).data)
    assert not image.isNull()
    _, drawn = prepare(doc, options)
    plot = drawn.metric_plots[lane_id]
    lane = drawn.lane(lane_id)
    assert plot.target is not None and lane is not None
    # The dashed target line: dashes of the muted text colour across the lane.
    muted = QColor(LIGHT["text_muted"])
    xs = range(round(lane.content.x + MARGIN), round(lane.content.right + MARGIN), 2)
    y = plot.target.y + MARGIN
    dark = sum(
        1
        for x in xs
        if any(_near(image.pixelColor(x, row), muted) for row in (int(y) - 1, int(y), int(y) + 1))
    )
    assert dark > len(xs) / 4
    QApplication.processEvents()


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
