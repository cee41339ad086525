"""Where the comparison of two maps tags a card that the future state adds or changes.

The canvas's comparison view and the comparison PDF both place the tag here.
"""

from app.layout.geometry import Rect

TAG_HEIGHT = 18.0
TAG_PADDING = 7.0
"""Room left and right of the tag's text."""


def change_tag(card: Rect, text_width: float) -> Rect:
    """The tag of ``card``: astride its top edge, near its right end, fitting ``text_width``."""
    width = text_width + 2 * TAG_PADDING
    return Rect(card.right - width - 6, card.y - 12, width, TAG_HEIGHT)
