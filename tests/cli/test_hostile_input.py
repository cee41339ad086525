"""Hostile files given to ``parcours validate``: one sentence each, the next file still checked."""

from pathlib import Path

import pytest

from app.cli import main
from app.export.embed import svg_with_map
from app.resources import sample_map


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_number_too_long_to_read_is_named_and_the_next_file_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.journey"
    good.write_bytes(sample_map().read_bytes())
    bad = tmp_path / "bad.journey"
    bad.write_bytes(good.read_bytes().replace(b'"version": 1', b'"version": ' + b"9" * 5000, 1))

    code, out, err = run(capsys, "validate", bad, good)

    assert code == 1
    assert err.strip() == f"{bad}: line 3, column 14: a number is too long (5,000 digits)"
    assert f"{good}: valid" in out


def test_a_number_too_long_in_a_map_inside_an_svg_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journey = sample_map().read_bytes().replace(b'"version": 1', b'"version": ' + b"9" * 5000, 1)
    image = tmp_path / "map.svg"
    image.write_text(svg_with_map('<svg xmlns="http://www.w3.org/2000/svg"/>', journey))

    code, _, err = run(capsys, "validate", image)

    assert code == 1
    assert err.strip() == f"{image}: line 3, column 14: a number is too long (5,000 digits)"


def test_a_lone_surrogate_in_a_text_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_bytes(
        sample_map().read_bytes().replace(b'"motivation": "', b'"motivation": "x\\ud800y', 1)
    )

    code, out, err = run(capsys, "validate", bad)

    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{bad}: journey.touchpoints[0].motivation: contains an invalid character "
        "(a lone UTF-16 surrogate)"
    ]
