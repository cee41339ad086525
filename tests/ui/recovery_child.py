"""A Parcours editor that makes edits, lets autosave write its copy, says "ready", then waits.

Run by tests/ui/test_recovery.py, which kills it with SIGKILL:

    python recovery_child.py MAP EXPECTED APP_NAME ORGANISATION

MAP is opened and edited through real model commands; EXPECTED receives the bytes of the
edited map (what recovery must give back). APP_NAME and ORGANISATION are the test process's,
so both processes use the same data folder.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for `app`

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.model.commands import edit, remove
from app.model.fileformat import dumps
from app.ui.autosave import Autosave
from app.ui.main_window import MainWindow


def main() -> int:
    map_path, expected, app_name, organisation = sys.argv[1:5]
    app = QApplication([sys.argv[0]])
    app.setApplicationName(app_name)
    app.setOrganizationName(organisation)
    window = MainWindow(persist=False)
    autosave = getattr(window, "autosave", None) or Autosave(window)
    window.settings.autosave_seconds = 1
    window.show()
    if not window.open(map_path):
        return 2
    session = window.session
    assert session is not None
    doc = session.document
    first, second = doc.touchpoints[0], doc.touchpoints[1]
    session.push(edit(doc, "touchpoints", first.id, title="Checkout felt slow"))
    session.push(edit(doc, "touchpoints", first.id, pain_points=["The card form reloaded twice"]))
    session.push(remove(doc, "touchpoints", second.id))
    session.push(edit(doc, "map", doc.id, title="Guitar shop, after the workshop"))
    started = time.monotonic()

    def wait_for_copy() -> None:
        # The autosave timer (1 s) writes the copy; nothing here writes it by hand.
        if autosave.copy_path.exists():
            Path(expected).write_bytes(dumps(window.document))
            print("ready", flush=True)
        elif time.monotonic() - started > 30:
            print("no copy after 30 s", flush=True)
            app.exit(3)
        else:
            QTimer.singleShot(50, wait_for_copy)

    QTimer.singleShot(50, wait_for_copy)
    return app.exec()  # runs until the test kills it


if __name__ == "__main__":
    sys.exit(main())
