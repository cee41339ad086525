"""The parcours command line, used as a person would use it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.model import fileformat

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "mermaid"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_french_five_phase_map_validates_and_lists_its_phases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.journey"
    assert run(capsys, "new", "--template", "five-phases", "--lang", "fr", "-o", path)[0] == 0
    code, out, _ = run(capsys, "validate", path)
    assert code == 0 and "valid" in out
    code, out, _ = run(capsys, "info", path, "--json")
    info = json.loads(out)
    assert info["phases"] == [
        "Sensibilisation",
        "Considération",
        "Achat",
        "Fidélisation",
        "Recommandation",
    ]
    assert info["touchpoints"] == 0
    assert info["personas"] == ["Client principal"]
    assert "Émotions" in info["lanes"]


@pytest.mark.parametrize("template", ["blank", "five-phases", "three-phases", "four-steps"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_template_makes_a_valid_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str, lang: str
) -> None:
    path = tmp_path / f"{template}.journey"
    assert run(capsys, "new", "--template", template, "--lang", lang, "-o", path)[0] == 0
    doc = fileformat.load(path)
    assert doc.language == lang
    assert len(doc.personas) == 1
    assert doc.lanes[0].kind == "touchpoints"
    if template == "blank":  # a blank map starts with one card lane and nothing else
        assert [lane.kind for lane in doc.lanes] == ["touchpoints"]
    else:
        assert "emotion" in [lane.kind for lane in doc.lanes]


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.journey"
    path.write_text("precious")
    code, _, err = run(capsys, "new", "-o", path)
    assert code == 2 and "already exists" in err
    assert path.read_text() == "precious"
    assert run(capsys, "new", "-o", path, "--force")[0] == 0


def test_info_summarises_emotions_in_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.journey"
    run(capsys, "new", "-o", path)
    doc = fileformat.load(path)
    from app.model.document import Touchpoint

    persona = doc.personas[0].id
    for score in (-2.0, 1.0):
        doc.touchpoints.append(
            Touchpoint(
                phase_id=doc.phases[0].id,
                lane_id=doc.lanes[0].id,
                title="t",
                emotions={persona: score},
            )
        )
    fileformat.save(doc, path)
    code, out, _ = run(capsys, "info", path)
    assert code == 0
    assert "Touchpoints:  2" in out
    assert "Main customer  -0.50" in out


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["properties"]["format"]["const"] == "parcours-journey"


def good_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    path = tmp_path / "good.journey"
    run(capsys, "new", "-o", path)
    return path.read_bytes()


BROKEN = {
    "not json": lambda good: b"hello, I am a text file\n",
    "wrong types": lambda good: good.replace(b'"collapsed": false', b'"collapsed": "maybe"', 1),
    "dangling reference": lambda good: good.replace(
        b'"lanes": [',
        b'"lanes": [{"id": "m", "kind": "metric", "name": "X", "metric_id": "nope"},',
        1,
    ),
    "newer version": lambda good: good.replace(b'"version": 1', b'"version": 7'),
    "truncated": lambda good: good[: len(good) * 2 // 3],
    "empty": lambda good: b"",
    "binary junk": lambda good: bytes(range(255, 0, -1)) * 10,
}


@pytest.mark.parametrize("command", ["validate", "info", "export"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_maps_give_one_clear_error_exit_1_and_stay_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, case: str
) -> None:
    content = BROKEN[case](good_map(tmp_path, capsys))
    path = tmp_path / "broken.journey"
    path.write_bytes(content)
    extra = ["-o", tmp_path / "out.csv"] if command == "export" else []
    code, _, err = run(capsys, command, path, *extra)
    assert code == 1
    assert err.startswith(str(path) + ":")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == content
    assert not (tmp_path / "out.csv").exists()


def test_a_csv_with_bad_numbers_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "workshop.csv"
    content = (
        "phase,title,emotion:Léa\nAwareness,Ad,1\nPurchase,Checkout,very sad\nPurchase,Pay,9\n"
    )
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "w.journey"
    code, _, err = run(capsys, "import", source, "-o", out)
    assert code == 1
    assert "line 3" in err and "line 4" in err and "very sad" in err
    assert not out.exists()
    assert source.read_text(encoding="utf-8") == content

    code, _, err = run(capsys, "import", source, "-o", out, "--skip-invalid")
    assert code == 0
    assert [t.title for t in fileformat.load(out).touchpoints] == ["Ad"]
    assert "line 3" in err


def test_csv_export_then_import_gives_the_same_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = REPO / "app" / "data" / "samples" / "guitar-purchase.en.journey"
    csv_path, back = tmp_path / "guitar.csv", tmp_path / "back.journey"
    assert run(capsys, "export", sample, "-o", csv_path)[0] == 0
    assert run(capsys, "import", csv_path, "-o", back)[0] == 0
    original, again = fileformat.load(sample), fileformat.load(back)
    assert [p.name for p in again.phases] == [p.name for p in original.phases]
    assert [p.name for p in again.personas] == [p.name for p in original.personas]
    assert [t.title for t in again.touchpoints_in_journey_order()] == [
        t.title for t in original.touchpoints_in_journey_order()
    ]


@pytest.mark.parametrize("diagram", sorted(CORPUS.glob("*.mmd")), ids=lambda p: p.name)
def test_every_corpus_diagram_imports_and_exports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], diagram: Path
) -> None:
    out = tmp_path / "m.journey"
    code, _, err = run(capsys, "import", diagram, "-o", out)
    assert code == 0, err
    doc = fileformat.load(out)
    sections = [
        line.strip()[len("section ") :]
        for line in diagram.read_text().splitlines()
        if line.strip().startswith("section ")
    ]
    assert [p.name for p in doc.phases] == sections
    mmd = tmp_path / "again.mmd"
    assert run(capsys, "export", out, "-o", mmd)[0] == 0
    again = tmp_path / "again.journey"
    assert run(capsys, "import", mmd, "-o", again)[0] == 0
    back = fileformat.load(again)
    assert [p.name for p in back.phases] == sections
    assert len(back.touchpoints) == len(doc.touchpoints)
    assert [p.name for p in back.personas] == [p.name for p in doc.personas]


def test_usage_errors_exit_2_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", tmp_path / "notes.docx", "-o", tmp_path / "x.journey")
    assert code == 2 and "give a .csv or .mmd file" in err
    code, _, err = run(capsys, "new", "-o", tmp_path / "x.json")
    assert code == 2 and "must be a .journey file" in err
    for argv in (["frobnicate", "now"], ["export"], ["info", "a.journey", "--colour"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_a_single_argument_that_is_not_a_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, tmp_path / "missing.journey")
    assert code == 1 and "there is no such file" in err


def test_the_editor_says_clearly_when_there_is_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.app import display_problem

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    if sys.platform.startswith("linux"):
        problem = display_problem()
        assert problem is not None and "no display was found" in problem
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_problem() is None


def test_missing_input_file_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "validate", tmp_path / "nowhere.journey")
    assert code == 1 and "there is no such file" in err


def test_the_installed_command_and_python_dash_m_agree() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("parcours ")


# -- every command that reads a map accepts an export made by Parcours -------------


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The English sample map exported once to PDF, PNG and SVG by ``parcours export``.

    In another process, as a user runs it: PNG and SVG exports start a Qt
    application, and a test process can hold only one (the UI tests need theirs).
    """
    folder = tmp_path_factory.mktemp("exports")
    sample = REPO / "app" / "data" / "samples" / "guitar-purchase.en.journey"
    made = {}
    for kind in ("pdf", "png", "svg"):
        target = folder / f"guitar.{kind}"
        command = [sys.executable, "-m", "app", "export", str(sample), "-o", str(target)]
        done = subprocess.run([*command, "--no-appendix"], capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr
        made[kind] = target
    return made


@pytest.mark.parametrize("kind", ["pdf", "png", "svg"])
def test_info_validate_and_export_read_a_map_from_an_export(
    exports: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    capsys.readouterr()
    sample = fileformat.load(REPO / "app" / "data" / "samples" / "guitar-purchase.en.journey")
    code, out, err = run(capsys, "info", exports[kind], "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["title"] == sample.title
    assert info["phases"] == [p.name for p in sample.phases]

    code, out, err = run(capsys, "validate", exports[kind])
    assert code == 0, err
    assert f"{len(sample.touchpoints)} touchpoints" in out

    csv_path = tmp_path / "from-export.csv"
    code, _, err = run(capsys, "export", exports[kind], "-o", csv_path)
    assert code == 0, err
    assert csv_path.read_bytes().count(b"\n") > len(sample.touchpoints)


def test_an_image_not_made_by_parcours_is_one_sentence_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "holiday.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    for command in (["info", image], ["validate", image]):
        code, _, err = run(capsys, *command)
        assert code == 1
        assert err.startswith(f"{image}:") and len(err.strip().splitlines()) == 1
        assert "UTF-8" not in err


def test_a_french_map_exported_to_csv_and_imported_stays_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = REPO / "app" / "data" / "samples" / "guitar-purchase.fr.journey"
    csv_path, back = tmp_path / "guitare.csv", tmp_path / "retour.journey"
    assert run(capsys, "export", sample, "-o", csv_path)[0] == 0
    assert run(capsys, "import", csv_path, "-o", back)[0] == 0
    again = fileformat.load(back)
    assert again.language == "fr"
    assert "Points de friction" in [lane.name for lane in again.lanes]
    english = tmp_path / "english.journey"
    assert run(capsys, "import", csv_path, "-o", english, "--lang", "en")[0] == 0
    assert "Pain points" in [lane.name for lane in fileformat.load(english).lanes]


def test_a_mermaid_file_that_is_not_utf8_is_refused_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diagram = tmp_path / "latin1.mmd"
    diagram.write_bytes("journey\nsection Caf\u00e9\n  Order: 3: Me\n".encode("latin-1"))
    code, _, err = run(capsys, "import", diagram, "-o", tmp_path / "x.journey")
    assert code == 1
    assert err.strip() == f"{diagram}: is not UTF-8 text, so not a Mermaid diagram"
