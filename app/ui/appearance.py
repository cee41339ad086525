"""Light and dark palettes for the whole application, following the system by default."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.export.qt.theme import DARK, LIGHT, Theme


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The canvas theme for a setting of ``system``, ``light`` or ``dark``."""
    if choice == "dark" or (choice == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def apply_palette(app: QApplication, theme: Theme) -> None:
    """Give the widgets (menus, docks, dialogs) colours that match the canvas."""
    app.setStyle("Fusion")
    if not theme.dark:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    roles = {
        # Fields, lists and check boxes are lighter than the window they sit on: Fusion
        # outlines them with the window's colour darkened, invisible on a darker field.
        QPalette.ColorRole.Window: "#1f232a",
        QPalette.ColorRole.WindowText: "#e6e9ee",
        QPalette.ColorRole.Base: "#2c323c",
        QPalette.ColorRole.AlternateBase: "#343b46",
        QPalette.ColorRole.ToolTipBase: "#2a303a",
        QPalette.ColorRole.ToolTipText: "#e6e9ee",
        QPalette.ColorRole.Text: "#e6e9ee",
        QPalette.ColorRole.Button: "#323944",
        QPalette.ColorRole.Light: "#5b6573",
        QPalette.ColorRole.Midlight: "#474f5c",
        QPalette.ColorRole.Mid: "#3a414c",
        QPalette.ColorRole.Dark: "#121418",
        QPalette.ColorRole.Shadow: "#08090b",
        QPalette.ColorRole.ButtonText: "#e6e9ee",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d7be0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6aa1ff",
        QPalette.ColorRole.PlaceholderText: "#8a93a0",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7480"))
    app.setPalette(palette)
