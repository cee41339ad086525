"""Insights on small maps whose figures are worked out by hand in each test."""

import json
from pathlib import Path

import pytest

from app.model.document import (
    JourneyMap,
    Lane,
    Opportunity,
    Persona,
    Phase,
    Touchpoint,
)
from app.model.fileformat import load
from app.model.insights import (
    DROPS_LISTED,
    format_score,
    format_share,
    insights,
    to_json,
    unique_names,
)

SAMPLE = Path(__file__).parents[2] / "app" / "data" / "samples" / "guitar-purchase.en.journey"


def _map(phases: list[str], personas: list[str]) -> JourneyMap:
    return JourneyMap(
        title="Test",
        phases=[Phase(id=f"ph{i}", name=name) for i, name in enumerate(phases)],
        lanes=[Lane(id="cards", kind="touchpoints", name="Cards")],
        personas=[Persona(id=name.lower(), name=name) for name in personas],
    )


def _card(doc: JourneyMap, tp_id: str, phase: int, **fields: object) -> None:
    doc.touchpoints.append(
        Touchpoint(id=tp_id, phase_id=f"ph{phase}", lane_id="cards", title=tp_id.upper(), **fields)
    )


@pytest.fixture
def walk() -> JourneyMap:
    """Three phases, the middle one empty; Ann scores everything, Bob nothing."""
    doc = _map(["Before", "Empty", "After"], ["Ann", "Bob"])
    _card(doc, "a", 0, emotions={"ann": 1.0}, channel="website", evidence="observed")
    _card(doc, "b", 0, emotions={"ann": -1.0}, channel="website", evidence="assumed")
    _card(doc, "c", 2, emotions={"ann": 1.0}, channel="phone", evidence="observed")
    _card(doc, "d", 2, emotions={"ann": -1.0}, evidence="proposed")
    _card(doc, "e", 2, emotions={"ann": 0.5}, channel="website")
    return doc


def test_averages_per_phase_skip_empty_phases_and_personas_without_scores(walk) -> None:
    ann, bob = insights(walk).personas
    assert ann.average_by_phase == {"ph0": 0.0, "ph1": None, "ph2": pytest.approx(0.5 / 3)}
    assert ann.average == pytest.approx(0.5 / 5)
    assert bob.average_by_phase == {"ph0": None, "ph1": None, "ph2": None}
    assert (bob.average, bob.lowest, bob.highest, bob.drops) == (None, None, None, ())


def test_tied_lowest_and_highest_list_every_touchpoint_in_journey_order(walk) -> None:
    ann = insights(walk).personas[0]
    assert ann.lowest is not None and ann.highest is not None
    assert (ann.lowest.score, ann.lowest.touchpoint_ids) == (-1.0, ("b", "d"))
    assert (ann.highest.score, ann.highest.touchpoint_ids) == (1.0, ("a", "c"))


def test_drops_are_the_sharpest_first_with_ties_in_journey_order(walk) -> None:
    # a→b −2, b→c +2 (a rise), c→d −2, d→e +1.5: two drops of 2, a→b first on the journey.
    ann = insights(walk).personas[0]
    assert [(d.from_id, d.to_id, d.delta) for d in ann.drops] == [
        ("a", "b", -2.0),
        ("c", "d", -2.0),
    ]


def test_drops_skip_unscored_touchpoints_and_keep_only_the_sharpest() -> None:
    doc = _map(["One"], ["Ann"])
    scores = [2.0, 1.5, None, 0.0, 1.0, -2.0, -1.0, -1.5]
    for i, score in enumerate(scores):
        _card(doc, f"t{i}", 0, emotions={} if score is None else {"ann": score})
    drops = insights(doc).personas[0].drops
    # t0→t1 −0.5, t1→t3 −1.5 (t2 is unscored), t4→t5 −3, t6→t7 −0.5
    assert len(drops) == DROPS_LISTED == 3
    assert [(d.from_id, d.to_id, d.delta) for d in drops] == [
        ("t4", "t5", -3.0),
        ("t1", "t3", -1.5),
        ("t0", "t1", -0.5),
    ]
    assert drops[0].touchpoint_ids == ("t4", "t5")


def test_scores_of_a_removed_persona_are_ignored() -> None:
    doc = _map(["One"], ["Ann"])
    _card(doc, "x", 0, emotions={"ghost": -2.0, "ann": 1.0}, opportunities=[Opportunity(text="Do")])
    found = insights(doc)
    assert [p.persona_id for p in found.personas] == ["ann"]
    assert found.opportunities[0].mean_score == 1.0


def test_moments_of_truth_carry_each_personas_score_or_none(walk) -> None:
    walk.touchpoints[3].moment_of_truth = True
    (moment,) = insights(walk).moments_of_truth
    assert moment.touchpoint_id == "d"
    assert moment.scores == (("ann", -1.0), ("bob", None))
    assert moment.touchpoint_ids == ("d",)


def test_pain_points_are_counted_per_phase_with_their_cards(walk) -> None:
    walk.touchpoints[0].pain_points = ["slow"]
    walk.touchpoints[2].pain_points = ["busy", "rude", "  "]
    walk.touchpoints[4].pain_points = ["lost"]
    found = insights(walk)
    assert [(p.phase_id, p.count) for p in found.pain_points] == [
        ("ph0", 1),
        ("ph1", 0),
        ("ph2", 3),
    ]
    assert found.pain_points[2].touchpoint_ids == ("c", "e")
    assert [(i.touchpoint_id, i.text) for i in found.pain_points[2].items] == [
        ("c", "busy"),
        ("c", "rude"),
        ("e", "lost"),
    ]
    assert [p.phase_id for p in found.hot_spots] == ["ph2", "ph0"]


def test_opportunities_rank_by_priority_then_how_bad_it_feels_then_journey_order() -> None:
    doc = _map(["One", "Two"], ["Ann", "Bob"])
    _card(doc, "calm", 0, emotions={"ann": 1.0, "bob": 2.0})  # mean 1.5
    _card(doc, "sad", 0, emotions={"ann": -1.0, "bob": 0.0})  # mean −0.5
    _card(doc, "none", 1)  # unscored
    _card(doc, "awful", 1, emotions={"bob": -2.0})  # mean −2 (Ann unscored)
    _card(doc, "sad2", 1, emotions={"ann": -0.5, "bob": -0.5})  # mean −0.5, after "sad"
    doc.touchpoints[0].opportunities = [Opportunity(text="calm high", priority="high")]
    doc.touchpoints[1].opportunities = [
        Opportunity(text="sad low", priority="low"),
        Opportunity(text="sad medium", priority="medium"),
    ]
    doc.touchpoints[2].opportunities = [Opportunity(text="none high", priority="high")]
    doc.touchpoints[3].opportunities = [Opportunity(text="awful medium", priority="medium")]
    doc.touchpoints[4].opportunities = [Opportunity(text="sad2 medium", priority="medium")]
    ranked = insights(doc).opportunities
    assert [o.text for o in ranked] == [
        "calm high",  # high first, even where people feel fine...
        "none high",  # ...and an unscored card comes after scored ones
        "awful medium",
        "sad medium",  # equal mood: journey order
        "sad2 medium",
        "sad low",
    ]
    assert ranked[2].mean_score == -2.0 and ranked[1].mean_score is None


def test_channel_coverage_counts_cards_per_channel_and_phase_in_the_maps_language(walk) -> None:
    walk.language = "fr"
    rows = insights(walk).channels
    assert [(r.channel, r.name) for r in rows] == [
        ("website", walk.channel_name("website")),
        ("phone", walk.channel_name("phone")),
        (None, "Sans canal"),
    ]
    assert rows[0].name != "Website"  # the French name
    assert rows[0].counts == (("ph0", 2), ("ph1", 0), ("ph2", 1))
    assert rows[0].touchpoint_ids == ("a", "b", "e")
    assert rows[2].total == 1


def test_evidence_shares_sum_to_one(walk) -> None:
    shares = {s.kind: (s.count, s.share) for s in insights(walk).evidence}
    assert shares == {
        "observed": (2, 0.4),
        "assumed": (1, 0.2),
        "proposed": (1, 0.2),
        "unstated": (1, 0.2),
    }
    assert sum(share for _, share in shares.values()) == pytest.approx(1.0)


def test_a_map_without_touchpoints_or_personas_gives_empty_insights_not_errors() -> None:
    doc = _map(["Only"], [])
    found = insights(doc)
    assert found.personas == () and found.moments_of_truth == () and found.opportunities == ()
    assert found.channels == () and found.hot_spots == ()
    assert [(s.kind, s.count, s.share) for s in found.evidence] == [
        ("observed", 0, 0.0),
        ("assumed", 0, 0.0),
        ("proposed", 0, 0.0),
        ("unstated", 0, 0.0),
    ]
    data = to_json(found, doc)
    assert data["personas"] == [] and data["pain_points_by_phase"] == {"Only": 0}
    assert data["evidence"] == {"observed": 0, "assumed": 0, "proposed": 0, "unstated": 0}
    assert data["channels_by_phase"] == {"Only": {}}


def test_a_map_with_personas_but_no_touchpoints_has_no_moments() -> None:
    doc = _map([], ["Ann"])
    (ann,) = insights(doc).personas
    assert ann.by_phase == () and ann.lowest is None
    assert to_json(insights(doc), doc)["personas"][0]["lowest"] is None


def test_scores_are_shown_signed_with_at_most_two_decimals() -> None:
    assert [format_score(v) for v in (1.5, -0.5, 0.0, 2.0, 1 / 3, -2 / 3, -0.001, None)] == [
        "+1.5",
        "-0.5",
        "0",
        "+2",
        "+0.33",
        "-0.67",
        "0",
        "–",
    ]
    assert format_share(0.875) == "88 %" and format_share(0.0) == "0 %"


def test_repeated_names_get_a_number() -> None:
    assert unique_names(["A", "B", "A", "A (2)", "A"]) == ["A", "B", "A (2)", "A (2) (2)", "A (3)"]


def test_json_names_repeated_phases_apart_and_rounds_numbers() -> None:
    doc = _map(["Buy", "Buy"], ["Ann"])
    _card(doc, "x", 0, emotions={"ann": 1.0}, pain_points=["p"])
    _card(doc, "y", 1, emotions={"ann": -1.0})
    _card(doc, "z", 1, emotions={"ann": 0.5})
    _card(doc, "w", 1, emotions={"ann": 0.5})
    data = to_json(insights(doc), doc)
    assert data["personas"][0]["average_by_phase"] == {"Buy": 1.0, "Buy (2)": 0.0}
    assert data["pain_points_by_phase"] == {"Buy": 1, "Buy (2)": 0}
    assert data["personas"][0]["drops"][0] == {
        "from": "X",
        "to": "Y",
        "delta": -2.0,
        "from_id": "x",
        "to_id": "y",
    }
    assert data["channels_by_phase"] == {"Buy": {"No channel": 1}, "Buy (2)": {"No channel": 3}}
    doc.touchpoints[3].emotions = {"ann": 1 / 3}
    data = to_json(insights(doc), doc)
    assert data["personas"][0]["average_by_phase"]["Buy (2)"] == round((-1 + 0.5 + 1 / 3) / 3, 2)


def test_the_sample_maps_insights_as_json() -> None:
    doc = load(SAMPLE)
    data = json.loads(json.dumps(to_json(insights(doc), doc)))
    assert set(data) >= {
        "personas",
        "moments_of_truth",
        "pain_points_by_phase",
        "pain_points",
        "opportunities",
        "channels_by_phase",
        "evidence",
    }
    lea = data["personas"][0]
    assert lea["name"] == "Léa Moreau"
    assert lea["lowest"]["touchpoints"] == ["Card declined at MegaSound"]
    # Léa in Retention: 2 + 1.5 − 0.5 + 1 + 1.5 over five cards
    assert lea["average_by_phase"]["Retention"] == 1.1
    top = data["opportunities"][0]
    # The high-priority opportunities at the card where the personas feel worst (−1.75 on average).
    assert top == {
        "text": "Explain the failure in plain words and say whether the card was charged",
        "priority": "high",
        "touchpoint": "Card declined at MegaSound",
        "touchpoint_id": "906c6135-b86c-5a1a-8624-dcdb77efebc1",
        "phase": "Purchase",
        "mean_score": -1.75,
    }
    assert sum(data["evidence_counts"].values()) == len(doc.touchpoints)
