"""The form of one card (touchpoint): every field, its scores and its metric values."""

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model.commands import AddElement, SetFields, Transaction
from app.model.document import Metric, Touchpoint
from app.model.errors import InputError
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.inspector.channels import ChannelCombo
from app.ui.inspector.editing import Context, mark_invalid
from app.ui.inspector.form import Form
from app.ui.inspector.lists import OpportunityEditor
from app.ui.inspector.scores import MetricTable, ScoreEditors
from app.ui.inspector.widgets import ChoiceCombo, TwoStateCheck

TEXTS = {
    "unstated": QT_TRANSLATE_NOOP("Inspector", "Not stated"),
    "observed": QT_TRANSLATE_NOOP("Inspector", "Observed"),
    "assumed": QT_TRANSLATE_NOOP("Inspector", "Assumed"),
    "proposed": QT_TRANSLATE_NOOP("Inspector", "Proposed"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Inspector", "This card is a moment of truth"),
    "score": QT_TRANSLATE_NOOP("Inspector", "Change {persona}'s score at '{card}'"),
    "metric": QT_TRANSLATE_NOOP("Inspector", "Change {metric} at '{card}'"),
    "add_metric": QT_TRANSLATE_NOOP("Inspector", "Add metric '{name}'"),
    "metric_name": QT_TRANSLATE_NOOP("Inspector", "A metric needs a name."),
    "metric_taken": QT_TRANSLATE_NOOP("Inspector", "The map already has a metric called “{name}”."),
    "metric_long": QT_TRANSLATE_NOOP("Inspector", "A metric's name has at most 500 characters."),
}
EVIDENCE = ("unstated", "observed", "assumed", "proposed")


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


def evidence_choices() -> list[tuple[str, Any]]:
    """(label, value) of each kind of evidence."""
    return [(_t(key), key) for key in EVIDENCE]


class CardForm(Form):
    """Edits one touchpoint."""

    collection = "touchpoints"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, element_id, parent)
        self.add_text("title")
        self.channel = ChannelCombo(self)
        self.channel.chosen.connect(lambda key: self.set(channel=key))
        self.add_row("channel", self.channel)
        self.add_text("description", multiline=True)
        self.add_list("actions")
        self.add_text("motivation", multiline=True)
        self.add_list("questions")
        self.add_list("pain_points")
        self.add_list("opportunities", OpportunityEditor("opportunities", self))
        self.add_list("quotes")
        self.moment_of_truth = TwoStateCheck(_t("moment_of_truth"), self)
        self.moment_of_truth.setObjectName("moment_of_truth")
        self.moment_of_truth.clicked.connect(lambda checked: self.set(moment_of_truth=checked))
        self.add_row("moment_of_truth", self.moment_of_truth)
        self.evidence = ChoiceCombo("evidence", evidence_choices(), self)
        self.evidence.chosen.connect(lambda key: self.set(evidence=key))
        self.add_row("evidence", self.evidence)
        self.metrics = MetricTable(self)
        self.metrics.value_typed.connect(self._metric_typed)
        self.metrics.metric_added.connect(self._add_metric)
        self.metrics.refused.connect(self.context.status)
        self.add_row("metrics", self.metrics)
        self.scores = ScoreEditors(self)
        self.scores.score_chosen.connect(self._score_chosen)
        self.add_row("emotions", self.scores)

    def refresh_more(self, element: Any) -> None:
        assert isinstance(element, Touchpoint)
        doc = self.context.doc
        self.channel.show_channels(doc)
        self.channel.show_value(element.channel)
        self.moment_of_truth.show_state({element.moment_of_truth})
        self.evidence.show_value(element.evidence)
        self.metrics.show_metrics(doc, element.metrics)
        self.scores.show_scores(doc, {k: {v} for k, v in element.emotions.items()})
        self._keep_tab_order()

    def _keep_tab_order(self) -> None:
        """Tab follows the form downwards through the metric and score rows.

        Those rows are built after the form, so Qt put them at the end of the focus
        chain: Tab from the last score would jump back up to a metric.
        """
        chain = [self.evidence, *self.metrics.focus_order(), *self.scores.spins.values()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _score_chosen(self, persona_id: str, score: float | None) -> None:
        card = self.element()
        label = _t("score", persona=self.context.doc.persona(persona_id).name, card=card.title)
        self._set_entry("emotions", card.emotions, persona_id, score, label)

    def _metric_typed(self, metric_id: str, value: float | None) -> None:
        card = self.element()
        label = _t("metric", metric=self.context.doc.metric(metric_id).name, card=card.title)
        self._set_entry("metrics", card.metrics, metric_id, value, label)

    def _set_entry(
        self, field: str, current: dict[str, float], key: str, value: float | None, label: str
    ) -> None:
        """Set (or, with None, remove) one entry of the card's ``emotions`` or ``metrics``."""
        values = dict(current)
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
        self.context.set_fields(
            self.collection, self.element_id, {field: values}, typing=True, label=label
        )

    def _add_metric(self, name: str, unit: str, value: float | None) -> None:
        doc = self.context.doc
        problem = None
        if not name:
            problem = _t("metric_name")
        elif any(m.name.casefold() == name.casefold() for m in doc.metrics):
            problem = _t("metric_taken", name=name)
        if problem is not None:
            mark_invalid(self.metrics.new_name, True)
            self.context.status.emit(problem)
            return
        try:
            metric = Metric(name=name, unit=unit)
            steps: list[Any] = [AddElement("metrics", metric)]
            if value is not None:
                values = {**self.element().metrics, metric.id: value}
                steps.append(SetFields("touchpoints", self.element_id, {"metrics": values}, doc))
        except (InputError, ValueError):  # pydantic's ValidationError is a ValueError
            mark_invalid(self.metrics.new_name, True)
            self.context.status.emit(_t("metric_long"))
            return
        # Hiding the little form would hand the focus to the next field, a persona's score,
        # with its text selected: the next keys typed would change it.
        self.metrics.add_button.setFocus()
        self.metrics.close_new_metric()
        self.context.push(Transaction(_t("add_metric", name=name), steps))
        mark_invalid(self.metrics.new_name, False)
        added = self.metrics.fields.get(metric.id)
        if added is not None:
            added.editor.setFocus()  # the new metric's value, ready to type or change
