"""Smoke-test a packed Parcours bundle as a user would get it (``make package`` runs it).

Unpacks the archive into a temporary folder outside the source tree and, from there,
with a scratch HOME and no display (QT_QPA_PLATFORM=offscreen):

1. ``parcours --version`` prints the version of the source tree;
2. exports the bundled sample map to PDF, PNG and SVG, and checks each file;
3. reopens its own PDF export (``parcours info``: the map travels inside the PDF) and
   exports that PDF back to a .journey that has the sample's touchpoints;
4. opens the editor in French and in English until its first paint (the launcher's
   PARCOURS_QUIT_AFTER_PAINT hook) and checks the menus' language and that every
   catalogue came from inside the bundle (Qt's qtbase_fr.qm included);
5. with ``--startup-runs N``, reports the median time to the editor's first paint.

    python packaging/smoke_test.py dist/parcours-0.1.0-linux-x86_64.tar.gz [--startup-runs 5]

Works as well on a folder (a pip-installed ``parcours``: ``--command /venv/bin/parcours``).
Exit status 0 when everything passed; each check prints one line.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

TIMEOUT = 120
RETITLED = "Smoke test map"


class SmokeFailure(Exception):
    """A check that did not pass; the message says what the user would have seen."""


class Bundle:
    """A ``parcours`` command to test, run with a scratch home from a folder of its own."""

    def __init__(self, command: list[str], scratch: Path, data: Path, frozen: bool) -> None:
        self.command = command
        self.scratch = scratch
        self.data = data  # the folder everything must come from
        self.frozen = frozen
        home = scratch / "home"
        home.mkdir(parents=True, exist_ok=True)
        keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "FONTCONFIG_FILE", "FONTCONFIG_PATH")
        self.env = {name: os.environ[name] for name in keep if name in os.environ}
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(scratch / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            LANGUAGE="en",
        )
        (scratch / "runtime").mkdir(mode=0o700, exist_ok=True)

    def run(
        self, *args: str, extra: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run ``parcours args`` in the scratch folder; fail on a non-zero status."""
        result = subprocess.run(
            [*self.command, *args],
            cwd=self.scratch,
            env={**self.env, **(extra or {})},
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if result.returncode != 0:
            raise SmokeFailure(
                f"`parcours {' '.join(args)}` exited with {result.returncode}:\n"
                f"{result.stdout}{result.stderr}"
            )
        return result

    def first_paint(self, *args: str) -> dict[str, object]:
        """Open the editor until its first paint; return the launcher's report with ``seconds``."""
        report = self.scratch / "first-paint.json"
        report.unlink(missing_ok=True)
        started = time.time()
        self.run(*args, extra={"PARCOURS_QUIT_AFTER_PAINT": str(report)})
        if not report.exists():
            raise SmokeFailure(f"`parcours {' '.join(args)}` never painted its window")
        found: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
        found["seconds"] = float(str(found["painted"])) - started
        return found


def unpack(archive: Path, into: Path) -> Path:
    """Unpack ``archive`` into ``into``; return the bundle's top folder."""
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as packed:
            packed.extractall(into)
    else:
        with tarfile.open(archive) as packed:
            packed.extractall(into, filter="tar")
    [top] = [path for path in into.iterdir() if path.is_dir()]
    return top


def bundle_version(command: list[str], scratch: Path) -> str:
    """What ``parcours --version`` prints."""
    return subprocess.run(
        [*command, "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=scratch,
        timeout=TIMEOUT,
    ).stdout.strip()


def check(label: str, condition: bool, detail: str = "") -> None:
    """Print one result line; raise when ``condition`` is false."""
    if not condition:
        raise SmokeFailure(f"{label}: {detail}" if detail else label)
    print(f"  ok  {label}", flush=True)


def check_exports(bundle: Bundle, sample: Path) -> None:
    """Export ``sample`` to PDF, PNG and SVG; reopen the PDF."""
    out = bundle.scratch / "exports"
    out.mkdir(exist_ok=True)
    pdf, png, svg = out / "sample.pdf", out / "sample.png", out / "sample.svg"
    for target in (pdf, png, svg):
        bundle.run("export", str(sample), "-o", str(target))
    check(
        "PDF export",
        pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000,
        f"{pdf.stat().st_size} bytes",
    )
    header = png.read_bytes()[:24]
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    check(
        f"PNG export ({width} x {height})",
        header[:8] == b"\x89PNG\r\n\x1a\n" and width > 1000 and height > 500,
    )
    text = svg.read_text(encoding="utf-8")
    check("SVG export", "<svg" in text and "guitar" in text, text[:200])

    info = json.loads(bundle.run("info", "--json", str(pdf)).stdout)
    original = json.loads(bundle.run("info", "--json", str(sample)).stdout)
    check(
        "the PDF export reopens as the same map (parcours info)",
        info["title"] == original["title"] and info["touchpoints"] == original["touchpoints"],
        f"{info} != {original}",
    )
    back = out / "from-pdf.journey"
    bundle.run("import", str(pdf), "-o", str(back))
    bundle.run("diff", str(sample), str(back))  # exit status 1 when the maps differ
    check("the PDF export turns back into the same .journey (parcours import, diff)", True)


def retitled_pdf(bundle: Bundle, sample: Path) -> Path:
    """A PDF export of the sample under another title (the editor must show that one)."""
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["journey"]["title"] = RETITLED
    journey = bundle.scratch / "exports" / "retitled.journey"
    journey.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pdf = journey.with_suffix(".pdf")
    bundle.run("export", str(journey), "-o", str(pdf))
    return pdf


def check_editor(bundle: Bundle, pdf: Path) -> None:
    """Open the editor in French, then in English on ``pdf`` (a PDF export)."""
    french = bundle.first_paint("--lang", "fr")
    menus = [str(menu) for menu in french["menus"]]  # type: ignore[attr-defined]
    check(
        f"editor in French ({french['seconds']:.1f} s to first paint): menus {menus}",
        french["language"] == "fr" and "&Fichier" in menus and "&Edit" not in menus,
    )
    catalogues = [str(path) for path in french["catalogues"]]  # type: ignore[attr-defined]
    names = sorted(Path(path).name for path in catalogues)
    check(
        f"French catalogues loaded: {', '.join(names)}",
        "qtbase_fr.qm" in names and "core_fr.qm" in names and len(names) >= 6,
    )
    ours = [path for path in catalogues if Path(path).name != "qtbase_fr.qm"]
    check(
        "Parcours' catalogues come from the package under test, not the source tree",
        all(Path(path).resolve().is_relative_to(bundle.data) for path in ours),
        "\n".join(ours),
    )
    if bundle.frozen:
        check(
            "Qt's own catalogue comes from the unpacked bundle too",
            all(Path(path).resolve().is_relative_to(bundle.data) for path in catalogues),
            "\n".join(catalogues),
        )
    check(
        "the window carries Parcours' icon and names its menu entry (parcours.desktop)",
        french.get("icon_sizes") not in (None, [0]) and french.get("desktop_file") == "parcours",
        f"icon sizes {french.get('icon_sizes')}, desktop file {french.get('desktop_file')!r}",
    )
    if bundle.frozen:
        licence = bundle.data / "LICENSE"  # data is the unpacked top folder
        check("the licence is beside the program", licence.is_file(), str(licence))
    english = bundle.first_paint("--lang", "en", str(pdf))
    menus = [str(menu) for menu in english["menus"]]  # type: ignore[attr-defined]
    check(
        f"editor in English on its own PDF export: {english['title']}",
        english["language"] == "en" and "&File" in menus and RETITLED in str(english["title"]),
        str(english),
    )


def measure_startup(bundle: Bundle, runs: int) -> float:
    """The median time from start to the editor's first paint, over ``runs`` runs."""
    times = [float(str(bundle.first_paint("--lang", "en")["seconds"])) for _ in range(runs)]
    median = statistics.median(times)
    shown = ", ".join(f"{t:.2f}" for t in times)
    print(f"  --  start-up to first paint: median {median:.2f} s over {runs} runs ({shown})")
    return median


def smoke(bundle: Bundle, sample: Path, startup_runs: int) -> None:
    """Every check, in order."""
    check(f"the sample map is inside: {sample.name}", sample.exists(), str(sample))
    check_exports(bundle, sample)
    check_editor(bundle, retitled_pdf(bundle, sample))
    if startup_runs:
        measure_startup(bundle, startup_runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, help="the .tar.gz or .zip to test")
    parser.add_argument("--command", help="test this installed parcours instead of an archive")
    parser.add_argument("--startup-runs", type=int, default=0, help="measure the start-up")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="parcours-smoke-"))
    if scratch.resolve().is_relative_to(ROOT):
        parser.error("the scratch folder must be outside the source tree (set TMPDIR)")
    try:
        if args.command:
            # An installed parcours (pip, pipx): the same checks through packaging/launcher.py
            # run by its Python (the launcher adds the first-paint hook to app.cli.main).
            python = str(Path(args.command).resolve().with_name("python"))  # pipx links the script
            found = subprocess.run(
                [python, "-c", "from app.resources import RESOURCES; print(RESOURCES)"],
                capture_output=True, text=True, check=True, cwd=scratch,
            ).stdout.strip()  # fmt: skip
            data = Path(found).resolve()
            check(
                f"the installed package is not the source tree: {data}",
                not data.is_relative_to(ROOT),
            )
            version = subprocess.run(
                [args.command, "--version"], capture_output=True, text=True, check=True, cwd=scratch
            ).stdout.strip()
            check(
                f"`{args.command} --version` says {version!r}", version == f"parcours {__version__}"
            )
            command = [python, str(ROOT / "packaging" / "launcher.py")]
            sample = data / "samples" / "guitar-purchase.en.journey"
            print(f"Smoke test of {args.command}")
        else:
            archive = args.archive.resolve()
            top = unpack(archive, scratch / "unpacked")
            executable = top / ("parcours.exe" if sys.platform == "win32" else "parcours")
            command, data = [str(executable)], top.resolve()
            version = bundle_version(command, scratch)
            check(f"`parcours --version` says {version!r}", version == f"parcours {__version__}")
            sample = top / "_internal" / "app" / "data" / "samples" / "guitar-purchase.en.journey"
            print(f"Smoke test of {archive.name}, unpacked in {top}")
        smoke(Bundle(command, scratch, data, frozen=not args.command), sample, args.startup_runs)
    except (SmokeFailure, subprocess.SubprocessError) as failure:
        print(f"FAILED {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
