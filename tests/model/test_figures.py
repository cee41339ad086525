"""A map's own figures (metric values, targets) as the map's language writes them."""

from hypothesis import given
from hypothesis import strategies as st

from app.model.text import decimal_text, figure_text, speaks_french

NNBSP = "\u202f"


def test_figures_in_english_and_in_french() -> None:
    assert figure_text(1.8, "%", "en") == "1.8%"
    assert figure_text(1.8, "%", "fr") == f"1,8{NNBSP}%"
    assert figure_text(4.7, "/5", "fr-CA") == f"4,7{NNBSP}/5"
    assert figure_text(1234.5, "min", "en") == f"1{NNBSP}234.5{NNBSP}min"
    assert figure_text(1234.5, "min", "fr") == f"1{NNBSP}234,5{NNBSP}min"
    assert figure_text(-3.0, "", "fr") == "-3"
    assert figure_text(2.005, "pts", "de") == f"2{NNBSP}pts"  # two decimals at most
    assert figure_text(-0.001, "%", "fr") == f"0{NNBSP}%"  # not "-0 %"
    assert figure_text(-0.0, "", "en") == "0"
    assert decimal_text("+1.5", "fr") == "+1,5" and decimal_text("+1.5", "en") == "+1.5"
    assert speaks_french("fr") and speaks_french("fr-BE")
    assert not speaks_french("frr") and not speaks_french("en")  # North Frisian is not French


@given(st.floats(-1e9, 1e9, allow_nan=False), st.sampled_from(["", "%", "/5", "€", "min"]))
def test_a_french_figure_is_the_english_one_with_a_comma_and_a_spaced_per_cent(
    value: float, unit: str
) -> None:
    english, french = figure_text(value, unit, "en"), figure_text(value, unit, "fr")
    expected = english.replace(".", ",")
    if unit == "%":
        expected = expected.removesuffix("%") + NNBSP + "%"
    assert french == expected
    number = english.removesuffix(unit).strip(NNBSP).replace(NNBSP, "")
    assert abs(float(number) - value) <= 0.005 + abs(value) * 1e-12  # two decimals kept
