"""An unexpected error in the editor: a crash report, a recovery copy, one clear message."""

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import app
from app.ui.crash import (
    QUIET_SECONDS,
    crash_handler,
    install_crash_handler,
    uninstall_crash_handler,
)

# pytest-qt would otherwise catch the exceptions of slots itself and fail the test.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A per-test data folder, and the crash handler installed for this test only."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    install_crash_handler()
    yield tmp_path / "data"
    uninstall_crash_handler()


def reports(data_home: Path) -> list[Path]:
    return sorted(data_home.rglob("crash-reports/crash-*.txt"))


def answer_every_box(seen: list[str]) -> Callable[[], None]:
    """Click OK on each message box that opens, as a user would; record its text."""
    stopped = False

    def look() -> None:
        if stopped:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box.text() not in seen[-1:]:
            seen.append(box.text())
            ok = box.button(QMessageBox.StandardButton.Ok)
            QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        QTimer.singleShot(20, look)

    def stop() -> None:
        nonlocal stopped
        stopped = True

    QTimer.singleShot(0, look)
    return stop


def failing_button(qtbot: QtBot, error: BaseException) -> QPushButton:
    button = QPushButton("Do something")

    def broken_slot() -> None:
        raise error

    button.clicked.connect(broken_slot)
    qtbot.addWidget(button)
    button.show()
    return button


def test_an_error_in_a_slot_writes_a_report_and_says_the_map_is_kept(
    qtbot: QtBot, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    button = failing_button(qtbot, ValueError("the card has no lane"))
    seen: list[str] = []
    stop = answer_every_box(seen)

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    stop()

    [report] = reports(data_home)
    text = report.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in broken_slot" in text and "ValueError: the card has no lane" in text
    assert f"Parcours: {app.__version__}" in text and "PySide6: " in text and "Qt: " in text
    assert report.name.startswith("crash-") and report.parent.name == "crash-reports"
    assert len(seen) == 1
    assert "Something unexpected went wrong in Parcours" in seen[0]
    assert "your map is kept and can be recovered" in seen[0]
    assert str(report) in seen[0] and "can keep running" in seen[0]
    assert "ValueError" in capsys.readouterr().err  # the traceback still reaches stderr


def test_an_error_during_long_work_shows_its_box_with_the_usual_pointer(
    qtbot: QtBot, data_home: Path
) -> None:
    from app.ui.busy import busy

    shapes: list[Qt.CursorShape | None] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            override = QApplication.overrideCursor()
            shapes.append(None if override is None else override.shape())
            QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, look)

    button = failing_button(qtbot, ValueError("a listener failed while pasting"))
    QTimer.singleShot(0, look)
    with busy():  # e.g. pasting thousands of cards, when a listener fails
        button.click()
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert shapes == [Qt.CursorShape.ArrowCursor]
    assert QApplication.overrideCursor() is None


class WindowWithAutosave(QMainWindow):
    def __init__(self, fails: bool = False) -> None:
        super().__init__()
        self.autosave = self
        self.copies = 0
        self.fails = fails

    def write_now(self) -> None:
        self.copies += 1
        if self.fails:
            raise OSError("the data folder is full")


def test_every_window_writes_its_recovery_copy_even_when_one_of_them_fails(
    qtbot: QtBot, data_home: Path
) -> None:
    windows = [WindowWithAutosave(), WindowWithAutosave(fails=True), QMainWindow()]
    for window in windows:
        qtbot.addWidget(window)
    seen: list[str] = []
    stop = answer_every_box(seen)

    QTest.mouseClick(failing_button(qtbot, KeyError("x")), Qt.MouseButton.LeftButton)
    stop()

    assert [w.copies for w in windows[:2]] == [1, 1]  # type: ignore[attr-defined]
    assert len(seen) == 1


def test_repeated_errors_show_one_box_but_every_report_is_written(
    qtbot: QtBot, data_home: Path
) -> None:
    button = failing_button(qtbot, RuntimeError("again"))
    seen: list[str] = []
    stop = answer_every_box(seen)

    QTimer.singleShot(50, button.click)  # fires while the first box is open
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # within QUIET_SECONDS of closing it
    qtbot.wait(200)
    stop()

    assert QUIET_SECONDS >= 2
    assert len(reports(data_home)) == 3
    assert len(seen) == 1


def test_running_out_of_memory_has_its_own_sentence(qtbot: QtBot, data_home: Path) -> None:
    seen: list[str] = []
    stop = answer_every_box(seen)

    QTest.mouseClick(failing_button(qtbot, MemoryError()), Qt.MouseButton.LeftButton)
    stop()

    assert len(seen) == 1 and seen[0].startswith("Parcours ran out of memory")
    assert "can be recovered" in seen[0] and "MemoryError" in reports(data_home)[0].read_text()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_a_worker_thread_is_reported_in_the_window(
    qtbot: QtBot, data_home: Path
) -> None:
    seen: list[str] = []
    stop = answer_every_box(seen)

    def work() -> None:
        raise ZeroDivisionError("no touchpoints to average")

    worker = threading.Thread(target=work, name="export")
    worker.start()
    worker.join(timeout=30)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    stop()

    text = reports(data_home)[0].read_text()
    assert "Thread: export" in text and "ZeroDivisionError" in text
    assert "Something unexpected went wrong" in seen[0]


def test_the_report_folder_follows_the_data_folder_and_is_made_when_missing(
    qtbot: QtBot, data_home: Path
) -> None:
    handler = crash_handler()
    assert handler is not None
    try:
        raise LookupError("no such persona")
    except LookupError as error:
        path = handler.write_report((LookupError, error, error.__traceback__), "MainThread")

    assert path is not None and path.is_relative_to(data_home)
    assert "LookupError: no such persona" in path.read_text()


WITHOUT_QT_APP = """
from app.ui.crash import install_crash_handler
install_crash_handler()
raise ValueError("no window yet")
"""


def test_without_a_window_the_sentence_goes_to_stderr(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT_APP],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).parents[2],
    )

    assert result.returncode == 1
    [report] = sorted(tmp_path.rglob("crash-*.txt"))
    assert "Something unexpected went wrong in Parcours" in result.stderr
    assert str(report) in result.stderr and "ValueError: no window yet" in result.stderr
