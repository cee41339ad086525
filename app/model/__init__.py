"""The journey-map document and everything that reads, writes and edits it. No Qt here."""

from app.model.document import (
    Avatar,
    CustomChannel,
    JourneyMap,
    Lane,
    Metric,
    Opportunity,
    Persona,
    Phase,
    Touchpoint,
)
from app.model.errors import InputError, Problem

__all__ = [
    "Avatar",
    "CustomChannel",
    "InputError",
    "JourneyMap",
    "Lane",
    "Metric",
    "Opportunity",
    "Persona",
    "Phase",
    "Problem",
    "Touchpoint",
]
