"""Figures computed from a map (averages, low points); nothing here is stored."""

from app.model.document import JourneyMap


def average_emotions(doc: JourneyMap) -> dict[str, float | None]:
    """Each persona's mean score over the touchpoints where it has one (``None`` if none)."""
    totals = {p.id: [0.0, 0] for p in doc.personas}
    for tp in doc.touchpoints:
        for persona_id, score in tp.emotions.items():
            if persona_id in totals:
                totals[persona_id][0] += score
                totals[persona_id][1] += 1
    return {pid: (total / count if count else None) for pid, (total, count) in totals.items()}
