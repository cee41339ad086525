"""The synthetic maps: 20 phases, 12 lanes, 8 personas, scores as a walk or as noise."""

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
Emotions = Literal["walk", "noise"]
PHASES = 20
PERSONAS = 8


@cache
def _generator() -> ModuleType:
    """``scripts/make_big_map.py`` (a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_big_map", ROOT / "scripts" / "make_big_map.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_map(touchpoints: int, emotions: Emotions = "walk"):  # type: ignore[no-untyped-def]
    """The map of ``touchpoints`` cards the suite measures (a :class:`JourneyMap`).

    Three card lanes, seven framework lanes, the emotion lane and a metric lane
    make 12 lanes; ``emotions`` is ``walk`` (a gentle random walk along the journey)
    or ``noise`` (independent uniform scores, the worst case for curves).
    """
    doc = _generator().big_map(
        touchpoints, PERSONAS, phases=PHASES, all_framework_lanes=True, emotions=emotions
    )
    doc.title = f"Benchmark map: {touchpoints} touchpoints ({emotions})"
    return doc


def write_map(folder: Path, touchpoints: int, emotions: Emotions = "walk") -> Path:
    """Save :func:`bench_map` in ``folder`` and return the file."""
    from app.model.fileformat import save

    path = folder / f"bench-{touchpoints}-{emotions}.journey"
    if not path.exists():
        save(bench_map(touchpoints, emotions), path)
    return path
