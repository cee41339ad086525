"""Moving around the map: zoom, pan, scrolling things into view, and the pinned headers.

:class:`MapViewport` is the part of the canvas view that only looks; the
gestures that edit the map live in :class:`app.ui.canvas.view.JourneyView`.
"""

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QNativeGestureEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.export.qt.draw import LOW_DETAIL, draw_lane_headers, draw_phase, draw_phase_name
from app.export.qt.text import metrics_for
from app.export.qt.theme import Theme
from app.layout.model import LaneBox, Layout, PhaseBox
from app.ui.canvas.scene import JourneyScene

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
READABLE_ZOOM = 0.6
"""A map opens at least this close, so that a first look shows words, not shapes."""
ZOOM_STEP = 1.25


SLIDE_MARGIN = 12.0
"""Room (scene units) kept between a sliding phase name and the edges it slides between."""


class MapViewport(QGraphicsView):
    """Shows a :class:`JourneyScene`, zoomed and scrolled, with phase and lane names pinned."""

    zoom_changed = Signal(float)

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    # -- zoom and pan -------------------------------------------------------------------

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor``, keeping the scene point under ``anchor`` (view pixels) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.resetTransform()
        self.scale(factor, factor)
        after = self.mapToScene(anchor.toPoint())
        shift = after - before
        self.translate(shift.x(), shift.y())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        """100 %."""
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """Show the whole map."""
        rect = self.journey_scene.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        factor = 0.98 * min(view.width() / rect.width(), view.height() / rect.height())
        self.set_zoom(factor)
        self.centerOn(rect.center())

    def show_map(self) -> None:
        """The view a map opens with: all of it when that stays readable, else its start;
        never larger than life (a blank map opened at 155 %)."""
        rect = self.journey_scene.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        fit = 0.98 * min(view.width() / rect.width(), view.height() / rect.height())
        if fit > 1.0:
            self.set_zoom(1.0)
            self.centerOn(rect.center())
        elif fit >= READABLE_ZOOM:
            self.fit_map()
        else:
            self.set_zoom(READABLE_ZOOM)
            self.show_top_left()

    def reveal(self, rect: QRectF, margin: float = 24) -> None:
        """Scroll the least needed so that ``rect`` (scene units) shows clear of the pinned headers.

        ``ensureVisible`` would count the part of the view under the pinned lane and
        phase names as visible, leaving a card there hidden and out of the mouse's reach.
        """
        layout = self.journey_scene.layout
        zoom = max(self.zoom(), 1e-6)
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        left = seen.left() + (layout.lane_header_width if layout is not None else 0.0)
        top = seen.top() + (layout.header_height if layout is not None else 0.0)
        pad = margin / zoom
        dx = _shift(rect.left() - pad, rect.right() + pad, left, seen.right())
        dy = _shift(rect.top() - pad, rect.bottom() + pad, top, seen.bottom())
        for bar, delta in ((self.horizontalScrollBar(), dx), (self.verticalScrollBar(), dy)):
            if delta:
                bar.setValue(bar.value() + round(delta * zoom))

    def reveal_card(self, touchpoint_id: str, margin: float = 24) -> None:
        """Scroll a card into view, clear of the pinned headers."""
        layout = self.journey_scene.layout
        box = layout.card(touchpoint_id) if layout is not None else None
        if box is not None:
            self.reveal(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h), margin)

    def show_top_left(self) -> None:
        """Scroll to the map's top-left corner (lane headers and first phase)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    # -- headers pinned to the view's edges ---------------------------------------------------

    def header_offsets(self) -> tuple[float, float]:
        """How far (scene units) lane headers and phase headers are pushed to stay in view."""
        corner = self.mapToScene(0, 0)
        return max(0.0, corner.x()), max(0.0, corner.y())

    def _header_at(self, pos: QPointF) -> PhaseBox | LaneBox | None:
        """The phase or lane header under ``pos``, where it is drawn (pinned when scrolled)."""
        layout = self.journey_scene.layout
        if layout is None:
            return None
        dx, dy = self.header_offsets()
        if pos.x() - dx < layout.lane_header_width and pos.y() - dy < layout.header_height:
            return None  # the empty corner where both pinned bands meet
        for phase in layout.phases:
            if phase.header.contains(pos.x(), pos.y() - dy):
                return phase
        for lane in layout.lanes:
            if lane.header.contains(pos.x() - dx, pos.y()):
                return lane
        return None

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Lane names stay on the left and phase names on top while the map scrolls."""
        layout = self.journey_scene.layout
        if layout is None:
            return
        dx, dy = self.header_offsets()
        theme, zoom = self.journey_scene.theme, self.zoom()
        sliding = self.sliding_phase_names() if zoom >= LOW_DETAIL / 3 else []
        if dx <= 0 and dy <= 0 and not sliding:
            return
        painter.save()
        if dx > 0:
            draw_pinned_lanes(painter, layout, theme, zoom, dx)
        if dy > 0:
            draw_pinned_phases(painter, layout, theme, zoom, dy)
        for phase, shift in sliding:
            # Over the name where it is centred (cut by the view's edge), in the phase's colour;
            # the header's rounded ends are left as they are.
            header = phase.header
            painter.fillRect(
                QRectF(header.x + 12, header.y + dy + 4, header.w - 24, header.h - 8),
                QColor(phase.colour),
            )
            painter.save()
            painter.translate(0, dy)
            draw_phase_name(painter, phase, theme, shift)
            painter.restore()
        if dx > 0 or dy > 0:
            cover_header_corner(painter, layout, theme, dx, dy)
        painter.restore()

    def sliding_phase_names(self) -> list[tuple[PhaseBox, float]]:
        """Phases wider than the view whose centred name is out of sight, each with how far
        (scene units) its name is moved to stay in sight: as near its place as it can be,
        inside its phase and clear of the pinned lane names."""
        layout = self.journey_scene.layout
        if layout is None:
            return []
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        left = max(seen.left(), 0.0) + layout.lane_header_width + SLIDE_MARGIN
        right = seen.right() - SLIDE_MARGIN
        moved = []
        for phase in layout.phases:
            header, title = phase.header, phase.title
            if header.right <= left or header.x >= right or not title.lines:
                continue  # not in view, or nameless
            # The name is centred in its box: where its widest line starts and ends.
            metrics = metrics_for(title.style)
            width = max(metrics.horizontalAdvance(line) for line in title.lines)
            start = title.rect.centre_x - width / 2
            if start >= left and start + width <= right:
                continue  # in sight where it is
            low = max(header.x + SLIDE_MARGIN, left)
            high = min(header.right - SLIDE_MARGIN, right) - width
            if low > high:
                continue  # no room for the whole name in the part shown
            x = min(max(start, low), high)
            if x != start:
                moved.append((phase, x - start))
        return moved

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Pinned headers move with the view, not the scene: a scrolled copy would be stale.
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (ZOOM_STEP**steps), event.position())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Time runs sideways: Shift + wheel scrolls along the journey.
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y() - event.angleDelta().x())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1 + event.value()), event.position())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self.zoom() * pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)


def draw_pinned_lanes(
    painter: QPainter, layout: Layout, theme: Theme, zoom: float, dx: float
) -> None:
    """The lane names drawn ``dx`` to the right, as if pinned to the view's left edge."""
    painter.save()
    painter.translate(dx, 0)
    painter.setClipRect(QRectF(0, layout.header_height, layout.lane_header_width, layout.height))
    draw_lane_headers(painter, layout, theme, zoom)
    painter.restore()


def draw_pinned_phases(
    painter: QPainter, layout: Layout, theme: Theme, zoom: float, dy: float
) -> None:
    """The phase names drawn ``dy`` down on the background, as if pinned to the view's top."""
    painter.save()
    painter.translate(0, dy)
    band = QRectF(0, 0, layout.width, layout.header_height)
    painter.setClipRect(band)
    painter.fillRect(band, theme.background)
    for phase in layout.phases:
        draw_phase(painter, phase, theme, zoom)
    painter.restore()


def cover_header_corner(
    painter: QPainter, layout: Layout, theme: Theme, dx: float, dy: float
) -> None:
    """Blank the corner where pinned lane and phase names would overlap."""
    painter.fillRect(
        QRectF(dx, dy, layout.lane_header_width, layout.header_height), theme.background
    )


def _shift(low: float, high: float, start: float, end: float) -> float:
    """How far to scroll so that [low, high] fits in [start, end] (its start first if too long)."""
    if low < start:
        return low - start
    if high > end:
        return min(high - end, low - start)
    return 0.0
