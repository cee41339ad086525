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
