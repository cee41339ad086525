"""Small builders the panels and menus share: a menu action, a row of tool buttons.

Every action and button gets an objectName (tests and accessibility tools find
it by that name) and calls its handler with no arguments.
"""

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

ButtonSpec = tuple[str, str, str, Callable[[], object]]
"""(objectName, symbol shown, tooltip, handler) of a tool button."""


def add_action(
    menu: QMenu, name: str, text: str, handler: Callable[[], object], enabled: bool = True
) -> QAction:
    """Add an action called ``name`` to ``menu``; triggering it calls ``handler()``."""
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _=False: handler())
    return action


def tool_button_row(
    parent: QWidget, specs: Iterable[ButtonSpec], buttons: dict[str, QToolButton]
) -> QHBoxLayout:
    """A row of small buttons packed to the left; each is also put in ``buttons`` by name.

    A button's accessible name is its tooltip without a trailing ellipsis.
    """
    row = QHBoxLayout()
    row.setSpacing(2)
    for name, text, tip, handler in specs:
        button = QToolButton(parent)
        button.setObjectName(name)
        button.setText(text)
        set_tips({name: button}, {name: tip})
        button.clicked.connect(lambda _=False, h=handler: h())
        row.addWidget(button)
        buttons[name] = button
    row.addStretch(1)
    return row


def set_tips(buttons: dict[str, QToolButton], tips: dict[str, str]) -> None:
    """Give each button of ``tips`` its tooltip, and the tooltip without "…" as accessible name.

    Used when the buttons are made and again when the interface language changes.
    """
    for name, tip in tips.items():
        buttons[name].setToolTip(tip)
        buttons[name].setAccessibleName(tip.rstrip("…"))
