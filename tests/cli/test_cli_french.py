"""The command line speaks the user's language: French with ``--lang fr`` or a French LANG.

A French user validates a broken map and a good one, asks for help, forgets an
option: every sentence is French and still names the file; counts take the French
plural (0 and 1 are singular). Without French the output is the English it always
was. The editor shows the same French sentence when a broken map is opened.
"""

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.export.formats as formats
from app import i18n
from app.cli import main
from app.model import fileformat
from app.model.document import Touchpoint
from app.model.errors import InputError
from app.model.templates import new_map
from app.resources import RESOURCES, sample_map

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = RESOURCES / "translations" / "messages_fr.qm"


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """French catalogues compiled; the test starts with no French in the environment."""
    if not CATALOGUE.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "--compile"], check=True
        )
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    yield
    i18n.install("en")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "cassé.journey"
    path.write_text("pas du JSON", encoding="utf-8")
    return path


def test_lang_fr_validates_in_french_naming_each_file(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--lang", "fr", "validate", broken, sample_map("fr"))
    assert code == 1
    assert err.startswith(f"{broken}: n'est pas une carte Parcours : le JSON est invalide ligne 1")
    assert out == f"{sample_map('fr')}: valide (5 phases, 17 points de contact)\n"


def test_a_french_lang_variable_is_followed(broken: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    env["LANG"] = "fr_FR.UTF-8"
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(broken)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"{broken}: n'est pas une carte Parcours")


def test_lang_en_wins_over_a_french_environment(
    broken: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "fr_FR.UTF-8")
    code, _, err = run(capsys, "--lang", "en", "validate", broken)
    assert code == 1
    assert err == (
        f"{broken}: is not a Parcours map: the JSON is invalid at line 1, column 1 "
        "(Expecting value)\n"
    )


def test_help_and_a_commands_help_are_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage : parcours ")
    assert "arguments positionnels" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "Parcours : un éditeur hors ligne de cartes de parcours client." in out
    assert "vérifier des cartes" in out and "check maps" not in out

    with pytest.raises(SystemExit):
        main(["--lang", "fr", "export", "--help"])
    out = capsys.readouterr().out
    assert "usage : parcours export [-h] -o SORTIE" in out
    assert "Exporter des cartes." in out
    assert "Ce qui est partagé:" in out
    assert "show" not in out and "default" not in out


def test_a_forgotten_option_is_told_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "fr", "new", "--template", "blank"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage : parcours new")
    assert err.endswith("parcours new: les arguments suivants sont obligatoires : -o/--output\n")

    with pytest.raises(SystemExit):
        main(["--lang", "fr", "new", "--template", "huge", "-o", "x.journey"])
    assert "argument --template : choix invalide : 'huge' (choisir parmi" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("template", "english", "french"),
    [
        ("blank", "(1 phase, 0 touchpoints)", "(1 phase, 0 point de contact)"),
        ("five-phases", "(5 phases, 0 touchpoints)", "(5 phases, 0 point de contact)"),
    ],
)
def test_validate_counts_take_the_plural_of_each_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    template: str,
    english: str,
    french: str,
) -> None:
    path = tmp_path / f"{template}.journey"
    fileformat.save(new_map(template, "en"), path)
    assert run(capsys, "validate", path)[1] == f"{path}: valid {english}\n"
    assert run(capsys, "--lang", "fr", "validate", path)[1] == f"{path}: valide {french}\n"
    single = tmp_path / "one.journey"
    doc = new_map("blank", "en")
    doc.touchpoints = [Touchpoint(phase_id=doc.phases[0].id, lane_id=doc.lanes[0].id, title="A")]
    fileformat.save(doc, single)
    assert run(capsys, "validate", single)[1] == f"{single}: valid (1 phase, 1 touchpoint)\n"
    assert run(capsys, "--lang", "fr", "validate", single)[1] == (
        f"{single}: valide (1 phase, 1 point de contact)\n"
    )


def test_an_unexpected_error_is_told_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> formats.ReadResult:
        raise KeyError

    monkeypatch.setattr(formats, "read_map", broken)
    code, _, err = run(capsys, "--lang", "fr", "info", sample_map())
    assert code == 1
    assert err == (
        f"parcours info: une erreur inattendue (KeyError) a arrêté la commande pendant "
        f"qu'elle traitait {sample_map()}. Rien n'a été écrit. Merci de signaler ce "
        "problème ; PARCOURS_DEBUG=1 en montre les détails.\n"
    )


def test_the_editor_shows_a_french_input_error_when_the_interface_is_french(
    tmp_path: Path,
) -> None:
    path = tmp_path / "carte.journey"
    text = sample_map().read_text(encoding="utf-8")
    text = text.replace('"journey": {', '"journey": {"couleur": "rouge", ', 1)
    path.write_text(text.replace('"emotions": {', '"emotions": {"x": "beaucoup", ', 1))
    i18n.install("fr")
    with pytest.raises(InputError) as error:
        fileformat.load(path)
    told = error.value.describe()
    assert told.startswith(f"{path}: ")
    assert "problèmes :" in told
    assert "journey.couleur: n'est pas un champ que Parcours connaît" in told
    assert "la valeur doit être un nombre valide" in told  # pydantic's words, in French

    i18n.install("en")
    with pytest.raises(InputError) as error:
        fileformat.load(path)
    assert "journey.couleur: is not a field Parcours knows" in error.value.describe()


def test_insights_and_diff_speak_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "fr", "insights", sample_map("fr"))
    assert code == 0
    assert out.startswith("Analyses : ")
    assert "Points de friction par phase" in out and "Pain points" not in out
    assert "Moments de vérité" in out
    assert "[haute]" in out and "[high]" not in out
    # Scores with a decimal comma, as French writes them ("+0,5", not "+0.5").
    assert re.search(r"[+-]\d,\d", out) and not re.search(r"\d\.\d", out)

    code, out, _ = run(capsys, "--lang", "fr", "diff", sample_map("fr"), sample_map("fr"))
    assert (code, out) == (0, "Aucune différence.\n")


def test_big_counts_are_written_as_each_language_writes_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "2000 cartes" reads badly in French and "10,000" reads as ten there (the comma is the
    # decimal mark): French groups digits with a narrow no-break space, English with commas.
    from benchmarks.maps import bench_map

    path = tmp_path / "big.journey"
    fileformat.save(bench_map(1200), path)
    assert "1,200 touchpoints" in run(capsys, "validate", path)[1]
    assert "1\u202f200 points de contact" in run(capsys, "--lang", "fr", "validate", path)[1]
    long_text = tmp_path / "long.journey"
    doc = new_map("blank", "en")
    doc.description = "x" * 140_000
    long_text.write_bytes(fileformat.dumps(doc))
    english = run(capsys, "validate", long_text)[2]
    french = run(capsys, "--lang", "fr", "validate", long_text)[2]
    assert "is 140,000 characters long; the limit is 131,072" in english
    assert "fait 140\u202f000 caractères ; la limite est 131\u202f072" in french


def test_sizes_and_scores_take_a_decimal_comma_in_french() -> None:
    from app.model.insights import shown_score
    from app.model.limits import size_words

    assert (size_words(3 * 1024 * 1024 // 2), size_words(2048), shown_score(-0.25)) == (
        "1.5 MB",
        "2.0 kB",
        "-0.25",
    )
    i18n.install("fr")
    assert (size_words(3 * 1024 * 1024 // 2), size_words(2048), shown_score(-0.25)) == (
        "1,5 Mo",
        "2,0 ko",
        "-0,25",
    )
