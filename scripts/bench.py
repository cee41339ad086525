"""Speed of the editor on a big map (default 2,000 touchpoints, 8 personas).

Usage: QT_QPA_PLATFORM=offscreen python scripts/bench.py [--touchpoints N] [--personas N]
Prints one line per measurement, in milliseconds (median of several runs).
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from make_big_map import big_map

from app.export.qt.text import QtMeasure
from app.layout import layout
from app.layout.text import Wrapper
from app.model.fileformat import load, save
from app.ui.canvas.interactions import CardDrag, EmotionDrag
from app.ui.main_window import MainWindow


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    """The median time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(name: str, value: float) -> None:
    print(f"{name:<44} {value:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--touchpoints", type=int, default=2000)
    parser.add_argument("--personas", type=int, default=8)
    parser.add_argument(
        "--exports",
        action="store_true",
        help="also time a PDF and a 2x PNG export (the PNG takes minutes)",
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.journey"
        save(big_map(args.touchpoints, args.personas), path)
        print(f"{args.touchpoints} touchpoints, {args.personas} personas")
        report("load the file", median_ms(lambda: load(path)))
        doc = load(path)
        report("layout, cold", median_ms(lambda: layout(doc, QtMeasure()), runs=3))
        wrapper = Wrapper(QtMeasure())
        layout(doc, wrapper)
        report("layout, warm (after an edit)", median_ms(lambda: layout(doc, wrapper)))
        window = MainWindow(persist=False)
        window.resize(1600, 1000)
        window.show()
        report(
            "open in the editor",
            median_ms(lambda: (window.open(path), app.processEvents()), runs=3),
        )
        view = window.canvas
        view.actual_size()
        app.processEvents()
        report("repaint the window at 100 %", median_ms(view.viewport().repaint))
        view.fit_map()
        app.processEvents()
        report("repaint the window, whole map", median_ms(view.viewport().repaint))
        view.actual_size()
        _drags(app, window)
        report("write a recovery copy (autosave)", median_ms(window.autosave.write_now))
        if args.exports:
            _exports(doc)


def _exports(doc) -> None:  # type: ignore[no-untyped-def]
    from app.export.options import ExportOptions
    from app.export.pdf import export_pdf
    from app.export.raster import export_png

    report(
        "PDF export, A3 fit with appendix", median_ms(lambda: export_pdf(doc, ExportOptions()), 1)
    )
    report("PNG export at 2x", median_ms(lambda: export_png(doc, ExportOptions(scale=2)), 1))


def _drags(app: QApplication, window: MainWindow) -> None:
    view, scene, doc = window.canvas, window.scene, window.document
    assert scene.layout is not None
    card = doc.touchpoints_in_journey_order()[len(doc.touchpoints) // 2]
    box = scene.layout.card(card.id)
    assert box is not None
    view.centerOn(box.rect.centre_x, box.rect.centre_y)
    app.processEvents()
    start = QPointF(box.rect.centre_x, box.rect.centre_y)
    scene.select_only([card.id])
    drag = CardDrag(scene, doc, [card.id], start)
    step = iter(range(10_000))

    def move_card() -> None:
        i = next(step)
        drag.move(QPointF(start.x() + i * 7, start.y() + (i % 40) * 3))
        view.viewport().repaint()

    report("card drag: one mouse move + repaint", median_ms(move_card, runs=30))
    command = drag.finish()
    assert command is not None
    report(
        "card drop: command + relayout + update",
        median_ms(lambda: window.session.push(command), runs=1),
    )
    curve = scene.layout.curves[0]
    index = len(curve.points) // 2
    point = curve.points[index].point
    view.centerOn(point.x, point.y)
    app.processEvents()
    emotion = EmotionDrag(scene, doc, curve, index)

    def move_point() -> None:
        i = next(step) % 60
        emotion.move(QPointF(point.x, point.y - 30 + i), False)
        view.viewport().repaint()

    report("emotion drag: one mouse move + repaint", median_ms(move_point, runs=30))
    emotion.cancel()
    window.session.undo_stack.setClean()


if __name__ == "__main__":
    main()
