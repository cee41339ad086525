"""The channel palette: the built-in channels and the map's own, ready to drag onto the canvas.

Dragging a channel onto a cell of a card lane makes a card with that channel
(the canvas handles the drop). The map's custom channels can be added (with
an optional SVG icon stored in the map), renamed and deleted here.
"""

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import commands as cmd
from app.model.channels import BUILTIN_CHANNELS, fold
from app.model.clipboard import CopiedChannel
from app.model.commands import Change
from app.model.document import CHANNEL_ICON_MAX_BYTES, CustomChannel
from app.model.errors import InputError
from app.model.limits import MAX_FILE_BYTES, read_limited
from app.model.text import QT_TRANSLATE_NOOP, number_text
from app.ui import questions
from app.ui.canvas.interactions import CardTarget, card_target, open_card_lane_at
from app.ui.icons import channel_qicon
from app.ui.session import DocumentSession

if TYPE_CHECKING:
    from app.ui.canvas.view import JourneyView

MIME_CHANNEL = "application/x-parcours-channel"
"""A dragged channel: JSON of :class:`app.model.clipboard.CopiedChannel`."""
KEY_ROLE = Qt.ItemDataRole.UserRole
CUSTOM_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 22
CONTEXT = "ChannelPalette"
TEXT = {
    "add": QT_TRANSLATE_NOOP("ChannelPalette", "Add Channel…"),
    "add_tip": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Add a channel of your own to this map, with an optional SVG icon"
    ),
    "name_title": QT_TRANSLATE_NOOP("ChannelPalette", "New channel"),
    "name_prompt": QT_TRANSLATE_NOOP("ChannelPalette", "Name of the channel:"),
    "icon_title": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Choose an SVG icon for “{name}” (Cancel: the generic icon)"
    ),
    "svg_filter": QT_TRANSLATE_NOOP("ChannelPalette", "SVG images (*.svg)"),
    "rename": QT_TRANSLATE_NOOP("ChannelPalette", "Rename…"),
    "rename_title": QT_TRANSLATE_NOOP("ChannelPalette", "Rename channel"),
    "change_icon": QT_TRANSLATE_NOOP("ChannelPalette", "Change Icon…"),
    "remove_icon": QT_TRANSLATE_NOOP("ChannelPalette", "Use the Generic Icon"),
    "delete": QT_TRANSLATE_NOOP("ChannelPalette", "Delete"),
    "list_name": QT_TRANSLATE_NOOP("ChannelPalette", "Channels"),
    "list_tip": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Drag a channel onto a card lane to add a card with that channel"
    ),
    "added": QT_TRANSLATE_NOOP("ChannelPalette", "Added the channel “{name}”."),
    "exists": QT_TRANSLATE_NOOP(
        "ChannelPalette", "This map already has a channel called “{name}”."
    ),
    "unreadable": QT_TRANSLATE_NOOP("ChannelPalette", "{file} cannot be read: {reason}."),
    "too_big": QT_TRANSLATE_NOOP(
        "ChannelPalette", "{file} is {size} KiB; an icon may be at most {limit} KiB."
    ),
    "not_svg": QT_TRANSLATE_NOOP("ChannelPalette", "{file} is not an SVG image."),
    "bad_name": QT_TRANSLATE_NOOP(
        "ChannelPalette", "A channel name must be 1 to 500 characters long."
    ),
    "deleted": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Deleted the channel “{name}”; its cards now have no channel."
    ),
    "select_cards": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Select cards to give them this channel, or drag it onto a card lane."
    ),
    "set_one": QT_TRANSLATE_NOOP("ChannelPalette", "Set the channel of “{title}” to {channel}"),
    "set_many": QT_TRANSLATE_NOOP(
        "ChannelPalette", "Set the channel of {count} cards to {channel}"
    ),
}


def _t(key: str, **values: object) -> str:
    return QCoreApplication.translate(CONTEXT, TEXT[key]).format(**values)


def read_icon_file(path: Path) -> str:
    """The SVG text of an icon file, checked like a custom channel's icon.

    Raises:
        InputError: A sentence naming the file: unreadable, too big, or not SVG.
    """
    try:
        raw = read_limited(path, MAX_FILE_BYTES, "an icon")  # never read a huge file whole
    except OSError as error:
        raise InputError(None, _t("unreadable", file=path.name, reason=error.strerror)) from None
    if len(raw) > CHANNEL_ICON_MAX_BYTES:
        limit = CHANNEL_ICON_MAX_BYTES // 1024
        raise InputError(None, _t("too_big", file=path.name, size=len(raw) // 1024, limit=limit))
    try:
        svg = raw.decode("utf-8-sig")
        CustomChannel(name="icon", icon=svg)
    except ValueError:  # a UnicodeDecodeError or pydantic's ValidationError
        raise InputError(None, _t("not_svg", file=path.name)) from None
    return svg


class ChannelList(QListWidget):
    """The list of channels; dragging an item carries the channel under :data:`MIME_CHANNEL`."""

    def mimeTypes(self) -> list[str]:
        return [MIME_CHANNEL]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(MIME_CHANNEL, channel_drag_data(items[0]))
        return mime


def channel_drag_data(item: QListWidgetItem) -> bytes:
    """What dragging ``item`` carries: the channel's key or id, its name and its icon."""
    custom = item.data(CUSTOM_ROLE)
    copied = CopiedChannel(
        key=item.data(KEY_ROLE),
        name=item.text(),
        icon=custom if isinstance(custom, str) and custom else None,
    )
    return json.dumps(copied.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")


class ChannelPalette(QWidget):
    """The 15 built-in channels, then the map's custom channels; objectName ``channel_palette``."""

    status = Signal(str)
    """One sentence for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_palette")
        self.session: DocumentSession | None = None
        self.list = ChannelList(self)
        self.list.setObjectName("channel_list")
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemActivated.connect(self._activated)
        self._selected_cards: Callable[[], list[str]] | None = None
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_channel")
        self.add_button.clicked.connect(self.add_channel)
        self.last_menu: QMenu | None = None
        """The context menu shown last (tests read its actions)."""
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.list, 1)
        column.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the interface language now in use (after a language switch).

        Built-in channel names follow the map's language, not the interface's.
        """
        self.list.setAccessibleName(_t("list_name"))
        self.list.setToolTip(_t("list_tip"))
        self.add_button.setText(_t("add"))
        self.add_button.setToolTip(_t("add_tip"))
        self.refresh()

    def set_session(self, session: DocumentSession) -> None:
        """Show and edit ``session``'s channels from now on."""
        if self.session is not None:
            self.session.changed.disconnect(self._changed)
        self.session = session
        session.changed.connect(self._changed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()  # icons are drawn in the text colour: light or dark theme
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _changed(self, changes: list[Change]) -> None:
        # Custom channels, or the map's language (built-in names follow it); not its title.
        if any(
            c.collection == "channels"
            or (c.collection == "map" and (not c.fields or "language" in c.fields))
            for c in changes
        ):
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the map (language and custom channels may have changed)."""
        doc = self.session.document if self.session is not None else None
        language = doc.language if doc is not None else "en"
        colour = self.palette().text().color()
        current = self.list.currentItem().data(KEY_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for channel in BUILTIN_CHANNELS:
            self._add_item(channel.key, channel.name(language), None, colour)
        for custom in doc.channels if doc is not None else []:
            self._add_item(custom.id, custom.name, custom.icon or "", colour)
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == current:
                self.list.setCurrentRow(row)

    def _add_item(self, key: str, name: str, custom: str | None, colour: QColor) -> None:
        item = QListWidgetItem(channel_qicon(key, custom, colour, ICON_SIZE * 2), name)
        item.setData(KEY_ROLE, key)
        item.setData(CUSTOM_ROLE, custom)
        item.setToolTip(_t("list_tip"))
        self.list.addItem(item)

    def item_for(self, key: str) -> QListWidgetItem | None:
        """The list item of a built-in channel key or a custom channel id."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    # -- the keyboard's way: Enter on a channel gives it to the selected cards -------------

    def set_selection(self, selected_cards: Callable[[], list[str]]) -> None:
        """Where the selected cards are (e.g. ``scene.selected_touchpoints``).

        Activating a channel (Enter, or a double-click) then sets it on those
        cards, so the palette also works without dragging.
        """
        self._selected_cards = selected_cards

    def _activated(self, item: QListWidgetItem) -> None:
        self.give_channel(item.data(KEY_ROLE))

    def give_channel(self, key: str) -> bool:
        """Give the selected cards channel ``key`` (one undo step); False when none is selected."""
        ids = self._selected_cards() if self._selected_cards is not None else []
        if self.session is None or not ids:
            self.status.emit(_t("select_cards"))
            return False
        doc = self.session.document
        name = doc.channel_name(key)
        steps: list[cmd.Command] = [
            cmd.edit(doc, "touchpoints", i, channel=key)
            for i in ids
            if doc.touchpoint(i).channel != key
        ]
        if steps:
            label = (
                _t("set_one", title=doc.touchpoint(ids[0]).title, channel=name)
                if len(ids) == 1
                else _t("set_many", count=number_text(len(ids)), channel=name)
            )
            self.session.push(cmd.Transaction(label, steps))
        return True

    # -- custom channels ------------------------------------------------------------------

    def add_channel(self) -> bool:
        """Ask a name, then optionally an SVG icon, and add the channel (one undo step)."""
        if self.session is None:
            return False
        name = questions.ask_text(self, _t("name_title"), _t("name_prompt"))
        if not name or not name.strip():
            return False
        if self._taken(name):
            self.status.emit(_t("exists", name=name.strip()))
            return False
        icon = questions.ask_file(self, _t("icon_title", name=name.strip()), _t("svg_filter"))
        return self.add_custom_channel(name, icon)

    def add_custom_channel(self, name: str, icon: Path | None = None) -> bool:
        """Add a custom channel called ``name`` with the SVG file ``icon`` (or the generic icon)."""
        if self.session is None:
            return False
        try:
            svg = read_icon_file(icon) if icon is not None else None
            channel = CustomChannel(name=name, icon=svg)
        except InputError as error:
            self.status.emit(str(error))
            return False
        except ValueError:
            self.status.emit(_t("bad_name"))
            return False
        self.session.push(cmd.add(self.session.document, "channels", channel))
        item = self.item_for(channel.id)
        if item is not None:
            self.list.setCurrentItem(item)
        self.status.emit(_t("added", name=channel.name))
        return True

    def _taken(self, name: str, other_than: str | None = None) -> bool:
        assert self.session is not None
        doc = self.session.document
        return any(fold(c.name) == fold(name) and c.id != other_than for c in doc.channels) or any(
            fold(b.name(doc.language)) == fold(name) for b in BUILTIN_CHANNELS
        )

    def rename_channel(self, channel_id: str, name: str) -> bool:
        """Rename a custom channel (one undo step); a bad or taken name gets a sentence."""
        if self.session is None:
            return False
        if self._taken(name, channel_id):
            self.status.emit(_t("exists", name=name.strip()))
            return False
        try:
            command = cmd.edit(self.session.document, "channels", channel_id, name=name)
        except InputError:
            self.status.emit(_t("bad_name"))
            return False
        self.session.push(command)
        return True

    def set_icon(self, channel_id: str, icon: Path | None) -> bool:
        """Give a custom channel the SVG file ``icon`` (None: the generic icon again)."""
        if self.session is None:
            return False
        try:
            svg = read_icon_file(icon) if icon is not None else None
            command = cmd.edit(self.session.document, "channels", channel_id, icon=svg)
        except InputError as error:
            self.status.emit(str(error))
            return False
        self.session.push(command)
        return True

    def delete_channel(self, channel_id: str) -> None:
        """Delete a custom channel; cards that used it keep no channel (one undo step)."""
        if self.session is None:
            return
        name = self.session.document.channel_name(channel_id)
        self.session.push(cmd.remove(self.session.document, "channels", channel_id))
        self.status.emit(_t("deleted", name=name))

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None or self.session is None or item.data(CUSTOM_ROLE) is None:
            return
        self.menu_for(item).popup(self.list.viewport().mapToGlobal(pos))

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """The context menu of a custom channel: rename, change icon, delete."""
        channel_id, name = item.data(KEY_ROLE), item.text()
        menu = QMenu(self)
        rename = menu.addAction(_t("rename"))
        rename.setObjectName("rename_channel")
        rename.triggered.connect(lambda: self._ask_rename(channel_id, name))
        icon = menu.addAction(_t("change_icon"))
        icon.setObjectName("channel_icon")
        icon.triggered.connect(lambda: self._ask_icon(channel_id, name))
        if item.data(CUSTOM_ROLE):
            generic = menu.addAction(_t("remove_icon"))
            generic.setObjectName("generic_icon")
            generic.triggered.connect(lambda: self.set_icon(channel_id, None))
        menu.addSeparator()
        delete = menu.addAction(_t("delete"))
        delete.setObjectName("delete_channel")
        delete.triggered.connect(lambda: self.delete_channel(channel_id))
        self.last_menu = menu
        return menu

    def _ask_rename(self, channel_id: str, name: str) -> None:
        new = questions.ask_text(self, _t("rename_title"), _t("name_prompt"), name)
        if new and new.strip() and new.strip() != name:
            self.rename_channel(channel_id, new)

    def _ask_icon(self, channel_id: str, name: str) -> None:
        icon = questions.ask_file(self, _t("icon_title", name=name), _t("svg_filter"))
        if icon is not None:
            self.set_icon(channel_id, icon)


def channel_drop_at(
    view: "JourneyView", mime: QMimeData, position: QPointF
) -> tuple[CopiedChannel, CardTarget] | None:
    """The channel a drag carries and the card lane cell under ``position`` (view pixels).

    None when the drag carries no channel or the mouse is not over an open card lane.
    """
    session, layout = view.session, view.journey_scene.layout
    if session is None or layout is None or not mime.hasFormat(MIME_CHANNEL):
        return None
    try:
        channel = CopiedChannel.model_validate_json(bytes(mime.data(MIME_CHANNEL).data()))
    except ValueError:
        return None
    pos = view.mapToScene(position.toPoint())
    lane = open_card_lane_at(layout, pos)
    target = card_target(layout, session.document, pos, set()) if lane is not None else None
    if lane is None or target is None or target.lane_id != lane.lane_id:
        return None
    return channel, target
