"""File ▸ Create Future State… and View ▸ Compare with Current State….

A future state is a copy of the open map with the same element ids, saved to a
new file that links back to the current map's file (relative to its own
folder). The comparison finds the current map through that link, or asks.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.export.formats import EXPORTS_WITH_MAP, dialog_filter, read_map
from app.model.compare import future_state, link_path, linked_file
from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.fileformat import EXTENSION, save
from app.ui import compare_view, questions
from app.ui.compare_view import ComparisonDialog


def map_filter() -> str:
    """The file-dialog filter for a current-state map: Parcours maps, or exports carrying one."""
    return ";;".join(
        (
            dialog_filter(["journey"]),
            dialog_filter(
                EXPORTS_WITH_MAP,
                QCoreApplication.translate("FutureState", "Exports made by Parcours"),
            ),
        )
    )


FUTURE_SUFFIX = "-future"
"""Suggested file name of a future state: the current file's name with this added."""


def create_future_state(window: Any) -> Path | None:
    """Make a future state of the open map, save it where the user says, and open it.

    The open map is offered for saving first (its file is what the future state
    links to). Returns the future map's file, or None when the user cancelled or
    the file could not be written (the user is told why).
    """
    if not window.maybe_save():
        return None
    session = window.session
    current_file: Path | None = session.path
    suggested = _suggested_path(current_file, window.document.title)
    target = compare_view.ask_save_file(
        window,
        QCoreApplication.translate("FutureState", "Save the future state as"),
        str(suggested),
        dialog_filter(["journey"]),
    )
    if target is None:
        return None
    if target.suffix.lower() != EXTENSION:
        target = target.with_name(target.name + EXTENSION)
    if current_file is not None and target.resolve() == current_file.resolve():
        window.show_error(
            QCoreApplication.translate("FutureState", "The future state was not created"),
            QCoreApplication.translate(
                "FutureState", "Choose another file: this one holds the current state."
            ),
        )
        return None
    link = None if current_file is None else link_path(current_file, target)
    future = future_state(window.document, link)
    try:
        save(future, target)
    except OSError as error:
        window.show_error(
            QCoreApplication.translate("FutureState", "The future state was not created"),
            f"{target}: {error.strerror or error}.",
        )
        return None
    if not window.open(target):
        return None
    if current_file is None:
        message = QCoreApplication.translate(
            "FutureState",
            "Created the future state in {name}. The current map has no file, so Compare "
            "with Current State will ask for it.",
        )
    else:
        message = QCoreApplication.translate(
            "FutureState",
            "Created the future state in {name}, linked to {current}. Edit it, then use "
            "Compare with Current State.",
        )
    window.statusBar().showMessage(
        message.format(name=target.name, current=current_file.name if current_file else ""),
        15000,
    )
    return target


def _suggested_path(current_file: Path | None, title: str) -> Path:
    if current_file is not None:
        return current_file.with_name(f"{current_file.stem}{FUTURE_SUFFIX}{EXTENSION}")
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip() or "map"
    return Path.home() / f"{safe}{FUTURE_SUFFIX}{EXTENSION}"


def current_state_of(window: Any) -> tuple[JourneyMap, Path] | None:
    """The current-state map of the open (future) map: through its link, else asked for.

    Returns the map and its file, or None when the user cancelled or the file
    could not be read (the user is told why).
    """
    doc: JourneyMap = window.document
    linked = linked_file(doc, window.session.path)
    if linked is None or not linked.is_file():
        linked = questions.ask_file(
            window,
            QCoreApplication.translate("FutureState", "Choose the current-state map"),
            map_filter(),
            window.map_folder(),  # where File ▸ Open starts, not the working folder
        )
        if linked is None:
            return None
    try:
        return read_map(linked).doc, linked
    except InputError as error:
        window.show_error(
            QCoreApplication.translate("FutureState", "Cannot open the current-state map"),
            error.describe(),
        )
        return None


def compare_with_current(window: Any) -> ComparisonDialog | None:
    """Open the comparison of the current state with the open map (its future state)."""
    found = current_state_of(window)
    if found is None:
        return None
    current, current_file = found
    for old in window.findChildren(ComparisonDialog):
        old.close()
    name = (window.session.path.stem if window.session.path else "future") + "-comparison"
    dialog = ComparisonDialog(current, window.document, window.theme, window, name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.follow(window.session)
    dialog.on_exported = lambda path: window.statusBar().showMessage(
        QCoreApplication.translate("FutureState", "Exported the comparison to {path}").format(
            path=path
        ),
        8000,
    )
    if doc_id_differs(window.document, current):
        dialog.status.setText(
            QCoreApplication.translate(
                "FutureState",
                "{name} is not the map this future state was made from; compared anyway.",
            ).format(name=current_file.name)
        )
    dialog.show()
    return dialog


def doc_id_differs(future: JourneyMap, current: JourneyMap) -> bool:
    """True when ``future`` links to another map than ``current`` (by map id)."""
    link = future.current_state
    return link is not None and link.map_id != current.id
