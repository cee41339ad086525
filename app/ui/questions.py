"""Questions to the user, and telling them why an edit was not made.

One home for the small dialogs every panel and menu asks (a choice, a colour,
a line of text). Callers use them through this module (``questions.ask_text``),
so a test replaces one with ``monkeypatch.setattr(questions, "ask_text", ...)``
and no dialog opens.
"""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.model.commands import Command
from app.model.errors import InputError

Asker = Callable[[QWidget, str, str, Sequence[tuple[str, str]]], str | None]
"""Ask a question with several answers: (parent, title, question, [(key, button text)]).

Returns the key of the answer chosen, or None when the user cancels.
"""
Reporter = Callable[[str], None]
"""Tell the user, in one sentence, why an edit was not made."""


def ask_choice(
    parent: QWidget, title: str, question: str, choices: Sequence[tuple[str, str]]
) -> str | None:
    """A message box with one button per choice and Cancel; the chosen key or None."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent
    )
    buttons = {
        id(box.addButton(text, QMessageBox.ButtonRole.AcceptRole)): key for key, text in choices
    }
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(id(clicked)) if clicked is not None else None


def pick_colour(parent: QWidget, initial: str, title: str) -> str | None:
    """A colour dialog; the chosen colour as ``#rrggbb``, or None when cancelled."""
    colour = QColorDialog.getColor(QColor(initial), parent, title)
    return colour.name() if colour.isValid() else None


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A one-line text dialog; the text typed, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_file(parent: QWidget, title: str, file_filter: str, folder: str = "") -> Path | None:
    """An Open File dialog showing the files ``file_filter`` names, in ``folder``; the file,
    or None."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return Path(path) if path else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """A Yes / Cancel question; True when the user says Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_refusal(parent: QWidget, text: str) -> None:
    """Say why an edit was not made (used when the caller gives no reporter)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("StructureMenus", "Not changed"),
        text,
        parent=parent,
    )
    box.open()


def build_or_report(
    build: Callable[[], Command], report: Reporter, gone: Callable[[], None] | None = None
) -> Command | None:
    """Build a command; when the model refuses it, tell ``report`` why in one sentence.

    ``gone`` is called instead when the element went away meanwhile (undone, deleted).
    Returns the command, or None when there is nothing to push.
    """
    try:
        return build()
    except ValueError as error:
        report(str(error))
    except InputError as error:
        report(error.describe())
    except KeyError:
        if gone is not None:
            gone()
    return None
