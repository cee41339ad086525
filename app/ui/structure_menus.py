"""Context menus of phases and lanes, shared by the Structure panel and the canvas headers.

One home for these menus, so a phase offers the same actions wherever the user
right-clicks it. Every action pushes exactly one command on the session's undo
stack. Questions (what to do with the cards of a deleted phase, a colour, a
name) go through :mod:`app.ui.questions`, whose functions tests can replace,
or through the ``ask`` argument. The menu of lane kinds is in :mod:`app.ui.lane_kinds`.
"""

from collections.abc import Callable, Sequence
from functools import partial
from typing import Literal, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import plural
from app.model import commands as cmd
from app.model import structure
from app.model.commands import Command
from app.model.document import FrameworkField, Lane, LaneKind, Phase
from app.model.text import QT_TRANSLATE_NOOP
from app.ui import questions
from app.ui.controls import add_action
from app.ui.lane_kinds import fill_kind_menu
from app.ui.questions import Asker, Reporter
from app.ui.session import DocumentSession


def push(session: DocumentSession, build: Callable[[], Command], report: Reporter) -> bool:
    """Build a command and push it; a refusal becomes one sentence for the user."""
    command = questions.build_or_report(build, report)
    if command is None:
        return False
    session.push(command, merge=False)
    return True


def _reporter(parent: QWidget, report: Reporter | None) -> Reporter:
    """``report``, or else a message box over ``parent``."""
    return report or (lambda text: questions.show_refusal(parent, text))


def _cards(n: int) -> str:
    return plural(
        "StructureMenus",
        n,
        QT_TRANSLATE_NOOP("StructureMenus", "{n} card"),
        QT_TRANSLATE_NOOP("StructureMenus", "{n} cards"),
    )


# -- phases --------------------------------------------------------------------------------


def rename_phase(
    parent: QWidget, session: DocumentSession, phase_id: str, report: Reporter | None = None
) -> bool:
    """Ask for a phase's new name (a dialog, as from a double-click on its header)."""
    return _rename(
        parent,
        session,
        "phases",
        phase_id,
        QCoreApplication.translate("StructureMenus", "Rename phase"),
        report,
    )


def rename_lane(
    parent: QWidget, session: DocumentSession, lane_id: str, report: Reporter | None = None
) -> bool:
    """Ask for a lane's new name (a dialog, as from a double-click on its header)."""
    return _rename(
        parent,
        session,
        "lanes",
        lane_id,
        QCoreApplication.translate("StructureMenus", "Rename lane"),
        report,
    )


def _rename(
    parent: QWidget,
    session: DocumentSession,
    collection: Literal["phases", "lanes"],
    element_id: str,
    title: str,
    report: Reporter | None,
) -> bool:
    doc = session.document
    current = doc.phase(element_id).name if collection == "phases" else doc.lane(element_id).name
    name = questions.ask_text(
        parent, title, QCoreApplication.translate("StructureMenus", "Name:"), current
    )
    if name is None or name.strip() == current:
        return False
    return push(
        session,
        lambda: structure.rename(session.document, collection, element_id, name),
        _reporter(parent, report),
    )


def delete_phase(
    parent: QWidget,
    session: DocumentSession,
    phase_id: str,
    ask: Asker | None = None,
    report: Reporter | None = None,
) -> bool:
    """Delete a phase; when it holds cards, ask whether to move them or delete them."""
    doc = session.document
    answer = _where_cards_go(
        parent,
        ask,
        QCoreApplication.translate("StructureMenus", "Delete phase"),
        QCoreApplication.translate(
            "StructureMenus", "The phase “{name}” holds {cards}. What should happen to them?"
        ),
        doc.phase(phase_id).name,
        len(structure.phase_cards(doc, phase_id)),
        [(side, structure.phase_neighbour(doc, phase_id, side)) for side in ("previous", "next")],
    )
    if answer is None:
        return False
    choice = cast(structure.PhaseCards, answer)
    return push(
        session,
        lambda: structure.delete_phase(session.document, phase_id, choice),
        _reporter(parent, report),
    )


def _where_cards_go(
    parent: QWidget,
    ask: Asker | None,
    title: str,
    question: str,
    name: str,
    count: int,
    neighbours: Sequence[tuple[str, Phase | Lane | None]],
) -> str | None:
    """Ask whether the ``count`` cards of ``name`` move to a neighbour (by side) or are deleted.

    The side chosen, "delete" (also when there are no cards: nothing to ask), or
    None when the user cancels. ``question`` has ``{name}`` and ``{cards}`` fields.
    """
    if not count:
        return "delete"
    question = question.format(name=name, cards=_cards(count))
    choices = [
        (
            side,
            plural(
                "StructureMenus",
                count,
                QT_TRANSLATE_NOOP("StructureMenus", "Move the card to “{name}”"),
                QT_TRANSLATE_NOOP("StructureMenus", "Move the {n} cards to “{name}”"),
            ).format(name=other.name),
        )
        for side, other in neighbours
        if other is not None
    ]
    delete = plural(
        "StructureMenus",
        count,
        QT_TRANSLATE_NOOP("StructureMenus", "Delete the card"),
        QT_TRANSLATE_NOOP("StructureMenus", "Delete the {n} cards"),
    )
    choices.append(("delete", delete))
    answer = (ask or questions.ask_choice)(parent, title, question, choices)
    return answer if answer in (*(side for side, _ in neighbours), "delete") else None


def phase_menu(
    parent: QWidget,
    session: DocumentSession,
    phase_id: str,
    ask: Asker | None = None,
    report: Reporter | None = None,
    on_rename: Callable[[], None] | None = None,
) -> QMenu:
    """The actions on one phase: add, insert, rename, recolour, move, delete.

    ``on_rename`` replaces the rename dialog (the Structure panel edits the name in place).
    """
    doc = session.document
    index = structure.index_of(doc.phases, phase_id)
    say = _reporter(parent, report)
    menu = QMenu(parent)

    add = partial(add_action, menu)

    def insert(offset: int) -> None:
        where = structure.index_of(session.document.phases, phase_id) + offset
        push(session, lambda: structure.new_phase(session.document, where), say)

    add(
        "add_phase",
        QCoreApplication.translate("StructureMenus", "Add Phase at the End"),
        lambda: push(
            session,
            lambda: structure.new_phase(session.document, len(session.document.phases)),
            say,
        ),
    )
    add(
        "insert_phase_before",
        QCoreApplication.translate("StructureMenus", "Insert Phase Before"),
        lambda: insert(0),
    )
    add(
        "insert_phase_after",
        QCoreApplication.translate("StructureMenus", "Insert Phase After"),
        lambda: insert(1),
    )
    menu.addSeparator()
    add(
        "rename_phase",
        QCoreApplication.translate("StructureMenus", "Rename…"),
        on_rename or (lambda: rename_phase(parent, session, phase_id, say)),
    )
    add(
        "phase_colour",
        QCoreApplication.translate("StructureMenus", "Colour…"),
        lambda: _recolour(parent, session, "phases", phase_id, say),
    )
    add(
        "phase_earlier",
        QCoreApplication.translate("StructureMenus", "Move Earlier"),
        lambda: _move(session, "phases", phase_id, -1),
        index > 0,
    )
    add(
        "phase_later",
        QCoreApplication.translate("StructureMenus", "Move Later"),
        lambda: _move(session, "phases", phase_id, 1),
        index < len(doc.phases) - 1,
    )
    menu.addSeparator()
    add(
        "delete_phase",
        QCoreApplication.translate("StructureMenus", "Delete Phase…"),
        lambda: delete_phase(parent, session, phase_id, ask, say),
    )
    return menu


def _recolour(
    parent: QWidget,
    session: DocumentSession,
    collection: Literal["phases", "lanes", "personas"],
    element_id: str,
    report: Reporter,
) -> bool:
    items = getattr(session.document, collection)
    element = next(item for item in items if item.id == element_id)
    colour = questions.pick_colour(
        parent,
        element.colour,
        QCoreApplication.translate("StructureMenus", "Colour of “{name}”").format(
            name=element.name
        ),
    )
    if colour is None or colour.lower() == element.colour:
        return False
    return push(
        session,
        lambda: structure.recolour(session.document, collection, element_id, colour),
        report,
    )


def _move(
    session: DocumentSession,
    collection: Literal["phases", "lanes", "personas"],
    element_id: str,
    step: int,
) -> None:
    items = getattr(session.document, collection)
    index = structure.index_of(items, element_id) + step
    if 0 <= index < len(items):
        session.push(cmd.move(session.document, collection, element_id, index))


# -- lanes ---------------------------------------------------------------------------------


def add_lane(
    parent: QWidget,
    session: DocumentSession,
    index: int,
    kind: LaneKind,
    field: FrameworkField | None = None,
    metric_id: str | None = None,
    report: Reporter | None = None,
) -> bool:
    """Add a lane of ``kind`` at ``index`` (one undo step)."""
    return push(
        session,
        lambda: structure.new_lane(session.document, index, kind, field, metric_id),
        _reporter(parent, report),
    )


def add_metric_lane(
    parent: QWidget, session: DocumentSession, index: int, report: Reporter | None = None
) -> bool:
    """Ask for a new metric's name, then add it and a lane plotting it (one undo step)."""
    name = questions.ask_text(
        parent,
        QCoreApplication.translate("StructureMenus", "New metric"),
        QCoreApplication.translate("StructureMenus", "Name of the metric:"),
        "",
    )
    if not name:
        return False
    return push(
        session,
        lambda: structure.new_metric_lane(session.document, index, name),
        _reporter(parent, report),
    )


def add_lane_menu(
    parent: QWidget,
    session: DocumentSession,
    where: Callable[[], int],
    report: Reporter | None = None,
    title: str = "",
) -> QMenu:
    """A menu of lane kinds; picking one adds a lane at ``where()``."""
    menu = QMenu(title or QCoreApplication.translate("StructureMenus", "Add Lane"), parent)

    def pick(kind: LaneKind, field: FrameworkField | None, metric_id: str | None) -> None:
        add_lane(parent, session, where(), kind, field, metric_id, report)

    fill_kind_menu(menu, session, pick, lambda: add_metric_lane(parent, session, where(), report))
    return menu


def delete_lane(
    parent: QWidget,
    session: DocumentSession,
    lane_id: str,
    ask: Asker | None = None,
    report: Reporter | None = None,
) -> bool:
    """Delete a lane; when it holds cards, ask whether to move them or delete them."""
    doc = session.document
    answer = _where_cards_go(
        parent,
        ask,
        QCoreApplication.translate("StructureMenus", "Delete lane"),
        QCoreApplication.translate(
            "StructureMenus", "The lane “{name}” holds {cards}. What should happen to them?"
        ),
        doc.lane(lane_id).name,
        len(structure.lane_cards(doc, lane_id)),
        [(side, structure.lane_neighbour(doc, lane_id, side)) for side in ("above", "below")],
    )
    if answer is None:
        return False
    choice = cast(structure.LaneCards, answer)
    return push(
        session,
        lambda: structure.delete_lane(session.document, lane_id, choice),
        _reporter(parent, report),
    )


def lane_menu(
    parent: QWidget,
    session: DocumentSession,
    lane_id: str,
    ask: Asker | None = None,
    report: Reporter | None = None,
    on_rename: Callable[[], None] | None = None,
) -> QMenu:
    """The actions on one lane: add or insert a lane of any kind, rename, recolour,
    change kind, collapse or expand, move, delete.

    ``on_rename`` replaces the rename dialog (the Structure panel edits the name in place).
    """
    doc = session.document
    lane = doc.lane(lane_id)
    index = structure.index_of(doc.lanes, lane_id)
    say = _reporter(parent, report)
    menu = QMenu(parent)

    def here() -> int:
        return structure.index_of(session.document.lanes, lane_id)

    action = partial(add_action, menu)

    for name, title, where in (
        (
            "add_lane",
            QCoreApplication.translate("StructureMenus", "Add Lane at the Bottom"),
            lambda: len(session.document.lanes),
        ),
        (
            "insert_lane_before",
            QCoreApplication.translate("StructureMenus", "Insert Lane Above"),
            here,
        ),
        (
            "insert_lane_after",
            QCoreApplication.translate("StructureMenus", "Insert Lane Below"),
            lambda: here() + 1,
        ),
    ):
        sub = add_lane_menu(menu, session, where, say, title)
        sub.setObjectName(name)
        menu.addMenu(sub)
    menu.addSeparator()
    action(
        "rename_lane",
        QCoreApplication.translate("StructureMenus", "Rename…"),
        on_rename or (lambda: rename_lane(parent, session, lane_id, say)),
    )
    action(
        "lane_colour",
        QCoreApplication.translate("StructureMenus", "Colour…"),
        lambda: _recolour(parent, session, "lanes", lane_id, say),
    )
    kinds = menu.addMenu(QCoreApplication.translate("StructureMenus", "Change Kind"))
    kinds.setObjectName("change_kind")
    held = len(structure.lane_cards(doc, lane_id)) if lane.kind == "touchpoints" else 0
    if held:
        note = kinds.addAction(
            QCoreApplication.translate(
                "StructureMenus", "This lane holds {cards}: move or delete them first."
            ).format(cards=_cards(held))
        )
        note.setEnabled(False)
        kinds.addSeparator()

    def change(kind: LaneKind, field: FrameworkField | None, metric_id: str | None) -> None:
        now = session.document.lane(lane_id)
        if (now.kind, now.field, now.metric_id) == (kind, field, metric_id):
            return
        push(
            session,
            lambda: structure.set_lane_kind(session.document, lane_id, kind, field, metric_id),
            say,
        )

    fill_kind_menu(kinds, session, change, None, lane_id)
    if held:
        for item in kinds.actions()[2:]:
            if item.menu() is None and item.objectName() != "kind:touchpoints":
                item.setEnabled(False)
        for sub in kinds.findChildren(QMenu):
            sub.setEnabled(False)
    action(
        "collapse_lane",
        QCoreApplication.translate("StructureMenus", "Expand")
        if lane.collapsed
        else QCoreApplication.translate("StructureMenus", "Collapse"),
        lambda: push(
            session,
            lambda: structure.set_collapsed(
                session.document, lane_id, not session.document.lane(lane_id).collapsed
            ),
            say,
        ),
    )
    action(
        "lane_up",
        QCoreApplication.translate("StructureMenus", "Move Up"),
        lambda: _move(session, "lanes", lane_id, -1),
        index > 0,
    )
    action(
        "lane_down",
        QCoreApplication.translate("StructureMenus", "Move Down"),
        lambda: _move(session, "lanes", lane_id, 1),
        index < len(doc.lanes) - 1,
    )
    menu.addSeparator()
    action(
        "delete_lane",
        QCoreApplication.translate("StructureMenus", "Delete Lane…"),
        lambda: delete_lane(parent, session, lane_id, ask, say),
    )
    return menu
