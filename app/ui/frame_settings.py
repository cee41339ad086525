"""The few settings the window's frame needs, read without pydantic.

At start-up the window's frame (menus, toolbar, status bar) is shown before the document
model and pydantic are imported (``app.ui.app``). It needs four settings: the interface
language, the theme, the window's geometry and its panels' places. They are read here from
the same stored JSON value as :class:`app.ui.settings.Settings`, with the same defaults; the
complete settings are validated once the frame is painted, and the window follows them
should they differ (a stored value the model refuses makes every setting its default).
"""

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

THEMES = ("system", "light", "dark", "high-contrast")
"""The choices of ``Settings.theme``."""
LANGUAGES = ("system", "en", "fr")
"""The choices of ``Settings.ui_language``."""


@dataclass(frozen=True)
class FrameSettings:
    """What the window's frame is built from; the fields of ``Settings`` of the same names."""

    theme: str = "system"
    ui_language: str = "system"
    geometry: str = ""
    panels: str = ""


def store() -> QSettings:
    """Where Parcours keeps its settings (QSettings names it itself: no QApplication needed)."""
    return QSettings("Parcours", "Parcours")


def read_frame_settings() -> FrameSettings:
    """The stored theme, interface language, geometry and panels; defaults when none are
    stored or one of them is not what ``Settings`` accepts (it then drops them all)."""
    raw = store().value("settings", "")
    if not isinstance(raw, str) or not raw:
        return FrameSettings()
    try:
        values: Any = json.loads(raw)
    except ValueError:
        return FrameSettings()
    if not isinstance(values, dict):
        return FrameSettings()
    found = FrameSettings(
        theme=values.get("theme", "system"),
        ui_language=values.get("ui_language", "system"),
        geometry=values.get("geometry", ""),
        panels=values.get("panels", ""),
    )
    if (
        found.theme not in THEMES
        or found.ui_language not in LANGUAGES
        or not isinstance(found.geometry, str)
        or not isinstance(found.panels, str)
    ):
        return FrameSettings()
    return found
