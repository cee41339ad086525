"""Light, dark and high-contrast palettes for the whole application (system by default)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.export.qt.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from app.model.text import QT_TRANSLATE_NOOP

THEME_CHOICES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}
"""The settings' theme values and their names (translated where shown: :func:`theme_name`)."""


def theme_name(choice: str) -> str:
    """The name of a theme setting in the interface language."""
    return QCoreApplication.translate("Theme", THEME_CHOICES[choice])


Role = QPalette.ColorRole

LIGHT_HIGHLIGHT = "#1d5fb8"
"""The light palette is Fusion's own, with a darker selection colour."""

DARK_ROLES: dict[QPalette.ColorRole, str] = {
    # Fields, lists and check boxes are lighter than the window they sit on: Fusion
    # outlines them with the window's colour darkened, invisible on a darker field.
    Role.Window: "#1f232a",
    Role.WindowText: "#e6e9ee",
    Role.Base: "#2c323c",
    Role.AlternateBase: "#343b46",
    Role.ToolTipBase: "#2a303a",
    Role.ToolTipText: "#e6e9ee",
    Role.Text: "#e6e9ee",
    Role.Button: "#323944",
    Role.Light: "#5b6573",
    Role.Midlight: "#474f5c",
    Role.Mid: "#3a414c",
    Role.Dark: "#121418",
    Role.Shadow: "#08090b",
    Role.ButtonText: "#e6e9ee",
    Role.BrightText: "#ff6b6b",
    Role.Highlight: "#2a62c9",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4ff",
    Role.PlaceholderText: "#a3abb7",
}
DARK_DISABLED = "#6b7480"

HIGH_CONTRAST_ROLES: dict[QPalette.ColorRole, str] = {
    # White on black; selection in yellow with black text. Fusion draws frames darker than
    # the window (invisible on black): HIGH_CONTRAST_STYLE outlines fields and buttons.
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.Light: "#ffffff",
    Role.Midlight: "#c8c8c8",
    Role.Mid: "#9e9e9e",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffff00",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Link: "#00ffff",
    Role.PlaceholderText: "#c8c8c8",
}
HIGH_CONTRAST_DISABLED = "#a6a6a6"
"""Disabled texts are exempt from WCAG; kept readable (8:1 on black) and told apart by shade."""
HIGH_CONTRAST_STYLE = """
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QComboBox, QPushButton,
QToolButton, QAbstractItemView, QTabBar::tab, QGroupBox, QToolTip {
    border: 1px solid #ffffff;
}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QComboBox:focus, QPushButton:focus, QToolButton:focus, QAbstractItemView:focus,
QCheckBox:focus, QRadioButton:focus {
    border: 2px solid #ffff00;
}
QPushButton { padding: 3px 10px; }
QTabBar::tab { padding: 3px 10px; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
"""
"""Outlines that Fusion's palette cannot give on a black window, and a yellow focus frame."""

TEXT_ROLES: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),  # labels, the status bar
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
)
"""(text role, background role) pairs the widgets paint text with (checked for contrast)."""


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The canvas theme for a setting of ``system``, ``light``, ``dark`` or ``high-contrast``."""
    if choice == "high-contrast":
        return HIGH_CONTRAST
    if choice == "dark" or (choice == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def palette_for(app: QApplication, theme: Theme) -> QPalette:
    """The widgets' palette that goes with the canvas ``theme``."""
    if theme is HIGH_CONTRAST:
        roles, disabled = HIGH_CONTRAST_ROLES, HIGH_CONTRAST_DISABLED
    elif theme.dark:
        roles, disabled = DARK_ROLES, DARK_DISABLED
    else:
        palette = app.style().standardPalette()
        # Fusion's selection blue gives white text only 3.7:1; this one 6.2:1.
        palette.setColor(Role.Highlight, QColor(LIGHT_HIGHLIGHT))
        return palette
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.ButtonText, Role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def apply_palette(app: QApplication, theme: Theme) -> None:
    """Give the widgets (menus, docks, dialogs) colours that match the canvas."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(app, theme))
    app.setStyleSheet(HIGH_CONTRAST_STYLE if theme is HIGH_CONTRAST else "")
