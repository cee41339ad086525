"""CSV import and export: workshop spreadsheets in, the same touchpoints back out."""

import csv
import io
import operator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.channels import BUILTIN_BY_KEY, BUILTIN_CHANNELS, builtin_channel_for_name, fold
from app.model.csvio import CsvImport, read_csv, write_csv, write_csv_rows
from app.model.document import (
    CustomChannel,
    JourneyMap,
    Lane,
    Metric,
    Opportunity,
    Persona,
    Phase,
    Touchpoint,
)
from app.model.errors import InputError
from app.model.integrity import integrity_problems

BOM = "\ufeff"


# -- helpers ----------------------------------------------------------------------


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def carried(doc: JourneyMap) -> dict[str, Any]:
    """Everything a CSV carries, by name rather than id."""
    tps = doc.touchpoints_in_journey_order()
    phase = {p.id: p.name for p in doc.phases}
    lane = {lane.id: lane.name for lane in doc.lanes}
    persona = {p.id: p.name for p in doc.personas}
    metric = {m.id: m.name for m in doc.metrics}
    custom: dict[str | None, str] = {c.id: c.name for c in doc.channels}
    return {
        "phases": unique([phase[tp.phase_id] for tp in tps]),
        "lanes": unique([lane[tp.lane_id] for tp in tps]),
        "personas": [p.name for p in doc.personas],
        "metrics": [(m.name, m.unit) for m in doc.metrics],
        "touchpoints": [
            {
                "phase": phase[tp.phase_id],
                "lane": lane[tp.lane_id],
                "title": tp.title,
                "channel": tp.channel if tp.channel in BUILTIN_BY_KEY else custom.get(tp.channel),
                "description": tp.description,
                "actions": tp.actions,
                "motivation": tp.motivation,
                "questions": tp.questions,
                "pain_points": tp.pain_points,
                "opportunities": [(o.text, o.priority) for o in tp.opportunities],
                "quotes": tp.quotes,
                "moment_of_truth": tp.moment_of_truth,
                "evidence": tp.evidence,
                "emotions": {persona[k]: v for k, v in tp.emotions.items()},
                "metrics": {metric[k]: v for k, v in tp.metrics.items()},
            }
            for tp in tps
        ],
    }


def only(result: CsvImport) -> Touchpoint:
    assert len(result.journey.touchpoints) == 1
    return result.journey.touchpoints[0]


def rich_map() -> JourneyMap:
    phases = [Phase(name=n) for n in ("Découverte", "Considération", "Achat")]
    lanes = [Lane(kind="touchpoints", name=n) for n in ("Front office", "Coulisses")]
    lea, marc = Persona(name="Léa"), Persona(name="Marc, 42")
    conversion, basket = Metric(name="Conversion", unit="%"), Metric(name="Basket value", unit="€")
    unused = Metric(name="Délai", unit="jours")
    youtube = CustomChannel(name="YouTube reviews")
    tps = [
        Touchpoint(
            phase_id=phases[0].id,
            lane_id=lanes[0].id,
            title='Sees the "Été" ad, then waits',
            channel="paid_ads",
            description="Première ligne\nseconde ligne",
            actions=["Scrolls Instagram", "Clicks the ad"],
            motivation="Wants a gift\nfor Noël",
            questions=["Is it in stock?"],
            pain_points=["Slow page", "Prices, hidden"],
            opportunities=[
                Opportunity(text="Faster page", priority="high"),
                Opportunity(text="Show prices"),
                Opportunity(text="A/B test", priority="low"),
            ],
            quotes=["« C'est trop lent »"],
            moment_of_truth=True,
            evidence="observed",
            emotions={lea.id: -1.5, marc.id: 0.5},
            metrics={conversion.id: 12.5, basket.id: 1234.5},
        ),
        Touchpoint(
            phase_id=phases[0].id,
            lane_id=lanes[1].id,
            title="Avis vidéo",
            channel=youtube.id,
            evidence="assumed",
            emotions={lea.id: 2.0},
        ),
        Touchpoint(
            phase_id=phases[1].id,
            lane_id=lanes[0].id,
            title="Compare offers",
            evidence="proposed",
            metrics={conversion.id: 3.0},
        ),
        Touchpoint(
            phase_id=phases[2].id,
            lane_id=lanes[1].id,
            title="Paie en caisse",
            channel="physical_store",
            emotions={marc.id: -2.0},
            metrics={basket.id: 0.1},
        ),
    ]
    return JourneyMap(
        title="Rich",
        phases=phases,
        lanes=lanes,
        personas=[lea, marc],
        metrics=[conversion, basket, unused],
        channels=[youtube],
        touchpoints=tps,
    )


# -- round trip -------------------------------------------------------------------


def test_a_rich_map_exported_and_imported_again_has_the_same_touchpoints() -> None:
    doc = rich_map()
    back = read_csv(write_csv(doc)).journey
    assert carried(back) == carried(doc)
    assert [p.name for p in back.phases] == ["Découverte", "Considération", "Achat"]
    card_lanes = [lane.name for lane in back.lanes if lane.kind == "touchpoints"]
    assert card_lanes == ["Front office", "Coulisses"]
    assert [(m.name, m.unit) for m in back.metrics] == [
        ("Conversion", "%"),
        ("Basket value", "€"),
        ("Délai", "jours"),
    ]
    assert [c.name for c in back.channels] == ["YouTube reviews"]
    assert integrity_problems(back) == []


def test_the_imported_map_gets_the_framework_emotion_and_metric_lanes() -> None:
    back = read_csv(write_csv(rich_map()), title="Workshop").journey
    assert back.title == "Workshop"
    assert [lane.kind for lane in back.lanes] == (
        ["touchpoints"] * 2 + ["framework"] * 5 + ["emotion"] + ["metric"] * 3
    )
    assert [lane.name for lane in back.lanes if lane.kind == "metric"] == [
        "Conversion",
        "Basket value",
        "Délai",
    ]
    assert read_csv(write_csv(rich_map())).journey.title == "Imported journey"


def test_export_writes_a_bom_commas_points_and_one_line_per_item() -> None:
    data = write_csv(rich_map())
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header = text.split("\r\n", 1)[0]
    assert header == (
        "phase,title,lane,channel,description,actions,motivation,questions,pain_points,"
        'opportunities,quotes,moment_of_truth,evidence,emotion:Léa,"emotion:Marc, 42",'
        "metric:Conversion,metric:Basket value [€],metric:Délai [jours]"
    )
    assert '"Scrolls Instagram\nClicks the ad"' in text
    assert '"[high] Faster page\nShow prices\n[low] A/B test"' in text
    assert ",-1.5,0.5,12.5%,1234.5,\r\n" in text
    assert ",2,,,,\r\n" in text  # 2.0 is written "2"
    assert "Paid ads" in text and "Physical store" in text
    assert ";" not in text and "1234,5" not in text


# -- formulas ---------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_map() -> JourneyMap:
    """A map from outside whose texts a spreadsheet would run as formulas."""
    phase, lane = Phase(name="=Phase"), Lane(kind="touchpoints", name="+Lane")
    lea, conversion = Persona(name="Léa"), Metric(name="Conversion")
    channel = CustomChannel(name="@Channel")
    card = Touchpoint(
        phase_id=phase.id,
        lane_id=lane.id,
        title='=HYPERLINK("http://evil.example","Click me")',
        channel=channel.id,
        description="-2+3+cmd|' /C calc'!A0",
        motivation="\tWants it now",
        actions=["=1+1", "-5 % off", "+33 6 12 34 56 78"],
        questions=["@everyone?", "'=already protected", "'plain apostrophe"],
        pain_points=["''-two apostrophes"],
        opportunities=[Opportunity(text="+more"), Opportunity(text="=x", priority="high")],
        quotes=["- a bullet that is part of the quote"],
        emotions={lea.id: -1.5},
        metrics={conversion.id: -3.25},
    )
    return JourneyMap(
        title="Hostile",
        phases=[phase],
        lanes=[lane],
        personas=[lea],
        metrics=[conversion],
        channels=[channel],
        touchpoints=[card],
    )


def test_formula_like_cells_are_exported_with_an_apostrophe_and_read_back_unchanged() -> None:
    doc = formula_map()
    data = write_csv(doc)
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cells = dict(zip(header, row, strict=True))
    assert cells["phase"] == "'=Phase"
    assert cells["title"] == '\'=HYPERLINK("http://evil.example","Click me")'
    assert cells["lane"] == "'+Lane"
    assert cells["channel"] == "'@Channel"
    assert cells["description"] == "'-2+3+cmd|' /C calc'!A0"
    assert cells["motivation"] == "'\tWants it now"
    assert cells["actions"].split("\n") == ["'=1+1", "'- -5 % off", "'+33 6 12 34 56 78"]
    assert cells["questions"].split("\n") == [
        "'@everyone?",
        "''=already protected",
        "'plain apostrophe",
    ]
    assert cells["pain_points"] == "'" + "''-two apostrophes"
    assert cells["quotes"] == "'- - a bullet that is part of the quote"
    assert cells["opportunities"].split("\n") == ["'+more", "[high] =x"]
    # Numbers stay numbers: a spreadsheet must still add up the scores and values.
    assert cells["emotion:Léa"] == "-1.5"
    assert cells["metric:Conversion"] == "-3.25"
    for value in row:
        for line in value.split("\n"):
            assert not line.startswith(FORMULA_STARTS) or line in ("-1.5", "-3.25")
    assert carried(read_csv(data).journey) == carried(doc)


def test_copied_cards_are_protected_from_formulas_too() -> None:
    doc = formula_map()
    text = write_csv_rows(doc, [doc.touchpoints[0].id])
    assert "\r\n'=Phase,\"'=HYPERLINK(" in text
    assert carried(read_csv(text.encode()).journey) == carried(doc)


def test_a_spreadsheet_typed_minus_or_apostrophe_reads_as_written() -> None:
    text = (
        "phase,title,description,quotes,emotion:Léa,metric:Price [€]\r\n"
        "'=Achat,-5 % off,'-5 % off,\"'@someone\n'quoted\n- -1\",-1,-12.5\r\n"
    )
    result = read_csv(text.encode())
    card, doc = only(result), result.journey
    assert doc.phases[0].name == "=Achat"
    assert card.title == "-5 % off"
    assert card.description == "-5 % off"
    assert card.quotes == ["@someone", "'quoted", "-1"]
    assert card.emotions == {doc.personas[0].id: -1.0}
    assert card.metrics == {doc.metrics[0].id: -12.5}


def test_a_protected_title_of_the_longest_length_still_reads() -> None:
    doc = formula_map()
    doc.touchpoints[0].title = "=" + "x" * 499
    back = read_csv(write_csv(doc)).journey
    assert back.touchpoints[0].title == "=" + "x" * 499


hypothesis_text = st.characters(blacklist_categories=("Cs", "Cc"))
# Starts a spreadsheet reads as a formula, and apostrophes that look like their protection.
formula_starts = st.sampled_from(["=", "+", "-", "@", "'", "'=", "''+", "'-", "'x"])
plain_names = st.text(hypothesis_text, min_size=1, max_size=12).filter(
    lambda s: s == s.strip() and s
)
names = plain_names | st.builds(operator.add, formula_starts, plain_names)
plain_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=30
)
free_text = plain_text | st.builds(operator.add, formula_starts | st.just("\t"), plain_text)
items = st.lists(names | names.map(lambda s: f"- {s}") | names.map(lambda s: f"•{s}"), max_size=3)
opportunities = st.lists(
    st.builds(
        Opportunity,
        text=names | names.map(lambda s: f"[low] {s}"),
        priority=st.sampled_from(["high", "medium", "low"]),
    ),
    max_size=3,
)


def distinct(key: Any, min_size: int, max_size: int, elements: Any = names) -> Any:
    return st.lists(elements, min_size=min_size, max_size=max_size, unique_by=key)


@st.composite
def csv_journeys(draw: st.DrawFn) -> JourneyMap:
    """Maps holding only what CSV carries, with names CSV can tell apart."""
    phases = [Phase(name=n) for n in draw(distinct(fold, 1, 3))]
    lanes = [Lane(kind="touchpoints", name=n) for n in draw(distinct(fold, 1, 3))]
    personas = [Persona(name=n) for n in draw(distinct(str.casefold, 0, 3))]
    metrics = [
        Metric(name=n, unit=draw(st.sampled_from(["", "%", "€", "k€", "s"])))
        for n in draw(distinct(str.casefold, 0, 3, names | names.map(lambda s: f"{s} [x]")))
    ]
    customs = [
        CustomChannel(name=n)
        for n in draw(distinct(fold, 0, 2))
        if builtin_channel_for_name(n) is None
    ]
    channels = [None, *(c.key for c in BUILTIN_CHANNELS[:4]), *(c.id for c in customs)]
    touchpoints = [
        Touchpoint(
            phase_id=phase.id,
            lane_id=draw(st.sampled_from(lanes)).id,
            title=draw(names),
            channel=draw(st.sampled_from(channels)),
            description=draw(free_text),
            actions=draw(items),
            motivation=draw(free_text),
            questions=draw(items),
            pain_points=draw(items),
            opportunities=draw(opportunities),
            quotes=draw(items),
            moment_of_truth=draw(st.booleans()),
            evidence=draw(st.sampled_from(["observed", "assumed", "proposed", "unstated"])),
            emotions={p.id: draw(st.floats(-2, 2)) for p in personas if draw(st.booleans())},
            metrics={
                m.id: draw(st.floats(allow_nan=False, allow_infinity=False))
                for m in metrics
                if draw(st.booleans())
            },
        )
        for phase in phases
        for _ in range(draw(st.integers(1, 3)))
    ]
    return JourneyMap(
        title="Generated",
        phases=phases,
        lanes=lanes,
        personas=personas,
        metrics=metrics,
        channels=customs,
        touchpoints=touchpoints,
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_journeys())
def test_any_map_survives_export_and_import(doc: JourneyMap) -> None:
    back = read_csv(write_csv(doc)).journey
    assert carried(back) == carried(doc)
    assert integrity_problems(back) == []


# -- hand-written spreadsheets ----------------------------------------------------

FRENCH_EXCEL = (
    BOM + "étape;titre;couloir;canal;points de friction;moment de vérité;preuve;émotion:Léa;"
    "mesure:Conversion;Mesure:Panier\r\n"
    'Découverte;Voit la pub;;Publicité;"• trop cher\r\n• \r\n•pas clair";oui;observé;-1,5;'
    "12,5 %;1\u00a0234,5\r\n"
    "Achat;Paie en ligne;Coulisses;Courriel;;non;supposé;+2;3%;2\u2009000\r\n"
    "Achat;Reçoit le colis;;Vélo-coursier;;X;;;;1\u202f000\r\n"
    ";;;;;;;;;\r\n"
)


def test_a_french_excel_file_lands_field_by_field() -> None:
    result = read_csv(FRENCH_EXCEL.encode("utf-8"), "atelier.csv")
    doc = result.journey
    assert result.notes == [] and result.skipped == []
    assert doc.language == "fr"
    assert [p.name for p in doc.phases] == ["Découverte", "Achat"]
    assert [lane.name for lane in doc.lanes if lane.kind == "touchpoints"] == [
        "Points de contact",
        "Coulisses",
    ]
    assert [lane.name for lane in doc.lanes][2:4] == ["Actions", "Motivation"]
    assert [p.name for p in doc.personas] == ["Léa"]
    assert [(m.name, m.unit) for m in doc.metrics] == [("Conversion", "%"), ("Panier", "")]
    assert [c.name for c in doc.channels] == ["Vélo-coursier"]
    pub, paie, colis = doc.touchpoints
    lea, conversion, panier = doc.personas[0].id, doc.metrics[0].id, doc.metrics[1].id

    assert (pub.title, pub.channel, pub.lane_id) == ("Voit la pub", "paid_ads", doc.lanes[0].id)
    assert pub.pain_points == ["trop cher", "pas clair"]
    assert (pub.moment_of_truth, pub.evidence) == (True, "observed")
    assert pub.emotions == {lea: -1.5}
    assert pub.metrics == {conversion: 12.5, panier: 1234.5}

    assert (paie.channel, paie.lane_id, paie.moment_of_truth) == ("email", doc.lanes[1].id, False)
    assert (paie.evidence, paie.emotions, paie.metrics) == (
        "assumed",
        {lea: 2.0},
        {conversion: 3.0, panier: 2000.0},
    )

    assert colis.channel == doc.channels[0].id
    assert (colis.moment_of_truth, colis.evidence, colis.emotions) == (True, "unstated", {})
    assert colis.metrics == {panier: 1000.0}


def test_accentless_french_headers_and_an_excel_sep_line_are_understood() -> None:
    data = (
        b"sep=;\r\nEtape ; Titre;emotion:Lea;mesure:Duree [min];irritants\r\nA;B;0,5;12 min;x\r\n"
    )
    result = read_csv(data)
    assert result.journey.language == "fr"
    assert [(m.name, m.unit) for m in result.journey.metrics] == [("Duree", "min")]
    tp = only(result)
    assert (tp.title, tp.pain_points) == ("B", ["x"])
    assert tp.metrics == {result.journey.metrics[0].id: 12.0}
    assert tp.emotions == {result.journey.personas[0].id: 0.5}


def test_a_windows_1252_file_is_read_and_the_report_says_so() -> None:
    data = "phase;title;pain_points\nDécouverte;Café trop cher;« attente »\n".encode("cp1252")
    result = read_csv(data)
    assert only(result).title == "Café trop cher"
    assert only(result).pain_points == ["« attente »"]
    assert any("Windows-1252" in note for note in result.notes)


def test_a_tab_separated_file_is_read() -> None:
    data = b"phase\ttitle\tchannel\temotion:Sam\nAwareness\tSees a poster, twice\tStore\t-1\n"
    result = read_csv(data)
    tp = only(result)
    assert (tp.title, tp.channel) == ("Sees a poster, twice", "physical_store")
    assert tp.emotions == {result.journey.personas[0].id: -1.0}
    assert result.journey.language == "en"
    assert result.journey.lanes[0].name == "Touchpoints"


def test_opportunity_priorities_are_read_in_english_and_french() -> None:
    data = (
        b'phase,title,opportunities\nP,T,"[HIGH] Call back\n- [basse] Survey\n'
        b'[moyenne]Coupon\nPlain idea\n[urgent] Unknown tag"\n'
    )
    assert [(o.text, o.priority) for o in only(read_csv(data)).opportunities] == [
        ("Call back", "high"),
        ("Survey", "low"),
        ("Coupon", "medium"),
        ("Plain idea", "medium"),
        ("[urgent] Unknown tag", "medium"),
    ]


def test_an_unknown_column_is_ignored_and_reported() -> None:
    result = read_csv(b"phase,title,Owner,,\nP,T,Bob,,note\n")
    assert only(result).title == "T"
    assert any('"Owner"' in note for note in result.notes)
    assert any("Column 5 has no name" in note for note in result.notes)


def test_persona_and_metric_columns_without_values_still_create_them() -> None:
    doc = read_csv(b"phase,title,emotion:Ana,metric:NPS\nP,T,,\n").journey
    assert [p.name for p in doc.personas] == ["Ana"]
    assert [(m.name, m.unit) for m in doc.metrics] == [("NPS", "")]


# -- refusing bad input -----------------------------------------------------------


def problems_of(data: bytes, **options: Any) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_csv(data, "workshop.csv", **options)
    assert caught.value.source == "workshop.csv"
    return [str(p) for p in caught.value.problems]


BAD_NUMBERS = (
    b"phase,title,emotion:L\xc3\xa9a,metric:NPS\n"
    b"A,Fine,1,10\n"
    b"A,Sad,very sad,20\n"
    b"B,Also fine,-2,30\n"
    b"B,Broken,1,12abc\n"
)


def test_every_bad_number_is_listed_with_its_line_and_nothing_is_imported() -> None:
    assert problems_of(BAD_NUMBERS) == [
        'line 3, emotion:Léa: "very sad" is not a number between -2 and +2',
        'line 5, metric:NPS: "12abc" is not a number (use . or , as the decimal mark '
        "and spaces between thousands)",
    ]


def test_skip_invalid_imports_the_good_rows_and_reports_the_others() -> None:
    result = read_csv(BAD_NUMBERS, skip_invalid=True)
    assert [tp.title for tp in result.journey.touchpoints] == ["Fine", "Also fine"]
    assert [p.place for p in result.skipped] == ["line 3, emotion:Léa", "line 5, metric:NPS"]
    assert any("line 3, 5" in note for note in result.notes)


def test_skip_invalid_with_no_valid_row_still_refuses_the_file() -> None:
    assert problems_of(b"phase,title,emotion:A\nP,T,9\n", skip_invalid=True) == [
        "line 2, emotion:A: 9 is out of range: a feeling is scored from -2 to +2"
    ]


def test_an_emotion_of_two_and_a_half_is_refused_not_clamped() -> None:
    assert problems_of(b"phase,title,emotion:Sam\nP,T,2.5\n") == [
        "line 2, emotion:Sam: 2.5 is out of range: a feeling is scored from -2 to +2"
    ]


def test_line_numbers_count_the_lines_of_earlier_multi_line_cells() -> None:
    data = b'phase,title,actions,emotion:Sam\nP,First,"one\ntwo\nthree",1\nP,Second,,oops\n'
    assert problems_of(data) == ['line 5, emotion:Sam: "oops" is not a number between -2 and +2']


def test_a_missing_title_column_is_named() -> None:
    assert problems_of(b"phase,name,channel\nP,T,Web\n") == [
        'line 1: the required column "title" (French "titre") is missing'
    ]


def test_an_empty_file_and_a_header_alone_are_refused() -> None:
    assert "empty" in problems_of(b"")[0]
    assert "empty" in problems_of(b"\xef\xbb\xbf\r\n  \r\n")[0]
    assert problems_of(b"phase,title\r\n") == ["the file has a header but no touchpoint rows"]


def test_binary_junk_is_not_a_csv_text_file() -> None:
    junk = bytes(range(256)) * 4
    assert problems_of(junk) == ["this is not a CSV text file (it contains binary data)"]
    assert "not a CSV text file" in problems_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")[0]


def test_bad_yes_no_evidence_and_empty_title_are_each_reported() -> None:
    data = b"phase,title,moment_of_truth,evidence\nP,,maybe,rumour\n"
    assert problems_of(data) == [
        "line 2, title: the title is empty; every touchpoint needs one",
        'line 2, moment_of_truth: "maybe" is not yes or no (write yes, no, oui, non, x, 1, 0, '
        "or leave it empty)",
        'line 2, evidence: "rumour" is not observed, assumed or proposed (observé, supposé, '
        "proposé), nor empty",
    ]


def test_a_row_with_more_cells_than_the_header_is_refused() -> None:
    assert problems_of(b"phase,title,emotion:A\nP,T,1,5\n") == [
        "line 2: the row has 4 cells but the header has 3 columns (is a cell that contains "
        "the delimiter missing its quotes?)"
    ]


def test_an_unclosed_quote_and_duplicate_columns_are_refused() -> None:
    assert problems_of(b'phase,title\nP,"never closed\nQ,R\n') == [
        'line 2: a quoted cell that starts here is never closed (a " is missing)'
    ]
    assert problems_of(b"phase,title,titre,emotion:A,emotion:a\nP,T,T,1,1\n") == [
        'line 1, titre: this column appears twice (also as "title")',
        'line 1, emotion:a: the persona "a" already has a column ("emotion:A")',
    ]


def test_a_percent_sign_in_a_euro_column_is_an_error() -> None:
    assert problems_of("phase,title,metric:Basket [€]\nP,T,12 €\nP,U,5 %\n".encode()) == [
        'line 3, metric:Basket [€]: "5 %" has a % sign but this column\'s unit is €'
    ]


def test_metric_values_may_repeat_the_unit_of_their_column() -> None:
    data = 'phase,title,metric:Basket [€],metric:Size [m2]\nP,T,"1 234,5 €",15\n'
    result = read_csv(data.encode())
    basket, size = (m.id for m in result.journey.metrics)
    assert only(result).metrics == {basket: 1234.5, size: 15.0}


def test_reading_any_text_gives_a_map_or_a_readable_error() -> None:
    pieces = st.sampled_from(
        [
            "phase",
            "title",
            "étape",
            "titre",
            "emotion:A",
            "metric:B [%]",
            ",",
            ";",
            "\t",
            "\n",
            "\r\n",
            '"',
            "1,5",
            "2.5",
            "x",
            "%",
            "\u00a0",
            "oui",
            "[high]",
            "-",
            " ",
            "sep=;",
        ]
    )

    @settings(max_examples=50, deadline=None)
    @given(st.lists(pieces, max_size=30), st.booleans())
    def check(parts: list[str], skip: bool) -> None:
        try:
            result = read_csv("".join(parts).encode(), skip_invalid=skip)
        except InputError as error:
            assert error.problems and all(p.message for p in error.problems)
        else:
            assert integrity_problems(result.journey) == []

    check()


# -- the map's language survives a round trip -------------------------------------


def lanes_by_kind(doc: JourneyMap) -> dict[str, list[str]]:
    """Lane names per kind, in map order (metric lanes aside: CSV makes one per metric)."""
    kinds: dict[str, list[str]] = {}
    for lane in doc.lanes:
        if lane.kind != "metric":
            kinds.setdefault(lane.kind, []).append(lane.name)
    return kinds


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_sample_map_exported_to_csv_and_imported_keeps_its_language_and_lane_names(
    language: str,
) -> None:
    from app.model.fileformat import load
    from app.resources import sample_map

    doc = load(sample_map(language))
    back = read_csv(write_csv(doc)).journey
    assert back.language == language
    before, after = lanes_by_kind(doc), lanes_by_kind(back)
    assert sorted(after["touchpoints"]) == sorted(before["touchpoints"])
    assert after["framework"] == before["framework"]  # e.g. "Points de friction" stays French
    assert after["emotion"] == before["emotion"]
    assert [p.name for p in back.phases] == [p.name for p in doc.phases]
    assert [t.title for t in back.touchpoints_in_journey_order()] == [
        t.title for t in doc.touchpoints_in_journey_order()
    ]
    assert [back.channel_name(t.channel) for t in back.touchpoints_in_journey_order()] == [
        doc.channel_name(t.channel) for t in doc.touchpoints_in_journey_order()
    ]


def test_an_english_header_with_french_rows_makes_a_french_map() -> None:
    data = (
        "phase,title,channel\n"
        "Découverte,Voit une publicité sur les réseaux,Réseaux sociaux\n"
        "Achat,Paie avec sa carte,\n"
    ).encode()
    back = read_csv(data).journey
    assert back.language == "fr"
    assert [lane.name for lane in back.lanes if lane.kind == "touchpoints"] == [
        "Points de contact"
    ]
    assert "Points de friction" in [lane.name for lane in back.lanes]


def test_an_english_file_stays_english_and_the_language_can_be_chosen() -> None:
    data = b"phase,title,channel\nAwareness,Sees an ad for the shop,Social media\n"
    assert read_csv(data).journey.language == "en"
    chosen = read_csv(data, language="fr").journey
    assert chosen.language == "fr"
    assert [lane.name for lane in chosen.lanes][:2] == ["Points de contact", "Actions"]
    with pytest.raises(ValueError, match="unknown language"):
        read_csv(data, language="de")
