"""Parcours' AppStream metainfo, with its releases taken from CHANGELOG.md.

    python packaging/metainfo.py [-o OUTPUT]

The template packaging/linux/io.github.parcours.parcours.metainfo.xml holds everything but the
releases: its empty ``<releases/>`` is replaced by one ``<release>`` per version of the
changelog (newest first, "Unreleased" left out), whose description is the version's text with
the Markdown taken out (AppStream descriptions know only paragraphs and flat lists).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "packaging" / "linux" / "io.github.parcours.parcours.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO_NAME = TEMPLATE.name

_VERSION = re.compile(r"^## \[(?P<version>[^\]]+)\](?:\s*-\s*(?P<date>\d{4}-\d{2}-\d{2}))?")
_BULLET = re.compile(r"^(?P<indent>\s*)[-*] (?P<text>.*)$")


@dataclass
class Release:
    """One version of the changelog: its paragraphs and lists, in order.

    Each block is ``("p", [text])`` or ``("ul", [item, ...])``.
    """

    version: str
    date: str
    blocks: list[tuple[str, list[str]]] = field(default_factory=list)


def plain(markdown: str) -> str:
    """``markdown`` inline text as plain text: no emphasis, code ticks or link targets."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<!\w)\*(\S.*?)\*(?!\w)", r"\1", text)
    text = text.replace("`", "")
    return " ".join(text.split())


def releases(changelog: str) -> list[Release]:
    """The released versions of ``changelog`` (Keep a Changelog format), newest first."""
    found: list[Release] = []
    current: Release | None = None
    lines: list[str] = []

    def close() -> None:
        if current is not None:
            current.blocks.extend(_blocks(lines))
        lines.clear()

    for line in changelog.splitlines():
        heading = _VERSION.match(line)
        if heading:
            close()
            current = None
            if heading["version"].lower() != "unreleased" and heading["date"]:
                current = Release(heading["version"], heading["date"])
                found.append(current)
        elif line.startswith("## "):
            close()
            current = None
        elif current is not None:
            if line.startswith("### "):
                close()
                current.blocks.append(("p", [plain(line[4:].strip()) + ":"]))
            else:
                lines.append(line)
    close()
    return found


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Paragraphs and (flattened) bullet lists of a stretch of Markdown."""
    blocks: list[tuple[str, list[str]]] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(("p", [plain(" ".join(paragraph))]))
            paragraph.clear()

    def flush_items() -> None:
        if items:
            blocks.append(("ul", [plain(item) for item in items]))
            items.clear()

    for line in lines:
        bullet = _BULLET.match(line)
        if not line.strip():
            flush_paragraph()
            continue
        if bullet:
            flush_paragraph()
            items.append(bullet["text"])
        elif items and line.startswith(" "):
            items[-1] += " " + line.strip()  # a bullet's continuation line
        else:
            flush_items()
            paragraph.append(line.strip())
    flush_paragraph()
    flush_items()
    return blocks


def releases_element(changelog: str) -> ElementTree.Element:
    """``<releases>`` for AppStream, one ``<release>`` per version with its description."""
    element = ElementTree.Element("releases")
    for release in releases(changelog):
        item = ElementTree.SubElement(
            element, "release", {"version": release.version, "date": release.date}
        )
        if release.blocks:
            description = ElementTree.SubElement(item, "description")
            for kind, texts in release.blocks:
                if kind == "p":
                    ElementTree.SubElement(description, "p").text = texts[0]
                else:
                    listing = ElementTree.SubElement(description, "ul")
                    for text in texts:
                        ElementTree.SubElement(listing, "li").text = text
    return element


def metainfo(template: str, changelog: str) -> str:
    """The metainfo file: ``template`` with its ``<releases/>`` filled from ``changelog``."""
    if template.count("<releases/>") != 1:
        raise ValueError("the metainfo template must hold exactly one empty <releases/>")
    element = releases_element(changelog)
    ElementTree.indent(element, space="  ", level=1)
    text = ElementTree.tostring(element, encoding="unicode")
    return template.replace("<releases/>", text)


def write_metainfo(output: Path) -> Path:
    """Write Parcours' metainfo (from the template and CHANGELOG.md) to ``output``."""
    text = metainfo(TEMPLATE.read_text(encoding="utf-8"), CHANGELOG.read_text(encoding="utf-8"))
    output.write_text(text, encoding="utf-8")
    return output


def main(argv: list[str] | None = None) -> int:
    """Print the metainfo, or write it to ``-o OUTPUT``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    if args.output:
        write_metainfo(args.output)
    else:
        text = metainfo(TEMPLATE.read_text(encoding="utf-8"), CHANGELOG.read_text(encoding="utf-8"))
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
