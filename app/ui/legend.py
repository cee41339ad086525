"""The persona legend: each persona's colour, dash and marker, with a box to hide its curve."""

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.export.qt.draw import draw_marker
from app.model.document import JourneyMap
from app.model.palette import persona_style

SWATCH = QSize(44, 16)


def persona_swatch(colour: str, index: int, size: QSize = SWATCH) -> QIcon:
    """A small picture of a persona's curve: its colour, dash pattern and marker."""
    dash, marker = persona_style(index)
    pixmap = QPixmap(size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2.5)
    if dash:
        pen.setDashPattern(list(dash))
    painter.setPen(pen)
    y = size.height() / 2
    painter.drawLine(QPointF(2, y), QPointF(size.width() - 2, y))
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(QColor(colour))
    draw_marker(painter, marker, size.width() / 2, y, 4.5)
    painter.end()
    return QIcon(pixmap)


class PersonaLegend(QListWidget):
    """Lists the map's personas; unticking one hides its curve on the canvas."""

    visibility_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(44, 16))
        self.itemChanged.connect(self._on_item_changed)
        self._filling = False

    def show_personas(self, doc: JourneyMap, hidden: set[str]) -> None:
        """Fill the list from ``doc``."""
        self._filling = True
        self.clear()
        for index, persona in enumerate(doc.personas):
            item = QListWidgetItem(persona_swatch(persona.colour, index), persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if persona.id in hidden else Qt.CheckState.Checked
            )
            details = [persona.role, f"“{persona.quote}”" if persona.quote else ""]
            item.setToolTip("\n".join(d for d in details if d) or persona.name)
            self.addItem(item)
        self._filling = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.visibility_changed.emit(
                item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
            )
