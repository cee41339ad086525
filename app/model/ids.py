"""Element identifiers: UUID strings, so that files merge without clashes."""

import uuid


def new_id() -> str:
    """Return a fresh, globally unique element id."""
    return str(uuid.uuid4())
