"""Mermaid journeys: real diagrams in, diagrams Mermaid's own grammar accepts out."""

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.document import JourneyMap, Persona, Phase, Touchpoint
from app.model.errors import InputError
from app.model.integrity import integrity_problems
from app.model.mermaid import MermaidImport, read_mermaid, write_mermaid
from app.model.templates import default_lanes

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "mermaid"
DATA = Path(__file__).parent / "data" / "mermaid"
CORPUS_FILES = sorted(CORPUS.glob("*.mmd"))


# -- Mermaid's journey grammar, ported --------------------------------------------------
# Ported from mermaid-js/mermaid:
#   packages/mermaid/src/diagrams/user-journey/parser/journey.jison  (lexer rules, grammar)
#   packages/mermaid/src/diagrams/user-journey/journeyDb.ts          (addTask: taskData split)
#   packages/mermaid/src/preprocess.ts, diagram-api/comments.ts,
#   diagram-api/regexes.ts                                           (text clean-up first)
# Jison semantics kept: rules are tried in order and the FIRST match wins (no `flex`
# option); `%options case-insensitive` (JS /i without /u: ASCII folding); lex-parser
# appends `\b` to a rule ending in a word character, so "journey" is `journey\b`.
# JS `\s`, `.` and `\b` differ from Python's, so they are spelt out.

JS_SPACE = "".join(
    [
        "\t\n\v\f\r \u00a0\u1680",
        *map(chr, range(0x2000, 0x200B)),
        "\u2028\u2029\u202f\u205f\u3000\ufeff",
    ]
)
JS_S = f"[{JS_SPACE}]"
JS_DOT = "[^\n\r\u2028\u2029]"
FLAGS = re.IGNORECASE | re.ASCII


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(r"\s", JS_S), FLAGS)


# (regex, token or None to skip, state change: a state to begin, "pop", or None)
LEXER: dict[str, list[tuple[re.Pattern[str], str | None, str | None]]] = {
    "INITIAL": [
        (_rule(r"%%(?!\{)[^\n]*"), None, None),
        (_rule(r"[^}]%%[^\n]*"), None, None),
        (_rule(r"\n+"), "NEWLINE", None),
        (_rule(r"\s+"), None, None),
        (_rule(r"#[^\n]*"), None, None),
        (_rule(r"journey(?![A-Za-z0-9_])"), "journey", None),
        (_rule(r"title\s[^#\n;]+"), "title", None),
        (_rule(r"accTitle\s*:\s*"), "acc_title", "acc_title"),
        (_rule(r"accDescr\s*:\s*"), "acc_descr", "acc_descr"),
        (_rule(r"accDescr\s*\{\s*"), None, "acc_descr_multiline"),
        (_rule(r"section\s[^#:\n;]+"), "section", None),
        (_rule(r"[^#:\n;]+"), "taskName", None),
        (_rule(r":[^#\n;]+"), "taskData", None),
        (_rule(r":"), ":", None),
        (_rule(JS_DOT), "INVALID", None),
    ],
    # `(?!\n|;|#)*[^\n]*` in the jison file: the quantified look-ahead matches nothing.
    "acc_title": [(_rule(r"[^\n]*"), "acc_title_value", "pop")],
    "acc_descr": [(_rule(r"[^\n]*"), "acc_descr_value", "pop")],
    "acc_descr_multiline": [
        (_rule(r"\}"), None, "pop"),
        (_rule(r"[^}]*"), "acc_descr_multiline_value", None),
    ],
}
DIRECTIVE = _rule(
    r"%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2})"
    + JS_DOT
    + r"|\r?\n)*))?\s*(?:\}%{2})?"
)
COMMENT_LINE = re.compile(rf"^{JS_S}*%%(?!\{{)[^\n]+\n?", re.MULTILINE)
JS_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?", FLAGS)


class MermaidSyntaxError(Exception):
    """What Mermaid's parser would throw."""


@dataclass
class MermaidView:
    """What Mermaid's journeyDb holds after parsing."""

    title: str | None = None
    sections: list[str] = field(default_factory=list)
    tasks: list[tuple[str, str, float, list[str]]] = field(default_factory=list)
    """(section, task, score, people), as journeyDb.addTask stores them."""


def mermaid_preprocess(code: str) -> str:
    """preprocess.ts: CR/LF clean-up, directives removed, comment lines removed, trimStart."""
    code = re.sub(r"\r\n?", "\n", code)
    code = DIRECTIVE.sub("", code)
    return COMMENT_LINE.sub("", code).lstrip(JS_SPACE)


def mermaid_lex(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    states = ["INITIAL"]
    pos = 0
    while pos < len(text):
        found = [(rx.match(text, pos), tok, chg) for rx, tok, chg in LEXER[states[-1]]]
        first = next(((m, tok, chg) for m, tok, chg in found if m is not None), None)
        if first is None:
            raise MermaidSyntaxError(f"lexical error at {pos}: {text[pos : pos + 20]!r}")
        match, token, change = first
        pos = match.end()
        if token is not None:
            tokens.append((token, match.group()))
        if change == "pop":
            states.pop()
        elif change is not None:
            states.append(change)
    tokens.append(("EOF", ""))
    return tokens


def js_number(text: str) -> float:
    text = text.strip(JS_SPACE)
    if not text:
        return 0.0
    return float(text) if JS_NUMBER.fullmatch(text) else math.nan


def mermaid_parse(text: str, *, preprocess: bool = True) -> MermaidView:
    """Parse like Mermaid; raise MermaidSyntaxError where Mermaid would fail."""
    tokens = mermaid_lex(mermaid_preprocess(text) if preprocess else text)
    if tokens[0][0] != "journey":
        raise MermaidSyntaxError(f"expected 'journey', got {tokens[0]}")
    view = MermaidView()
    section = ""
    i = 1
    pairs = {"acc_title": "acc_title_value", "acc_descr": "acc_descr_value", "taskName": "taskData"}
    while tokens[i][0] != "EOF":
        kind, value = tokens[i]
        if kind in pairs:
            if tokens[i + 1][0] != pairs[kind]:
                raise MermaidSyntaxError(f"{kind} {value!r} followed by {tokens[i + 1]}")
            if kind == "taskName":
                pieces = tokens[i + 1][1][1:].split(":")
                people = [p.strip(JS_SPACE) for p in pieces[1].split(",")] if pieces[1:] else []
                view.tasks.append((section, value, js_number(pieces[0]), people))
            i += 2
            continue
        if kind == "title":
            view.title = value[6:]
        elif kind == "section":
            section = value[8:]
            view.sections.append(section)
        elif kind not in ("NEWLINE", "acc_descr_multiline_value"):
            raise MermaidSyntaxError(f"unexpected {kind} {value!r}")
        i += 1
    return view


def assert_mermaid_accepts(text: str) -> MermaidView:
    """Both with today's preprocessing and with the bare jison lexer (older Mermaid)."""
    raw = mermaid_parse(text, preprocess=False)
    view = mermaid_parse(text)
    assert (view.title, view.sections, view.tasks) == (raw.title, raw.sections, raw.tasks)
    return view


def test_the_grammar_port_accepts_mermaids_own_examples_and_rejects_what_mermaid_rejects() -> None:
    good = (
        "journey\ntitle T\nsection Documentation\nA task: 5: Alice, Bob, Charlie\n"
        "B task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\n"
    )
    view = mermaid_parse(good)
    assert view.tasks[0] == ("Documentation", "A task", 5, ["Alice", "Bob", "Charlie"])
    assert view.tasks[2] == ("Documentation", "C task", 5, [])
    assert view.tasks[4] == ("Documentation", "E task", 5, [""])
    assert mermaid_parse("%% hello\n%%{init: {'theme': 'dark'}}%%\njourney\nsection A\n").sections
    assert mermaid_parse("journey\naccDescr {\n  two\n  lines\n}\nsection A\n").sections == ["A"]
    assert mermaid_parse("journey\nTitle page: 3: Me\n").title == "page: 3: Me"
    for bad in (
        "flowchart LR\nA-->B",
        "journey\nMake tea\n",
        "journey\nC# course: 5: Me\n",
        "journey\nTea; cake: 5: Me\n",
        "journey\nsection A: B\n",
        "journey\njourney planning: 5: Me\n",
        "journey\nMake tea:\n",
    ):
        with pytest.raises(MermaidSyntaxError):
            mermaid_parse(bad)


# -- the real diagrams ------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    title: str
    sections: list[tuple[str, int]]
    """Section name and its number of tasks."""
    personas: list[str]
    emotions: dict[str, dict[str, float]]
    """Some tasks' emotions by persona name."""


EXPECTED: dict[str, Expected] = {
    "en_creator_two_actors.mmd": Expected(
        "From spoken question to approved content package",
        [("Start", 3), ("Research", 3), ("Create", 4)],
        ["Creator", "Agent"],
        {
            "Review plan, sources, and credit estimate": {"Creator": 2, "Agent": 2},
            "Track evidence collection": {"Agent": 1},
            "Connect YouTube channel": {"Creator": 1},
        },
    ),
    "en_investigator.mmd": Expected(
        "Investigator Workflow",
        [("Authentication", 2), ("Case Setup", 2), ("Evidence Collection", 4)],
        ["Investigator"],
        {
            "Select file from device/camera": {"Investigator": 1},
            "View SHA-256 hash confirmation": {"Investigator": 2},
        },
    ),
    "en_mermaid_docs_example.mmd": Expected(
        "My working day",
        [("Go to work", 3), ("Go home", 2)],
        ["Me", "Cat"],
        {"Make tea": {"Me": 2}, "Go upstairs": {"Me": 0}, "Do work": {"Me": -2, "Cat": -2}},
    ),
    "en_vault_nospace.mmd": Expected(
        "Create SpringBoot application with vault-java-driver",
        [("Steps", 6)],
        ["You"],
        {"Enable kv secrets engine": {"You": 2}, "Run app with java cmd": {"You": 2}},
    ),
    "es_gym_personas.mmd": Expected(
        "Experiencia Ideal — de la búsqueda a la visita",
        [
            ("Descubrir (SEO)", 2),
            ("Valorar", 2),
            ("Cualificar", 2),
            ("Convertir", 2),
            ("Cerrar (humano)", 2),
        ],
        ["Daniela", "Asesor", "Agente"],
        {
            'Busca en Google "perder peso"': {"Daniela": 0},
            'Inicia "Experiencia Ideal"': {"Daniela": 1},
            "Asesor recibe el brief y la atiende": {"Asesor": 2},
            "Agente de voz confirma la cita": {"Agente": 2},
        },
    ),
    "zh_shopping.mmd": Expected(
        "在线购物网站使用旅程",
        [("浏览商品", 3), ("加入购物车", 2), ("结算支付", 3), ("查看订单", 2)],
        ["用户"],
        {"点击去结算": {"用户": -1}, "选择支付方式并支付": {"用户": 0}, "登录网站": {"用户": 1}},
    ),
}


def structure(doc: JourneyMap) -> dict[str, object]:
    """What a Mermaid journey carries, by name: phases and their tasks, personas, emotions."""
    persona = {p.id: p.name for p in doc.personas}
    tps = doc.touchpoints_in_journey_order()
    return {
        "title": doc.title,
        "phases": [
            (ph.name, [tp.title for tp in tps if tp.phase_id == ph.id]) for ph in doc.phases
        ],
        "personas": [p.name for p in doc.personas],
        "emotions": [{persona[k]: v for k, v in tp.emotions.items()} for tp in tps],
    }


def emotions_by_title(doc: JourneyMap) -> dict[str, dict[str, float]]:
    persona = {p.id: p.name for p in doc.personas}
    return {tp.title: {persona[k]: v for k, v in tp.emotions.items()} for tp in doc.touchpoints}


def test_the_corpus_is_there_and_every_file_is_described() -> None:
    assert CORPUS_FILES, f"no Mermaid diagrams found in {CORPUS}"
    assert {f.name for f in CORPUS_FILES} == set(EXPECTED)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_real_diagram_imports_with_its_sections_tasks_and_actors(path: Path) -> None:
    expected = EXPECTED[path.name]
    result = read_mermaid(path.read_text(encoding="utf-8"), str(path))
    doc = result.journey

    assert result.warnings == []
    assert integrity_problems(doc) == []
    assert doc.title == expected.title
    tps = doc.touchpoints_in_journey_order()
    assert [(p.name, sum(tp.phase_id == p.id for tp in tps)) for p in doc.phases] == (
        expected.sections
    )
    assert [p.name for p in doc.personas] == expected.personas
    assert len({p.colour for p in doc.personas}) == len(doc.personas)
    emotions = emotions_by_title(doc)
    for title, by_persona in expected.emotions.items():
        assert emotions[title] == by_persona
    card_lane = doc.lanes[0]
    assert card_lane.kind == "touchpoints" and card_lane.name == "Touchpoints"
    assert all(tp.lane_id == card_lane.id for tp in doc.touchpoints)
    assert [lane.kind for lane in doc.lanes] == [lane.kind for lane in default_lanes("en")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_the_grammar_port_accepts_every_real_diagram(path: Path) -> None:
    view = assert_mermaid_accepts(path.read_text(encoding="utf-8"))
    assert [s for s, _ in EXPECTED[path.name].sections] == view.sections


def test_a_task_with_no_space_after_its_colon_imports() -> None:
    text = (CORPUS / "en_vault_nospace.mmd").read_text(encoding="utf-8")
    assert "Enable kv secrets engine:5: You" in text
    doc = read_mermaid(text).journey
    assert emotions_by_title(doc)["Enable kv secrets engine"] == {"You": 2}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_export_then_import_gives_back_every_real_diagram(path: Path) -> None:
    first = read_mermaid(path.read_text(encoding="utf-8")).journey
    written = write_mermaid(first)
    again = read_mermaid(written)

    assert again.warnings == []
    assert structure(again.journey) == structure(first)
    view = assert_mermaid_accepts(written)
    assert view.title == first.title
    assert view.tasks == [
        (
            first.phase(tp.phase_id).name,
            tp.title,
            expected_score(tp),
            [p.name for p in first.personas if p.id in tp.emotions],
        )
        for tp in first.touchpoints_in_journey_order()
    ]


def test_a_markdown_file_gives_its_journey_block_and_warnings_name_the_files_lines() -> None:
    text = (DATA / "readme_with_journey.md").read_text(encoding="utf-8")
    result = read_mermaid(text.replace("Fill in the form: 2", "Fill in the form: 9"))
    doc = result.journey
    assert doc.title == "Joining the club"
    assert [p.name for p in doc.personas] == ["Visitor", "Friend"]
    assert [tp.title for tp in doc.touchpoints] == [
        "See a poster",
        "Ask a friend",
        "Fill in the form",
    ]
    assert result.warnings == ["line 20: score 9 is outside 1-5; clamped to 5"]


# -- tolerance --------------------------------------------------------------------------


def read(text: str, **kwargs: str) -> MermaidImport:
    result = read_mermaid(text, "test.mmd", **kwargs)
    assert integrity_problems(result.journey) == []
    return result


def test_comments_directives_accessibility_lines_and_blank_lines_are_ignored() -> None:
    text = """
%% a comment before the keyword
%%{init: {"theme": "forest"}}%%

journey
  %%{init: {
      "journey": {"useMaxWidth": false}
  }}%%
  title   Commute\x20\x20
  accTitle: My commute
  accDescr: How I get to the office
  %% a comment between lines
  %%* a block comment
      Not a task: 1: Me
  *%%
  section Morning\x20\x20
    Wake up: 3: Me\t\x20

    # a hash comment
    Catch the bus: 2: Me # late again
"""
    result = read(text)
    doc = result.journey
    assert result.warnings == []
    assert doc.title == "Commute"
    assert doc.description == "How I get to the office"
    assert [p.name for p in doc.phases] == ["Morning"]
    assert emotions_by_title(doc) == {"Wake up": {"Me": 0}, "Catch the bus": {"Me": -1}}


def test_a_multiline_accessibility_description_becomes_the_map_description() -> None:
    text = "journey\naccDescr {\n   A family\n   shopping trip\n}\nsection A\nGo: 4: Me\n"
    doc = read(text).journey
    assert doc.description == "A family\nshopping trip"
    assert [tp.title for tp in doc.touchpoints] == ["Go"]


def test_a_task_with_no_actor_scores_for_a_customer_persona_made_only_when_needed() -> None:
    assert read("journey\nsection A\nGo: 4: Me\n").journey.personas[0].name == "Me"
    doc = read("journey\nsection A\nMake tea: 5\nDrink it: 4:\nWash up: 2: Me\n").journey
    assert [p.name for p in doc.personas] == ["Customer", "Me"]
    assert emotions_by_title(doc) == {
        "Make tea": {"Customer": 2},
        "Drink it": {"Customer": 1},
        "Wash up": {"Me": -1},
    }


def test_several_actors_are_trimmed_and_deduplicated_ignoring_case() -> None:
    doc = read("journey\nsection A\nMeet: 4:  Ana ,Bo, ana,, BO \nTalk: 2: bo\n").journey
    assert [p.name for p in doc.personas] == ["Ana", "Bo"]
    assert emotions_by_title(doc) == {"Meet": {"Ana": 1, "Bo": 1}, "Talk": {"Bo": -1}}


def test_names_with_colons_quotes_and_hashes_keep_them() -> None:
    text = (
        'journey\nsection Phase 1: "Discover"\n'
        "Meeting at 10:30: 4: Me\n"
        'Say "hi": it\'s me: 5\n'
        "Learn C#: 3: Me\n"
        "Count: 3: 5\n"
    )
    doc = read(text).journey
    assert [p.name for p in doc.phases] == ['Phase 1: "Discover"']
    assert emotions_by_title(doc) == {
        "Meeting at 10:30": {"Me": 1},
        'Say "hi": it\'s me': {"Customer": 2},
        "Learn C#": {"Me": 0},
        "Count: 3": {"Customer": 2},
    }


def test_arabic_and_cjk_names_import() -> None:
    doc = read(
        "journey\n  title رحلة العميل\n  section 发现\n    زيارة المتجر : 4 : سارة، 李雷\n"
        "    下单 : 5 : 李雷\n"
    ).journey
    assert doc.title == "رحلة العميل"
    assert [p.name for p in doc.phases] == ["发现"]
    # The Arabic comma is not Mermaid's separator, so this is one actor.
    assert [p.name for p in doc.personas] == ["سارة، 李雷", "李雷"]


def test_crlf_bom_tabs_and_trailing_spaces_are_tolerated() -> None:
    text = "\ufeffjourney\r\n\ttitle Trip \r\n\tsection Go\t\r\n\t\tLeave: 4: Me  \r\n\r\n"
    result = read(text)
    assert result.warnings == []
    assert structure(result.journey) == {
        "title": "Trip",
        "phases": [("Go", ["Leave"])],
        "personas": ["Me"],
        "emotions": [{"Me": 1}],
    }


def test_a_fenced_mermaid_block_is_read() -> None:
    text = "```mermaid\njourney\n  section A\n    Go: 4: Me\n```\n"
    assert [tp.title for tp in read(text).journey.touchpoints] == ["Go"]
    text = "~~~\njourney\n  section A\n    Go: 4: Me\n~~~\n"
    assert [tp.title for tp in read(text).journey.touchpoints] == ["Go"]


def test_scores_outside_one_to_five_are_clamped_with_a_warning_naming_the_line() -> None:
    result = read("journey\nsection A\nBad: 0: Me\n\nGreat: 7: Me\nOdd: 3.5: Me\n")
    assert result.warnings == [
        "line 3: score 0 is outside 1-5; clamped to 1",
        "line 5: score 7 is outside 1-5; clamped to 5",
    ]
    assert emotions_by_title(result.journey) == {
        "Bad": {"Me": -2},
        "Great": {"Me": 2},
        "Odd": {"Me": 0.5},
    }


def test_a_task_with_a_missing_or_wrong_score_imports_without_emotions_and_a_warning() -> None:
    result = read("journey\nsection A\nMake tea\nPour:\nDrink: lots: Me\nGo: 4: Me\n")
    assert [tp.title for tp in result.journey.touchpoints] == ["Make tea", "Pour", "Drink", "Go"]
    assert [tp.emotions != {} for tp in result.journey.touchpoints] == [False, False, False, True]
    assert result.warnings == [
        "line 3: 'Make tea' has no score; imported it without emotions",
        "line 4: 'Pour' has no score; imported it without emotions",
        "line 5: score 'lots' is not a number; imported 'Drink' without emotions",
    ]


def test_tasks_before_any_section_go_to_a_journey_phase_and_empty_sections_are_kept() -> None:
    doc = read("journey\nWake up: 3: Me\nsection Empty\nsection Work\nWork: 2: Me\n").journey
    assert structure(doc)["phases"] == [("Journey", ["Wake up"]), ("Empty", []), ("Work", ["Work"])]


def test_the_title_comes_from_the_diagram_then_front_matter_then_the_caller() -> None:
    body = "journey\nsection A\nGo: 3: Me\n"
    assert read(body).journey.title == "Imported journey"
    assert read(body, title="Commute").journey.title == "Commute"
    assert read("journey\ntitle\n" + body[8:], title="Commute").journey.title == "Commute"
    assert read("---\ntitle: 'Front'\n---\n" + body, title="Commute").journey.title == "Front"
    assert read("journey\ntitle Mine\n" + body[8:], title="Commute").journey.title == "Mine"


def test_odd_lines_are_read_with_a_warning() -> None:
    result = read("JOURNEY\nsection\nGo: 3: Me\njourney\ntitle A\ntitle B\n")
    assert result.journey.title == "B"
    assert [p.name for p in result.journey.phases] == ["Section 1"]
    assert result.warnings == [
        "line 2: a section with no name; called it 'Section 1'",
        "line 4: a second `journey` line; ignored it",
        "line 6: a second title; it replaces the first, as in Mermaid",
    ]


def test_names_longer_than_the_model_allows_are_shortened_with_a_warning() -> None:
    result = read(f"journey\nsection A\n{'x' * 600}: 3: {'y' * 501}\n")
    assert len(result.journey.touchpoints[0].title) == 500
    assert len(result.journey.personas[0].name) == 500
    assert result.warnings == [
        "line 3: the task name is longer than 500 characters; shortened it",
        "line 3: the actor name is longer than 500 characters; shortened it",
    ]


# -- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "msg"),
    [
        ("", "x.mmd: is empty: it holds no Mermaid journey diagram (one starts with `journey`)"),
        (" \n\t\n", "x.mmd: is empty"),
        ("%% only a comment\n", "x.mmd: is empty"),
        (
            "flowchart LR\n  A --> B\n",
            "x.mmd: line 1: this is not a Mermaid journey diagram "
            "(it does not start with `journey` but with `flowchart LR`)",
        ),
        ("%% intro\n\nsequenceDiagram\njourney\n", "x.mmd: line 3: this is not a Mermaid journey"),
        ("journeys\nsection A\n", "x.mmd: line 1: this is not a Mermaid journey diagram"),
        (
            "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "x.mmd: line 3: this is a binary file (it contains NUL bytes), "
            "not a Mermaid journey diagram",
        ),
        ("journey\n\ud800\n", "x.mmd: line 2: this line holds characters that are not valid"),
    ],
)
def test_text_that_is_not_a_journey_is_refused_with_a_clear_message(text: str, msg: str) -> None:
    with pytest.raises(InputError) as caught:
        read_mermaid(text, "x.mmd")
    assert str(caught.value).startswith(msg)


def test_every_task_line_without_a_name_is_reported_at_once() -> None:
    with pytest.raises(InputError) as caught:
        read_mermaid("journey\nsection A\n: 5: Me\nGo: 3: Me\n  :3\n", "bad.mmd")
    assert [str(p) for p in caught.value.problems] == [
        "line 3: `: 5: Me` has no task name (a task reads `Task name: score: actors`)",
        "line 5: `:3` has no task name (a task reads `Task name: score: actors`)",
    ]


# -- export -----------------------------------------------------------------------------


def make_map(
    phases: list[str], personas: list[str], tasks: list[tuple[int, str, dict[int, float]]]
) -> JourneyMap:
    """A map from names: tasks are (phase index, title, {persona index: emotion})."""
    made_phases = [Phase(name=name) for name in phases]
    made_personas = [Persona(name=name) for name in personas]
    lanes = default_lanes("en")
    return JourneyMap(
        title="Map",
        phases=made_phases,
        lanes=lanes,
        personas=made_personas,
        touchpoints=[
            Touchpoint(
                phase_id=made_phases[phase].id,
                lane_id=lanes[0].id,
                title=title,
                emotions={made_personas[i].id: v for i, v in emotions.items()},
            )
            for phase, title, emotions in tasks
        ],
    )


def test_export_writes_the_documented_lines() -> None:
    doc = make_map(
        ["Before", "Empty", "After"],
        ["Ana", "Bo", "Cy"],
        [
            (0, "Search", {0: 1.0, 1: 2.0}),
            (0, "Compare", {}),
            (2, "Pay", {2: -2.0}),
            (2, "Unbox", {0: 0.5, 1: 0.0}),
        ],
    )
    doc.description = "Why we map it\n\nTwo lines {with braces}"
    assert write_mermaid(doc) == (
        "journey\n"
        "  %% Exported from Parcours\n"
        "  title Map\n"
        "  accDescr {\n"
        "    Why we map it\n"
        "    Two lines {with braces\uff5d\n"
        "  }\n"
        "  section Before\n"
        "    Search: 5: Ana, Bo\n"
        "    Compare: 3 # not scored\n"
        "  section Empty\n"
        "  section After\n"
        "    Pay: 1: Cy\n"
        "    Unbox: 3: Ana, Bo\n"
    )


def test_the_example_in_the_user_documentation_is_what_export_writes() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "mermaid.md").read_text(encoding="utf-8")
    example = docs.split("## What is written\n\n```mermaid\n", 1)[1].split("```", 1)[0]
    doc = make_map(
        ["Consideration", "Purchase"],
        ["Léa", "Tom"],
        [
            (0, "Read reviews", {0: 1.0, 1: 1.0}),
            (0, "Compare prices", {}),
            (1, "Pay by card", {0: -2.0}),
        ],
    )
    doc.title = "Buying a guitar online"
    doc.description = "The map's description, one line per line."
    assert write_mermaid(doc) == example


def test_an_unscored_touchpoint_comes_back_unscored_and_makes_no_customer() -> None:
    doc = make_map(["A"], ["Ana"], [(0, "Look", {}), (0, "Buy", {0: 1.0})])
    again = read(write_mermaid(doc))
    assert again.warnings == []
    assert [p.name for p in again.journey.personas] == ["Ana"]
    assert emotions_by_title(again.journey) == {"Look": {}, "Buy": {"Ana": 1}}
    assert again.journey.description == ""


def test_characters_mermaid_forbids_are_replaced_by_look_alikes() -> None:
    doc = make_map(
        ["Step 1: look #1; then"],
        ["Smith, Jo: #1;"],
        [
            (0, "Pay 50%% now: card #2; cash\nor cheque", {0: 1.0}),
            (0, "Title page", {0: 0.0}),
            (0, "journey map", {}),
            (0, "section 2", {}),
            (0, "accDescr {x", {}),
            (0, "journeys", {}),
            (0, "journeyſ", {}),
        ],
    )
    doc.title = "Title: #1; the end\r\nreally"
    written = write_mermaid(doc)
    assert "  title Title: \uff031\uff1b the end  really\n" in written
    assert "  section Step 1\u2236 look \uff031\uff1b then\n" in written
    assert (
        "    Pay 50% now\u2236 card \uff032\uff1b cash or cheque: 4: "
        "Smith\u201a Jo\u2236 \uff031\uff1b\n"
    ) in written
    assert "    \u200bTitle page: 3:" in written
    assert "    \u200bjourney map: 3 # not scored\n" in written
    assert "    \u200bsection 2: 3" in written
    assert "    \u200baccDescr {x: 3" in written
    assert "    journeys: 3" in written
    assert "    \u200bjourneyſ: 3" in written
    view = assert_mermaid_accepts(written)
    assert len(view.tasks) == 7
    titles = [tp.title for tp in read(written).journey.touchpoints]
    assert titles[1:] == [
        "Title page",
        "journey map",
        "section 2",
        "accDescr {x",
        "journeys",
        "journeyſ",
    ]


def test_a_persona_named_like_a_number_stays_an_actor() -> None:
    doc = make_map(["A"], ["5", "7"], [(0, "Ask", {0: 1.0}), (0, "Pay", {0: 1.0, 1: 1.0})])
    written = write_mermaid(doc)
    assert "    Ask: 4: 5\u200b\n    Pay: 4: 5, 7\n" in written
    assert assert_mermaid_accepts(written).tasks[0] == ("A", "Ask", 4, ["5\u200b"])
    assert emotions_by_title(read(written).journey) == {"Ask": {"5": 1}, "Pay": {"5": 1, "7": 1}}


# -- generated maps ---------------------------------------------------------------------

HOSTILE = (
    st.lists(
        st.sampled_from(
            [
                *"ab5 :#;,%{}\"'`~\\<>-\n\r\t\x00\x85\u2028\ufeff\u200b\u00a0",
                "journey",
                "title ",
                "section ",
                "accDescr {",
                "accTitle:",
                "%%{init: {}}%%",
                "旅程",
                "購物",
                "رحلة",
                "😀",
                "👩‍👩‍👧",
                "é",
                "ſ",
                "K",
                "```mermaid",
                "---",
            ]
        ),
        min_size=1,
        max_size=8,
    )
    .map("".join)
    .filter(lambda s: s.strip() != "")
)
PLAIN = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
        blacklist_characters=":#;,%}\ufeff\u200b",
    ),
    min_size=1,
    max_size=16,
).filter(lambda s: s.strip() != "")
KEYWORDED = st.sampled_from(["", "journey ", "Title ", "SECTION ", "accDescr { "]).flatmap(
    lambda prefix: PLAIN.map(lambda s: (prefix + s).strip())
)
EMOTIONS = st.sampled_from([-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0])


@st.composite
def journey_maps(draw: st.DrawFn, names: st.SearchStrategy[str]) -> JourneyMap:
    phases = draw(st.lists(names, min_size=0, max_size=4))
    personas = draw(st.lists(names, max_size=3, unique_by=lambda s: s.strip().casefold()))
    tasks: list[tuple[int, str, dict[int, float]]] = []
    if phases:
        for _ in range(draw(st.integers(0, 8))):
            scored = draw(
                st.lists(st.sampled_from(range(len(personas))), unique=True)
                if personas
                else st.just([])
            )
            tasks.append(
                (
                    draw(st.integers(0, len(phases) - 1)),
                    draw(names),
                    {i: draw(EMOTIONS) for i in scored},
                )
            )
    doc = make_map(phases, personas, tasks)
    doc.title = draw(names).strip()
    doc.description = draw(st.text(max_size=30).filter(lambda s: "\x00" not in s))
    return doc


def expected_score(tp: Touchpoint) -> int:
    """The documented rule: rounded mean emotion + 3, clamped; 3 when nobody scored it."""
    values = list(tp.emotions.values())
    return min(5, max(1, round(sum(values) / len(values)) + 3)) if values else 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps(HOSTILE))
def test_maps_with_hostile_names_export_to_diagrams_mermaid_accepts(doc: JourneyMap) -> None:
    written = write_mermaid(doc)
    view = assert_mermaid_accepts(written)
    again = read(written).journey
    tps = doc.touchpoints_in_journey_order()

    # Mermaid sees what Parcours reads back: same sections, tasks, scores and actors.
    assert view.sections == [p.name for p in again.phases]
    assert len(again.phases) == len(doc.phases)
    assert [t.lstrip("\u200b") for _, t, _, _ in view.tasks] == [
        tp.title for tp in again.touchpoints
    ]
    assert [s for _, _, s, _ in view.tasks] == [expected_score(tp) for tp in tps]
    assert [len(p) for _, _, _, p in view.tasks] == [len(tp.emotions) for tp in tps]
    persona = {p.id: p.name.casefold() for p in again.personas}
    assert [{p.strip("\u200b").casefold() for p in people} for *_, people in view.tasks] == [
        {persona[k] for k in tp.emotions} for tp in again.touchpoints
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps(st.one_of(PLAIN, KEYWORDED)))
def test_maps_with_plain_names_come_back_with_the_same_names_and_scores(doc: JourneyMap) -> None:
    written = write_mermaid(doc)
    assert_mermaid_accepts(written)
    again = read(written)
    assert again.warnings == []
    persona = {p.id: p.name for p in doc.personas}
    expected = {
        **structure(doc),
        "emotions": [
            {persona[k]: float(expected_score(tp) - 3) for k in tp.emotions}
            for tp in doc.touchpoints_in_journey_order()
        ],
    }
    # Personas come back in the order they first score, and only if they score at all.
    assert {p.name for p in again.journey.personas} == {
        persona[k] for tp in doc.touchpoints for k in tp.emotions
    }
    got = structure(again.journey)
    del got["personas"], expected["personas"]
    assert got == expected


# -- never crash ------------------------------------------------------------------------

LINE_PARTS = st.sampled_from(
    [
        "journey",
        "title",
        "section",
        "accDescr {",
        "accDescr:",
        "}",
        "%%",
        "%%{",
        "}%%",
        "%%*",
        "*%%",
        ":",
        "::",
        "#",
        ";",
        ",",
        " ",
        "\t",
        "5",
        "0",
        "-1",
        "3.5",
        "9" * 30,
        ".",
        "Me",
        "Tâche",
        "旅程",
        "```",
        "```mermaid",
        "~~~",
        "---",
        "title: x",
        "\r",
        "\ufeff",
        "\u200b",
    ]
)
LINES = st.lists(st.lists(LINE_PARTS, max_size=6).map("".join), max_size=12).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), LINES, LINES.map(lambda t: "journey\n" + t)))
def test_any_text_gives_a_map_or_an_input_error(text: str) -> None:
    try:
        result = read_mermaid(text, "fuzz.mmd")
    except InputError as error:
        assert str(error).startswith("fuzz.mmd: ")
        return
    assert isinstance(result, MermaidImport)
    assert integrity_problems(result.journey) == []
    assert all(w.startswith("line ") for w in result.warnings)
    assert_mermaid_accepts(write_mermaid(result.journey))
