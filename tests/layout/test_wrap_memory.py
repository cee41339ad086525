"""The wrapper keeps what a big map's text needs, and no copies of it.

A framework lane shows list items after a bullet: the wrapper is asked for the lines of
the item after the bullet, which are those of the joined text, without keeping the joined
copy; a text that fits on one line is its own line (the map's string, not a copy); and
the cache tells cut texts from whole ones whatever order they are asked in.
"""

from hypothesis import given
from hypothesis import strategies as st

from app.layout.engine import layout
from app.layout.text import BODY, ApproximateMeasure, Wrapper
from app.model.document import Opportunity
from app.model.fileformat import load
from app.resources import sample_map

WORDS = st.lists(st.sampled_from(["a", "café", "longerword", "x" * 40, "de", "la"]), max_size=30)


@given(WORDS, st.sampled_from(["", "• ", "• ↑ "]), st.integers(1, 4))
def test_lines_after_a_prefix_are_those_of_the_joined_text(
    words: list[str], prefix: str, max_lines: int
) -> None:
    text = " ".join(words)
    fresh = Wrapper(ApproximateMeasure())
    cached = Wrapper(ApproximateMeasure())
    expected = fresh.lines(prefix + text, 120, BODY, max_lines)
    assert cached.lines(text, 120, BODY, max_lines, prefix) == expected
    assert cached.lines(text, 120, BODY, max_lines, prefix) == expected  # from the cache
    # The same text without the prefix is another entry.
    assert cached.lines(text, 120, BODY, max_lines) == fresh.lines(text, 120, BODY, max_lines)


def test_cut_and_whole_texts_are_told_apart_in_the_cache() -> None:
    wrapper = Wrapper(ApproximateMeasure())
    long_text = "word " * 200
    assert wrapper.lines(long_text, 100, BODY, 2)[1] is True
    assert wrapper.lines("short", 100, BODY, 2) == (("short",), False)
    assert wrapper.lines(long_text, 100, BODY, 2)[1] is True
    assert wrapper.lines("short", 100, BODY, 2) == (("short",), False)
    assert wrapper.lines(long_text, 100, BODY, 500)[1] is False


def test_a_text_on_one_line_is_its_own_line() -> None:
    wrapper = Wrapper(ApproximateMeasure())
    text = "".join(["Pay", " at the ", "counter"])  # built, so not a shared constant
    (line,), cut = wrapper.lines(text, 400, BODY, 3)
    assert line is text and not cut


def test_a_framework_lane_lists_its_items_after_bullets() -> None:
    doc = load(sample_map("en"))
    tp = doc.touchpoints[0]
    tp.pain_points = ["Too many models", "  ", "No price shown"]
    tp.opportunities = [
        Opportunity(text="A short guide", priority="high"),
        Opportunity(text="Lessons", priority="low"),
    ]
    tp.motivation = "Play with friends"
    result = layout(doc, Wrapper(ApproximateMeasure()))
    shown = {b.field: b.text.lines for b in result.framework if b.touchpoint_id == tp.id}
    assert shown["pain_points"] == ("• Too many models", "• No price shown")
    assert shown["opportunities"] == ("• ↑ A short guide", "• Lessons")
    assert shown["motivation"] == ("Play with friends",)
