"""Translating what the model says (error sentences, insights, comparisons) without Qt.

The model layer cannot import Qt, yet its sentences reach users in the editor and on
the command line. It marks them with ``translate("Context", "Text")`` (found by
``pyside6-lupdate`` like any Qt call) and this module hands them to the translator the
application installs (``app.i18n.install`` does); until then, and in the model's own
tests, text is returned unchanged. Same rules as in the interface: literal strings,
``{placeholders}`` filled after translating, never an f-string inside ``translate``.
"""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    del context
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Use ``translator`` for every model sentence from now on (None: English)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """``text`` in the interface language."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate knows it
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    del context
    return text


NARROW_NO_BREAK_SPACE = "\u202f"


def _french() -> bool:
    """Whether the interface speaks French: the other language, and the only one translated."""
    return _translator is not _identity


def number_text(n: int) -> str:
    """A whole number as the interface language writes it: "12,345" in English, "12 345"
    in French (a narrow no-break space, so that a count never breaks across lines; a
    comma would read as a decimal point there)."""
    grouped = f"{n:,}"
    return grouped.replace(",", NARROW_NO_BREAK_SPACE) if _french() else grouped


def speaks_french(language: str) -> bool:
    """Whether a map's ``language`` (``fr``, ``fr-CA``...) is French."""
    return language == "fr" or language.startswith("fr-")


def decimal_text(text: str, language: str | None = None) -> str:
    """A number written with a decimal point (``"+1.5"``) as the interface language writes
    it, or ``language`` (a map's, for what an export prints): ``"+1,5"`` in French."""
    french = _french() if language is None else speaks_french(language)
    return text.replace(".", ",") if french else text


def figure_text(value: float, unit: str, language: str) -> str:
    """One of a map's own figures (a metric's value or target) as the map's ``language``
    writes it, on the canvas and in every export whatever the interface's language.

    At most two decimals; thousands and a unit set off by a narrow no-break space, except
    the per cent sign in English: ``1 234.5 min``, ``4.7 /5``, ``1.8%`` in English;
    ``1 234,5 min``, ``4,7 /5``, ``1,8 %`` in French.
    """
    rounded = round(value, 2) or 0.0  # -0.001 and -0.0 read "0", not "-0"
    text = f"{rounded:,.2f}".rstrip("0").rstrip(".").replace(",", NARROW_NO_BREAK_SPACE)
    french = speaks_french(language)
    if french:
        text = text.replace(".", ",")
    if not unit:
        return text
    return text + unit if unit == "%" and not french else text + NARROW_NO_BREAK_SPACE + unit


def plural(context: str, n: int, one: str, other: str) -> str:
    """``one`` or ``other`` (both marked with QT_TRANSLATE_NOOP), translated, ``{n}`` filled
    (see :func:`number_text`).

    English says "1 phase, 0 phases"; the other interface language, French, also
    uses the singular for 0 ("0 phase"). Like ``app.i18n.plural``, without Qt.
    """
    singular = abs(n) <= 1 if _french() else n == 1
    return translate(context, one if singular else other).replace("{n}", number_text(n))
