"""The interface language: which catalogues are loaded, and plurals.

User-visible strings go through ``QCoreApplication.translate("Context", "Text")``
(``pyside6-lupdate`` finds them there; see ``scripts/translations.py``). Strings
defined at module level are marked with ``QT_TRANSLATE_NOOP("Context", "Text")`` and
translated where they are shown. Never an f-string inside ``translate``: translate
the template, then ``.format(...)`` it, so the French sentence can order its words.

Plurals: ``plural("Context", n, QT_TRANSLATE_NOOP("Context", "{n} card"),
QT_TRANSLATE_NOOP("Context", "{n} cards"))`` picks the form by the rule of the
interface language (French says "0 carte", English "0 cards") and fills in ``{n}``.
"""

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.model.text import QT_TRANSLATE_NOOP, number_text, set_translator
from app.resources import RESOURCES

LANGUAGES = ("en", "fr")
"""Interface languages; English is the source language (no catalogue)."""
TRANSLATIONS = RESOURCES / "translations"

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
)
"""Qt's own strings its French catalogue (qtbase_fr.qm) lacks: Parcours' core catalogue
translates them, in Qt's context (Qt 6.11's file dialog says "Files of &type:" and
"&Look in:"; qtbase_fr.qm has only the older "Files of type:" and "Look in:")."""

_installed: list[QTranslator] = []
_language = "en"


def system_language() -> str:
    """The system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when Parcours has it."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value[:2].lower()
            return code if code in LANGUAGES else "en"
    code = QLocale.system().name()[:2].lower()
    return code if code in LANGUAGES else "en"


def resolve(choice: str | None) -> str:
    """The language for a setting or option: ``"system"``/None follows the system."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The interface language now in use."""
    return _language


def catalogues(language: str) -> list[str]:
    """The compiled catalogues Parcours loads for ``language`` (Qt's own first)."""
    if language == "en":
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = [os.path.join(qt_folder, f"qtbase_{language}.qm")]
    found += sorted(str(path) for path in TRANSLATIONS.glob(f"*_{language}.qm"))
    return [path for path in found if os.path.exists(path)]


def install(language: str) -> str:
    """Use ``language`` for every translated string from now on; return it.

    Works before the QApplication exists (the command line; call :func:`attach` once it
    exists) and can be called again to switch languages; widgets then receive a
    ``LanguageChange`` event.
    """
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for path in catalogues(language):
        translator = QTranslator()
        if translator.load(path):
            _installed.append(translator)
            if app is not None:
                QCoreApplication.installTranslator(translator)
    _language = language if language in LANGUAGES else "en"
    set_translator(None if _language == "en" else lambda context, text: translate(context, text))
    QLocale.setDefault(
        QLocale(QLocale.Language.French if _language == "fr" else QLocale.Language.English)
    )
    return _language


def attach() -> None:
    """Install the loaded catalogues into the application created since :func:`install`."""
    for translator in _installed:
        QCoreApplication.installTranslator(translator)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like ``QCoreApplication.translate``, also before any QApplication exists (the CLI)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    for translator in reversed(_installed):  # the last installed wins, as in Qt
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return text.replace("%n", str(n)) if n >= 0 else text


def plural(context: str, n: int, one: str, other: str) -> str:
    """``one`` or ``other`` (both marked with QT_TRANSLATE_NOOP), translated, ``{n}`` filled
    as the language writes numbers ("2,000", "2 000": :func:`app.model.text.number_text`)."""
    singular = abs(n) <= 1 if _language == "fr" else n == 1
    return translate(context, one if singular else other).replace("{n}", number_text(n))
