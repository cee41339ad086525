"""The main window: wiring between files, the undo stack, the canvas and the menus.

The window is built in two steps: its frame (menus, toolbar, status bar, an empty map
area), which needs neither pydantic nor the document model, then the rest (the map, its
canvas and panels). ``MainWindow(...)`` does both; start-up (``app.ui.app``) shows the frame
first and completes it once painted, so that the window is up in about twice the time an
empty Qt window takes. The heavy modules are therefore imported where they are used.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QPalette,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import __version__, i18n
from app.model.text import QT_TRANSLATE_NOOP
from app.resources import sample_map
from app.ui.actions import ACTIONS, action_text, action_tip, key_sequences, menu_titles
from app.ui.appearance import apply_palette, resolve

if TYPE_CHECKING:
    from app.model.commands import Change
    from app.model.document import JourneyMap
    from app.ui.accessibility import CanvasAnnouncer
    from app.ui.autosave import Autosave
    from app.ui.canvas.scene import JourneyScene
    from app.ui.canvas.view import JourneyView
    from app.ui.clipboard import ClipboardActions
    from app.ui.docks import Panels
    from app.ui.file_guard import FileGuard
    from app.ui.find_bar import FindBar
    from app.ui.frame_settings import FrameSettings
    from app.ui.presentation import Presentation
    from app.ui.session import DocumentSession
    from app.ui.settings import Settings


def map_filter() -> str:
    """The Open and Save As dialogs' file types, in the interface language."""
    from app.export.formats import EXPORTS_WITH_MAP, dialog_filter

    exports = QCoreApplication.translate("MainWindow", "Exports made by Parcours")
    return ";;".join((dialog_filter(["journey"]), dialog_filter(EXPORTS_WITH_MAP, exports)))


def import_filter() -> str:
    """The Import dialog's file types, in the interface language."""
    from app.export.formats import dialog_filter

    label = QCoreApplication.translate("MainWindow", "Spreadsheets and Mermaid journeys")
    return dialog_filter(["csv", "mermaid"], label)


def _save_settings(settings: Settings) -> None:
    from app.ui.settings import save_settings

    save_settings(settings)


OpenChoice = Literal["open", "read-only", "cancel"]


class MainWindow(QMainWindow):
    """One window, one map. ``document``, ``canvas`` and ``undo_stack`` are for tests and tools."""

    session_started = Signal(object)
    """Emitted with the new :class:`DocumentSession` each time a map is shown."""
    map_saved = Signal(object)
    """Emitted with the ``Path`` after each successful save."""
    map_closing = Signal()
    """Emitted when the window closes after the user agreed (unsaved changes saved or dropped)."""

    def __init__(
        self,
        settings: Settings | None = None,
        persist: bool = True,
        parent: QWidget | None = None,
        document: JourneyMap | None = None,
        *,
        frame: FrameSettings | None = None,
    ) -> None:
        """``document``: the unsaved map to show first (default: a new map, as File ▸ New).

        ``frame``: build only the window's frame, from these settings (start-up shows it
        before the document model is imported); :meth:`complete` then builds the rest.
        Without it the window is complete when this returns.
        """
        super().__init__(parent)
        self.persist = persist
        self.is_complete = False
        """False while only the frame is built: menus, toolbar and status bar, no map."""
        self._waiting: list[Callable[[], object]] = []
        """What the user asked for (actions, closing) while only the frame was built."""
        if frame is not None:
            self._build_frame(frame.theme)
            if frame.geometry:
                self.restoreGeometry(QByteArray.fromBase64(frame.geometry.encode("ascii")))
            return
        if settings is None:
            from app.ui.settings import Settings, load_settings

            settings = load_settings() if persist else Settings()
        self._build_frame(settings.theme)
        if settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.geometry.encode("ascii")))
        self.complete(settings, document)

    def _build_frame(self, theme: str) -> None:
        """Menus with every action, the toolbar, the status bar and an empty map area."""
        self._theme_choice = theme
        self.theme = resolve(theme)
        self.ui_language: str = i18n.current_language()
        """The interface language; new maps and the sample map are in it too."""
        self._menus: dict[str, QMenu] = {}
        self.session: DocumentSession | None = None
        self.before_open: list[Callable[[Path], OpenChoice]] = []
        """Asked before a ``.journey`` file is shown: open it, open it read-only, or not at all."""
        self.before_save: list[Callable[[Path], bool]] = []
        """Asked before the map is written to a path; any False cancels the save."""
        self.undo_group: QUndoGroup = QUndoGroup(self)
        self.actions_by_id: dict[str, QAction] = {}
        self.setCentralWidget(QWidget(self))  # the map's place, until the map is there
        self._build_menus(theme)
        toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        self.toolbar = toolbar
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.actions_by_id["present"])
        self.actions_by_id["revert"].setEnabled(False)  # until a map from a file is shown
        self._paint_action_icons()
        self._build_status_bar()
        self.resize(1280, 800)

    def complete(self, settings: Settings, document: JourneyMap | None = None) -> None:
        """Build what the frame lacks (canvas, panels, autosave...) and show ``document``
        (default: a new map, as File ▸ New). What the user asked for meanwhile waits for
        :meth:`do_what_was_asked`: start-up first opens the first map, offers recovery and
        may show dialogs, whose event loops must not run it."""
        from app.ui.accessibility import CanvasAnnouncer, describe_action, fill_accessible_names
        from app.ui.autosave import Autosave
        from app.ui.canvas.keyboard import set_tab_order
        from app.ui.canvas.scene import JourneyScene
        from app.ui.canvas.view import JourneyView
        from app.ui.clipboard import ClipboardActions
        from app.ui.docks import Panels
        from app.ui.file_guard import FileGuard
        from app.ui.find_bar import FindBar
        from app.ui.presentation import Presentation

        assert not self.is_complete
        self.settings = settings
        theme = resolve(settings.theme)
        # The stored settings were not all valid, or the system's scheme changed meanwhile.
        if settings.theme != self._theme_choice or theme is not self.theme:
            self._theme_choice = settings.theme
            self.theme = theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_palette(app, self.theme)
            self._paint_action_icons()
            self.actions_by_id[f"theme:{settings.theme}"].setChecked(True)
        self.scene: JourneyScene = JourneyScene(self.theme, self)
        self.canvas: JourneyView = JourneyView(self.scene, self)
        self.find_bar: FindBar = FindBar(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.canvas)
        self.setCentralWidget(central)  # the frame's empty one goes
        if self.isVisible():  # at once, as the panels (see addDockWidget): the map keeps its room
            central.show()
        self.panels: Panels = Panels(self)
        self.presentation: Presentation = Presentation(self)
        self.clipboard: ClipboardActions = ClipboardActions(self.scene, self.canvas, self)
        self.clipboard.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.clipboard.refused.connect(self.show_error)
        self.canvas.paste_here_handler = self.clipboard.paste_here
        for spec in ACTIONS:
            action = self.actions_by_id[spec.id]
            describe_action(action)
            if spec.on_canvas:
                self.canvas.addAction(action)  # its shortcut works on the canvas only
        for name, dock in self.panels.docks.items():
            action = self.actions_by_id[f"dock:{name}"]
            dock.visibilityChanged.connect(
                lambda _=False, a=action, d=dock: a.setChecked(not d.isHidden())
            )
            action.setChecked(True)
        self.canvas.zoom_changed.connect(self._show_zoom)
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        if settings.panels:
            self.restoreState(QByteArray.fromBase64(settings.panels.encode("ascii")))
        self.set_document(document if document is not None else self._default_map(), None)
        self.autosave: Autosave = Autosave(self)
        self.file_guard: FileGuard = FileGuard(self)
        self.tab_cycle = set_tab_order(self)
        self.announcer: CanvasAnnouncer = CanvasAnnouncer(self.canvas)
        fill_accessible_names(self)
        self.is_complete = True

    def do_what_was_asked(self) -> None:
        """On the next turn of the event loop, do in order what the user asked for while
        only the frame was up (menu commands, closing the window)."""
        if self._waiting:
            QTimer.singleShot(0, self._do_waiting)

    def _do_waiting(self) -> None:
        while self._waiting:
            job = self._waiting.pop(0)
            try:
                job()
            except BaseException:
                # The rest still runs (and later commands are no longer held back).
                if self._waiting:
                    QTimer.singleShot(0, self._do_waiting)
                raise

    def addDockWidget(
        self, area: Qt.DockWidgetArea, dock: QDockWidget, *orientation: Qt.Orientation
    ) -> None:
        """Add a panel; to a shown window (the frame at start-up) it is shown at once.

        Qt would show it on the next turn of the event loop, and then raising one of tabbed
        panels (app.ui.docks) would not make it the current tab: the panels must look as
        when they are added before the window is shown.
        """
        super().addDockWidget(area, dock, *orientation)
        explicitly_hidden = dock.isHidden() and dock.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )
        if self.isVisible() and not explicitly_hidden:
            dock.show()

    def _run(self, handler: Callable[[MainWindow], object]) -> None:
        """Run an action's handler; once the window is complete when only its frame is (and
        after what was asked for before)."""
        if self.is_complete and not self._waiting:
            handler(self)
        else:
            self._waiting.append(partial(handler, self))

    # -- the open map --------------------------------------------------------------------------

    @property
    def document(self) -> JourneyMap:
        """The map being edited."""
        assert self.session is not None
        return self.session.document

    @property
    def undo_stack(self) -> QUndoStack:
        """The open map's undo stack."""
        assert self.session is not None
        return self.session.undo_stack

    def set_document(self, doc: JourneyMap, path: Path | None, read_only: bool = False) -> None:
        """Show ``doc`` (from ``path``, or unsaved when None) with a fresh undo history."""
        from app.model.fileformat import collector_paused
        from app.ui.canvas.scene import FREEZE_AFTER
        from app.ui.session import DocumentSession

        previous = self.session
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.deleteLater()
            self.scene.start_over()  # the old map's items and layout caches go with it
        session = DocumentSession(doc, path, self)
        session.read_only = read_only
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._on_changed)
        session.undo_stack.cleanChanged.connect(self._update_title)
        self.canvas.set_session(session)
        self.scene.hidden_personas.clear()
        with collector_paused():  # laying out a big map allocates millions of objects
            self.scene.show_document(doc)
        # A big map and its layout live until the next open: keep the garbage collector from
        # rescanning their million objects during edits (what an earlier open froze is let go).
        gc.unfreeze()
        if previous is not None:
            _AWAITED[:] = [ref for ref in _AWAITED if _alive(ref)] + [weakref.ref(previous)]
        if len(doc.touchpoints) >= FREEZE_AFTER and gc.isenabled():  # paused: start-up freezes
            gc.disable()  # until the previous maps are gone: see _freeze_when_deleted
            _freeze_when_deleted()
        self.panels.set_session(session)
        self.clipboard.set_session(session)
        self.find_bar.set_session(session, self.canvas)
        self._update_title()
        self._update_status()
        self.canvas.show_map()
        # Again once the window has its final size (at start-up it is not shown yet).
        QTimer.singleShot(0, self.canvas.show_map)
        self.session_started.emit(session)

    def open(self, path: str | Path) -> bool:
        """Open a map file, or a PDF, PNG or SVG exported by Parcours (as a new unsaved map).

        On a bad file, say what is wrong and keep the current map.
        """
        from app.export.formats import EXPORTS_WITH_MAP, format_for, read_map
        from app.model.errors import InputError
        from app.model.fileformat import EXTENSION, collector_paused
        from app.model.savefile import finish_interrupted_save
        from app.ui.busy import busy

        path = Path(path)
        if path.suffix == EXTENSION:
            # A hard-linked map is rewritten in place; if Parcours was killed during that,
            # the complete new version waits beside it: finish the save the user asked for.
            with contextlib.suppress(OSError):
                if finish_interrupted_save(path):
                    self.statusBar().showMessage(
                        QCoreApplication.translate(
                            "MainWindow",
                            "Finished saving {name}, which an interrupted save left half written",
                        ).format(name=path.name),
                        15000,
                    )
        found = format_for(path)
        native = found is None or found.kind == "journey"  # what read_map reads as a map file
        where = path.resolve()
        read_only = False
        if native:
            # Asked before the file is read: a map the user decides not to open is not read.
            for check in self.before_open:
                choice = check(where)
                if choice == "cancel":
                    return False
                read_only = read_only or choice == "read-only"
        # The shown map's items and layout are let go before the new map is read, so that a
        # long-lived editor does not hold both maps' layouts at once (memory it would keep);
        # the shown map itself stays, and is shown again if the new one cannot be read.
        dropped = native and self.session is not None
        selected: list[str] = []
        if dropped:
            selected = self.scene.selected_touchpoints() + self.scene.selected_notes()
            self.scene.start_over()
            gc.collect()
        try:
            # See app.model.fileformat.collector_paused; a big map takes a second or two.
            with collector_paused(), busy():
                result = read_map(path)  # any format Parcours reads: app/export/formats.py
        except BaseException as error:
            if dropped:
                with collector_paused(), busy():
                    self.scene.show_document(self.document)
                self.scene.select_only(selected)
            if not isinstance(error, InputError):
                raise
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open this map"), error.describe()
            )
            return False
        if result.native:
            with busy():
                self.set_document(result.doc, where, read_only)
            self._remember(where)
            return True
        with busy():
            self.set_document(result.doc, None)
        if found and found.kind in EXPORTS_WITH_MAP:
            message = QCoreApplication.translate(
                "MainWindow", "Recovered the map from {name}; save it to keep it as a {ext} file"
            )
        else:
            message = QCoreApplication.translate(
                "MainWindow", "Imported {name}; save it to keep it as a {ext} file"
            )
        message = message.format(name=path.name, ext=EXTENSION)
        self.statusBar().showMessage("; ".join((message, *result.notes)), 15000)
        return True

    def open_sample(self) -> None:
        """Open the sample map as a new unsaved map (the shipped file is never overwritten)."""
        from app.model.errors import InputError
        from app.model.fileformat import load

        try:
            doc = load(sample_map(self.ui_language))
        except InputError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open the sample map"),
                error.describe(),
            )
            return
        self.set_document(doc, None)

    def _on_changed(self, changes: list[Change]) -> None:
        # Only what the changes touch is laid out again and updated (app.layout.incremental).
        self.scene.apply(self.document, changes)
        self._update_status()
        # An unsaved map is named by its title: the title bar follows each key typed in it.
        retitled = any(
            c.collection == "map" and "title" in (c.fields or {"title"}) for c in changes
        )
        if retitled and self.session is not None and self.session.path is None:
            self._update_title()

    # -- file commands -----------------------------------------------------------------------

    def new_map(self, template: str, language: str) -> None:
        """Start a new unsaved map from a template."""
        from app.model.templates import new_map as make_map

        if self.maybe_save():
            self.set_document(make_map(template, language), None)

    def new_default_map(self) -> None:
        """File ▸ New Map: the template and map language chosen in Preferences."""
        if self.maybe_save():
            self.set_document(self._default_map(), None)

    def _default_map(self) -> JourneyMap:
        from app.model.templates import new_map as make_map

        language = self.settings.new_map_language(self.ui_language)
        return make_map(self.settings.default_template, language)

    def open_dialog(self) -> None:
        """Ask for a map to open."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open map"),
            self.map_folder(),
            map_filter(),
        )
        if path:
            self.open(path)

    def import_dialog(self) -> None:
        """Make a new map from a CSV file or a Mermaid journey."""
        if not self.maybe_save():
            return
        title = QCoreApplication.translate("MainWindow", "Import")
        path, _ = QFileDialog.getOpenFileName(self, title, self.map_folder(), import_filter())
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Import ``path`` (.csv or .mmd, or any file Parcours reads) as a new unsaved map."""
        from app.export.formats import read_map
        from app.model.errors import InputError

        try:
            result = read_map(path)  # the same readers as ``parcours import``
        except InputError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot import this file"),
                error.describe(),
            )
            return False
        self.set_document(result.doc, None)
        if result.notes:
            self.statusBar().showMessage("; ".join(result.notes), 15000)
        return True

    def save(self) -> bool:
        """Save to the map's file (asking for one when it has none)."""
        assert self.session is not None
        if self.session.path is None or self.session.read_only:
            return self.save_as_dialog()
        return self._save_to(self.session.path)

    def save_as_dialog(self) -> bool:
        """Ask where to save the map."""
        from app.model.fileformat import EXTENSION

        suggested = str(Path(self.map_folder()) / f"{_file_name(self.document.title)}{EXTENSION}")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save map as"), suggested, map_filter()
        )
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from app.model.savefile import SaveError

        assert self.session is not None
        if not all(check(path) for check in self.before_save):
            return False
        try:
            self.session.save_to(path, backup=self.settings.keep_backup)
        except SaveError as error:
            self._save_failed(error.describe())
            return False
        except OSError as error:
            self._save_failed(
                QCoreApplication.translate(
                    "MainWindow", "{path}: {reason}. The file on disk is unchanged."
                ).format(path=path, reason=error.strerror or error)
            )
            return False
        self.session.read_only = False
        self._remember(path)
        self._update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {name}").format(name=path.name), 4000
        )
        self.map_saved.emit(path)
        return True

    def _save_failed(self, sentence: str) -> None:
        """Say why the map was not saved; it stays unsaved, and Save As is one click away."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "The map was not saved"),
            sentence,
            parent=self,
        )
        box.setObjectName("save_failed")
        save_as = box.addButton(
            QCoreApplication.translate("MainWindow", "Save As…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            self.save_as_dialog()

    def revert(self) -> None:
        """Reload the map from its file, dropping unsaved changes."""
        if self.session is None or self.session.path is None or not self.session.modified:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Revert to saved"),
            QCoreApplication.translate("MainWindow", "Drop all unsaved changes to this map?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open(self.session.path)

    def export_dialog(self) -> None:
        """Export to PDF, PNG, SVG, CSV or Mermaid, with a preview (File > Export)."""
        from app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.document, self.settings.export, _file_name(self.document.title), self
        )
        exported = QCoreApplication.translate("MainWindow", "Exported {path}")
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(exported.format(path=path), 6000)
        )
        dialog.finished.connect(lambda _: self._remember_export(dialog.remembered()))
        dialog.open()
        self.export_window = dialog

    def _remember_export(self, choices: object) -> None:
        from app.ui.settings import ExportChoices

        assert isinstance(choices, ExportChoices)
        self.settings.export = choices
        if self.persist:
            _save_settings(self.settings)

    def print_map(self) -> None:
        """Print the whole map on one page, drawn as on the canvas (File > Print)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from app.export.options import ExportOptions
        from app.export.printing import print_map

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Also the file name "Print to file" suggests: no ":" or "/" from the title, as Export.
        printer.setDocName(_file_name(self.document.title))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_map(printer, self.document, ExportOptions())
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Sent to the printer"), 4000
            )

    def maybe_save(self) -> bool:
        """Before the map is closed: Save, Discard or Cancel when it has unsaved changes."""
        if self.session is None or not self.session.modified:
            return True
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow", "Save the changes to “{title}” before closing?"
            ).format(title=self.document.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            # Saving may end elsewhere (Save As from a prompt) or in a reload: clean is clean.
            return self.save() or not self.session.modified
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_complete:  # closed at once: once built, as any close (settings kept)
            event.ignore()
            if self.close not in self._waiting:
                self._waiting.append(self.close)
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.panels = bytes(self.saveState().toBase64().data()).decode("ascii")
        if self.persist:
            _save_settings(self.settings)
        self.map_closing.emit()
        event.accept()

    def quit(self) -> None:
        """Close the window (asking about unsaved changes), which ends Parcours."""
        self.close()

    def close_map(self) -> None:
        """Close the map (asking about unsaved changes) and start a new one; Parcours stays open."""
        if self.maybe_save():
            self.set_document(self._default_map(), None)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Closed the map; this is a new one."),
                4000,
            )

    def preferences_dialog(self) -> None:
        """Edit ▸ Preferences: the autosave interval and backups."""
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted and self.persist:
            _save_settings(self.settings)
        dialog.deleteLater()

    def toggle_dock(self, name: str) -> None:
        """Show or hide one of the panels."""
        dock = self.panels.docks[name]
        dock.setHidden(not dock.isHidden())
        if not dock.isHidden():
            dock.raise_()

    # -- edit and view commands -------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected cards."""
        self.canvas.delete_selection()

    def select_all(self) -> None:
        """Select every card."""
        self.scene.select_only(self.scene.cards)

    def undo(self) -> None:
        """Edit ▸ Undo: take the last step back; the cards and notes it brings back (a
        deletion undone) are selected, as they were when deleted, and scrolled into view;
        else those it changed or moved (a title, a score, a move)."""
        self._step_selecting(self.undo_group.undo)

    def redo(self) -> None:
        """Edit ▸ Redo: do the step again; the cards and notes it adds (a paste, a
        duplicate) are selected and scrolled into view, else those it changes or moves."""
        self._step_selecting(self.undo_group.redo)

    def _step_selecting(self, step: Callable[[], None]) -> None:
        session = self.session
        if session is None:
            step()
            return
        added: list[str] = []
        touched: dict[str, None] = {}  # changed or moved, in order, once each

        def note(changes: list[Change]) -> None:
            for c in changes:
                if c.collection in ("touchpoints", "notes"):
                    if c.kind == "added":
                        added.append(c.element_id)
                    elif c.kind != "removed":
                        touched[c.element_id] = None

        session.changed.connect(note)
        try:
            step()
        finally:
            session.changed.disconnect(note)
        # What came back, else what changed (a title typed, a card moved): the user sees it.
        present = [i for i in added or touched if i in self.scene.cards or i in self.scene.notes]
        if present:
            self.scene.select_only(present)
            # Shown, too: the user sees what came back (the view scrolls the least needed).
            sticky = self.scene.notes.get(present[0])
            if sticky is not None:
                self.canvas.reveal(sticky.sceneBoundingRect())
            else:
                self.canvas.reveal_card(present[0])

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.canvas.zoom_in()

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.canvas.zoom_out()

    def fit_map(self) -> None:
        """Show the whole map."""
        self.canvas.fit_map()

    def actual_size(self) -> None:
        """Zoom to 100 %."""
        self.canvas.actual_size()

    def set_theme(self, choice: str) -> None:
        """Follow the system, or force the light or dark palette."""
        self.settings.theme = choice  # type: ignore[assignment]
        self.theme = resolve(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, self.theme)
        self.scene.set_theme(self.theme)
        self._paint_action_icons()
        for key, action in self.actions_by_id.items():
            if key.startswith("theme:"):
                action.setChecked(key == f"theme:{choice}")

    def set_interface_language(self, choice: str) -> str:
        """Show Parcours in ``choice`` ("en", "fr", or "system"); the open map stays as it is.

        Its content, undo history and selection are untouched; every text of the window is
        translated again (menus, actions, docks, status bar, title), and every widget gets
        Qt's ``LanguageChange`` event (panels and dialogs re-set their texts in their
        ``changeEvent``). Returns the language now in use. The setting itself
        (``settings.ui_language``) is the caller's: Preferences stores it.
        """
        language = i18n.install(i18n.resolve(choice))
        # Qt posts LanguageChange to every top-level window: deliver them now, so that
        # everything is in the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()
        return language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._menus:
            self.retranslate()
        super().changeEvent(event)

    def focus_map(self) -> None:
        """Give the map the keyboard focus (View ▸ Go to the Map, F6), from any panel."""
        self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        """Set every text the window itself shows again, in the interface language."""
        self.ui_language = i18n.current_language()
        for path, menu in self._menus.items():
            menu.setTitle(menu_titles(path)[-1])
        for spec in ACTIONS:
            action = self.actions_by_id[spec.id]
            action.setText(action_text(spec))
            action.setStatusTip(action_tip(spec))
        self.actions_by_id["undo"].setText(_undo_text(self._step(-1)))
        self.actions_by_id["redo"].setText(_redo_text(self._step(0)))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar"))
        if not self.is_complete:  # the rest is translated as it is built
            return
        from app.ui.accessibility import describe_action, fill_accessible_names

        for action in self.actions_by_id.values():
            describe_action(action)
        self.panels.retranslate()
        self._update_title()
        self._update_status()
        fill_accessible_names(self)

    def _step(self, offset: int) -> str:
        """The name of the step Undo (offset -1) or Redo (0) would take, when it was named in
        the interface language; "" otherwise (named before a language switch)."""
        stack = self.undo_group.activeStack()
        if stack is None:
            return ""
        command = stack.command(stack.index() + offset)
        if command is None:
            return ""
        if getattr(command, "language", i18n.current_language()) != i18n.current_language():
            return ""
        return command.text()

    def _paint_action_icons(self) -> None:
        """Draw the actions' icons in the palette's text colour (again after a theme change)."""
        # The application's palette: the window's own follows it only later (after a theme
        # change its text colour was still the previous theme's).
        from app.ui.icons import action_icon

        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
        for spec in ACTIONS:
            if spec.icon:
                self.actions_by_id[spec.id].setIcon(action_icon(spec.icon, colour))

    def _system_scheme_changed(self) -> None:
        if self.settings.theme == "system":
            self.set_theme("system")

    def about(self) -> None:
        """Say what Parcours is, its licence, what it bundles and what it runs on."""
        import platform

        import PySide6
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Parcours"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Parcours {version}</h3><p>An offline editor for customer-journey maps.</p>"
                "<p>Your maps stay on your computer: no account, no network.</p>"
                "<p>Released under the MIT licence. Icons drawn for Parcours (MIT). Maps are "
                "drawn in Noto Sans, under the SIL Open Font License 1.1.</p>"
                "<p><small>Python {python} · Qt {qt} · PySide6 {pyside}</small></p>",
            ).format(
                version=__version__,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=PySide6.__version__,
            ),
        )

    def show_error(self, title: str, text: str) -> None:
        """Tell the user what went wrong, in sentences."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, self
        )
        box.setInformativeText(text)
        box.exec()

    # -- building the window ----------------------------------------------------------------

    def _build_menus(self, theme: str) -> None:
        """Turn the action table into menus; the Open Recent submenu is filled when opened.

        Part of the frame: the panels' and the canvas's actions are tied to them by
        :meth:`complete`.
        """
        menus = self._menus

        def menu_for(path: str) -> QMenu:
            if path not in menus:
                parent, _, _title = path.rpartition("/")
                holder = menu_for(parent) if parent else self.menuBar()
                menus[path] = holder.addMenu(menu_titles(path)[-1])
            return menus[path]

        groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            menu = menu_for(spec.menu)
            if spec.separator_before:
                menu.addSeparator()
            action = QAction(action_text(spec), self)
            action.setObjectName(spec.id)
            action.setShortcuts(key_sequences(spec))
            action.setStatusTip(action_tip(spec))
            action.setCheckable(spec.checkable)
            if spec.on_canvas:
                # A canvas key does nothing before there is a canvas (the frame at start-up):
                # it must not wait, to change the map start-up opens.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            action.triggered.connect(lambda _=False, handler=spec.handler: self._run(handler))
            menu.addAction(action)
            self.actions_by_id[spec.id] = action
            if spec.id == "open":
                # Filled from the settings each time it is shown.
                # Owned by the window, not by the File menu (a QA session once found it
                # deleted while the File menu was still shown).
                self.recent_menu = QMenu(
                    QCoreApplication.translate("MainWindow", "Open &Recent"), self
                )
                menu.addMenu(self.recent_menu)
                self.recent_menu.setObjectName("recent_menu")
                self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.actions_by_id[f"theme:{theme}"].setChecked(True)
        undo, redo = self.actions_by_id["undo"], self.actions_by_id["redo"]
        self.undo_group.undoTextChanged.connect(lambda _: undo.setText(_undo_text(self._step(-1))))
        self.undo_group.redoTextChanged.connect(lambda _: redo.setText(_redo_text(self._step(0))))
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        for spec in ACTIONS:
            if spec.id.startswith("dock:"):
                self.actions_by_id[spec.id].setChecked(True)  # every panel shows at first

    def open_sample_if_saved(self) -> None:
        """Open the sample map, after asking about unsaved changes."""
        if self.maybe_save():
            self.open_sample()

    def _fill_recent(self) -> None:
        shown = self.sender()  # the menu about to show, whatever became of the attribute
        if isinstance(shown, QMenu) and shiboken6.isValid(shown):
            self.recent_menu = shown
        self.recent_menu.clear()
        # Before the window is complete (the frame at start-up) the settings are not read yet.
        recent = self.settings.recent_files if self.is_complete else []
        files = [f for f in recent if Path(f).exists()]
        if not files:
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent maps")
            ).setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.maybe_save() and self.open(p))

    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def _update_status(self) -> None:
        self.count_label.setText(summary(self.document))

    def _update_title(self) -> None:
        if self.session is None:
            return
        if self.session.path:
            name = self.session.path.name
        else:
            name = QCoreApplication.translate("MainWindow", "{title} (unsaved)").format(
                title=self.document.title
            )
        if self.session.read_only:
            name = QCoreApplication.translate("MainWindow", "{name} (read-only)").format(name=name)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{name}[*] — Parcours").format(name=name)
        )
        self.setWindowModified(self.session.modified)
        self.actions_by_id["revert"].setEnabled(self.session.path is not None)

    def _remember(self, path: Path) -> None:
        self.settings.remember(str(path))
        if self.persist:
            _save_settings(self.settings)

    def map_folder(self) -> str:
        """Where file dialogs start: the open map's folder, else the last map's, else home."""
        if self.session is not None and self.session.path is not None:
            return str(self.session.path.parent)
        if self.settings.recent_files:
            return str(Path(self.settings.recent_files[0]).parent)
        return str(Path.home())


_AWAITED: list[weakref.ref[DocumentSession]] = []
"""Sessions replaced by another map and not yet deleted (``deleteLater``)."""


def _freeze_when_deleted(tries: int = 50, turns: int = 2) -> None:
    """Collect the garbage once the replaced sessions are deleted, freeze what lives, resume
    collecting.

    A replaced session is deleted later (``deleteLater``), and the panels' old widgets,
    deleted later too (some a turn of the event loop after it), keep it and its whole map
    until then; frozen while still alive, that map would stay in memory until the next
    open. So the collection waits for every replaced session's deletion (maps opened
    meanwhile included) and ``turns`` more turns of the event loop (at most ``tries`` in
    all); the collector stays paused until then (a freshly laid-out map is a million young
    objects it would rescan).
    """
    if any(_alive(ref) for ref in _AWAITED):
        turns = 3  # two more after the turn that finds them all deleted
    if turns > 0 and tries > 0:
        QTimer.singleShot(0, partial(_freeze_when_deleted, tries - 1, turns - 1))
        return
    _AWAITED.clear()
    gc.collect()
    gc.freeze()
    gc.enable()
    _return_free_memory()


def _alive(ref: weakref.ref[DocumentSession]) -> bool:
    session = ref()
    return session is not None and shiboken6.isValid(session)


def _return_free_memory() -> None:
    """Hand the pages the previous map freed back to the system (glibc keeps them otherwise:
    a long-lived editor reopening a 10,000-card map grew 30 % instead of 23 %)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only after opening a big map: not at start-up

    with contextlib.suppress(OSError, AttributeError):  # AttributeError: not glibc (musl)
        ctypes.CDLL(None).malloc_trim(0)


def summary(doc: JourneyMap) -> str:
    """The status bar's count: ``5 phases · 17 touchpoints · 2 personas`` (plurals by language)."""
    return " · ".join(
        (
            i18n.plural(
                "MainWindow",
                len(doc.phases),
                QT_TRANSLATE_NOOP("MainWindow", "{n} phase"),
                QT_TRANSLATE_NOOP("MainWindow", "{n} phases"),
            ),
            i18n.plural(
                "MainWindow",
                len(doc.touchpoints),
                QT_TRANSLATE_NOOP("MainWindow", "{n} touchpoint"),
                QT_TRANSLATE_NOOP("MainWindow", "{n} touchpoints"),
            ),
            i18n.plural(
                "MainWindow",
                len(doc.personas),
                QT_TRANSLATE_NOOP("MainWindow", "{n} persona"),
                QT_TRANSLATE_NOOP("MainWindow", "{n} personas"),
            ),
        )
    )


def _undo_text(step: str) -> str:
    """Edit ▸ Undo, naming the step it takes back."""
    if not step:
        return QCoreApplication.translate("Actions", "&Undo")
    return QCoreApplication.translate("MainWindow", "&Undo {step}").format(step=step)


def _redo_text(step: str) -> str:
    """Edit ▸ Redo, naming the step it makes again."""
    if not step:
        return QCoreApplication.translate("Actions", "&Redo")
    return QCoreApplication.translate("MainWindow", "&Redo {step}").format(step=step)


def _file_name(title: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip()
    return "-".join(cleaned.split())[:60] or "journey"
