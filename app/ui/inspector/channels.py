"""Channel pickers: the built-in channels in the map's language, then the map's own."""

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.model.channels import BUILTIN_CHANNELS
from app.model.document import JourneyMap
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.icons import channel_qicon
from app.ui.inspector.widgets import ChoiceCombo

TEXTS = {"none": QT_TRANSLATE_NOOP("Inspector", "No channel")}
ICON_SIZE = 16


def _t(key: str) -> str:
    """The text ``key`` of this module, translated."""
    return QCoreApplication.translate("Inspector", TEXTS[key])


def channel_choices(doc: JourneyMap) -> list[tuple[str, str]]:
    """(name, key) of every channel a card of ``doc`` may use, built-in ones first."""
    return [(c.name(doc.language), c.key) for c in BUILTIN_CHANNELS] + [
        (c.name, c.id) for c in doc.channels
    ]


def channel_icon_for(doc: JourneyMap, key: str, colour: QColor) -> QIcon:
    """The icon of channel ``key``: a custom channel's own SVG when it has one."""
    svg = next((c.icon for c in doc.channels if c.id == key), None)
    return channel_qicon(key, svg, colour, ICON_SIZE * 2, margin=0)


def _signature(doc: JourneyMap) -> tuple[object, ...]:
    return (doc.language, tuple((c.id, c.name, c.icon) for c in doc.channels))


class ChannelCombo(ChoiceCombo):
    """The card's channel: "No channel", the built-in channels, the map's custom channels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("channel", [(_t("none"), None)], parent)
        self._signature: tuple[object, ...] = ()

    def show_channels(self, doc: JourneyMap) -> None:
        """Offer ``doc``'s channels (rebuilt only when its custom channels or language change)."""
        if _signature(doc) == self._signature:
            return
        self._signature = _signature(doc)
        self.set_choices([(_t("none"), None), *channel_choices(doc)])
        colour = self.palette().color(QPalette.ColorRole.Text)
        for index, key in enumerate(self.values):
            if key is not None:
                self.setItemIcon(index, channel_icon_for(doc, key, colour))


class ChannelChecklist(QListWidget):
    """A persona's preferred channels: every channel with a tick box."""

    chosen = Signal(object)
    """The ticked channels' keys, in catalogue order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferred_channels")
        self.setMaximumHeight(160)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self._signature: tuple[object, ...] = ()
        self._filling = False
        self.itemChanged.connect(self._changed)

    def show_channels(self, doc: JourneyMap, ticked: list[str]) -> None:
        """Offer ``doc``'s channels with ``ticked`` ticked."""
        self._filling = True
        if _signature(doc) != self._signature:
            self._signature = _signature(doc)
            self.clear()
            colour = self.palette().color(QPalette.ColorRole.Text)
            for name, key in channel_choices(doc):
                item = QListWidgetItem(channel_icon_for(doc, key, colour), name)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.addItem(item)
        wanted = set(ticked)
        for row in range(self.count()):
            item = self.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._filling = False

    def ticked(self) -> list[str]:
        """The keys of the ticked channels."""
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, _: QListWidgetItem) -> None:
        if not self._filling:
            self.chosen.emit(self.ticked())
