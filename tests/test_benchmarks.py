"""The benchmark suite (``make bench``) keeps working: a tiny run measures every figure.

Numbers are never asserted here (they depend on the machine); only that each figure
was measured against its baseline and reported in the table and the JSON file.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASELINES = {
    "startup": "B_qt",
    "open": "B_parse + B_scene",
    "open_memory": "B_scene process",
    "card_drag": "B_move",
    "emotion_drag": "B_curves",
    "drop": "B_move",
    "undo": "B_move",
    "redo": "B_move",
    "card_title": "B_move",
    "map_title": "B_move",
    "save": "B_dump",
    "pdf": "B_pdf",
    "png": "B_png",
    "png_memory": "B_png",
    "growth": "after one open",
}
NOISE_COMPARED = {"open", "emotion_drag", "drop", "undo", "redo", "card_title", "pdf"}


def test_a_tiny_run_measures_every_figure_against_its_baseline_and_reports_them(
    tmp_path: Path,
) -> None:
    results = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    tiny = [
        "--sizes",
        "20",
        "--repeat",
        "1",
        "--warmup",
        "0",
        "--budget",
        "0",
        "--json",
        str(results),
    ]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", *tiny],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    rows = json.loads(results.read_text())["rows"]
    measured = {row["key"]: row for row in rows}
    for key, baseline in BASELINES.items():
        row = measured[key]
        assert row["samples"] and row["baseline"] == baseline, key
        assert row["baseline_samples"] and row["ratio"] is not None, key
    assert measured["card_drag_p95"]["samples"]
    compared = {row["compares"] for row in rows if row["key"] == "noise"}
    assert compared == NOISE_COMPARED
    assert not [row for row in rows if not row["samples"]], "nothing is skipped without a budget"
    errors = [row["errors"] for row in rows if row["errors"]]
    assert not errors, "the editor raised an exception during a figure"

    table = done.stdout
    assert "| Figure | Size | Median | Min–max | Baseline |" in table
    for row in rows:
        assert f"| {row['figure']} |" in table
    assert str(results) in table
