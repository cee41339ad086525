"""Figures measured in this process: the editor's window beside ``B_scene``.

Every step ends the same way for the editor and the baseline: pending events are
processed, then the viewport is repainted. The editor is driven only through its
public entry points (``MainWindow.open``/``save``, ``DocumentSession.push``, the undo
stack, the canvas gestures, the export writers the command line uses), so the suite
keeps measuring the same work while the code behind them changes.
"""

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from benchmarks.baselines import BareScene, PdfPrimitives, dump_step
from benchmarks.measure import Estimate, Series, alternate, timed
from benchmarks.report import P95_LIMITS, TARGETS, Row, Target

DRAG_STEPS = 30
"""Mouse moves sampled per drag figure (at least 6 per repetition)."""


class EditorBench:
    """A MainWindow showing a copy of a map file, and ``B_scene`` of the same file."""

    def __init__(self, source: Path, scratch: Path, size: int) -> None:
        from app.ui.main_window import MainWindow

        self.size = size
        self.scratch = scratch
        self.path = scratch / f"editing-{source.name}"
        shutil.copyfile(source, self.path)
        self.window = MainWindow(persist=False)
        self.window.resize(1920, 1080)
        self.window.show()
        if not self.window.open(self.path):
            raise RuntimeError(f"the editor could not open {self.path}")
        self.data: dict[str, Any] = json.loads(self.path.read_bytes())
        self.bare = BareScene(self.data)
        self.paint()
        self.edits = 0

    @property
    def session(self) -> Any:
        return self.window.session

    @property
    def layout(self) -> Any:
        """The canvas's current layout (``app.layout.model.Layout``)."""
        return self.window.scene.layout

    def paint(self) -> None:
        """Pending events, then the canvas repainted (what the user waits for)."""
        QApplication.processEvents()
        self.window.canvas.viewport().repaint()

    def step(self, action: Callable[[], object]) -> float:
        """Seconds for ``action`` and the repaint after it."""
        start = time.perf_counter()
        action()
        self.paint()
        return time.perf_counter() - start

    def reveal(self, x: float, y: float) -> None:
        """Centre the canvas on a scene point."""
        self.window.canvas.centerOn(x, y)
        self.paint()

    def close(self) -> None:
        """Close both windows (the map is left unsaved)."""
        self.session.undo_stack.setClean()
        self.window.close()
        self.window.deleteLater()
        self.bare.close()
        QApplication.processEvents()

    # -- figures ------------------------------------------------------------------------

    def card_drag(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """One mouse move of a card drag (``CardDrag.move``) vs ``B_move``."""
        from app.ui.canvas.interactions import CardDrag

        scene, doc = self.window.scene, self.window.document
        order = doc.touchpoints_in_journey_order()
        middle = len(order) // 2
        box = self.layout.card(order[middle].id)
        assert box is not None
        self.reveal(box.rect.centre_x, box.rect.centre_y)
        start = QPointF(box.rect.centre_x, box.rect.centre_y)
        drag = CardDrag(scene, doc, [order[middle].id], start)
        moves = iter(range(1_000_000))

        def move() -> None:
            i = next(moves)
            drag.move(QPointF(start.x() + (i % 40) * 7, start.y() + (i % 7) * 3))

        item = self.bare.centre_on_card(middle)
        steps = max(DRAG_STEPS, 6 * repeat)
        try:
            mine, bare = alternate(
                lambda: self.step(move),
                lambda: self.bare.move_step(item),
                steps,
                warmup,
                estimate,
            )
        finally:
            drag.cancel()
            self.paint()
        p95 = mine.percentile(95)
        limit = P95_LIMITS.get(self.size)
        return [
            self.row("card_drag", "card-drag step", mine, "B_move", bare),
            Row(
                "card_drag_p95",
                "card-drag step, 95th percentile",
                self.size,
                Series([p95]),
                target=Target(limit, absolute=True) if limit else None,
            ),
        ]

    def emotion_drag(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """One mouse move of an emotion-point drag (``EmotionDrag.move``) vs ``B_curves``."""
        from app.ui.canvas.interactions import EmotionDrag

        scene, doc = self.window.scene, self.window.document
        curve = self.layout.curves[0]
        index = len(curve.points) // 2
        point = curve.points[index].point
        self.reveal(point.x, point.y)
        drag = EmotionDrag(scene, doc, curve, index)
        moves = iter(range(1_000_000))

        def move() -> None:
            drag.move(QPointF(point.x, point.y - 30 + next(moves) % 60), False)

        column = len(self.bare.order) // 2
        self.bare.centre_on_card(column)
        self.bare.view.centerOn(self.bare.cards[column].rect().center().x(), 1160)
        steps = max(DRAG_STEPS, 6 * repeat)
        try:
            mine, bare = alternate(
                lambda: self.step(move),
                lambda: self.bare.curves_step(column),
                steps,
                warmup,
                estimate,
            )
        finally:
            drag.cancel()
            self.paint()
        return [self.row("emotion_drag", "emotion-drag step", mine, "B_curves", bare)]

    def drop_undo_redo(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """Dropping the first card into the last phase, its undo and its redo, vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        card = doc.touchpoints_in_journey_order()[0]
        last_phase = doc.phases[-1].id
        box = self.layout.card(card.id)
        assert box is not None
        self.reveal(box.rect.centre_x, box.rect.centre_y)
        item = self.bare.centre_on_card(0)
        series: dict[str, Series] = {name: Series() for name in ("drop", "undo", "redo")}
        bare = Series()
        stack = self.session.undo_stack

        def drop() -> None:
            self.session.push(cmd.move_touchpoints(doc, [card.id], last_phase, card.lane_id))

        def cycle(record: bool) -> float:
            spent = 0.0
            for name, action in (("drop", drop), ("undo", stack.undo), ("redo", stack.redo)):
                mine, theirs = self.step(action), self.bare.move_step(item)
                spent += mine + theirs
                if record:
                    series[name].samples.append(mine)
                    bare.samples.append(theirs)
            spent += self.step(stack.undo)
            return spent

        spent = sum(cycle(False) for _ in range(warmup))
        if warmup:
            estimate(spent / warmup * repeat)
        for _ in range(repeat):
            cycle(True)
        names = {"drop": "card drop", "undo": "undo of the drop", "redo": "redo of the drop"}
        return [self.row(key, names[key], series[key], "B_move", bare) for key in series]

    def card_title(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """Renaming one card (one ``SetFields``) vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        order = doc.touchpoints_in_journey_order()
        card = order[len(order) // 3]
        box = self.layout.card(card.id)
        assert box is not None
        self.reveal(box.rect.centre_x, box.rect.centre_y)
        item = self.bare.centre_on_card(len(order) // 3)
        return [
            self._edit(
                "card_title",
                "one-card title edit",
                lambda n: cmd.edit(doc, "touchpoints", card.id, title=f"Renamed card {n}"),
                item,
                (repeat, warmup, estimate),
            )
        ]

    def map_title(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """Renaming the map (no geometry changes) vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        item = self.bare.centre_on_card(0)
        return [
            self._edit(
                "map_title",
                "map-title edit",
                lambda n: cmd.edit(doc, "map", doc.id, title=f"Renamed map {n}"),
                item,
                (repeat, warmup, estimate),
            )
        ]

    def _edit(
        self,
        key: str,
        figure: str,
        command: Callable[[int], Any],
        item: Any,
        runs: tuple[int, int, Estimate],
    ) -> Row:
        stack = self.session.undo_stack

        def edit() -> float:
            self.edits += 1
            spent = self.step(lambda: self.session.push(command(self.edits)))
            self.step(stack.undo)  # untimed: the map stays the same from run to run
            return spent

        mine, bare = alternate(edit, lambda: self.bare.move_step(item), *runs)
        return self.row(key, figure, mine, "B_move", bare)

    def save(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """File ▸ Save vs ``B_dump``."""
        dump_to = self.scratch / "b-dump.journey"

        def save() -> float:
            start = time.perf_counter()
            if not self.window.save():
                raise RuntimeError("the editor did not save")
            return time.perf_counter() - start

        mine, bare = alternate(
            save, lambda: dump_step(self.data, dump_to), repeat, warmup, estimate
        )
        return [self.row("save", "save", mine, "B_dump", bare)]

    def pdf(self, repeat: int, warmup: int, estimate: Estimate) -> list[Row]:
        """The PDF export (fit, no appendix), as the command line writes it, vs ``B_pdf``."""
        from app.export.fonts import BUNDLED_REGULAR
        from app.export.formats import format_for
        from app.export.options import ExportOptions, page_size

        found = format_for(Path("map.pdf"))
        assert found is not None
        options = ExportOptions(layout="fit", appendix=False)
        primitives = PdfPrimitives(
            self.window.scene.layout, page_size("A3", "landscape"), BUNDLED_REGULAR
        )
        out, bare_out = self.scratch / "export.pdf", self.scratch / "b-pdf.pdf"

        def export() -> None:
            out.write_bytes(found.write(self.window.document, options, None).data)

        mine, bare = alternate(
            lambda: timed(export),
            lambda: timed(lambda: bare_out.write_bytes(primitives.draw())),
            repeat,
            warmup,
            estimate,
        )
        return [self.row("pdf", "PDF export (fit, no appendix)", mine, "B_pdf", bare)]

    def row(self, key: str, figure: str, mine: Series, name: str, bare: Series) -> Row:
        return Row(key, figure, self.size, mine, name, bare, target=TARGETS[key])


FIGURES: dict[str, Callable[[EditorBench, int, int, Estimate], list[Row]]] = {
    "card_drag": EditorBench.card_drag,
    "emotion_drag": EditorBench.emotion_drag,
    "drop": EditorBench.drop_undo_redo,
    "card_title": EditorBench.card_title,
    "map_title": EditorBench.map_title,
    "save": EditorBench.save,
    "pdf": EditorBench.pdf,
}
"""The figures measured in this process, by the name ``--only`` uses."""

NOISE_FIGURES = ("emotion_drag", "drop", "card_title", "pdf")
"""The figures also measured on the uniform-noise map (where curves could cost more)."""
