"""Long work shows the wait cursor; a question or an error box never does."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.export.formats as formats
import app.ui.clipboard as clipboard_ui
from app.resources import sample_map

WAIT = Qt.CursorShape.WaitCursor


def cursor() -> Qt.CursorShape | None:
    """The cursor shown over every window just now (None: each widget's own)."""
    override = QApplication.overrideCursor()
    return None if override is None else override.shape()


def test_opening_a_map_shows_the_wait_cursor_until_the_map_is_shown(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    seen: list[Qt.CursorShape | None] = []
    read_map = formats.read_map

    def reading(path: Any) -> Any:
        seen.append(cursor())
        return read_map(path)

    monkeypatch.setattr(formats, "read_map", reading)
    shown = window.set_document
    monkeypatch.setattr(
        window, "set_document", lambda *a: (seen.append(cursor()), shown(*a))[1]
    )
    assert window.open(sample_map("fr"))
    assert seen == [WAIT, WAIT]
    assert cursor() is None

    # A file that cannot be read: the error is shown with the usual cursor.
    bad = tmp_path / "bad.journey"
    bad.write_text("{ not json", "utf-8")
    errors: list[Qt.CursorShape | None] = []
    monkeypatch.setattr(window, "show_error", lambda *_: errors.append(cursor()))
    assert not window.open(bad)
    assert errors == [None]
    assert cursor() is None


def test_pasting_cards_shows_the_wait_cursor_while_they_are_made_and_shown(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    seen: list[Qt.CursorShape | None] = []
    paste_commands = clipboard_ui.paste_commands

    def making(*args: Any) -> Any:
        seen.append(cursor())
        return paste_commands(*args)

    monkeypatch.setattr(clipboard_ui, "paste_commands", making)
    window.canvas.setFocus()
    window.actions_by_id["select_all"].trigger()
    window.actions_by_id["copy"].trigger()
    count = len(window.document.touchpoints)
    window.actions_by_id["paste"].trigger()
    assert len(window.document.touchpoints) == 2 * count
    assert seen == [WAIT]
    assert cursor() is None
