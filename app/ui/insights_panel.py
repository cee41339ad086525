"""The Insights panel: where the map says to act, with the cards behind each figure one click away.

The figures are :func:`app.model.insights.insights`, formatted by the same helpers as
``parcours insights`` and the PDF appendix. The panel recomputes only while it is
shown: a change to a hidden panel just marks it stale, and showing it refreshes it.
Clicking a row (or pressing Enter on it) emits :attr:`InsightsPanel.cards_chosen`
with the ids of the touchpoints behind it; the window selects and reveals them.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import Change
from app.model.document import JourneyMap
from app.model.insights import Insights, format_score, format_share, insights
from app.ui.session import DocumentSession

IDS_ROLE = Qt.ItemDataRole.UserRole
"""A row's touchpoint ids (a list of str, empty for section rows)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's stable key, so a refresh keeps what the user expanded, collapsed and picked."""
REFRESH_DELAY_MS = 50


def _texts() -> dict[str, str]:
    return {
        "hint": QCoreApplication.translate(
            "InsightsPanel", "Click an insight to select the cards behind it."
        ),
        "emotions": QCoreApplication.translate("InsightsPanel", "Emotions per persona"),
        "no_personas": QCoreApplication.translate("InsightsPanel", "The map has no personas."),
        "no_scores": QCoreApplication.translate("InsightsPanel", "No scores yet."),
        "average": QCoreApplication.translate("InsightsPanel", "Average"),
        "in_phase": QCoreApplication.translate("InsightsPanel", "In {phase}"),
        "lowest": QCoreApplication.translate("InsightsPanel", "Lowest: {titles}"),
        "highest": QCoreApplication.translate("InsightsPanel", "Highest: {titles}"),
        "drop": QCoreApplication.translate("InsightsPanel", "Drop: {before} → {after}"),
        "no_drops": QCoreApplication.translate(
            "InsightsPanel", "No drop between two scored touchpoints."
        ),
        "moments": QCoreApplication.translate("InsightsPanel", "Moments of truth"),
        "no_moments": QCoreApplication.translate(
            "InsightsPanel", "No touchpoint is marked as a moment of truth."
        ),
        "pains": QCoreApplication.translate("InsightsPanel", "Pain points by phase"),
        "pain": QCoreApplication.translate("InsightsPanel", "{text} ({title})"),
        "opportunities": QCoreApplication.translate("InsightsPanel", "Opportunities, ranked"),
        "no_opportunities": QCoreApplication.translate("InsightsPanel", "No opportunities yet."),
        "opportunity": QCoreApplication.translate("InsightsPanel", "{rank}. {text}"),
        "opportunity_value": QCoreApplication.translate("InsightsPanel", "{priority} · {score}"),
        "opportunity_tip": QCoreApplication.translate(
            "InsightsPanel", "At {title}: {priority} priority, mean score {score}."
        ),
        "channels": QCoreApplication.translate("InsightsPanel", "Channels by phase"),
        "no_channels": QCoreApplication.translate("InsightsPanel", "No touchpoints yet."),
        "evidence": QCoreApplication.translate("InsightsPanel", "Evidence"),
        "observed": QCoreApplication.translate("InsightsPanel", "Observed"),
        "assumed": QCoreApplication.translate("InsightsPanel", "Assumed"),
        "proposed": QCoreApplication.translate("InsightsPanel", "Proposed"),
        "unstated": QCoreApplication.translate("InsightsPanel", "Unstated"),
        "high": QCoreApplication.translate("InsightsPanel", "high"),
        "medium": QCoreApplication.translate("InsightsPanel", "medium"),
        "low": QCoreApplication.translate("InsightsPanel", "low"),
    }


class InsightsPanel(QWidget):
    """Sections of insights in a tree; each row knows the touchpoints behind it."""

    cards_chosen = Signal(object)
    """The user picked an insight: the list of its touchpoint ids (journey order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights_panel")
        self.session: DocumentSession | None = None
        self.found: Insights | None = None
        """What the tree shows (None until first shown with a map)."""
        self._stale = True
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("insights_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        # Many changes in a row (typing in the inspector, a paste) refresh once, just after.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.hint)
        column.addWidget(self.tree, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch)."""
        self.hint.setText(_texts()["hint"])
        if self.session is not None:
            self.refresh()  # a language switch is rare: refill now, shown or not

    # -- the document -------------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Show the insights of ``session``'s map from now on."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        session.changed.connect(self._on_changed)
        self.tree.clear()
        self._mark_stale()

    def _on_changed(self, changes: list[Change]) -> None:
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the insights and refill the tree, keeping expanded rows and the current row."""
        self._timer.stop()
        if self.session is None:
            return
        self._stale = False
        doc = self.session.document
        self.found = insights(doc)
        expanded = {}
        for item in self._items():
            expanded[item.data(0, KEY_ROLE)] = item.isExpanded()
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            _Filler(self.tree, doc, self.found).fill()
            for item in self._items():
                key = item.data(0, KEY_ROLE)
                if key in expanded:
                    item.setExpanded(expanded[key])
                if key == current_key:
                    self.tree.setCurrentItem(item)
        finally:
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = _children(self.tree.invisibleRootItem())
        while stack:
            item = stack.pop()
            found.append(item)
            stack += _children(item)
        return found

    def row(self, *texts: str) -> QTreeWidgetItem | None:
        """The row reached by following ``texts`` (each row's first column) from the top."""
        item = self.tree.invisibleRootItem()
        for text in texts:
            found = next((c for c in _children(item) if c.text(0) == text), None)
            if found is None:
                return None
            item = found
        return item

    def _chosen(self, item: QTreeWidgetItem, column: int = 0) -> None:
        ids = item.data(0, IDS_ROLE) or []
        if ids:
            self.cards_chosen.emit(list(ids))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for child in (item.child(i) for i in range(item.childCount())) if child]


class _Filler:
    """Builds the tree's rows from the insights of one map."""

    def __init__(self, tree: QTreeWidget, doc: JourneyMap, found: Insights) -> None:
        self.tree, self.doc, self.found = tree, doc, found
        self.text = _texts()
        self.titles = {tp.id: tp.title for tp in doc.touchpoints}
        self.phase_of = {tp.id: tp.phase_id for tp in doc.touchpoints}
        self.phases = {p.id: p.name for p in doc.phases}

    def add(
        self,
        parent: QTreeWidgetItem | None,
        label: str,
        value: str = "",
        ids: tuple[str, ...] | list[str] = (),
        expanded: bool = False,
        tip: str = "",
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, value])
        parent_key = parent.data(0, KEY_ROLE) if parent is not None else ""
        item.setData(0, KEY_ROLE, f"{parent_key}/{label}")
        item.setData(0, IDS_ROLE, list(ids))
        item.setToolTip(0, tip or label)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.tree.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        else:
            parent.addChild(item)
        item.setExpanded(expanded)
        return item

    def names(self, ids: tuple[str, ...]) -> str:
        return ", ".join(self.titles[i] for i in ids)

    def fill(self) -> None:
        self.emotions()
        self.moments()
        self.pain_points()
        self.opportunities()
        self.channels()
        self.evidence()

    def emotions(self) -> None:
        t = self.text
        section = self.add(None, t["emotions"], expanded=True)
        if not self.found.personas:
            self.add(section, t["no_personas"])
        for persona in self.found.personas:
            scored = tuple(i for entry in persona.by_phase for i in entry.touchpoint_ids)
            row = self.add(
                section,
                self.doc.persona(persona.persona_id).name,
                format_score(persona.average),
                scored,
                expanded=True,
            )
            if persona.average is None:
                self.add(row, t["no_scores"])
                continue
            for entry in persona.by_phase:
                self.add(
                    row,
                    t["in_phase"].format(phase=self.phases[entry.phase_id]),
                    format_score(entry.average),
                    entry.touchpoint_ids,
                )
            for key, extreme in (("lowest", persona.lowest), ("highest", persona.highest)):
                if extreme is not None:
                    self.add(
                        row,
                        t[key].format(titles=self.names(extreme.touchpoint_ids)),
                        format_score(extreme.score),
                        extreme.touchpoint_ids,
                    )
            for drop in persona.drops:
                before, after = self.titles[drop.from_id], self.titles[drop.to_id]
                self.add(
                    row,
                    t["drop"].format(before=before, after=after),
                    format_score(drop.delta),
                    drop.touchpoint_ids,
                )
            if not persona.drops:
                self.add(row, t["no_drops"])

    def moments(self) -> None:
        t = self.text
        section = self.add(None, t["moments"], expanded=True)
        if not self.found.moments_of_truth:
            self.add(section, t["no_moments"])
        for moment in self.found.moments_of_truth:
            row = self.add(section, self.titles[moment.touchpoint_id], ids=moment.touchpoint_ids)
            for persona_id, score in moment.scores:
                self.add(
                    row,
                    self.doc.persona(persona_id).name,
                    format_score(score),
                    moment.touchpoint_ids,
                )
            row.setExpanded(True)

    def pain_points(self) -> None:
        t = self.text
        section = self.add(None, t["pains"], expanded=True)
        for phase in self.found.pain_points:
            row = self.add(
                section, self.phases[phase.phase_id], str(phase.count), phase.touchpoint_ids
            )
            for item in phase.items:
                label = t["pain"].format(text=item.text, title=self.titles[item.touchpoint_id])
                self.add(row, label, ids=(item.touchpoint_id,))

    def opportunities(self) -> None:
        t = self.text
        section = self.add(None, t["opportunities"], expanded=True)
        if not self.found.opportunities:
            self.add(section, t["no_opportunities"])
        for rank, item in enumerate(self.found.opportunities, 1):
            score = format_score(item.mean_score)
            priority = t[item.priority]
            self.add(
                section,
                t["opportunity"].format(rank=rank, text=item.text),
                t["opportunity_value"].format(priority=priority, score=score),
                item.touchpoint_ids,
                tip=t["opportunity_tip"].format(
                    title=self.titles[item.touchpoint_id], priority=priority, score=score
                ),
            )

    def channels(self) -> None:
        t = self.text
        section = self.add(None, t["channels"])
        if not self.found.channels:
            self.add(section, t["no_channels"])
        for coverage in self.found.channels:
            row = self.add(section, coverage.name, str(coverage.total), coverage.touchpoint_ids)
            for phase_id, count in coverage.counts:
                if count:
                    ids = [i for i in coverage.touchpoint_ids if self.phase_of[i] == phase_id]
                    self.add(row, self.phases[phase_id], str(count), ids)

    def evidence(self) -> None:
        t = self.text
        section = self.add(None, t["evidence"], expanded=True)
        for share in self.found.evidence:
            self.add(
                section,
                t[share.kind],
                f"{format_share(share.share)} ({share.count})",
                share.touchpoint_ids,
            )
