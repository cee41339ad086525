"""Help ▸ About says the version, the licences of what Parcours bundles, and what it runs on."""

import PySide6
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__


def test_about_names_version_licences_and_qt(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.actions_by_id["about"].trigger()

    assert len(seen) == 1
    text = seen[0]
    for expected in (__version__, "MIT", "Noto Sans", "SIL Open Font License", qVersion()):
        assert expected in text
    assert PySide6.__version__ in text
