"""Editing sticky notes: each function returns one command (one undo step).

A note is either free (placed at ``x``, ``y`` in layout units) or attached to
a card. Turning a note into a card removes the note and adds a card whose title
is the note's first line and whose description is the rest.
"""

from app.model import commands as cmd
from app.model.document import JourneyMap, StickyNote, Touchpoint
from app.model.text import translate

TITLE_MAX = 500


def add_note(
    doc: JourneyMap,
    text: str,
    x: float = 0.0,
    y: float = 0.0,
    attached_to: str | None = None,
    author: str = "",
) -> tuple[cmd.Command, str]:
    """A new note, free at (``x``, ``y``) or stuck to card ``attached_to``; and its id."""
    if attached_to is not None:
        doc.touchpoint(attached_to)  # KeyError for a card that is not there
    note = StickyNote(text=text, x=x, y=y, attached_to=attached_to, author=author)
    if attached_to:
        label = translate("Notes", "Add sticky note to '{title}'").format(
            title=doc.touchpoint(attached_to).title
        )
    else:
        label = translate("Notes", "Add sticky note")
    return cmd.AddElement("notes", note, label=label), note.id


def move_note(doc: JourneyMap, note_id: str, x: float, y: float) -> cmd.SetFields:
    """Put a note free at (``x``, ``y``), detaching it from its card if it had one."""
    command = cmd.edit(doc, "notes", note_id, x=x, y=y, attached_to=None)
    command.label = translate("Notes", "Move sticky note")
    return command


def attach_note(doc: JourneyMap, note_id: str, touchpoint_id: str) -> cmd.SetFields:
    """Stick a note to a card."""
    title = doc.touchpoint(touchpoint_id).title
    command = cmd.edit(doc, "notes", note_id, attached_to=touchpoint_id)
    command.label = translate("Notes", "Attach sticky note to '{title}'").format(title=title)
    return command


def detach_note(doc: JourneyMap, note_id: str, x: float, y: float) -> cmd.SetFields:
    """Unstick a note from its card, leaving it free at (``x``, ``y``)."""
    command = cmd.edit(doc, "notes", note_id, attached_to=None, x=x, y=y)
    command.label = translate("Notes", "Detach sticky note")
    return command


def card_fields(text: str) -> tuple[str, str]:
    """A card's title and description from a note's text: first line, then the rest."""
    lines = text.strip().splitlines()
    title = lines[0].strip()[:TITLE_MAX] if lines else ""
    rest = "\n".join(lines[1:]).strip()
    return title, rest


def note_to_card(
    doc: JourneyMap,
    note_id: str,
    phase_id: str,
    lane_id: str,
    before_id: str | None = None,
) -> tuple[cmd.Transaction, str]:
    """Turn a note into a card in (``phase_id``, ``lane_id``) before ``before_id``; one step.

    Returns the transaction and the new card's id.
    """
    note = doc.note(note_id)
    title, description = card_fields(note.text)
    card = Touchpoint(phase_id=phase_id, lane_id=lane_id, title=title, description=description)
    add = cmd.add_touchpoint(doc, card, before_id)
    steps: list[cmd.Command] = [cmd.RemoveElement("notes", note_id), add]
    label = translate("Notes", "Turn sticky note into card '{title}'").format(title=title)
    return cmd.Transaction(label, steps), card.id
