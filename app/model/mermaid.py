"""Read and write Mermaid ``journey`` diagrams (see ``docs/mermaid.md``).

Reading is tolerant: it follows what Mermaid shows where Mermaid accepts a line,
and makes the most sensible touchpoint of a line Mermaid would reject, with a
warning that names the line. Writing only produces text Mermaid's own grammar
(``packages/mermaid/src/diagrams/user-journey/parser/journey.jison``) accepts.
"""

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from app.model.document import JourneyMap, Persona, Phase, Touchpoint
from app.model.errors import InputError, Problem, problems_from_pydantic
from app.model.limits import (
    MAX_PERSONAS,
    MAX_PHASES,
    MAX_TEXT_CHARS,
    MAX_TOUCHPOINTS,
    check_data_size,
    check_journey,
    memory_guard,
)
from app.model.palette import persona_colour, phase_colour
from app.model.templates import default_lanes
from app.model.text import number_text, translate

DEFAULT_TITLE = "Imported journey"
DEFAULT_PHASE = "Journey"
"""The phase that holds tasks written before the first ``section``."""
DEFAULT_PERSONA = "Customer"
"""The persona that receives the score of a task that names no actor."""
NOT_SCORED = "not scored"
"""The comment that marks a task Parcours wrote for a touchpoint with no score."""
NEUTRAL_SCORE = 3
NAME_MAX = 500

Line = tuple[int, str]
"""A line of the input: its 1-based number and its text."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FENCE = re.compile(r"(`{3,}|~{3,})\s*([\w-]*).*")
_FRONT_TITLE = re.compile(r"title\s*:\s*(.*)", re.IGNORECASE)
_JOURNEY = re.compile(r"journey(?:\s+(.*))?", re.IGNORECASE)
_TITLE = re.compile(r"title(?:\s+(.*))?", re.IGNORECASE)
_SECTION = re.compile(r"section(?:\s+(.*))?", re.IGNORECASE)
_ACC_TITLE = re.compile(r"accTitle\s*:.*", re.IGNORECASE)
_ACC_DESCR = re.compile(r"accDescr\s*:(.*)", re.IGNORECASE)
_ACC_DESCR_BLOCK = re.compile(r"accDescr\s*\{(.*)", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_SPACED_COMMENT = re.compile(r"\s#.*")
_ESCAPE = "\u200b"
"""Zero-width space: put before a task name that starts with a Mermaid keyword and
after an actor list that would read as a score; removed again when reading."""
_EDGE_SPACES = re.compile(r"^[\s\u200b]+|[\s\u200b]+$")
_MAX_HASHES = 20
"""How many ``#`` of a task line may be tried as the start of its comment."""


@dataclass
class MermaidImport:
    """The map made from a Mermaid journey, and what was changed to make it."""

    journey: JourneyMap
    warnings: list[str] = field(default_factory=list)
    """Each names its line: ``line 7: score 7 is outside 1-5; clamped to 5``."""


# -- reading -------------------------------------------------------------------------


def read_mermaid(
    text: str, source: str | None = None, *, title: str | None = None
) -> MermaidImport:
    """Make a journey map from the text of a Mermaid ``journey`` diagram.

    Sections become phases, tasks become touchpoints of one touchpoint lane,
    actors become personas and a task's score ``s`` (1-5) becomes the emotion
    ``s - 3`` of each of its actors.

    Args:
        text: The diagram, possibly inside a fenced Markdown ```` ```mermaid ```` block.
        source: The file name used in error messages.
        title: The map title when the diagram has none.

    Returns:
        The map and the warnings about lines that were read with some guessing.

    Raises:
        InputError: The text is not a Mermaid journey diagram, or a line cannot
            become a touchpoint; every problem names its line. A diagram beyond a
            limit of :mod:`app.model.limits` (size, line length, tasks, sections,
            actors), or too large for the memory available, is refused in one sentence.
    """
    with memory_guard(source):
        return _read_mermaid(text, source, title)


def _read_mermaid(text: str, source: str | None, title: str | None) -> MermaidImport:
    check_data_size(len(text), source, "a Mermaid diagram")
    _check_is_text(text, source)
    lines = [(n, line) for n, line in enumerate(_LINE_BREAK.split(text.lstrip("\ufeff")), 1)]
    _check_line_lengths(lines, source)
    front_title, body = _front_matter(_diagram_lines(lines))
    statements = _journey_statements(body, source)
    reader = _Reader()
    try:
        reader.read(statements)
    except _TooMany as error:
        raise InputError(source, str(error)) from None
    if reader.problems:
        raise InputError(source, reader.problems)
    titles = [_clip(t or "") for t in (reader.title, front_title, title)]
    chosen = next((t for t in titles if t), DEFAULT_TITLE)
    journey = reader.journey(chosen, source)
    check_journey(journey.model_dump(mode="json"), source)  # what is imported can be reopened
    return MermaidImport(journey, reader.warnings)


class _TooMany(Exception):
    """The diagram has more tasks, sections or actors than a map may hold."""


def _check_line_lengths(lines: list[Line], source: str | None) -> None:
    longest = max(lines, key=lambda line: len(line[1]))
    if len(longest[1]) > MAX_TEXT_CHARS:
        message = translate("Mermaid", "is {n} characters long; the limit is {limit}").format(
            n=number_text(len(longest[1])), limit=number_text(MAX_TEXT_CHARS)
        )
        raise InputError(source, [Problem(_line(longest[0]), message)])


def _line(number: int) -> str:
    """A problem's place: ``line 14``."""
    return translate("Mermaid", "line {line}").format(line=number)


def _check_is_text(text: str, source: str | None) -> None:
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        if "\x00" in line:
            raise InputError(
                source,
                [
                    Problem(
                        _line(number),
                        translate(
                            "Mermaid",
                            "this is a binary file (it contains NUL bytes), "
                            "not a Mermaid journey diagram",
                        ),
                    )
                ],
            )
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                source,
                [
                    Problem(
                        _line(number),
                        translate("Mermaid", "this line holds characters that are not valid text"),
                    )
                ],
            ) from None


def _diagram_lines(lines: list[Line]) -> list[Line]:
    """The lines of the diagram: the journey block of a Markdown file, or everything."""
    meaningful = _without_comments(lines)
    if meaningful and _JOURNEY.fullmatch(meaningful[0][1]):
        return lines
    blocks = _fenced_blocks(lines)
    first = next((text.strip() for _, text in lines if text.strip()), "")
    candidates = [body for info, body in blocks if info.lower() == "mermaid"]
    if not candidates and _FENCE.fullmatch(first) and blocks:
        candidates = [blocks[0][1]]
    if not candidates:
        return lines
    for body in candidates:
        meaningful = _without_comments(body)
        if meaningful and _JOURNEY.fullmatch(meaningful[0][1]):
            return body
    return candidates[0]


def _fenced_blocks(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    blocks: list[tuple[str, list[Line]]] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.fullmatch(lines[i][1].strip())
        i += 1
        if opening is None:
            continue
        closing = re.compile(re.escape(opening[1][0]) + "{" + str(len(opening[1])) + r",}\s*")
        body: list[Line] = []
        while i < len(lines) and not closing.fullmatch(lines[i][1].strip()):
            body.append(lines[i])
            i += 1
        i += 1
        blocks.append((opening[2], body))
    return blocks


def _front_matter(lines: list[Line]) -> tuple[str | None, list[Line]]:
    """Mermaid's YAML front matter (``---`` ... ``---``): its title, and the lines after it."""
    start = next((i for i, (_, text) in enumerate(lines) if text.strip()), None)
    if start is None or lines[start][1].strip() != "---":
        return None, lines
    for end in range(start + 1, len(lines)):
        if lines[end][1].strip() == "---":
            titles = [_FRONT_TITLE.fullmatch(text.strip()) for _, text in lines[start + 1 : end]]
            found = [m[1].strip().strip("\"'").strip() for m in titles if m]
            return (found[-1] if found else None), lines[end + 1 :]
    return None, lines


def _without_comments(lines: list[Line]) -> list[Line]:
    """Stripped, non-blank lines without ``%%`` comments and ``%%{...}%%`` directives."""
    kept: list[Line] = []
    i = 0
    while i < len(lines):
        number, text = lines[i][0], lines[i][1].strip()
        if text.startswith("%%"):
            i = _comment_end(lines, i)
        elif text:
            kept.append((number, text))
        i += 1
    return kept


def _comment_end(lines: list[Line], i: int) -> int:
    """The index of the last line of the comment or directive that starts at line ``i``."""
    text = lines[i][1].strip()
    closer = {"%%{": "}%%", "%%*": "*%%"}.get(text[:3])
    if closer is None or closer in text[3:]:
        return i
    # An unclosed directive would hide the whole diagram; then only its own line is skipped.
    return next((j for j in range(i + 1, len(lines)) if closer in lines[j][1]), i)


def _journey_statements(lines: list[Line], source: str | None) -> list[Line]:
    """The statements after the ``journey`` keyword, which must come first."""
    meaningful = _without_comments(lines)
    if not meaningful:
        raise InputError(
            source,
            translate(
                "Mermaid",
                "is empty: it holds no Mermaid journey diagram (one starts with `journey`)",
            ),
        )
    number, first = meaningful[0]
    header = _JOURNEY.fullmatch(first)
    if header is None:
        raise InputError(
            source,
            [
                Problem(
                    _line(number),
                    translate(
                        "Mermaid",
                        "this is not a Mermaid journey diagram "
                        "(it does not start with `journey` but with `{first}`)",
                    ).format(first=_shown(first)),
                )
            ],
        )
    rest = [(number, header[1].strip())] if header[1] and header[1].strip() else []
    return rest + meaningful[1:]


@dataclass(frozen=True)
class _Task:
    """A task line cut into its parts (``comment`` is casefolded)."""

    name: str
    score: str
    actors: str
    comment: str


class _Reader:
    """Turns journey statements into phases, personas and touchpoints."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.description = ""
        self.lanes = default_lanes("en")
        self.phases: list[Phase] = []
        self.personas: dict[str, Persona] = {}
        self.touchpoints: list[Touchpoint] = []
        self.warnings: list[str] = []
        self.problems: list[Problem] = []
        self._phase: Phase | None = None

    def read(self, lines: list[Line]) -> None:
        """Read every statement; problems and warnings are collected, not raised."""
        i = 0
        while i < len(lines):
            i = self._statement(lines, i) + 1
            self._check_counts()

    def _check_counts(self) -> None:
        for count, limit, sentence in (
            (
                len(self.touchpoints),
                MAX_TOUCHPOINTS,
                translate(
                    "Mermaid",
                    "there are more than {limit} tasks; a map holds at most {limit} touchpoints",
                ),
            ),
            (
                len(self.phases),
                MAX_PHASES,
                translate(
                    "Mermaid",
                    "there are more than {limit} sections; a map holds at most {limit} phases",
                ),
            ),
            (
                len(self.personas),
                MAX_PERSONAS,
                translate(
                    "Mermaid",
                    "there are more than {limit} actors; a map holds at most {limit} personas",
                ),
            ),
        ):
            if count > limit:
                raise _TooMany(sentence.format(limit=number_text(limit)))

    def journey(self, title: str, source: str | None) -> JourneyMap:
        """The map read so far."""
        try:
            return JourneyMap(
                title=title,
                description=self.description,
                language="en",
                phases=self.phases,
                lanes=self.lanes,
                personas=list(self.personas.values()),
                touchpoints=self.touchpoints,
            )
        except ValidationError as error:  # a safety net: the reader only builds valid parts
            raise InputError(source, problems_from_pydantic(error.errors())) from None

    def _warn(self, number: int, message: str) -> None:
        self.warnings.append(
            translate("Mermaid", "line {line}: {message}").format(line=number, message=message)
        )

    def _statement(self, lines: list[Line], i: int) -> int:
        number, text = lines[i]
        if text.startswith("#") or _ACC_TITLE.fullmatch(text):
            return i
        if block := _ACC_DESCR_BLOCK.fullmatch(text):
            return self._description_block(lines, i, block[1])
        if descr := _ACC_DESCR.fullmatch(text):
            self.description = descr[1].strip()
        elif title := _TITLE.fullmatch(text):
            self._title(number, _SPACED_COMMENT.sub("", title[1] or "").strip())
        elif section := _SECTION.fullmatch(text):
            self._section(number, _SPACED_COMMENT.sub("", section[1] or "").strip())
        elif _JOURNEY.fullmatch(text):
            self._warn(number, "a second `journey` line; ignored it")
        else:
            self._task(number, text)
        return i

    def _description_block(self, lines: list[Line], i: int, first: str) -> int:
        parts = [first]
        for j in range(i, len(lines)):
            if j > i:
                parts.append(lines[j][1])
            if "}" in parts[-1]:
                parts[-1] = parts[-1].split("}", 1)[0]
                self.description = "\n".join(p.strip() for p in parts if p.strip())
                return j
        self._warn(lines[i][0], "`accDescr {` is never closed with `}`; read only this line")
        self.description = first.strip()
        return i

    def _title(self, number: int, text: str) -> None:
        if not text:
            return
        if self.title is not None:
            self._warn(
                number, translate("Mermaid", "a second title; it replaces the first, as in Mermaid")
            )
        self.title = self._name(
            number,
            text,
            translate("Mermaid", "the title is longer than {limit} characters; shortened it"),
        )

    def _section(self, number: int, name: str) -> None:
        if not name:
            name = f"Section {len(self.phases) + 1}"
            self._warn(
                number,
                translate("Mermaid", "a section with no name; called it {name}").format(
                    name=repr(name)
                ),
            )
        self._add_phase(
            self._name(
                number,
                name,
                translate(
                    "Mermaid", "the section name is longer than {limit} characters; shortened it"
                ),
            )
        )

    def _add_phase(self, name: str) -> Phase:
        self._phase = Phase(name=name, colour=phase_colour(len(self.phases)))
        self.phases.append(self._phase)
        return self._phase

    def _task(self, number: int, text: str) -> None:
        task = _split_task(text)
        name = self._name(
            number,
            _unescaped(task.name),
            translate("Mermaid", "the task name is longer than {limit} characters; shortened it"),
        )
        if not name:
            self.problems.append(
                Problem(
                    _line(number),
                    translate(
                        "Mermaid",
                        "`{text}` has no task name (a task reads `Task name: score: actors`)",
                    ).format(text=_shown(text)),
                )
            )
            return
        actors = self._actors(number, task.actors)
        score = self._score(number, name, task, bool(actors))
        if score is not None and not actors:
            actors = [self._persona(DEFAULT_PERSONA)]
        phase = self._phase or self._add_phase(DEFAULT_PHASE)
        emotions = {} if score is None else {p.id: score - NEUTRAL_SCORE for p in actors}
        self.touchpoints.append(
            Touchpoint(phase_id=phase.id, lane_id=self.lanes[0].id, title=name, emotions=emotions)
        )

    def _actors(self, number: int, text: str) -> list[Persona]:
        found: dict[str, Persona] = {}
        for actor in text.split(","):
            name = self._name(
                number,
                _unescaped(actor),
                translate(
                    "Mermaid", "the actor name is longer than {limit} characters; shortened it"
                ),
            )
            if name:
                persona = self._persona(name)
                found.setdefault(persona.id, persona)
        return list(found.values())

    def _persona(self, name: str) -> Persona:
        key = name.casefold()
        if key not in self.personas:
            self.personas[key] = Persona(name=name, colour=persona_colour(len(self.personas)))
        return self.personas[key]

    def _score(self, number: int, name: str, task: _Task, has_actors: bool) -> float | None:
        written = task.score.strip()
        if task.comment == NOT_SCORED and not has_actors:
            return None
        if not written:
            self._warn(
                number,
                translate("Mermaid", "{name} has no score; imported it without emotions").format(
                    name=repr(name)
                ),
            )
            return None
        value = _number(written)
        if value is None:
            self._warn(
                number,
                translate(
                    "Mermaid", "score {score} is not a number; imported {name} without emotions"
                ).format(score=repr(_shown(written)), name=repr(name)),
            )
            return None
        clamped = min(5.0, max(1.0, value))
        if clamped != value:
            self._warn(
                number,
                translate("Mermaid", "score {score} is outside 1-5; clamped to {value}").format(
                    score=_shown(written), value=f"{clamped:g}"
                ),
            )
        return clamped

    def _name(self, number: int, text: str, too_long: str) -> str:
        """``text`` clipped; ``too_long`` (with ``{limit}``) is the warning when it was."""
        clipped = _clip(text)
        if len(clipped) < len(text.strip()):
            self._warn(number, too_long.format(limit=NAME_MAX))
        return clipped


def _split_task(text: str) -> _Task:
    """Split ``Task name: score: actors`` from the right, so names may hold colons.

    The score is the last purely numeric field with at most one field after it.
    Without one, the last field but one is taken as the (wrong) score. A ``#``
    after the score starts a comment, as in Mermaid.
    """
    hashes = [m.start() for m in re.finditer("#", text)][:_MAX_HASHES]
    for hash_at in hashes:
        task = _split_fields(text[:hash_at])
        if _number(task.score.strip()) is not None:
            comment = text[hash_at + 1 :].strip().casefold()
            return _Task(task.name, task.score, task.actors, comment)
    return _split_fields(text)


def _split_fields(text: str) -> _Task:
    fields = text.split(":")
    if len(fields) == 1:
        return _Task(text, "", "", "")
    if _number(fields[-1].strip()) is not None or len(fields) == 2:
        return _Task(":".join(fields[:-1]), fields[-1], "", "")
    return _Task(":".join(fields[:-2]), fields[-2], fields[-1], "")


def _number(text: str) -> float | None:
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return float(text)
    except ValueError:  # a digit Python's float() does not read
        return None


def _unescaped(text: str) -> str:
    return _EDGE_SPACES.sub("", text)


def _clip(text: str) -> str:
    return text.strip()[:NAME_MAX].strip()


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


# -- writing -------------------------------------------------------------------------

_LOOKALIKES = {":": "\u2236", "#": "\uff03", ";": "\uff1b", ",": "\u201a", "}": "\uff5d"}
"""``:`` RATIO, ``#`` and ``;`` and ``}`` FULLWIDTH, ``,`` SINGLE LOW-9 QUOTATION MARK."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_KEYWORD_START = re.compile(
    # Mermaid's `journey\b` is ASCII-only, so the look-ahead must not fold "ſ" into "s".
    r"journey(?-i:(?![A-Za-z0-9_]))|title[\s\ufeff]|section[\s\ufeff]|accTitle\s*:|accDescr\s*[:{]",
    re.IGNORECASE,
)


def write_mermaid(doc: JourneyMap) -> str:
    """Write ``doc`` as a Mermaid ``journey`` diagram.

    Phases become sections, touchpoints become tasks in journey order. A task's
    score is the rounded mean emotion of the personas that scored it, plus 3;
    they are its actors. See ``docs/mermaid.md`` for what is changed or lost.

    Args:
        doc: The map to write.

    Returns:
        The diagram text, ending with a newline.
    """
    lines = ["journey", "  %% Exported from Parcours", f"  title {_safe(doc.title, '#;')}"]
    description = [_safe(line, "}", "") for line in _LINE_BREAK.split(doc.description)]
    if any(description):
        lines += ["  accDescr {", *(f"    {line}" for line in description if line), "  }"]
    known = {phase.id for phase in doc.phases}
    ordered = doc.touchpoints_in_journey_order()
    for phase in doc.phases:
        lines.append(f"  section {_safe(phase.name, ':#;')}")
        lines += [_task_line(doc, tp) for tp in ordered if tp.phase_id == phase.id]
    lines += [_task_line(doc, tp) for tp in ordered if tp.phase_id not in known]
    return "\n".join(lines) + "\n"


def _task_line(doc: JourneyMap, tp: Touchpoint) -> str:
    name = _safe(tp.title, ":#;")
    if _KEYWORD_START.match(name):
        name = _ESCAPE + name
    scored = [p for p in doc.personas if p.id in tp.emotions]
    if not scored:
        return f"    {name}: {NEUTRAL_SCORE} # {NOT_SCORED}"
    mean = sum(tp.emotions[p.id] for p in scored) / len(scored)
    score = min(5, max(1, round(mean) + NEUTRAL_SCORE))
    actors = ", ".join(_safe(p.name, ":#;,") for p in scored)
    if _number(actors) is not None:  # "Task: 4: 5" would read as a task "Task: 4" scored 5
        actors += _ESCAPE
    return f"    {name}: {score}: {actors}"


def _safe(text: str, forbidden: str, empty: str = "untitled") -> str:
    """``text`` without what Mermaid's lexer forbids: see ``docs/mermaid.md``."""
    text = _CONTROL.sub(" ", text).replace("\ufeff", "")
    text = re.sub("%{2,}", "%", text)
    for character in forbidden:
        text = text.replace(character, _LOOKALIKES[character])
    return _unescaped(text) or empty
