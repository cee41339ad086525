"""Finding cards by their words: titles, every text field and the channel's name."""

from app.model.channels import fold, fold_text
from app.model.document import JourneyMap, Touchpoint


def card_text(doc: JourneyMap, tp: Touchpoint) -> list[str]:
    """Every piece of text a card shows or holds, as the find bar searches it."""
    return [
        tp.title,
        doc.channel_name(tp.channel),
        tp.description,
        tp.motivation,
        *tp.actions,
        *tp.questions,
        *tp.pain_points,
        *(o.text for o in tp.opportunities),
        *tp.quotes,
    ]


def find_cards(doc: JourneyMap, text: str) -> list[str]:
    """Ids of the cards (in journey order) whose text contains ``text``.

    Case, accents and spacing are ignored (``cafe`` finds “Café”); empty text finds nothing.
    """
    needle = fold(text)
    if not needle:
        return []
    # Each card's pieces are folded together, kept apart by a character no typed text
    # holds (it survives folding and never joins two pieces into one match): one fold per
    # card instead of one per piece, at every key typed in the find bar. A pasted needle
    # holding that character is looked for piece by piece.
    together = _APART not in needle
    found = []
    for tp in doc.touchpoints_in_journey_order():
        pieces = card_text(doc, tp)
        if together:
            pieces = [_APART.join(pieces)]
        if any(needle in fold_text(piece) for piece in pieces):
            found.append(tp.id)
    return found


_APART = "\x00"
