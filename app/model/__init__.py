"""The journey-map document and everything that reads, writes and edits it. No Qt here.

The names below are imported on first use (PEP 562): importing a light module of the
package (``app.model.text``, ``app.model.errors``) then costs no pydantic, so that
``parcours --version`` and ``--help`` stay instant.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "Avatar": "app.model.document",
    "CustomChannel": "app.model.document",
    "JourneyMap": "app.model.document",
    "Lane": "app.model.document",
    "Metric": "app.model.document",
    "Opportunity": "app.model.document",
    "Persona": "app.model.document",
    "Phase": "app.model.document",
    "Touchpoint": "app.model.document",
    "InputError": "app.model.errors",
    "Problem": "app.model.errors",
}

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # once found, a plain module attribute
    return value
