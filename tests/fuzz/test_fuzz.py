"""Mutated real inputs never break Parcours: each is opened, or refused in one sentence.

Real files (the sample maps, the shared corpus, and CSV, Mermaid, PDF, PNG and SVG
files Parcours makes from the sample once per session) are mutated with a seeded
random generator: byte flips, truncation, insertion of huge numbers, huge strings,
deep nesting, lone surrogates and NULs, duplicated ids, swapped JSON structures and
wrong types, hostile CSV cells and Mermaid lines. For every case, ``read_map``
either returns a map, which then survives a save (``dumps`` then ``loads``, byte
for byte) and an SVG export, or raises ``InputError`` whose message names the
file. Any other exception, a case slower than :data:`CASE_SECONDS`, or a change
to the input file fails the test; the failing inputs are kept for reproduction.

``PARCOURS_FUZZ_CASES`` (default 300) and ``PARCOURS_FUZZ_SEED`` (default 9) set
the budget and the seed; case ``i`` of seed ``s`` is always the same input. Run
with ``-s`` to see the summary::

    PARCOURS_FUZZ_CASES=10000 QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest -s tests/fuzz/test_fuzz.py
"""

from __future__ import annotations

import base64
import csv
import faulthandler
import hashlib
import io
import json
import logging
import os
import random
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.export.embed import map_from_pdf, pdf_with_map, png_with_map, svg_with_map
from app.export.formats import BY_KIND, read_map
from app.export.options import ExportOptions
from app.model.csvio import write_csv
from app.model.errors import InputError
from app.model.fileformat import dumps, load, loads
from app.model.mermaid import write_mermaid
from app.resources import SAMPLES, sample_map

CASES = int(os.environ.get("PARCOURS_FUZZ_CASES", "300"))
SEED = int(os.environ.get("PARCOURS_FUZZ_SEED", "9"))
CASE_SECONDS = 5.0
"""A robustness bound, not a speed target: a case taking longer is reported as a failure."""
HANG_SECONDS = 120
"""A case still running after this long is a hang: faulthandler prints every stack and exits."""

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TEST_DATA = Path(__file__).resolve().parents[1] / "model" / "data"
KINDS = ("journey", "csv", "mermaid", "pdf", "png", "svg")
SUFFIX = {"journey": ".journey", "csv": ".csv", "mermaid": ".mmd", "pdf": ".pdf"}
SUFFIX |= {"png": ".png", "svg": ".svg"}
PLACEHOLDER = "\u2063fuzz\u2063"
"""A JSON string replaced by raw text after serialising (tokens json.dumps cannot write)."""


@dataclass(frozen=True)
class Seed:
    kind: str
    name: str
    data: bytes
    journey: bytes | None = None
    """For an export: the map inside it (mutated and put back in by the structural mutators)."""


@dataclass
class Outcome:
    index: int
    kind: str
    how: str
    seconds: float
    accepted: bool


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def summary(self, seconds: float) -> str:
        kinds: Counter[str] = Counter(o.kind for o in self.outcomes)
        accepted: Counter[str] = Counter(o.kind for o in self.outcomes if o.accepted)
        lines = [
            f"fuzz: seed {SEED}, {len(self.outcomes)} cases in {seconds:.1f} s, "
            f"{sum(accepted.values())} accepted, "
            f"{len(self.outcomes) - sum(accepted.values())} refused, "
            f"{len(self.failures)} failures"
        ]
        for kind in KINDS:
            lines.append(
                f"  {kind:8} {kinds[kind]:6} cases  {accepted[kind]:6} accepted  "
                f"{kinds[kind] - accepted[kind]:6} refused"
            )
        families: Counter[str] = Counter(_family(o.how) for o in self.outcomes)
        lines.append("  mutations: " + ", ".join(f"{n} {f}" for f, n in sorted(families.items())))
        if self.outcomes:
            slow = max(self.outcomes, key=lambda o: o.seconds)
            lines.append(
                f"  slowest: case {slow.index} ({slow.kind}, {slow.how}) {slow.seconds:.2f} s"
            )
        return "\n".join(lines)


def _family(how: str) -> str:
    """The kind of mutation of a case, from its description."""
    kind = how.split(", ", 1)[1].split(":", 1)[0].split(" (", 1)[0]
    if "with json" in kind or "raw map" in kind:
        return "map in " + kind[:3]
    return {"bytes": "byte-level", "json": "map JSON"}.get(kind, kind)


# -- the real inputs -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(qapp: Any) -> dict[str, list[Seed]]:
    """The unmutated inputs by kind; the exports are made once, small."""
    doc = load(sample_map())
    journey = sample_map().read_bytes()
    found: dict[str, list[Seed]] = {kind: [] for kind in KINDS}
    for path in sorted(SAMPLES.glob("*.journey")):
        found["journey"].append(Seed("journey", path.name, path.read_bytes()))
    found["csv"].append(Seed("csv", "sample.csv", write_csv(doc)))
    found["csv"].append(Seed("csv", "sample-fr.csv", write_csv(load(sample_map("fr")))))
    found["mermaid"].append(Seed("mermaid", "sample.mmd", write_mermaid(doc).encode()))
    for path in [*sorted(CORPUS.rglob("*.mmd")), *sorted(TEST_DATA.rglob("*.md"))]:
        found["mermaid"].append(Seed("mermaid", path.name, path.read_bytes()))
    small = ExportOptions(appendix=False, scale=0.25)
    for kind in ("pdf", "png", "svg"):
        data = BY_KIND[kind].write(doc, small).data
        found[kind].append(Seed(kind, f"sample.{kind}", data, journey))
    return found


# -- mutations ---------------------------------------------------------------------------

HOSTILE_TOKENS: tuple[bytes, ...] = (
    b"\x00",
    b"9" * 5000,
    b"-" + b"9" * 4301,
    b"1e999",
    b"-1e400",
    b"NaN",
    b"Infinity",
    b"\\ud800",
    b"\\udfff\\ud800",
    b"\xed\xa0\x80",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b'"' + b"x" * 200_000 + b'"',
    b"[" * 5000,
    b'{"a":' * 3000,
    b"]]]}}}",
    b'"id": "dup"',
    b"\r\n",
    b"=HYPERLINK(\"http://x\")",
    b"'",
    b'"',
    b",,,,,,,,,,,,,,,,,,,,",
    b"</metadata>",
    b"<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>",
    b"%%EOF",
    b"IEND",
)


def _position(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def flip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    if not data:
        return data, "flip (empty)"
    out = bytearray(data)
    count = rng.randint(1, 8)
    for _ in range(count):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out), f"flip {count} bits"


def truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    at = _position(rng, data)
    return data[:at], f"truncate at {at}"


def insert(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    token = rng.choice(HOSTILE_TOKENS)
    at = _position(rng, data)
    return data[:at] + token + data[at:], f"insert {token[:12]!r} ({len(token)} bytes) at {at}"


def random_bytes(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    token = rng.randbytes(rng.randint(1, 64))
    at = _position(rng, data)
    return data[:at] + token + data[at:], f"insert {len(token)} random bytes at {at}"


def delete(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    start = _position(rng, data)
    end = min(len(data), start + rng.randint(1, 2000))
    return data[:start] + data[end:], f"delete {start}:{end}"


def duplicate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    start = _position(rng, data)
    end = min(len(data), start + rng.randint(1, 2000))
    at = _position(rng, data)
    return data[:at] + data[start:end] + data[at:], f"copy {start}:{end} to {at}"


BYTE_MUTATORS: tuple[Callable[[random.Random, bytes], tuple[bytes, str]], ...] = (
    flip,
    truncate,
    insert,
    random_bytes,
    delete,
    duplicate,
)

RAW_VALUES: tuple[str, ...] = (
    "9" * 5000,
    "-" + "9" * 4400,
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "-Infinity",
    '"x\\ud800y"',
    '"\\udc00"',
    '"a\\u0000b"',
    "[" * 3000 + "]" * 3000,
    '{"a":' * 2000 + "1" + "}" * 2000,
    "[" * 100_000 + "]" * 100_000,
    "1" + "0" * 400,
    "0." + "0" * 5000 + "1",
)

WRONG_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    2**63,
    1e308,
    -3.5,
    "",
    " ",
    "x" * 200_000,
    "=cmd|' /C calc'!A0",
    "#zzzzzz",
    "日本語テキスト",
    [],
    {},
    [None],
    {"": ""},
    [[[]]],
    ["x"] * 1000,
)


HOSTILE_TEXTS: tuple[str, ...] = (
    "x" * 131_072,
    "W" * 6000,
    "word " * 3000,
    "\u202eevil\u202c right to left",
    "🎸" * 500,
    "e\u0301\u0301\u0301 combining",
    "\u200b\u200c\u200d\ufeff",
    "line 1\nline 2\r\nline 3\u2028line 4\u2029",
    '=HYPERLINK("http://example.com")',
    "<script>alert(1)</script> &amp; </svg> ]]> <!-- -->",
    "\x01\x02\x1f\x7f control",
    "\t\t tabs",
    "%PDF-1.7 %%EOF",
    "'quoted' \"double\" `back`",
    "Ω≈ç√∫ 日本語 العربية עברית",
    "",
    " ",
)
TEXT_KEYS = frozenset(
    ["title", "name", "description", "motivation", "role", "location", "quote", "text", "author"]
)
TEXT_LISTS = frozenset(
    ["actions", "questions", "pain_points", "quotes", "goals", "challenges", "interests"]
)
EDGE_NUMBERS: tuple[float, ...] = (-2, 2, 1.9999999, -0.0, 1e-300, 1e308, -1e308, 5e-324, 150)


def _benign(rng: random.Random, root: Any) -> str:
    """A change the model accepts: an odd text, a number at an edge, a card moved."""
    nodes = _nodes(root)
    texts = [
        p
        for p in nodes
        if isinstance(_get(root, p), str)
        and (p[-1] in TEXT_KEYS or (len(p) > 1 and p[-2] in TEXT_LISTS))
    ]
    numbers = [p for p in nodes if type(_get(root, p)) in (int, float) and "version" not in p]
    choice = rng.randrange(3)
    if choice == 0 and texts:
        path, value = rng.choice(texts), rng.choice(HOSTILE_TEXTS)
        _set(root, path, value)
        return f"{_where(path)} = text {_short(value)}"
    if choice == 1 and numbers:
        path, number = rng.choice(numbers), rng.choice(EDGE_NUMBERS)
        _set(root, path, number)
        return f"{_where(path)} = {number}"
    journey = root.get("journey") if isinstance(root, dict) else None
    cards = journey.get("touchpoints") if isinstance(journey, dict) else None
    if isinstance(cards, list) and cards and isinstance(cards[0], dict):
        card = dict(rng.choice(cards))
        card["id"] = f"fuzz-{rng.randrange(10**9)}"
        cards.insert(rng.randrange(len(cards) + 1), card)
        return "a card copied with a new id"
    return "nothing"


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside ``value`` (the root excluded)."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict | list):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            found.append((*path, key))
            found += _nodes(item, (*path, key))
    return found


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        root = root[key]
    return root


def _set(root: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(root, path[:-1])[path[-1]] = value


def _ids(root: Any) -> list[tuple[Any, ...]]:
    return [p for p in _nodes(root) if p[-1] == "id" and isinstance(_get(root, p), str)]


def mutate_json(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """One or more structural changes to a map's JSON, then serialised in a random style."""
    root = json.loads(data)
    raw: list[str] = []
    steps = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        nodes = _nodes(root)
        path = rng.choice(nodes)
        action = rng.randrange(14)
        if action >= 10:
            steps.append(_benign(rng, root))
        elif action == 9:
            count = rng.choice((10_001, 50_001))
            target = rng.choice([p for p in nodes if isinstance(_get(root, p), list)])
            _set(root, target, [rng.choice(({}, "x", 0, None))] * count)
            steps.append(f"{_where(target)} flooded with {count} items")
        elif action == 0:
            value = rng.choice(WRONG_VALUES)
            _set(root, path, value)
            steps.append(f"{_where(path)} = {_short(value)}")
        elif action == 1:
            raw.append(rng.choice(RAW_VALUES))
            _set(root, path, PLACEHOLDER)
            steps.append(f"{_where(path)} = raw {raw[-1][:16]!r}")
        elif action == 2 and (ids := _ids(root)):
            source, target = rng.choice(ids), rng.choice(ids)
            _set(root, target, _get(root, source))
            steps.append(f"duplicate id {_where(source)} -> {_where(target)}")
        elif action == 3:
            other = rng.choice(nodes)
            a, b = _get(root, path), _get(root, other)
            nested = path[: len(other)] == other or other[: len(path)] == path
            try:
                if nested:
                    raise KeyError(other)
                _set(root, path, b)
                _set(root, other, a)
            except (KeyError, IndexError, TypeError):
                pass
            steps.append(f"swap {_where(path)} <-> {_where(other)}")
        elif action == 4:
            parent = _get(root, path[:-1])
            del parent[path[-1]]
            steps.append(f"delete {_where(path)}")
        elif action == 5:
            parent = _get(root, path[:-1])
            if isinstance(parent, dict):
                parent[rng.choice(("unknown", "id", "format", "version", "title"))] = 1
            else:
                parent.append(rng.choice(parent) if parent else {})
            steps.append(f"add into {_where(path[:-1])}")
        elif action == 6:
            value = _get(root, path)
            _set(root, path, [value] * rng.randint(2, 300))
            steps.append(f"{_where(path)} repeated in a list")
        elif action == 7:
            value = _get(root, path)
            if isinstance(value, list) and value:
                value.extend(value * rng.randint(1, 5))
                steps.append(f"{_where(path)} items repeated")
            elif isinstance(value, str):
                _set(root, path, value + rng.choice(("\u202e", "\x00", "\ufeff", "\U0001f600")))
                steps.append(f"{_where(path)} + odd character")
            else:
                _set(root, path, {"value": value})
                steps.append(f"{_where(path)} wrapped in an object")
        else:
            value = _get(root, path)
            wrong = str(value) if not isinstance(value, str) else [value]
            _set(root, path, wrong)
            steps.append(f"{_where(path)} changes type")
    text = json.dumps(root, indent=rng.choice((None, 2)), ensure_ascii=rng.random() < 0.5)
    for token in raw:
        text = text.replace(json.dumps(PLACEHOLDER), token, 1)
        text = text.replace(json.dumps(PLACEHOLDER, ensure_ascii=False), token, 1)
    return text.encode("utf-8", "surrogatepass"), "json: " + "; ".join(steps)


def _where(path: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path[-4:])


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 24 else text[:20] + "..."


CSV_CELLS: tuple[str, ...] = (
    "",
    "=1+1",
    "'=1+1",
    "+33 1 23",
    "-2",
    "@SUM(A1)",
    "yes",
    "maybe",
    "1e999",
    "nan",
    "inf",
    "-inf",
    "9" * 5000,
    "1 000 000,5",
    "3,5 %",
    "x" * 131_073,
    "y" * 5000,
    "- a\n- b\n* c",
    "[haute] idée",
    "[weird",
    "emotion:",
    "metric:Conversion [%]",
    "emotion:Léa",
    "phase",
    "title",
    '"',
    "\r",
    "\ufeff",
    "\x00",
)


def mutate_csv(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Change cells, rows or columns of a CSV file, then write it with a random delimiter."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    steps = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        action = rng.randrange(6)
        r = rng.randrange(len(rows))
        if action == 0 and rows[r]:
            c = rng.randrange(len(rows[r]))
            rows[r][c] = rng.choice(CSV_CELLS)
            steps.append(f"cell {r},{c} = {_short(rows[r][c])}")
        elif action == 1 and rows[0]:
            c = rng.randrange(len(rows[0]))
            for row in rows:
                row.insert(c, row[c] if c < len(row) else "")
            steps.append(f"column {c} duplicated")
        elif action == 2 and rows[0]:
            c = rng.randrange(len(rows[0]))
            for row in rows:
                del row[c : c + 1]
            steps.append(f"column {c} removed")
        elif action == 3:
            rows.insert(rng.randrange(len(rows) + 1), list(rng.choice(rows)))
            steps.append(f"row {r} copied")
        elif action == 4:
            count = rng.choice((1, 50, 2000))
            rows[0] += [f"emotion:P{i}" for i in range(count)]
            steps.append(f"{count} persona columns added")
        else:
            del rows[r]
            steps.append(f"row {r} removed")
    out = io.StringIO()
    delimiter = rng.choice(",;\t")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    encoding = rng.choice(("utf-8", "utf-8-sig", "utf-16", "cp1252"))
    encoded = out.getvalue().encode(encoding, "replace")
    return encoded, f"csv ({encoding}, {delimiter!r}): " + "; ".join(steps)


MERMAID_LINES: tuple[str, ...] = (
    "journey",
    "title",
    "title " + "T" * 600,
    "section",
    "section " + "S" * 600,
    "Task",
    "Task: 5",
    "Task: 99999999999999999999: A",
    "Task: -3: A",
    "Task: nan: A",
    "Task: 1e999: A",
    "Task: 5: " + ",".join(f"A{i}" for i in range(1000)),
    "Task: 5: ,,,,",
    ": 5: A",
    "accDescr {",
    "accDescr: " + "d" * 5000,
    "accTitle: x",
    "}",
    "```mermaid",
    "```",
    "---",
    "title: front",
    "%%{init: {}}%%",
    "%% comment",
    "  #" * 40,
    "Task # 5 # A # b: 3: B",
    "\u200bsection: 3: A",
    "\x00",
    "x" * 131_073,
)


def mutate_mermaid(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Insert, copy, swap or remove lines of a Mermaid diagram."""
    lines = data.decode("utf-8-sig").split("\n")
    steps = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        action = rng.randrange(4)
        at = rng.randrange(len(lines) + 1)
        if action == 0:
            line = rng.choice(MERMAID_LINES)
            lines.insert(at, rng.choice(("", "  ", "\t")) + line)
            steps.append(f"line {at} = {_short(line)}")
        elif action == 1 and lines:
            copied = rng.choice(lines)
            lines[at:at] = [copied] * rng.choice((1, 2, 500))
            steps.append(f"line copied to {at}")
        elif action == 2 and len(lines) > 1:
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            steps.append(f"lines {a} and {b} swapped")
        elif lines:
            del lines[rng.randrange(len(lines))]
            steps.append("a line removed")
    ending = rng.choice(("\n", "\r\n", "\r"))
    return ending.join(lines).encode("utf-8", "surrogatepass"), "mermaid: " + "; ".join(steps)


def mutate_export(rng: random.Random, seed: Seed) -> tuple[bytes, str]:
    """A mutated map put back into the export (the container itself stays sound)."""
    assert seed.journey is not None
    journey, how = mutate_json(rng, seed.journey)
    if seed.kind == "png":
        try:
            return png_with_map(seed.data, journey), f"png with {how}"
        except ValueError:  # too large or not UTF-8 for a PNG text chunk: put it raw
            chunk = base64.b64encode(journey)
            return seed.data.replace(b"IEND", chunk + b"IEND", 1), f"png, raw map, {how}"
    if seed.kind == "svg":
        svg = seed.data.decode("utf-8")
        return svg_with_map(svg, journey).encode("utf-8"), f"svg with {how}"
    return pdf_with_map(seed.data, journey), f"pdf with {how}"


STRUCTURAL: dict[str, Callable[[random.Random, bytes], tuple[bytes, str]]] = {
    "journey": mutate_json,
    "csv": mutate_csv,
    "mermaid": mutate_mermaid,
}


def make_case(index: int, seeds: dict[str, list[Seed]]) -> tuple[str, bytes, str]:
    """Case ``index``: its kind, its bytes and how they were made (always the same)."""
    rng = random.Random(f"{SEED}:{index}")
    kind = KINDS[index % len(KINDS)]
    seed = rng.choice(seeds[kind])
    if rng.random() < 0.5:
        if kind in STRUCTURAL:
            data, how = STRUCTURAL[kind](rng, seed.data)
        else:
            data, how = mutate_export(rng, seed)
        if rng.random() < 0.2:
            data, more = rng.choice(BYTE_MUTATORS)(rng, data)
            how += f", then {more}"
    else:
        data, steps = seed.data, []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            data, step = rng.choice(BYTE_MUTATORS)(rng, data)
            steps.append(step)
        how = "bytes: " + "; ".join(steps)
    return kind, data, f"{seed.name}, {how}"


# -- the test ----------------------------------------------------------------------------


def run_case(path: Path, svg: Any) -> bool:
    """Open ``path``; True when accepted (then saved and exported). Raises on a failure."""
    try:
        doc = read_map(path).doc
    except InputError as error:
        message = error.describe()
        if error.source != str(path) or not message.startswith(f"{path}: ") or not message:
            raise AssertionError(f"the refusal does not name the file: {message[:300]!r}") from None
        if len(message) > 20_000:
            raise AssertionError(f"the refusal is {len(message):,} characters long") from None
        return False
    saved = dumps(doc)
    if dumps(loads(saved, "the saved copy")) != saved:
        raise AssertionError("the map changed when saved and read again")
    exported = path.with_name(path.name + ".export.svg")
    exported.write_bytes(svg.write(doc, ExportOptions()).data)
    again = read_map(exported).doc
    exported.unlink()
    if dumps(again) != saved:
        raise AssertionError("the map read back from its SVG export is not the same")
    return True


def test_mutated_inputs_are_opened_or_refused_cleanly(
    seeds: dict[str, list[Seed]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # damaged PDFs are the point
    folder = tmp_path_factory.mktemp("fuzz")
    kept = tmp_path_factory.mktemp("fuzz-failures")
    svg = BY_KIND["svg"]
    report = Report()
    started = time.perf_counter()
    for index in range(CASES):
        kind, data, how = make_case(index, seeds)
        path = folder / f"case-{index}{SUFFIX[kind]}"
        path.write_bytes(data)
        digest = hashlib.sha256(data).digest()
        case_started = time.perf_counter()
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
        problem = None
        accepted = False
        try:
            accepted = run_case(path, svg)
        except AssertionError as error:
            problem = str(error)
        except Exception:
            problem = traceback.format_exc(limit=-6)
        finally:
            faulthandler.cancel_dump_traceback_later()
        seconds = time.perf_counter() - case_started
        if problem is None and seconds > CASE_SECONDS:
            problem = f"took {seconds:.1f} s (the bound is {CASE_SECONDS:.0f} s)"
        if hashlib.sha256(path.read_bytes()).digest() != digest:
            problem = (problem or "") + " the input file was changed"
        report.outcomes.append(Outcome(index, kind, how[:160], seconds, accepted))
        if problem is not None:
            copy = kept / path.name
            copy.write_bytes(data)
            report.failures.append(
                f"case {index} ({kind}, {how[:200]}), kept as {copy}:\n{problem}"
            )
        path.unlink()
    summary = report.summary(time.perf_counter() - started)
    print("\n" + summary)
    assert not report.failures, (
        f"{len(report.failures)} of {CASES} cases failed (seed {SEED}):\n\n"
        + "\n\n".join(report.failures[:20])
        + "\n\n"
        + summary
    )


def test_case_inputs_are_reproducible(seeds: dict[str, list[Seed]]) -> None:
    for index in (0, 1, 5, 17):
        assert make_case(index, seeds) == make_case(index, seeds)


def test_every_unmutated_input_opens(seeds: dict[str, list[Seed]], tmp_path: Path) -> None:
    for kind, found in seeds.items():
        for seed in found:
            path = tmp_path / f"seed{SUFFIX[kind]}"
            path.write_bytes(seed.data)
            assert read_map(path).doc.touchpoints, seed.name
    assert map_from_pdf(seeds["pdf"][0].data) == sample_map().read_bytes()


# -- what the fuzzer found ----------------------------------------------------------------


def _map_with_control_characters() -> Any:
    doc = load(sample_map())
    doc.touchpoints[0].actions = ["\x01\x02\x1f control", "a\x00b"]
    return doc


def test_an_svg_export_of_a_map_with_control_characters_opens_again(
    qapp: Any, tmp_path: Path
) -> None:
    doc = _map_with_control_characters()
    path = tmp_path / "map.svg"
    path.write_bytes(BY_KIND["svg"].write(doc, ExportOptions()).data)

    assert dumps(read_map(path).doc) == dumps(doc)


def test_an_svg_export_of_a_map_with_control_characters_is_well_formed_xml(qapp: Any) -> None:
    from xml.etree import ElementTree

    data = BY_KIND["svg"].write(_map_with_control_characters(), ExportOptions()).data

    ElementTree.fromstring(data)
