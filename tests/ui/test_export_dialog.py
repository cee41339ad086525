"""The Export dialog: choices, preview, export on a worker thread with progress and Cancel."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.export.embed import read_export
from app.ui.export_dialog import ExportDialog
from app.ui.settings import ExportChoices


def make_dialog(window, qtbot, **choices) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.document, ExportChoices(**choices), "guitar", window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_exporting_a_pdf_runs_in_the_background_and_reopens(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = make_dialog(window, qtbot, format="pdf", layout="fit", paper="A4")
    target = tmp_path / "shared.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_to(target)
    assert signal.args == [str(target)]
    assert read_export(target) == window.document
    assert dialog.remembered().paper == "A4"
    assert dialog.remembered().folder == str(tmp_path)


def test_leaving_out_a_persona_and_redacting(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = make_dialog(window, qtbot, format="svg")
    dialog.personas.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.redact, Qt.MouseButton.LeftButton)
    assert dialog.redact.isChecked()
    target = tmp_path / "outside.svg"
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_to(target)
    shared = read_export(target)
    assert [p.name for p in shared.personas] == ["Persona A"]
    assert all(not tp.quotes for tp in shared.touchpoints)


def test_the_preview_shows_the_first_page(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = make_dialog(window, qtbot, format="png", scale=1.0)
    qtbot.waitUntil(
        lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(),
        timeout=60_000,
    )
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    qtbot.waitUntil(lambda: "text" in dialog.preview.text(), timeout=10_000)


def test_a_long_export_can_be_cancelled(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from app.export import raster

    monkeypatch.setattr(raster, "BAND_BYTES", 16 * 1024)  # many small bands: many progress reports
    window = make_window()
    dialog = make_dialog(window, qtbot, format="png", scale=1.0)
    target = tmp_path / "never.png"
    finished: list[str] = []
    dialog.exported.connect(finished.append)
    dialog.export_to(target)
    dialog._job.cancel()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)
    assert not target.exists() and not finished
