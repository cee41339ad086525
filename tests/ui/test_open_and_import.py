"""File ▸ Open and File ▸ Import read files with the same readers as the command line."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.model.csvio import write_csv
from app.model.fileformat import load
from app.resources import sample_map


def test_a_mermaid_file_that_is_not_utf8_is_refused_with_the_command_line_sentence(
    make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    diagram = tmp_path / "café.mmd"
    diagram.write_bytes("journey\nsection Caf\u00e9\n  Order: 3: Me\n".encode("latin-1"))
    shown: list[str] = []
    window.show_error = lambda title, text: shown.append(text)
    title = window.document.title
    assert not window.import_file(diagram)
    assert shown == [f"{diagram}: is not UTF-8 text, so not a Mermaid diagram"]
    assert window.document.title == title


def test_importing_a_french_map_exported_to_csv_gives_french_lanes(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    spreadsheet = tmp_path / "guitare.csv"
    spreadsheet.write_bytes(write_csv(load(sample_map("fr"))))
    offered: list[str] = []

    def choose(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        offered.append(filters)
        return str(spreadsheet), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window.import_dialog()
    assert "*.csv" in offered[0] and "*.mmd" in offered[0]
    assert window.document.language == "fr"
    assert "Points de friction" in [lane.name for lane in window.document.lanes]
    assert window.session.path is None


def test_opening_a_png_export_says_the_map_was_recovered(
    make_window, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    window = make_window()
    png = tmp_path / "guitar.png"
    assert main(["export", str(sample_map("en")), "-o", str(png)]) == 0
    assert window.open(png)
    assert window.document == load(sample_map("en"))
    assert window.session.path is None
    assert window.statusBar().currentMessage().startswith("Recovered the map from guitar.png")
