"""The French catalogues are complete, and every translated string can be found by lupdate.

For each catalogue area (scripts/translations.py CATALOGUES), ``pyside6-lupdate`` reads the
area's source files into a scratch ``.ts``; every string it finds must be in the committed
``app/data/translations/<area>_fr.ts`` with a finished, non-empty French translation that
keeps the same ``{placeholders}``. A string added to the code without its French therefore
fails here, naming it. A scan of app/ makes sure lupdate can see every string: literal
texts and contexts, never an f-string or a concatenation inside ``translate``.
"""

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _script()

Key = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by (context, source)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def french(message: ET.Element) -> list[str]:
    """The French texts of a message ("" for each form still missing; none when unfinished)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return texts if all(text.strip() for text in texts) else []


PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _describe(key: Key) -> str:
    context, source = key
    return f"  [{context}] {source!r}"


@pytest.mark.parametrize("area", sorted(translations.CATALOGUES))
def test_every_source_string_has_a_finished_french_translation(area: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{area}_fr.ts"
    translations.update(area, "fr", ts=fresh)
    # A module's own ``tr(key)`` helper looks to lupdate like Qt's tr() outside a class: a
    # message without context, never looked up (the helper translates with its context).
    found = {key: message for key, message in messages(fresh).items() if key[0]}
    committed_file = translations.catalogue(area, "fr")
    assert committed_file.exists() or not found, (
        f"no French catalogue for {area!r}: run `python scripts/translations.py {area}` and "
        f"translate {committed_file.relative_to(ROOT)} ({len(found)} strings)"
    )
    committed = messages(committed_file) if found else {}
    missing = sorted(key for key in found if key not in committed or not french(committed[key]))
    wrong = []
    for key in found:
        if key in missing:
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        for text in french(committed[key]):
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{_describe(key)} → {text!r}")
    problems = []
    if missing:
        problems.append(
            f"{len(missing)} string(s) of {area!r} have no finished French translation in "
            f"{committed_file.relative_to(ROOT)} (run `python scripts/translations.py {area}`, "
            'then translate and remove type="unfinished"):\n'
            + "\n".join(_describe(key) for key in missing)
        )
    if wrong:
        problems.append(
            "French translations must keep the source's {placeholders}, no more, no less:\n"
            + "\n".join(wrong)
        )
    assert not problems, "\n\n".join(problems)


def _source_files() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "plural"}
TRANSLATORS = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n", "text"}
"""``X.translate(...)`` translates text for these X (a painter's translate moves it)."""
WRAPPERS = {APP / "i18n.py", APP / "model" / "text.py"}
"""The translation helpers themselves pass their arguments on."""


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translation_calls(tree: ast.AST) -> list[tuple[ast.Call, str]]:
    """Calls of translate / QCoreApplication.translate / QT_TRANSLATE_NOOP / plural / self.tr."""
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES:
            calls.append((node, func.id))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr in TRANSLATE_NAMES
            and isinstance(func.value, ast.Name)
            and func.value.id in TRANSLATORS
        ):
            calls.append((node, func.attr))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
        ):
            calls.append((node, "tr"))
    return calls


def _problems(call: ast.Call, kind: str) -> list[str]:
    args = call.args
    if kind == "tr":
        if args and not _is_text(args[0]):
            return ["self.tr() needs a literal text (lupdate reads it where it is written)"]
        return []
    if kind == "translate" and len(args) < 2:
        return []  # str.translate(table): not a translation
    if kind == "plural":
        if len(args) < 4:
            return []
        context, texts = args[0], args[2:4]
    else:
        context, texts = args[0], args[1:2]
    problems = []
    for text in texts:
        if isinstance(text, ast.JoinedStr):
            problems.append("an f-string: translate a template with {placeholders}, then .format()")
        elif isinstance(text, ast.BinOp):
            problems.append("a concatenation or % formatting: translate one whole sentence")
        elif kind == "QT_TRANSLATE_NOOP" and not _is_text(text):
            problems.append("QT_TRANSLATE_NOOP marks literal text only")
        elif isinstance(text, ast.Call) and not (
            isinstance(text.func, ast.Name | ast.Attribute)
            and getattr(text.func, "id", getattr(text.func, "attr", "")) == "QT_TRANSLATE_NOOP"
        ):
            problems.append("a computed text (a call): lupdate cannot read it")
        elif isinstance(text, ast.IfExp):
            problems.append("a conditional text: translate each literal in its own call")
        elif _is_text(text) and not _is_text(context):
            problems.append("a literal text needs a literal context too (lupdate drops it)")
    return problems


def test_every_translated_string_is_one_literal_that_lupdate_can_read() -> None:
    found = []
    for path in _source_files():
        if path in WRAPPERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for call, kind in _translation_calls(tree):
            for problem in _problems(call, kind):
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                found.append(f"  {where}: {ast.unparse(call)[:100]} — {problem}")
    assert not found, "strings lupdate cannot translate:\n" + "\n".join(found)


def test_every_file_with_translated_strings_belongs_to_a_catalogue() -> None:
    covered = {path for area in translations.CATALOGUES for path in translations.sources(area)}
    outside = []
    for path in _source_files():
        if path in WRAPPERS or path in covered:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        if any(_is_text(call.args[-1]) for call, _ in _translation_calls(tree) if call.args):
            outside.append(str(path.relative_to(ROOT)))
    assert not outside, (
        "these files have translated strings but no catalogue lists them "
        "(add them to CATALOGUES in scripts/translations.py): " + ", ".join(outside)
    )


def test_the_scan_catches_what_lupdate_would_miss() -> None:
    bad = ast.parse(
        "translate('Ctx', f'Hello {name}')\n"
        "QCoreApplication.translate('Ctx', 'Hello ' + name)\n"
        "QCoreApplication.translate(CONTEXT, 'Hello')\n"
        "QT_TRANSLATE_NOOP('Ctx', TEXT)\n"
        "self.tr(text)\n"
    )
    good = ast.parse(
        "translate('Ctx', 'Hello {name}').format(name=name)\n"
        "QCoreApplication.translate(CONTEXT, TEXT[key])\n"
        "plural('Ctx', n, QT_TRANSLATE_NOOP('Ctx', '{n} card'),"
        " QT_TRANSLATE_NOOP('Ctx', '{n} cards'))\n"
        "'abc'.translate(table)\n"
        "painter.translate(x + 1, y)\n"
    )
    assert all(_problems(call, kind) for call, kind in _translation_calls(bad))
    assert len(_translation_calls(bad)) == 5
    assert not any(_problems(call, kind) for call, kind in _translation_calls(good))
