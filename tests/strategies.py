"""Hypothesis strategies that generate valid journey maps of every shape."""

from datetime import UTC, datetime

from hypothesis import strategies as st

from app.model.channels import BUILTIN_CHANNELS
from app.model.document import FRAMEWORK_FIELDS, JourneyMap

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=24
).filter(lambda s: s.strip() != "")
free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
scores = st.floats(min_value=-2, max_value=2, allow_nan=False).map(lambda v: round(v * 2) / 2)
numbers = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@st.composite
def journeys(draw: st.DrawFn, max_touchpoints: int = 10) -> JourneyMap:
    """A valid map: every reference resolves, names that must be unique are."""
    counter = iter(range(10_000))

    def uid() -> str:
        return f"id-{next(counter)}"

    phases = [
        {"id": uid(), "name": draw(names), "description": draw(free_text), "colour": draw(colours)}
        for _ in range(draw(st.integers(0, 4)))
    ]
    metrics = [
        {
            "id": uid(),
            "name": f"{draw(names)} #{i}",
            "unit": draw(st.sampled_from(["", "%", "€", "s"])),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    channels = [{"id": uid(), "name": draw(names)} for _ in range(draw(st.integers(0, 2)))]
    lanes = [
        {"id": uid(), "kind": "touchpoints", "name": draw(names), "collapsed": draw(st.booleans())}
        for _ in range(draw(st.integers(1, 3)))
    ]
    for field in draw(st.lists(st.sampled_from(FRAMEWORK_FIELDS), max_size=3, unique=True)):
        lanes.append({"id": uid(), "kind": "framework", "name": draw(names), "field": field})
    if draw(st.booleans()):
        lanes.insert(
            draw(st.integers(0, len(lanes))), {"id": uid(), "kind": "emotion", "name": "Emotions"}
        )
    lanes += [
        {"id": uid(), "kind": "metric", "name": m["name"], "metric_id": m["id"]} for m in metrics
    ]
    channel_keys = [c.key for c in BUILTIN_CHANNELS] + [c["id"] for c in channels]
    personas = [
        {
            "id": uid(),
            "name": f"{draw(names)} {i}",
            "role": draw(free_text),
            "age": draw(st.none() | st.integers(0, 150)),
            "goals": draw(st.lists(names, max_size=2)),
            "preferred_channels": draw(st.lists(st.sampled_from(channel_keys), max_size=2)),
            "colour": draw(colours),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    card_lanes = [lane["id"] for lane in lanes if lane["kind"] == "touchpoints"]
    touchpoints = []
    if phases:
        for _ in range(draw(st.integers(0, max_touchpoints))):
            touchpoints.append(
                {
                    "id": uid(),
                    "phase_id": draw(st.sampled_from([p["id"] for p in phases])),
                    "lane_id": draw(st.sampled_from(card_lanes)),
                    "title": draw(names),
                    "channel": draw(st.none() | st.sampled_from(channel_keys)),
                    "description": draw(free_text),
                    "actions": draw(st.lists(names, max_size=2)),
                    "pain_points": draw(st.lists(names, max_size=2)),
                    "opportunities": draw(
                        st.lists(
                            st.fixed_dictionaries(
                                {
                                    "text": names,
                                    "priority": st.sampled_from(["high", "medium", "low"]),
                                }
                            ),
                            max_size=2,
                        )
                    ),
                    "moment_of_truth": draw(st.booleans()),
                    "evidence": draw(
                        st.sampled_from(["observed", "assumed", "proposed", "unstated"])
                    ),
                    "metrics": {m["id"]: draw(numbers) for m in metrics if draw(st.booleans())},
                    "emotions": {p["id"]: draw(scores) for p in personas if draw(st.booleans())},
                }
            )
    return JourneyMap.model_validate(
        {
            "id": uid(),
            "title": draw(names),
            "description": draw(free_text),
            "author": draw(free_text),
            "language": draw(st.sampled_from(["en", "fr", "fr-CA"])),
            "created": draw(times),
            "modified": draw(times),
            "phases": phases,
            "lanes": lanes,
            "personas": personas,
            "metrics": metrics,
            "channels": channels,
            "touchpoints": touchpoints,
        }
    )
