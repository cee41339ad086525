"""The panels speak French: inspector, personas, structure, channels, insights and find bar.

A French user opens the French sample map with the interface in French and
clicks around: a card, a phase, a lane, a persona, a sticky note, nothing. Every
label, button, tooltip, placeholder and choice the panels show is French (the
map's own words are left as they are); counts take the right plural in both
languages; switching to English with a card selected re-labels the inspector
without touching what is being edited.
"""

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.model import commands as cmd
from app.model import structure
from app.model.document import StickyNote
from app.resources import sample_map
from app.ui import structure_menus
from app.ui.main_window import MainWindow
from app.ui.session import DocumentSession

ENGLISH = frozenset(
    re.findall(
        r"\S+",
        """
    the and of add delete remove card cards lane lanes name title channel channels colour
    move rename find priority scores metric metrics picture choose default several values
    not stated observed assumed proposed evidence quotes pain opportunities goals
    challenges interests buying behaviour preferred marker line author language shows
    collapsed role location quote high medium low emotions average lowest highest drop
    truth click map sticky free other this is to yet more years old initials match next
    previous close unit target chart bars cancel value optional field curves kind up down
    no
    """,
    )
)
"""Words a French interface never shows (the French for "Actions", "Phase" is the same)."""


@pytest.fixture
def french() -> Iterator[None]:
    """The interface in French for one test (and English again afterwards)."""
    i18n.install("fr")
    yield
    i18n.install("en")


@pytest.fixture
def window(french: None, make_window: Callable[..., MainWindow], tmp_path: Path) -> MainWindow:
    """A window on the French sample map, its interface in French."""
    path = tmp_path / "guitare.journey"
    shutil.copy(sample_map("fr"), path)
    return make_window(path)


def _session(window: MainWindow) -> DocumentSession:
    assert window.session is not None
    return window.session


def _texts(widget: QWidget) -> list[str]:
    """Every text a user sees or hears from ``widget`` and its children (only visible ones)."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QAbstractSpinBox):
            texts.append(child.specialValueText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
            texts.append(child.placeholderText())
        if isinstance(child, QListWidget):
            for row in range(child.count()):
                texts += [child.item(row).text(), child.item(row).toolTip()]
        if isinstance(child, QTreeWidget):
            found = QTreeWidgetItemIterator(child)
            while found.value():
                item = found.value()
                texts += [item.text(0), item.text(1), item.toolTip(0)]
                found += 1
    return [re.sub(r"<[^>]+>", " ", text) for text in texts if text]


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}


def _english_left(window: MainWindow, widget: QWidget) -> dict[str, set[str]]:
    """The texts of ``widget`` holding English words that are not the map's own words."""
    content = _words(_session(window).document.model_dump_json())
    found = {}
    for text in _texts(widget):
        english = (_words(text) & ENGLISH) - content
        if english:
            found[text] = english
    return found


def _select_card(window: MainWindow, title: str) -> str:
    card = next(tp for tp in _session(window).document.touchpoints if tp.title == title)
    window.scene.select_only([card.id])
    QApplication.processEvents()
    return card.id


def _label_of(form: QWidget, name: str) -> str:
    """The text of the form row label of the field called ``name``."""
    field = form.findChild(QWidget, name)
    assert field is not None, name
    label = form.layout().labelForField(field)  # type: ignore[union-attr]
    assert isinstance(label, QLabel), name
    return label.text()


def test_a_selected_card_is_edited_in_french(window: MainWindow) -> None:
    inspector = window.panels.inspector
    _select_card(window, "Discussion guitare entre amis")
    assert inspector.header.text() == "Point de contact"
    form = inspector.form
    assert _label_of(form, "title") == "Titre"
    assert _label_of(form, "pain_points") == "Points de friction"
    assert _label_of(form, "evidence") == "Source"
    evidence = form.findChild(QComboBox, "evidence")
    assert [evidence.itemText(i) for i in range(evidence.count())] == [
        "Non précisé",
        "Observé",
        "Supposé",
        "Proposé",
    ]
    assert form.findChild(QComboBox, "channel").itemText(0) == "Aucun canal"
    assert form.findChild(QCheckBox, "moment_of_truth").text() == (
        "Cette carte est un moment de vérité"
    )
    assert form.findChild(QPushButton, "add_metric").text() == "Ajouter un indicateur…"
    assert _english_left(window, inspector) == {}


def test_the_map_phase_lane_persona_and_a_sticky_note_are_edited_in_french(
    window: MainWindow,
) -> None:
    inspector = window.panels.inspector
    doc = _session(window).document
    inspector.show_map()
    assert inspector.header.text() == "Carte du parcours"
    assert _label_of(inspector.form, "author") == "Auteur"
    assert _english_left(window, inspector) == {}

    inspector.show_element("phases", doc.phases[0].id)
    assert inspector.header.text() == "Phase"
    assert _label_of(inspector.form, "name") == "Nom"
    assert inspector.form.findChild(QPushButton, "colour").toolTip() == "Choisir une couleur"
    assert _english_left(window, inspector) == {}

    lane = next(lane for lane in doc.lanes if lane.kind == "framework")
    inspector.show_element("lanes", lane.id)
    assert inspector.header.text() == "Ligne"
    kinds = inspector.form.findChild(QComboBox, "kind")
    assert {"Cartes", "Émotions", "Points de friction"} <= {
        kinds.itemText(i) for i in range(kinds.count())
    }
    assert inspector.form.findChild(QCheckBox, "collapsed").text() == (
        "Afficher cette ligne repliée"
    )
    assert _english_left(window, inspector) == {}

    inspector.show_element("personas", doc.personas[0].id)
    assert inspector.header.text() == "Persona"
    assert _label_of(inspector.form, "buying_behaviour") == "Comportement d’achat"
    marker = inspector.form.findChild(QComboBox, "marker")
    assert marker.itemText(0) == "Par défaut (Cercle)"
    assert inspector.form.findChild(QPushButton, "choose_picture").text() == "Choisir une photo…"
    assert _english_left(window, inspector) == {}

    note = StickyNote(text="Vérifier le délai de livraison")
    _session(window).push(cmd.add(doc, "notes", note))
    inspector.show_element("notes", note.id)
    assert inspector.header.text() == "Post-it"
    colours = inspector.form.findChild(QComboBox, "colour")
    assert colours.itemText(0) == "Jaune"
    assert inspector.form.findChild(QLabel, "attached_to").text() == "Libre sur la carte"
    assert _english_left(window, inspector) == {}


def test_the_other_panels_and_the_find_bar_are_in_french(qtbot: QtBot, window: MainWindow) -> None:
    panels = window.panels
    assert panels.personas.buttons["add_persona"].toolTip() == "Ajouter un persona"
    assert "Objectifs" in panels.personas.preview.text.text()
    assert _english_left(window, panels.personas) == {}

    assert [label.text() for label in panels.structure.titles.values()] == ["Phases", "Lignes"]
    lanes = panels.structure.lane_list
    details = [lanes.item(row).toolTip() for row in range(lanes.count())]
    assert "Actions — Champ de carte" in details
    assert _english_left(window, panels.structure) == {}

    assert panels.channels.add_button.text() == "Ajouter un canal…"
    assert _english_left(window, panels.channels) == {}

    panels.insights.refresh()
    tree = panels.insights.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    sections = [item.text(0) for item in tops if item is not None]
    assert sections == [
        "Émotions par persona",
        "Moments de vérité",
        "Points de friction par phase",
        "Opportunités, par ordre de priorité",
        "Canaux par phase",
        "Source",
    ]
    assert _english_left(window, panels.insights) == {}

    bar = window.find_bar
    bar.open()
    assert bar.text.placeholderText() == "Chercher dans les titres, notes, verbatims et canaux"
    qtbot.keyClicks(bar.text, "zzzz")
    assert bar.count.text() == "Aucune carte ne correspond"
    bar.text.clear()
    qtbot.keyClicks(bar.text, "guitare")
    assert re.fullmatch(r"1 sur \d+", bar.count.text())
    assert _english_left(window, bar) == {}
    bar.close_bar()


def _menu_texts(menu: QMenu) -> list[str]:
    """Every entry of ``menu`` and of its submenus."""
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())  # type: ignore[arg-type]
    return [text for text in texts if text]


def test_the_phase_lane_and_persona_menus_are_in_french(window: MainWindow) -> None:
    doc = _session(window).document
    structure_panel, personas = window.panels.structure, window.panels.personas
    card_lane = next(lane for lane in doc.lanes if lane.kind == "touchpoints")
    menus = {
        "phase": structure_panel.element_menu("phases", doc.phases[1].id),
        "lane": structure_panel.element_menu("lanes", card_lane.id),
        "add lane": structure_panel.add_lane_menu(),
        "persona": personas.persona_menu(doc.personas[0].id),
    }
    texts = {name: _menu_texts(menu) for name, menu in menus.items()}
    assert "Insérer une phase avant" in texts["phase"]
    assert "Supprimer la ligne…" in texts["lane"]
    assert "Changer de type" in texts["lane"]
    assert any(text.startswith("Cette ligne contient ") for text in texts["lane"])
    assert {"Cartes", "Champ de carte", "Points de friction", "Nouvel indicateur…"} <= set(
        texts["add lane"]
    )
    assert {"Marqueur", "Trait", "Cercle", "Pointillés", "Par défaut"} <= set(texts["persona"])
    content = _words(doc.model_dump_json())
    english = {
        text: (_words(text) & ENGLISH) - content
        for entries in texts.values()
        for text in entries
        if (_words(text) & ENGLISH) - content
    }
    assert english == {}
    for menu in menus.values():
        menu.deleteLater()


def _scores_question(window: MainWindow, scores: int) -> str:
    """What the Personas panel asks before deleting a new persona holding ``scores`` scores."""
    panel = window.panels.personas
    panel.add_persona()
    doc = _session(window).document
    persona = doc.personas[-1]
    for card in doc.touchpoints[:scores]:
        emotions = {**card.emotions, persona.id: 1.0}
        _session(window).push(
            cmd.edit(_session(window).document, "touchpoints", card.id, emotions=emotions)
        )
    asked: list[str] = []

    def confirm(title: str, question: str) -> bool:
        asked.append(f"{title}: {question}")
        return False  # the user thinks better of it

    panel.confirm = confirm
    panel.delete_persona(persona.id)
    return asked[-1].replace(persona.name, "P")


def _cards_choices(window: MainWindow, cards: int) -> list[str]:
    """The answers offered when deleting a new phase holding ``cards`` cards."""
    doc = _session(window).document
    _session(window).push(structure.new_phase(doc, 1))
    doc = _session(window).document
    phase = doc.phases[1]
    cards_moved = [card.id for card in doc.touchpoints[:cards]]
    lane_id = doc.touchpoints[0].lane_id
    _session(window).push(cmd.move_touchpoints(doc, cards_moved, phase.id, lane_id))
    offered: list[str] = []

    def ask(parent: QWidget, title: str, question: str, choices: object) -> None:
        offered.append(question)
        offered.extend(text for _, text in choices)  # type: ignore[attr-defined]

    structure_menus.delete_phase(window, _session(window), phase.id, ask)
    return offered


def test_counts_take_the_plural_of_each_language(
    window: MainWindow, make_window: Callable[..., MainWindow]
) -> None:
    assert _scores_question(window, 1) == (
        "Supprimer le persona: Supprimer le persona « P » et sa note d’émotion ?"
        " Vous pourrez annuler."
    )
    assert _scores_question(window, 2) == (
        "Supprimer le persona: Supprimer le persona « P » et ses 2 notes d’émotion ?"
        " Vous pourrez annuler."
    )
    one = _cards_choices(window, 1)
    assert "contient 1 carte." in one[0]
    assert one[1].startswith("Déplacer la carte vers « ")
    assert one[-1] == "Supprimer la carte"
    two = _cards_choices(window, 2)
    assert "contient 2 cartes." in two[0]
    assert two[-1] == "Supprimer les 2 cartes"
    assert structure_menus._cards(0) == "0 carte"  # French counts 0 in the singular
    assert structure_menus._cards(2000) == "2\u202f000 cartes"  # grouped as French writes it

    window.set_interface_language("en")
    assert structure_menus._cards(2000) == "2,000 cards"
    assert structure_menus._cards(0) == "0 cards"
    assert structure_menus._cards(1) == "1 card"
    assert _scores_question(window, 1) == (
        "Delete persona: Delete the persona “P” and its emotion score? You can undo this."
    )
    assert _scores_question(window, 2) == (
        "Delete persona: Delete the persona “P” and its 2 emotion scores? You can undo this."
    )
    assert _cards_choices(window, 1)[-1] == "Delete the card"
    assert _cards_choices(window, 2)[-1] == "Delete the 2 cards"


def test_switching_to_english_relabels_the_inspector_and_keeps_the_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    inspector = window.panels.inspector
    with qtbot.waitActive(window):  # focus follows clicks only in the active window
        window.activateWindow()
    card_id = _select_card(window, "Discussion guitare entre amis")
    title = inspector.form.findChild(QLineEdit, "title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert title.hasFocus()
    title.end(False)
    qtbot.keyClicks(title, " !")
    steps = _session(window).undo_stack.count()

    window.set_interface_language("en")

    assert inspector.header.text() == "Card"
    assert _label_of(inspector.form, "title") == "Title"
    assert _label_of(inspector.form, "pain_points") == "Pain points"
    evidence = inspector.form.findChild(QComboBox, "evidence")
    assert evidence.itemText(0) == "Not stated"
    assert window.panels.personas.buttons["add_persona"].toolTip() == "Add a persona"
    assert [label.text() for label in window.panels.structure.titles.values()] == [
        "Phases",
        "Lanes",
    ]
    assert window.panels.channels.add_button.text() == "Add Channel…"
    assert window.find_bar.text.placeholderText() == ("Find in titles, notes, quotes and channels")
    # The same card is still edited, with the same text, and the keyboard is back in its title.
    title = inspector.form.findChild(QLineEdit, "title")
    assert inspector.shown == ("touchpoints", (card_id,))
    assert title.text() == "Discussion guitare entre amis !"
    assert title.hasFocus()
    assert _session(window).undo_stack.count() == steps
    assert _session(window).document.touchpoint(card_id).title == "Discussion guitare entre amis !"
    # Typing on is a new undo step: the language switch did not merge into the old one.
    title.end(False)
    qtbot.keyClicks(title, "!")
    assert _session(window).undo_stack.count() == steps + 1

    window.set_interface_language("fr")
    assert inspector.header.text() == "Point de contact"
    assert _label_of(inspector.form, "title") == "Titre"


def test_a_big_maps_counts_are_grouped_as_french_writes_numbers(
    french: None, make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    from app.model.fileformat import save
    from benchmarks.maps import bench_map

    path = tmp_path / "grand.journey"
    save(bench_map(1200), path)
    window = make_window(path)
    window.canvas.setFocus()
    window.actions_by_id["select_all"].trigger()
    qtbot.waitUntil(lambda: window.panels.inspector.header.text() == "1\u202f200 cartes")
    shown = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any("1\u202f200 points de contact" in text for text in shown), shown


def test_a_metric_value_is_shown_and_typed_with_a_decimal_comma(
    window: MainWindow, qtbot: QtBot
) -> None:
    doc = _session(window).document
    card = next(tp for tp in doc.touchpoints if any(v % 1 for v in tp.metrics.values()))
    metric_id, value = next((k, v) for k, v in card.metrics.items() if v % 1)
    _select_card(window, card.title)
    field = window.panels.inspector.findChild(QLineEdit, f"metric:{metric_id}")
    assert field is not None
    assert field.text() == f"{value:g}".replace(".", ",")  # "1,8", not "1.8"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2,5")
    assert _session(window).document.touchpoint(card.id).metrics[metric_id] == 2.5
    assert field.text() == "2,5"
