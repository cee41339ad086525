"""Numbers at a card: one score per persona, and the metrics table."""

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.document import JourneyMap
from app.model.text import QT_TRANSLATE_NOOP, decimal_text
from app.ui.inspector.editing import mark_invalid
from app.ui.inspector.widgets import ScoreSpin, clear_layout, coloured_label

TEXTS = {
    "no_personas": QT_TRANSLATE_NOOP("Inspector", "The map has no personas yet."),
    "no_metrics": QT_TRANSLATE_NOOP("Inspector", "The map has no metrics yet."),
    "not_a_number": QT_TRANSLATE_NOOP("Inspector", "“{text}” is not a number."),
    "add_metric": QT_TRANSLATE_NOOP("Inspector", "Add metric…"),
    "add_metric_tip": QT_TRANSLATE_NOOP(
        "Inspector", "Add a metric to the map, and optionally its value at this card."
    ),
    "new_name": QT_TRANSLATE_NOOP("Inspector", "Name of the new metric"),
    "new_unit": QT_TRANSLATE_NOOP("Inspector", "Unit (%, min, /5…)"),
    "new_value": QT_TRANSLATE_NOOP("Inspector", "Value here (optional)"),
    "create": QT_TRANSLATE_NOOP("Inspector", "Add"),
    "cancel": QT_TRANSLATE_NOOP("Inspector", "Cancel"),
}


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


def parse_number(text: str) -> float | None:
    """A typed number (comma or point as decimal mark); None for nothing typed.

    Raises ValueError with a sentence for anything else.
    """
    cleaned = text.strip().replace(",", ".").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(_t("not_a_number", text=text.strip())) from None
    if not math.isfinite(value):
        raise ValueError(_t("not_a_number", text=text.strip()))
    return value


def format_number(value: float | None) -> str:
    """A number as the user would type it (no needless decimals; a decimal comma in French,
    which :func:`parse_number` reads back)."""
    return "" if value is None else decimal_text(format(value, ".12g"))


class ScoreEditors(QWidget):
    """One score box per persona (objectName ``emotion:<persona id>``)."""

    score_chosen = Signal(str, object)
    """Persona id and the new score (None: no score)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotions")
        self.rows = QFormLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.spins: dict[str, ScoreSpin] = {}
        self._signature: tuple[object, ...] | None = None

    def show_scores(self, doc: JourneyMap, scores: dict[str, set[float | None]]) -> None:
        """Show each persona's score; a set of several values means the cards disagree."""
        signature = tuple((p.id, p.name, p.colour) for p in doc.personas)
        if signature != self._signature:
            self._signature = signature
            while self.rows.rowCount():
                self.rows.removeRow(0)
            self.spins = {}
            if not doc.personas:
                empty = QLabel(_t("no_personas"), self)
                self.rows.addRow(empty)
                empty.show()
            for persona in doc.personas:
                spin = ScoreSpin(f"emotion:{persona.id}", self)
                spin.setAccessibleName(persona.name)
                spin.score_chosen.connect(
                    lambda score, pid=persona.id: self.score_chosen.emit(pid, score)
                )
                label = coloured_label(persona.name, persona.colour, self)
                self.rows.addRow(label, spin)
                self.spins[persona.id] = spin
                label.show()  # added to a form already on screen: not shown by itself
                spin.show()
        for persona_id, spin in self.spins.items():
            values = scores.get(persona_id, {None})
            if spin.hasFocus() and len(values) == 1 and spin.score() in values:
                continue
            spin.set_score(next(iter(values)), mixed=len(values) > 1)


class NumberField(QObject):
    """A line edit holding a number (or nothing); keeps the cursor while the user types."""

    typed = Signal(object)
    refused = Signal(str)

    def __init__(self, editor: QLineEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.shown: float | str | None = "unset"
        editor.textEdited.connect(self._edited)
        editor.installEventFilter(self)

    def show_value(self, value: float | None) -> None:
        """Show the model's value unless the field already stands for it."""
        if value == self.shown:
            return
        self.shown = value
        position = self.editor.cursorPosition()
        self.editor.setText(format_number(value))
        self.editor.setCursorPosition(min(position, len(self.editor.text())))
        mark_invalid(self.editor, False)

    def _edited(self, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError as error:
            mark_invalid(self.editor, True)
            self.refused.emit(str(error))
            return
        mark_invalid(self.editor, False)
        self.shown = value
        self.typed.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.editor.property("invalid"):
            value = self.shown if not isinstance(self.shown, str) else None
            self.shown = "unset"
            self.show_value(value)
        return False


class MetricTable(QWidget):
    """The map's metrics at one card: name, value (editable), unit; and "Add metric…"."""

    value_typed = Signal(str, object)
    """Metric id and the typed value (None: no value)."""
    metric_added = Signal(str, str, object)
    """Name, unit and optional value of a metric to add to the map."""
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        column.addLayout(self.grid)
        self.fields: dict[str, NumberField] = {}
        self._signature: tuple[object, ...] | None = None
        self.add_button = QPushButton(_t("add_metric"), self)
        self.add_button.setObjectName("add_metric")
        self.add_button.setToolTip(_t("add_metric_tip"))
        self.add_button.clicked.connect(self.open_new_metric)
        column.addWidget(self.add_button)
        self.new_metric = QWidget(self)
        # Three short rows, not one long one: the inspector dock is narrow (320 px at 1280×800).
        rows = QGridLayout(self.new_metric)
        rows.setContentsMargins(0, 0, 0, 0)
        self.new_name = self._line("new_metric_name", _t("new_name"))
        self.new_unit = self._line("new_metric_unit", _t("new_unit"))
        self.new_value = self._line("new_metric_value", _t("new_value"))
        create = QPushButton(_t("create"), self.new_metric)
        create.setObjectName("create_metric")
        create.clicked.connect(self._create)
        cancel = QPushButton(_t("cancel"), self.new_metric)
        cancel.setObjectName("cancel_metric")
        cancel.clicked.connect(self.close_new_metric)
        rows.addWidget(self.new_name, 0, 0, 1, 2)
        rows.addWidget(self.new_unit, 1, 0)
        rows.addWidget(self.new_value, 1, 1)
        rows.addWidget(create, 2, 0)
        rows.addWidget(cancel, 2, 1)
        self.new_metric_widgets = (self.new_name, self.new_unit, self.new_value, create, cancel)
        self.new_name.returnPressed.connect(self._create)
        self.new_unit.returnPressed.connect(self._create)
        self.new_value.returnPressed.connect(self._create)
        column.addWidget(self.new_metric)
        self.new_metric.hide()

    def _line(self, name: str, hint: str) -> QLineEdit:
        line = QLineEdit(self.new_metric)
        line.setObjectName(name)
        line.setPlaceholderText(hint)
        line.setAccessibleName(hint)
        return line

    def show_metrics(self, doc: JourneyMap, values: dict[str, float]) -> None:
        """Show every metric of ``doc`` with its value at the card."""
        signature = tuple((m.id, m.name, m.unit) for m in doc.metrics)
        if signature != self._signature:
            self._signature = signature
            clear_layout(self.grid)
            self.fields = {}
            if not doc.metrics:
                empty = QLabel(_t("no_metrics"), self)
                self.grid.addWidget(empty, 0, 0)
                empty.show()
            for row, metric in enumerate(doc.metrics):
                editor = QLineEdit(self)
                editor.setObjectName(f"metric:{metric.id}")
                editor.setAccessibleName(metric.name)
                field = NumberField(editor)
                field.typed.connect(lambda value, mid=metric.id: self.value_typed.emit(mid, value))
                field.refused.connect(self.refused)
                cells = (QLabel(metric.name, self), editor, QLabel(metric.unit, self))
                for column, cell in enumerate(cells):
                    self.grid.addWidget(cell, row, column)
                    cell.show()  # added to a form already on screen: not shown by itself
                self.fields[metric.id] = field
        for metric_id, field in self.fields.items():
            field.show_value(values.get(metric_id))

    def focus_order(self) -> list[QWidget]:
        """The table's editors in the order Tab visits them: values, then "Add metric…"."""
        values: list[QWidget] = [field.editor for field in self.fields.values()]
        return [*values, self.add_button, *self.new_metric_widgets]

    def open_new_metric(self) -> None:
        """Show the little form that adds a metric."""
        self.new_metric.show()
        self.new_name.setFocus()

    def close_new_metric(self) -> None:
        """Hide and empty the little form that adds a metric."""
        for line in (self.new_name, self.new_unit, self.new_value):
            line.clear()
            mark_invalid(line, False)
        self.new_metric.hide()

    def _create(self) -> None:
        try:
            value = parse_number(self.new_value.text())
        except ValueError as error:
            mark_invalid(self.new_value, True)
            self.refused.emit(str(error))
            return
        self.metric_added.emit(self.new_name.text().strip(), self.new_unit.text().strip(), value)
