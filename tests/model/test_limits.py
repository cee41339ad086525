"""Hostile input is refused before heavy work, in one sentence that names the file and the limit.

Issue 9, finding 4: out of memory printed an empty message and nothing bounded what a
file could ask Parcours to build (a 1,000,000-touchpoint map took 2.3 GB).
"""

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.export.embed import svg_with_map
from app.export.formats import read_map
from app.model import fileformat, limits
from app.model.csvio import read_csv
from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.mermaid import read_mermaid
from app.resources import SAMPLES, sample_map

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
HEADER = b'{"format": "parcours-journey", "version": 1, "journey": {"title": "'


def journey_with(**collections: Any) -> bytes:
    journey: dict[str, Any] = {"title": "Hostile"}
    journey.update(collections)
    return json.dumps({"format": "parcours-journey", "version": 1, "journey": journey}).encode()


def refused(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_map(path)
    return caught.value.describe()


def test_a_map_file_just_above_the_size_limit_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.journey"
    with path.open("wb") as handle:  # a sparse file: no disk space used
        handle.write(HEADER)
        handle.truncate(limits.MAX_FILE_BYTES + 1)

    reads: list[int] = []
    real_open = Path.open

    class Counting:
        """The real file, remembering every read (the file must be refused before one)."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> "Counting":
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def fileno(self) -> int:
            return int(self.handle.fileno())

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return bytes(self.handle.read(size))

    def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        return Counting(real_open(self, *args, **kwargs))

    monkeypatch.setattr(Path, "open", counting_open)
    message = refused(path)
    monkeypatch.undo()

    assert reads == []
    assert message == (
        f"{path}: is too large to open (64.0 MB; the limit for a map file is 64.0 MB, "
        "67,108,864 bytes)"
    )


def test_a_map_of_exactly_the_size_limit_is_read(tmp_path: Path) -> None:
    data = sample_map().read_bytes()
    path = tmp_path / "padded.journey"
    path.write_bytes(data + b" " * (limits.MAX_FILE_BYTES - len(data)))

    assert read_map(path).doc.title


def test_sixty_thousand_touchpoints_are_refused_before_validation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.journey"
    path.write_bytes(journey_with(touchpoints=[{}] * 60_000))

    def no_validation(*args: object, **kwargs: object) -> JourneyMap:
        raise AssertionError("the map was validated")

    monkeypatch.setattr(JourneyMap, "model_validate", no_validation)
    message = refused(path)

    assert message == (
        f"{path}: journey.touchpoints: there are 60,000 touchpoints; "
        "a map holds at most 50,000"
    )


@pytest.mark.parametrize(
    ("collection", "limit", "words"),
    [
        ("personas", limits.MAX_PERSONAS, "personas"),
        ("phases", limits.MAX_PHASES, "phases"),
        ("lanes", limits.MAX_LANES, "lanes"),
        ("metrics", limits.MAX_METRICS, "metrics"),
        ("channels", limits.MAX_CHANNELS, "custom channels"),
        ("notes", limits.MAX_NOTES, "sticky notes"),
    ],
)
def test_every_collection_has_its_limit(
    tmp_path: Path, collection: str, limit: int, words: str
) -> None:
    path = tmp_path / "many.journey"
    path.write_bytes(journey_with(**{collection: [{}] * (limit + 1)}))

    assert refused(path) == (
        f"{path}: journey.{collection}: there are {limit + 1:,} {words}; "
        f"a map holds at most {limit:,}"
    )


def test_a_text_longer_than_the_limit_is_refused_with_its_place(tmp_path: Path) -> None:
    raw = json.loads(sample_map().read_bytes())
    raw["journey"]["touchpoints"][2]["motivation"] = "m" * (limits.MAX_TEXT_CHARS + 1)
    path = tmp_path / "long.journey"
    path.write_text(json.dumps(raw))

    assert refused(path) == (
        f"{path}: journey.touchpoints[2].motivation: is 131,073 characters long; "
        "the limit is 131,072"
    )


def test_a_list_inside_a_card_has_a_limit(tmp_path: Path) -> None:
    raw = json.loads(sample_map().read_bytes())
    raw["journey"]["touchpoints"][0]["quotes"] = ["q"] * (limits.MAX_ITEMS + 1)
    path = tmp_path / "quotes.journey"
    path.write_text(json.dumps(raw))

    assert refused(path) == (
        f"{path}: journey.touchpoints[0].quotes: has 10,001 items; the limit is 10,000"
    )


def test_the_total_text_of_a_map_has_a_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_TOTAL_TEXT", 1000)
    path = tmp_path / "wordy.journey"
    path.write_bytes(sample_map().read_bytes())

    message = refused(path)

    assert message.startswith(f"{path}: holds ")
    assert message.endswith(" characters of text; a map holds at most 1,000")


def test_running_out_of_memory_while_reading_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.journey"
    path.write_bytes(sample_map().read_bytes())

    def out_of_memory(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(json, "loads", out_of_memory)
    with pytest.raises(InputError) as caught:
        fileformat.load(path)
    assert caught.value.describe() == f"{path}: is too large to open in the memory available"

    assert main(["validate", str(path)]) == 1
    _, err = capsys.readouterr()
    assert err == f"{path}: is too large to open in the memory available\n"


def test_running_out_of_memory_in_csv_and_mermaid_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.model.csvio as csvio
    import app.model.mermaid as mermaid

    def out_of_memory(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(csvio, "_decode", out_of_memory)
    monkeypatch.setattr(mermaid, "_check_is_text", out_of_memory)
    sheet, diagram = tmp_path / "a.csv", tmp_path / "a.mmd"
    sheet.write_text("phase,title\nDiscover,Ad\n")
    diagram.write_text("journey\nsection A\nTask: 5: Me\n")

    assert refused(sheet) == f"{sheet}: is too large to open in the memory available"
    assert refused(diagram) == f"{diagram}: is too large to open in the memory available"


def test_an_unexpected_error_is_described_with_the_files_never_an_empty_message() -> None:
    assert limits.describe_unexpected(MemoryError(), "validate", ["a.journey"]) == (
        "parcours validate: a.journey: is too large to open in the memory available. "
        "Nothing was written."
    )
    assert limits.describe_unexpected(KeyError(), "export", [Path("m.journey"), "m.pdf"]) == (
        "parcours export: an unexpected error (KeyError) stopped the command while it worked "
        "on m.journey, m.pdf. Nothing was written. Please report this; PARCOURS_DEBUG=1 "
        "shows the details."
    )
    assert limits.describe_unexpected(ValueError("bad"), "info", []) == (
        "parcours info: an unexpected error (ValueError: bad) stopped the command. "
        "Nothing was written. Please report this; PARCOURS_DEBUG=1 shows the details."
    )


# -- CSV --------------------------------------------------------------------------


def test_a_csv_with_too_many_rows_is_refused_with_the_limit() -> None:
    rows = "Discover,Ad\n" * (limits.MAX_TOUCHPOINTS + 1)

    with pytest.raises(InputError) as caught:
        read_csv(f"phase,title\n{rows}".encode(), "rows.csv")

    assert caught.value.describe() == (
        "rows.csv: line 50002: there are more than 50,000 touchpoint rows; "
        "a CSV file holds at most 50,000"
    )


def test_a_csv_with_too_many_columns_is_refused_with_the_limit() -> None:
    header = "phase,title," + ",".join(f"emotion:P{i}" for i in range(limits.MAX_CSV_COLUMNS))

    with pytest.raises(InputError) as caught:
        read_csv(f"{header}\nDiscover,Ad\n".encode(), "wide.csv")

    assert caught.value.describe() == (
        "wide.csv: line 1: there are 25,002 columns; a CSV file holds at most 25,000"
    )


def test_a_csv_cell_longer_than_the_limit_is_refused_with_the_limit() -> None:
    for size in (limits.MAX_TEXT_CHARS + 1, 200_000):
        data = f'phase,title,description\nDiscover,Ad,"{"d" * size}"\n'.encode()
        with pytest.raises(InputError) as caught:
            read_csv(data, "cell.csv")
        assert caught.value.describe() == (
            "cell.csv: line 2: a cell is longer than 131,072 characters, the limit"
        )


def test_a_csv_file_above_the_size_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"phase,title\n")
        handle.truncate(limits.MAX_FILE_BYTES + 1)

    assert refused(path).startswith(f"{path}: is too large to open (64.0 MB; the limit for a ")


# -- Mermaid and exports ------------------------------------------------------------


def test_a_mermaid_diagram_with_too_many_tasks_is_refused() -> None:
    tasks = "Task: 5: Me\n" * (limits.MAX_TOUCHPOINTS + 1)

    with pytest.raises(InputError) as caught:
        read_mermaid(f"journey\nsection A\n{tasks}", "many.mmd")

    assert caught.value.describe() == (
        "many.mmd: there are more than 50,000 tasks; a map holds at most 50,000 touchpoints"
    )


def test_a_mermaid_line_longer_than_the_limit_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        long_task = "T" * (limits.MAX_TEXT_CHARS + 1)
        read_mermaid(f"journey\nsection A\n{long_task}: 5: Me\n", "long.mmd")

    assert caught.value.describe() == (
        "long.mmd: line 3: is 131,080 characters long; the limit is 131,072"
    )


def test_a_map_inside_an_svg_larger_than_the_limit_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    image = tmp_path / "map.svg"
    image.write_text(svg_with_map('<svg xmlns="http://www.w3.org/2000/svg"/>', b"{}" * 600))

    assert refused(image) == (
        f"{image}: the map inside is too large to open (1.2 kB; the limit for a map is "
        "1.0 kB, 1,000 bytes)"
    )


def test_an_export_file_above_its_size_limit_is_refused_without_being_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(limits.MAX_EXPORT_FILE_BYTES + 1)

    assert refused(path) == (
        f"{path}: is too large to open (256.0 MB; the limit for a PDF, PNG or SVG file is "
        "256.0 MB, 268,435,456 bytes)"
    )


# -- every real file passes -----------------------------------------------------------


def test_every_sample_and_corpus_file_is_within_the_limits() -> None:
    files = [*SAMPLES.glob("*.journey"), *sorted(CORPUS.rglob("*.mmd"))]
    assert len(files) >= 2
    for path in files:
        assert read_map(path).doc.touchpoints, path


def test_the_ten_thousand_touchpoint_stress_map_still_opens(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "make_big_map.py"
    spec = importlib.util.spec_from_file_location("make_big_map", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "big.journey"
    fileformat.save(module.big_map(10_000, 8), path)

    assert len(fileformat.load(path).touchpoints) == 10_000


def test_a_csv_with_more_persona_columns_than_a_map_holds_is_refused() -> None:
    header = "phase,title," + ",".join(f"emotion:P{i}" for i in range(limits.MAX_PERSONAS + 1))

    with pytest.raises(InputError) as caught:
        read_csv(f"{header}\nDiscover,Ad\n".encode(), "personas.csv")

    assert caught.value.describe() == (
        "personas.csv: line 1: there are 10,001 persona columns; a map holds at most 10,000 "
        "personas"
    )


def test_a_csv_import_that_could_not_be_opened_once_saved_is_refused() -> None:
    actions = "\n".join(f"- step {i}" for i in range(limits.MAX_ITEMS + 1))

    with pytest.raises(InputError) as caught:
        read_csv(f'phase,title,actions\nDiscover,Ad,"{actions}"\n'.encode(), "steps.csv")

    assert caught.value.describe() == (
        "steps.csv: journey.touchpoints[0].actions: has 10,001 items; the limit is 10,000"
    )


def test_a_mermaid_description_longer_than_a_map_text_is_refused() -> None:
    half = "d" * 70_000
    diagram = f"journey\naccDescr {{\n{half}\n{half}\n}}\nsection A\nTask: 5: Me\n"

    with pytest.raises(InputError) as caught:
        read_mermaid(diagram, "described.mmd")

    assert caught.value.describe() == (
        "described.mmd: journey.description: is 140,001 characters long; the limit is 131,072"
    )
