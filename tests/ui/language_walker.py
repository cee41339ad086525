"""Walk everything the editor can show and find text in the wrong language.

Used by tests/ui/test_interface_language.py. A :class:`Walker` collects every text a
user can see or hear (a screen reader reads accessible names and descriptions) in
widgets, actions, menus, item views and their headers, and checks each against a
curated list of words that exist in only one of the two languages, as whole words,
ignoring case. English finds ``Save``; French finds ``Enregistrer``. Words both
languages share (phase, structure, description, actions, questions, score, note, point,
contact, mode, copies, future, positive) are never listed, nor proper nouns and formats (ALLOWED).
"zoom" and "it" are not listed either (Qt's French names the Zoom In key "Zoom avant";
"post-it"). "export" is, although French has the noun: the interface says "Exporter",
"Fichiers exportés".

The map's own content is never a finding: a text equal to, or contained in, one of the
map's texts is skipped, and the map's texts are cut out of longer texts before looking
(a window title ``Guitar purchase (non enregistrée) — Parcours``).

The canvas paints its texts: :meth:`Walker.painted` reads the layout's text boxes and
badges (what the canvas draws). Presentation mode's painted hints are not read.

Each finding names its owner: the catalogue area (scripts/translations.py CATALOGUES)
of the nearest Parcours class holding the widget, so each helper sees their own.
"""

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFileSystemModel,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words(
    """
    the and of to with from for by into onto this that these those is are was be been
    your you we our no not none yes when what which where there here has have can cannot
    will would should could before after then than each every more less only one two
    map maps card cards save saved open opened export exported delete deleted add added remove
    removed show hide new file files edit view help undo redo copy paste cut select all
    touchpoint touchpoints lane lanes settings unsaved untitled title name colour color
    channel channels close cancel quit find next previous print preferences theme light dark
    system language recent sample template blank keyboard shortcuts about insights inspector
    feeling feelings marker dash metric metrics unit opportunity opportunities
    quote quotes truth evidence observed assumed proposed stated sticky author priority high
    low medium negative neutral very empty drop keep reload overwrite discard restore later
    backup folder choose pick rename move earlier above below current state changed summary
    loading nothing found matches clear look
    """
)
"""Words that exist in English only (as whole words; case ignored)."""

FRENCH = _words(
    """
    le la les des une du au aux avec carte cartes enregistrer ouvrir supprimer ajouter fichier
    modifier annuler rétablir fermer nouvelle nouveau aucun aucune et pour dans sans est ligne
    lignes afficher copier coller couper rechercher préférences thème aide édition affichage
    canal canaux un de sur cette ce ces vos votre être exporter importer imprimer quitter clair
    sombre étape étapes émotion où qui que pas ou vue titre nom oui
    couleur précédent suivant choisir déplacer renommer enregistrée enregistré sélectionner
    """
)
"""Words that exist in French only (as whole words; case ignored)."""

ALLOWED = _words(
    """
    parcours pdf png svg csv mermaid qt persona personas phase phases display wayland_display
    ctrl shift alt
    """
)
"""Proper nouns, brands and formats: never a finding in either language."""

PROPER_NAMES = ("Noto Sans", "SIL Open Font License")
"""Names of several words (a font, a licence), cut out of a text before it is read."""

WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What the user reads: no mnemonic ``&``, no HTML tags or entities."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if "<" in text and ">" in text:
        text = TAG.sub(" ", text)
    return html.unescape(text)


def content_of(value: Any, found: set[str] | None = None) -> set[str]:
    """Every string inside a model object (a map: titles, names, descriptions...).

    A map's built-in channel names are its content too: they follow the map's language.
    """
    found = set() if found is None else found
    language = getattr(value, "language", None)
    if isinstance(language, str) and hasattr(value, "touchpoints"):
        from app.model.channels import BUILTIN_CHANNELS

        found.update(channel.name(language) for channel in BUILTIN_CHANNELS)
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, str):
        if value.strip():
            found.add(value.strip())
            found.update(line.strip() for line in value.splitlines() if line.strip())
    elif isinstance(value, dict):
        for item in value.values():  # not the keys: they are field names, not content
            content_of(item, found)
    elif isinstance(value, list | tuple | set):
        for item in value:
            content_of(item, found)
    return found


def _area_patterns() -> list[tuple[str, str]]:
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("translations", root / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(area, pattern) for area, patterns in module.CATALOGUES.items() for pattern in patterns]


AREAS = _area_patterns()


def area_of_module(module: str) -> str | None:
    """The catalogue area of a Python module (``app.ui.find_bar`` → ``panels``)."""
    path = module.replace(".", "/") + ".py"
    for area, pattern in AREAS:
        if fnmatch(path, pattern):
            return area
    return None


def owner_of(obj: QObject | None) -> tuple[str, str]:
    """(area, class) of the nearest Parcours object holding ``obj``."""
    while obj is not None:
        module = type(obj).__module__
        if module.startswith("app."):
            return area_of_module(module) or module, type(obj).__name__
        obj = obj.parent()
    return "unknown", "?"


def describe(obj: QObject) -> str:
    """``Class#objectName`` of ``obj`` and of the objects holding it (innermost first)."""
    parts: list[str] = []
    current: QObject | None = obj
    while current is not None and len(parts) < 4:
        name = current.objectName()
        parts.append(f"{type(current).__name__}#{name}" if name else type(current).__name__)
        current = current.parent()
    return " < ".join(parts)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model: PySide keeps its columnCount private
        return 1


@dataclass(frozen=True)
class Finding:
    area: str
    owner: str
    walk: str
    """What the walk was looking at (a menu, a dialog, the inspector on a card...)."""
    where: str
    what: str
    text: str
    words: tuple[str, ...]


class Walker:
    """Collects the texts of widgets, actions and menus and the findings among them."""

    def __init__(self, language: str, content: Iterable[str] = ()) -> None:
        self.language = language
        self.wrong = ENGLISH if language == "fr" else FRENCH
        self.content: set[str] = set()
        self.blob = ""
        self.add_content(content)
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self.texts = 0
        self.sources: set[str] = set()
        """Labels of what was walked (menus, dialogs), for the test to check its reach."""
        self.label = ""

    def add_content(self, texts: Iterable[str]) -> None:
        """Texts of the map (or of a fake entry) that are never findings."""
        self.content.update(t for t in texts if t)
        self._cut = sorted((t for t in self.content if len(t) >= 3), key=len, reverse=True)
        self.blob = "\n".join(self.content)

    def bad_words(self, text: str) -> tuple[str, ...]:
        text = plain(text).strip()
        if not text or text in self.content or text in self.blob:
            return ()
        for name in PROPER_NAMES:
            text = text.replace(name, " ")
        for piece in self._cut:
            if piece in text:  # cut whole words only: "Untitled" keeps its "title"
                text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
        return tuple(
            word
            for word in WORD.findall(text)
            if word.lower() in self.wrong and word.lower() not in ALLOWED
        )

    def check(
        self,
        obj: QObject,
        what: str,
        text: str,
        owner: QObject | None = None,
        area_and_class: tuple[str, str] | None = None,
    ) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        self.texts += 1
        words = self.bad_words(text)
        if words:
            area, cls = area_and_class or owner_of(owner if owner is not None else obj)
            where = describe(obj)
            key = (where, what, text)
            if key not in self.findings:  # named after the first walk that met it
                self.findings[key] = Finding(area, cls, self.label, where, what, text, words)

    # -- what to read -------------------------------------------------------------------------

    def widget(self, w: QWidget) -> None:
        """Every text of one widget (not its children)."""
        check = self.check
        for what, text in (
            ("window title", w.windowTitle()),
            ("tooltip", w.toolTip()),
            ("status tip", w.statusTip()),
            ("what's this", w.whatsThis()),
            ("accessible name", w.accessibleName()),
            ("accessible description", w.accessibleDescription()),
        ):
            check(w, what, text)
        self._specific(w)
        for action in w.actions():
            self.action(action, w)

    def _specific(self, w: QWidget) -> None:
        """The texts a kind of widget has besides those every widget has."""
        check = self.check
        if isinstance(w, QAbstractButton):
            check(w, "text", w.text())
        if isinstance(w, QLabel):
            check(w, "text", w.text())
        if isinstance(w, QGroupBox):
            check(w, "title", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                check(w, f"tab {i}", w.tabText(i))
                check(w, f"tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                check(w, f"tab {i}", w.tabText(i))
                check(w, f"tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QToolBox):
            for i in range(w.count()):
                check(w, f"page {i}", w.itemText(i))
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            check(w, "placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            check(w, "placeholder", w.placeholderText())
            for i in range(w.count()):
                check(w, f"item {i}", w.itemText(i))
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                check(w, f"item {i} tooltip", tip if isinstance(tip, str) else "")
        if isinstance(w, QAbstractSpinBox):
            check(w, "special value", w.specialValueText())
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            check(w, "prefix", w.prefix())
            check(w, "suffix", w.suffix())
        if isinstance(w, QMenu):
            self.menu(w)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            self.item_view(w)

    def action(self, action: QAction, owner: QObject | None = None) -> None:
        if action.isSeparator():
            return
        holder = owner if owner is not None else action.parent()
        for what, text in (
            ("action text", action.text()),
            ("action tooltip", action.toolTip()),
            ("action status tip", action.statusTip()),
            ("action what's this", action.whatsThis()),
        ):
            self.check(action, what, text, holder)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            self.menu(submenu)

    def menu(self, menu: QMenu, label: str = "") -> None:
        """A menu's title and every entry, submenus included."""
        if label:
            self.sources.add(label)
            self.label = label
        self.check(menu, "menu title", menu.title())
        for action in menu.actions():
            self.action(action, menu)

    def item_view(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None or isinstance(model, QFileSystemModel):
            return  # a file dialog's folders are the user's own
        self.model(view, model, QModelIndex(), depth=0)
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = (
                _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
            )
            for section in range(count):
                text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
                self.check(view, f"header {section}", text if isinstance(text, str) else "")

    def model(
        self, view: QAbstractItemView, model: QAbstractItemModel, parent: QModelIndex, depth: int
    ) -> None:
        roles = (
            (Qt.ItemDataRole.DisplayRole, "item"),
            (Qt.ItemDataRole.ToolTipRole, "item tooltip"),
            (Qt.ItemDataRole.StatusTipRole, "item status tip"),
            (Qt.ItemDataRole.AccessibleTextRole, "item accessible text"),
            (Qt.ItemDataRole.AccessibleDescriptionRole, "item accessible description"),
        )
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(min(_columns(model, parent), 8)):
                index = model.index(row, column, parent)
                for role, what in roles:
                    value = model.data(index, role)
                    self.check(
                        view, f"{what} {row},{column}", value if isinstance(value, str) else ""
                    )
                if depth < 3 and column == 0 and model.rowCount(index) > 0:
                    self.model(view, model, index, depth + 1)

    def tree(self, root: QWidget, label: str = "") -> None:
        """``root`` and every widget and action inside it, shown or not."""
        if label:
            self.sources.add(label)
            self.label = label
        self.widget(root)
        for child in root.findChildren(QWidget):
            self.widget(child)
        for action in root.findChildren(QAction):
            self.action(action)

    def painted(self, layout: Any, label: str) -> None:
        """The texts the canvas paints (a layout's text boxes and badges), when not content."""
        from dataclasses import fields, is_dataclass

        from app.layout.model import Badge, TextBox

        self.sources.add(label)
        self.label = label
        holder = QObject()
        holder.setObjectName("canvas")
        painter = (
            area_of_module("app.layout.engine") or "layout",
            "Layout (painted on the canvas)",
        )
        seen: set[int] = set()

        def visit(value: Any) -> None:
            if id(value) in seen:
                return
            seen.add(id(value))
            if isinstance(value, TextBox):
                for line in value.lines:  # wrapped, bulleted, maybe elided: one line at a time
                    text = re.sub(r"^\W+", "", line.strip()).removesuffix("…")  # "• ", "↑ "
                    self.check(holder, "painted text", text, area_and_class=painter)
            elif isinstance(value, Badge):
                self.check(holder, f"{value.kind} badge", value.text, area_and_class=painter)
            elif is_dataclass(value) and not isinstance(value, type):
                for field in fields(value):
                    visit(getattr(value, field.name))
            elif isinstance(value, list | tuple):
                for item in value:
                    visit(item)
            elif isinstance(value, dict):
                for item in value.values():
                    visit(item)

        visit(layout)

    # -- the verdict --------------------------------------------------------------------------

    def report(self) -> str:
        """The findings grouped by owner (catalogue area), then by the class holding them."""
        grouped: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for finding in self.findings.values():
            grouped[finding.area][finding.owner].append(finding)
        language = "English" if self.language == "fr" else "French"
        lines = [
            f"{len(self.findings)} text(s) look {language} in the {self.language} interface "
            f"(out of {self.texts} texts read), by owner:"
        ]
        for area in sorted(grouped):
            count = sum(len(found) for found in grouped[area].values())
            lines.append(f"\n== {area} ({count})")
            for owner in sorted(grouped[area]):
                lines.append(f"  -- {owner}")
                for f in sorted(grouped[area][owner], key=lambda f: (f.where, f.what)):
                    text = f.text if len(f.text) <= 90 else f.text[:87] + "…"
                    lines.append(
                        f"     ({f.walk}) {f.where} · {f.what}: {text!r}  [{', '.join(f.words)}]"
                    )
        return "\n".join(lines)
