"""The map as it leaves the team: only the chosen personas and lanes, redacted if asked.

The exported file shows this map and carries it inside, so what is not shown
is not shared either.
"""

from app.export.options import ExportOptions
from app.export.redact import redacted
from app.model import commands as cmd
from app.model.document import JourneyMap


def shared_map(doc: JourneyMap, options: ExportOptions) -> JourneyMap:
    """``doc`` without the personas, lanes and notes left out, redacted when asked.

    A copy when anything is left out or redacted; otherwise ``doc`` itself, or a
    shallow copy without its notes (exports only read the map: copying every card of
    a big map took longer than writing the attached file). The caller must not change
    the map returned.
    """
    if options.personas is None and options.lanes is None and not options.redact:
        return doc if options.notes or not doc.notes else doc.model_copy(update={"notes": []})
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
