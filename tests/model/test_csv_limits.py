"""CSV files that are wide or hold huge cells: read in linear time, refused in short sentences."""

import pytest

from app.model.csvio import read_csv
from app.model.errors import InputError


def test_five_thousand_persona_columns_each_become_a_persona_with_its_score() -> None:
    names = [f"Persona {i}" for i in range(5000)]
    header = "phase,title," + ",".join(f"emotion:{name}" for name in names)
    row = "Discover,Sees an ad," + ",".join(str(i % 5 - 2) for i in range(5000))

    journey = read_csv(f"{header}\n{row}\n".encode()).journey

    assert [p.name for p in journey.personas] == names
    scores = journey.touchpoints[0].emotions
    assert [scores[p.id] for p in journey.personas] == [i % 5 - 2 for i in range(5000)]


def test_a_name_used_twice_is_found_among_thousands_whatever_its_case() -> None:
    personas = ",".join(f"emotion:P{i}" for i in range(3000))
    header = f"phase,title,{personas},metric:p1,Émotion: p2999,metric:P1"

    with pytest.raises(InputError) as caught:
        read_csv(f"{header}\nDiscover,Ad\n".encode())

    assert [str(p) for p in caught.value.problems] == [
        'line 1, Émotion: p2999: the persona "p2999" already has a column ("emotion:P2999")',
        'line 1, metric:P1: the metric "P1" already has a column ("metric:p1")',
    ]


def test_a_huge_cell_is_quoted_in_a_short_message() -> None:
    huge = "x" * 130_000
    data = f"phase,title,moment of truth,emotion:Léa\nDiscover,Ad,{huge},{huge}\n".encode()

    with pytest.raises(InputError) as caught:
        read_csv(data, "huge.csv")

    message = caught.value.describe()
    assert len(message) < 400
    assert f'"{"x" * 59}…" is not yes or no' in message
    assert f'"{"x" * 59}…" is not a number between -2 and +2' in message


def test_long_column_names_are_cut_where_they_are_named() -> None:
    huge, long = "y" * 130_000, "z" * 400
    data = f"phase,title,emotion:{huge},emotion:{long},emotion:{long}\nDiscover,Ad\n".encode()

    with pytest.raises(InputError) as caught:
        read_csv(data, "huge.csv")

    assert [str(p) for p in caught.value.problems] == [
        f"line 1, emotion:{'y' * 51}…: the persona name is longer than 500 characters",
        f'line 1, emotion:{"z" * 51}…: the persona "{"z" * 59}…" already has a column '
        f'("emotion:{"z" * 51}…")',
    ]


def test_pasted_rows_with_a_lone_surrogate_are_refused_with_a_sentence() -> None:
    from app.model.csvio import read_pasted_rows
    from app.model.errors import InputError
    from app.model.templates import new_map

    doc = new_map("five-phases", "en")
    try:
        read_pasted_rows(
            "title\nBad \ud800 title\n", None, phase=doc.phases[0].name, lane=doc.lanes[0].name
        )
    except InputError as error:
        assert "surrogate" in error.describe()
    else:
        raise AssertionError("a lone surrogate was accepted")
