"""``parcours insights``: where the map says to act, as readable text or as JSON.

The figures come from :func:`app.model.insights.insights`; docs/insights.md explains
them and the ``--json`` keys.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.model.document import JourneyMap
    from app.model.insights import Insights

TEXT = {
    "title": "Insights: {title}",
    "emotions": "Emotions per persona (-2 very negative ... +2 very positive)",
    "no_personas": "  The map has no personas.",
    "average": "  {name}: average {score}",
    "no_scores": "  {name}: no scores yet",
    "by_phase": "    By phase: {phases}",
    "lowest": "    Lowest: {score} at {titles}",
    "highest": "    Highest: {score} at {titles}",
    "drops": "    Sharpest drops:",
    "drop": "      {score}  {before} → {after}",
    "no_drops": "    No drops: the feeling never falls between two scored touchpoints.",
    "moments": "Moments of truth",
    "no_moments": "  No touchpoint is marked as a moment of truth.",
    "moment": "  {title} ({phase}): {scores}",
    "pains": "Pain points by phase",
    "pain_phase": "  {phase}: {count}",
    "pain": "    - {text} ({title})",
    "opportunities": "Opportunities (by priority, then where people feel worst)",
    "no_opportunities": "  No opportunities yet.",
    "opportunity": "  {rank}. [{priority}] {text} — {title} (mood {score})",
    "channels": "Channels by phase",
    "no_channels": "  No touchpoints yet.",
    "channel": "  {name}: {phases}",
    "evidence": "Evidence",
    "share": "  {kind}: {share} ({count})",
}


def add_parser(commands: Any, run: Any) -> None:
    """Declare ``parcours insights``."""
    parser = commands.add_parser(
        "insights",
        help="say where to act: emotions, pain points, ranked opportunities",
        description="Figures that say where to act first: each persona's average emotion per "
        "phase, lowest and highest moments and sharpest drops, moments of truth, pain points "
        "per phase, opportunities ranked by priority, channel and evidence coverage.",
    )
    parser.add_argument(
        "input",
        type=Path,
        metavar="MAP",
        help="a .journey map, or a PDF, PNG or SVG file exported by Parcours",
    )
    parser.add_argument(
        "--json", action="store_true", help="machine-readable output (keys in docs/insights.md)"
    )
    parser.set_defaults(run=run)


def run_insights(args: argparse.Namespace) -> int:
    """Print the insights of one map; a map that cannot be read raises InputError (exit 1)."""
    from app.export.formats import read_map
    from app.model.insights import insights, to_json

    doc = read_map(args.input).doc
    found = insights(doc)
    if args.json:
        sys.stdout.write(json.dumps(to_json(found, doc), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(insights_text(found, doc) + "\n")
    return 0


def insights_text(found: "Insights", doc: "JourneyMap") -> str:
    """The insights as sections of plain text, numbers formatted as in the dock and the PDF."""
    from app.model.insights import format_score, format_share, unique_names

    phase_names = dict(
        zip([p.id for p in doc.phases], unique_names(p.name for p in doc.phases), strict=True)
    )
    persona_names = {p.id: p.name for p in doc.personas}
    titles = {tp.id: tp.title for tp in doc.touchpoints}
    lines = [TEXT["title"].format(title=doc.title), "", TEXT["emotions"]]
    if not found.personas:
        lines.append(TEXT["no_personas"])
    for persona in found.personas:
        name = persona_names[persona.persona_id]
        if persona.average is None:
            lines.append(TEXT["no_scores"].format(name=name))
            continue
        lines.append(TEXT["average"].format(name=name, score=format_score(persona.average)))
        phases = ", ".join(
            f"{phase_names[entry.phase_id]} {format_score(entry.average)}"
            for entry in persona.by_phase
        )
        lines.append(TEXT["by_phase"].format(phases=phases))
        for key, extreme in (("lowest", persona.lowest), ("highest", persona.highest)):
            if extreme is not None:
                lines.append(
                    TEXT[key].format(
                        score=format_score(extreme.score),
                        titles=", ".join(titles[i] for i in extreme.touchpoint_ids),
                    )
                )
        if persona.drops:
            lines.append(TEXT["drops"])
            lines += [
                TEXT["drop"].format(
                    score=format_score(drop.delta),
                    before=titles[drop.from_id],
                    after=titles[drop.to_id],
                )
                for drop in persona.drops
            ]
        else:
            lines.append(TEXT["no_drops"])
    lines += ["", TEXT["moments"]]
    if not found.moments_of_truth:
        lines.append(TEXT["no_moments"])
    for moment in found.moments_of_truth:
        scores = ", ".join(
            f"{persona_names[pid]} {format_score(score)}" for pid, score in moment.scores
        )
        tp = doc.touchpoint(moment.touchpoint_id)
        lines.append(
            TEXT["moment"].format(
                title=tp.title, phase=phase_names.get(tp.phase_id, ""), scores=scores or "–"
            )
        )
    lines += ["", TEXT["pains"]]
    for phase in found.pain_points:
        lines.append(
            TEXT["pain_phase"].format(phase=phase_names[phase.phase_id], count=phase.count)
        )
        lines += [
            TEXT["pain"].format(text=item.text, title=titles[item.touchpoint_id])
            for item in phase.items
        ]
    lines += ["", TEXT["opportunities"]]
    if not found.opportunities:
        lines.append(TEXT["no_opportunities"])
    for rank, item in enumerate(found.opportunities, 1):
        lines.append(
            TEXT["opportunity"].format(
                rank=rank,
                priority=item.priority,
                text=item.text,
                title=titles[item.touchpoint_id],
                score=format_score(item.mean_score),
            )
        )
    lines += ["", TEXT["channels"]]
    if not found.channels:
        lines.append(TEXT["no_channels"])
    for row in found.channels:
        phases = ", ".join(f"{phase_names[pid]} {count}" for pid, count in row.counts if count)
        lines.append(TEXT["channel"].format(name=row.name, phases=phases))
    lines += ["", TEXT["evidence"]]
    lines += [
        TEXT["share"].format(kind=share.kind, share=format_share(share.share), count=share.count)
        for share in found.evidence
    ]
    return "\n".join(lines)
