"""The forms of the map's structure: a phase (column) and a lane (row)."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from app.i18n import plural
from app.model.document import FRAMEWORK_FIELDS, JourneyMap, Lane, Phase
from app.model.templates import lane_name
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui.inspector.editing import Context
from app.ui.inspector.form import Form, label_for
from app.ui.inspector.widgets import ChoiceCombo, ColourButton

TEXTS = {
    "cards": QT_TRANSLATE_NOOP("Inspector", "Cards"),
    "emotion": QT_TRANSLATE_NOOP("Inspector", "Emotions"),
    "metric": QT_TRANSLATE_NOOP("Inspector", "Metric: {name}"),
    "collapsed": QT_TRANSLATE_NOOP("Inspector", "Show this lane folded"),
    "holds_card": QT_TRANSLATE_NOOP(
        "Inspector", "This lane holds a card: move or delete it before it shows something else."
    ),
    "holds_cards": QT_TRANSLATE_NOOP(
        "Inspector",
        "This lane holds {count} cards: move or delete them before it shows something else.",
    ),
    "one_emotion_lane": QT_TRANSLATE_NOOP(
        "Inspector", "The map already has an emotion lane; a map has at most one."
    ),
    "chart": QT_TRANSLATE_NOOP("Inspector", "Chart"),
    "bars": QT_TRANSLATE_NOOP("Inspector", "Bars"),
    "line": QT_TRANSLATE_NOOP("Inspector", "Line"),
}
CHARTS = ("bars", "line")

LaneKey = tuple[str, str | None, str | None]
"""What a lane shows: (kind, framework field, metric id)."""


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class PhaseForm(Form):
    """Edits one phase: name, description, colour."""

    collection = "phases"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, element_id, parent)
        self.add_text("name")
        self.add_text("description", multiline=True)
        self.colour = ColourButton("colour", self)
        self.colour.colour_chosen.connect(lambda colour: self.set(colour=colour))
        self.add_row("colour", self.colour)

    def refresh_more(self, element: Any) -> None:
        assert isinstance(element, Phase)
        self.colour.set_colour(element.colour)


def lane_choices(doc: JourneyMap) -> list[tuple[str, LaneKey]]:
    """Everything a lane can show, with its label."""
    choices: list[tuple[str, LaneKey]] = [(_t("cards"), ("touchpoints", None, None))]
    choices += [(label_for(f), ("framework", f, None)) for f in FRAMEWORK_FIELDS]
    choices.append((_t("emotion"), ("emotion", None, None)))
    choices += [(_t("metric", name=m.name), ("metric", None, m.id)) for m in doc.metrics]
    return choices


def _default_name(doc: JourneyMap, key: LaneKey) -> str:
    kind, field, metric_id = key
    if kind == "metric":
        return next((m.name for m in doc.metrics if m.id == metric_id), "")
    return lane_name(field or kind, doc.language)


class LaneForm(Form):
    """Edits one lane: name, colour, what it shows, folded or not."""

    collection = "lanes"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, element_id, parent)
        self.add_text("name")
        self.colour = ColourButton("colour", self)
        self.colour.colour_chosen.connect(lambda colour: self.set(colour=colour))
        self.add_row("colour", self.colour)
        self.kind = ChoiceCombo("kind", [], self)
        self.kind.chosen.connect(self._kind_chosen)
        self.add_row("kind", self.kind)
        self.chart = ChoiceCombo("chart", [(_t(c), c) for c in CHARTS], self)
        self.chart.setAccessibleName(_t("chart"))
        # Bars are the default: a lane back on bars drops the key, as if never changed.
        self.chart.chosen.connect(lambda chart: self.set(chart=None if chart == "bars" else chart))
        self.rows.addRow(_t("chart"), self.chart)
        self.collapsed = QCheckBox(_t("collapsed"), self)
        self.collapsed.setObjectName("collapsed")
        self.collapsed.clicked.connect(lambda checked: self.set(collapsed=checked))
        self.add_row("collapsed", self.collapsed)

    def refresh_more(self, element: Any) -> None:
        assert isinstance(element, Lane)
        doc = self.context.doc
        self.colour.set_colour(element.colour)
        choices = lane_choices(doc)
        if [key for _, key in choices] != self.kind.values:
            self.kind.set_choices(choices)
        self.kind.show_value((element.kind, element.field, element.metric_id))
        self.rows.setRowVisible(self.chart, element.kind == "metric")
        self.chart.show_value(element.chart or "bars")
        self.collapsed.setChecked(element.collapsed)

    def _kind_chosen(self, key: LaneKey) -> None:
        doc = self.context.doc
        lane = self.element()
        kind, field, metric_id = key
        current: LaneKey = (lane.kind, lane.field, lane.metric_id)
        if key == current:
            return
        problem = None
        cards = sum(1 for tp in doc.touchpoints if tp.lane_id == lane.id)
        if lane.kind == "touchpoints" and kind != "touchpoints" and cards:
            problem = plural("Inspector", cards, TEXTS["holds_card"], TEXTS["holds_cards"])
            problem = problem.format(count=number_text(cards))
        elif kind == "emotion" and any(
            other.kind == "emotion" and other.id != lane.id for other in doc.lanes
        ):
            problem = _t("one_emotion_lane")
        if problem is not None:
            self.context.status.emit(problem)
            self.refresh()
            return
        changes: dict[str, Any] = {"kind": kind, "field": field, "metric_id": metric_id}
        if kind != "metric":
            changes["chart"] = None
        if lane.name == _default_name(doc, current):
            # A lane still named after what it showed is renamed after what it shows now.
            changes["name"] = _default_name(doc, key) or lane.name
        self.set(**changes)
