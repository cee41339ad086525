"""A French user's dialogs and canvas menus: every word of Parcours' own is French.

The window opens the French sample map (so the map's own words are French too), with
the interface language set to French; each dialog, box and menu is opened as a user
would and read. Words of the map itself (titles, names) and proper nouns may appear;
English words of the interface may not.
"""

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import action, by_title, card_centre, view_point
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.model import notes as sticky
from app.model.fileformat import load, save
from app.model.filelock import LockOwner
from app.resources import sample_map
from app.ui.autosave import RecoveryEntry
from app.ui.compare_view import ComparisonDialog
from app.ui.crash import install_crash_handler, uninstall_crash_handler
from app.ui.export_dialog import ExportDialog
from app.ui.file_guard import FileGuard
from app.ui.main_window import MainWindow
from app.ui.presentation import mode as presentation_module
from app.ui.recovery_dialog import RecoveryDialog
from app.ui.settings import ExportChoices

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "app" / "data" / "translations" / "dialogs_fr"

ENGLISH = {
    "the", "and", "of", "to", "with", "your", "you", "this", "that", "is", "are", "was",
    "map", "maps", "card", "cards", "file", "open", "save", "cancel", "delete", "undo",
    "reload", "keep", "discard", "restore", "later", "copy", "changed", "new", "paste",
    "here", "edit", "title", "channel", "feeling", "sticky", "evidence", "truth",
    "scale", "paper", "size", "layout", "lanes", "what", "share", "show", "preview",
    "background", "sheet", "tiles", "differences", "removed", "current", "future", "state",
    "something", "went", "wrong", "report", "running", "landscape", "appendix", "redacted",
    "duplicate", "showing", "whole", "anyway", "mine", "disk", "overwrite", "decide",
    "recover", "unsaved", "colour", "author", "add", "turn", "into", "set",
}  # fmt: skip
"""Common English words of the interface that no French text of it contains."""


def english_words(text: str) -> set[str]:
    """The English interface words in ``text`` (HTML tags and placeholders left out)."""
    text = re.sub(r"<[^>]+>", " ", text)
    return {w for w in re.findall(r"[A-Za-z]+", text.replace("&", "").lower()) if w in ENGLISH}


def assert_french(texts: list[str]) -> None:
    texts = [t for t in texts if t]
    assert texts, "nothing to read"
    leftovers = {t: english_words(t) for t in texts if english_words(t)}
    assert not leftovers, f"English left in: {leftovers}"


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user reads in ``root``: labels, buttons, boxes' titles, combo entries."""
    texts = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        if label.pixmap().isNull():
            texts.append(label.text())
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    texts += [box.title() for box in root.findChildren(QGroupBox)]
    texts += [w.toolTip() for w in root.findChildren(QWidget) if w.toolTip()]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for entry in menu.actions():
        texts.append(entry.text())
        if entry.menu() is not None:
            texts += menu_texts(entry.menu())  # type: ignore[arg-type]
    return [t for t in texts if t]


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    """The interface in French for the test, English again afterwards."""
    if not CATALOGUE.with_suffix(".qm").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "--compile"], check=True
        )
    i18n.install("fr")
    yield
    i18n.install("en")


@pytest.fixture
def french_window(make_window, tmp_path: Path) -> Callable[..., MainWindow]:  # type: ignore[no-untyped-def]
    """A main window on a copy of the French sample map."""

    def make(**options: object) -> MainWindow:
        path = tmp_path / "guitare.journey"
        shutil.copy(sample_map("fr"), path)
        window: MainWindow = make_window(path, **options)
        return window

    return make


def test_the_catalogue_translates_every_string_of_the_dialogs() -> None:
    text = CATALOGUE.with_suffix(".ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text


# -- the export dialog ------------------------------------------------------------------------


def test_the_export_dialog_speaks_french_and_switches_back_live(french_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = french_window()
    dialog = ExportDialog(window.document, ExportChoices(format="csv"), "guitare", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Exporter"
    assert dialog.export_button.text() == "Exporter…"
    formats = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert "Document PDF" in formats and "Tableur CSV" in formats
    assert dialog.sticky_notes.text() == "Afficher les post-it"
    assert {box.title() for box in dialog.findChildren(QGroupBox)} == {
        "Pages",
        "Image",
        "Ce qu’il faut partager",
    }
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"  # Qt's own catalogue
    no_picture = "Pas d’image pour ce format : c’est du texte, pour un tableur ou pour Mermaid."
    qtbot.waitUntil(lambda: dialog.preview.text() == no_picture, timeout=10_000)
    personas_and_lanes = {p.name for p in window.document.personas} | {
        lane.name for lane in window.document.lanes
    }
    assert_french([t for t in widget_texts(dialog) if t not in personas_and_lanes])

    # Switching the interface to English while the dialog is open: it follows at once.
    i18n.install("en")
    QApplication.processEvents()
    assert dialog.windowTitle() == "Export"
    assert dialog.export_button.text() == "Export…"
    assert dialog.format.itemText(dialog.format.findData("pdf")) == "PDF document"
    dialog.close()


def test_the_export_progress_reads_per_cent_the_french_way(
    french_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressBar

    from app.export import raster

    monkeypatch.setattr(raster, "BAND_BYTES", 16 * 1024)  # many bands: the bar shows a while
    window = french_window()
    dialog = ExportDialog(window.document, ExportChoices(format="png"), "guitare", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.export_to(tmp_path / "carte.png")
    bar = dialog.findChild(QProgressBar)
    assert bar is not None
    assert bar.maximum() == 0  # busy, no figure, while the export prepares
    dialog._job.signals.progress.emit(0.42)
    QApplication.processEvents()
    assert bar.text() == "42\u202f%"
    dialog._job.cancel()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)


# -- recovery, file guard, crash --------------------------------------------------------------


def test_the_recovery_dialog_in_french(french_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = french_window()
    entry = RecoveryEntry(
        "Atelier du mardi",
        tmp_path / "disparu.journey",  # the original file is gone
        datetime(2026, 3, 4, 10, 30, tzinfo=UTC),
        tmp_path / "copie.journey",
        tmp_path / "copie.json",
        document=window.document.model_copy(deep=True),
    )
    dialog = RecoveryDialog([entry], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Récupérer les cartes non enregistrées"
    assert dialog.findChild(QPushButton, "restore:0").text() == "Restaurer"
    assert dialog.findChild(QPushButton, "discard:0").text() == "Abandonner"
    assert dialog.findChild(QPushButton, "later").text() == "Décider plus tard"
    details = dialog.findChild(QLabel, "details:0").text()
    assert "Copie faite le 2026-03-04" in details
    assert details.endswith("Le fichier n’existe plus : enregistrer la carte restaurée le recrée.")
    assert_french([t.replace(str(tmp_path), "") for t in widget_texts(dialog)])

    seen: list[tuple[str, list[str]]] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.append((box.text(), [b.text().replace("&", "") for b in box.buttons()]))
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, read_and_cancel)
    qtbot.mouseClick(dialog.findChild(QPushButton, "discard:0"), Qt.MouseButton.LeftButton)
    [(question, buttons)] = seen
    assert question == (
        "Abandonner les modifications récupérées de « Atelier du mardi » ? "
        "Cette action est irréversible."
    )
    assert sorted(buttons) == ["Abandonner", "Annuler"]
    dialog.close()


def owner() -> LockOwner:
    """Another Parcours holding the map's lock (as MapLock.owner() reads it)."""
    return LockOwner(pid=4242, host="poste-atelier", user="lea", time=None)


def answer_box(found: list[QMessageBox], button: str) -> Callable[[], None]:
    """When a message box is shown, keep it in ``found`` and click its ``button``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        found.append(box)
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    return look


def box_texts(box: QMessageBox) -> list[str]:
    return [
        box.windowTitle(),
        box.text(),
        box.informativeText(),
        *(b.text() for b in box.buttons()),
    ]


def test_the_file_guards_questions_in_french(  # type: ignore[no-untyped-def]
    french_window, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    window = french_window()
    guard = window.file_guard
    assert isinstance(guard, FileGuard)
    path = window.session.path

    # The same map open in another Parcours.
    other = tmp_path / "autre.journey"
    shutil.copy(path, other)
    monkeypatch.setattr("app.ui.file_guard.MapLock.owner", lambda self: owner())
    locked: list[QMessageBox] = []
    QTimer.singleShot(0, answer_box(locked, "Annuler"))
    assert guard.check_open(other) == "cancel"
    texts = box_texts(locked[0])
    assert texts[:2] == [
        "Cette carte est déjà ouverte",
        "autre.journey est déjà ouverte dans Parcours (lea sur poste-atelier).",
    ]
    assert sorted(t.replace("&", "") for t in texts[3:]) == [
        "Annuler",
        "Ouvrir en lecture seule",
        "Ouvrir quand même",
    ]
    assert_french(texts)
    monkeypatch.undo()

    # Another program changes the map's file.
    theirs = load(path)
    theirs.title = "Leur version"
    save(theirs, path)
    guard.check()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "changed_on_disk") is not None)
    box = window.findChild(QMessageBox, "changed_on_disk")
    texts = box_texts(box)
    assert texts[:2] == [
        "La carte a changé sur le disque",
        "guitare.journey a été modifiée par un autre programme.",
    ]
    assert_french(texts)
    keep = next(b for b in box.buttons() if b.text().replace("&", "") == "Garder la mienne")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    # Saving over a version changed since: the question before writing.
    theirs.title = "Encore une autre version"
    save(theirs, path)
    asked: list[QMessageBox] = []
    QTimer.singleShot(0, answer_box(asked, "Annuler"))
    assert guard.check_save(path) is False
    texts = box_texts(asked[0])
    assert sorted(t.replace("&", "") for t in texts[3:]) == [
        "Annuler",
        "Enregistrer sous…",
        "Recharger",
        "Écraser",
    ]
    assert_french(texts)


@pytest.mark.qt_no_exception_capture
def test_the_crash_message_in_french(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    install_crash_handler()
    try:
        button = QPushButton("Bouton")
        button.clicked.connect(lambda: 1 / 0)
        qtbot.addWidget(button)
        button.show()
        seen: list[QMessageBox] = []
        texts: list[str] = []

        def look() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(20, look)
                return
            seen.append(box)
            texts.extend((box.windowTitle(), box.text()))
            QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, look)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert texts[0] == "Un problème est survenu"
        assert texts[1].startswith(
            "Un problème inattendu est survenu dans Parcours, mais votre carte est conservée"
        )
        [report] = (tmp_path / "data").rglob("crash-*.txt")
        assert f"Un rapport d’erreur se trouve dans {report}." in texts[1]
        assert_french([t.replace(str(report), "") for t in texts])
    finally:
        uninstall_crash_handler()


# -- the canvas's menus -----------------------------------------------------------------------


def test_card_emotion_and_header_menus_in_french(french_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = french_window()
    doc = window.document
    card = by_title(window, "Discussion guitare entre amis")
    menu = right_click(window, card_centre(window, card.id))
    texts = menu_texts(menu)
    for expected in ("Modifier le titre", "Canal", "Aucun canal", "Moment de vérité", "Source"):
        assert expected in texts
    assert "Ajouter un post-it à cette carte" in texts
    assert {"Observé", "Supposé", "Proposé", "Non précisé", "Dupliquer", "Supprimer"} <= set(texts)
    channel_names = {a.text() for a in action(menu, "channel:none").parent().actions()}  # type: ignore[union-attr]
    assert_french([t for t in texts if t not in channel_names or t == "Aucun canal"])

    action(menu, "channel:phone").trigger()
    assert (
        window.undo_stack.undoText()
        == "Mettre le canal de « Discussion guitare entre amis » à Téléphone"
    )

    layout = window.scene.layout
    emotion = next(lane for lane in layout.lanes if lane.kind == "emotion")
    score_card = next(c for c in layout.cards if c.touchpoint_id == card.id)
    menu = right_click(
        window, view_point(window.canvas, score_card.rect.centre_x, emotion.band.centre_y)
    )
    texts = menu_texts(menu)
    persona = doc.persona(window.scene.scoring_persona(doc)).name
    assert f"Émotion de {persona}" in texts
    assert "+2  Très positive" in texts and "0  Neutre" in texts
    assert_french(texts)

    for header in (layout.phases[1].header, layout.lanes[2].header):
        menu = right_click(window, view_point(window.canvas, header.centre_x, header.centre_y))
        texts = menu_texts(menu)
        assert any(t.startswith("Renommer") for t in texts)
        assert_french(texts)


def test_sticky_note_menu_in_french(french_window, right_click) -> None:  # type: ignore[no-untyped-def]
    window = french_window()
    layout = window.scene.layout
    actions_lane = next(lane for lane in layout.lanes if lane.kind == "framework")
    pos = view_point(window.canvas, layout.phases[0].header.x + 10, actions_lane.band.centre_y)
    assert menu_texts(right_click(window, pos)) == ["Ajouter un post-it ici"]
    card = by_title(window, "Discussion guitare entre amis")
    command, note_id = sticky.add_note(window.document, "Appeler la banque", attached_to=card.id)
    window.session.push(command)
    QApplication.processEvents()
    box = next(n for n in window.scene.layout.notes if n.note_id == note_id)
    menu = right_click(window, view_point(window.canvas, box.rect.centre_x, box.rect.centre_y))
    texts = menu_texts(menu)
    assert {"Modifier le texte", "Couleur", "Auteur…", "Transformer en carte", "Supprimer"} <= set(
        texts
    )
    colours = set(menu_texts(next(a.menu() for a in menu.actions() if a.text() == "Couleur")))
    assert_french([t for t in texts if t not in colours])


# -- presentation and comparison --------------------------------------------------------------


def test_presentation_says_what_is_showing_in_french(french_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        presentation_module, "audience_screen", lambda s, e: QGuiApplication.primaryScreen()
    )
    window = french_window()
    mode = window.presentation
    mode.start()
    try:
        audience = mode.audience
        assert audience is not None
        qtbot.waitUntil(audience.isVisible)
        assert audience.windowTitle() == "Présentation Parcours"
        label = window.statusBar().findChild(QLabel, "now_showing")
        assert label.text() == "À l’écran : Sensibilisation"
        qtbot.keyClick(audience.view, Qt.Key.Key_O)
        assert label.text() == "À l’écran : toute la carte"
        i18n.install("en")  # switching language while presenting: both follow at once
        QApplication.processEvents()
        assert label.text() == "Now showing: the whole map"
        assert audience.windowTitle() == "Parcours presentation"
    finally:
        mode.stop()


def test_the_comparison_view_in_french(french_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = french_window()
    current = window.document.model_copy(deep=True)
    future = current.model_copy(deep=True)
    future.title = "Demain"
    tp = future.touchpoints[0]
    tp_before = tp.title
    tp.title = "Discussion en boutique"
    dialog = ComparisonDialog(current, future, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "État actuel et état futur"
    assert dialog.export_button.text() == "Exporter en PDF…"
    heading = dialog.findChild(QLabel, "comparison_heading").text()
    assert heading == f"« Demain » comparé à l’état actuel « {current.title} »."
    legend = dialog.findChild(QLabel, "comparison_legend").text()
    assert legend.startswith(
        "Courbes d’émotion : état actuel en tirets, état futur en trait plein."
    )
    marker = dialog.markers[tp.id]
    assert marker.toolTip() == "Modifié dans l’état futur : titre."
    differences = dialog.findChild(QListWidget, "differences")
    lines = [differences.item(i).text() for i in range(differences.count())]
    assert len(lines) == 1
    for content in ("Discussion en boutique", tp_before, "Demain", current.title):
        lines = [line.replace(content, "") for line in lines]
    labels = [t for t in widget_texts(dialog) if t != heading]
    assert_french(labels + lines + [marker.toolTip()])
    dialog.close()


def test_the_canvas_score_tooltip_and_undo_names_in_french() -> None:
    from app.ui.canvas.interactions import score_tooltip

    assert (
        score_tooltip("Léa Moreau", -1.0, "Achat en ligne")
        == "Léa Moreau : -1,0 à « Achat en ligne »"
    )
    assert (
        QCoreApplication.translate("JourneyView", "Add card “{title}”")
        == "Ajouter la carte « {title} »"
    )


# -- keyboard shortcuts -----------------------------------------------------------------------


def test_the_keyboard_shortcuts_list_in_french(french_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.shortcuts_help import ShortcutsDialog

    window = french_window()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Raccourcis clavier"
    table = dialog.table
    headings = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headings == ["Touches", "Action", "Où"]
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["Ctrl+D", "Dupliquer les cartes sélectionnées.", "Sur la carte"] in rows
    assert any(row[2] == "Édition" and row[1] == "Coller" for row in rows)
    assert_french([dialog.windowTitle(), dialog.intro.text(), *headings])
    assert_french([row[1] for row in rows] + [row[2] for row in rows])

    i18n.install("en")  # the open list follows a language switch
    QApplication.processEvents()
    assert dialog.windowTitle() == "Keyboard Shortcuts"
    assert (
        table.item(
            rows.index(["Ctrl+D", "Dupliquer les cartes sélectionnées.", "Sur la carte"]), 1
        ).text()
        == "Duplicate the selected cards."
    )
    dialog.close()


def test_moving_cards_from_the_keyboard_names_the_undo_step_in_french(french_window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.canvas.keyboard import cards_to_lane

    window = french_window()
    doc = window.document
    lanes = [lane.id for lane in doc.lanes if lane.kind == "touchpoints"]
    cards = [tp for tp in doc.touchpoints if tp.lane_id == lanes[0]][:2]
    one = cards_to_lane(doc, [cards[0].id], 1)
    assert one is not None and one.label == f"Déplacer « {cards[0].title} »"
    two = cards_to_lane(doc, [c.id for c in cards], 1)
    assert two is not None and two.label == "Déplacer 2 cartes"
