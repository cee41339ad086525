"""The form of the map itself (shown when nothing is selected), with its list of metrics."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import commands as cmd
from app.model.document import JourneyMap, Metric
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.inspector.editing import Context, TextField
from app.ui.inspector.form import Form
from app.ui.inspector.scores import NumberField
from app.ui.inspector.widgets import ChoiceCombo, clear_layout

TEXTS = {
    "add": QT_TRANSLATE_NOOP("Inspector", "Add metric"),
    "add_tip": QT_TRANSLATE_NOOP(
        "Inspector", "Add a metric (conversion, satisfaction, time spent…) to the map."
    ),
    "remove": QT_TRANSLATE_NOOP("Inspector", "Remove"),
    "remove_tip": QT_TRANSLATE_NOOP(
        "Inspector", "Delete this metric, its values at every card and its lanes."
    ),
    "remove_named": QT_TRANSLATE_NOOP("Inspector", "Remove the metric {name}"),
    "new_metric": QT_TRANSLATE_NOOP("Inspector", "Metric {number}"),
    "name": QT_TRANSLATE_NOOP("Inspector", "Metric name"),
    "unit": QT_TRANSLATE_NOOP("Inspector", "Unit"),
    "target": QT_TRANSLATE_NOOP("Inspector", "Target"),
    "target_of": QT_TRANSLATE_NOOP("Inspector", "Target of {name}"),
    "target_tip": QT_TRANSLATE_NOOP(
        "Inspector", "The value aimed for, in the metric's unit: a dashed line across its lanes."
    ),
    "name_taken": QT_TRANSLATE_NOOP("Inspector", "The map already has a metric called “{name}”."),
    "english": QT_TRANSLATE_NOOP("Inspector", "English"),
    "french": QT_TRANSLATE_NOOP("Inspector", "Français"),
}
LANGUAGES = (("english", "en"), ("french", "fr"))


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


class MetricsEditor(QWidget):
    """The map's metrics: name and unit typed in place, Add and Remove."""

    removed = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics")
        self.context = context
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        self.add_button = QPushButton(_t("add"), self)
        self.add_button.setObjectName("add_metric")
        self.add_button.setToolTip(_t("add_tip"))
        self.add_button.clicked.connect(self.add_metric)
        column.addWidget(self.add_button)
        self.fields: dict[str, tuple[TextField, TextField]] = {}
        self.targets: dict[str, NumberField] = {}
        self._ids: tuple[str, ...] | None = None
        self._focus_new = False

    def show_metrics(self, doc: JourneyMap) -> None:
        """Show the map's metrics (rows are rebuilt only when metrics come or go)."""
        ids = tuple(m.id for m in doc.metrics)
        added = [] if self._ids is None else [i for i in ids if i not in self._ids]
        if ids != self._ids:
            self._rebuild(doc)
        for metric in doc.metrics:
            name, unit = self.fields[metric.id]
            name.show_value(metric.name)
            unit.show_value(metric.unit)
            self.targets[metric.id].show_value(metric.target)
        if added and self._focus_new:
            # The metric just added with the button: type its name straight away.
            self._focus_new = False
            editor = self.fields[added[-1]][0].editor
            editor.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(editor, QLineEdit):
                editor.selectAll()

    def _rebuild(self, doc: JourneyMap) -> None:
        self._ids = tuple(m.id for m in doc.metrics)
        clear_layout(self.grid)
        self.fields = {}
        self.targets = {}
        for row, metric in enumerate(doc.metrics):
            name = self._field(metric.id, "name", _t("name"), row, 0)
            unit = self._field(metric.id, "unit", _t("unit"), row, 1)
            self.targets[metric.id] = self._target(metric, row, 2)
            remove = QToolButton(self)
            remove.setText(_t("remove"))
            trash = self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon)
            if not trash.isNull():
                remove.setIcon(trash)
            remove.setObjectName(f"remove_metric:{metric.id}")
            remove.setToolTip(_t("remove_tip"))
            remove.setAccessibleName(_t("remove_named", name=metric.name))
            remove.clicked.connect(lambda _=False, mid=metric.id: self.removed.emit(mid))
            self.grid.addWidget(remove, row, 3)
            remove.show()  # added to a form already on screen: not shown by itself
            self.fields[metric.id] = (name, unit)

    def _field(self, metric_id: str, field: str, hint: str, row: int, col: int) -> TextField:
        editor = QLineEdit(self)
        editor.setPlaceholderText(hint)
        check = self._check_name if field == "name" else None
        text = TextField(
            self.context,
            editor,
            lambda: ("metrics", metric_id),
            field,
            (lambda value: check(metric_id, value)) if check else None,
        )
        editor.setObjectName(f"metric_{field}:{metric_id}")
        editor.setAccessibleName(hint)
        self.grid.addWidget(editor, row, col)
        editor.show()
        return text

    def _target(self, metric: Metric, row: int, col: int) -> NumberField:
        editor = QLineEdit(self)
        editor.setObjectName(f"metric_target:{metric.id}")
        editor.setPlaceholderText(_t("target"))
        editor.setAccessibleName(_t("target_of", name=metric.name))
        editor.setToolTip(_t("target_tip"))
        field = NumberField(editor)
        field.typed.connect(
            lambda value, mid=metric.id: self.context.set_fields(
                "metrics", mid, {"target": value}, typing=True
            )
        )
        field.refused.connect(self.context.status)
        self.grid.addWidget(editor, row, col)
        editor.show()
        return field

    def _check_name(self, metric_id: str, text: str) -> str | None:
        for metric in self.context.doc.metrics:
            if metric.id != metric_id and metric.name.casefold() == text.strip().casefold():
                return _t("name_taken", name=text.strip())
        return None

    def add_metric(self) -> None:
        """Add a metric with a free name, and start typing its name."""
        taken = {m.name.casefold() for m in self.context.doc.metrics}
        number = len(taken) + 1
        while _t("new_metric", number=number).casefold() in taken:
            number += 1
        self._focus_new = True
        metric = Metric(name=_t("new_metric", number=number))
        self.context.push(cmd.add(self.context.doc, "metrics", metric))


class MapForm(Form):
    """Edits the map's own fields: title, description, author, language, metrics."""

    collection = "map"

    def __init__(
        self, context: Context, element_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(context, element_id, parent)
        self.add_text("title")
        self.add_text("description", multiline=True)
        self.add_text("author")
        self.language = ChoiceCombo("language", [(_t(k), code) for k, code in LANGUAGES], self)
        self.language.chosen.connect(lambda code: self.set(language=code))
        self.add_row("language", self.language)
        self.metrics = MetricsEditor(context, self)
        self.metrics.removed.connect(
            lambda mid: self.context.push(cmd.remove(self.context.doc, "metrics", mid))
        )
        self.add_row("metrics", self.metrics)

    def refresh_more(self, element: Any) -> None:
        assert isinstance(element, JourneyMap)
        choices = [(_t(k), code) for k, code in LANGUAGES]
        if element.language not in dict(LANGUAGES).values():
            choices.append((element.language, element.language))
        self.language.set_choices(choices)
        self.language.show_value(element.language)
        self.metrics.show_metrics(element)
