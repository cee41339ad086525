"""The format registry the command line and the dialogs share."""

from pathlib import Path

import pytest

from app.export.formats import (
    BY_KIND,
    dialog_filter,
    export_formats,
    format_for,
    format_for_extension,
    read_map,
)
from app.model.errors import InputError


def test_a_file_dialog_filter_names_every_suffix_of_its_formats() -> None:
    assert dialog_filter(["csv"]) == "Spreadsheets (*.csv)"
    assert dialog_filter(["journey", "mermaid"]) == (
        "Journey maps (*.journey);;Mermaid journeys (*.mmd *.mermaid)"
    )
    assert dialog_filter(["pdf", "png", "svg"], "Exports made by Parcours") == (
        "Exports made by Parcours (*.pdf *.png *.svg)"
    )


def test_suffixes_find_their_format_in_any_case() -> None:
    assert format_for("Atelier.CSV") is BY_KIND["csv"]
    assert format_for(Path("journey.mermaid")) is BY_KIND["mermaid"]
    assert format_for("notes.docx") is None
    assert format_for_extension("mmd") is BY_KIND["mermaid"]
    assert [f.extension for f in export_formats()] == ["pdf", "png", "svg", "csv", "mmd"]


def test_reading_a_map_that_is_not_there_is_one_sentence_naming_it(tmp_path: Path) -> None:
    for name in ("gone.journey", "gone.csv", "gone.mmd", "gone.pdf"):
        with pytest.raises(InputError) as error:
            read_map(tmp_path / name)
        assert error.value.describe() == f"{tmp_path / name}: there is no such file"
