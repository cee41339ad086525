"""The Insights panel behind the Personas tab computes nothing until its tab is shown.

Qt leaves the panel of a tab that is not in front "visible" (covered, not hidden); the
panel refreshes whenever it is visible, so on a big map every start-up and every edit
paid for insights nobody could see.
"""

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from app.model import commands as cmd
from app.ui import insights_panel
from app.ui.main_window import MainWindow


@pytest.fixture
def refreshes(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    counted: list[int] = []
    original = insights_panel.InsightsPanel.refresh

    def counting(panel: insights_panel.InsightsPanel) -> None:
        counted.append(1)
        original(panel)

    monkeypatch.setattr(insights_panel.InsightsPanel, "refresh", counting)
    return counted


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(insights_panel.REFRESH_DELAY_MS * 3)


def test_a_hidden_insights_tab_computes_nothing_until_its_tab_is_picked(
    qtbot, make_window, refreshes
) -> None:
    window = make_window()
    panel = window.panels.insights
    _settle(qtbot)
    assert not panel.isVisible() and refreshes == []
    card = window.document.touchpoints[0]
    window.session.push(cmd.edit(window.document, "touchpoints", card.id, title="Renamed"))
    _settle(qtbot)
    assert refreshes == []

    window.panels.docks["insights"].raise_()
    _settle(qtbot)
    assert panel.isVisible() and len(refreshes) == 1
    assert panel.tree.topLevelItemCount() > 0

    window.panels.docks["personas"].raise_()
    _settle(qtbot)
    assert not panel.isVisible()


def test_insights_in_front_in_a_restored_layout_is_shown_filled(
    qtbot, make_window, refreshes
) -> None:
    first = make_window()
    first.panels.docks["insights"].raise_()
    _settle(qtbot)
    state = bytes(first.saveState().toBase64().data()).decode("ascii")

    window = MainWindow(persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.restoreState(QByteArray.fromBase64(state.encode("ascii")))
    with qtbot.waitExposed(window):
        window.show()
    window.open_sample()
    _settle(qtbot)
    assert window.panels.insights.isVisible()
    assert window.panels.insights.tree.topLevelItemCount() > 0
