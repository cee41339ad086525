"""Desktop integration on Linux (packaging/desktop.py, issue 12): a designer installs Parcours
for themselves, double-clicks a .journey file, and can take it all back.

Every install here runs the real installer in a child process under a scratch HOME,
XDG_DATA_HOME and XDG_CONFIG_HOME, with the real freedesktop tools (xdg-utils,
shared-mime-info, desktop-file-utils); tests needing one that is missing say so and skip.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "desktop.py"
SAMPLE = ROOT / "app" / "data" / "samples" / "guitar-purchase.en.journey"
MIME_TYPE = "application/vnd.parcours.journey+json"
TOOLS = ("xdg-mime", "update-mime-database", "update-desktop-database", "mimetype")

sys.path.insert(0, str(PACKAGING))

needs_tools = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs the Debian packages xdg-utils, shared-mime-info, desktop-file-utils and "
    "libfile-mimeinfo-perl (xdg-mime, update-mime-database, update-desktop-database, mimetype)",
)


class Home:
    """A scratch user: their home, data and configuration folders, and a system data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.data = self.home / ".local" / "share"
        self.config = self.home / ".config"
        self.system = root / "system"  # first in XDG_DATA_DIRS, before /usr/share
        self.home.mkdir(parents=True)
        self.system.mkdir()

    def env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key
            not in (
                "XDG_CURRENT_DESKTOP",
                "XDG_SESSION_DESKTOP",
                "DESKTOP_SESSION",
                "KDE_FULL_SESSION",
                "GNOME_DESKTOP_SESSION_ID",
                "DISPLAY",
                "WAYLAND_DISPLAY",
            )
        }
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.data),
            XDG_CONFIG_HOME=str(self.config),
            XDG_DATA_DIRS=f"{self.system}:/usr/local/share:/usr/share",
            QT_QPA_PLATFORM="offscreen",
        )
        return env

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(command), env=self.env(), capture_output=True, text=True, timeout=120, check=check
        )

    def parcours_desktop(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = self.run(sys.executable, str(DESKTOP), *args, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"desktop.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done

    def query(self, *args: str) -> str:
        return self.run("xdg-mime", "query", *args).stdout.strip()

    def snapshot(self) -> dict[str, str]:
        """Every path under the scratch home with what it is: a file's hash, a link's target."""
        found = {}
        for path in sorted(self.home.rglob("*")):
            name = path.relative_to(self.home).as_posix()
            if path.is_symlink():
                found[name] = f"link -> {os.readlink(path)}"
            elif path.is_dir():
                found[name] = "folder"
            else:
                found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        return found


@pytest.fixture
def scratch(tmp_path: Path) -> Home:
    return Home(tmp_path)


def lived_in(home: Home) -> None:
    """Give the scratch user what a real one has: their own defaults, file types, programs."""
    (home.config).mkdir(parents=True)
    (home.config / "mimeapps.list").write_text(
        "# my own choices\n[Default Applications]\ntext/x-my-notes=notes.desktop\n"
        "text/plain=gedit.desktop\n\n"
        "[Added Associations]\ntext/plain=gedit.desktop;\n",
        encoding="utf-8",
    )
    packages = home.data / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / "notes.xml").write_text(
        '<?xml version="1.0"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
        '<mime-type type="text/x-my-notes"><comment>My notes</comment>'
        '<glob pattern="*.mynotes"/></mime-type></mime-info>\n',
        encoding="utf-8",
    )
    home.run("update-mime-database", str(home.data / "mime"))
    applications = home.data / "applications"
    applications.mkdir(parents=True)
    (applications / "notes.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Notes\nExec=true %f\nMimeType=text/x-my-notes;\n",
        encoding="utf-8",
    )
    home.run("update-desktop-database", str(applications))
    (home.home / ".local" / "bin").mkdir(parents=True)
    (home.home / ".local" / "bin" / "mytool").write_text("#!/bin/sh\n", encoding="utf-8")


def fake_bundle(folder: Path, version: str = "9.9.9") -> Path:
    """A folder shaped like packaging/build.py's bundle, whose program says who it is."""
    bundle = folder / f"parcours-{version}-linux-x86_64"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "library.txt").write_text("Qt would be here\n", encoding="utf-8")
    program = bundle / "parcours"
    program.write_text('#!/bin/sh\necho "fake parcours $*"\n', encoding="utf-8")
    program.chmod(0o755)
    return bundle


@needs_tools
@pytest.mark.parametrize("history", ["a new account", "a lived-in home"])
def test_after_installing_a_double_clicked_journey_opens_in_parcours_and_uninstall_undoes_it(
    scratch: Home, history: str
) -> None:
    if history == "a lived-in home":
        lived_in(scratch)
    before = scratch.snapshot()
    sample = scratch.root / "sample.journey"
    shutil.copyfile(SAMPLE, sample)
    (scratch.root / "x.mynotes").write_text("a note\n", encoding="utf-8")

    scratch.parcours_desktop("install", "--no-bundle")

    assert scratch.query("filetype", str(sample)) == MIME_TYPE
    assert scratch.query("default", MIME_TYPE) == "parcours.desktop"
    launcher = scratch.home / ".local" / "bin" / "parcours"
    assert scratch.run(str(launcher), "--version").stdout.strip().startswith("parcours ")
    if history == "a lived-in home":  # the user's own types and choices still work
        assert scratch.query("default", "text/x-my-notes") == "notes.desktop"
        assert scratch.query("filetype", str(scratch.root / "x.mynotes")) == "text/x-my-notes"

    scratch.parcours_desktop("uninstall")

    assert scratch.snapshot() == before
    assert scratch.query("filetype", str(sample)) != MIME_TYPE


@needs_tools
def test_the_pdf_viewer_stays_the_default_while_open_with_offers_parcours(scratch: Home) -> None:
    applications = scratch.system / "applications"
    applications.mkdir()
    (applications / "viewer.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Viewer\nExec=true %f\n"
        "MimeType=application/pdf;image/png;image/svg+xml;\n",
        encoding="utf-8",
    )
    scratch.run("update-desktop-database", str(applications))
    viewers = {t: scratch.query("default", t) for t in ("application/pdf", "image/svg+xml")}
    assert viewers == {"application/pdf": "viewer.desktop", "image/svg+xml": "viewer.desktop"}
    before = scratch.snapshot()

    scratch.parcours_desktop("install", "--no-bundle")

    assert {t: scratch.query("default", t) for t in viewers} == viewers
    cache = (scratch.data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    for mime_type in ("application/pdf", "image/png", "image/svg+xml", MIME_TYPE):
        assert f"{mime_type}=parcours.desktop;" in cache  # offered in "Open With"
    scratch.parcours_desktop("uninstall")
    assert scratch.snapshot() == before


@needs_tools
def test_a_bundle_installs_into_the_data_folder_even_under_a_home_with_spaces(
    tmp_path: Path,
) -> None:
    scratch = Home(tmp_path / "Léa Moreau's files")
    bundle = fake_bundle(tmp_path / "dist")
    before = scratch.snapshot()

    scratch.parcours_desktop("install", "--bundle", str(bundle))

    installed = scratch.data / "parcours" / "9.9.9"
    assert (installed / "_internal" / "library.txt").read_text(encoding="utf-8")
    launcher = scratch.home / ".local" / "bin" / "parcours"
    assert scratch.run(str(launcher), "map.journey").stdout == "fake parcours map.journey\n"
    entry = scratch.data / "applications" / "parcours.desktop"
    if shutil.which("desktop-file-validate"):
        assert scratch.run("desktop-file-validate", str(entry), check=False).stdout == ""
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f'Exec="{installed}/parcours" %f'
    assert bundle.exists()  # the bundle is copied, not moved

    scratch.parcours_desktop("uninstall")
    assert scratch.snapshot() == before


@needs_tools
def test_installing_again_from_the_archive_replaces_the_first_installation(
    scratch: Home, tmp_path: Path
) -> None:
    before = scratch.snapshot()
    scratch.parcours_desktop("install", "--no-bundle")
    bundle = fake_bundle(tmp_path)
    archive = shutil.make_archive(str(bundle), "gztar", tmp_path, bundle.name)  # as build.py packs
    shutil.rmtree(bundle)
    scratch.parcours_desktop("install", "--bundle", archive)

    assert not (scratch.data / "parcours" / "0.1.0").exists()
    assert (scratch.data / "parcours" / "9.9.9" / "parcours").exists()
    scratch.parcours_desktop("uninstall")
    assert scratch.snapshot() == before
    assert "nothing to uninstall" in scratch.parcours_desktop("uninstall").stdout


@needs_tools
def test_uninstall_keeps_what_the_user_changed_after_installing(scratch: Home) -> None:
    scratch.parcours_desktop("install", "--no-bundle")
    mimeapps = scratch.config / "mimeapps.list"
    mimeapps.write_text(
        mimeapps.read_text(encoding="utf-8") + "[Added Associations]\ntext/csv=calc.desktop;\n",
        encoding="utf-8",
    )
    notes = scratch.data / "applications" / "my-notes.txt"
    notes.write_text("mine\n", encoding="utf-8")

    done = scratch.parcours_desktop("uninstall")

    text = mimeapps.read_text(encoding="utf-8")
    assert "text/csv=calc.desktop;" in text
    assert MIME_TYPE not in text
    assert notes.read_text(encoding="utf-8") == "mine\n"
    assert not (scratch.data / "applications" / "parcours.desktop").exists()
    assert "kept" in done.stdout  # the applications folder holds the user's file: it says so


@needs_tools
def test_an_installation_that_cannot_finish_leaves_nothing_behind(scratch: Home) -> None:
    icon = scratch.data / "icons" / "hicolor" / "48x48" / "apps" / "parcours.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"someone else's icon")
    before = scratch.snapshot()

    done = scratch.parcours_desktop("install", "--no-bundle", check=False)

    assert done.returncode == 1
    assert f"{icon} already exists" in done.stdout
    assert scratch.snapshot() == before


def test_the_desktop_entry_is_valid_and_speaks_french() -> None:
    entry = (PACKAGING / "linux" / "parcours.desktop").read_text(encoding="utf-8")
    assert "Name[fr]=" in entry and "Comment[fr]=" in entry
    assert f"MimeType={MIME_TYPE};" in entry
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "parcours.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "")


def test_the_metainfo_passes_appstream_validation_with_releases_from_the_changelog(
    tmp_path: Path,
) -> None:
    from metainfo import write_metainfo

    from app import __version__

    output = write_metainfo(tmp_path / "io.github.parcours.parcours.metainfo.xml")
    text = output.read_text(encoding="utf-8")
    assert f'<release version="{__version__}" date="' in text
    for screenshot in ("editor-panels-light-en.png", "presentation-phase.png"):
        assert f"/docs/screenshots/{screenshot}</image>" in text
        assert (ROOT / "docs" / "screenshots" / screenshot).exists()
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_the_man_page_documents_every_command_in_both_languages() -> None:
    from manpage import manpage

    from app.cli import COMMANDS

    english = manpage("en")
    for command in COMMANDS:
        assert f".SS \\fB{command}\\fR" in english
    assert "\\fB\\-\\-lang\\fR" in english and "\\fB\\-\\-output\\fR" in english
    french = manpage("fr")
    assert ".SH COMMANDES" in french and "une carte" in french
    if shutil.which("groff") is None:
        pytest.skip("groff is not installed")
    done = subprocess.run(
        ["groff", "-k", "-man", "-ww", "-z"], input=english, capture_output=True, text=True
    )
    assert done.stderr == ""


def test_the_icons_are_drawn_at_every_theme_size(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage
    from render_icons import SIZES, render_theme

    written = render_theme(tmp_path)
    for size in SIZES:
        image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / "parcours.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # not an empty square
    assert len(written) == 2 * len(SIZES) + 2
