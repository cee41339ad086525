"""What a lane shows (cards, a card field, the emotion curves, a metric), in the user's words.

The Structure panel and the lane menus name a lane's kind the same way, and
offer the same menu of kinds to add a lane or change one.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.i18n import current_language
from app.model import structure
from app.model.document import FRAMEWORK_FIELDS, FrameworkField, LaneKind
from app.model.templates import lane_name
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.controls import add_action
from app.ui.session import DocumentSession

KindPick = Callable[[LaneKind, FrameworkField | None, str | None], None]
"""Called with the kind picked: (kind, card field or None, metric id or None)."""


KIND_NAMES: dict[str, str] = {
    "touchpoints": QT_TRANSLATE_NOOP("StructureMenus", "Cards"),
    "emotion": QT_TRANSLATE_NOOP("StructureMenus", "Emotions"),
    "metric": QT_TRANSLATE_NOOP("StructureMenus", "Metric"),
    "framework": QT_TRANSLATE_NOOP("StructureMenus", "Card field"),
}
"""How the menus and the Structure panel name what a lane shows."""


def field_name(field: str) -> str:
    """A card field's name in the interface language ("Pain points", "Points de friction")."""
    return lane_name(field, current_language())


def kind_text(kind: LaneKind, field: str | None = None, metric: str | None = None) -> str:
    """What a lane shows, in a few words: "Cards", "Pain points field", "Metric: NPS"."""
    if kind == "framework" and field is not None:
        return QCoreApplication.translate("StructureMenus", "{field} field").format(
            field=field_name(field)
        )
    if kind == "metric" and metric is not None:
        return QCoreApplication.translate("StructureMenus", "Metric: {name}").format(name=metric)
    return QCoreApplication.translate("StructureMenus", KIND_NAMES[kind])


def fill_kind_menu(
    menu: QMenu,
    session: DocumentSession,
    pick: KindPick,
    new_metric: Callable[[], object] | None,
    lane_id: str | None = None,
) -> None:
    """One entry per kind of lane (cards, each card field, emotions, each metric).

    ``lane_id``: the lane whose kind is being changed (its kind is ticked).
    """
    doc = session.document
    lane = doc.lane(lane_id) if lane_id is not None else None
    emotions = structure.emotion_lane(doc)

    def entry(
        menu_: QMenu,
        name: str,
        text: str,
        kind: LaneKind,
        field: FrameworkField | None = None,
        metric_id: str | None = None,
        enabled: bool = True,
    ) -> None:
        action = add_action(menu_, name, text, lambda: pick(kind, field, metric_id), enabled)
        if lane is not None:
            action.setCheckable(True)
            action.setChecked((lane.kind, lane.field, lane.metric_id) == (kind, field, metric_id))

    entry(
        menu,
        "kind:touchpoints",
        QCoreApplication.translate("StructureMenus", "Cards"),
        "touchpoints",
    )
    fields = menu.addMenu(QCoreApplication.translate("StructureMenus", "Card Field"))
    fields.setObjectName("kind:framework")
    for field in FRAMEWORK_FIELDS:
        entry(fields, f"kind:framework:{field}", field_name(field), "framework", field)
    taken = emotions is not None and (lane is None or emotions.id != lane.id)
    entry(
        menu,
        "kind:emotion",
        QCoreApplication.translate("StructureMenus", "Emotions (Already on the Map)")
        if taken
        else QCoreApplication.translate("StructureMenus", "Emotions"),
        "emotion",
        enabled=not taken,
    )
    metrics = menu.addMenu(QCoreApplication.translate("StructureMenus", "Metric"))
    metrics.setObjectName("kind:metric")
    for metric in doc.metrics:
        entry(metrics, f"kind:metric:{metric.id}", metric.name, "metric", metric_id=metric.id)
    if new_metric is not None:
        if doc.metrics:
            metrics.addSeparator()
        add_action(
            metrics,
            "kind:new_metric",
            QCoreApplication.translate("StructureMenus", "New Metric…"),
            new_metric,
        )
