"""Write a large synthetic map (2,000 touchpoints, 8 personas by default) for stress tests.

Usage: python scripts/make_big_map.py OUT.journey [--touchpoints N] [--personas N]
"""

import argparse
import random
from pathlib import Path
from typing import Literal

from app.model.channels import BUILTIN_CHANNELS
from app.model.document import Lane, Metric, Opportunity, Persona, Phase, Touchpoint
from app.model.fileformat import save
from app.model.palette import LANE_COLOURS, persona_colour, phase_colour
from app.model.templates import lane_name, new_map

WORDS = [
    "customer",
    "compares",
    "prices",
    "checks",
    "delivery",
    "asks",
    "friends",
    "reads",
    "reviews",
    "opens",
    "app",
    "pays",
    "waits",
    "parcel",
    "support",
    "chat",
    "returns",
    "loyalty",
    "points",
    "newsletter",
    "discount",
    "store",
    "visit",
]


Emotions = Literal["steps", "walk", "noise"]
"""How personas' scores vary from card to card: ``steps`` independent multiples of 0.5 (the
original stress map), ``walk`` a gentle random walk along the journey, ``noise`` worst-case
uniform noise over the whole scale."""


def big_map(  # type: ignore[no-untyped-def]
    touchpoints: int,
    personas: int,
    seed: int = 7,
    *,
    phases: int = 5,
    all_framework_lanes: bool = False,
    emotions: Emotions = "steps",
):
    """A map with ``touchpoints`` cards spread over three card lanes.

    ``phases`` other than 5 replaces the template's phases with numbered ones;
    ``all_framework_lanes`` adds the quotes and description lanes (12 lanes in all).
    """
    rng = random.Random(seed)
    doc = new_map("five-phases", "en")
    doc.title = f"Stress map: {touchpoints} touchpoints, {personas} personas"
    if phases != 5:
        doc.phases = [Phase(name=f"Phase {i + 1}", colour=phase_colour(i)) for i in range(phases)]
    doc.personas = [
        Persona(name=f"Persona {i + 1}", colour=persona_colour(i)) for i in range(personas)
    ]
    card_lanes = [doc.lanes[0]] + [Lane(kind="touchpoints", name=n) for n in ("Human", "Support")]
    doc.lanes[1:1] = card_lanes[1:]
    metric = Metric(name="Conversion", unit="%")
    doc.metrics.append(metric)
    doc.lanes.append(Lane(kind="metric", name="Conversion", metric_id=metric.id))
    if all_framework_lanes:
        emotion_at = next(i for i, lane in enumerate(doc.lanes) if lane.kind == "emotion")
        doc.lanes[emotion_at:emotion_at] = [
            Lane(
                kind="framework", field=f, name=lane_name(f, "en"), colour=LANE_COLOURS["framework"]
            )
            for f in ("quotes", "description")
        ]

    def words(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()

    for i in range(touchpoints):
        doc.touchpoints.append(
            Touchpoint(
                phase_id=doc.phases[i * len(doc.phases) // touchpoints].id,
                lane_id=rng.choice(card_lanes).id,
                title=words(rng.randint(2, 6)),
                channel=rng.choice(BUILTIN_CHANNELS).key,
                actions=[words(5) for _ in range(rng.randint(0, 3))],
                motivation=words(8),
                questions=[words(6) for _ in range(rng.randint(0, 2))],
                pain_points=[words(7) for _ in range(rng.randint(0, 2))],
                opportunities=[Opportunity(text=words(6), priority="high")]
                if rng.random() < 0.3
                else [],
                moment_of_truth=rng.random() < 0.05,
                metrics={metric.id: round(rng.uniform(0, 100), 1)} if rng.random() < 0.5 else {},
                emotions={p.id: rng.randint(-4, 4) / 2 for p in doc.personas if rng.random() < 0.9},
                quotes=[words(9)] if all_framework_lanes and rng.random() < 0.3 else [],
                description=words(12) if all_framework_lanes and rng.random() < 0.5 else "",
            )
        )
    if emotions != "steps":
        _score(doc, rng, emotions)
    return doc


def _score(doc, rng: random.Random, emotions: Emotions) -> None:  # type: ignore[no-untyped-def]
    """Give every card a score for most personas: a random walk, or uniform noise."""
    level = {p.id: rng.uniform(-1, 1) for p in doc.personas}
    for tp in doc.touchpoints_in_journey_order():
        scores = {}
        for persona in doc.personas:
            if emotions == "walk":
                step = rng.choice((-0.5, 0.0, 0.0, 0.5))
                level[persona.id] = max(-2.0, min(2.0, level[persona.id] + step))
                value = level[persona.id]
            else:
                value = rng.uniform(-2, 2)
            if rng.random() < 0.9:
                scores[persona.id] = round(value, 1)
        tp.emotions = scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--touchpoints", type=int, default=2000)
    parser.add_argument("--personas", type=int, default=8)
    args = parser.parse_args()
    save(big_map(args.touchpoints, args.personas), args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
