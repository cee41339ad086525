"""An installed Parcours finds its own files: resources, version, package data (issue 12).

The fast tests run in ``make test``. The slow one installs Parcours (not editable) into a
fresh virtual environment and smoke-tests it from outside the source tree; it runs when
``PARCOURS_PACKAGING_TESTS=1`` (the bundle itself is smoke-tested by ``make package``).
"""

import fnmatch
import os
import subprocess
import sys
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

import app
from app import resources
from app.cli import main

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOT_SHIPPED = {".ts"}  # translation sources: only their compiled .qm are shipped
NOT_SHIPPED_NAMES = {"GLOSSARY.md"}  # for translators


def data_files() -> list[Path]:
    """Every file of app/data that an installed Parcours needs."""
    return sorted(
        path
        for path in resources.RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in NOT_SHIPPED and path.name not in NOT_SHIPPED_NAMES
    )


def test_resources_are_found_through_importlib_resources_inside_the_package() -> None:
    data = files("app") / "data"
    assert isinstance(data, Path)  # a package on the file system: Qt gets real paths
    assert data.resolve() == resources.RESOURCES
    assert resources.RESOURCES.is_relative_to(Path(app.__file__).resolve().parent)
    assert resources.sample_map("fr").name == "guitar-purchase.fr.journey"
    assert resources.sample_map("de").name == "guitar-purchase.en.journey"  # no German sample
    for path in (resources.sample_map("en"), resources.sample_map("fr")):
        assert path.is_file()
    assert {p.name for p in resources.FONTS.iterdir()} >= {
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "OFL.txt",  # the fonts' licence travels with them
    }
    assert (resources.ICONS / "LICENSE.md").is_file()
    assert len(list(resources.ICONS.rglob("*.svg"))) >= 20
    sources = sorted(p.stem for p in resources.TRANSLATIONS.glob("*.ts"))
    assert sources, "the French catalogues are missing"


def test_the_french_catalogues_loaded_are_the_packaged_ones() -> None:
    from app import i18n

    compiled = {p.stem for p in resources.TRANSLATIONS.glob("*.qm")}
    if not compiled:
        pytest.skip("the catalogues are not compiled (make qm)")
    loaded = [Path(path) for path in i18n.catalogues("fr")]
    ours = [path for path in loaded if path.name != "qtbase_fr.qm"]
    assert {path.stem for path in ours} == compiled
    assert all(path.parent == resources.TRANSLATIONS for path in ours)


def test_no_module_looks_for_files_next_to_the_source_tree() -> None:
    """Only app/resources.py says where data lives, and it asks importlib.resources."""
    offenders = []
    for module in sorted((ROOT / "app").rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        if '/ "resources"' in text or "parent.parent /" in text or "parents[1] /" in text:
            offenders.append(str(module.relative_to(ROOT)))
    assert offenders == []


def test_every_data_file_is_declared_as_package_data_for_the_wheel() -> None:
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["app"]
    package = Path(app.__file__).resolve().parent
    undeclared = [
        str(path.relative_to(package))
        for path in data_files()
        if path.suffix != ".qm"  # compiled at build time (setup.py), ignored by git
        and not any(fnmatch.fnmatch(str(path.relative_to(package)), glob) for glob in patterns)
    ]
    assert undeclared == []
    assert "data/translations/*.qm" in patterns


def test_the_version_has_one_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"parcours {app.__version__}"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{app.__version__}]" in changelog


def test_the_bundle_carries_every_data_file_but_the_translation_sources() -> None:
    """packaging/parcours.spec collects app/data with the same rule as the wheel."""
    spec = (ROOT / "packaging" / "parcours.spec").read_text(encoding="utf-8")
    assert 'path.suffix != ".ts" and path.name != "GLOSSARY.md"' in spec
    assert 'KEPT_TRANSLATIONS = {"qtbase_fr.qm"}' in spec
    assert '"QtQml", "QtQuick"' in spec  # QML and Quick stay out


@pytest.mark.skipif(
    os.environ.get("PARCOURS_PACKAGING_TESTS") != "1",
    reason="slow (a fresh virtual environment): set PARCOURS_PACKAGING_TESTS=1",
)
def test_pip_install_into_a_fresh_environment_gives_a_working_parcours(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(ROOT)],
        check=True,
        timeout=900,
        cwd=tmp_path,
    )
    smoke = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "smoke_test.py"),
            "--command",
            str(venv / "bin" / "parcours"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "editor in French" in smoke.stdout
    assert "Smoke test passed." in smoke.stdout


def test_the_launchers_first_paint_report_names_the_map_shown(tmp_path: Path) -> None:
    # The smoke test of the bundle reads this report; the window's frame is painted before
    # the map, so the report must wait for a window showing the map (its title names it).
    import json

    journey = tmp_path / "workshop.journey"
    journey.write_bytes(resources.sample_map("fr").read_bytes())
    report = tmp_path / "report.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PARCOURS_QUIT_AFTER_PAINT": str(report),
    }
    launcher = ROOT / "packaging" / "launcher.py"
    subprocess.run(
        [sys.executable, str(launcher), "--lang", "fr", str(journey)],
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    found = json.loads(report.read_text(encoding="utf-8"))
    assert found["title"].startswith("workshop.journey")
    assert found["menus"][0] == "&Fichier" and found["language"] == "fr"
