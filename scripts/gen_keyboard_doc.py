"""Write the keyboard reference (Help ▸ Keyboard shortcuts, as Markdown) into docs/editor.md.

The table goes between ``<!-- keyboard:begin -->`` and ``<!-- keyboard:end -->``;
the rest of the file is left as it is. ``--check`` only says whether the file is
up to date (exit status 1 when it is not).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gen_keyboard_doc.py [--check]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "editor.md"
BEGIN, END = "<!-- keyboard:begin -->", "<!-- keyboard:end -->"


def updated(text: str, table: str) -> str:
    """``text`` with ``table`` between the markers (which must be there, in order)."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{DOC.name} needs the markers {BEGIN} and {END}")
    return text[: start + len(BEGIN)] + "\n" + table + text[end:]


def generated_doc(path: Path = DOC) -> str:
    """The doc as the generator would write it."""
    from PySide6.QtWidgets import QApplication

    from app.ui.shortcuts_help import shortcuts_markdown

    if QApplication.instance() is None:
        QApplication([])  # key names need a Qt application
    return updated(path.read_text(encoding="utf-8"), shortcuts_markdown())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    # Standard keys depend on the platform: the docs always show the offscreen platform's.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    text = generated_doc()
    if DOC.read_text(encoding="utf-8") == text:
        return 0
    if args.check:
        print(f"{DOC.relative_to(ROOT)} is out of date: run scripts/gen_keyboard_doc.py")
        return 1
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote the keyboard reference into {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
