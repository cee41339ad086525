"""Redacted copies of a map, for sharing outside the team."""

from string import ascii_uppercase

from app.model.document import JourneyMap


def persona_alias(index: int) -> str:
    """ "Persona A", "Persona B", ... "Persona Z", "Persona AA", ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return f"Persona {letters}"


def redacted(doc: JourneyMap) -> JourneyMap:
    """A copy of ``doc`` without what identifies people.

    Quotes (verbatims) are removed from touchpoints and personas, persona names
    become "Persona A", "Persona B"..., avatars are dropped, and so is the
    author, and the authors of sticky notes. The original map is not changed.
    """
    copy = doc.model_copy(deep=True)
    copy.author = ""
    for index, persona in enumerate(copy.personas):
        persona.name = persona_alias(index)
        persona.quote = ""
        persona.avatar = None
    for tp in copy.touchpoints:
        tp.quotes = []
    for note in copy.notes:
        note.author = ""
    return copy
