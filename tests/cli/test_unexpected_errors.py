"""An unexpected error or running out of memory in a command: a sentence naming the files."""

from pathlib import Path

import pytest

import app.export.formats as formats
from app.cli import main
from app.resources import sample_map


def test_out_of_memory_in_validate_names_the_file_and_the_next_file_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad, good = tmp_path / "bad.journey", tmp_path / "good.journey"
    bad.write_bytes(sample_map().read_bytes())
    good.write_bytes(sample_map().read_bytes())
    real = formats.read_map

    def read_map(path: Path, options: object = None) -> formats.ReadResult:
        if Path(path).name == "bad.journey":
            raise MemoryError
        return real(path)

    monkeypatch.setattr(formats, "read_map", read_map)
    assert main(["validate", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()

    assert err == (
        f"parcours validate: {bad}: is too large to open in the memory available. "
        "Nothing was written.\n"
    )
    assert f"{good}: valid" in out


def test_an_unexpected_error_in_a_command_names_its_files_never_an_empty_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "map.journey"
    path.write_bytes(sample_map().read_bytes())

    def broken(*args: object, **kwargs: object) -> formats.ReadResult:
        raise KeyError

    monkeypatch.setattr(formats, "read_map", broken)
    assert main(["info", str(path)]) == 1
    _, err = capsys.readouterr()

    assert err == (
        f"parcours info: an unexpected error (KeyError) stopped the command while it worked "
        f"on {path}. Nothing was written. Please report this; PARCOURS_DEBUG=1 shows the "
        "details.\n"
    )
