"""Screenshot of the comparison view for docs/compare.md: the sample's future state with
two cards changed, one added and one removed, and Léa's feeling at the declined card raised.

Usage: QT_QPA_PLATFORM=offscreen python scripts/compare_shots.py [OUT_FOLDER]
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app.export.qt.theme import LIGHT
    from app.model import fileformat
    from app.model.compare import future_state
    from app.model.document import Touchpoint
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.compare_view import ComparisonDialog

    current = fileformat.load(sample_map("en"))
    future = future_state(current, "guitar.journey")
    by_title = {tp.title: tp for tp in future.touchpoints}
    slow = by_title["Slow pages at MegaSound"]
    slow.title = "Fast pages at MegaSound"
    slow.pain_points = []
    declined = by_title["Card declined at MegaSound"]
    declined.opportunities = []
    lea = future.personas[0]
    declined.emotions[lea.id] = 0.5
    purchase = next(p for p in future.phases if p.name == "Purchase")
    future.touchpoints.insert(
        future.touchpoints.index(declined) + 1,
        Touchpoint(
            title="Chat with an adviser",
            phase_id=purchase.id,
            lane_id=declined.lane_id,
            channel="chatbot",
            emotions={lea.id: 1.0},
        ),
    )
    future.touchpoints.remove(by_title["Writing a review"])

    apply_palette(app, LIGHT)
    dialog = ComparisonDialog(current, future, LIGHT)
    dialog.resize(1600, 900)
    dialog.show()
    QTest.qWait(200)
    dialog.view.resetTransform()
    dialog.view.scale(0.62, 0.62)
    first = dialog.differences.item(2)  # the first changed card: Purchase, where it all happens
    dialog.differences.setCurrentItem(first)
    dialog.show_difference(first)
    dialog.view.verticalScrollBar().setValue(0)  # the phase names, above the cards
    QTest.qWait(200)
    dialog.grab().save(str(out / "compare-view.png"))
    dialog.view.fit()
    QTest.qWait(100)
    dialog.grab().save(str(out / "compare-view-whole-map.png"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.close()
    app.processEvents()


if __name__ == "__main__":
    main()
