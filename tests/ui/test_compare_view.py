"""Current vs future state, as a facilitator uses it after a workshop.

Create the future state of the sample, change two cards and add one; the
comparison view, ``parcours diff`` and the comparison PDF all name exactly
those three cards.
"""

import argparse
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from app.cli_diff import add_parser, run_diff
from app.model import commands as cmd
from app.model import fileformat
from app.model.document import Touchpoint
from app.ui import compare_view, questions
from app.ui.compare_view import ComparisonDialog
from app.ui.future_state import compare_with_current, create_future_state

_spec = importlib.util.spec_from_file_location(
    "export_conftest", Path(__file__).parents[1] / "export" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_export_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_export_conftest)
pdf_text = _export_conftest.pdf_text


def answer_save_with(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Answer the next Save File questions with ``path``; returns the titles asked."""
    asked: list[str] = []

    def ask(parent, title, suggested, file_filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return path

    monkeypatch.setattr(compare_view, "ask_save_file", ask)
    return asked


def card_id(window, title: str) -> str:  # type: ignore[no-untyped-def]
    return next(tp.id for tp in window.document.touchpoints if tp.title == title)


def make_future_with_three_changes(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """File > Create Future State, then two cards changed and one added (three undo steps)."""
    future_file = tmp_path / "guitar-future.journey"
    suggested = answer_save_with(monkeypatch, future_file)
    assert create_future_state(window) == future_file
    assert suggested == [str(tmp_path / "guitar-future.journey")]
    session, doc = window.session, window.document
    slow = card_id(window, "Slow pages at MegaSound")
    declined = card_id(window, "Card declined at MegaSound")
    session.push(cmd.edit(doc, "touchpoints", slow, title="Fast pages at MegaSound"))
    session.push(cmd.edit(doc, "touchpoints", declined, pain_points=[]))
    purchase = next(p for p in doc.phases if p.name == "Purchase")
    digital = next(lane for lane in doc.lanes if lane.name == "Digital")
    chat = Touchpoint(
        title="Chat with an adviser", phase_id=purchase.id, lane_id=digital.id, channel="chatbot"
    )
    session.push(
        cmd.add_touchpoint(doc, chat, before_id=card_id(window, "Smooth checkout at Fretline"))
    )
    assert window.save()
    return future_file, {slow: "changed", declined: "changed", chat.id: "added"}


def test_a_future_state_with_two_cards_changed_and_one_added_shows_exactly_those_three(
    make_window, qtbot, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    window = make_window()
    current_file = window.session.path
    future_file, expected = make_future_with_three_changes(window, tmp_path, monkeypatch)

    # The future state is its own file, open in the window, linked to the current one.
    assert window.session.path == future_file.resolve()
    assert window.document.title == "Buying a first guitar online (future state)"
    assert window.document.current_state.path == "guitar.journey"
    assert fileformat.load(current_file).title == "Buying a first guitar online"

    dialog = compare_with_current(window)
    assert dialog is not None and dialog.objectName() == "comparison"
    qtbot.waitExposed(dialog)

    # The comparison view marks exactly those three cards...
    assert {i: m.kind for i, m in dialog.markers.items()} == expected
    assert dialog.markers[card_id(window, "Fast pages at MegaSound")].toolTip() == (
        "Changed in the future state: title."
    )
    lines = dialog.findChild(QListWidget, "differences")
    assert [lines.item(i).text() for i in range(lines.count())] == [
        "+ card “Chat with an adviser” in Purchase / Digital",
        "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title",
        "~ card “Card declined at MegaSound”: pain points",
    ]
    assert dialog.findChild(QListWidget, "removed").count() == 0
    # ...and draws both states' curves: the current one dashed under the future's solid one.
    for persona in window.document.personas:
        assert dialog.current_curves[persona.id].curve.dash
        assert dialog.scene.curves[persona.id].curve.dash == ()

    # Clicking a difference brings its card into view.
    dialog.view.fit()
    dialog.view.scale(3, 3)
    dialog.view.centerOn(0, 0)
    chat_line = lines.item(0)
    qtbot.mouseClick(
        lines.viewport(), Qt.MouseButton.LeftButton, pos=lines.visualItemRect(chat_line).center()
    )
    visible = dialog.view.mapToScene(dialog.view.viewport().rect()).boundingRect()
    chat_card = dialog.scene.cards[card_id(window, "Chat with an adviser")]
    assert visible.contains(chat_card.sceneBoundingRect())

    # `parcours diff` lists the same three.
    parser = argparse.ArgumentParser(prog="parcours")
    add_parser(parser.add_subparsers(dest="command"), run_diff)
    args = parser.parse_args(["diff", str(current_file), str(future_file)])
    assert run_diff(args) == 1

    # The comparison PDF names exactly those three cards as added or changed.
    pdf = tmp_path / "comparison.pdf"
    answer_save_with(monkeypatch, pdf)
    qtbot.mouseClick(dialog.findChild(QPushButton, "export_pdf"), Qt.MouseButton.LeftButton)
    text = pdf_text(pdf)
    assert "Cards: 1 added, 2 changed, 0 removed." in text
    assert text.count("+ card “") == 1 and text.count("~ card “") == 2
    assert text.count("- card “") == 0
    assert "+ card “Chat with an adviser” in Purchase / Digital" in text
    assert "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title" in text
    assert "~ card “Card declined at MegaSound”: pain points" in text
    assert dialog.findChild(type(dialog.status), "comparison_status").text() == (
        "Exported the comparison to comparison.pdf."
    )


def test_parcours_diff_prints_the_same_three_lines(make_window, tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    window = make_window()
    current_file = window.session.path
    future_file, _ = make_future_with_three_changes(window, tmp_path, monkeypatch)
    parser = argparse.ArgumentParser(prog="parcours")
    add_parser(parser.add_subparsers(dest="command"), run_diff)
    capsys.readouterr()

    code = run_diff(parser.parse_args(["diff", str(current_file), str(future_file)]))

    assert code == 1
    assert capsys.readouterr().out.splitlines() == [
        "+ card “Chat with an adviser” in Purchase / Digital",
        "~ card “Fast pages at MegaSound” (was “Slow pages at MegaSound”): title",
        "~ card “Card declined at MegaSound”: pain points",
    ]


def test_the_comparison_follows_edits_and_undo_in_the_window(
    make_window, qtbot, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    window = make_window()
    answer_save_with(monkeypatch, tmp_path / "future.journey")
    create_future_state(window)
    dialog = compare_with_current(window)
    assert dialog is not None and dialog.markers == {}
    assert dialog.differences.item(0).text() == (
        "No differences: the two maps tell the same journey."
    )
    review = card_id(window, "Writing a review")
    lea = window.document.personas[0]

    window.session.push(cmd.remove(window.document, "touchpoints", review))
    talking = card_id(window, "Talking guitar with friends")
    window.session.push(cmd.set_emotion(window.document, talking, lea.id, -2.0))

    assert [dialog.removed.item(i).text() for i in range(dialog.removed.count())] == [
        "Writing a review"
    ]
    texts = [dialog.differences.item(i).text() for i in range(dialog.differences.count())]
    assert texts[0] == "- card “Writing a review” from Advocacy / Digital"
    assert texts[1].startswith(f"{lea.name} at “Talking guitar with friends”: ")
    assert texts[1].endswith("→ -2.0")
    assert dialog.markers == {}  # a removed card and a score change mark no card

    window.undo_stack.undo()
    window.undo_stack.undo()
    assert dialog.removed.count() == 0 and dialog.markers == {}


def test_a_broken_link_asks_for_the_current_map(make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    window = make_window()
    current_file = window.session.path
    answer_save_with(monkeypatch, tmp_path / "ideas" / "future.journey")
    (tmp_path / "ideas").mkdir()
    create_future_state(window)
    assert window.document.current_state.path == "../guitar.journey"
    moved = tmp_path / "today.journey"
    current_file.rename(moved)
    asked: list[str] = []
    folders: list[str] = []

    def ask_file(parent, title, file_filter, folder=""):  # type: ignore[no-untyped-def]
        asked.append(title)
        folders.append(folder)
        return moved

    monkeypatch.setattr(questions, "ask_file", ask_file)
    dialog = compare_with_current(window)

    assert asked == ["Choose the current-state map"]
    assert folders == [str(window.session.path.parent)]  # the map's folder, not the working one
    assert isinstance(dialog, ComparisonDialog) and dialog.current.title == (
        "Buying a first guitar online"
    )


def test_cancelling_the_save_question_creates_nothing(make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    window = make_window()
    before = window.session.path
    answer_save_with(monkeypatch, None)
    assert create_future_state(window) is None
    assert window.session.path == before
    shown = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".~lock."))
    assert shown == ["guitar.journey"]


def test_the_marker_outlines_the_card_it_is_about(make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    window = make_window()
    make_future_with_three_changes(window, tmp_path, monkeypatch)
    dialog = compare_with_current(window)
    assert dialog is not None
    for touchpoint_id, marker in dialog.markers.items():
        card = dialog.scene.cards[touchpoint_id].sceneBoundingRect()
        assert marker.sceneBoundingRect().contains(QRectF(card).adjusted(3, 3, -3, -5))
