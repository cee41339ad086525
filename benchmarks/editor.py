"""Figures measured in this process: the editor's window beside ``B_scene``.

Every step ends the same way for the editor and the baseline: pending events are
processed, then the viewport is repainted. The editor is driven only through its
public entry points (``MainWindow.open``/``save``, ``DocumentSession.push``, the undo
stack, the canvas gestures, the export writers the command line uses), so the suite
keeps measuring the same work while the code behind them changes.
"""

import gc
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QPointF, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.baselines import BareScene, PdfPrimitives, dump_step, fit_viewport, settle
from benchmarks.measure import Step, timed

DRAG_STEPS = 30
"""Mouse moves sampled per drag figure (at least 6 per repetition)."""
TAIL_MS = 150
"""How long after an edit the work it deferred still counts (the insights panel refreshes
50 ms after a change)."""
SAVE_TAIL_MS = 400
"""The same after a save (the file watcher looks at the file again 300 ms after it)."""


def deferred_work(tail: int) -> float:
    """CPU seconds the event loop spends over the next ``tail`` ms: the work an edit deferred.

    An editor that refreshes a panel on a timer after each change is busy then, and the
    next mouse move waits for it. CPU time of this thread, not wall time: waiting is free,
    and a busy machine taking the CPU away does not count.
    """
    loop = QEventLoop()
    QTimer.singleShot(tail, loop.quit)
    start = time.thread_time()
    loop.exec()
    return time.thread_time() - start


@dataclass
class Trial:
    """A figure set up and ready to run: one run times each of its ``parts``.

    ``baseline`` is one run of its baseline (``B_move`` ...); ``finish`` undoes the
    set-up (cancels a drag). Most figures have one part; a drop has three: the
    drop, its undo and its redo.
    """

    parts: tuple[str, ...]
    run: Callable[[], dict[str, float]]
    baseline: Step
    baseline_name: str
    finish: Callable[[], None] = lambda: None
    many: bool = False
    """Many short runs (mouse moves): ``max(DRAG_STEPS, 6 × repeat)`` of them."""

    def runs(self, repeat: int) -> int:
        return max(DRAG_STEPS, 6 * repeat) if self.many else repeat


def single(key: str, step: Step) -> Callable[[], dict[str, float]]:
    """A one-part run."""
    return lambda: {key: step()}


class EditorBench:
    """A MainWindow showing a copy of a map file, and ``B_scene`` of the same file."""

    def __init__(self, source: Path, scratch: Path, size: int) -> None:
        from app.ui.main_window import MainWindow

        self.size = size
        self.scratch = scratch
        self.path = scratch / f"editing-{source.name}"
        shutil.copyfile(source, self.path)
        self.window = MainWindow(persist=False)
        self.window.show()
        if not self.window.open(self.path):
            raise RuntimeError(f"the editor could not open {self.path}")
        fit_viewport(self.window, self.window.canvas)
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
        settle()
        self.window.canvas.viewport().repaint()

    def step(self, action: Callable[[], object], tail: int = 0) -> float:
        """Seconds for ``action`` and the repaint after it.

        With ``tail``, plus the work the action deferred with timers (see
        :func:`deferred_work`) over the next ``tail`` milliseconds.
        """
        start = time.perf_counter()
        action()
        self.paint()
        spent = time.perf_counter() - start
        return spent + deferred_work(tail) if tail else spent

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
        settle()
        # Outside a running event loop, deleteLater() waits for this: free the big maps now.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    # -- figures ------------------------------------------------------------------------

    def card_drag(self) -> Trial:
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

        def finish() -> None:
            drag.cancel()
            self.paint()

        item = self.bare.centre_on_card(middle)
        return Trial(
            ("card_drag",),
            single("card_drag", lambda: self.step(move)),
            lambda: self.bare.move_step(item),
            "B_move",
            finish,
            many=True,
        )

    def emotion_drag(self) -> Trial:
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

        def finish() -> None:
            drag.cancel()
            self.paint()

        column = len(self.bare.order) // 2
        self.bare.view.centerOn(self.bare.cards[column].rect().center().x(), 1160)
        return Trial(
            ("emotion_drag",),
            single("emotion_drag", lambda: self.step(move)),
            lambda: self.bare.curves_step(column),
            "B_curves",
            finish,
            many=True,
        )

    def drop(self) -> Trial:
        """Dropping the first card into the last phase, its undo and its redo, vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        card = doc.touchpoints_in_journey_order()[0]
        last_phase = doc.phases[-1].id
        box = self.layout.card(card.id)
        assert box is not None
        self.reveal(box.rect.centre_x, box.rect.centre_y)
        item = self.bare.centre_on_card(0)
        stack = self.session.undo_stack

        def drop() -> None:
            self.session.push(cmd.move_touchpoints(doc, [card.id], last_phase, card.lane_id))

        def cycle() -> dict[str, float]:
            times = {
                name: self.step(action, TAIL_MS)
                for name, action in (("drop", drop), ("undo", stack.undo), ("redo", stack.redo))
            }
            self.step(stack.undo, TAIL_MS)  # untimed: the map is the same for the next run
            return times

        return Trial(("drop", "undo", "redo"), cycle, lambda: self.bare.move_step(item), "B_move")

    def card_title(self) -> Trial:
        """Renaming one card (one ``SetFields``) vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        order = doc.touchpoints_in_journey_order()
        card = order[len(order) // 3]
        box = self.layout.card(card.id)
        assert box is not None
        self.reveal(box.rect.centre_x, box.rect.centre_y)
        item = self.bare.centre_on_card(len(order) // 3)
        return self._edit(
            "card_title",
            lambda n: cmd.edit(doc, "touchpoints", card.id, title=f"Renamed card {n}"),
            item,
        )

    def map_title(self) -> Trial:
        """Renaming the map (no geometry changes) vs ``B_move``."""
        from app.model import commands as cmd

        doc = self.window.document
        item = self.bare.centre_on_card(0)
        return self._edit(
            "map_title", lambda n: cmd.edit(doc, "map", doc.id, title=f"Renamed map {n}"), item
        )

    def _edit(self, key: str, command: Callable[[int], Any], item: Any) -> Trial:
        stack = self.session.undo_stack

        def edit() -> float:
            self.edits += 1
            spent = self.step(lambda: self.session.push(command(self.edits)), TAIL_MS)
            self.step(stack.undo, TAIL_MS)  # untimed: the map stays the same from run to run
            return spent

        return Trial((key,), single(key, edit), lambda: self.bare.move_step(item), "B_move")

    def save(self) -> Trial:
        """File ▸ Save vs ``B_dump``."""
        dump_to = self.scratch / "b-dump.journey"

        def save() -> float:
            start = time.perf_counter()
            if not self.window.save():
                raise RuntimeError("the editor did not save")
            settle()  # what saving posts (title, status, autosave) is part of it
            return time.perf_counter() - start + deferred_work(SAVE_TAIL_MS)

        return Trial(
            ("save",), single("save", save), lambda: dump_step(self.data, dump_to), "B_dump"
        )

    def pdf(self) -> Trial:
        """The PDF export (fit, no appendix), as the command line writes it, vs ``B_pdf``."""
        from app.export.fonts import BUNDLED_REGULAR
        from app.export.formats import format_for
        from app.export.options import ExportOptions, page_size

        found = format_for(Path("map.pdf"))
        assert found is not None
        options = ExportOptions(layout="fit", appendix=False)
        primitives = PdfPrimitives(self.layout, page_size("A3", "landscape"), BUNDLED_REGULAR)
        out = self.scratch / f"export-{id(self)}.pdf"
        bare_out = self.scratch / f"b-pdf-{id(self)}.pdf"

        def export() -> None:
            out.write_bytes(found.write(self.window.document, options, None).data)

        return Trial(
            ("pdf",),
            single("pdf", lambda: timed(export)),
            lambda: timed(lambda: bare_out.write_bytes(primitives.draw())),
            "B_pdf",
        )


FIGURES: dict[str, Callable[[EditorBench], Trial]] = {
    "card_drag": EditorBench.card_drag,
    "emotion_drag": EditorBench.emotion_drag,
    "drop": EditorBench.drop,
    "card_title": EditorBench.card_title,
    "map_title": EditorBench.map_title,
    "save": EditorBench.save,
    "pdf": EditorBench.pdf,
}
"""The figures measured in this process, by the name ``--only`` uses."""

NAMES = {
    "card_drag": "card-drag step",
    "emotion_drag": "emotion-drag step",
    "drop": "card drop",
    "undo": "undo of the drop",
    "redo": "redo of the drop",
    "card_title": "one-card title edit",
    "map_title": "map-title edit",
    "save": "save",
    "pdf": "PDF export (fit, no appendix)",
}
"""What the table calls each part."""

NOISE_FIGURES = ("emotion_drag", "drop", "card_title", "pdf")
"""The figures also measured on the uniform-noise map (where curves could cost more)."""
