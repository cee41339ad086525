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


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (see ``app.cli.translate``)."""
    from app.model.text import translate as model_translate

    return model_translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate knows it
    """Mark ``text`` for translation; :func:`insights_text` translates it."""
    del context
    return text


_TEXT: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("InsightsCommand", "Insights: {title}"),
    "emotions": QT_TRANSLATE_NOOP(
        "InsightsCommand", "Emotions per persona (-2 very negative ... +2 very positive)"
    ),
    "no_personas": QT_TRANSLATE_NOOP("InsightsCommand", "  The map has no personas."),
    "average": QT_TRANSLATE_NOOP("InsightsCommand", "  {name}: average {score}"),
    "no_scores": QT_TRANSLATE_NOOP("InsightsCommand", "  {name}: no scores yet"),
    "by_phase": QT_TRANSLATE_NOOP("InsightsCommand", "    By phase: {phases}"),
    "lowest": QT_TRANSLATE_NOOP("InsightsCommand", "    Lowest: {score} at {titles}"),
    "highest": QT_TRANSLATE_NOOP("InsightsCommand", "    Highest: {score} at {titles}"),
    "drops": QT_TRANSLATE_NOOP("InsightsCommand", "    Sharpest drops:"),
    "drop": QT_TRANSLATE_NOOP("InsightsCommand", "      {score}  {before} → {after}"),
    "no_drops": QT_TRANSLATE_NOOP(
        "InsightsCommand", "    No drops: the feeling never falls between two scored touchpoints."
    ),
    "moments": QT_TRANSLATE_NOOP("InsightsCommand", "Moments of truth"),
    "no_moments": QT_TRANSLATE_NOOP(
        "InsightsCommand", "  No touchpoint is marked as a moment of truth."
    ),
    "moment": QT_TRANSLATE_NOOP("InsightsCommand", "  {title} ({phase}): {scores}"),
    "pains": QT_TRANSLATE_NOOP("InsightsCommand", "Pain points by phase"),
    "pain_phase": QT_TRANSLATE_NOOP("InsightsCommand", "  {phase}: {count}"),
    "pain": QT_TRANSLATE_NOOP("InsightsCommand", "    - {text} ({title})"),
    "opportunities": QT_TRANSLATE_NOOP(
        "InsightsCommand", "Opportunities (by priority, then where people feel worst)"
    ),
    "no_opportunities": QT_TRANSLATE_NOOP("InsightsCommand", "  No opportunities yet."),
    "opportunity": QT_TRANSLATE_NOOP(
        "InsightsCommand", "  {rank}. [{priority}] {text} — {title} (mood {score})"
    ),
    "channels": QT_TRANSLATE_NOOP("InsightsCommand", "Channels by phase"),
    "no_channels": QT_TRANSLATE_NOOP("InsightsCommand", "  No touchpoints yet."),
    "channel": QT_TRANSLATE_NOOP("InsightsCommand", "  {name}: {phases}"),
    "evidence": QT_TRANSLATE_NOOP("InsightsCommand", "Evidence"),
    "share": QT_TRANSLATE_NOOP("InsightsCommand", "  {kind}: {share} ({count})"),
}


PRIORITIES = {
    "high": QT_TRANSLATE_NOOP("InsightsCommand", "high"),
    "medium": QT_TRANSLATE_NOOP("InsightsCommand", "medium"),
    "low": QT_TRANSLATE_NOOP("InsightsCommand", "low"),
}
"""An opportunity's priority in words (English: the file format's own word)."""
EVIDENCE = {
    "observed": QT_TRANSLATE_NOOP("InsightsCommand", "observed"),
    "assumed": QT_TRANSLATE_NOOP("InsightsCommand", "assumed"),
    "proposed": QT_TRANSLATE_NOOP("InsightsCommand", "proposed"),
    "unstated": QT_TRANSLATE_NOOP("InsightsCommand", "unstated"),
}
"""A kind of evidence in words (English: the file format's own word)."""


def _word(words: dict[str, str], key: str) -> str:
    return translate("InsightsCommand", words[key]) if key in words else key


def add_parser(commands: Any, run: Any) -> None:
    """Declare ``parcours insights``."""
    parser = commands.add_parser(
        "insights",
        help=translate(
            "InsightsCommand", "say where to act: emotions, pain points, ranked opportunities"
        ),
        description=translate(
            "InsightsCommand",
            "Figures that say where to act first: each persona's average emotion per "
            "phase, lowest and highest moments and sharpest drops, moments of truth, pain points "
            "per phase, opportunities ranked by priority, channel and evidence coverage.",
        ),
    )
    parser.add_argument(
        "input",
        type=Path,
        metavar=translate("InsightsCommand", "MAP"),
        help=translate(
            "InsightsCommand", "a .journey map, or a PDF, PNG or SVG file exported by Parcours"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("InsightsCommand", "machine-readable output (keys in docs/insights.md)"),
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
    from app.model.insights import format_share, shown_score, unique_names

    phase_names = dict(
        zip([p.id for p in doc.phases], unique_names(p.name for p in doc.phases), strict=True)
    )
    persona_names = {p.id: p.name for p in doc.personas}
    titles = {tp.id: tp.title for tp in doc.touchpoints}
    words = {key: translate("InsightsCommand", text) for key, text in _TEXT.items()}
    lines = [words["title"].format(title=doc.title), "", words["emotions"]]
    if not found.personas:
        lines.append(words["no_personas"])
    for persona in found.personas:
        name = persona_names[persona.persona_id]
        if persona.average is None:
            lines.append(words["no_scores"].format(name=name))
            continue
        lines.append(words["average"].format(name=name, score=shown_score(persona.average)))
        phases = ", ".join(
            f"{phase_names[entry.phase_id]} {shown_score(entry.average)}"
            for entry in persona.by_phase
        )
        lines.append(words["by_phase"].format(phases=phases))
        for key, extreme in (("lowest", persona.lowest), ("highest", persona.highest)):
            if extreme is not None:
                lines.append(
                    words[key].format(
                        score=shown_score(extreme.score),
                        titles=", ".join(titles[i] for i in extreme.touchpoint_ids),
                    )
                )
        if persona.drops:
            lines.append(words["drops"])
            lines += [
                words["drop"].format(
                    score=shown_score(drop.delta),
                    before=titles[drop.from_id],
                    after=titles[drop.to_id],
                )
                for drop in persona.drops
            ]
        else:
            lines.append(words["no_drops"])
    lines += ["", words["moments"]]
    if not found.moments_of_truth:
        lines.append(words["no_moments"])
    for moment in found.moments_of_truth:
        scores = ", ".join(
            f"{persona_names[pid]} {shown_score(score)}" for pid, score in moment.scores
        )
        tp = doc.touchpoint(moment.touchpoint_id)
        lines.append(
            words["moment"].format(
                title=tp.title, phase=phase_names.get(tp.phase_id, ""), scores=scores or "–"
            )
        )
    lines += ["", words["pains"]]
    for phase in found.pain_points:
        lines.append(
            words["pain_phase"].format(phase=phase_names[phase.phase_id], count=phase.count)
        )
        lines += [
            words["pain"].format(text=item.text, title=titles[item.touchpoint_id])
            for item in phase.items
        ]
    lines += ["", words["opportunities"]]
    if not found.opportunities:
        lines.append(words["no_opportunities"])
    for rank, item in enumerate(found.opportunities, 1):
        lines.append(
            words["opportunity"].format(
                rank=rank,
                priority=_word(PRIORITIES, item.priority),
                text=item.text,
                title=titles[item.touchpoint_id],
                score=shown_score(item.mean_score),
            )
        )
    lines += ["", words["channels"]]
    if not found.channels:
        lines.append(words["no_channels"])
    for row in found.channels:
        phases = ", ".join(f"{phase_names[pid]} {count}" for pid, count in row.counts if count)
        lines.append(words["channel"].format(name=row.name, phases=phases))
    lines += ["", words["evidence"]]
    lines += [
        words["share"].format(
            kind=_word(EVIDENCE, share.kind), share=format_share(share.share), count=share.count
        )
        for share in found.evidence
    ]
    return "\n".join(lines)
