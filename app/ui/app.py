"""Starting the editor: the interface language, a display check, the palette, the window,
the first map."""

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.model.document import JourneyMap
    from app.ui.main_window import MainWindow


def display_problem() -> str | None:
    """Why Parcours cannot show a window here, or None when it can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the user chose a platform on purpose
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return translate(
            "App",
            "Parcours cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from a desktop session, or use the command "
            "line without a window: parcours --help",
        )
    return None


@contextmanager
def collector_paused_for_start_up() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the collector is on after it.

    Start-up makes a few hundred thousand objects that live as long as the window
    (modules, pydantic schemas, Qt enums, widgets, the first map) and almost no garbage;
    the collector would scan them all again several times for nothing (a tenth of the
    time to the first paint). They are then frozen (``gc.freeze``), so that turning the
    collector back on does not start by scanning them all once more, nor does any later
    collection (opening another map lets them go again: see ``MainWindow.set_document``).
    The editor runs with the collector on, whatever the state before: ``parcours`` pauses
    it from the start of the command (``app.cli``).
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def run_editor(path: Path | None = None, language: str | None = None) -> int:
    """Open the editor on ``path``, else the last map, else the sample; return the status.

    ``language`` (``parcours --lang fr``) overrides the interface language of the settings
    for this run.
    """
    with collector_paused_for_start_up():
        started = _start(path, language)
    if started is None:
        return 1
    app, _window = started  # both stay referenced until the editor is closed
    return app.exec()


def _start(path: Path | None, language: str | None) -> "tuple[QApplication, MainWindow] | None":
    """Show the window and the first map; None when there is no display to show it on.

    The window's frame (menus, toolbar, status bar) is shown and painted first, before
    pydantic and the document model are imported; then the rest of the window is built and
    the first map shown. Both happen before this returns.
    """
    from app import i18n
    from app.resources import lighten_pyside_import_hook

    lighten_pyside_import_hook()  # before the window's modules are imported: see there
    from app.ui.frame_settings import read_frame_settings

    # The few settings the frame needs, read without pydantic (QSettings names its store
    # itself: no QApplication needed).
    frame = read_frame_settings()
    i18n.install(language or i18n.resolve(frame.ui_language))  # before any text is made
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)  # noqa: T201 - the only way to say it without a window
        return None
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Parcours")
    app.setOrganizationName("Parcours")
    app.setApplicationDisplayName("Parcours")
    # The desktop shell matches windows to the menu entry (parcours.desktop) by this name,
    # and shows the entry's icon; the icon set here is for shells that read it off windows.
    app.setDesktopFileName("parcours")
    from PySide6.QtGui import QIcon

    from app.resources import ICONS

    app.setWindowIcon(QIcon(str(ICONS / "parcours.svg")))
    i18n.attach()  # Qt's own buttons and dialogs (qtbase_fr.qm) and Parcours' catalogues
    from app.ui.crash import install_crash_handler

    install_crash_handler("Parcours")  # after the names: they choose the data folder

    from app.ui.appearance import apply_palette, resolve
    from app.ui.main_window import MainWindow

    # Style and palette before the first widget: each is then polished once, not twice.
    apply_palette(app, resolve(frame.theme))
    _register_map_font()
    window = MainWindow(frame=frame)
    if frame.geometry:
        window.show()
    else:
        window.showMaximized()  # first launch: a map wants room
    wait_for_first_paint(window)

    from app.ui.settings import load_settings

    settings = load_settings()
    if language is None and settings.ui_language != frame.ui_language:
        # The stored settings were not all valid: every one is its default, the language too.
        window.set_interface_language(settings.ui_language)
    last = settings.last_file
    opening = path is not None or bool(last and Path(last).exists())
    # On a first launch the sample is the first map: the window is built showing it, rather
    # than a new map laid out and shown only to be replaced at once.
    first = None if opening else _sample()
    window.complete(settings, document=first)
    from app.resources import forget_module_sources

    forget_module_sources()  # what the window needs is imported: see there (≈ 10 MiB)
    from app.ui.recovery_dialog import offer_recovery

    restored = offer_recovery(window)  # a restored map is showing: open nothing over it
    if not restored and path is not None:
        if not window.open(path):
            window.open_sample()
    elif not restored and last and opening:
        if not window.open(last):
            window.open_sample()
    elif not restored and first is None:
        window.open_sample()  # the sample could not be read: this says why
    # What the user chose while only the frame was up (a command, closing the window) is
    # done now that the first map is open, in the editor's event loop — not in the event
    # loop of a dialog start-up showed (recovery, a locked or unreadable file).
    window.do_what_was_asked()
    return app, window


def _register_map_font() -> None:
    """Register the map's font (the bundled Noto Sans) before the first widget is made.

    The window used to be built after the map had registered it: where the desktop names
    no interface font (a bare X server), Qt then set menus and panels in it too. The frame
    comes before the map, so the font is registered here, as ``app.export.qt.text``
    registers it (again when the map is drawn: a cheap no-op for Qt), lest the menus
    be set in another font than the panels.
    """
    from PySide6.QtGui import QFontDatabase

    from app.resources import FONTS

    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(FONTS / name))


def wait_for_first_paint(window: "QWidget", limit_ms: int = 1000) -> bool:
    """Run the event loop until ``window`` has been painted, and one turn more (what waited
    for that paint runs); at most ``limit_ms`` (a window opened on a hidden desktop is not
    painted). Whether it was painted."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    limit = QTimer(loop)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    after = QTimer(loop)  # the next turn of the event loop, once painted
    after.setSingleShot(True)
    after.timeout.connect(loop.quit)

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                after.start(0)
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    limit.start(limit_ms)
    loop.exec()
    window.removeEventFilter(watch)
    return watch.painted


def _sample() -> "JourneyMap | None":
    """The sample map in the interface language; None when it cannot be read (the window
    then opens it as before, which says why)."""
    from app import i18n
    from app.model.errors import InputError
    from app.model.fileformat import load
    from app.resources import sample_map

    try:
        return load(sample_map(i18n.current_language()))
    except InputError:
        return None
