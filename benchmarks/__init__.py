"""The benchmark suite of Parcours (``make bench``, ``python -m benchmarks``).

Each figure of the editor (start-up, open, drags, edits, undo, save, PDF and PNG
exports, memory) is timed on synthetic maps of 200, 2,000 and 10,000 touchpoints,
alternating with a baseline doing the same work the plainest way with the same
libraries (bare PySide6, ``json``, reportlab). The table prints each median, its
range, the ratio to the baseline, the target of issue 11 and whether it is met; the
same results go to a JSON file. See ``docs/performance.md``.

This package imports nothing heavy: child processes started from it must stay cheap.
"""
