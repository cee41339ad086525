"""Pure geometry: ``layout(document, measure)`` gives every rectangle, text box and curve.

No Qt, no reportlab. The canvas and every export draw this same layout; only
the text-measuring function differs between them.
"""

from app.layout.engine import layout
from app.layout.model import Layout
from app.layout.text import Measure, TextStyle

__all__ = ["Layout", "Measure", "TextStyle", "layout"]
