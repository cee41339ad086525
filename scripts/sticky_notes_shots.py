"""Screenshots of sticky notes on the canvas, light and dark, for the docs.

Usage: QT_QPA_PLATFORM=offscreen python scripts/sticky_notes_shots.py [OUT_FOLDER]
Writes sticky-notes.png (light) and sticky-notes-dark.png.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app.model import notes as sticky
    from app.resources import sample_map
    from app.ui.appearance import apply_palette
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    for theme, name in (("light", "sticky-notes"), ("dark", "sticky-notes-dark")):
        window = MainWindow(settings=Settings(theme=theme), persist=False)
        apply_palette(app, window.theme)
        window.resize(1500, 900)
        window.show()
        window.open(sample_map("en"))
        doc = window.document
        declined = next(tp for tp in doc.touchpoints if tp.title == "Card declined at MegaSound")
        purchase = window.scene.layout.phase(declined.phase_id)
        human = next(
            lane
            for lane in window.scene.layout.lanes
            if lane.kind == "touchpoints" and lane.index == 1
        )
        for command, _ in (
            sticky.add_note(
                doc,
                "Which banks refuse the card? Ask the payments team.",
                attached_to=declined.id,
                author="Léa",
            ),
            sticky.add_note(doc, "Second shop: same bank?", attached_to=declined.id),
            sticky.add_note(
                doc,
                "Offer a trial lesson with every first guitar\nHeard in 3 of 5 interviews",
                purchase.header.x + 40,
                human.band.y + 14,
                author="Marc",
            ),
        ):
            window.session.push(command)
        doc.notes[1].colour = "#caffbf"
        doc.notes[2].colour = "#bde0fe"
        window.session.push(sticky.move_note(doc, doc.notes[2].id, doc.notes[2].x, doc.notes[2].y))
        QTest.qWait(50)
        window.canvas.set_zoom(1.0)
        card = window.scene.layout.card(declined.id)
        assert card is not None
        window.canvas.centerOn(card.rect.centre_x, card.rect.bottom + 180)
        QTest.qWait(80)
        canvas = window.canvas
        shot = canvas.grab(QRect(0, 0, canvas.width(), canvas.height()))
        shot.save(str(out / f"{name}.png"))
        window.undo_stack.setClean()
        window.close()
    del app


if __name__ == "__main__":
    main()
