"""Running a figure against its baseline, alternately, and the child processes for it."""

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.maps import ROOT

Step = Callable[[], float]
"""One timed run; returns its own duration in seconds (untimed set-up stays outside)."""


@dataclass
class Series:
    """Samples of one figure or baseline (seconds, or KiB for memory)."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def percentile(self, p: float) -> float:
        """The ``p``-th percentile (nearest rank)."""
        ordered = sorted(self.samples)
        rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
        return ordered[rank]


class Skipped(Exception):
    """A figure left out, with the reason (the time budget, usually)."""


Estimate = Callable[[float], None]
"""Told how long the measured runs will take (from the warm-up); raises :class:`Skipped`."""


Run = Callable[[], dict[str, float]]
"""One run of a figure with several parts (a drop, its undo, its redo): seconds per part."""


def alternate_runs(
    first: Run, second: Run, runs: int, warmup: int = 1, estimate: Estimate | None = None
) -> tuple[dict[str, Series], dict[str, Series]]:
    """Run ``first`` and ``second`` in turn, ``warmup`` times unrecorded, then ``runs`` times.

    After the warm-up, ``estimate`` is told how long the recorded runs will take.
    """
    spent = 0.0
    for _ in range(warmup):
        spent += sum(first().values()) + sum(second().values())
    if estimate is not None and warmup:
        estimate(spent / warmup * runs)
    mine: dict[str, Series] = {}
    theirs: dict[str, Series] = {}
    for _ in range(runs):
        for recorded, run in ((mine, first), (theirs, second)):
            for part, seconds in run().items():
                recorded.setdefault(part, Series()).samples.append(seconds)
    return mine, theirs


def alternate(
    figure: Step,
    baseline: Step,
    repeat: int,
    warmup: int = 1,
    estimate: Estimate | None = None,
) -> tuple[Series, Series]:
    """:func:`alternate_runs` for one-part figures."""
    mine, theirs = alternate_runs(
        lambda: {"": figure()}, lambda: {"": baseline()}, repeat, warmup, estimate
    )
    return mine.get("", Series()), theirs.get("", Series())


def timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


SCREEN = (1920, 1080)


def offscreen_platform(scratch: Path) -> str:
    """Qt's offscreen platform with one 1920×1080 screen at 96 dpi (800×800 otherwise).

    A first launch opens maximized: the editor and ``B_qt`` fill the same screen.
    """
    config = scratch / "screen.json"
    if not config.exists():
        screen = {"name": "bench", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1]}
        screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
        config.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={config}"


def scratch_environment(home: Path) -> dict[str, str]:
    """Variables that make ``home`` Parcours' home: no real settings or recovery copies.

    The font cache stays where it was, so that no process rebuilds it.
    """
    for sub in ("", ".config", ".local/share"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": cache,
    }


class Children:
    """Starts ``python -m benchmarks.child``, each time with a new empty home.

    Every start is a first launch: no settings, and no recovery copy left by an
    earlier child (the editor would offer it in a dialog instead of painting).
    """

    def __init__(self, scratch: Path) -> None:
        self.homes = scratch / "homes"
        self.started = 0
        self.env = dict(os.environ)
        self.env.update(
            {
                "QT_QPA_PLATFORM": offscreen_platform(scratch),
                "LANG": "en_GB.UTF-8",
                "LANGUAGE": "",
                "PYTHONPATH": os.pathsep.join(
                    p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
                ),
            }
        )

    def run(self, task: str, *args: str, timeout: float = 600) -> dict[str, Any]:
        """Run one task; its JSON line, with ``seconds`` filled in for fresh-process tasks."""
        self.started += 1
        env = self.env | scratch_environment(self.homes / str(self.started))
        start = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.child", task, *args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(
                f"benchmark child '{task}' failed (exit {done.returncode}): {done.stderr[-2000:]}"
            )
        result: dict[str, Any] = json.loads(lines[-1])
        if "painted_at" in result:
            result["seconds"] = result["painted_at"] - start
        return result

    def step(self, task: str, *args: str, memory: Series | None = None) -> Step:
        """A :data:`Step` running ``task``; its peak memory (KiB) also goes to ``memory``."""

        def run() -> float:
            result = self.run(task, *args)
            if memory is not None:
                memory.samples.append(float(result["peak_kib"]))
            return float(result["seconds"])

        return run


class Budget:
    """The time the whole run may take; figures that would overrun it are skipped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        """0 means no limit."""
        self.start = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def check(self, needed: float) -> None:
        """Raise :class:`Skipped` when ``needed`` more seconds would overrun the budget."""
        if self.seconds and self.elapsed >= self.seconds:
            raise Skipped(f"the {self.seconds:.0f} s budget was spent")
        if self.seconds and self.elapsed + needed > self.seconds:
            raise Skipped(
                f"about {needed:.0f} s more would overrun the {self.seconds:.0f} s budget"
            )
