"""Time the editor's gestures on many cards, as a user gives them (docs/performance.md,
"Fourth round" and "Fifth round"): Select All, Delete, Undo, Redo, Copy, Paste, a field set
on every selected card, Alt+→, a key in the find bar, a key in a phase's name; then gestures
on one card: duplicate, delete, a sticky note, a key in a metric value.

Usage: QT_QPA_PLATFORM=offscreen python scripts/time_gestures.py [--touchpoints N] [MAP]

Without MAP, the benchmark's map of N touchpoints (10,000 by default) is made in a
temporary folder. Each line is one gesture and the milliseconds until the window has
handled it and repainted the canvas. Not a benchmark: one run, no baseline (``make bench``).
"""

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from scripts.big_map_window import open_window, timed

    opened = open_window(__doc__.splitlines()[0], "parcours-gestures-")
    if opened is None:
        return 1
    app, window, source, scratch = opened

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

    from app.model import commands as cmd

    actions = window.actions_by_id

    def step(name: str, gesture: Callable[[], object]) -> None:
        print(f"{name:48s} {timed(app, window, gesture):9.1f} ms")

    def field(kind: type, name: str) -> object:
        found = [w for w in window.panels.inspector.findChildren(kind, name) if w.isVisible()]
        return found[0]

    print(f"{len(window.document.touchpoints):,} touchpoints: {source}")
    window.canvas.setFocus()
    step("Select All", actions["select_all"].trigger)
    step("Copy", actions["copy"].trigger)
    step("Delete the selection", actions["delete"].trigger)
    step("Undo", actions["undo"].trigger)
    step("Redo", actions["redo"].trigger)
    step("Undo", actions["undo"].trigger)
    step("Paste", actions["paste"].trigger)
    step("Undo of the paste", actions["undo"].trigger)
    step("Select All", actions["select_all"].trigger)
    QTest.qWait(100)  # the Inspector shows the selected cards
    step("Moment of truth on every selected card", field(QCheckBox, "moment_of_truth").click)
    step("Undo", actions["undo"].trigger)
    step("Redo", actions["redo"].trigger)
    window.canvas.setFocus()
    step(
        "Alt+→ on every selected card",
        lambda: QTest.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
    )
    step("Undo", actions["undo"].trigger)
    window.scene.clearSelection()
    actions["find"].trigger()
    app.processEvents()
    finder = QApplication.focusWidget()
    for letter in "guit":
        step(f"The key {letter!r} in the find bar", lambda k=letter: QTest.keyClick(finder, k))
    QTest.keyClick(finder, Qt.Key.Key_Escape)
    doc = window.document
    window.panels.inspector.show_element("phases", doc.phases[len(doc.phases) // 2].id)
    app.processEvents()
    name = field(QLineEdit, "name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    for letter in "xyz":
        step(f"The key {letter!r} in a phase's name", lambda k=letter: QTest.keyClick(name, k))
    step("A map title edit", lambda: window.session.push(cmd.edit(doc, "map", doc.id, title="T")))
    # One card, as a user authors a map: each cost what it changes, not the map's size.
    order = doc.touchpoints_in_journey_order()
    middle = order[len(order) // 2]
    window.scene.select_only([middle.id])
    window.canvas.setFocus()
    step("Duplicate a card mid-map", actions["duplicate"].trigger)
    step("Delete that copy", actions["delete"].trigger)
    step("Undo", actions["undo"].trigger)
    step("Undo", actions["undo"].trigger)
    window.scene.select_only([order[-1].id])
    step("Duplicate the map's last card", actions["duplicate"].trigger)
    step("Undo", actions["undo"].trigger)
    window.scene.select_only([middle.id])
    window.canvas.setFocus()
    add_note = actions["add_note"].trigger
    add_note()
    app.processEvents()
    note_editor = QApplication.focusWidget()
    QTest.keyClicks(note_editor, "Ask about delivery")
    step(
        "A sticky note on a card (Ctrl+Enter)",
        lambda: QTest.keyClick(note_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    )
    step("Undo", actions["undo"].trigger)
    if doc.metrics:
        metric = doc.metrics[0]
        values = sorted(t.metrics[metric.id] for t in order if metric.id in t.metrics)
        if values:
            window.scene.select_only([middle.id])
            QTest.qWait(100)  # the Inspector shows the card
            value = field(QLineEdit, f"metric:{metric.id}")
            assert isinstance(value, QLineEdit)
            value.setFocus()
            value.selectAll()
            for key in f"{values[len(values) // 2]:g}":
                step(f"The key {key!r} in a metric value", lambda k=key: QTest.keyClick(value, k))
    window.session.undo_stack.setClean()
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
