"""The Insights panel: the sample's figures, one click from the cards behind them."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem

from app.model import commands as cmd
from app.model.fileformat import load
from app.model.insights import format_score, insights
from app.resources import sample_map
from app.ui import insights_panel
from app.ui.insights_panel import IDS_ROLE, REFRESH_DELAY_MS, InsightsPanel
from app.ui.session import DocumentSession

LEA = "Léa Moreau"
CARD_DECLINED = "906c6135-b86c-5a1a-8624-dcdb77efebc1"


@pytest.fixture
def panel(qtbot) -> InsightsPanel:  # type: ignore[no-untyped-def]
    widget = InsightsPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.set_session(DocumentSession(load(sample_map("en")), parent=widget))
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _click(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid() and tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _chosen(qtbot, panel: InsightsPanel, gesture: Callable[[], None]) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.cards_chosen, timeout=2000) as blocker:
        gesture()
    return blocker.args[0]


def test_clicking_a_personas_lowest_moment_chooses_that_card(qtbot, panel) -> None:
    row = panel.row("Emotions per persona", LEA, "Lowest: Card declined at MegaSound")
    assert row is not None and row.text(1) == "-1.5"
    ids = _chosen(qtbot, panel, lambda: _click(qtbot, panel.tree, row))
    assert ids == [CARD_DECLINED]


def test_enter_on_the_top_opportunity_chooses_its_card(qtbot, panel) -> None:
    row = panel.row("Opportunities, ranked")
    assert row is not None
    top = row.child(0)
    assert top.text(0).startswith("1. Explain the failure in plain words")
    assert top.text(1) == "high · -1.75"
    panel.tree.setCurrentItem(top)
    ids = _chosen(qtbot, panel, lambda: qtbot.keyClick(panel.tree, Qt.Key.Key_Return))
    assert ids == [CARD_DECLINED]


def test_a_drop_chooses_both_of_its_cards_and_a_phases_pain_points_all_of_its_cards(
    qtbot, panel
) -> None:
    doc = panel.session.document
    drop = panel.row(
        "Emotions per persona",
        LEA,
        "Drop: YouTube reviews and sound tests → Comparing prices across shops",
    )
    ids = _chosen(qtbot, panel, lambda: _click(qtbot, panel.tree, drop))
    assert [doc.touchpoint(i).title for i in ids] == [
        "YouTube reviews and sound tests",
        "Comparing prices across shops",
    ]
    purchase = panel.row("Pain points by phase", "Purchase")
    assert purchase.text(1) == "7"
    ids = _chosen(qtbot, panel, lambda: _click(qtbot, panel.tree, purchase))
    assert [doc.touchpoint(i).title for i in ids] == [
        "Slow pages at MegaSound",
        "Card declined at MegaSound",
        "Smooth checkout at Fretline",
    ]


def test_a_section_heading_chooses_no_cards(qtbot, panel) -> None:
    heading = panel.row("Moments of truth")
    with qtbot.assertNotEmitted(panel.cards_chosen, wait=100):
        _click(qtbot, panel.tree, heading)


def test_the_panel_shows_the_same_figures_as_the_cli_and_the_pdf(panel) -> None:
    doc = panel.session.document
    for persona in insights(doc).personas:
        name = doc.persona(persona.persona_id).name
        for entry in persona.by_phase:
            row = panel.row("Emotions per persona", name, f"In {doc.phase(entry.phase_id).name}")
            assert row.text(1) == format_score(entry.average)
            assert row.data(0, IDS_ROLE) == list(entry.touchpoint_ids)
    assert panel.row("Evidence", "Observed").text(1) == "82 % (14)"


def test_an_edit_updates_the_shown_panel_and_undo_restores_it(qtbot, panel) -> None:
    session = panel.session
    doc = session.document
    lea = doc.personas[0].id
    slow_pages = next(tp.id for tp in doc.touchpoints if tp.title == "Slow pages at MegaSound")
    session.push(cmd.set_emotion(doc, slow_pages, lea, -2.0))
    qtbot.waitUntil(
        lambda: (
            panel.row("Emotions per persona", LEA, "Lowest: Slow pages at MegaSound") is not None
        )
    )
    assert panel.row("Emotions per persona", LEA, "In Purchase").text(1) == "-0.67"
    session.undo_stack.undo()
    qtbot.waitUntil(
        lambda: (
            panel.row("Emotions per persona", LEA, "Lowest: Card declined at MegaSound") is not None
        )
    )
    assert panel.row("Emotions per persona", LEA, "In Purchase").text(1) == "-0.33"


def test_a_hidden_panel_recomputes_only_when_shown_again(
    qtbot, panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = insights_panel.insights
    monkeypatch.setattr(insights_panel, "insights", lambda doc: calls.append(1) or original(doc))
    panel.row("Pain points by phase").setExpanded(True)
    panel.hide()
    session = panel.session
    doc = session.document
    awareness = doc.phases[0].id
    for tp in [tp for tp in doc.touchpoints if tp.phase_id == awareness]:  # two cards
        session.push(cmd.edit(doc, "touchpoints", tp.id, pain_points=[*tp.pain_points, "More"]))
    qtbot.wait(REFRESH_DELAY_MS * 4)
    assert calls == []
    panel.show()
    qtbot.waitUntil(lambda: calls == [1])
    assert panel.row("Pain points by phase", "Awareness").text(1) == "5"
    assert panel.row("Pain points by phase").isExpanded()  # the refresh kept what was open


def test_in_the_window_a_click_selects_the_cards_and_shows_the_first(qtbot, make_window) -> None:
    window = make_window()
    # The wiring the window's panels will do (app/ui/docks.py).
    panel = InsightsPanel(window)
    panel.set_session(window.session)
    dock = QDockWidget("Insights", window)
    dock.setObjectName("insights")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    panel.cards_chosen.connect(
        lambda ids: (window.scene.select_only(ids), window.canvas.reveal_card(ids[0]))
    )
    qtbot.waitUntil(lambda: panel.row("Moments of truth") is not None)
    window.canvas.set_zoom(2.0)
    window.canvas.show_top_left()
    moment = panel.row("Moments of truth", "Tuning app and first chords")
    card = window.scene.cards[moment.data(0, IDS_ROLE)[0]]
    viewport = QRect(QPoint(0, 0), window.canvas.viewport().size())

    def on_screen() -> bool:
        return viewport.contains(
            window.canvas.mapFromScene(card.sceneBoundingRect()).boundingRect()
        )

    assert not on_screen()  # far to the right at 200 %
    _click(qtbot, panel.tree, moment)
    assert [window.document.touchpoint(i).title for i in window.scene.selected_touchpoints()] == [
        "Tuning app and first chords"
    ]
    assert on_screen()


def test_a_burst_of_edits_refreshes_the_shown_panel_once(
    qtbot, panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = insights_panel.update_insights
    monkeypatch.setattr(
        insights_panel, "update_insights", lambda *args: calls.append(1) or original(*args)
    )
    session = panel.session
    doc = session.document
    card = doc.touchpoints[0]
    for text in ("T", "Ti", "Tit", "Tight"):  # typing a pain point: one merged undo step
        session.push(cmd.edit(doc, "touchpoints", card.id, pain_points=[text]), merge=True)
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(REFRESH_DELAY_MS * 4)
    assert calls == [1]
    phase = doc.phase(card.phase_id).name
    assert panel.row("Pain points by phase", phase, f"Tight ({card.title})") is not None


def test_an_empty_map_without_personas_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.model.templates import new_map

    doc = new_map("blank", "en")
    doc.personas.clear()
    widget = InsightsPanel()
    qtbot.addWidget(widget)
    widget.set_session(DocumentSession(doc, parent=widget))
    with qtbot.waitExposed(widget):
        widget.show()
    assert widget.row("Emotions per persona", "The map has no personas.") is not None
    assert widget.row("Opportunities, ranked", "No opportunities yet.") is not None
    assert widget.row("Evidence", "Observed").text(1) == "0 % (0)"
    with qtbot.assertNotEmitted(widget.cards_chosen, wait=100):
        _click(qtbot, widget.tree, widget.row("Evidence", "Observed"))
