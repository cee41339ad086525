"""The map as it leaves the team: only the chosen personas and lanes, redacted if asked.

The exported file shows this map and carries it inside, so what is not shown
is not shared either.
"""

from app.export.options import ExportOptions
from app.export.redact import redacted
from app.model import commands as cmd
from app.model.document import JourneyMap


def shared_map(doc: JourneyMap, options: ExportOptions) -> JourneyMap:
    """A copy of ``doc`` without the personas, lanes and notes left out, redacted when asked."""
    copy = doc.model_copy(deep=True)
    if options.personas is not None:
        for persona in [p for p in copy.personas if p.id not in options.personas]:
            cmd.remove(copy, "personas", persona.id).apply(copy)
    if options.lanes is not None:
        for lane in [lane for lane in copy.lanes if lane.id not in options.lanes]:
            cmd.remove(copy, "lanes", lane.id).apply(copy)
    if not options.notes:
        copy.notes = []
    return redacted(copy) if options.redact else copy
