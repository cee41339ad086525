"""The form of several cards: the fields they share, each set on all of them at once."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.model.commands import SetFields, Transaction
from app.model.document import Touchpoint
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.inspector.card_form import evidence_choices
from app.ui.inspector.channels import ChannelCombo
from app.ui.inspector.editing import Context, refusal
from app.ui.inspector.form import label_for
from app.ui.inspector.scores import ScoreEditors
from app.ui.inspector.widgets import ChoiceCombo, TwoStateCheck

TEXTS = {
    "selected": QT_TRANSLATE_NOOP("Inspector", "{count} cards selected"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Inspector", "All are moments of truth"),
    "channel": QT_TRANSLATE_NOOP("Inspector", "Set channel of {count} cards"),
    "evidence": QT_TRANSLATE_NOOP("Inspector", "Set evidence of {count} cards"),
    "moment": QT_TRANSLATE_NOOP("Inspector", "Set moment of truth of {count} cards"),
    "score": QT_TRANSLATE_NOOP("Inspector", "Set {persona}'s score of {count} cards"),
}


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class MultiCardForm(QWidget):
    """Edits what several touchpoints share; each change is one undo step for all of them."""

    def __init__(self, context: Context, ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ids = list(ids)
        rows = QFormLayout(self)
        # Like a card's form: in a narrow dock a label goes above its field.
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("selection")
        rows.addRow(self.count_label)
        self.channel = ChannelCombo(self)
        self.channel.chosen.connect(lambda key: self._set_all("channel", {"channel": key}))
        rows.addRow(label_for("channel"), self.channel)
        self.evidence = ChoiceCombo("evidence", evidence_choices(), self)
        self.evidence.chosen.connect(lambda key: self._set_all("evidence", {"evidence": key}))
        rows.addRow(label_for("evidence"), self.evidence)
        self.moment_of_truth = TwoStateCheck(_t("moment_of_truth"), self)
        self.moment_of_truth.setObjectName("moment_of_truth")
        self.moment_of_truth.clicked.connect(
            lambda checked: self._set_all("moment", {"moment_of_truth": checked})
        )
        rows.addRow(label_for("moment_of_truth"), self.moment_of_truth)
        self.scores = ScoreEditors(self)
        self.scores.score_chosen.connect(self._score_chosen)
        rows.addRow(label_for("emotions"), self.scores)

    def cards(self) -> list[Touchpoint]:
        """The selected cards still in the map."""
        wanted = set(self.ids)
        return [tp for tp in self.context.doc.touchpoints if tp.id in wanted]

    def refresh(self) -> None:
        """Show the shared values; a field the cards disagree on shows no value."""
        cards = self.cards()
        if len(cards) != len(self.ids):
            raise KeyError("a selected card is gone")
        doc = self.context.doc
        self.count_label.setText(_t("selected", count=number_text(len(cards))))
        channels = {tp.channel for tp in cards}
        self.channel.show_channels(doc)
        self.channel.show_value(next(iter(channels)), mixed=len(channels) > 1)
        evidence = {tp.evidence for tp in cards}
        self.evidence.show_value(next(iter(evidence)), mixed=len(evidence) > 1)
        self.moment_of_truth.show_state({tp.moment_of_truth for tp in cards})
        scores = {p.id: {tp.emotions.get(p.id) for tp in cards} for p in doc.personas}
        self.scores.show_scores(doc, scores)

    def _set_all(self, what: str, changes: dict[str, Any]) -> None:
        self._apply(_t(what, count=number_text(len(self.cards()))), lambda _: changes)

    def _score_chosen(self, persona_id: str, score: float | None) -> None:
        def changes(tp: Touchpoint) -> dict[str, Any]:
            emotions = {k: v for k, v in tp.emotions.items() if k != persona_id}
            if score is not None:
                emotions[persona_id] = score
            return {"emotions": emotions}

        persona = self.context.doc.persona(persona_id).name
        self._apply(_t("score", persona=persona, count=number_text(len(self.cards()))), changes)

    def _apply(self, label: str, changes: Callable[[Touchpoint], dict[str, Any]]) -> None:
        doc = self.context.doc
        try:
            steps = [SetFields("touchpoints", tp.id, changes(tp), doc) for tp in self.cards()]
        except InputError as error:
            self.context.status.emit(refusal("touchpoints", {}, error))
            self.refresh()
            return
        self.context.push(Transaction(label, steps))
