"""Build the one-folder application bundle, its archive, and smoke-test it (``make package``).

1. compiles the French catalogues when a ``.qm`` is missing (``make qm`` usually has);
2. runs PyInstaller on ``packaging/parcours.spec`` (installing PyInstaller into this
   Python first when it is missing: the ``package`` extra of pyproject.toml);
3. moves the folder to ``dist/parcours-<version>-<system>-<machine>/`` and packs it into
   ``dist/parcours-<version>-<system>-<machine>.tar.gz`` (``.zip`` on Windows);
4. runs ``packaging/smoke_test.py`` on that archive, outside the source tree.

    python packaging/build.py                 # everything
    python packaging/build.py --no-smoke      # build and pack only
    python packaging/build.py --smoke-only    # test the archive already in dist/
"""

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLES = ROOT / "build" / "bundle"  # PyInstaller's output, renamed into dist/
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402


def bundle_name() -> str:
    """``parcours-<version>-<system>-<machine>``: the bundle folder's and the archive's name."""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"parcours-{__version__}-{system}-{machine}"


def archive_path() -> Path:
    """Where the archive for this version, system and machine goes."""
    return DIST / (bundle_name() + (".zip" if sys.platform == "win32" else ".tar.gz"))


def say(text: str) -> None:
    """One line of progress."""
    print(f"[package] {text}", flush=True)


def compile_translations() -> None:
    """Compile the catalogues when one has no .qm (``make package`` runs ``make qm`` first)."""
    folder = ROOT / "app" / "data" / "translations"
    if any(not ts.with_suffix(".qm").exists() for ts in folder.glob("*.ts")):
        say("compiling the translations")
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "--compile"], check=True
        )


def ensure_pyinstaller() -> None:
    """Install PyInstaller (the ``package`` extra) into this Python when it is missing."""
    if importlib.util.find_spec("PyInstaller") is None:
        say("installing PyInstaller (pip install 'pyinstaller>=6.10')")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"], check=True
        )


def platform_icons() -> list[Path]:
    """``build/icons/parcours.ico`` (Windows) and ``.icns`` (macOS) from the SVG icon.

    Drawn by Qt's SVG renderer at 1,024 pixels (packaging/render_icons.py), then written
    by Pillow (reportlab's dependency) with the sizes each system picks from.
    """
    from PIL import Image
    from render_icons import APP_ICON, render_png

    folder = ROOT / "build" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    large = Image.open(render_png(APP_ICON, 1024, folder / "parcours-1024.png"))
    ico, icns = folder / "parcours.ico", folder / "parcours.icns"
    large.save(ico, sizes=[(n, n) for n in (16, 20, 24, 32, 40, 48, 64, 128, 256)])
    large.save(icns)  # 16 to 1,024 pixels, @2x included
    return [ico, icns]


def build_bundle() -> Path:
    """Run PyInstaller; return the bundle folder ``dist/parcours-<version>-<system>-<machine>``.

    That folder is what ``packaging/desktop.py install`` installs; the archive holds it.
    """
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(BUNDLES), "--workpath", str(WORK),
            str(ROOT / "packaging" / "parcours.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    built = BUNDLES / "parcours"
    target = DIST / bundle_name()
    DIST.mkdir(exist_ok=True)
    if target.exists():
        shutil.rmtree(target)
    built.rename(target)
    shutil.copy2(ROOT / "LICENSE", target / "LICENSE")  # Parcours' licence, beside the program
    say(f"bundle built in {time.monotonic() - started:.0f} s: {target.relative_to(ROOT)}")
    return target


def pack(bundle: Path) -> Path:
    """Pack ``bundle`` (one top folder) into the archive in dist/; return the archive."""
    archive = archive_path()
    DIST.mkdir(exist_ok=True)
    if archive.suffix == ".zip":
        made = shutil.make_archive(str(archive.with_suffix("")), "zip", bundle.parent, bundle.name)
        return Path(made)
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder``."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true", help="do not run the smoke test")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test the archive")
    parser.add_argument(
        "--startup-runs", type=int, default=0,
        help="also measure the editor's time to first paint over this many runs",
    )  # fmt: skip
    args = parser.parse_args()
    archive = archive_path()
    if not args.smoke_only:
        compile_translations()
        ensure_pyinstaller()
        platform_icons()
        bundle = build_bundle()
        archive = pack(bundle)
        say(
            f"bundle {folder_size(bundle) / 1e6:.1f} MB, archive {archive.stat().st_size / 1e6:.1f}"
            f" MB: {archive.relative_to(ROOT)}"
        )
    if args.no_smoke:
        return 0
    command = [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(archive)]
    if args.startup_runs:
        command += ["--startup-runs", str(args.startup_runs)]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
