"""The comparison view: the future-state map with what changed from the current state.

The future map is drawn as on the canvas (a :class:`JourneyScene`, read-only);
the current state's emotion curves are drawn dashed under the future's solid
ones; cards added or changed are outlined and tagged; removed cards, which have
no place on the future map, are listed beside it with every other difference.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from app.export.pdfcompare import (
    ADDED,
    CHANGED,
    KIND_COLOURS,
    CardMark,
    card_marks,
    export_comparison_pdf,
)
from app.export.qt.draw import qrect
from app.export.qt.theme import LIGHT, Theme
from app.layout import layout as compute_layout
from app.layout.geometry import Rect
from app.layout.marks import change_tag
from app.model.compare import comparison_maps, diff, differences, field_label
from app.model.document import JourneyMap
from app.model.fileformat import atomic_write
from app.ui.canvas.items import Z_CARD, Z_CURVE, CurveItem
from app.ui.canvas.scene import JourneyScene

CURRENT_OPACITY = 0.7
"""The current state's curves are drawn a little faded, under the future's."""
READABLE_ZOOM = 0.8
"""Showing a difference zooms in at least this far, so the card can be read."""


def ask_save_file(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """A Save File dialog; the file chosen, or None (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(path) if path else None


class ChangeMarker(QGraphicsItem):
    """The outline and tag of a card that the future state adds or changes."""

    def __init__(self, mark: CardMark, card: Rect) -> None:
        super().__init__()
        self.touchpoint_id, self.kind, self.fields = mark.touchpoint_id, mark.kind, mark.fields
        self.tag = mark.tag
        self.colour = QColor(KIND_COLOURS[mark.kind])
        self.card = QRectF(card.x, card.y, card.w, card.h)
        self.font = QFont()
        self.font.setPixelSize(11)
        self.font.setBold(True)
        width = QFontMetricsF(self.font).horizontalAdvance(self.tag)
        self.tag_rect = qrect(change_tag(card, width))
        self.setZValue(Z_CARD + 1)
        if mark.kind == "added":
            self.setToolTip(QCoreApplication.translate("Comparison", "New in the future state."))
        else:
            fields = ", ".join(field_label(f) for f in mark.fields)
            self.setToolTip(
                QCoreApplication.translate(
                    "Comparison", "Changed in the future state: {fields}."
                ).format(fields=fields)
            )

    def boundingRect(self) -> QRectF:
        return self.card.adjusted(-7, -15, 7, 7)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.card.adjusted(-4, -4, 4, 4), 11, 11)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self.tag_rect, 9, 9)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.font)
        painter.drawText(self.tag_rect, Qt.AlignmentFlag.AlignCenter, self.tag)


class ComparisonMapView(QGraphicsView):
    """The future map, read-only: drag to pan, Ctrl+wheel to zoom."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("comparison_map")
        self.setInteractive(False)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    @property
    def zoom(self) -> float:
        """How many screen pixels a map unit takes."""
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
            return
        super().wheelEvent(event)

    def fit(self) -> None:
        """Show the whole map."""
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def reveal(self, rect: QRectF) -> None:
        """Centre ``rect``, zooming in first if the map is too small to read."""
        if self.zoom < READABLE_ZOOM:
            self.resetTransform()
            self.scale(READABLE_ZOOM, READABLE_ZOOM)
        self.centerOn(rect.center())


class ComparisonDialog(QDialog):
    """Current vs future state: the future map with the changes marked, and the list of them.

    Attributes:
        markers: The outline of each card added or changed, by touchpoint id.
        current_curves: The current state's (dashed) curve of each persona both maps share.
        differences: The list of every difference (objectName ``differences``);
            clicking one shows its card.
        removed: The cards the future state removes (objectName ``removed``).
    """

    def __init__(
        self,
        current: JourneyMap,
        future: JourneyMap,
        theme: Theme = LIGHT,
        parent: QWidget | None = None,
        file_name: str = "comparison",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.file_name = file_name
        self.current, self.future = current, future
        self.scene = JourneyScene(theme, self)
        self.view = ComparisonMapView(self.scene, self)
        self.markers: dict[str, ChangeMarker] = {}
        self.current_curves: dict[str, CurveItem] = {}
        self.on_exported: Callable[[Path], None] | None = None
        self._session: Any = None

        self.heading = QLabel(self)
        self.heading.setObjectName("comparison_heading")
        self.heading.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setObjectName("comparison_legend")
        self.legend.setWordWrap(True)
        self.differences = QListWidget(self)
        self.differences.setObjectName("differences")
        self.differences.setWordWrap(True)
        self.differences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.differences.itemClicked.connect(self.show_difference)
        self.differences.itemActivated.connect(self.show_difference)
        self.removed = QListWidget(self)
        self.removed.setObjectName("removed")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_pdf")
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.status = QLabel(self)
        self.status.setObjectName("comparison_status")
        self.status.setWordWrap(True)
        self.differences_label = QLabel(self)
        self.removed_label = QLabel(self)
        self._arrange()
        self.resize(1400, 850)
        self._retranslate_static()
        self.set_maps(current, future)

    def _retranslate_static(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Comparison", "Current and future state"))
        self.legend.setText(
            QCoreApplication.translate(
                "Comparison",
                "Emotion curves: current state dashed, future state solid. "
                '<span style="color:{added}">■</span> card added, '
                '<span style="color:{changed}">■</span> card changed.',
            ).format(added=ADDED, changed=CHANGED)
        )
        self.differences.setAccessibleName(QCoreApplication.translate("Comparison", "Differences"))
        self.removed.setAccessibleName(QCoreApplication.translate("Comparison", "Cards removed"))
        self.export_button.setText(QCoreApplication.translate("Comparison", "Export PDF…"))
        self.differences_label.setText(QCoreApplication.translate("Comparison", "Differences"))
        self.removed_label.setText(
            QCoreApplication.translate("Comparison", "Cards removed in the future state")
        )

    def retranslate(self) -> None:
        """Every text again in the interface language (after a language switch)."""
        self._retranslate_static()
        self.set_maps(self.current, self.future)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _arrange(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.legend)
        column.addWidget(self.differences_label)
        column.addWidget(self.differences, 3)
        column.addWidget(self.removed_label)
        column.addWidget(self.removed, 1)
        column.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 400])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    # -- showing the two maps ------------------------------------------------------------------

    def set_maps(self, current: JourneyMap, future: JourneyMap) -> None:
        """Show the comparison of ``current`` and ``future`` (again, after an edit)."""
        self.current, self.future = current, future
        d = diff(current, future)
        self.heading.setText(
            QCoreApplication.translate(
                "Comparison", "“{future}” compared with the current state “{current}”."
            ).format(future=future.title, current=current.title)
        )
        shown, ghost = comparison_maps(current, future)
        self.scene.sync(compute_layout(shown, self.scene.measure))
        self._show_current_curves(ghost)
        self._show_markers(card_marks(d, future.language))
        self.differences.clear()
        self.removed.clear()
        for difference in differences(d, current, future):
            item = QListWidgetItem(difference.text, self.differences)
            item.setData(Qt.ItemDataRole.UserRole, difference.touchpoint_id)
            item.setForeground(QColor(KIND_COLOURS.get(difference.kind, "#555555")))
            if difference.kind == "removed":
                gone = QListWidgetItem(current.touchpoint(difference.touchpoint_id or "").title)
                gone.setData(Qt.ItemDataRole.UserRole, difference.touchpoint_id)
                self.removed.addItem(gone)
        if d.is_empty:
            self.differences.addItem(
                QCoreApplication.translate(
                    "Comparison", "No differences: the two maps tell the same journey."
                )
            )

    def _show_current_curves(self, ghost: JourneyMap) -> None:
        for item in self.current_curves.values():
            self.scene.removeItem(item)
        self.current_curves.clear()
        for curve in compute_layout(ghost, self.scene.measure).curves:
            if not curve.points:
                continue
            item = CurveItem(curve, self.scene.theme)
            item.setOpacity(CURRENT_OPACITY)
            item.setZValue(Z_CURVE - 0.5)
            self.scene.addItem(item)
            self.current_curves[curve.persona_id] = item

    def _show_markers(self, marks: dict[str, CardMark]) -> None:
        for marker in self.markers.values():
            self.scene.removeItem(marker)
        self.markers.clear()
        layout = self.scene.layout
        assert layout is not None
        for card in layout.cards:
            mark = marks.get(card.touchpoint_id)
            if mark is not None:
                marker = ChangeMarker(mark, card.rect)
                self.scene.addItem(marker)
                self.markers[card.touchpoint_id] = marker

    def follow(self, session: Any) -> None:
        """Show the future map again after every edit made to it in ``session``."""
        session.changed.connect(self._future_changed)
        self._session = session

    def _future_changed(self, changes: object) -> None:
        del changes
        self.set_maps(self.current, self._session.document)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.view.fit()

    # -- acting on it --------------------------------------------------------------------------

    def show_difference(self, item: QListWidgetItem) -> None:
        """Scroll the map to the card a difference is about (removed cards have none)."""
        touchpoint_id = item.data(Qt.ItemDataRole.UserRole)
        card = self.scene.cards.get(touchpoint_id) if touchpoint_id else None
        if card is None:
            self.status.setText(
                QCoreApplication.translate(
                    "Comparison",
                    "This card is not in the future state; it is listed under Cards removed.",
                )
                if touchpoint_id
                else ""
            )
            return
        self.status.clear()
        self.view.reveal(card.sceneBoundingRect())
        self.view.ensureVisible(card.sceneBoundingRect().adjusted(0, -60, 0, 0))
        marker = self.markers.get(touchpoint_id)
        if marker is not None:
            marker.update()

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Export the comparison to PDF (asking where when ``path`` is None); the file or None."""
        if path is None:
            path = ask_save_file(
                self,
                QCoreApplication.translate("Comparison", "Export the comparison"),
                f"{self.file_name}.pdf",
                "PDF (*.pdf)",
            )
            if path is None:
                return None
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, export_comparison_pdf(self.current, self.future).data)
        except OSError as error:
            self.status.setText(
                QCoreApplication.translate(
                    "Comparison", "The PDF was not written: {path}: {reason}."
                ).format(path=path, reason=error.strerror or error)
            )
            return None
        self.status.setText(
            QCoreApplication.translate("Comparison", "Exported the comparison to {name}.").format(
                name=path.name
            )
        )
        if self.on_exported is not None:
            self.on_exported(path)
        return path
