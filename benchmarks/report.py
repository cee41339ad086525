"""Results: one row per figure and map size, the targets of issue 11, the table and JSON."""

import itertools
import json
import os
import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.measure import Series


@dataclass(frozen=True)
class Target:
    """A figure's target: at most ``limit`` times its baseline (or ``limit`` seconds)."""

    limit: float
    everywhere: bool = False
    """Checked at every size; otherwise only at 2,000 touchpoints and more (issue 11, point 5)."""
    absolute: bool = False
    """``limit`` is in seconds, not a ratio."""

    def text(self) -> str:
        if self.absolute:
            return f"< {self.limit * 1000:.0f} ms"
        return f"≤ {self.limit:g}×"


TARGETS: dict[str, Target] = {
    "startup": Target(2.0, everywhere=True),
    "open": Target(2.0),
    "open_memory": Target(1.5),
    "card_drag": Target(1.5),
    "emotion_drag": Target(1.5),
    "drop": Target(2.0, everywhere=True),
    "undo": Target(2.0, everywhere=True),
    "redo": Target(2.0, everywhere=True),
    "card_title": Target(2.0, everywhere=True),
    "map_title": Target(1.2),
    "save": Target(1.5),
    "pdf": Target(1.5),
    "png": Target(1.5, everywhere=True),
    "png_memory": Target(1.5, everywhere=True),
    "growth": Target(1.10),
    "noise": Target(1.5, everywhere=True),
}
P95_LIMITS = {2000: 0.016, 10000: 0.033}
"""The card-drag step's 95th percentile, in seconds, by map size."""


@dataclass
class Row:
    """One line of the table."""

    key: str
    """The target's key in :data:`TARGETS` (``noise`` for every noise/walk row)."""
    figure: str
    size: int
    """Touchpoints of the map; 0 when the figure does not depend on a map."""
    value: Series
    baseline_name: str = ""
    baseline: Series | None = None
    unit: str = "s"
    """``s`` or ``KiB``."""
    target: Target | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    """Exceptions raised while the figure ran: its numbers mean nothing then."""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or not self.baseline.samples or not self.value.samples:
            return None
        return self.value.median / self.baseline.median if self.baseline.median else None

    @property
    def checked(self) -> bool:
        return self.target is not None and (
            self.target.everywhere or self.target.absolute or self.size >= 2000
        )

    @property
    def passed(self) -> bool | None:
        if self.errors:
            return False
        if not self.checked or self.target is None or not self.value.samples:
            return None
        if self.target.absolute:
            return self.value.median < self.target.limit
        ratio = self.ratio
        return None if ratio is None else ratio <= self.target.limit

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "key": self.key,
            "figure": self.figure,
            "size": self.size,
            "unit": self.unit,
            "median": self.value.median if self.value.samples else None,
            "min": self.value.low if self.value.samples else None,
            "max": self.value.high if self.value.samples else None,
            "samples": self.value.samples,
            "baseline": self.baseline_name or None,
            "baseline_median": self.baseline.median if self.baseline else None,
            "baseline_samples": self.baseline.samples if self.baseline else None,
            "ratio": ratio,
            "target": self.target.text() if self.target else None,
            "checked": self.checked,
            "passed": self.passed,
            "note": self.note,
            "errors": self.errors,
            **self.extra,
        }


def amount(value: float, unit: str) -> str:
    """``12.3 ms``, ``1.23 s`` or ``123 MiB``."""
    if unit == "KiB":
        return f"{value / 1024:.0f} MiB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def size_text(size: int) -> str:
    return "any" if size == 0 else f"{size:,}"


ORDER = (
    "startup",
    "open",
    "open_memory",
    "card_drag",
    "card_drag_p95",
    "emotion_drag",
    "drop",
    "undo",
    "redo",
    "card_title",
    "map_title",
    "save",
    "pdf",
    "png",
    "png_memory",
    "growth",
    "noise",
)
"""The order of the table: figure by figure, each at every size."""


def ordered(rows: list[Row]) -> list[Row]:
    """``rows`` figure by figure (noise comparisons last, by the figure compared), then by size."""

    def rank(key: str) -> int:
        return ORDER.index(key) if key in ORDER else len(ORDER)

    return sorted(
        rows,
        key=lambda row: (rank(row.key), rank(row.extra.get("compares", "")), row.size),
    )


def table(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| Figure | Size | Median | Min–max | Baseline | Baseline median | Ratio | Target "
        "| Result |",
        "|---|---:|---:|---:|---|---:|---:|---|---|",
    ]
    for row in ordered(rows):
        if row.errors:
            lines.append(
                f"| {row.figure} | {size_text(row.size)} | — | — | {row.baseline_name} | — | — "
                f"| {row.target.text() if row.target else ''} | ERROR: {row.errors[0]} |"
            )
            continue
        if not row.value.samples:
            lines.append(
                f"| {row.figure} | {size_text(row.size)} | — | — | {row.baseline_name} | — | — "
                f"| {row.target.text() if row.target else ''} | skipped: {row.note} |"
            )
            continue
        v = row.value
        ratio = row.ratio
        base = amount(row.baseline.median, row.unit) if row.baseline else ""
        result = {True: "pass", False: "FAIL", None: "(info)"}[row.passed]
        target = row.target.text() if row.target else ""
        if row.note:
            result += f" ({row.note})"
        lines.append(
            f"| {row.figure} | {size_text(row.size)} | {amount(v.median, row.unit)} "
            f"| {amount(v.low, row.unit)}–{amount(v.high, row.unit)} | {row.baseline_name} "
            f"| {base} | {'' if ratio is None else f'{ratio:.2f}×'} | {target} | {result} |"
        )
    return "\n".join(lines)


def growth_table(rows: list[Row]) -> str:
    """How each figure's median grows with the map (same figure, sizes side by side)."""
    sizes = sorted({row.size for row in rows if row.size})
    by_figure: dict[str, dict[int, Row]] = {}
    for row in ordered(rows):
        if row.size and row.value.samples and row.key != "noise":
            by_figure.setdefault(row.figure, {})[row.size] = row
    header = "| Figure | " + " | ".join(f"{s:,}" for s in sizes)
    steps = list(itertools.pairwise(sizes))
    header += "".join(f" | ×{b // a if a else 0} cards" for a, b in steps) + " |"
    lines = [header, "|---|" + "---:|" * (len(sizes) + len(steps))]
    for figure, found in by_figure.items():
        cells = [amount(found[s].value.median, found[s].unit) if s in found else "—" for s in sizes]
        for a, b in steps:
            if a in found and b in found and found[a].value.median:
                cells.append(f"{found[b].value.median / found[a].value.median:.2f}×")
            else:
                cells.append("—")
        lines.append(f"| {figure} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import PySide6

    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        memory = f"{int(total) // 1024} MiB"
    except (OSError, IndexError, ValueError):
        pass
    return {
        "cpu": model,
        "cpus": os.cpu_count(),
        "memory": memory,
        "system": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
    }


def write_json(path: Path, rows: list[Row], meta: dict[str, Any]) -> None:
    """Everything, samples included, as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**meta, "machine": machine(), "rows": [row.as_json() for row in rows]}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
