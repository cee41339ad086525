"""What the audience sees: the zoom that keeps a phase legible, where it goes on screen,
the other phases faded beside it, and the window on a second screen."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.layout.model import Layout, PhaseBox
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.canvas.navigation import cover_header_corner, draw_pinned_lanes, draw_pinned_phases
from app.ui.canvas.view import JourneyView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

LEGIBLE_PX = 24.0
"""Card titles are at least this many pixels high on screen while a phase is shown."""
MAX_PHASE_ZOOM = 3.0
"""A phase with few lanes is not blown up beyond this."""
TOP_MARGIN = 12.0
"""Scene units shown above the phase headers."""
DIM = 0.78
"""How much the phases beside the current one fade into the background."""


def tr(text: str) -> str:
    """``text`` in the user's language (every sentence presentation mode shows is in TEXT)."""
    return QCoreApplication.translate("Presentation", text)


TEXT = {
    "now_showing": QT_TRANSLATE_NOOP("Presentation", "Now showing: {name}"),
    "overview": QT_TRANSLATE_NOOP("Presentation", "the whole map"),
    "audience": QT_TRANSLATE_NOOP("Presentation", "Parcours presentation"),
    "keys": QT_TRANSLATE_NOOP(
        "Presentation", "→ ← phases   ↓ ↑ emotions   O whole map   H contrast   Esc leave"
    ),
}


class ScreenLike(Protocol):
    """What :func:`audience_screen` needs of a screen (a QScreen, or a fake in tests)."""

    def geometry(self) -> QRect: ...


S = TypeVar("S", bound=ScreenLike)


def audience_screen(screens: Sequence[S], editor: S | None) -> S | None:
    """The screen the audience sees: the largest one that is not the editor's; None with one."""
    others = [s for s in screens if s is not editor and s != editor]
    if not others or len(screens) < 2:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


def phase_zoom(layout: Layout, phase: PhaseBox, view: QSize) -> float:
    """The zoom that shows ``phase`` as large as fits ``view``, never with titles below 24 px.

    A phase taller or wider than the screen at the legible size scrolls; it is not shrunk.
    """
    fit = 0.96 * min(view.width() / phase.body.w, view.height() / (layout.height + TOP_MARGIN))
    sizes = [card.title.style.size for card in layout.cards]
    legible = LEGIBLE_PX / min(sizes) * 1.0005 if sizes else 0.0  # a hair above 24.0 px
    return max(legible, min(fit, MAX_PHASE_ZOOM))


def place_phase(view: JourneyView, layout: Layout, phase: PhaseBox) -> bool:
    """Zoom and scroll ``view`` onto ``phase``: centred, from the top of the map.

    Returns whether lane names fit pinned on its left (only when the whole phase still
    shows beside them; a phase wider than the screen starts at its left edge).
    """
    size = view.viewport().size()
    view.set_zoom(phase_zoom(layout, phase, size))
    zoom = view.zoom()
    width = phase.body.w * zoom
    lanes = layout.lane_header_width * zoom
    pinned = width + lanes <= size.width()
    left = lanes if pinned else 0.0
    room = size.width() - left
    at = left + (room - width) / 2 if width <= room else left
    centre_x = phase.body.x + (size.width() / 2 - at) / zoom
    if (layout.height + TOP_MARGIN) * zoom <= size.height():
        centre_y = layout.height / 2
    else:
        centre_y = -TOP_MARGIN + size.height() / 2 / zoom
    view.centerOn(QPointF(centre_x, centre_y))
    return pinned


def paint_stage(
    painter: QPainter, view: JourneyView, phase: PhaseBox, overview: bool, pin_lanes: bool
) -> None:
    """Over the scene: phase names pinned on top, the other phases faded (or, in the
    overview, the current one outlined), lane names pinned on the left when asked."""
    scene = view.journey_scene
    layout = scene.layout
    if layout is None:
        return
    theme, zoom = scene.theme, view.zoom()
    dx, dy = view.header_offsets()
    painter.save()
    if dy > 0:
        draw_pinned_phases(painter, layout, theme, zoom, dy)
    whole = scene.sceneRect().united(view.mapToScene(view.viewport().rect()).boundingRect())
    column = QRectF(phase.header.x, 0, phase.header.w, layout.height)
    if overview:
        pen = QPen(theme.selection, 4)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(column)
    else:
        veil = QColor(theme.background)
        veil.setAlphaF(DIM)
        start = layout.lane_header_width
        painter.fillRect(QRectF(start, whole.top(), column.left() - start, whole.height()), veil)
        painter.fillRect(
            QRectF(column.right(), whole.top(), whole.right() - column.right(), whole.height()),
            veil,
        )
    if pin_lanes and dx > 0:
        draw_pinned_lanes(painter, layout, theme, zoom, dx)
        cover_header_corner(painter, layout, theme, dx, dy)
    painter.restore()


class AudienceWindow(QWidget):
    """The full-screen window on the second screen: one more view of the editor's scene."""

    closed = Signal()

    def __init__(self, window: "MainWindow") -> None:
        # A window of its own, deleted with the editor's.
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(tr(TEXT["audience"]))
        self.view = JourneyView(window.scene, self)
        self.view.setObjectName("presentation_view")
        if window.session is not None:
            self.view.set_session(window.session)
        self.view.paste_here_handler = window.clipboard.paste_here
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        for key in ("undo", "redo"):
            self.addAction(window.actions_by_id[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(tr(TEXT["audience"]))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
