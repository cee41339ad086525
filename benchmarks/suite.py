"""One run of the suite: which figures run at which size, in which order, within the budget."""

import argparse
import gc
import sys
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.maps import write_map
from benchmarks.measure import Budget, Children, Series, Skipped, alternate, alternate_runs
from benchmarks.report import P95_LIMITS, TARGETS, Row, Target

PROCESS_FIGURES = ("startup", "open", "growth", "png")
IN_PROCESS = ("card_drag", "emotion_drag", "drop", "card_title", "map_title", "save", "pdf")
ALL_FIGURES = (*PROCESS_FIGURES, *IN_PROCESS, "noise")
BIG = 10_000
"""Maps this big have their longest figures measured last (see :meth:`Suite.run`)."""
NOISE_PDF = 2_000
"""Open and the PDF are compared on noise and walk maps up to this size (minutes beyond)."""
STARTUP = "start-up to a painted window"
OPEN = "open until painted (fresh process)"
MEMORY = "peak memory after open"
PNG = "2× PNG export"
PNG_MEMORY = "2× PNG export, peak memory"
GROWTH = "memory after 10 reopenings + 100 edits"
PNG_SIZES = 200
"""The 2× PNG is measured at this many touchpoints or fewer (issue 11 states it at 200)."""


ERRORS: list[str] = []
"""Exceptions raised while figures ran, in our code or in the editor's slots."""


def record_error(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    """``sys.excepthook`` during the run: keep the error for the table, and show it."""
    text = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(text)
    ERRORS.append(f"{kind.__name__}: {error}")


def _placeholders(key: str, noise: bool) -> list[tuple[str, str]]:
    """(key, figure) of the rows an in-process figure gives, shown when it is skipped."""
    from benchmarks.editor import NAMES

    parts = ["drop", "undo", "redo"] if key == "drop" else [key]
    if noise:
        return [("noise", f"noise ÷ walk: {NAMES[part]}") for part in parts]
    return [(part, NAMES[part]) for part in parts]


def _baseline_run(baseline: Callable[[], float]) -> dict[str, float]:
    """One baseline run, after collecting the editor's garbage (untimed): the baseline
    must not pay for a collection the figure's allocations brought on."""
    gc.collect()
    return {"": baseline()}


def _raise(error: Exception) -> list[Row]:
    raise error


def predict(costs: list[tuple[int, float]], size: int) -> float:
    """Seconds per run at ``size``, from (size, seconds) measured at smaller sizes.

    A straight line through the last two sizes (a fixed part and a part per card),
    never below the last cost; from one size, in proportion to the number of cards.
    """
    last_size, last = costs[-1]
    if len(costs) < 2 or costs[-2][0] == last_size:
        return last * max(size, 1) / max(last_size, 1)
    first_size, first = costs[-2]
    slope = (last - first) / (last_size - first_size)
    return max(last, last + slope * (size - last_size))


class Suite:
    """One run: the figures asked for, at each size, within the time budget."""

    def __init__(self, args: argparse.Namespace, scratch: Path) -> None:
        self.args = args
        self.scratch = scratch
        self.children = Children(scratch)
        self.budget = Budget(args.budget)
        self.rows: list[Row] = []
        self.costs: dict[str, list[tuple[int, float]]] = {}
        """Per figure: (map size, seconds per run) of the sizes measured, to predict the next."""

    def log(self, text: str) -> None:
        sys.stderr.write(f"[{self.budget.elapsed:6.0f} s] {text}\n")
        sys.stderr.flush()

    def measure(
        self,
        key: str,
        size: int,
        run: Callable[[], list[Row]],
        placeholders: list[tuple[str, str]] | None = None,
    ) -> None:
        """Run one figure unless it would overrun the budget; keep its rows either way.

        ``placeholders`` (key, figure) are the rows shown when the figure is skipped.
        """
        runs = self.args.repeat + self.args.warmup
        self.log(f"{key} at {size:,} touchpoints")
        start = time.perf_counter()
        seen = len(ERRORS)
        named = placeholders or [(key, key.replace("_", " "))]
        try:
            self.budget.check(predict(self.costs[key], size) * runs if key in self.costs else 0)
            rows = run()
        except Skipped as reason:
            self.log(f"  skipped: {reason}")
            rows = [
                Row(k, figure, size, Series(), target=TARGETS.get(k), note=str(reason))
                for k, figure in named
            ]
        except Exception as error:  # one broken figure must not stop the others
            record_error(type(error), error, error.__traceback__)
            rows = [Row(k, figure, size, Series(), target=TARGETS.get(k)) for k, figure in named]
        else:
            spent = (time.perf_counter() - start) / runs
            self.costs.setdefault(key, []).append((size, spent))
        for row in rows:
            row.errors = ERRORS[seen:]
        self.rows += rows

    def wanted(self, key: str) -> bool:
        return key in self.args.only

    # -- fresh processes ------------------------------------------------------------------

    def startup(self) -> list[Row]:
        mine, bare = alternate(
            self.children.step("startup"),
            self.children.step("b_qt"),
            self.args.repeat,
            self.args.warmup,
            self.budget.check,
        )
        return [
            Row(
                "startup",
                STARTUP,
                0,
                mine,
                "B_qt",
                bare,
                target=TARGETS["startup"],
            )
        ]

    def open(self, path: Path, size: int) -> list[Row]:
        memory, bare_memory = Series(), Series()
        mine, bare = alternate(
            self.children.step("open", str(path), str(size), memory=memory),
            self.children.step("b_open", str(path), memory=bare_memory),
            self.args.repeat,
            self.args.warmup,
            self.budget.check,
        )
        memory.samples, bare_memory.samples = (
            memory.samples[self.args.warmup :],
            bare_memory.samples[self.args.warmup :],
        )
        return [
            Row(
                "open",
                OPEN,
                size,
                mine,
                "B_parse + B_scene",
                bare,
                target=TARGETS["open"],
            ),
            Row(
                "open_memory",
                MEMORY,
                size,
                memory,
                "B_scene process",
                bare_memory,
                unit="KiB",
                target=TARGETS["open_memory"],
            ),
        ]

    def noise_open(self, walk: Path, noise: Path, size: int) -> list[Row]:
        """Opening the noise map against opening the walk map, alternately."""
        noisy, calm = alternate(
            self.children.step("open", str(noise), str(size)),
            self.children.step("open", str(walk), str(size)),
            self.args.repeat,
            self.args.warmup,
            self.budget.check,
        )
        return [
            Row(
                "noise",
                f"noise ÷ walk: {OPEN}",
                size,
                noisy,
                "random walk",
                calm,
                target=TARGETS["noise"],
                extra={"compares": "open"},
            )
        ]

    def png(self, path: Path, size: int) -> list[Row]:
        from app.export import raster

        band_bytes = str(getattr(raster, "BAND_BYTES", 192 * 1024 * 1024))
        memory, bare_memory = Series(), Series()
        out = self.scratch / "export.png"
        mine, bare = alternate(
            self.children.step("png", str(path), str(out), memory=memory),
            self.children.step(
                "b_png", str(path), str(self.scratch / "b.png"), band_bytes, memory=bare_memory
            ),
            self.args.repeat,
            self.args.warmup,
            self.budget.check,
        )
        memory.samples = memory.samples[self.args.warmup :]
        bare_memory.samples = bare_memory.samples[self.args.warmup :]
        return [
            Row("png", PNG, size, mine, "B_png", bare, target=TARGETS["png"]),
            Row(
                "png_memory",
                PNG_MEMORY,
                size,
                memory,
                "B_png",
                bare_memory,
                unit="KiB",
                target=TARGETS["png_memory"],
            ),
        ]

    def growth(self, path: Path, size: int) -> list[Row]:
        result = self.children.run("growth", str(path))
        return [
            Row(
                "growth",
                GROWTH,
                size,
                Series([float(result["last_kib"])]),
                "after one open",
                Series([float(result["first_kib"])]),
                unit="KiB",
                target=TARGETS["growth"],
            )
        ]

    # -- this process ----------------------------------------------------------------------

    def editor_figures(
        self,
        size: int,
        walk: Path,
        keys: list[str],
        noise: Path | None,
        noise_keys: list[str] | None = None,
    ) -> None:
        """Figures ``keys`` against their baselines; with ``noise``, noise ÷ walk comparisons."""
        from benchmarks.editor import NOISE_FIGURES, EditorBench

        noisy = [k for k in NOISE_FIGURES if noise and k in (noise_keys or ())]
        benches: list[Any] = []
        try:
            self.budget.check(0)  # no time left: do not even open the map
            benches.append(EditorBench(walk, self.scratch, size))
        except Exception as error:  # Skipped, or the editor failed to open the map
            for key in keys:
                self.measure(key, size, partial(_raise, error), _placeholders(key, False))
            for key in noisy:
                self.measure(key, size, partial(_raise, error), _placeholders(key, True))
            return
        try:
            for key in keys:
                self.measure(
                    key,
                    size,
                    partial(self.editor_figure, benches[0], key, size),
                    _placeholders(key, False),
                )
            if noise is None:
                return
            try:
                benches.append(EditorBench(noise, self.scratch, size))
            except Exception as error:  # the editor failed to open the map
                for key in noisy:
                    self.measure(key, size, partial(_raise, error), _placeholders(key, True))
                return
            for key in noisy:
                self.measure(
                    f"{key} (noise)",
                    size,
                    partial(self.noise_figure, benches[0], benches[1], key, size),
                    _placeholders(key, True),
                )
        finally:
            for bench in benches:
                bench.close()

    def editor_figure(self, bench: Any, key: str, size: int) -> list[Row]:
        """One figure against its baseline (``bench``: an :class:`EditorBench`)."""
        from benchmarks.editor import FIGURES, NAMES

        trial = FIGURES[key](bench)
        try:
            mine, theirs = alternate_runs(
                trial.run,
                partial(_baseline_run, trial.baseline),
                trial.runs(self.args.repeat),
                self.args.warmup,
                self.budget.check,
            )
        finally:
            trial.finish()
        rows = [
            Row(
                part,
                NAMES[part],
                size,
                mine[part],
                trial.baseline_name,
                theirs[""],
                target=TARGETS[part],
            )
            for part in trial.parts
        ]
        if key == "card_drag":
            limit = P95_LIMITS.get(size)
            rows.append(
                Row(
                    "card_drag_p95",
                    "card-drag step, 95th percentile",
                    size,
                    Series([mine[key].percentile(95)]),
                    target=Target(limit, absolute=True) if limit else None,
                )
            )
        return rows

    def noise_figure(self, walk: Any, noise: Any, key: str, size: int) -> list[Row]:
        """The same figure on the noise map and on the walk map, alternately."""
        from benchmarks.editor import FIGURES, NAMES

        on_walk, on_noise = FIGURES[key](walk), FIGURES[key](noise)
        try:
            noisy, calm = alternate_runs(
                on_noise.run,
                on_walk.run,
                on_walk.runs(self.args.repeat),
                self.args.warmup,
                self.budget.check,
            )
        finally:
            on_noise.finish()
            on_walk.finish()
        return [
            Row(
                "noise",
                f"noise ÷ walk: {NAMES[part]}",
                size,
                noisy[part],
                "random walk",
                calm[part],
                target=TARGETS["noise"],
                extra={"compares": part},
            )
            for part in on_walk.parts
        ]

    def run(self) -> None:
        """Everything asked for, most important first, so that the budget cuts the least.

        Sizes below 10,000 come first with every figure, then the 2× PNG; at 10,000 and
        more, open and the editing figures; then memory growth at every size (and the PDF
        at 10,000 and more); last, the noise ÷ walk comparisons.
        """
        args = self.args
        sizes = sorted(set(args.sizes))
        small = [size for size in sizes if size < BIG]
        big = [size for size in sizes if size >= BIG]
        maps = {}
        if self.wanted("startup"):
            self.measure("startup", 0, self.startup, [("startup", STARTUP)])
        for size in sizes:
            self.log(f"writing the {size:,}-touchpoint map")
            maps[size] = write_map(self.scratch, size, "walk")
        for size in small:
            self.core(size, maps[size], [k for k in IN_PROCESS if self.wanted(k)])
        for size in small:
            if self.wanted("png") and size <= args.png_up_to:
                self.measure(
                    "png",
                    size,
                    partial(self.png, maps[size], size),
                    [("png", PNG), ("png_memory", PNG_MEMORY)],
                )
        for size in big:
            self.core(size, maps[size], [k for k in IN_PROCESS if self.wanted(k) and k != "pdf"])
        for size in sizes:
            if self.wanted("growth"):
                self.measure(
                    "growth", size, partial(self.growth, maps[size], size), [("growth", GROWTH)]
                )
            if size >= BIG and self.wanted("pdf"):
                self.editor_figures(size, maps[size], ["pdf"], None)
        if self.wanted("noise"):
            for size in sizes:
                self.noise(size, maps[size])

    def core(self, size: int, walk: Path, keys: list[str]) -> None:
        """Open, and the figures measured in this process."""
        if self.wanted("open"):
            self.measure(
                "open",
                size,
                partial(self.open, walk, size),
                [("open", OPEN), ("open_memory", MEMORY)],
            )
        if keys:
            self.editor_figures(size, walk, keys, None)

    def noise(self, size: int, walk: Path) -> None:
        """The noise ÷ walk comparisons at one size."""
        self.log(f"writing the {size:,}-touchpoint map with noisy scores")
        noise = write_map(self.scratch, size, "noise")
        alone = self.args.only == {"noise"}  # then every figure is compared
        if (alone or self.wanted("open")) and size <= NOISE_PDF:
            self.measure(
                "open (noise)",
                size,
                partial(self.noise_open, walk, noise, size),
                [("noise", f"noise ÷ walk: {OPEN}")],
            )
        keys = [
            k for k in IN_PROCESS if (alone or self.wanted(k)) and (k != "pdf" or size <= NOISE_PDF)
        ]
        if keys:
            self.editor_figures(size, walk, [], noise, keys)
