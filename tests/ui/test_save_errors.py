"""A save that fails says so in one sentence naming the user's file, keeps the map unsaved,
and offers Save As; the file on disk is never touched."""

import errno
import os
from pathlib import Path

import pytest
from conftest import answer_box
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.model import savefile
from app.model.fileformat import load


def _edit_title(window, title: str) -> None:  # type: ignore[no-untyped-def]
    from app.model.commands import edit

    window.session.push(edit(window.document, "map", "", title=title))


def test_a_full_disk_leaves_the_file_and_keeps_the_map_unsaved(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "workshop.journey"
    window = make_window()
    window._save_to(path)
    before = path.read_bytes()
    _edit_title(window, "After the workshop")

    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        del fd, data
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(savefile.os, "write", full_disk)
    answer_box(qtbot, "Close")
    assert window.save() is False
    monkeypatch.setattr(savefile.os, "write", real_write)

    assert path.read_bytes() == before
    assert window.session.modified
    assert window.isWindowModified()
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".~lock.")] == [
        "workshop.journey"
    ]


def test_the_message_names_the_users_file_and_save_as_is_offered(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    _edit_title(window, "Field study")
    missing = tmp_path / "gone" / "field.journey"
    elsewhere = tmp_path / "field.journey"
    seen: list[str] = []

    def pick(*args: object, **kwargs: object) -> tuple[str, str]:
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)

    def click_save_as() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == "Save As…")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for_box() -> None:
        if isinstance(QApplication.activeModalWidget(), QMessageBox):
            click_save_as()
        else:
            QTimer.singleShot(20, wait_for_box)

    QTimer.singleShot(0, wait_for_box)
    assert window._save_to(missing) is False

    assert len(seen) == 1
    assert str(missing) in seen[0]
    assert ".tmp" not in seen[0]
    assert "\n" not in seen[0]
    assert load(elsewhere).title == "Field study"
    assert not window.session.modified
    assert window.session.path == elsewhere
