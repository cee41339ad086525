"""Write a large synthetic map (2,000 touchpoints, 8 personas by default) for stress tests.

Usage: python scripts/make_big_map.py OUT.journey [--touchpoints N] [--personas N]
"""

import argparse
import random
from pathlib import Path

from app.model.channels import BUILTIN_CHANNELS
from app.model.document import Lane, Metric, Opportunity, Persona, Touchpoint
from app.model.fileformat import save
from app.model.palette import persona_colour
from app.model.templates import new_map

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


def big_map(touchpoints: int, personas: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """A five-phase map with ``touchpoints`` cards spread over three lanes."""
    rng = random.Random(seed)
    doc = new_map("five-phases", "en")
    doc.title = f"Stress map: {touchpoints} touchpoints, {personas} personas"
    doc.personas = [
        Persona(name=f"Persona {i + 1}", colour=persona_colour(i)) for i in range(personas)
    ]
    card_lanes = [doc.lanes[0]] + [Lane(kind="touchpoints", name=n) for n in ("Human", "Support")]
    doc.lanes[1:1] = card_lanes[1:]
    metric = Metric(name="Conversion", unit="%")
    doc.metrics.append(metric)
    doc.lanes.append(Lane(kind="metric", name="Conversion", metric_id=metric.id))

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
            )
        )
    return doc


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
