"""The inspector dock's content: edits the selected card(s), phase, lane, persona, or the map."""

from app.ui.inspector.avatar import load_avatar
from app.ui.inspector.panel import Inspector

__all__ = ["Inspector", "load_avatar"]
