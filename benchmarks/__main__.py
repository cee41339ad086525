"""``python -m benchmarks`` (``make bench``): the whole suite, a table, a JSON file.

Options: ``--sizes 200,2000`` (touchpoints), ``--repeat N`` (measured runs of each
figure and of its baseline, alternating, after ``--warmup`` runs), ``--only
figure,...``, ``--json PATH``, ``--budget SECONDS`` (figures that would overrun it are
skipped and say so; 0: no limit), ``--quick`` (200 touchpoints, 2 runs, no PNG: for
trying the suite, not for results).
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.maps import ROOT
from benchmarks.measure import offscreen_platform, scratch_environment
from benchmarks.report import growth_table, machine, table, write_json
from benchmarks.suite import ALL_FIGURES, PNG_SIZES, Suite, record_error

DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", help="map sizes in touchpoints (default 200,2000,10000)")
    parser.add_argument("--repeat", type=int, help="measured runs per figure (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unrecorded runs first (1)")
    parser.add_argument("--only", help=f"comma-separated figures among: {', '.join(ALL_FIGURES)}")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where the JSON goes")
    parser.add_argument("--budget", type=float, default=540.0, help="seconds (default 540)")
    parser.add_argument(
        "--png-up-to", type=int, default=PNG_SIZES, help="largest map for the PNG (200)"
    )
    parser.add_argument("--quick", action="store_true", help="200 touchpoints, 2 runs, no PNG")
    args = parser.parse_args(argv)
    args.sizes = [
        int(s.replace("_", ""))
        for s in (args.sizes or ("200" if args.quick else "200,2000,10000")).split(",")
    ]
    args.repeat = args.repeat or (2 if args.quick else 5)
    if args.only:
        args.only = set(args.only.split(","))
    else:  # --quick leaves out the 2× PNG, which alone takes minutes
        args.only = set(ALL_FIGURES) - ({"png"} if args.quick else set())
    unknown = args.only - set(ALL_FIGURES)
    if unknown:
        parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    return args


def say(text: str) -> None:
    """A line (or lines) on standard output."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def compile_sources() -> None:
    """Compile Parcours' modules to bytecode first, as an installed Parcours has them.

    pip compiles a package when it installs it and the bundle ships the bytecode, so a
    user's start never compiles Parcours. Without this, a machine that sets
    PYTHONDONTWRITEBYTECODE (this one does) would compile every module from source in every
    fresh process of the suite (0.1 s of each start-up), while PySide6 and the standard
    library, all a baseline imports, come compiled.
    """
    import compileall

    for package in ("app", "benchmarks", "scripts"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as folder:
        scratch = Path(folder)
        # This process's editor windows autosave and remember files too: not in the real home.
        os.environ.update(scratch_environment(scratch / "home"))
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform(scratch)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        sys.excepthook = record_error  # an exception in an editor slot is a failed figure
        suite = Suite(args, scratch)
        suite.run()
        del app
    rows = suite.rows
    say(table(rows) + "\n\n" + growth_table(rows) + "\n")
    elapsed = suite.budget.elapsed
    errors = sum(1 for row in rows if row.errors)
    failed = sum(1 for row in rows if row.passed is False) - errors
    passed = sum(1 for row in rows if row.passed)
    skipped = sum(1 for row in rows if not row.value.samples and not row.errors)
    box = machine()
    say(
        f"Machine: {box['cpu']}, {box['cpus']} CPUs, {box['memory']}; {box['system']}; "
        f"Python {box['python']}, PySide6 {box['pyside6']}."
    )
    say(
        f"{passed} targets met, {failed} missed, {errors} rows in error, {skipped} rows skipped; "
        f"{elapsed:.0f} s in all."
    )
    write_json(
        args.json,
        suite.rows,
        {
            "started": started,
            "elapsed_s": elapsed,
            "summary": {"met": passed, "missed": failed, "errors": errors, "skipped": skipped},
            "options": {
                "sizes": args.sizes,
                "repeat": args.repeat,
                "warmup": args.warmup,
                "only": sorted(args.only),
                "budget": args.budget,
            },
        },
    )
    say(f"Results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
