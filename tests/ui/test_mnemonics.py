"""Keyboard users open menus with Alt+letter: in each menu, each letter leads to one entry."""

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu

from app import i18n
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def _menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_menu_entry_has_its_own_letter(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from test_interface_language import compiled_catalogues  # noqa: F401 - builds the .qm files

    i18n.install(language)
    i18n.attach()
    window = MainWindow(persist=False)
    qtbot.addWidget(window)
    clashes = []
    bar = window.menuBar().actions()
    top = [_letter(action.text()) for action in bar]
    assert None not in top and len(set(top)) == len(top), [a.text() for a in bar]
    for action in bar:
        assert action.menu() is not None
        for menu in _menus(action.menu()):
            texts = [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
            letters = Counter(_letter(text) for text in texts)
            clashes += [
                (menu.title(), [t for t in texts if _letter(t) == letter])
                for letter, count in letters.items()
                if letter is not None and count > 1
            ]
            missing = [t for t in texts if _letter(t) is None]
            assert not missing, f"{menu.title()}: no letter for {missing}"
    assert not clashes, clashes
