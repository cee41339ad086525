"""Where sticky notes go: free ones at their stored place, attached ones on their card's corner.

A note's height follows its text (up to :data:`NOTE_MAX_LINES` lines); its author,
when it has one, is written small at the bottom.
"""

from collections.abc import Callable

from app.layout.geometry import Rect
from app.layout.model import CardBox, NoteBox, TextBox
from app.layout.text import TextStyle, Wrapper
from app.model.document import StickyNote

NOTE_TEXT = TextStyle("note", 12)
NOTE_AUTHOR = TextStyle("note-author", 10)
NOTE_WIDTH = 140.0
NOTE_PADDING = 9.0
NOTE_MIN_HEIGHT = 56.0
NOTE_MAX_LINES = 8
ATTACHED_OVERLAP = 56.0
"""How far an attached note reaches into its card, from the card's right edge."""
ATTACHED_RAISE = 6.0
"""How far above its card's top edge an attached note starts."""
STACK_STEP = (12.0, 32.0)
"""Several notes on one card fan out by this much, so each one's first line shows."""


def note_boxes(
    notes: list[StickyNote], card: Callable[[str], CardBox | None], wrap: Wrapper
) -> list[NoteBox]:
    """The boxes of ``notes``; a note attached to a card that is not shown is left out."""
    boxes: list[NoteBox] = []
    stacked: dict[str, int] = {}
    for note in notes:
        height, text, author = _content(note, wrap)
        if note.attached_to is None:
            x, y = note.x, note.y
        else:
            box = card(note.attached_to)
            if box is None:
                continue
            n = stacked[note.attached_to] = stacked.get(note.attached_to, -1) + 1
            x = box.rect.right - ATTACHED_OVERLAP + n * STACK_STEP[0]
            y = box.rect.y - ATTACHED_RAISE + n * STACK_STEP[1]
        rect = Rect(x, y, NOTE_WIDTH, height)
        boxes.append(
            NoteBox(
                note.id,
                rect,
                _moved(text, x, y),
                None if author is None else _moved(author, x, y),
                note.colour,
                note.attached_to,
            )
        )
    return boxes


def _content(note: StickyNote, wrap: Wrapper) -> tuple[float, TextBox, TextBox | None]:
    """The note's size and its text boxes placed as if the note's corner were at (0, 0)."""
    inner_w = NOTE_WIDTH - 2 * NOTE_PADDING
    line_h = wrap.line_height(NOTE_TEXT)
    lines, elided = wrap.wrap(note.text, inner_w, NOTE_TEXT, NOTE_MAX_LINES)
    text_h = max(1, len(lines)) * line_h
    author = None
    author_h = 0.0
    if note.author:
        author_line_h = wrap.line_height(NOTE_AUTHOR)
        author_h = author_line_h + 4
        author_text = wrap.elide(f"— {note.author}", inner_w, NOTE_AUTHOR)
        author = TextBox(
            Rect(NOTE_PADDING, NOTE_PADDING + text_h + 4, inner_w, author_line_h),
            (author_text,),
            NOTE_AUTHOR,
            author_line_h,
        )
    height = max(NOTE_MIN_HEIGHT, text_h + author_h + 2 * NOTE_PADDING)
    text = TextBox(
        Rect(NOTE_PADDING, NOTE_PADDING, inner_w, text_h),
        tuple(lines),
        NOTE_TEXT,
        line_h,
        elided,
    )
    return height, text, author


def _moved(box: TextBox, dx: float, dy: float) -> TextBox:
    r = box.rect
    return TextBox(
        Rect(r.x + dx, r.y + dy, r.w, r.h), box.lines, box.style, box.line_height, box.elided
    )
