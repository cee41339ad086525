"""Time one-card authoring commands on a big map (docs/performance.md, "Fifth round"): a new
card, Duplicate, Delete and their undo, a sticky note, a metric value.

Usage: QT_QPA_PLATFORM=offscreen python scripts/time_authoring.py [--touchpoints N] [MAP]

Without MAP, the benchmark's map of N touchpoints (10,000 by default) is made in a temporary
folder. Each command is pushed on the undo stack as the window's gestures push it, then the
window handles pending events and repaints its canvas; each line is the median of 5 runs (after
one unrecorded), in milliseconds. To compare with an older commit, copy this script into a
second work tree of it (``git worktree add``) and run it there: it times the code beside it.
Not a benchmark (no baseline): ``make bench``.
"""

import shutil
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from scripts.big_map_window import open_window, timed

    opened = open_window(__doc__.splitlines()[0], "parcours-authoring-")
    if opened is None:
        return 1
    app, window, source, scratch = opened

    from app.model import commands as cmd
    from app.model.document import JourneyMap, StickyNote, Touchpoint

    session = window.session
    assert session is not None

    def row(name: str, make: Callable[[JourneyMap], cmd.Command], undo: bool = False) -> None:
        done, undone = [], []
        for _ in range(6):
            command = make(window.document)
            done.append(timed(app, window, partial(session.push, command)))
            undone.append(timed(app, window, session.undo_stack.undo))
        print(f"{name:44s} {statistics.median(done[1:]):8.1f} ms")
        if undo:
            print(f"{'  its undo':44s} {statistics.median(undone[1:]):8.1f} ms")

    doc = window.document
    print(f"{len(doc.touchpoints):,} touchpoints: {source}")
    lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")

    def new_card(d: JourneyMap, phase_index: int) -> cmd.Command:
        phase = d.phases[phase_index]
        card = Touchpoint(phase_id=phase.id, lane_id=lane.id, title="New card")
        return cmd.add_touchpoint(d, card)

    def middle(d: JourneyMap) -> str:
        return d.touchpoints_in_journey_order()[len(d.touchpoints) // 2].id

    row("A new card in the middle phase", lambda d: new_card(d, len(d.phases) // 2), True)
    row("A new card at the map's end", lambda d: new_card(d, -1), True)
    row("Duplicate a card mid-map", lambda d: cmd.duplicate_touchpoints(d, [middle(d)])[0])
    row("Delete a card mid-map", lambda d: cmd.remove_touchpoints(d, [middle(d)]), True)
    note = StickyNote(text="Ask about delivery", x=400, y=300)
    row(
        "A sticky note added",
        lambda d: cmd.add(d, "notes", note.model_copy(update={"id": f"n{time.time_ns()}"})),
    )
    session.push(cmd.add(doc, "notes", note))
    texts = iter(range(1, 100))
    row(
        "A sticky note's text changed",
        lambda d: cmd.edit(d, "notes", note.id, text=f"Ask about delivery {next(texts)}"),
    )
    if doc.metrics:
        metric = doc.metrics[0]
        values = sorted(t.metrics[metric.id] for t in doc.touchpoints if metric.id in t.metrics)
        if values:
            value = values[len(values) // 2]  # inside the chart's scale
            row("A metric value typed", lambda d: cmd.set_metric(d, middle(d), metric.id, value))
    session.undo_stack.setClean()
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
