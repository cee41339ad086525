"""A long-lived editor does not keep old maps alive: reopening leaves one map's worth of objects.

Counts live objects (``gc.get_objects``), never bytes: the numbers do not depend on the
machine or on the allocator.
"""

import gc
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from app.layout.geometry import Point
from app.layout.model import CardBox, EmotionPoint, TextBox
from app.model import commands
from app.model.document import Touchpoint
from app.resources import sample_map
from app.ui.canvas.scene import JourneyScene
from app.ui.main_window import MainWindow
from app.ui.session import DocumentSession


def _settle() -> None:
    """Let the window finish what a reopening started: deferred deletions, then events."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.unfreeze()  # objects in gc.freeze()'s permanent generation are not in gc.get_objects()
    gc.collect()


def _live(kind: type) -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, kind))


def test_reopening_a_map_ten_times_keeps_one_scene_one_session_and_one_undo_stack(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "guitar.journey"
    shutil.copy(sample_map("en"), path)
    _settle()
    earlier = _live(Touchpoint)  # what earlier tests of the session still hold
    kept = {kind: _live(kind) for kind in (JourneyScene, DocumentSession, QUndoStack)}
    window = make_window(path)
    cards = len(window.document.touchpoints)
    _settle()
    assert _live(Touchpoint) - earlier == cards

    for _ in range(10):
        assert window.open(path)
        _settle()

    assert _live(JourneyScene) - kept[JourneyScene] == 1
    assert _live(DocumentSession) - kept[DocumentSession] == 1
    assert _live(QUndoStack) - kept[QUndoStack] == 1
    assert len(window.findChildren(QUndoStack)) == 1
    assert _live(Touchpoint) - earlier == cards, "an earlier opening of the map is still in memory"


def test_edits_then_a_reopening_leave_nothing_of_the_old_undo_history(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "guitar.journey"
    shutil.copy(sample_map("en"), path)
    _settle()
    earlier = _live(commands.SetFields)  # what earlier tests of the session still hold
    sessions = _live(DocumentSession)
    window = make_window(path)
    first = window.document.touchpoints[0]
    session = window.session
    assert session is not None
    for n in range(20):
        session.push(commands.edit(window.document, "touchpoints", first.id, title=f"Draft {n}"))
    del session  # the test's own reference would keep the old session alive
    assert window.undo_stack.count() == 20
    window.undo_stack.setClean()  # the user chose to drop the drafts

    assert window.open(path)
    _settle()

    assert window.undo_stack.count() == 0
    assert window.document.touchpoints[0].title != "Draft 19"
    assert _live(commands.SetFields) == earlier, "the old undo history is still in memory"
    assert _live(DocumentSession) - sessions == 1


def test_reopening_a_map_keeps_one_set_of_layout_pieces(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "guitar.journey"
    shutil.copy(sample_map("en"), path)
    _settle()
    earlier = _live(CardBox)  # what earlier tests of the session still hold
    window = make_window(path)
    _settle()
    pieces = {kind.__name__: _live(kind) for kind in (CardBox, TextBox, EmotionPoint, Point)}
    assert pieces["CardBox"] - earlier == len(window.document.touchpoints)

    for _ in range(3):
        assert window.open(path)
        _settle()

    again = {kind.__name__: _live(kind) for kind in (CardBox, TextBox, EmotionPoint, Point)}
    assert again == pieces, "the items or layout caches still hold an earlier opening's pieces"


def test_after_reopening_a_big_map_the_previous_one_is_freed_not_frozen(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """A map of 500+ cards is frozen (``gc.freeze``) after it is shown; the previous one must
    be collected before that, not frozen with it while its session awaits deletion."""
    from benchmarks.maps import write_map

    path = write_map(tmp_path, 500)
    _settle()
    earlier = _live(Touchpoint)  # what earlier tests of the session still hold
    window = make_window(path)
    qtbot.waitUntil(gc.isenabled)  # the freeze after showing the map has happened
    cards = len(window.document.touchpoints)

    assert window.open(path)
    qtbot.waitUntil(gc.isenabled)
    qtbot.wait(20)

    gc.unfreeze()  # frozen garbage is invisible to gc.get_objects(); uncollected, it shows
    alive = _live(Touchpoint) - earlier
    gc.collect()
    assert alive == cards, "the previous opening of the map stayed in memory"

    # Opened again while the collection after the previous opening still waits: the
    # replaced map is deleted a few turns later, and must not be frozen alive meanwhile.
    assert window.open(path)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.open(path)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.waitUntil(gc.isenabled)
    qtbot.wait(20)
    gc.unfreeze()
    alive = _live(Touchpoint) - earlier
    gc.collect()
    assert alive == cards, "a map replaced while the collection waited stayed in memory"


def test_after_reopening_a_big_map_the_freed_memory_is_handed_back_to_the_system(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch
) -> None:
    """glibc keeps the pages a freed map used; the window asks it to return them once the
    previous map is collected (``malloc_trim``), on Linux."""
    import ctypes
    import sys

    from benchmarks.maps import write_map

    if not sys.platform.startswith("linux"):
        return
    path = write_map(tmp_path, 500)
    window = make_window(path)
    qtbot.waitUntil(gc.isenabled)
    trims: list[int] = []
    libc = ctypes.CDLL(None)

    class Recording:
        def __init__(self, name: object) -> None:
            assert name is None

        def malloc_trim(self, pad: int) -> int:
            trims.append(pad)
            return int(libc.malloc_trim(pad))

    monkeypatch.setattr(ctypes, "CDLL", Recording)
    assert window.open(path)
    assert trims == []  # not while the previous map may still be alive
    qtbot.waitUntil(gc.isenabled)
    assert trims == [0]
