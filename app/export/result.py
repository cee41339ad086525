"""What every exporter returns, and how it reports progress."""

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[float], bool]
"""Called with the fraction done (0 to 1); returning False cancels the export."""


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    """The bytes of an export, and what the user should be told about it."""

    data: bytes
    notes: tuple[str, ...] = ()
