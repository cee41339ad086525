"""Finding an element by id in a map's list: always right, and quick for the patterns edits
use (the map's order, its reverse, removals one after the other)."""

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model.document import position_of


@dataclass
class Item:
    id: str


class Counted(list[Item]):
    """A list that counts the elements read from it."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return super().__getitem__(index)


def items(count: int) -> Counted:
    return Counted(Item(f"id-{n}") for n in range(count))


@given(
    st.lists(st.integers(0, 30), max_size=30, unique=True),
    st.lists(
        st.tuples(st.sampled_from(["find", "remove", "insert", "reverse"]), st.integers(0, 40))
    ),
)
def test_it_finds_every_element_wherever_the_list_changed_meanwhile(
    start: list[int], steps: list[tuple[str, int]]
) -> None:
    elements = [Item(f"id-{n}") for n in start]
    for what, n in steps:
        if what == "find":
            element_id = f"id-{n}"
            expected = next((i for i, e in enumerate(elements) if e.id == element_id), None)
            if expected is None:
                with pytest.raises(KeyError):
                    position_of(elements, element_id)
            else:
                assert position_of(elements, element_id) == expected
        elif what == "remove" and elements:
            del elements[n % len(elements)]
        elif what == "insert":
            elements.insert(n % (len(elements) + 1), Item(f"id-{100 + n}"))
        else:
            elements.reverse()


@pytest.mark.parametrize("pattern", ["forward", "backward", "removals"])
def test_edits_to_many_cards_read_each_card_a_few_times_not_the_whole_map(pattern: str) -> None:
    # Setting a field on all 10,000 selected cards looked each one up from the start of
    # the map: 50 million cards read, 13 s. In the patterns edits use, a few reads each.
    elements = items(2000)
    ids = [e.id for e in elements]
    Counted.reads = 0
    if pattern == "forward":
        assert [position_of(elements, i) for i in ids] == list(range(2000))
    elif pattern == "backward":
        assert [position_of(elements, i) for i in reversed(ids)] == list(range(1999, -1, -1))
    else:
        for i in ids:  # deleting every card, first to last
            del elements[position_of(elements, i)]
        assert elements == []
    assert Counted.reads <= 4 * 2000
