"""Copy, cut, paste and duplicate cards through the real system clipboard."""

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from app.model.csvio import read_csv
from app.model.document import CARD_CONTENT_FIELDS, JourneyMap, Persona, Touchpoint
from app.model.fileformat import load
from app.model.templates import new_map
from app.resources import sample_map
from app.ui.canvas.scene import JourneyScene
from app.ui.canvas.view import JourneyView
from app.ui.clipboard import MIME_CARDS, ClipboardActions
from app.ui.session import DocumentSession

FIELDS = ("title", "channel", *CARD_CONTENT_FIELDS)


@dataclass
class Editor:
    """One open map as the window wires it: session, scene, view and the clipboard actions."""

    session: DocumentSession
    scene: JourneyScene
    view: JourneyView
    actions: ClipboardActions
    said: list[str]

    @property
    def doc(self) -> JourneyMap:
        return self.session.document

    def order(self) -> list[str]:
        return [tp.id for tp in self.doc.touchpoints_in_journey_order()]


@pytest.fixture
def open_map(qtbot):  # type: ignore[no-untyped-def]
    def make(doc: JourneyMap) -> Editor:
        session = DocumentSession(doc)
        scene = JourneyScene()
        view = JourneyView(scene)
        qtbot.addWidget(view)
        view.set_session(session)
        scene.show_document(doc)
        session.changed.connect(lambda _: scene.show_document(session.document))
        actions = ClipboardActions(scene, view)
        actions.set_session(session)
        said: list[str] = []
        actions.status.connect(said.append)
        return Editor(session, scene, view, actions, said)

    QApplication.clipboard().clear()
    yield make
    # Under X11, clipboard data still owned at interpreter exit crashes pytest's teardown.
    QApplication.clipboard().clear()


def fields(tp: Touchpoint) -> dict[str, object]:
    return {name: getattr(tp, name) for name in FIELDS}


def test_copying_two_cards_puts_csv_rows_as_the_clipboard_text(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    ids = guitar.order()[1:3]
    guitar.scene.select_only(ids)

    assert guitar.actions.copy()

    text = QApplication.clipboard().text()
    assert text.startswith("phase,title,lane,channel,description,")
    back = read_csv(text.encode("utf-8"), "clipboard").journey
    assert [fields(tp) for tp in back.touchpoints] == [
        fields(guitar.doc.touchpoint(i)) for i in ids
    ]
    assert QApplication.clipboard().mimeData().hasFormat(MIME_CARDS)
    assert "<td>Guitar ads on social media</td>" in QApplication.clipboard().mimeData().html()
    assert guitar.said[-1] == "Copied 2 cards."


def test_cards_copied_in_one_map_paste_as_equal_cards_in_another(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    ids = guitar.order()[1:3]
    guitar.scene.select_only(ids)
    guitar.actions.copy()
    fresh_doc = new_map("five-phases", "en")
    fresh_doc.personas.append(Persona(name="Marc Girard"))
    fresh = open_map(fresh_doc)

    assert fresh.actions.paste()

    pasted = fresh.doc.touchpoints_in_journey_order()
    assert [fields(tp) for tp in pasted] == [fields(guitar.doc.touchpoint(i)) for i in ids]
    marc = fresh_doc.personas[-1].id
    source_marc = next(p.id for p in guitar.doc.personas if p.name == "Marc Girard")
    assert [tp.emotions for tp in pasted] == [
        {marc: guitar.doc.touchpoint(i).emotions[source_marc]} for i in ids
    ]
    assert fresh.scene.selected_touchpoints() == [tp.id for tp in pasted]
    assert fresh.session.undo_stack.undoText() == "Paste 2 cards"
    assert fresh.said[-1] == (
        "Pasted 2 cards. Added the metrics “Conversion rate” and “Time spent” to this map. "
        "Left out the scores of “Léa Moreau”: this map has no persona of that name."
    )
    fresh.session.undo_stack.undo()
    assert fresh.doc.touchpoints == []


def test_cut_then_paste_after_the_selected_card_moves_cards_in_two_undo_steps(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    order = guitar.order()
    moving = order[1:3]
    titles = [guitar.doc.touchpoint(i).title for i in moving]
    guitar.scene.select_only(moving)

    assert guitar.actions.cut()
    assert guitar.session.undo_stack.undoText() == "Cut 2 cards"
    assert not set(moving) & set(guitar.order())

    last = guitar.order()[-1]
    guitar.scene.select_only([last])
    assert guitar.actions.paste()
    after = guitar.order()
    assert [guitar.doc.touchpoint(i).title for i in after[-2:]] == titles
    assert after[-3] == last
    assert guitar.doc.touchpoint(after[-1]).phase_id == guitar.doc.touchpoint(last).phase_id
    guitar.session.undo_stack.undo()
    guitar.session.undo_stack.undo()
    assert guitar.order() == order


def test_rows_copied_from_a_spreadsheet_paste_as_new_cards(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    first = guitar.doc.touchpoints_in_journey_order()[0]
    guitar.scene.select_only([first.id])
    QApplication.clipboard().setText(
        "Title\tChannel\tEmotion:Léa Moreau\tPain points\n"
        'Asks the shop on WhatsApp\tChatbot\t-0,5\t"No answer\nat weekends"\n'
        "Visits the shop\tMagasin physique\t1,5\t\n"
    )

    assert guitar.actions.paste()

    new = guitar.order()[1:3]
    asked, visits = (guitar.doc.touchpoint(i) for i in new)
    lea = next(p.id for p in guitar.doc.personas if p.name == "Léa Moreau")
    assert (asked.title, asked.channel, asked.emotions) == (
        "Asks the shop on WhatsApp",
        "chatbot",
        {lea: -0.5},
    )
    assert asked.pain_points == ["No answer", "at weekends"]
    assert (visits.channel, visits.phase_id, visits.lane_id) == (
        "physical_store",
        first.phase_id,
        first.lane_id,
    )
    assert guitar.scene.selected_touchpoints() == new


def test_bad_spreadsheet_rows_are_refused_with_their_line_and_column(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    before = guitar.doc.model_dump()
    refused: list[tuple[str, str]] = []
    guitar.actions.refused.connect(lambda title, text: refused.append((title, text)))
    QApplication.clipboard().setText("title;emotion:Léa Moreau\nFine;1\nBad;very sad\n")

    assert not guitar.actions.paste()

    assert guitar.doc.model_dump() == before
    assert guitar.said[-1] == (
        'Nothing was pasted: line 3, emotion:Léa Moreau: "very sad" is not a number '
        "between -2 and +2"
    )
    assert refused and "line 3, emotion:Léa Moreau" in refused[0][1]


def test_a_damaged_card_payload_is_refused_with_a_sentence(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    mime = QMimeData()
    mime.setData(MIME_CARDS, json.dumps({"format": "parcours-cards", "cards": [{}]}).encode())
    QApplication.clipboard().setMimeData(mime)

    assert not guitar.actions.paste()
    assert guitar.said[-1].startswith("Nothing was pasted: cards[0].title")


def test_duplicate_puts_copies_after_their_originals_and_selects_them(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    original = guitar.order()[4]
    guitar.scene.select_only([original])

    assert guitar.actions.duplicate()

    order = guitar.order()
    copy = order[order.index(original) + 1]
    assert fields(guitar.doc.touchpoint(copy)) == fields(guitar.doc.touchpoint(original))
    assert guitar.scene.selected_touchpoints() == [copy]


def test_nothing_selected_says_what_to_do(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    assert not guitar.actions.copy()
    assert guitar.said == ["Select the cards to copy first."]
    assert QApplication.clipboard().text() == ""


def test_the_text_goes_to_the_cell_under_the_mouse_when_nothing_is_selected(  # type: ignore[no-untyped-def]
    open_map, qtbot
) -> None:
    guitar = open_map(load(sample_map("en")))
    guitar.view.resize(1400, 900)
    guitar.view.show()
    qtbot.waitExposed(guitar.view)
    guitar.view.fit_map()
    layout = guitar.scene.layout
    service = next(lane.id for lane in guitar.doc.lanes if lane.name == "Customer service")
    lane = layout.lane(service)
    phase = layout.phases[-1]
    point = QPointF(phase.header.right - 4, lane.content.centre_y)
    QCursor.setPos(guitar.view.viewport().mapToGlobal(guitar.view.mapFromScene(point)))
    if QCursor.pos() != guitar.view.viewport().mapToGlobal(guitar.view.mapFromScene(point)):
        pytest.skip("this platform cannot move the mouse pointer")
    QApplication.clipboard().setText("A late question\n")

    assert guitar.actions.paste()

    card = guitar.doc.touchpoint(guitar.order()[-1])
    assert card.title == "A late question"
    assert (card.phase_id, card.lane_id) == (phase.phase_id, lane.lane_id)


def test_nothing_on_the_clipboard_is_said(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    QApplication.clipboard().setMimeData(QMimeData())
    assert not guitar.actions.paste()
    assert guitar.said[-1] == "The clipboard holds no cards and no text to paste."


COPY_IN_ANOTHER_PARCOURS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.model.fileformat import load
from app.resources import sample_map
from app.ui.clipboard import put_cards

app = QApplication(sys.argv)
doc = load(sample_map("en"))
put_cards(doc, [tp.id for tp in doc.touchpoints_in_journey_order()[1:3]])
print("copied", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_cards_copied_in_another_running_parcours_paste_here(open_map, qtbot) -> None:  # type: ignore[no-untyped-def]
    if QApplication.platformName() != "xcb":
        pytest.skip("only a real X server shares a clipboard between processes")
    other = subprocess.Popen(
        [sys.executable, "-c", COPY_IN_ANOTHER_PARCOURS],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "copied"
        qtbot.waitUntil(
            lambda: QApplication.clipboard().mimeData().hasFormat(MIME_CARDS), timeout=5000
        )
        fresh = open_map(new_map("five-phases", "en"))
        assert fresh.actions.paste()
    finally:
        other.kill()
        other.wait()
    guitar = load(sample_map("en"))
    originals = guitar.touchpoints_in_journey_order()[1:3]
    pasted = fresh.doc.touchpoints_in_journey_order()
    assert [fields(tp) for tp in pasted] == [fields(tp) for tp in originals]


def test_paste_here_in_an_empty_cells_menu_puts_the_cards_in_that_cell(open_map) -> None:  # type: ignore[no-untyped-def]
    guitar = open_map(load(sample_map("en")))
    guitar.view.paste_here_handler = guitar.actions.paste_here
    ids = guitar.order()[1:3]
    guitar.scene.select_only(ids)
    guitar.actions.copy()
    service = next(lane.id for lane in guitar.doc.lanes if lane.name == "Customer service")
    lane = guitar.scene.layout.lane(service)
    first = guitar.scene.layout.phases[0]

    menu = guitar.view.menu_at(QPointF(first.header.x + 8, lane.content.centre_y))
    paste = next(a for a in menu.actions() if a.objectName() == "paste_here")
    paste.trigger()

    new = guitar.scene.selected_touchpoints()
    assert [guitar.doc.touchpoint(i).title for i in new] == [
        guitar.doc.touchpoint(i).title for i in ids
    ]
    assert {(guitar.doc.touchpoint(i).phase_id, guitar.doc.touchpoint(i).lane_id) for i in new} == {
        (first.phase_id, service)
    }
    assert guitar.order().index(new[0]) == 0, "before the phase's first card"
