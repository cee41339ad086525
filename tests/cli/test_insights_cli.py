"""`parcours insights MAP [--json]` on the sample map, an export of it, and bad input."""

import argparse
import json
from pathlib import Path

import pytest

from app import cli
from app.cli_insights import add_parser, run_insights
from app.model.fileformat import load
from app.model.insights import format_score, insights, to_json

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"


@pytest.fixture
def parcours(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `parcours ...` through app.cli.main; returns (exit status, stdout, stderr)."""
    if "insights" not in cli.COMMANDS:  # until app/cli.py registers the command itself
        original = cli.build_parser

        def build() -> argparse.ArgumentParser:
            parser = original()
            commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            add_parser(commands, run_insights)
            return parser

        monkeypatch.setattr(cli, "build_parser", build)
        monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, "insights"))

    def run(*argv: str | Path) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_json_has_the_documented_keys_and_the_pure_functions_numbers(parcours) -> None:
    code, out, err = parcours("insights", SAMPLE, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) >= {
        "personas",
        "moments_of_truth",
        "pain_points_by_phase",
        "pain_points",
        "opportunities",
        "channels_by_phase",
        "evidence",
    }
    doc = load(SAMPLE)
    assert data == to_json(insights(doc), doc)
    assert {"name", "average_by_phase", "lowest", "highest", "drops"} <= set(data["personas"][0])
    assert list(data["personas"][0]["average_by_phase"]) == [p.name for p in doc.phases]
    assert set(data["opportunities"][0]) >= {"text", "priority", "touchpoint"}
    assert data["pain_points_by_phase"]["Purchase"] == 7


def test_text_names_each_personas_lowest_moment_and_the_top_opportunity(parcours) -> None:
    code, out, _ = parcours("insights", SAMPLE)
    assert code == 0
    doc = load(SAMPLE)
    found = insights(doc)
    marc = found.personas[1]
    assert marc.lowest is not None
    lowest = doc.touchpoint(marc.lowest.touchpoint_ids[0]).title
    assert f"Lowest: {format_score(marc.lowest.score)} at {lowest}" in out
    assert "Lowest: -2 at Card declined at MegaSound" in out
    assert found.opportunities[0].text in out.split("Opportunities")[1].splitlines()[1]
    for section in ("Moments of truth", "Pain points by phase", "Channels by phase", "Evidence"):
        assert section in out


def test_insights_read_a_map_from_an_exported_pdf(parcours, tmp_path: Path) -> None:
    # PDF, not PNG or SVG: those start a Qt application, and the UI tests need their own.
    pdf = tmp_path / "map.pdf"
    assert parcours("export", SAMPLE, "-o", pdf, "--no-appendix")[0] == 0
    code, out, _ = parcours("insights", pdf, "--json")
    assert code == 0
    doc = load(SAMPLE)
    assert json.loads(out) == to_json(insights(doc), doc)


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.journey", None), ("broken.journey", "{not json"), ("notes.txt", "hello")],
)
def test_bad_input_is_one_sentence_and_exit_1(
    parcours, tmp_path: Path, name: str, content: str | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = parcours("insights", path)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert name in err


def test_the_documented_json_example_is_an_excerpt_of_the_real_output() -> None:
    text = (Path(__file__).parents[2] / "docs" / "insights.md").read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])
    doc = load(SAMPLE)
    real = to_json(insights(doc), doc)
    assert set(example) == set(real)
    for key, value in example.items():
        if isinstance(value, list):
            assert value == real[key][: len(value)], key
        else:
            assert value.items() <= real[key].items(), key
