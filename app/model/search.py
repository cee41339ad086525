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
    if _APART in needle:  # pasted, not typed: look piece by piece
        return [
            tp.id
            for tp in doc.touchpoints_in_journey_order()
            if any(needle in fold_text(piece) for piece in card_text(doc, tp))
        ]
    # Each card's pieces are folded together, kept apart by a character no typed text
    # holds (it survives folding and never joins two pieces into one match): one fold per
    # card instead of one per piece, at every key typed in the find bar.
    return [
        tp.id
        for tp in doc.touchpoints_in_journey_order()
        if needle in fold_text(_APART.join(card_text(doc, tp)))
    ]


_APART = "\x00"
