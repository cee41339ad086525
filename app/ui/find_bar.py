"""The find bar (Ctrl+F): cards whose words match are selected, Enter steps through them."""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.model.channels import fold, fold_text
from app.model.commands import Change, index_of
from app.model.document import JourneyMap
from app.model.search import card_text, find_cards
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.canvas.view import JourneyView
from app.ui.session import DocumentSession

CONTEXT = "FindBar"
TEXT = {
    "placeholder": QT_TRANSLATE_NOOP("FindBar", "Find in titles, notes, quotes and channels"),
    "count": QT_TRANSLATE_NOOP("FindBar", "{current} of {total}"),
    "none": QT_TRANSLATE_NOOP("FindBar", "No card matches"),
    "previous": QT_TRANSLATE_NOOP("FindBar", "Previous match (Shift+Enter)"),
    "next": QT_TRANSLATE_NOOP("FindBar", "Next match (Enter)"),
    "close": QT_TRANSLATE_NOOP("FindBar", "Close the find bar (Esc)"),
    "find": QT_TRANSLATE_NOOP("FindBar", "Find:"),
}
Z_CURRENT = 40
"""The current match's outline: above cards, below the drop indicator and dragged cards."""
SEARCHED = frozenset(
    (
        "title",
        "channel",
        "description",
        "motivation",
        "actions",
        "questions",
        "pain_points",
        "opportunities",
        "quotes",
    )
)
"""The card fields whose words :func:`app.model.search.card_text` searches."""
UNSEARCHED_COLLECTIONS = frozenset(("lanes", "metrics", "notes", "personas"))
"""Elements whose changes never change which cards match, nor their order (a lane removed
with its cards reports the cards' removal too)."""


def _t(key: str, **values: object) -> str:
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


class FindBar(QWidget):
    """Searches the cards of the open map; hidden until :meth:`open`.

    The matching cards are selected on the canvas; the current one is
    outlined and scrolled into view. Enter goes to the next match, Shift+Enter
    to the previous one (both wrap around), Esc closes the bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.session: DocumentSession | None = None
        self.view: JourneyView | None = None
        self.matches: list[str] = []
        self.current = -1
        self._marker: QGraphicsPathItem | None = None

        self.text = QLineEdit(self)
        self.text.setObjectName("find_text")
        self.text.setClearButtonEnabled(True)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._search)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.previous_button = self._button("find_previous", Qt.ArrowType.UpArrow)
        self.next_button = self._button("find_next", Qt.ArrowType.DownArrow)
        self.close_button = self._button("find_close", None)
        self.close_button.setText("✕")
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)
        self.label = QLabel(self)
        self.label.setBuddy(self.text)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label)
        row.addWidget(self.text, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch)."""
        self.text.setPlaceholderText(_t("placeholder"))
        self.label.setText(_t("find"))
        for button, tip in (
            (self.previous_button, "previous"),
            (self.next_button, "next"),
            (self.close_button, "close"),
        ):
            button.setToolTip(_t(tip))
            button.setAccessibleName(_t(tip))
        self._show_count()

    def _button(self, name: str, arrow: Qt.ArrowType | None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        if arrow is not None:
            button.setArrowType(arrow)
        button.setAutoRaise(True)
        return button

    def set_session(self, session: DocumentSession, view: JourneyView) -> None:
        """Search ``session``'s map, shown in ``view``, from now on."""
        if self.session is not None:
            self.session.changed.disconnect(self._document_changed)
        self.session, self.view = session, view
        session.changed.connect(self._document_changed)
        self._search(self.text.text() if self.isVisible() else "")

    # -- opening and closing ----------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the cursor in the search field (its text selected)."""
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        if self.text.text():
            self._search(self.text.text())

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the canvas, on the card found last.

        Only that card stays selected: a Delete or an inspector change after a search must
        not reach every match at once.
        """
        self.hide()
        self._hide_marker()
        current = self.current_card()
        if self.view is not None and current is not None:
            self.view.journey_scene.select_only([current])
        if self.view is not None:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- stepping through matches -----------------------------------------------------

    def next(self) -> None:
        """Go to the next matching card (wrapping); opens the bar if closed."""
        self._step(1)

    def previous(self) -> None:
        """Go to the previous matching card (wrapping); opens the bar if closed."""
        self._step(-1)

    def current_card(self) -> str | None:
        """The id of the match shown now, if any."""
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()  # Find Next with the bar closed: back to the last search
            return
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self._show_current()

    # -- searching ----------------------------------------------------------------------

    def _search(self, text: str) -> None:
        if self.session is None or self.view is None:
            return
        self.matches = find_cards(self.session.document, text)
        self.current = 0 if self.matches else -1
        if text.strip():
            self.view.journey_scene.select_only(self.matches)
        self._show_current()

    def _document_changed(self, changes: list[Change]) -> None:
        # Cards may have appeared, gone or changed words; keep the current card when it is still
        # a match, and leave the selection to the user.
        if self.session is None or not self.isVisible():
            return
        if not _matches_may_change(self.session.document, self.text.text(), self.matches, changes):
            self._show_current(scroll=False)  # the current card's box may have changed size
            return
        shown = self.current_card()
        self.matches = find_cards(self.session.document, self.text.text())
        self.current = (
            self.matches.index(shown) if shown in self.matches else (0 if self.matches else -1)
        )
        self._show_current(scroll=False)

    def _show_current(self, scroll: bool = True) -> None:
        self._show_count()
        card = self.current_card()
        view = self.view
        layout = view.journey_scene.layout if view is not None else None
        box = layout.card(card) if layout is not None and card is not None else None
        if view is None or box is None:
            self._hide_marker()
            return
        rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
        if scroll:
            view.reveal(rect, 60)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(-7, -7, 7, 7), 13, 13)
        if self._marker is None or self._marker.scene() is not view.journey_scene:
            self._marker = QGraphicsPathItem()
            self._marker.setZValue(Z_CURRENT)
            view.journey_scene.addItem(self._marker)
        pen = QPen(QColor(self.palette().highlight().color()), 4)
        self._marker.setPen(pen)
        self._marker.setPath(path)
        self._marker.show()

    def _hide_marker(self) -> None:
        if self._marker is not None:
            self._marker.hide()

    def _show_count(self) -> None:
        if not self.text.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(_t("none"))
        else:
            self.count.setText(_t("count", current=self.current + 1, total=len(self.matches)))
        has_matches = bool(self.matches)
        self.previous_button.setEnabled(has_matches)
        self.next_button.setEnabled(has_matches)

    def marker_rect(self) -> QRectF | None:
        """Where the current match's outline is drawn (scene units), None when hidden."""
        if self._marker is None or not self._marker.isVisible():
            return None
        return self._marker.path().boundingRect()

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)


def _matches_may_change(
    doc: JourneyMap, text: str, matches: list[str], changes: Iterable[Change]
) -> bool:
    """Whether ``changes`` may change the cards matching ``text`` (``matches``) or their order.

    Only the cards whose searched words changed are looked at again; anything that
    adds, removes or reorders cards, or renames a channel, may change the matches.
    """
    needle = fold(text)
    if not needle:
        return bool(matches)  # nothing matches an empty search
    matched = set(matches)
    for change in changes:
        if change.collection in UNSEARCHED_COLLECTIONS:
            continue
        if change.kind == "updated" and change.collection == "phases":
            continue  # a phase's name, description or colour: no card's words
        if change.kind == "updated" and change.collection == "map" and change.fields:
            if "language" in change.fields:
                return True  # built-in channel names follow the map's language
            if change.fields <= {"title", "description", "author", "created", "modified"}:
                continue
            return True
        if change.collection != "touchpoints" or change.kind != "updated" or not change.fields:
            return True
        if "phase_id" in change.fields or not change.fields <= SEARCHED | _UNSEARCHED_CARD_FIELDS:
            return True  # the journey order may have changed, or a field not known here
        if change.fields & SEARCHED:
            cards = doc.touchpoints
            try:
                card = cards[index_of(cards, change.element_id)]
            except KeyError:
                return True
            found = any(needle in fold_text(piece) for piece in card_text(doc, card))
            if found != (change.element_id in matched):
                return True
    return False


_UNSEARCHED_CARD_FIELDS = frozenset(
    ("lane_id", "emotions", "metrics", "moment_of_truth", "evidence")
)
"""Card fields the search does not read (a card moved to another lane keeps its place in
journey order)."""
