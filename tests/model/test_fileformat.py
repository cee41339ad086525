"""The .journey file: deterministic, atomic, migrated, and refusing what it cannot read."""

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import journeys

from app.model import commands, fileformat
from app.model.document import JourneyMap, Lane, Persona, Touchpoint
from app.model.errors import InputError
from app.model.integrity import integrity_problems
from app.model.templates import new_map


def small_map() -> JourneyMap:
    doc = new_map("five-phases", "fr")
    lane = doc.lanes[0]
    lea = doc.personas[0]
    doc.touchpoints.append(
        Touchpoint(
            phase_id=doc.phases[2].id,
            lane_id=lane.id,
            title="Erreur de carte à l’achat",
            emotions={lea.id: -2.0},
            channel="website",
        )
    )
    return doc


def test_saving_the_same_document_twice_gives_identical_bytes(tmp_path: Path) -> None:
    doc = small_map()
    fileformat.save(doc, tmp_path / "a.journey")
    fileformat.save(doc, tmp_path / "b.journey")
    assert (tmp_path / "a.journey").read_bytes() == (tmp_path / "b.journey").read_bytes()


def test_file_is_readable_diffable_json() -> None:
    text = fileformat.dumps(small_map()).decode("utf-8")
    assert text.endswith("}\n")
    assert "Erreur de carte à l’achat" in text  # non-ASCII kept as is, not \u-escaped
    assert '\n  "version": 1,' in text  # 2-space indent
    data = json.loads(text)
    assert list(data) == ["format", "version", "journey"]
    assert data["format"] == "parcours-journey"


def test_key_order_does_not_depend_on_edit_history() -> None:
    doc = small_map()
    tp = doc.touchpoints[0]
    other = Persona(name="Marc")
    doc.personas.append(other)
    tp.emotions = {other.id: 1.0, doc.personas[0].id: -2.0}
    first = fileformat.dumps(doc)
    tp.emotions = {doc.personas[0].id: -2.0, other.id: 1.0}
    assert fileformat.dumps(doc) == first


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_save_then_load_gives_back_an_equal_document(doc: JourneyMap) -> None:
    assert integrity_problems(doc) == []
    data = fileformat.dumps(doc)
    again = fileformat.loads(data)
    assert again == doc
    assert fileformat.dumps(again) == data


def test_save_is_atomic_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    path.write_text("old content")
    os.chmod(path, 0o640)
    fileformat.save(small_map(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert fileformat.load(path).title == small_map().title
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"]  # no temp file left


def test_a_failed_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.journey"
    fileformat.save(small_map(), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    doc = small_map()
    doc.title = "Changed"
    with pytest.raises(OSError):
        fileformat.save(doc, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"]


def test_an_older_file_is_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    # A synthetic version-0 file: a single persona and one score per touchpoint.
    def from_version_0(journey: dict) -> dict:
        persona = journey.pop("persona")
        for tp in journey["touchpoints"]:
            score = tp.pop("emotion", None)
            tp["emotions"] = {} if score is None else {persona["id"]: score}
        journey["personas"] = [persona]
        return journey

    monkeypatch.setattr(fileformat, "MIGRATIONS", {0: from_version_0})
    old = {
        "format": "parcours-journey",
        "version": 0,
        "journey": {
            "id": "m",
            "title": "Old map",
            "created": "2025-01-01T00:00:00Z",
            "modified": "2025-01-01T00:00:00Z",
            "persona": {"id": "p1", "name": "Léa"},
            "phases": [{"id": "ph", "name": "Achat"}],
            "lanes": [{"id": "l", "kind": "touchpoints", "name": "Digital"}],
            "touchpoints": [
                {"id": "t", "phase_id": "ph", "lane_id": "l", "title": "Paiement", "emotion": -1.5}
            ],
        },
    }
    doc = fileformat.loads(json.dumps(old))
    assert [p.name for p in doc.personas] == ["Léa"]
    assert doc.touchpoints[0].emotions == {"p1": -1.5}
    assert json.loads(fileformat.dumps(doc))["version"] == fileformat.FORMAT_VERSION


def test_a_file_too_old_to_migrate_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileformat, "MIGRATIONS", {})
    with pytest.raises(InputError, match="version 0 is too old"):
        fileformat.loads(
            '{"format": "parcours-journey", "version": 0, "journey": {}}', "old.journey"
        )


GOOD = fileformat.dumps(small_map())
BROKEN = {
    "empty": (b"", "empty"),
    "blank": (b"  \n\n", "empty"),
    "binary junk": (bytes(range(256)) * 4, "not UTF-8"),
    "nul bytes": (b'{"format"\x00}', "binary"),
    "not json": (b"this is a shopping list\n", "JSON is invalid at line 1, column 1"),
    "truncated": (GOOD[: len(GOOD) // 2], "truncated"),
    "json but not ours": (b'{"name": "package.json"}', 'lacks "format"'),
    "a list": (b"[1, 2, 3]", 'lacks "format"'),
    "newer version": (
        b'{"format": "parcours-journey", "version": 99, "journey": {}}',
        "newer Parcours (file format version 99)",
    ),
    "bad version": (b'{"format": "parcours-journey", "version": "one", "journey": {}}', "version"),
    "wrong types": (
        GOOD.replace(b'"moment_of_truth": false', b'"moment_of_truth": "sometimes"'),
        "journey.touchpoints[0].moment_of_truth",
    ),
    "score out of range": (GOOD.replace(b": -2.0", b": 3.5"), "3.5 is above +2"),
    "dangling reference": (
        GOOD.replace(b'"phase_id": "', b'"phase_id": "gone'),
        "journey.touchpoints[0].phase_id: no phase has id",
    ),
    "unknown field": (GOOD.replace(b'"author": ""', b'"auteur": ""'), "auteur: is not a field"),
    "number too long": (
        GOOD.replace(b'"moment_of_truth": false', b'"moment_of_truth": ' + b"7" * 5000),
        "a number is too long (5,000 digits)",
    ),
    "lone surrogate": (
        GOOD.replace(b'"title": "Erreur', b'"title": "x\\ud800y Erreur'),
        "journey.touchpoints[0].title: contains an invalid character (a lone UTF-16 surrogate)",
    ),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_file_gives_one_clear_error_and_is_left_untouched(
    tmp_path: Path, name: str
) -> None:
    content, expected = BROKEN[name]
    path = tmp_path / "broken.journey"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        fileformat.load(path)
    message = caught.value.describe()
    assert message.startswith(str(path))
    assert expected in message
    assert "Traceback" not in message
    assert path.read_bytes() == content


def test_every_problem_is_listed_with_its_place() -> None:
    data = json.loads(GOOD)
    tp = data["journey"]["touchpoints"][0]
    tp["emotions"] = {data["journey"]["personas"][0]["id"]: 3.5}
    tp["evidence"] = "rumour"
    data["journey"]["phases"][0]["colour"] = "red"
    with pytest.raises(InputError) as caught:
        fileformat.loads(json.dumps(data), "m.journey")
    persona_id = data["journey"]["personas"][0]["id"]
    assert {p.place for p in caught.value.problems} == {
        f"journey.touchpoints[0].emotions.{persona_id}",
        "journey.touchpoints[0].evidence",
        "journey.phases[0].colour",
    }
    assert any("3.5 is above +2" in p.message for p in caught.value.problems)
    assert any("'rumour'" in p.message for p in caught.value.problems)


def test_duplicate_ids_and_names_are_reported() -> None:
    doc = small_map()
    doc.personas.append(Persona(id=doc.personas[0].id, name="client PRINCIPAL"))
    problems = [str(p) for p in integrity_problems(doc)]
    assert any("is already used by personas[0]" in p for p in problems)
    assert any("used more than once" in p for p in problems)


def test_lane_settings_must_match_its_kind() -> None:
    with pytest.raises(ValueError, match="needs the touchpoint field"):
        Lane(kind="framework", name="Actions")
    with pytest.raises(ValueError, match="needs the metric"):
        Lane(kind="metric", name="Conversion")


def test_json_schema_describes_the_file_and_accepts_a_real_one() -> None:
    schema = fileformat.json_schema()
    assert schema["properties"]["format"] == {"const": "parcours-journey"}
    journey = schema["$defs"]["JourneyMap"]
    assert {"phases", "lanes", "personas", "touchpoints"} <= set(journey["properties"])
    assert "Touchpoint" in schema["$defs"]


def test_phase_is_found_by_id_and_journey_order_follows_phases() -> None:
    doc = small_map()
    first, last = doc.phases[0], doc.phases[-1]
    lane = doc.lanes[0].id
    late = Touchpoint(phase_id=last.id, lane_id=lane, title="Avis")
    early = Touchpoint(phase_id=first.id, lane_id=lane, title="Pub")
    doc.touchpoints[:0] = [late, early]
    assert [t.title for t in doc.touchpoints_in_journey_order()] == [
        "Pub",
        "Erreur de carte à l’achat",
        "Avis",
    ]
    assert doc.phase(first.id) is first
    with pytest.raises(KeyError):
        doc.phase("nope")


def test_avatar_is_capped_and_checked() -> None:
    from app.model.document import AVATAR_MAX_BYTES, Avatar

    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    assert Avatar.from_bytes(png, "image/png").media_type == "image/png"
    with pytest.raises(ValueError, match="limit is 256 KiB"):
        Avatar.from_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * AVATAR_MAX_BYTES, "image/png")
    with pytest.raises(ValueError, match="not a JPEG image"):
        Avatar.from_bytes(png, "image/jpeg")


def test_optional_keys_added_to_version_1_are_written_only_when_set() -> None:
    from app.model.document import CustomChannel, Persona

    doc = new_map("five-phases", "en")
    doc.channels.append(CustomChannel(name="Forum"))
    plain = fileformat.dumps(doc).decode("utf-8")
    assert '"marker"' not in plain and '"dash"' not in plain and '"icon"' not in plain
    doc.personas.append(Persona(name="Karim", marker="star", dash="dotted"))
    doc.channels[0].icon = '<svg xmlns="http://www.w3.org/2000/svg"/>'
    styled = fileformat.dumps(doc)
    assert b'"marker": "star"' in styled and b'"dash": "dotted"' in styled
    assert fileformat.loads(styled) == doc


def test_a_lone_surrogate_is_refused_in_every_kind_of_text_field() -> None:
    doc = small_map()
    doc.personas[0].goals = ["Jouer vite", "x\ud800y"]
    doc.touchpoints[0].description = "\udfff"
    data = fileformat.to_data(doc)  # a map made in memory: it cannot be saved as UTF-8
    with pytest.raises(UnicodeEncodeError):
        fileformat.dumps(doc)

    with pytest.raises(InputError) as caught:
        fileformat.from_journey_data(data["journey"], "map.journey")

    assert [str(problem) for problem in caught.value.problems] == [
        "journey.personas[0].goals[1]: contains an invalid character (a lone UTF-16 surrogate)",
        "journey.touchpoints[0].description: contains an invalid character "
        "(a lone UTF-16 surrogate)",
    ]


def test_an_edit_with_a_lone_surrogate_is_refused_before_it_reaches_the_map() -> None:
    doc = small_map()
    with pytest.raises(InputError, match="contains an invalid character"):
        commands.edit(doc, "touchpoints", doc.touchpoints[0].id, motivation="a\ud800")
