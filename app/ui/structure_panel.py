"""The Structure panel: the map's phases and lanes, to add, insert, rename, reorder and delete.

Its menus are the ones the canvas headers show (:mod:`app.ui.structure_menus`),
so a phase offers the same actions in both places. Every gesture is one
command on the undo stack; the lists are refilled from the document after it.
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import commands as cmd
from app.model import structure
from app.model.commands import Change, Command
from app.model.document import JourneyMap, Lane, Phase
from app.ui import lane_kinds, questions, structure_menus
from app.ui.controls import ButtonSpec, set_tips, tool_button_row
from app.ui.icons import colour_chip
from app.ui.questions import Asker
from app.ui.reorder_list import ID_ROLE, ReorderList
from app.ui.session import DocumentSession

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a lane shows ("Pain points field · collapsed"), drawn after its name."""
STRUCTURE = ("phases", "lanes")


def lane_detail(doc: JourneyMap, lane: Lane) -> str:
    """What a lane shows, and whether it is collapsed: "Pain points field · collapsed".

    Says no more than the name already does: a lane named after its metric is just "Metric".
    """
    if lane.kind == "metric":
        metric = next((m.name for m in doc.metrics if m.id == lane.metric_id), None)
        text = lane_kinds.kind_text("metric", None, None if metric == lane.name else metric)
    elif lane.kind == "framework" and lane.name == structure.default_lane_name(
        doc, "framework", lane.field
    ):
        text = QCoreApplication.translate("StructurePanel", "Card field")
    elif lane.kind == "emotion":
        text = QCoreApplication.translate("StructurePanel", "Emotion curves")
    else:
        text = lane_kinds.kind_text(lane.kind, lane.field)
    if lane.collapsed:
        return QCoreApplication.translate("StructurePanel", "{kind} · collapsed").format(kind=text)
    return text


def row_text(item: QListWidgetItem) -> str:
    """The text a row shows: the name, then what the lane shows (if any)."""
    detail = item.data(DETAIL_ROLE)
    return f"{item.text()} — {detail}" if detail else item.text()


class DetailDelegate(QStyledItemDelegate):
    """Draws a row's name followed by its detail; the in-place editor edits the name only."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE)
        if detail:
            option.text = f"{option.text} — {detail}"


class StructurePanel(QWidget):
    """Lists the phases (left to right) and lanes (top to bottom) of the map."""

    element_activated = Signal(str, str)
    """(collection "phases" or "lanes", id): the user selected it; show it in the inspector."""
    status = Signal(str)
    """A sentence for the status bar: what was done, or why it was not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.ask: Asker | None = None
        """How to ask what becomes of a deleted phase's or lane's cards (tests replace it)."""
        self._filling = False
        self.lists: dict[str, ReorderList] = {}
        self._known: dict[str, set[str]] = {"phases": set(), "lanes": set()}
        self.buttons: dict[str, QToolButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        titles = self._titles()
        self.titles: dict[str, QLabel] = {}
        for collection, object_name in (("phases", "phase_list"), ("lanes", "lane_list")):
            title = titles[collection]
            label = QLabel(title, self)
            self.titles[collection] = label
            listing = ReorderList(self)
            listing.setObjectName(object_name)
            listing.setAccessibleName(title)
            label.setBuddy(listing)
            listing.setIconSize(QSize(14, 14))
            listing.itemChanged.connect(lambda item, c=collection: self._item_changed(c, item))
            listing.currentRowChanged.connect(lambda row, c=collection: self._row_changed(c, row))
            listing.reordered.connect(lambda i, n, c=collection: self._reordered(c, i, n))
            listing.reactivated.connect(lambda i, c=collection: self.element_activated.emit(c, i))
            listing.customContextMenuRequested.connect(
                lambda pos, c=collection: self._context_menu(c, pos)
            )
            self.lists[collection] = listing
            layout.addWidget(label)
            layout.addWidget(listing, 1)
            layout.addLayout(self._buttons(collection))
        self.lists["lanes"].setItemDelegate(DetailDelegate(self.lists["lanes"]))
        self.phase_list = self.lists["phases"]
        self.lane_list = self.lists["lanes"]
        self._update_buttons()

    def _titles(self) -> dict[str, str]:
        return {
            "phases": QCoreApplication.translate("StructurePanel", "Phases"),
            "lanes": QCoreApplication.translate("StructurePanel", "Lanes"),
        }

    def _tips(self) -> dict[str, str]:
        return {
            "add_phase": QCoreApplication.translate("StructurePanel", "Add a phase at the end"),
            "add_lane": QCoreApplication.translate("StructurePanel", "Add a lane…"),
            "delete_phase": QCoreApplication.translate("StructurePanel", "Delete the phase…"),
            "delete_lane": QCoreApplication.translate("StructurePanel", "Delete the lane…"),
            "phase_actions": QCoreApplication.translate(
                "StructurePanel", "More actions on the phase"
            ),
            "lane_actions": QCoreApplication.translate(
                "StructurePanel", "More actions on the lane"
            ),
        }

    def _buttons(self, collection: str) -> QHBoxLayout:
        noun = "phase" if collection == "phases" else "lane"
        tips = self._tips()
        specs: list[ButtonSpec] = [
            (
                f"add_{noun}",
                "+",
                tips[f"add_{noun}"],
                self.add_phase if noun == "phase" else self._show_add_lane_menu,
            ),
            (
                f"delete_{noun}",
                "−",
                tips[f"delete_{noun}"],
                lambda: self.delete_selected(collection),
            ),
            (
                f"{noun}_actions",
                "⋯",
                tips[f"{noun}_actions"],
                lambda: self._show_menu_below(collection),
            ),
        ]
        return tool_button_row(self, specs, self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch)."""
        for collection, title in self._titles().items():
            self.titles[collection].setText(title)
            self.lists[collection].setAccessibleName(title)
        set_tips(self.buttons, self._tips())
        self.refresh()  # what each lane shows, in the new language

    # -- the document -------------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Show the structure of ``session``'s map."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        session.changed.connect(self._on_changed)
        self._filling = True
        for listing in self.lists.values():
            listing.clear()
        self._filling = False
        self._known = {"phases": set(), "lanes": set()}
        self.refresh()

    @property
    def document(self) -> JourneyMap:
        """The map shown."""
        assert self.session is not None
        return self.session.document

    def _on_changed(self, changes: list[Change]) -> None:
        if any(change.collection in ("phases", "lanes", "metrics") for change in changes):
            self.refresh()

    def refresh(self) -> None:
        """Re-read phases and lanes, keeping each list's selection on the same element.

        An element that just appeared (added, inserted, restored by undo) is selected.
        """
        if self.session is None:
            return
        doc = self.document
        self._filling = True
        appeared: list[tuple[str, str]] = []
        try:
            for collection in STRUCTURE:
                listing = self.lists[collection]
                keep = listing.element_id(listing.currentRow())
                old_row = listing.currentRow()
                items: list[Phase] | list[Lane] = getattr(doc, collection)
                ids = {element.id for element in items}
                fresh = ids - self._known[collection]
                if len(fresh) == 1 and self._known[collection]:
                    keep = next(iter(fresh))
                    appeared.append((collection, keep))
                self._known[collection] = ids
                listing.clear()
                for element in items:
                    item = QListWidgetItem(colour_chip(element.colour), element.name)
                    item.setData(ID_ROLE, element.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    if isinstance(element, Lane):
                        detail = lane_detail(doc, element)
                        item.setData(DETAIL_ROLE, detail)
                        item.setToolTip(f"{element.name} — {detail}")
                        item.setData(Qt.ItemDataRole.AccessibleTextRole, row_text(item))
                    listing.addItem(item)
                row = listing.row_of(keep)
                if row < 0 and old_row >= 0 and items:
                    row = min(old_row, len(items) - 1)
                listing.setCurrentRow(row)
        finally:
            self._filling = False
        self._update_buttons()
        for collection, element_id in appeared:
            # A new phase or lane is what the user works on next: show it in the inspector.
            self.element_activated.emit(collection, element_id)

    def selected(self, collection: str) -> str | None:
        """The id of the phase or lane selected in its list."""
        listing = self.lists[collection]
        return listing.element_id(listing.currentRow())

    def _update_buttons(self) -> None:
        for collection, noun in (("phases", "phase"), ("lanes", "lane")):
            chosen = self.session is not None and self.selected(collection) is not None
            self.buttons[f"delete_{noun}"].setEnabled(chosen)
            self.buttons[f"{noun}_actions"].setEnabled(chosen)
            self.buttons[f"add_{noun}"].setEnabled(self.session is not None)

    # -- reacting to the lists ----------------------------------------------------------------

    def _row_changed(self, collection: str, row: int) -> None:
        if self._filling:
            return
        self._update_buttons()
        element_id = self.lists[collection].element_id(row)
        if element_id is not None:
            self.element_activated.emit(collection, element_id)

    def _item_changed(self, collection: str, item: QListWidgetItem) -> None:
        if self._filling or self.session is None:
            return
        element_id, name = str(item.data(ID_ROLE)), item.text()
        current = next(e for e in getattr(self.document, collection) if e.id == element_id)
        if name != current.name:
            # Pushed once the editor has closed: the command refills this list.
            QTimer.singleShot(0, self, lambda: self.rename(collection, element_id, name))

    def _reordered(self, collection: str, element_id: str, index: int) -> None:
        self._push(lambda: cmd.move(self.document, collection, element_id, index))  # type: ignore[arg-type]

    # -- actions ------------------------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.status.emit(text)

    def _push(self, build: Callable[[], Command]) -> bool:
        if self.session is None:
            return False
        command = questions.build_or_report(build, self.status.emit, gone=self.refresh)
        if command is None:
            return False
        self.session.push(command, merge=False)
        self.status.emit(command.label)
        return True

    def rename(self, collection: str, element_id: str, name: str) -> bool:
        """Rename a phase or lane (one undo step); an empty name is refused with a sentence."""
        done = self._push(
            lambda: structure.rename(self.document, collection, element_id, name)  # type: ignore[arg-type]
        )
        if not done:
            self.refresh()  # put the old name back
        return done

    def add_phase(self) -> None:
        """Add a phase at the end of the map, select it and start typing its name."""
        if self._push(lambda: structure.new_phase(self.document, len(self.document.phases))):
            self.edit_name("phases", self.document.phases[-1].id)

    def edit_name(self, collection: str, element_id: str) -> None:
        """Open the in-place editor on a phase's or lane's name."""
        listing = self.lists[collection]
        row = listing.row_of(element_id)
        if row >= 0:
            listing.setCurrentRow(row)
            listing.setFocus()
            listing.editItem(listing.item(row))

    def delete_selected(self, collection: str) -> bool:
        """Delete the selected phase or lane, asking what becomes of its cards."""
        element_id = self.selected(collection)
        if self.session is None or element_id is None:
            return False
        delete = (
            structure_menus.delete_phase if collection == "phases" else structure_menus.delete_lane
        )
        return delete(self, self.session, element_id, self.ask, self._report)

    def add_lane_menu(self) -> QMenu:
        """The kinds of lane the "Add lane" button offers; a pick adds one below the selection."""
        assert self.session is not None

        def where() -> int:
            selected = self.selected("lanes")
            if selected is None:
                return len(self.document.lanes)
            return structure.index_of(self.document.lanes, selected) + 1

        return structure_menus.add_lane_menu(self, self.session, where, self._report)

    def element_menu(self, collection: str, element_id: str) -> QMenu:
        """The shared phase or lane menu, renaming in place in this panel."""
        assert self.session is not None
        build = structure_menus.phase_menu if collection == "phases" else structure_menus.lane_menu
        return build(
            self,
            self.session,
            element_id,
            self.ask,
            self._report,
            lambda: self.edit_name(collection, element_id),
        )

    def _show_add_lane_menu(self) -> None:
        if self.session is None:
            return
        menu = self.add_lane_menu()
        button = self.buttons["add_lane"]
        before = {lane.id for lane in self.document.lanes}
        menu.exec(button.mapToGlobal(QPoint(0, button.height())))
        menu.deleteLater()
        added = [lane.id for lane in self.document.lanes if lane.id not in before]
        if len(added) == 1:
            self.edit_name("lanes", added[0])  # named at once, like a new phase

    def _show_menu_below(self, collection: str) -> None:
        element_id = self.selected(collection)
        if self.session is None or element_id is None:
            return
        button = self.buttons["phase_actions" if collection == "phases" else "lane_actions"]
        menu = self.element_menu(collection, element_id)
        menu.exec(button.mapToGlobal(QPoint(0, button.height())))
        menu.deleteLater()

    def _context_menu(self, collection: str, pos: QPoint) -> None:
        if self.session is None:
            return
        listing = self.lists[collection]
        item = listing.itemAt(pos)
        if item is None:
            if collection == "lanes":
                menu = self.add_lane_menu()
            else:
                menu = QMenu(self)
                menu.addAction(
                    QCoreApplication.translate("StructurePanel", "Add Phase"), self.add_phase
                )
        else:
            menu = self.element_menu(collection, str(item.data(ID_ROLE)))
        menu.exec(listing.viewport().mapToGlobal(pos))
        menu.deleteLater()
