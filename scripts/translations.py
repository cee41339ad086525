"""Regenerate the French catalogues from the sources and compile them (``make translations``).

Each catalogue (``app/data/translations/<area>_fr.ts``) covers the source files listed
in CATALOGUES; ``pyside6-lupdate`` adds new source strings to it (keeping existing
translations), and ``pyside6-lrelease`` compiles every ``.ts`` into the ``.qm`` file
Parcours loads. The ``.qm`` files are built, never committed.

    python scripts/translations.py            # update the .ts files, then compile
    python scripts/translations.py --compile  # compile only (what the build needs)
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "app" / "data" / "translations"
LANGUAGES = ("fr",)

CATALOGUES: dict[str, list[str]] = {
    # The main window, its menus and actions, start-up, preferences and the language itself.
    "core": [
        "app/i18n.py",
        "app/ui/main_window.py",
        "app/ui/actions.py",
        "app/ui/docks.py",
        "app/ui/app.py",
        "app/ui/session.py",
    ],
    # Preferences, themes (light, dark, high contrast) and accessibility descriptions.
    "preferences": [
        "app/ui/preferences.py",
        "app/ui/appearance.py",
        "app/ui/settings.py",
        "app/ui/accessibility.py",
    ],
    # The panels: inspector, personas, structure, channels, insights, find.
    "panels": [
        "app/ui/inspector/*.py",
        "app/ui/personas_panel.py",
        "app/ui/persona_card.py",
        "app/ui/structure_panel.py",
        "app/ui/structure_menus.py",
        "app/ui/lane_kinds.py",
        "app/ui/channel_palette.py",
        "app/ui/questions.py",
        "app/ui/reorder_list.py",
        "app/ui/controls.py",
        "app/ui/note_colours.py",
        "app/ui/icons.py",
        "app/ui/insights_panel.py",
        "app/ui/find_bar.py",
    ],
    # Dialogs and modes: export, compare, presentation, recovery, files, the canvas menus.
    "dialogs": [
        "app/ui/export_dialog.py",
        "app/ui/compare_view.py",
        "app/ui/future_state.py",
        "app/ui/presentation/*.py",
        "app/ui/clipboard.py",
        "app/ui/autosave.py",
        "app/ui/recovery_dialog.py",
        "app/ui/file_guard.py",
        "app/ui/crash.py",
        "app/ui/shortcuts_help.py",
        "app/ui/canvas/*.py",
    ],
    # What the model and the command line say: errors, insights, comparisons, commands.
    "messages": [
        "app/cli.py",
        "app/cli_*.py",
        "app/model/*.py",
        "app/export/*.py",
        "app/layout/*.py",
    ],
}


def sources(area: str) -> list[Path]:
    """The source files of one catalogue, sorted."""
    found: set[Path] = set()
    for pattern in CATALOGUES[area]:
        found.update(ROOT.glob(pattern))
    return sorted(found)


def catalogue(area: str, language: str) -> Path:
    """Where one catalogue's ``.ts`` source lives."""
    return FOLDER / f"{area}_{language}.ts"


def _tool(name: str) -> str:
    script = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(script) if script.exists() else f"pyside6-{name}"


def update(area: str, language: str, ts: Path | None = None) -> None:
    """Add the source strings of ``area`` to its catalogue (or to ``ts``), dropping gone ones."""
    files = [str(path.relative_to(ROOT)) for path in sources(area)]
    target = ts or catalogue(area, language)
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )


def compile_all() -> list[Path]:
    """Compile every ``.ts`` into its ``.qm``; return the ``.qm`` files."""
    built = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files")
    parser.add_argument("areas", nargs="*", help="catalogues to update (default: all)")
    args = parser.parse_args()
    if not args.compile:
        for area in args.areas or CATALOGUES:
            for language in LANGUAGES:
                update(area, language)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
