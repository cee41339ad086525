"""Copy, cut, paste and duplicate cards through the system clipboard.

Copied cards go on the clipboard several ways: as Parcours cards (JSON under
:data:`MIME_CARDS`, for this or another running Parcours), as CSV rows
following the CSV contract (``text/plain`` and ``text/csv``) for text editors
and scripts, and as the same rows in an HTML table, which spreadsheets paste
as cells. Pasting takes Parcours cards first, else text: rows copied
from a spreadsheet become new cards.
"""

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from app.i18n import plural
from app.model import commands as cmd
from app.model.clipboard import cards_csv, cards_html, copy_payload, paste_commands, paste_csv
from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.busy import busy
from app.ui.canvas.interactions import card_cell_at
from app.ui.canvas.scene import JourneyScene
from app.ui.canvas.view import JourneyView
from app.ui.session import DocumentSession

MIME_CARDS = "application/x-parcours-cards+json"
MIME_CSV = "text/csv"
CONTEXT = "Clipboard"
TEXT = {
    "select_copy": QT_TRANSLATE_NOOP("Clipboard", "Select the cards to copy first."),
    "select_cut": QT_TRANSLATE_NOOP("Clipboard", "Select the cards to cut first."),
    "select_duplicate": QT_TRANSLATE_NOOP("Clipboard", "Select the cards to duplicate first."),
    "copied": QT_TRANSLATE_NOOP("Clipboard", "Copied {cards}."),
    "cut": QT_TRANSLATE_NOOP("Clipboard", "Cut {cards}."),
    "pasted": QT_TRANSLATE_NOOP("Clipboard", "Pasted {cards}."),
    "duplicated": QT_TRANSLATE_NOOP("Clipboard", "Duplicated {cards}."),
    "empty": QT_TRANSLATE_NOOP("Clipboard", "The clipboard holds no cards and no text to paste."),
    "refused": QT_TRANSLATE_NOOP("Clipboard", "Nothing was pasted: {reason}"),
    "refused_many": QT_TRANSLATE_NOOP(
        "Clipboard", "Nothing was pasted: the rows have {count} problems (first: {first})."
    ),
    "refused_title": QT_TRANSLATE_NOOP("Clipboard", "Cannot paste"),
    "one_card": QT_TRANSLATE_NOOP("Clipboard", "{n} card"),
    "cards": QT_TRANSLATE_NOOP("Clipboard", "{n} cards"),
}


def _t(key: str, **values: object) -> str:
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


def _cards(count: int) -> str:
    return plural(CONTEXT, count, TEXT["one_card"], TEXT["cards"])


def cards_mime(doc: JourneyMap, ids: list[str]) -> QMimeData:
    """Clipboard data for cards: Parcours cards, CSV rows (plain text and ``text/csv``), HTML."""
    mime = QMimeData()
    payload = json.dumps(copy_payload(doc, ids), ensure_ascii=False)
    mime.setData(MIME_CARDS, payload.encode("utf-8"))
    rows = cards_csv(doc, ids)
    mime.setText(rows)
    mime.setData(MIME_CSV, rows.encode("utf-8"))
    mime.setHtml(cards_html(doc, ids))  # spreadsheets paste an HTML table as cells
    return mime


def put_cards(doc: JourneyMap, ids: list[str]) -> None:
    """Put the cards ``ids`` of ``doc`` on the system clipboard."""
    QApplication.clipboard().setMimeData(cards_mime(doc, ids))


def read_clipboard(mime: QMimeData | None = None) -> dict[str, Any] | str | None:
    """What can be pasted: a card payload (dict), text (spreadsheet rows), or None.

    ``mime`` defaults to the system clipboard's content.

    Raises:
        InputError: Parcours cards that cannot be read (a damaged or foreign payload).
    """
    if mime is None:
        mime = QApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(MIME_CARDS):
        raw = bytes(mime.data(MIME_CARDS).data())
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise InputError("clipboard", "the copied cards cannot be read") from None
        if not isinstance(payload, dict):
            raise InputError("clipboard", "the copied cards cannot be read")
        return payload
    if mime.hasText() and mime.text().strip():
        return mime.text()
    if mime.hasFormat(MIME_CSV):
        return bytes(mime.data(MIME_CSV).data()).decode("utf-8", errors="replace")
    return None


class ClipboardActions(QObject):
    """Copy, Cut, Paste and Duplicate for the cards selected on the canvas.

    Every outcome is told through :attr:`status` as one sentence; a paste that
    is refused also sends the whole list of problems through :attr:`refused`.
    """

    status = Signal(str)
    """One sentence for the status bar."""
    refused = Signal(str, str)
    """(title, details) when a paste is refused; details may list several problems."""

    def __init__(self, scene: JourneyScene, view: JourneyView, parent: QObject | None = None):
        super().__init__(parent)
        self.scene = scene
        self.view = view
        self.session: DocumentSession | None = None

    def set_session(self, session: DocumentSession) -> None:
        """Act on ``session``'s map from now on."""
        self.session = session

    # -- the actions ------------------------------------------------------------------

    def copy(self) -> bool:
        """Copy the selected cards; False (and a sentence) when none is selected."""
        ids = self.scene.selected_touchpoints()
        if self.session is None or not ids:
            self.status.emit(_t("select_copy"))
            return False
        put_cards(self.session.document, ids)
        self.status.emit(_t("copied", cards=_cards(len(ids))))
        return True

    def cut(self) -> bool:
        """Copy the selected cards, then delete them (one undo step)."""
        ids = self.scene.selected_touchpoints()
        if self.session is None or not ids:
            self.status.emit(_t("select_cut"))
            return False
        doc = self.session.document
        put_cards(doc, ids)
        command = cmd.remove_touchpoints(doc, ids)
        command.label = (
            QCoreApplication.translate("Clipboard", "Cut '{title}'").format(
                title=doc.touchpoint(ids[0]).title
            )
            if len(ids) == 1
            else QCoreApplication.translate("Clipboard", "Cut {count} cards").format(
                count=number_text(len(ids))
            )
        )
        self.session.push(command)
        self.status.emit(_t("cut", cards=_cards(len(ids))))
        return True

    def paste(self) -> bool:
        """Paste the clipboard's cards or spreadsheet rows.

        Where: after the last selected card; else in the card lane cell under
        the mouse; else copied cards go to the phases and lanes of their names
        (the first phase and card lane when the map has none of those names).
        """
        if self.session is None:
            return False
        selected = self.scene.selected_touchpoints()
        if selected:
            return self.paste_at(*self._after(selected[-1]))
        cell = self._cell_under_mouse()
        if cell is not None:
            return self.paste_at(*cell)
        return self.paste_at(None, None, None)

    def paste_at(self, phase_id: str | None, lane_id: str | None, before_id: str | None) -> bool:
        """Paste into a cell of a card lane (before card ``before_id``, or at the phase's end).

        With no cell, copied cards go to the phases and lanes of their names and
        spreadsheet rows to the first phase and card lane.
        """
        session = self.session
        if session is None:
            return False
        doc = session.document
        try:
            content = read_clipboard()
            if content is None:
                self.status.emit(_t("empty"))
                return False
            with busy():  # thousands of cards take seconds
                if isinstance(content, dict):
                    made = paste_commands(doc, content, phase_id, lane_id, before_id)
                else:
                    made = paste_csv(doc, content, phase_id, lane_id, before_id)
        except InputError as error:
            self._refuse(error)
            return False
        command, notes, added = made
        with busy():
            session.push(command)
            self._show(added)
        self.status.emit(" ".join([_t("pasted", cards=_cards(len(added))), *notes]))
        return True

    def paste_here(self, phase_id: str, lane_id: str, before_id: str | None) -> None:
        """The canvas's "Paste Here" on an empty cell (``JourneyView.paste_here_handler``)."""
        self.paste_at(phase_id, lane_id, before_id)

    def duplicate(self) -> bool:
        """Copies of the selected cards right after their originals, selected afterwards."""
        ids = self.scene.selected_touchpoints()
        if self.session is None or not ids:
            self.status.emit(_t("select_duplicate"))
            return False
        copies = self.view.duplicate_selection()
        self.view.reveal_card(copies[0])
        self.status.emit(_t("duplicated", cards=_cards(len(copies))))
        return True

    # -- helpers ----------------------------------------------------------------------

    def _after(self, touchpoint_id: str) -> tuple[str, str, str | None]:
        """The cell of a card, and the card that follows it in its phase (None: the end)."""
        assert self.session is not None
        order = self.session.document.touchpoints
        index = next(i for i, tp in enumerate(order) if tp.id == touchpoint_id)
        card = order[index]
        following = next((tp.id for tp in order[index + 1 :] if tp.phase_id == card.phase_id), None)
        return card.phase_id, card.lane_id, following

    def _cell_under_mouse(self) -> tuple[str, str, str | None] | None:
        layout, session = self.scene.layout, self.session
        if layout is None or session is None or not self.view.isVisible():
            return None
        viewport = self.view.viewport()
        point: QPoint = viewport.mapFromGlobal(QCursor.pos())
        if not viewport.rect().contains(point):
            return None
        cell = card_cell_at(layout, session.document, self.view.mapToScene(point))
        return None if cell is None else (cell.phase_id, cell.lane_id, cell.before_id)

    def _show(self, ids: list[str]) -> None:
        self.scene.select_only(ids)
        if ids:
            self.view.reveal_card(ids[0])

    def _refuse(self, error: InputError) -> None:
        problems = error.problems
        if len(problems) > 1:
            self.status.emit(
                _t("refused_many", count=number_text(len(problems)), first=problems[0])
            )
        else:
            self.status.emit(_t("refused", reason=problems[0] if problems else error))
        self.refused.emit(_t("refused_title"), error.describe())
