"""The Insights panel: where the map says to act, with the cards behind each figure one click away.

The figures are :func:`app.model.insights.insights`, formatted by the same helpers as
``parcours insights`` and the PDF appendix. The panel recomputes only while it is
shown: a change to a hidden panel just marks it stale, and showing it refreshes it.
A change to the shown panel costs what it changes: an edit no figure reads (a map's
title, a card's description) does nothing, a card's new title rewrites the rows that
name that card, and any other edit computes again only the sections it can change
(:func:`app.model.insights.sections_changed`) and refills only those whose figures or
names differ; the result is the tree a full refresh would build.
Clicking a row (or pressing Enter on it) emits :attr:`InsightsPanel.cards_chosen`
with the ids of the touchpoints behind it; the window selects and reveals them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

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

from app.model.commands import Change, index_of
from app.model.document import JourneyMap
from app.model.insights import (
    SECTIONS,
    Drop,
    Insights,
    MomentOfTruth,
    PainPoint,
    PersonaInsights,
    PhasePainPoints,
    RankedOpportunity,
    format_share,
    insights,
    rescored_cards,
    sections_changed,
    shown_score,
    update_insights,
)
from app.ui.session import DocumentSession

IDS_ROLE = Qt.ItemDataRole.UserRole
"""A row's touchpoint ids (a list of str, empty for section rows)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's stable key, so a refresh keeps what the user expanded, collapsed and picked."""
REFRESH_DELAY_MS = 50
SHOWN_NAMES: dict[str, frozenset[str]] = {
    "personas": frozenset({"personas", "moments_of_truth"}),
    "phases": frozenset({"personas", "pain_points", "channels"}),
}
"""Per collection: the sections whose rows show its elements' names (refilled on a rename)."""
CHUNK = 256
"""Opportunity rows are indexed by title in runs of this many (an edit re-indexes its runs)."""


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
        self._pending = _Pending(full=True)
        """What the tree lacks since it was filled (brought up to date by the timer)."""
        self._filler: _Filler | None = None
        """What filled the tree (it knows the rows that name each card)."""
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
        self._timer.timeout.connect(self._update)
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
        self.found, self._filler = None, None
        self._pending = _Pending(full=True)
        self._mark_stale()

    def _on_changed(self, changes: list[Change]) -> None:
        plan = _plan(changes)
        if plan.empty:
            return  # nothing the panel shows can have changed
        if self.isVisible():
            self._pending.merge(plan)
        else:
            self._pending = _Pending(full=True)  # showing it refreshes it in full anyway
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
        self._pending = _Pending()
        if self.session is None:
            return
        self._stale = False
        doc = self.session.document
        self.found = insights(doc)
        self._filler = _Filler(self.tree, doc, self.found)
        expanded = {}
        for item in self._items():
            expanded[item.data(0, KEY_ROLE)] = item.isExpanded()
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._filler.fill()
            self._restore(self._items(), expanded, current_key)
        finally:
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)

    def _update(self) -> None:
        """Bring the tree up to date with the changes since it was filled, doing only what
        they need (see the module's docstring); a full refresh when that is unclear."""
        self._timer.stop()
        pending, self._pending = self._pending, _Pending()
        filler, found = self._filler, self.found
        if self.session is None:
            return
        if filler is None or found is None:
            self.refresh()
            return
        doc = self.session.document
        before = found
        if pending.full:
            # Anything may have changed (cards added, removed or moved...): compute everything,
            # but touch only the rows that differ from what the tree shows.
            self.found = found = insights(doc)
            renamed_phases = filler.resync(doc, found)
            self._stale = False
            changed = {s for s in SECTIONS if getattr(found, s) != getattr(before, s)}
            if renamed_phases:
                changed |= SHOWN_NAMES["phases"]
            if changed:
                self._refill(changed, before)
            return
        refill = set(pending.refill)
        if pending.sections:
            fresh = update_insights(found, doc, pending.sections, pending.rescored)
            refill |= {s for s in pending.sections if getattr(fresh, s) != getattr(found, s)}
            self.found = found = fresh
        try:
            filler.reload(doc, found, pending.titles)
        except KeyError:  # a card named is gone: cannot happen without a full refresh pending
            self.refresh()
            return
        self._stale = False
        if refill:
            self._refill(refill, before)

    def _refill(self, sections: set[str], before: Insights) -> None:
        """Bring the rows of ``sections`` up to date (``before``: the figures they show).

        Pain points are updated phase by phase and opportunities row by row, in place;
        other sections are made again. Expanded rows and the current row are kept.
        """
        assert self._filler is not None
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        self.tree.setUpdatesEnabled(False)
        try:
            for index, name in enumerate(SECTIONS):
                section = self.tree.topLevelItem(index)
                if name not in sections or section is None:
                    continue
                if self._filler.update_section(name, section, getattr(before, name)):
                    now = self.tree.currentItem()
                    if current_key is not None and (
                        now is None or now.data(0, KEY_ROLE) != current_key
                    ):  # the current row was made again: the same row is current again
                        for item in _below(section):
                            if item.data(0, KEY_ROLE) == current_key:
                                self.tree.setCurrentItem(item)
                                break
                    continue
                expanded = {item.data(0, KEY_ROLE): item.isExpanded() for item in _below(section)}
                section.takeChildren()  # dropped with the list: Python owns taken items
                self._filler.fill_section(name, section)
                self._restore(_below(section), expanded, current_key)
        finally:
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)

    def _restore(
        self, items: Iterable[QTreeWidgetItem], expanded: dict[object, bool], current_key: object
    ) -> None:
        """Open again the rows the user had open, and make the current row current again."""
        for item in items:
            key = item.data(0, KEY_ROLE)
            if key in expanded:
                item.setExpanded(expanded[key])
            if key == current_key:
                self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        return _below(self.tree.invisibleRootItem())

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


def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    child = item.child(index)
    assert child is not None
    return child


def _below(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """Every row under ``item`` (not ``item`` itself)."""
    found = []
    stack = _children(item)
    while stack:
        row = stack.pop()
        found.append(row)
        stack += _children(row)
    return found


def _set_key(item: QTreeWidgetItem) -> None:
    """Give ``item`` and the rows under it the keys :meth:`_Filler.add` gives (labels changed)."""
    parent = item.parent()
    parent_key = parent.data(0, KEY_ROLE) if parent is not None else ""
    item.setData(0, KEY_ROLE, f"{parent_key}/{item.text(0)}")
    for child in _children(item):
        _set_key(child)


@dataclass
class _Pending:
    """What the tree lacks since it was last brought up to date."""

    full: bool = False
    """Refresh everything."""
    sections: set[str] = field(default_factory=set)
    """Sections of the insights to compute again."""
    refill: set[str] = field(default_factory=set)
    """Sections whose rows must be made again (names they show changed)."""
    titles: set[str] = field(default_factory=set)
    """Cards whose title changed."""
    rescored: set[str] = field(default_factory=set)
    """Cards whose scores changed."""

    @property
    def empty(self) -> bool:
        return not (self.full or self.sections or self.refill or self.titles)

    def merge(self, other: "_Pending") -> None:
        self.full = self.full or other.full
        self.sections |= other.sections
        self.refill |= other.refill
        self.titles |= other.titles
        self.rescored |= other.rescored


def _plan(changes: Iterable[Change]) -> _Pending:
    """What the tree must do after ``changes``: nothing, some sections, some titles, or all."""
    changes = list(changes)
    sections = sections_changed(changes)
    if len(sections) == len(SECTIONS):
        return _Pending(full=True)
    plan = _Pending(sections=set(sections), rescored=set(rescored_cards(changes)))
    for change in changes:
        if change.kind != "updated":
            continue
        if change.collection == "touchpoints" and "title" in change.fields:
            plan.titles.add(change.element_id)
        elif change.collection in SHOWN_NAMES and "name" in change.fields:
            plan.refill |= SHOWN_NAMES[change.collection]
    return plan


Render = Callable[[], tuple[str, str]]
"""A row's (label, tooltip) made from the current titles (tooltip "": the label)."""


class _Filler:
    """Builds the tree's rows from the insights of one map."""

    def __init__(self, tree: QTreeWidget, doc: JourneyMap, found: Insights) -> None:
        self.tree, self.doc, self.found = tree, doc, found
        self.text = _texts()
        self.titles = {tp.id: tp.title for tp in doc.touchpoints}
        self.phase_of = {tp.id: tp.phase_id for tp in doc.touchpoints}
        self.phases = {p.id: p.name for p in doc.phases}
        self.named: dict[tuple[str, int], dict[str, list[tuple[QTreeWidgetItem, Render]]]] = {}
        """Per group of rows (section, group), per card: the rows whose label or tooltip shows
        the card's title. A section is one group, except pain points (a group per phase) and
        opportunities (a group per :data:`CHUNK` rows), which are updated group by group."""
        self._group: tuple[str, int] = ("", 0)

    def reload(self, doc: JourneyMap, found: Insights, retitled: Iterable[str]) -> None:
        """Take the map's current names and ``found``; rewrite the rows naming ``retitled``.

        Only after changes that add, remove or move no card (see :meth:`resync`).
        """
        self.doc, self.found = doc, found
        self.phases = {p.id: p.name for p in doc.phases}
        cards = doc.touchpoints
        retitled = [i for i in retitled if cards[index_of(cards, i)].title != self.titles[i]]
        for touchpoint_id in retitled:
            self.titles[touchpoint_id] = cards[index_of(cards, touchpoint_id)].title
        self._rewrite(retitled)

    def resync(self, doc: JourneyMap, found: Insights) -> bool:
        """Take every name of the map anew after any change; rewrite the rows naming cards
        whose title changed. True when a phase's name changed (rows showing it are stale)."""
        self.doc, self.found = doc, found
        phases = {p.id: p.name for p in doc.phases}
        renamed = any(self.phases.get(i, name) != name for i, name in phases.items())
        self.phases = phases
        self.phase_of = {tp.id: tp.phase_id for tp in doc.touchpoints}
        retitled = [tp for tp in doc.touchpoints if self.titles.get(tp.id) != tp.title]
        for card in retitled:
            self.titles[card.id] = card.title
        self._rewrite(card.id for card in retitled)
        return renamed

    def _rewrite(self, retitled: Iterable[str]) -> None:
        """Rewrite the rows naming the cards ``retitled`` (their titles are in ``titles``)."""
        for touchpoint_id in retitled:
            for rows in self.named.values():
                for item, render in rows.get(touchpoint_id, ()):
                    label, tip = render()
                    if item.text(0) != label:
                        item.setText(0, label)
                        _set_key(item)
                    item.setToolTip(0, tip or label)

    def add(
        self,
        parent: QTreeWidgetItem | None,
        label: str,
        value: str = "",
        ids: tuple[str, ...] | list[str] = (),
        expanded: bool = False,
        tip: str = "",
        index: int | None = None,
    ) -> QTreeWidgetItem:
        """A new row under ``parent`` (last, or at ``index``); a section heading without one."""
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
        elif index is None:
            parent.addChild(item)
        else:
            parent.insertChild(index, item)
        item.setExpanded(expanded)
        return item

    def named_row(
        self,
        parent: QTreeWidgetItem,
        render: Render,
        value: str = "",
        ids: tuple[str, ...] | list[str] = (),
        names: Iterable[str] = (),
    ) -> QTreeWidgetItem:
        """A row whose texts show the titles of the cards ``names`` (see :meth:`reload`)."""
        label, tip = render()
        item = self.add(parent, label, value, ids, tip=tip)
        self._index(item, render, names)
        return item

    def _index(self, item: QTreeWidgetItem, render: Render, names: Iterable[str]) -> None:
        rows = self.named.setdefault(self._group, {})
        for touchpoint_id in dict.fromkeys(names):
            rows.setdefault(touchpoint_id, []).append((item, render))

    def names(self, ids: tuple[str, ...]) -> str:
        return ", ".join(self.titles[i] for i in ids)

    # What rows naming cards show, from the current titles (each a Render once partially applied).

    def _extreme_texts(self, key: str, ids: tuple[str, ...]) -> tuple[str, str]:
        return self.text[key].format(titles=self.names(ids)), ""

    def _drop_texts(self, drop: Drop) -> tuple[str, str]:
        before, after = self.titles[drop.from_id], self.titles[drop.to_id]
        return self.text["drop"].format(before=before, after=after), ""

    def _title_texts(self, touchpoint_id: str) -> tuple[str, str]:
        return self.titles[touchpoint_id], ""

    def _pain_texts(self, pain: PainPoint) -> tuple[str, str]:
        return self.text["pain"].format(text=pain.text, title=self.titles[pain.touchpoint_id]), ""

    def _opportunity_texts(
        self, label: str, touchpoint_id: str, priority: str, score: str
    ) -> tuple[str, str]:
        title = self.titles[touchpoint_id]
        return label, self.text["opportunity_tip"].format(
            title=title, priority=priority, score=score
        )

    def fill(self) -> None:
        t = self.text
        headings = {
            "personas": (t["emotions"], True),
            "moments_of_truth": (t["moments"], True),
            "pain_points": (t["pains"], True),
            "opportunities": (t["opportunities"], True),
            "channels": (t["channels"], False),
            "evidence": (t["evidence"], True),
        }
        for name in SECTIONS:
            heading, expanded = headings[name]
            self.fill_section(name, self.add(None, heading, expanded=expanded))

    def fill_section(self, name: str, section: QTreeWidgetItem) -> None:
        """Add the rows of section ``name`` (a field of :class:`Insights`) under ``section``."""
        for group in [group for group in self.named if group[0] == name]:
            del self.named[group]
        self._group = (name, 0)
        fillers: dict[str, Callable[[QTreeWidgetItem], None]] = {
            "personas": self.emotions,
            "moments_of_truth": self.moments,
            "pain_points": self.pain_points,
            "opportunities": self.opportunities,
            "channels": self.channels,
            "evidence": self.evidence,
        }
        fillers[name](section)

    def emotions(self, section: QTreeWidgetItem) -> None:
        t = self.text
        if not self.found.personas:
            self.add(section, t["no_personas"])
        for index, persona in enumerate(self.found.personas):
            scored = tuple(i for entry in persona.by_phase for i in entry.touchpoint_ids)
            row = self.add(
                section,
                self.doc.persona(persona.persona_id).name,
                shown_score(persona.average),
                scored,
                expanded=True,
            )
            self._persona_rows(row, index, persona)

    def _persona_rows(self, row: QTreeWidgetItem, index: int, persona: PersonaInsights) -> None:
        """The rows under the persona at ``index`` (their own group of rows)."""
        t = self.text
        self._group = ("personas", index)
        self.named[self._group] = {}
        if persona.average is None:
            self.add(row, t["no_scores"])
            return
        for entry in persona.by_phase:
            self.add(
                row,
                t["in_phase"].format(phase=self.phases[entry.phase_id]),
                shown_score(entry.average),
                entry.touchpoint_ids,
            )
        for key, extreme in (("lowest", persona.lowest), ("highest", persona.highest)):
            if extreme is not None:
                ids = extreme.touchpoint_ids
                render = partial(self._extreme_texts, key, ids)
                self.named_row(row, render, shown_score(extreme.score), ids, ids)
        for drop in persona.drops:
            ids = drop.touchpoint_ids
            self.named_row(row, partial(self._drop_texts, drop), shown_score(drop.delta), ids, ids)
        if not persona.drops:
            self.add(row, t["no_drops"])

    def moments(self, section: QTreeWidgetItem) -> None:
        t = self.text
        if not self.found.moments_of_truth:
            self.add(section, t["no_moments"])
        for moment in self.found.moments_of_truth:
            ids = moment.touchpoint_ids
            row = self.named_row(section, partial(self._title_texts, ids[0]), ids=ids, names=ids)
            for persona_id, score in moment.scores:
                self.add(
                    row,
                    self.doc.persona(persona_id).name,
                    shown_score(score),
                    moment.touchpoint_ids,
                )
            row.setExpanded(True)

    def pain_points(self, section: QTreeWidgetItem) -> None:
        for index, phase in enumerate(self.found.pain_points):
            row = self.add(
                section, self.phases[phase.phase_id], str(phase.count), phase.touchpoint_ids
            )
            self._pains(row, index, phase)

    def _pains(self, row: QTreeWidgetItem, index: int, phase: PhasePainPoints) -> None:
        """The pain point rows of the phase at ``index`` (their own group of rows)."""
        self._group = ("pain_points", index)
        self.named[self._group] = {}
        for item in phase.items:
            ids = (item.touchpoint_id,)
            self.named_row(row, partial(self._pain_texts, item), ids=ids, names=ids)

    def opportunities(self, section: QTreeWidgetItem) -> None:
        t = self.text
        if not self.found.opportunities:
            self.add(section, t["no_opportunities"])
        for rank, item in enumerate(self.found.opportunities, 1):
            self._group = ("opportunities", (rank - 1) // CHUNK)
            _, value, render = self._opportunity(rank, item)
            ids = item.touchpoint_ids
            self.named_row(section, render, value, ids, ids)

    def _opportunity(self, rank: int, item: RankedOpportunity) -> tuple[str, str, Render]:
        """(label, value, texts) of the opportunity row of ``rank``."""
        t = self.text
        score = shown_score(item.mean_score)
        priority = t[item.priority]
        label = t["opportunity"].format(rank=rank, text=item.text)
        value = t["opportunity_value"].format(priority=priority, score=score)
        return (
            label,
            value,
            partial(self._opportunity_texts, label, item.touchpoint_id, priority, score),
        )

    # -- updating in place ------------------------------------------------------------------

    def update_section(self, name: str, section: QTreeWidgetItem, before: Any) -> bool:
        """Bring section ``name`` from showing ``before`` to ``self.found`` in place.

        False when this section is not updated in place (the caller fills it again).
        """
        if name == "personas":
            return self._update_personas(section, before)
        if name == "moments_of_truth":
            return self._update_moments(section, before)
        if name == "pain_points":
            return self._update_pains(section, before)
        if name == "opportunities":
            return self._update_opportunities(section, before)
        return False

    def _update_personas(
        self, section: QTreeWidgetItem, before: tuple[PersonaInsights, ...]
    ) -> bool:
        after = self.found.personas
        if not before or not (len(before) == len(after) == section.childCount()):
            return False
        if any(old.persona_id != new.persona_id for old, new in zip(before, after, strict=True)):
            return False
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            row = _child(section, index)
            label = self.doc.persona(new.persona_id).name
            if row.text(0) != label:
                row.setText(0, label)
                row.setToolTip(0, label)
                _set_key(row)
            if old == new and not self._phase_renamed(row, new):
                continue
            row.setText(1, shown_score(new.average))
            scored = [i for entry in new.by_phase for i in entry.touchpoint_ids]
            row.setData(0, IDS_ROLE, scored)
            row.takeChildren()  # dropped with the list: Python owns taken items
            self._persona_rows(row, index, new)
        return True

    def _phase_renamed(self, row: QTreeWidgetItem, persona: PersonaInsights) -> bool:
        """Whether a phase row under a persona's ``row`` shows a phase's former name."""
        if persona.average is None:
            return False
        t = self.text
        return any(
            _child(row, i).text(0) != t["in_phase"].format(phase=self.phases[entry.phase_id])
            for i, entry in enumerate(persona.by_phase)
        )

    def _update_moments(self, section: QTreeWidgetItem, before: tuple[MomentOfTruth, ...]) -> bool:
        after = self.found.moments_of_truth
        if not before or not (len(before) == len(after) == section.childCount()):
            return False  # a moment of truth comes or goes
        if any(
            old.touchpoint_id != new.touchpoint_id for old, new in zip(before, after, strict=True)
        ):
            return False
        names = [self.doc.persona(persona_id).name for persona_id, _ in after[0].scores]
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            row = _child(section, index)
            if row.childCount() != len(new.scores):
                return False  # cannot happen while the personas stay the same
            for i, ((_, score), name) in enumerate(zip(new.scores, names, strict=True)):
                child = _child(row, i)
                if child.text(0) != name:
                    child.setText(0, name)
                    child.setToolTip(0, name)
                    _set_key(child)
                if old.scores[i] != new.scores[i]:
                    child.setText(1, shown_score(score))
        return True

    def _update_pains(self, section: QTreeWidgetItem, before: tuple[PhasePainPoints, ...]) -> bool:
        after = self.found.pain_points
        if not (len(before) == len(after) == section.childCount()):
            return False
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            row = _child(section, index)
            label = self.phases[new.phase_id]
            if old == new and row.text(0) == label:
                continue
            if row.text(0) != label:
                row.setText(0, label)
                row.setToolTip(0, label)
                _set_key(row)
            row.setText(1, str(new.count))
            row.setData(0, IDS_ROLE, list(new.touchpoint_ids))
            if old.items != new.items:
                row.takeChildren()  # dropped with the list: Python owns taken items
                self._pains(row, index, new)
        return True

    def _update_opportunities(
        self, section: QTreeWidgetItem, before: tuple[RankedOpportunity, ...]
    ) -> bool:
        after = self.found.opportunities
        if not before or not after or section.childCount() != len(before):
            return False  # the "no opportunities" row comes or goes
        # Rows before the first difference stay; so do rows after the last one when no row
        # comes or goes (otherwise every rank after the first difference moves).
        start, common = 0, min(len(before), len(after))
        while start < common and before[start] == after[start]:
            start += 1
        stop_old, stop_new = len(before), len(after)
        if stop_old == stop_new:
            while stop_new > start and before[stop_new - 1] == after[stop_new - 1]:
                stop_new -= 1
            stop_old = stop_new
        for index in range(start, max(stop_old, stop_new)):
            if index >= stop_new:  # a row fewer
                section.takeChild(stop_new)
                continue
            label, value, render = self._opportunity(index + 1, after[index])
            ids = after[index].touchpoint_ids
            _, tip = render()
            if index >= stop_old:  # a row more
                self.add(section, label, value, ids, tip=tip, index=index)
                continue
            row = _child(section, index)
            if row.text(0) != label:
                row.setText(0, label)
                _set_key(row)
            row.setText(1, value)
            row.setToolTip(0, tip or label)
            row.setData(0, IDS_ROLE, list(ids))
        # Index again the groups of rows that changed (their rows or their positions).
        end = stop_new if len(before) == len(after) else max(len(before), len(after))
        for group in range(start // CHUNK, (end - 1) // CHUNK + 1 if end > start else 0):
            self.named.pop(("opportunities", group), None)
            rows = range(group * CHUNK, min((group + 1) * CHUNK, len(after)))
            if rows:
                self._group = ("opportunities", group)
                self.named[self._group] = {}
            for index in rows:
                render = self._opportunity(index + 1, after[index])[2]
                self._index(_child(section, index), render, after[index].touchpoint_ids)
        return True

    def channels(self, section: QTreeWidgetItem) -> None:
        t = self.text
        if not self.found.channels:
            self.add(section, t["no_channels"])
        for coverage in self.found.channels:
            row = self.add(section, coverage.name, str(coverage.total), coverage.touchpoint_ids)
            for phase_id, count in coverage.counts:
                if count:
                    ids = [i for i in coverage.touchpoint_ids if self.phase_of[i] == phase_id]
                    self.add(row, self.phases[phase_id], str(count), ids)

    def evidence(self, section: QTreeWidgetItem) -> None:
        t = self.text
        for share in self.found.evidence:
            self.add(
                section,
                t[share.kind],
                f"{format_share(share.share)} ({share.count})",
                share.touchpoint_ids,
            )
