"""An edit costs what it changes in the Insights panel and the canvas's screen-reader text.

Renaming a card or the map computes no insight again and makes no row again; other edits
compute and refill only what they can change, and the tree is always the one a full
refresh builds.
"""

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.model import commands as cmd
from app.model.document import JourneyMap, Opportunity, Persona, Touchpoint
from app.model.fileformat import load
from app.resources import sample_map
from app.ui import insights_panel
from app.ui.insights_panel import IDS_ROLE, KEY_ROLE, InsightsPanel
from app.ui.main_window import MainWindow
from app.ui.session import DocumentSession

LEA = "Léa Moreau"
CARD_DECLINED = "906c6135-b86c-5a1a-8624-dcdb77efebc1"
MARK = Qt.ItemDataRole.UserRole + 10


@pytest.fixture
def panel(qtbot) -> InsightsPanel:  # type: ignore[no-untyped-def]
    widget = InsightsPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.set_session(DocumentSession(load(sample_map("en")), parent=widget))
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each computation of insights the panel asks for: "all" or the sections named."""
    calls: list[str] = []
    full, update = insights_panel.insights, insights_panel.update_insights

    def counted_full(doc: JourneyMap) -> Any:
        calls.append("all")
        return full(doc)

    def counted_update(found: Any, doc: JourneyMap, sections: Any, *rescored: Any) -> Any:
        calls.append(",".join(sorted(sections)))
        return update(found, doc, sections, *rescored)

    monkeypatch.setattr(insights_panel, "insights", counted_full)
    monkeypatch.setattr(insights_panel, "update_insights", counted_update)
    return calls


def _rows(tree: QTreeWidget) -> list[Any]:
    """Everything a row shows or carries, for every row, as nested lists."""

    def walk(item: QTreeWidgetItem) -> list[Any]:
        found = []
        for i in range(item.childCount()):
            row = item.child(i)
            found.append(
                (
                    row.text(0),
                    row.text(1),
                    row.data(0, IDS_ROLE),
                    row.data(0, KEY_ROLE),
                    row.toolTip(0),
                    row.font(0).bold(),
                    walk(row),
                )
            )
        return found

    return walk(tree.invisibleRootItem())


def _all_rows(tree: QTreeWidget | QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """Every row of a tree, or every row under a row."""
    found: list[QTreeWidgetItem] = []
    if isinstance(tree, QTreeWidget):
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    else:
        stack = [tree.child(i) for i in range(tree.childCount())]
    while stack:
        row = stack.pop()
        found.append(row)
        stack += [row.child(i) for i in range(row.childCount())]
    return found


def _rebuilt(qtbot, session: DocumentSession) -> list[Any]:  # type: ignore[no-untyped-def]
    """The rows a panel filled from scratch shows for the session's map now."""
    fresh = InsightsPanel()
    qtbot.addWidget(fresh)
    fresh.set_session(session)
    fresh.refresh()
    rows = _rows(fresh.tree)
    session.changed.disconnect(fresh._on_changed)
    return rows


def _settled(qtbot, panel: InsightsPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel._stale and not panel._timer.isActive(), timeout=3000)


def test_renaming_a_card_computes_nothing_and_rewrites_only_the_rows_naming_it(
    qtbot, panel, computed
) -> None:
    session = panel.session
    for row in _all_rows(panel.tree):
        row.setData(0, MARK, True)
    session.push(cmd.edit(session.document, "touchpoints", CARD_DECLINED, title="Card refused"))
    _settled(qtbot, panel)
    qtbot.wait(insights_panel.REFRESH_DELAY_MS * 2)
    assert computed == []
    assert all(row.data(0, MARK) for row in _all_rows(panel.tree))  # the same rows, none new
    lowest = panel.row("Emotions per persona", LEA, "Lowest: Card refused")
    assert lowest is not None and lowest.data(0, IDS_ROLE) == [CARD_DECLINED]
    assert panel.row("Emotions per persona", LEA, "Lowest: Card declined at MegaSound") is None
    top = panel.row("Opportunities, ranked").child(0)
    assert "At Card refused:" in top.toolTip(0)
    assert _rows(panel.tree) == _rebuilt(qtbot, session)
    computed.clear()  # the rebuilt panel's computation
    session.undo_stack.undo()
    _settled(qtbot, panel)
    assert computed == []
    assert panel.row("Emotions per persona", LEA, "Lowest: Card declined at MegaSound")
    assert _rows(panel.tree) == _rebuilt(qtbot, session)


def test_renaming_the_map_or_describing_a_card_leaves_the_panel_alone(
    qtbot, panel, computed
) -> None:
    session = panel.session
    doc = session.document
    for row in _all_rows(panel.tree):
        row.setData(0, MARK, True)
    session.push(cmd.edit(doc, "map", doc.id, title="Guitars, again"))
    session.push(cmd.edit(doc, "touchpoints", CARD_DECLINED, description="The bank said no."))
    qtbot.wait(insights_panel.REFRESH_DELAY_MS * 3)
    assert computed == []
    assert not panel._stale
    assert all(row.data(0, MARK) for row in _all_rows(panel.tree))


def test_a_new_score_computes_its_sections_only_and_keeps_what_the_user_opened(
    qtbot, panel, computed
) -> None:
    session = panel.session
    doc = session.document
    lea_row = panel.row("Emotions per persona", LEA)
    lea_row.setExpanded(False)  # the user closed Léa's figures
    evidence = panel.row("Evidence", "Observed")
    evidence.setData(0, MARK, True)
    panel.tree.setCurrentItem(panel.row("Emotions per persona", doc.personas[1].name))
    slow_pages = next(tp.id for tp in doc.touchpoints if tp.title == "Slow pages at MegaSound")
    session.push(cmd.set_emotion(doc, slow_pages, doc.personas[0].id, -2.0))
    _settled(qtbot, panel)
    assert computed == ["moments_of_truth,opportunities,personas"]
    assert panel.row("Emotions per persona", LEA, "Lowest: Slow pages at MegaSound") is not None
    assert not panel.row("Emotions per persona", LEA).isExpanded()
    assert panel.tree.currentItem().text(0) == doc.personas[1].name
    assert panel.row("Evidence", "Observed").data(0, MARK)  # a section the score cannot change
    assert _rows(panel.tree) == _rebuilt(qtbot, session)


def test_a_new_card_computes_everything_once_and_remakes_only_the_rows_it_changes(
    qtbot, panel, computed
) -> None:
    session = panel.session
    doc = session.document
    panel.row("Pain points by phase").setExpanded(True)
    for row in _all_rows(panel.tree):
        row.setData(0, MARK, True)
    first_phase = doc.phases[0]
    card = next(tp for tp in doc.touchpoints if tp.phase_id == first_phase.id and tp.pain_points)
    copy = Touchpoint.model_validate(card.model_dump(exclude={"id"}))
    session.push(cmd.add_touchpoint(doc, copy))
    _settled(qtbot, panel)
    assert computed == ["all"]
    pains = panel.row("Pain points by phase")
    for index in range(1, pains.childCount()):  # the other phases' pain points: the same rows
        phase = pains.child(index)
        assert all(phase.child(i).data(0, MARK) for i in range(phase.childCount()))
    assert not all(row.data(0, MARK) for row in _all_rows(pains.child(0)))
    assert pains.isExpanded()
    assert _rows(panel.tree) == _rebuilt(qtbot, session)


def test_renames_in_the_same_burst_as_a_new_persona_show_in_every_row(qtbot, panel) -> None:
    session = panel.session
    doc = session.document
    phase = doc.phases[1]
    session.push(cmd.edit(doc, "touchpoints", CARD_DECLINED, title="Card refused"))
    session.push(cmd.edit(doc, "phases", phase.id, name="Choosing"))
    session.push(cmd.add(doc, "personas", Persona(name="Newcomer")))  # before the panel updates
    _settled(qtbot, panel)
    assert panel.row("Emotions per persona", LEA, "Lowest: Card refused") is not None
    assert panel.row("Emotions per persona", "Newcomer", "No scores yet.") is not None
    channels = panel.row("Channels by phase")
    shown = {
        channels.child(i).child(j).text(0)
        for i in range(channels.childCount())
        for j in range(channels.child(i).childCount())
    }
    assert "Choosing" in shown
    assert _rows(panel.tree) == _rebuilt(qtbot, session)


def test_the_current_row_stays_current_when_its_personas_rows_are_made_again(qtbot, panel) -> None:
    session = panel.session
    doc = session.document
    in_purchase = panel.row("Emotions per persona", LEA, "In Purchase")
    panel.tree.setCurrentItem(in_purchase)
    slow_pages = next(tp.id for tp in doc.touchpoints if tp.title == "Slow pages at MegaSound")
    session.push(cmd.set_emotion(doc, slow_pages, doc.personas[0].id, -2.0))
    _settled(qtbot, panel)
    current = panel.tree.currentItem()
    assert (current.parent().text(0), current.text(0)) == (LEA, "In Purchase")
    assert current.text(1) == "-0.67"


def _random_edit(doc: JourneyMap, rng: random.Random) -> cmd.Command:
    card = rng.choice(doc.touchpoints)
    persona = rng.choice(doc.personas)
    kind = rng.randrange(16)
    if kind == 0:
        return cmd.edit(doc, "touchpoints", card.id, title=f"Card {rng.randrange(100)}")
    if kind == 1:
        return cmd.set_emotion(doc, card.id, persona.id, rng.choice([-2, -0.5, 1, 2, None]))
    if kind == 2:
        return cmd.edit(doc, "touchpoints", card.id, pain_points=rng.choice([[], ["Slow"]]))
    if kind == 3:
        found = [Opportunity(text=f"Do {rng.randrange(5)}", priority=rng.choice(["high", "low"]))]
        return cmd.edit(doc, "touchpoints", card.id, opportunities=rng.choice([[], found]))
    if kind == 4:
        return cmd.edit(doc, "touchpoints", card.id, channel=rng.choice([None, "email", "web"]))
    if kind == 5:
        return cmd.edit(doc, "touchpoints", card.id, moment_of_truth=not card.moment_of_truth)
    if kind == 6:
        return cmd.edit(doc, "personas", persona.id, name=f"Persona {rng.randrange(100)}")
    if kind == 7:
        return cmd.edit(doc, "phases", rng.choice(doc.phases).id, name=f"Phase {rng.randrange(9)}")
    if kind == 8:
        return cmd.edit(doc, "touchpoints", card.id, evidence=rng.choice(["observed", "assumed"]))
    if kind == 9:
        return cmd.move(doc, "touchpoints", card.id, rng.randrange(len(doc.touchpoints)))
    if kind == 10:
        return cmd.edit(doc, "touchpoints", card.id, phase_id=rng.choice(doc.phases).id)
    if kind == 11:
        copy = Touchpoint.model_validate(card.model_dump(exclude={"id"}))
        return cmd.add_touchpoint(doc, copy)
    if kind == 12 and len(doc.touchpoints) > 5:
        return cmd.remove(doc, "touchpoints", card.id)
    if kind == 13:
        return cmd.add(doc, "personas", Persona(name=f"New {rng.randrange(9)}"), rng.randrange(3))
    if kind == 14:
        return cmd.move(doc, "phases", rng.choice(doc.phases).id, rng.randrange(len(doc.phases)))
    return cmd.edit(doc, "map", doc.id, title=f"Map {rng.randrange(100)}")


@pytest.mark.parametrize(("seed", "chunk"), [(1, insights_panel.CHUNK), (2, 2), (5, 3)])
def test_after_random_edits_undos_and_redos_the_tree_is_the_one_a_full_refresh_builds(
    qtbot, panel, seed, chunk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small runs of opportunity rows: an edit re-indexes several of them (a long map's case).
    monkeypatch.setattr(insights_panel, "CHUNK", chunk)
    panel.refresh()
    rng = random.Random(seed)
    session = panel.session
    stack = session.undo_stack
    for _ in range(40):
        step = rng.random()
        if step < 0.15 and stack.canUndo():
            stack.undo()
        elif step < 0.25 and stack.canRedo():
            stack.redo()
        else:
            session.push(_random_edit(session.document, rng))
        _settled(qtbot, panel)
        assert _rows(panel.tree) == _rebuilt(qtbot, session)
    # Every row naming a card is still found by its title (the index kept up with the rows).
    for touchpoint in session.document.touchpoints:
        session.push(cmd.edit(session.document, "touchpoints", touchpoint.id, title="Ümlaut"))
    _settled(qtbot, panel)
    assert _rows(panel.tree) == _rebuilt(qtbot, session)


def test_renaming_a_card_in_the_window_never_puts_the_whole_journey_in_order(
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    window.panels.docks["insights"].show()
    window.panels.docks["insights"].raise_()
    qtbot.waitUntil(lambda: window.panels.insights.found is not None)
    doc = window.document
    order = doc.touchpoints_in_journey_order()
    card = order[5]
    window.scene.select_only([card.id])
    qtbot.waitUntil(lambda: "Card 6 of 17" in window.canvas.accessibleDescription())
    sorts: list[int] = []
    original = JourneyMap.touchpoints_in_journey_order

    def counted(self: JourneyMap) -> Any:
        sorts.append(1)
        return original(self)

    monkeypatch.setattr(JourneyMap, "touchpoints_in_journey_order", counted)
    window.session.push(cmd.edit(doc, "touchpoints", card.id, title="Renamed card"))
    qtbot.wait(insights_panel.REFRESH_DELAY_MS * 3)
    assert sorts == []
    assert window.canvas.accessibleName().startswith("Card Renamed card")
    assert "Card 6 of 17" in window.canvas.accessibleDescription()
    # The place read from the layout is the place in journey order, after a move too.
    window.session.push(cmd.move(doc, "touchpoints", order[0].id, len(doc.touchpoints)))
    qtbot.wait(10)
    place = [tp.id for tp in original(doc)].index(card.id) + 1
    assert f"Card {place} of 17" in window.canvas.accessibleDescription()
