"""The editor speaks one language at a time: French everywhere in French, English in English.

The walk (tests/ui/language_walker.py) reads every text a user can meet: every menu and
action, every dock and every widget in it (the inspector on each kind of selection), the
status bar, the dialogs the actions open (each inspected then closed), the file-guard and
recovery questions, presentation mode, and every context menu of the canvas and the
panels. It fails listing each text in the other language, grouped by owner.

And switching the language keeps the open map: its content, its undo history, its selection.
"""

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from language_walker import Walker, content_of
from PySide6.QtCore import QEvent, QPoint, QPointF, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from app import i18n
from app.model import commands as cmd
from app.model.filelock import LockOwner, MapLock
from app.model.templates import new_map
from app.resources import sample_map
from app.ui.main_window import MainWindow, summary


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """The .qm files are built from the .ts sources (as `make qm` does)."""
    from test_translations import translations  # type: ignore[import-not-found]

    stale = [
        ts
        for ts in translations.FOLDER.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:  # only then: another test run may be reading them
        translations.compile_all()


@pytest.fixture
def interface() -> Iterator[Callable[[str], str]]:
    """Set the interface language for the test; English again afterwards."""
    yield i18n.install
    i18n.install("en")


def sample_copy(tmp_path: Path, language: str) -> Path:
    path = tmp_path / f"guitar-{language}.journey"
    shutil.copy(sample_map(language), path)
    return path


# -- switching ---------------------------------------------------------------------------------


def test_switching_to_french_keeps_the_unsaved_map_its_history_and_selection(
    make_window: Callable[..., MainWindow], interface: Callable[[str], str], qtbot: Any
) -> None:
    interface("en")
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    doc = window.document
    card = doc.touchpoints[0]
    session = window.session
    assert session is not None
    session.push(cmd.edit(doc, "touchpoints", card.id, title="Tried three guitars"))
    session.push(cmd.edit(doc, "map", doc.id, title="Buying a guitar, again"))
    window.scene.select_only([card.id, doc.touchpoints[1].id])
    before = doc.model_dump_json()
    steps = window.undo_stack.count()
    selected = window.scene.selected_touchpoints()

    assert window.set_interface_language("fr") == "fr"

    assert window.session is session and window.document is doc
    assert doc.model_dump_json() == before
    assert window.undo_stack.count() == steps and session.modified
    assert window.scene.selected_touchpoints() == selected
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Édition", "&Affichage", "Ai&de"]
    assert window.actions_by_id["save"].text() == "&Enregistrer"
    assert window.actions_by_id["save"].statusTip() == "Enregistrer la carte"
    # The step was named in English: Undo does not show that name in a French menu.
    assert window.actions_by_id["undo"].text() == "&Annuler"
    assert window.actions_by_id["undo"].isEnabled()
    assert window.panels.docks["channels"].windowTitle() == "Canaux"
    assert session.path is not None
    assert window.windowTitle() == f"{session.path.name}[*] — Parcours"
    phases, cards, personas = (len(doc.phases), len(doc.touchpoints), len(doc.personas))
    assert window.count_label.text() == (
        f"{phases} phases · {cards} points de contact · {personas} personas"
    )
    new_menu = next(
        m for m in window.findChildren(QMenu) if window.actions_by_id["new:blank:en"] in m.actions()
    )
    assert new_menu.title() == "Nouvelle carte depuis un &modèle"
    assert "&1 Vierge (en anglais)" in [a.text() for a in new_menu.actions()]
    # The same actions, with their shortcuts: nothing was rebuilt under the user's feet.
    assert window.actions_by_id["save"].shortcut().toString() == "Ctrl+S"

    # Undo still takes back the user's last step, in the new language.
    window.actions_by_id["undo"].trigger()
    assert window.document.title != "Buying a guitar, again"
    assert window.set_interface_language("en") == "en"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.count_label.text().endswith("personas")


def test_the_status_bar_counts_with_each_languages_plural(
    qtbot: Any, interface: Callable[[str], str]
) -> None:
    blank = new_map("blank", "en")  # one phase, no card, one persona
    interface("en")
    assert summary(blank) == "1 phase · 0 touchpoints · 1 persona"
    interface("fr")
    assert summary(blank) == "1 phase · 0 point de contact · 1 persona"
    blank.personas.clear()
    assert summary(blank).endswith(" · 0 persona")
    interface("en")
    assert summary(blank).endswith(" · 0 personas")
    two = new_map("three-phases", "fr")
    assert summary(two).startswith("3 phases · ")


def test_the_window_does_not_choose_the_language_itself(
    make_window: Callable[..., MainWindow], interface: Callable[[str], str]
) -> None:
    interface("fr")
    window = make_window()
    assert i18n.current_language() == "fr" and window.ui_language == "fr"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.set_document(new_map("blank", window.ui_language), None)
    assert window.windowTitle() == "Carte vierge (non enregistrée)[*] — Parcours"


# -- the walk ----------------------------------------------------------------------------------


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QApplication.processEvents()


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(0)
    widget.close()


class Modal:
    """Runs something that shows a modal dialog, walks the dialog, then closes it."""

    def __init__(self, walker: Walker) -> None:
        self.walker = walker
        self.shown: list[QWidget] = []
        """What the last call walked (dialogs and menus), in order."""

    def __call__(self, label: str, trigger: Callable[[], object], required: bool = True) -> object:
        """Run ``trigger``; walk and close each dialog or menu it shows (one is ``required``)."""
        seen: list[QWidget] = []
        self.shown = seen
        running = [True]

        def look() -> None:
            menus: list[QWidget] = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)
            ]
            for shown in [QApplication.activePopupWidget(), QApplication.activeModalWidget()]:
                if shown is not None and shown not in menus:
                    menus.append(shown)
            for shown in menus:
                if shown.isVisible() and shown not in seen:
                    show(shown)

        def show(shown: QWidget) -> None:
            seen.append(shown)
            if isinstance(shown, QMenu):
                self.walker.menu(shown, label)
            else:
                self.walker.tree(shown, label)
            close(shown)

        def poll() -> None:
            if running[0]:
                look()
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        try:
            result = trigger()
        finally:
            running[0] = False
        look()  # a menu shown with popup(): trigger() did not wait for it
        settle()
        assert seen or not required, f"{label}: nothing showed"
        return result


def walk_menus(window: MainWindow, walker: Walker) -> None:
    window.recent_menu.aboutToShow.emit()  # filled when shown
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walker.menu(menu, f"menu {menu.title()}")
    walker.tree(window, "window")


def walk_inspector(window: MainWindow, walker: Walker) -> None:
    """The inspector on every kind of selection (its forms are built when first shown)."""
    doc = window.document
    inspector = window.panels.inspector
    dock = window.panels.docks["inspector"]
    shown: list[tuple[str, Callable[[], None]]] = [
        ("map", inspector.show_map),
        ("card", lambda: inspector.show_cards([doc.touchpoints[0].id])),
        ("cards", lambda: inspector.show_cards([tp.id for tp in doc.touchpoints[:3]])),
        ("phase", lambda: inspector.show_element("phases", doc.phases[0].id)),
        ("persona", lambda: inspector.show_element("personas", doc.personas[0].id)),
    ]
    if not doc.notes:  # the sticky-note form, and its menu on the canvas
        from app.model import notes as sticky

        text = "Rappeler le magasin" if walker.language == "fr" else "Call the shop back"
        walker.add_content([text])
        command, _ = sticky.add_note(doc, text, 40.0, 40.0)
        assert window.session is not None
        window.session.push(command)
        settle()
    kinds: dict[str, str] = {}
    for lane in doc.lanes:
        kinds.setdefault(f"{lane.kind}:{lane.field or ''}", lane.id)
    for kind, lane_id in kinds.items():
        shown.append((f"lane {kind}", partial(inspector.show_element, "lanes", lane_id)))
    for note in doc.notes[:1]:
        shown.append(("note", partial(inspector.show_element, "notes", note.id)))
    for label, show in shown:
        show()
        settle()
        walker.tree(dock, f"inspector: {label}")
    inspector.show_map()


def walk_docks(window: MainWindow, walker: Walker, qtbot: Any) -> None:
    for name, dock in window.panels.docks.items():
        dock.show()
        dock.raise_()  # a panel in a hidden tab computes nothing (Insights)
        settle()
        qtbot.wait(50)
        walker.tree(dock, f"dock {name}")
    window.find_bar.open()
    qtbot.keyClicks(window.find_bar.text, "guitare" if walker.language == "fr" else "guitar")
    settle()
    walker.tree(window.find_bar, "find bar")
    window.find_bar.text.clear()
    qtbot.keyClicks(window.find_bar.text, "zzzzqqq")
    settle()
    walker.tree(window.find_bar, "find bar: nothing found")
    window.find_bar.close_bar()


def canvas_points(window: MainWindow) -> list[tuple[str, QPointF]]:
    """A point on every kind of thing the canvas has a context menu for."""
    layout = window.scene.layout
    assert layout is not None
    points = [
        (
            "phase header",
            QPointF(layout.phases[0].header.centre_x, layout.phases[0].header.centre_y),
        )
    ]
    seen_kinds: set[str] = set()
    for lane in layout.lanes:
        if lane.kind in seen_kinds:
            continue
        seen_kinds.add(lane.kind)
        points.append(
            (f"{lane.kind} lane header", QPointF(lane.header.centre_x, lane.header.centre_y))
        )
        for phase in layout.phases:
            points.append(
                (
                    f"{lane.kind} lane in a phase",
                    QPointF(phase.body.centre_x, lane.content.centre_y),
                )
            )
            points.append(
                (
                    f"{lane.kind} lane at a phase's end",
                    QPointF(phase.body.right - 4, lane.content.centre_y),
                )
            )
    card = layout.cards[0]
    points.append(("card", QPointF(card.rect.centre_x, card.rect.centre_y)))
    for note in layout.notes[:1]:
        points.append(("sticky note", QPointF(note.rect.centre_x, note.rect.centre_y)))
    points.append(("outside the map", QPointF(layout.width + 200, layout.height + 200)))
    return points


def ask_each_question(walker: Walker, menu: QMenu, label: str) -> None:
    """Trigger each entry of ``menu`` that asks something ("Rename…"), walk the question,
    and cancel it."""
    modal = Modal(walker)
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            ask_each_question(walker, submenu, label)
        elif action.isEnabled() and action.text().rstrip().endswith("…"):
            modal(f"{label} ▸ {action.text()}", action.trigger, required=False)


def walk_screen_reader(window: MainWindow, walker: Walker) -> None:
    """What a screen reader hears of the map's items (the canvas describes its current one)."""
    from app.ui import accessibility

    doc = window.document
    card = doc.touchpoints[0]
    lane = doc.lanes[0]
    said = [
        accessibility.describe_map(doc),
        accessibility.describe_focus(doc, "card", card.id, [card.id]),
        accessibility.describe_focus(doc, "card", card.id, [card.id, doc.touchpoints[1].id]),
        accessibility.describe_focus(doc, "phase", doc.phases[0].id, []),
        accessibility.describe_focus(doc, "lane", lane.id, []),
        accessibility.describe_focus(doc, "cell", card.id, []),
    ]
    walker.sources.add("screen reader")
    walker.label = "screen reader"
    for name, description in said:
        walker.check(window.canvas, "accessible name of an item", name)
        walker.check(window.canvas, "accessible description of an item", description)


def walk_canvas_menus(window: MainWindow, walker: Walker) -> None:
    kinds: set[tuple[str, ...]] = set()
    for label, point in canvas_points(window):
        menu = window.canvas.menu_at(point)
        if menu is None:
            continue
        names = tuple(a.objectName() for a in menu.actions())
        if names not in kinds:
            kinds.add(names)
            walker.menu(menu, f"canvas menu: {label}")
            ask_each_question(walker, menu, f"canvas menu: {label}")
        menu.deleteLater()
    window.scene.clearSelection()
    assert len(kinds) >= 4, "the canvas offered fewer kinds of context menu than expected"


def walk_panel_menus(window: MainWindow, walker: Walker) -> None:
    """Every panel widget with a context menu, on an item and on empty space."""
    shown = Modal(walker)
    count = len(walker.sources)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    for dock in window.panels.docks.values():
        for widget in dock.findChildren(QWidget):
            if widget.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
                continue
            places = [QPoint(2, 2)]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                if model.rowCount() > 0:
                    rect = widget.visualRect(model.index(0, 0))
                    places.insert(0, rect.center())
                    places[1] = QPoint(2, widget.viewport().height() - 2)
            for place in places:
                shown(
                    f"panel menu: {widget.objectName() or type(widget).__name__}",
                    partial(widget.customContextMenuRequested.emit, place),
                    required=False,
                )
    structure = window.panels.structure
    doc = window.document
    menus = [
        ("structure: add lane", structure.add_lane_menu()),
        ("structure: phase menu", structure.element_menu("phases", doc.phases[0].id)),
        *(
            (f"structure: {lane.kind} lane menu", structure.element_menu("lanes", lane.id))
            for lane in doc.lanes
        ),
        ("personas: a persona", window.panels.personas.persona_menu(doc.personas[0].id)),
        ("personas: none", window.panels.personas.persona_menu(None)),
    ]
    for label, menu in menus:
        walker.menu(menu, label)
        ask_each_question(walker, menu, label)
    for dock in window.panels.docks.values():
        for button in dock.findChildren(QAbstractButton):
            if button.isEnabled() and button.text().rstrip().endswith("…"):
                Modal(walker)(f"button {button.text()}", button.click, required=False)
    from PySide6.QtWidgets import QListWidgetItem

    from app.ui.channel_palette import KEY_ROLE

    custom = QListWidgetItem("Atelier")  # a custom channel (the sample map has none)
    custom.setData(KEY_ROLE, "atelier")
    walker.add_content(["Atelier"])
    walker.menu(window.panels.channels.menu_for(custom), "channels: a custom channel's menu")
    assert len(walker.sources) > count + 3, "the panels offered no context menu"


def walk_dialogs(
    window: MainWindow, walker: Walker, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    modal = Modal(walker)
    # Non-modal ones: shown, walked, closed.
    window.export_dialog()
    settle()
    walker.tree(window.export_window, "export dialog")
    close(window.export_window)
    from app.ui.shortcuts_help import show_shortcuts

    shortcuts = show_shortcuts(window)
    walker.tree(shortcuts, "keyboard shortcuts")
    shortcuts.close()
    from app.ui.compare_view import ComparisonDialog

    future = window.document.model_copy(deep=True)
    future.touchpoints[0].title = future.touchpoints[0].title + " +"
    del future.touchpoints[1]
    comparison = ComparisonDialog(window.document, future, window.theme, window, "comparison")
    comparison.show()
    settle()
    walker.add_content(content_of(future))
    walker.tree(comparison, "comparison")
    comparison.close()
    comparison.deleteLater()
    from app.ui.autosave import RecoveryEntry
    from app.ui.recovery_dialog import RecoveryDialog

    entries = [
        RecoveryEntry(
            "Carnet de voyage" if walker.language == "fr" else "Travel notebook",
            tmp_path / "trip.journey",
            datetime.now(UTC),
            tmp_path / "copy.journey",
            tmp_path / "copy.json",
            original_changed=True,
            document=window.document,
        ),
        RecoveryEntry("", None, None, tmp_path / "other.journey", tmp_path / "other.json"),
    ]
    walker.add_content([entries[0].title, str(tmp_path)])
    recovery = RecoveryDialog(entries, window)
    recovery.show()
    settle()
    walker.tree(recovery, "recovery dialog")
    recovery.close()
    recovery.deleteLater()

    # Modal ones: inspected while they wait for the user, then closed.
    modal("preferences", window.preferences_dialog)
    modal("about", window.about)
    # Qt's own file dialogs, our titles and filters (not the unsaved-changes question first).
    monkeypatch.setattr(window, "maybe_save", lambda: True)
    file_dialogs = (("open dialog", window.open_dialog), ("import dialog", window.import_dialog))
    for label, show in file_dialogs:
        modal(label, show)
        assert [type(w) for w in modal.shown] == [QFileDialog], f"{label}: {modal.shown}"
    monkeypatch.undo()
    modal("print dialog", window.print_map)  # Qt's own, in French from qtbase_fr.qm
    modal("future state", window.actions_by_id["future_state"].trigger)
    doc = window.document
    assert window.session is not None
    window.session.push(cmd.edit(doc, "map", doc.id, title=doc.title + " 2"))
    walker.add_content([doc.title])
    settle()
    walker.check(window, "status bar", window.statusBar().currentMessage())
    walker.tree(window, "window after an edit")
    modal("unsaved changes", window.maybe_save)
    modal("revert", window.revert)
    missing = tmp_path / "xyz" / "abc.journey"  # a folder that does not exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    modal("save failed", window.save_as_dialog)
    monkeypatch.undo()
    broken = tmp_path / "broken.journey"
    broken.write_text("{ not a map", encoding="utf-8")
    del window.show_error  # the fixture's replacement: show the real box
    modal("cannot open", lambda: window.open(broken))
    walk_file_guard(window, walker, tmp_path, monkeypatch, modal)
    window.presentation.start()
    settle()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            walker.tree(top, f"presenting: {type(top).__name__}")
    window.presentation.toggle_overview()
    settle()
    walker.tree(window, "presenting: the whole map")
    window.presentation.stop()
    settle()


def walk_file_guard(
    window: MainWindow, walker: Walker, tmp_path: Path, monkeypatch: Any, modal: Modal
) -> None:
    guard = window.file_guard
    assert window.session is not None
    path = window.session.path
    assert path is not None and guard.path is not None
    owner = LockOwner(pid=4242, host="atelier", user="claire", time=datetime.now(UTC))
    walker.add_content(["atelier", "claire", "elsewhere.journey"])
    monkeypatch.setattr(MapLock, "owner", lambda self: owner)
    modal("map open elsewhere", lambda: guard.check_open(tmp_path / "elsewhere.journey"))
    monkeypatch.undo()
    guard.watcher.blockSignals(True)
    path.write_bytes(path.read_bytes() + b"\n")
    modal("save over a changed file", lambda: guard.check_save(path))
    guard.check()
    settle()
    box = window.findChild(QMessageBox, "changed_on_disk")
    assert box is not None, "no question about the file changed on disk"
    walker.tree(box, "changed on disk")
    box.reject()
    settle()
    path.unlink()
    guard.check()
    settle()
    box = window.findChild(QMessageBox, "missing_on_disk")
    assert box is not None, "no word about the deleted file"
    walker.tree(box, "deleted on disk")
    box.done(0)
    settle()


REACHED = {
    "window",
    "canvas",
    "screen reader",
    "dock inspector",
    "dock personas",
    "dock structure",
    "dock channels",
    "dock insights",
    "find bar",
    "inspector: map",
    "inspector: card",
    "inspector: cards",
    "inspector: phase",
    "inspector: persona",
    "inspector: note",
    "canvas menu: phase header",
    "structure: add lane",
    "personas: a persona",
    "channels: a custom channel's menu",
    "export dialog",
    "keyboard shortcuts",
    "comparison",
    "recovery dialog",
    "preferences",
    "about",
    "open dialog",
    "import dialog",
    "print dialog",
    "future state",
    "unsaved changes",
    "revert",
    "save failed",
    "cannot open",
    "map open elsewhere",
    "save over a changed file",
    "changed on disk",
    "deleted on disk",
    "presenting: MainWindow",
    "presenting: the whole map",
}
"""What the walk must have read (so that it cannot quietly read less)."""


@pytest.mark.parametrize(
    ("built_in", "language"),
    [("fr", "fr"), ("en", "en"), ("en", "fr"), ("fr", "en")],
    ids=["fr", "en", "en-then-fr", "fr-then-en"],
)
def test_every_text_the_editor_shows_is_in_the_interface_language(
    built_in: str,
    language: str,
    make_window: Callable[..., MainWindow],
    interface: Callable[[str], str],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    """Built in ``built_in``, then (when it differs) switched to ``language``: the walk
    after a switch finds every widget that does not retranslate itself."""
    interface(built_in)
    path = sample_copy(tmp_path, built_in)
    window = make_window(path)
    walker = Walker(language, content_of(window.document))
    walker.add_content([path.name, path.stem, str(path), str(tmp_path)])
    if built_in != language:
        first = Walker(built_in, walker.content)  # shows every panel and form once
        walk_docks(window, first, qtbot)
        walk_inspector(window, first)
        window.panels.inspector.show_cards([window.document.touchpoints[0].id])
        settle()
        assert window.set_interface_language(language) == language
        settle()
        walker.add_content(content_of(window.document))  # with the sticky note added
    walk_menus(window, walker)
    walker.painted(window.scene.layout, "canvas")
    walk_screen_reader(window, walker)
    walk_docks(window, walker, qtbot)
    walk_inspector(window, walker)
    walk_canvas_menus(window, walker)
    walk_panel_menus(window, walker)
    walk_dialogs(window, walker, qtbot, tmp_path, monkeypatch)
    assert walker.texts > 500, f"only {walker.texts} texts were read: the walk lost its way"
    missed = REACHED - walker.sources
    assert not missed, f"the walk did not reach: {', '.join(sorted(missed))}"
    assert not walker.findings, walker.report()


def test_the_walker_finds_words_of_the_other_language_but_not_the_maps_own(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    box = QWidget()
    box.setObjectName("probe")
    column = QVBoxLayout(box)
    for text in ("Enregistrer la carte", "Save the map", "Achat d'une guitare", "PDF, PNG, SVG"):
        column.addWidget(QLabel(text))
    button = QPushButton("&Annuler")
    button.setToolTip("Undo the last change")
    column.addWidget(button)
    qtbot.addWidget(box)
    french = Walker("fr", ["Save the map"])  # the map's own words are never findings
    french.tree(box, "probe")
    assert [f.text for f in french.findings.values()] == ["Undo the last change"]
    english = Walker("en", ["Achat d'une guitare"])
    english.tree(box, "probe")
    assert sorted(f.text for f in english.findings.values()) == [
        "&Annuler",
        "Enregistrer la carte",
    ]
    assert "probe" in english.report() and "Enregistrer la carte" in english.report()


def test_qt_own_buttons_and_dialogs_speak_french_too(
    qtbot: Any, interface: Callable[[str], str]
) -> None:
    interface("fr")
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = [
        box.addButton(button).text().replace("&", "")
        for button in (
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
    ]
    assert buttons[0] == "Enregistrer" and buttons[2] == "Annuler"
    assert "Discard" not in buttons[1]


def test_the_no_display_sentence_is_in_the_interface_language(
    qtbot: Any, interface: Callable[[str], str], monkeypatch: Any
) -> None:
    from app.ui.app import display_problem

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    interface("fr")
    problem = display_problem()
    assert problem is not None and problem.startswith("Parcours ne peut pas ouvrir sa fenêtre")
    interface("en")
    problem = display_problem()
    assert problem is not None and problem.startswith("Parcours cannot open its window")


START = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.app import run_editor
from app.ui.main_window import MainWindow

app = QApplication([])


def report() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print(window.menuBar().actions()[0].text(), "|", window.document.title, flush=True)
    window.session.undo_stack.setClean()
    window.close()
    app.quit()


QTimer.singleShot(300, report)
run_editor()
"""


@pytest.mark.parametrize(
    ("lang", "menu", "title"),
    [
        ("fr_FR.UTF-8", "&Fichier", "Acheter sa première guitare en ligne"),
        ("en_GB.UTF-8", "&File", "Buying a first guitar online"),
    ],
)
def test_the_editor_starts_in_the_systems_language(
    lang: str, menu: str, title: str, tmp_path: Path
) -> None:
    from tests.ui.fresh_process import run_fresh

    last = run_fresh(tmp_path, START, lang=lang)[-1]
    shown_menu, _, shown_title = last.partition(" | ")
    assert shown_menu == menu
    assert shown_title == title  # the sample map in the same language
