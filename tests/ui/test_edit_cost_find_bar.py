"""While the find bar is open, an edit searches again only when it can change the matches."""

import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.model import commands as cmd
from app.model.document import JourneyMap, Opportunity
from app.model.fileformat import load
from app.model.search import find_cards
from app.resources import sample_map
from app.ui import find_bar
from app.ui.canvas.scene import JourneyScene
from app.ui.canvas.view import JourneyView
from app.ui.find_bar import FindBar
from app.ui.session import DocumentSession


@pytest.fixture
def bar(qtbot) -> Iterator[FindBar]:  # type: ignore[no-untyped-def]
    session = DocumentSession(load(sample_map("en")))
    widget = QWidget()
    scene = JourneyScene(parent=widget)
    view = JourneyView(scene)
    found = FindBar()
    column = QVBoxLayout(widget)
    column.addWidget(found)
    column.addWidget(view)
    qtbot.addWidget(widget)
    view.set_session(session)
    scene.show_document(session.document)
    session.changed.connect(lambda changes: scene.apply(session.document, changes))
    found.set_session(session, view)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    found.open()
    text = found.findChild(QLineEdit, "find_text")
    qtbot.keyClicks(text, "guitar")
    yield found  # (the window lives as long as the test)


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The whole-map searches the find bar runs from now on."""
    calls: list[str] = []
    original = find_bar.find_cards

    def counted(doc: JourneyMap, text: str) -> list[str]:
        calls.append(text)
        return original(doc, text)

    monkeypatch.setattr(find_bar, "find_cards", counted)
    return calls


def _count(bar: FindBar) -> str:
    label = bar.findChild(QLabel, "find_count")
    assert label is not None
    return label.text()


def test_edits_that_cannot_change_the_matches_search_nothing_again(bar, searches) -> None:
    session = bar.session
    doc = session.document
    matches = list(bar.matches)
    bar.next()
    count = _count(bar)
    other = next(tp for tp in doc.touchpoints if tp.id not in matches)
    matching = doc.touchpoint(matches[1])
    for command in (
        cmd.edit(doc, "map", doc.id, title="Guitars for beginners"),
        cmd.edit(doc, "touchpoints", other.id, description="Nothing about strings"),
        cmd.set_emotion(doc, other.id, doc.personas[0].id, -2.0),
        cmd.edit(doc, "touchpoints", matching.id, title=f"{matching.title}, a guitar still"),
        cmd.edit(doc, "personas", doc.personas[0].id, name="Lea"),
    ):
        session.push(command)
    assert searches == []
    assert bar.matches == matches == find_cards(doc, "guitar")
    assert _count(bar) == count
    assert bar.current_card() == matches[1]


def test_the_outline_follows_the_current_card_when_a_lane_above_it_closes(bar, searches) -> None:
    doc = bar.session.document
    current = bar.current_card()
    first_lane = doc.lanes[0]
    assert doc.touchpoint(current).lane_id != first_lane.id  # its lane is below the first one
    before = bar.view.journey_scene.layout.card(current).rect
    bar.session.push(cmd.edit(doc, "lanes", first_lane.id, collapsed=True))
    box = bar.view.journey_scene.layout.card(current).rect
    assert box.y < before.y
    outline = bar.marker_rect()
    assert outline is not None and outline.contains(box.centre_x, box.centre_y)
    assert not outline.contains(before.centre_x, before.centre_y)
    assert searches == []


def _random_edit(doc: JourneyMap, rng: random.Random) -> cmd.Command:
    card = rng.choice(doc.touchpoints)
    kind = rng.randrange(8)
    if kind == 0:
        return cmd.edit(doc, "touchpoints", card.id, title=rng.choice(["Guitar", "Piano", "Bass"]))
    if kind == 1:
        text = rng.choice(["", "a guitar case", "drums"])
        return cmd.edit(doc, "touchpoints", card.id, description=text)
    if kind == 2:
        found = [Opportunity(text=rng.choice(["Guitar lessons", "Free delivery"]))]
        return cmd.edit(doc, "touchpoints", card.id, opportunities=found)
    if kind == 3:
        return cmd.set_emotion(doc, card.id, doc.personas[0].id, rng.choice([-1.0, 1.0, None]))
    if kind == 4:
        return cmd.move(doc, "touchpoints", card.id, rng.randrange(len(doc.touchpoints)))
    if kind == 5:
        return cmd.edit(doc, "touchpoints", card.id, phase_id=rng.choice(doc.phases).id)
    if kind == 6:
        return cmd.edit(doc, "map", doc.id, title=f"Map {rng.randrange(9)}")
    return cmd.remove(doc, "touchpoints", card.id)


@pytest.mark.parametrize("seed", [3, 4])
def test_after_random_edits_and_undos_the_matches_are_those_a_new_search_finds(
    bar, seed: int
) -> None:
    rng = random.Random(seed)
    session = bar.session
    stack = session.undo_stack
    for _ in range(40):
        if rng.random() < 0.2 and stack.canUndo():
            stack.undo()
        else:
            session.push(_random_edit(session.document, rng))
        expected: Any = find_cards(session.document, "guitar")
        assert bar.matches == expected
        assert (bar.current_card() is None) == (not expected)
