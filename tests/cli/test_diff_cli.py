"""``parcours diff A B``: the differences between two maps, and an exit status scripts can use."""

import argparse
import json
from pathlib import Path

import pytest

from app.cli_diff import add_parser, run_diff
from app.export.formats import format_for_extension
from app.export.options import ExportOptions
from app.model import fileformat
from app.model.compare import future_state
from app.model.document import JourneyMap, Touchpoint
from app.resources import sample_map


def parcours(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run ``parcours diff ...`` through a parser built with the command's own add_parser."""
    parser = argparse.ArgumentParser(prog="parcours")
    add_parser(parser.add_subparsers(dest="command"), run_diff)
    args = parser.parse_args([str(a) for a in argv])
    code = args.run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / "current.journey"
    path.write_bytes(sample_map("en").read_bytes())
    return path


def make_future(current: Path) -> tuple[Path, JourneyMap]:
    """A future state with two cards changed and one added, saved next to the current map."""
    doc = fileformat.load(current)
    future = future_state(doc, "current.journey")
    slow = next(tp for tp in future.touchpoints if tp.title == "Slow pages at MegaSound")
    slow.title = "Fast pages at MegaSound"
    declined = next(tp for tp in future.touchpoints if tp.title == "Card declined at MegaSound")
    declined.pain_points = []
    purchase = next(p for p in future.phases if p.name == "Purchase")
    digital = next(lane for lane in future.lanes if lane.name == "Digital")
    future.touchpoints.append(
        Touchpoint(title="Chat with an adviser", phase_id=purchase.id, lane_id=digital.id)
    )
    path = current.with_name("future.journey")
    fileformat.save(future, path)
    return path, future


def test_diff_of_a_future_state_lists_the_three_changed_cards_and_exits_1(
    current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future, _ = make_future(current)

    code, out, err = parcours(capsys, "diff", current, future)

    assert code == 1 and err == ""
    assert out.splitlines() == [
        "+ card “Chat with an adviser” in Purchase / Digital",
        "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title",
        "~ card “Card declined at MegaSound”: pain points",
    ]


def test_diff_json_names_the_cards_and_says_the_maps_differ(
    current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future, doc = make_future(current)

    code, out, _ = parcours(capsys, "diff", current, future, "--json")

    data = json.loads(out)
    assert code == 1
    assert data["equal"] is False
    assert data["after"] == {"id": doc.id, "title": "Buying a first guitar online (future state)"}
    assert [c["title"] for c in data["cards"]["added"]] == ["Chat with an adviser"]
    assert [(c["title"], c["fields"]) for c in data["cards"]["changed"]] == [
        ("Fast pages at MegaSound", ["title"]),
        ("Card declined at MegaSound", ["pain_points"]),
    ]
    assert data["cards"]["removed"] == [] and data["scores"] == []


def test_a_fresh_future_state_is_the_same_journey_exit_0(
    current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = current.with_name("future.journey")
    fileformat.save(future_state(fileformat.load(current), "current.journey"), future)

    code, out, _ = parcours(capsys, "diff", current, future)

    assert (code, out) == (0, "No differences.\n")
    code, out, _ = parcours(capsys, "diff", future, current, "--json")
    assert code == 0 and json.loads(out)["equal"] is True


def test_diff_reads_the_map_inside_an_exported_pdf(
    current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future, doc = make_future(current)
    pdf = current.with_name("future.pdf")
    writer = format_for_extension("pdf")
    assert writer is not None
    pdf.write_bytes(writer.write(doc, ExportOptions(appendix=False), None).data)

    assert parcours(capsys, "diff", future, pdf)[0] == 0
    code, out, _ = parcours(capsys, "diff", current, pdf)
    assert code == 1 and len(out.splitlines()) == 3


def test_a_file_that_cannot_be_read_is_one_sentence_naming_it_and_exit_2(
    current: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.journey"
    broken.write_text('{"format": "parcours-journey", "version": 1, "journey": ', "utf-8")

    code, out, err = parcours(capsys, "diff", current, tmp_path / "gone.journey")
    assert (code, out) == (2, "")
    assert err == f"{tmp_path / 'gone.journey'}: there is no such file\n"

    code, out, err = parcours(capsys, "diff", broken, current)
    assert (code, out) == (2, "")
    assert err.startswith(f"{broken}: ") and "truncated" in err and err.count("\n") == 1


def test_diff_needs_two_maps_usage_error_exit_2(
    current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        parcours(capsys, "diff", current)
    assert stopped.value.code == 2
    assert "the following arguments are required: B" in capsys.readouterr().err


def test_help_explains_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parcours(capsys, "diff", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "0 when the maps are the same, 1 when they differ, 2 when a file cannot be read" in text
