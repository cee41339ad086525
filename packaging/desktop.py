"""Install Parcours for the current user on Linux, or uninstall it.

    python packaging/desktop.py install [--prefix DIR] [--bin-dir DIR]
                                        [--bundle PATH | --no-bundle] [--no-default]
    python packaging/desktop.py uninstall [--prefix DIR]

``install`` copies the application bundle (dist/parcours-<version>-linux-<machine>/, built
with packaging/build.py when missing; ``--bundle`` also takes the .tar.gz archive) to
``<prefix>/parcours/<version>/``, links ``~/.local/bin/parcours`` to it, and adds the menu
entry, the icons, the .journey file type (application/vnd.parcours.journey+json), the AppStream
metainfo and the manual page, then updates the desktop's caches and makes Parcours open
.journey files. ``<prefix>`` is ``$XDG_DATA_HOME`` (default ~/.local/share). With
``--no-bundle`` the menu entry runs this source tree with the current Python instead.

Everything created or changed is written to ``<prefix>/parcours/install-manifest.json``;
``uninstall`` takes back exactly that and leaves the folders as they were.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

from desktop_manifest import Manifest, read_text  # noqa: E402 - needs the path above

DESKTOP_ID = "parcours.desktop"
MIME_TYPE = "application/vnd.parcours.journey+json"
OPEN_ON_REQUEST = ("application/pdf", "image/png", "image/svg+xml")
"""Types Parcours can open (its own exports) without becoming their default application."""
LINUX = PACKAGING / "linux"
METAINFO_NAME = "io.github.parcours.parcours.metainfo.xml"
MANIFEST_NAME = "install-manifest.json"


def say(message: str) -> None:
    """Tell the user what happens (the installer's only output)."""
    sys.stdout.write(f"parcours desktop: {message}\n")
    sys.stdout.flush()


def source_version() -> str:
    """The version in app/__init__.py (read, not imported: no Qt needed)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("parcours desktop: no __version__ in app/__init__.py")
    return found.group(1)


def default_bundle(version: str) -> Path:
    """Where packaging/build.py puts the bundle of ``version`` for this machine."""
    return ROOT / "dist" / f"parcours-{version}-linux-{platform.machine()}"


@dataclass(frozen=True)
class Places:
    """The folders an installation writes to."""

    data: Path  # $XDG_DATA_HOME
    config: Path  # $XDG_CONFIG_HOME
    bin: Path  # where the `parcours` command goes

    @classmethod
    def from_environment(cls, prefix: Path | None, bin_dir: Path | None) -> Places:
        home = Path.home()
        data = prefix or Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        bin_dir = bin_dir or home / ".local" / "bin"
        return cls(data.absolute(), config.absolute(), bin_dir.absolute())

    @property
    def home(self) -> Path:
        return self.data / "parcours"

    @property
    def manifest(self) -> Path:
        return self.home / MANIFEST_NAME

    def mimeapps(self) -> list[Path]:
        """The files ``xdg-mime default`` may write the default application to."""
        desktops = os.environ.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
        names = ["mimeapps.list"] + [f"{name}-mimeapps.list" for name in desktops if name]
        return [self.config / name for name in names] + [
            self.data / "applications" / "mimeapps.list",
            self.data / "applications" / "defaults.list",
        ]


def desktop_value(text: str) -> str:
    """``text`` as a desktop-entry string value (backslashes doubled)."""
    return text.replace("\\", "\\\\")


def exec_argument(path: Path) -> str:
    """A program path as the first word of a desktop entry's Exec key (quoted if needed)."""
    text = str(path)
    if re.fullmatch(r"[A-Za-z0-9_/.+,:@=-]+", text):
        return text
    return '"' + re.sub(r'(["`$\\])', r"\\\1", text).replace("%", "%%") + '"'


def desktop_entry(program: Path) -> str:
    """packaging/linux/parcours.desktop, running ``program``."""
    text = (LINUX / "parcours.desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^# packaging/desktop\.py replaces.*\n", "", text)
    text = re.sub(r"(?m)^TryExec=.*$", lambda _: f"TryExec={desktop_value(str(program))}", text)
    command = desktop_value(exec_argument(program))
    return re.sub(r"(?m)^Exec=parcours ", lambda _: f"Exec={command} ", text)


def source_launcher() -> str:
    """A shell script running this source tree's Parcours with the current Python."""
    python, root = shlex.quote(sys.executable), shlex.quote(str(ROOT))
    return (
        "#!/bin/sh\n"
        f"# Parcours from the source tree {ROOT} (packaging/desktop.py install --no-bundle).\n"
        f'PYTHONPATH={root}${{PYTHONPATH:+:$PYTHONPATH}} exec {python} -m app "$@"\n'
    )


def query_default(mime_type: str) -> str:
    """The desktop entry ``xdg-mime`` says opens ``mime_type`` ("" when none, or no xdg-mime)."""
    if shutil.which("xdg-mime") is None:
        return ""
    done = subprocess.run(
        ["xdg-mime", "query", "default", mime_type], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def set_default(places: Places, mime_type: str, desktop_id: str) -> None:
    """Make ``desktop_id`` the default application of ``mime_type`` (xdg-mime, else by hand)."""
    if shutil.which("xdg-mime") is not None:
        done = subprocess.run(
            ["xdg-mime", "default", desktop_id, mime_type], capture_output=True, text=True
        )
        if done.returncode == 0 and query_default(mime_type) == desktop_id:
            return
    from desktop_manifest import ini_set

    path = places.config / "mimeapps.list"
    text = ini_set(read_text(path) or "", "Default Applications", mime_type, desktop_id)
    path.write_text(text, encoding="utf-8")


def bundle_program(args: argparse.Namespace, version: str, scratch: Path) -> Path | None:
    """The bundle folder to install (built first if missing; an archive is unpacked into
    ``scratch``), or None with --no-bundle."""
    if args.no_bundle:
        return None
    bundle = Path(args.bundle) if args.bundle else default_bundle(version)
    if not bundle.exists() and args.bundle is None:
        say(f"no bundle at {bundle}: building it with packaging/build.py")
        build = PACKAGING / "build.py"
        if not build.exists():
            raise SystemExit("parcours desktop: packaging/build.py is missing; use --no-bundle")
        subprocess.run([sys.executable, str(build)], check=True)
    if bundle.is_file() and bundle.name.endswith((".tar.gz", ".tgz")):
        bundle = unpack(bundle, scratch)
    program = bundle / "parcours"
    if not (program.is_file() and os.access(program, os.X_OK)):
        raise SystemExit(f"parcours desktop: {bundle} is not a Parcours bundle (no parcours in it)")
    return bundle.resolve()


def unpack(archive: Path, scratch: Path) -> Path:
    """Unpack a bundle archive (one top folder, as packaging/build.py packs it)."""
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+: no links out, no devices
            tar.extractall(scratch, filter="data")
        else:
            tar.extractall(scratch)
    folders = [path for path in scratch.iterdir() if path.is_dir()]
    if len(folders) != 1:
        raise SystemExit(f"parcours desktop: {archive} does not hold one bundle folder")
    return folders[0]


def bundle_version(bundle: Path | None, fallback: str) -> str:
    """The version in a bundle folder's name (parcours-<version>-linux-<machine>)."""
    found = re.fullmatch(r"parcours-(.+)-linux-[^-]+", bundle.name) if bundle else None
    return found.group(1) if found else fallback


def install_files(manifest: Manifest, places: Places, bundle: Path | None) -> Path:
    """Put every file in place; return the installed program."""
    target = places.home / manifest.version
    if bundle is not None:
        manifest.copy_tree(bundle, target)
        program = target / "parcours"
    else:
        program = manifest.write(target / "parcours", source_launcher().encode(), executable=True)
    launcher = places.bin / "parcours"
    if launcher.exists() or launcher.is_symlink():
        say(f"{launcher} already exists (another Parcours?): left as it is")
    else:
        manifest.symlink(launcher, program)

    applications = places.data / "applications"
    manifest.write(applications / DESKTOP_ID, desktop_entry(program).encode())
    xml = (LINUX / "parcours.xml").read_bytes()
    manifest.write(places.data / "mime" / "packages" / "parcours.xml", xml)

    from metainfo import CHANGELOG, TEMPLATE, metainfo

    text = metainfo(TEMPLATE.read_text("utf-8"), CHANGELOG.read_text("utf-8"))
    manifest.write(places.data / "metainfo" / METAINFO_NAME, text.encode())

    from render_icons import render_theme

    with tempfile.TemporaryDirectory() as scratch:
        for icon in render_theme(Path(scratch)):
            relative = icon.relative_to(scratch)
            manifest.write(places.data / "icons" / "hicolor" / relative, icon.read_bytes())

    from manpage import manpage

    manifest.write(places.data / "man" / "man1" / "parcours.1", manpage("en").encode())
    from app.i18n import catalogues

    if any(Path(path).name == "messages_fr.qm" for path in catalogues("fr")):  # the CLI's
        manifest.write(places.data / "man" / "fr" / "man1" / "parcours.1", manpage("fr").encode())
    else:
        say("no French man page: the French catalogues are not compiled (make qm)")
    return program


def install_everything(
    manifest: Manifest,
    places: Places,
    bundle: Path | None,
    no_default: bool,
    previous: dict[str, str],
) -> Path:
    """Files, caches and default applications; return the installed program."""
    manifest.make_dirs(places.home)
    program = install_files(manifest, places, bundle)
    manifest.regenerate("mime", places.data / "mime", say)
    manifest.regenerate("desktop", places.data / "applications", say)
    if (places.data / "icons" / "hicolor" / "index.theme").exists():
        manifest.regenerate("icons", places.data / "icons" / "hicolor", say)
    manifest.make_dirs(places.config)
    if not no_default:
        set_default(places, MIME_TYPE, DESKTOP_ID)
    for mime_type, before in previous.items():
        # Listed for "Open With" only: the user's PDF, PNG and SVG viewers stay the default.
        if before and before != DESKTOP_ID and query_default(mime_type) == DESKTOP_ID:
            set_default(places, mime_type, before)
    return program


def install(args: argparse.Namespace) -> int:
    """``install``: everything, recorded in the manifest; on failure, everything taken back."""
    places = Places.from_environment(args.prefix, args.bin_dir)
    with tempfile.TemporaryDirectory(prefix="parcours-bundle-") as scratch:
        bundle = bundle_program(args, source_version(), Path(scratch))
        if places.manifest.exists():
            say(f"removing the installation recorded in {places.manifest} first")
            uninstall(args)
        return install_bundle(args, places, bundle)


def install_bundle(args: argparse.Namespace, places: Places, bundle: Path | None) -> int:
    """Install ``bundle`` (None: this source tree) and write the manifest."""
    manifest = Manifest(bundle_version(bundle, source_version()))
    configs = {path: read_text(path) for path in places.mimeapps()}
    previous = {mime_type: query_default(mime_type) for mime_type in OPEN_ON_REQUEST}
    try:
        program = install_everything(manifest, places, bundle, args.no_default, previous)
    except BaseException as error:
        say("installation failed: taking back what was done")
        for path, text in configs.items():
            manifest.record_config(path, text)
        manifest.undo(say)
        if isinstance(error, FileExistsError):
            say(f"{error.filename} already exists and was not installed by this script")
            say("nothing was installed: move that file away, then install again")
            return 1
        raise
    for path, text in configs.items():
        manifest.record_config(path, text)
    manifest.save(places.manifest)
    say(f"installed Parcours {manifest.version}: {program}")
    say(f"menu entry {places.data / 'applications' / DESKTOP_ID}; undo with 'uninstall'")
    return 0


def uninstall(args: argparse.Namespace) -> int:
    """``uninstall``: take back what the manifest records, then remove the manifest."""
    places = Places.from_environment(args.prefix, getattr(args, "bin_dir", None))
    if not places.manifest.exists():
        say(f"nothing to uninstall: no {places.manifest}")
        return 0
    manifest = Manifest.load(places.manifest)
    places.manifest.unlink()
    manifest.undo(say)
    say(f"uninstalled Parcours {manifest.version}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The installer's command line."""
    parser = argparse.ArgumentParser(
        prog="desktop.py", description=__doc__.splitlines()[0] if __doc__ else None
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("install", "install for this user"), ("uninstall", "remove it again")):
        command = commands.add_parser(name, help=text)
        command.add_argument(
            "--prefix", type=Path, help="data folder (default: $XDG_DATA_HOME or ~/.local/share)"
        )
        command.add_argument("--bin-dir", type=Path, help="folder of the command (~/.local/bin)")
        if name == "install":
            where = command.add_mutually_exclusive_group()
            where.add_argument(
                "--bundle",
                help="the bundle folder or its .tar.gz (default: dist/parcours-<version>-linux-…)",
            )
            where.add_argument(
                "--no-bundle", action="store_true", help="run this source tree instead"
            )
            command.add_argument(
                "--no-default",
                action="store_true",
                help="do not make Parcours the default application for .journey files",
            )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``install`` or ``uninstall``."""
    if not sys.platform.startswith("linux"):
        say("desktop integration is for Linux; see docs/packaging.md for Windows and macOS")
        return 1
    args = build_parser().parse_args(argv)
    return install(args) if args.command == "install" else uninstall(args)


if __name__ == "__main__":
    sys.exit(main())
