"""The PDF appendix ends with the same insights as the dock and `parcours insights`."""

import re
from pathlib import Path

import pytest
from conftest import pdf_text

from app.export.options import ExportOptions
from app.export.pdf import export_pdf
from app.model.insights import format_score, format_share, insights


def _text(tmp_path: Path, doc, **options) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "map.pdf"
    path.write_bytes(export_pdf(doc, ExportOptions(**options)).data)
    return pdf_text(path)


def test_the_appendix_shows_the_sample_maps_insights(tmp_path: Path, sample_en) -> None:
    text = _text(tmp_path, sample_en)
    found = insights(sample_en)
    section = text.split("Insights", 1)[1]
    titles = {tp.id: tp.title for tp in sample_en.touchpoints}
    for persona in found.personas:
        name = sample_en.persona(persona.persona_id).name
        row = " ".join(
            [
                name,
                *(format_score(e.average) for e in persona.by_phase),
                format_score(persona.average),
            ]
        )
        assert row in section  # e.g. "Léa Moreau +0.5 +0.5 -0.33 +1.1 +1.5 +0.67"
        assert persona.lowest is not None
        lowest = ", ".join(titles[i] for i in persona.lowest.touchpoint_ids)
        assert f"{format_score(persona.lowest.score)} {lowest}" in section
        for drop in persona.drops:
            assert (
                f"{format_score(drop.delta)} {titles[drop.from_id]} → {titles[drop.to_id]}"
                in section
            )
    assert "Léa Moreau +0.5 +0.5 -0.33 +1.1 +1.5 +0.67" in section
    ranked = section.split("Opportunities, ranked", 1)[1]
    top = found.opportunities[0]
    assert f"1 high {top.text} {titles[top.touchpoint_id]} {format_score(top.mean_score)}" in ranked
    assert ranked.index(found.opportunities[1].text) < ranked.index(found.opportunities[2].text)
    hot = section.split("Pain-point hot spots", 1)[1]
    assert hot.index("Consideration 7") < hot.index("Purchase 7") < hot.index("Retention 6")
    for share in found.evidence:
        assert f"{share.kind} {format_share(share.share)} ({share.count})" in section
    assert "observed 82 % (14)" in section


def test_without_the_appendix_there_are_no_insights(tmp_path: Path, sample_en) -> None:
    assert "Average emotion per phase" not in _text(tmp_path, sample_en, appendix=False)


def test_the_french_map_has_french_insight_headings(tmp_path: Path, sample_fr) -> None:
    text = _text(tmp_path, sample_fr)
    assert "Analyses" in text and "Émotion moyenne par phase" in text
    assert "Opportunités, par ordre de priorité" in text


def test_a_french_maps_appendix_writes_its_figures_the_french_way(
    tmp_path: Path, sample_en, sample_fr
) -> None:
    """Scores and metric values with a decimal comma ("+1,5", "4,7 /5", "1,8 %") in a French
    map whatever the interface's language; the English map keeps its decimal point."""
    french = _text(tmp_path, sample_fr)
    scores = french.split("Analyses", 1)[1]
    assert "+1,5" in scores and "-0,33" in scores
    assert not re.search(r"[+-]\d\.\d", scores), "a French score with a decimal point"
    # The appendix's cards, the canvas's badges and metric lanes (pdf_text folds spaces).
    assert "Satisfaction (CSAT) : 4,7 /5" in french
    assert "Taux de conversion : 1,8 %" in french
    assert "1,8 % 4,7 /5" in french  # a card's two badges
    assert not re.search(r"\d\.\d+\s?(%|/5|min|pts)", french), "a French figure with a point"
    english = _text(tmp_path, sample_en)
    assert "+1.5" in english.split("Insights", 1)[1]
    assert "Conversion rate: 1.8%" in english and "Satisfaction (CSAT): 4.7 /5" in english


def test_the_progress_of_a_pdf_with_a_long_appendix_moves_through_the_appendix(
    tmp_path: Path,
) -> None:
    """It reported pages against the map's pages only: on a 400-card map the appendix's
    many pages all ran at "99 %". Cancel still stops the export there."""
    from app.export.result import Cancelled
    from benchmarks.maps import bench_map

    doc = bench_map(400)
    seen: list[float] = []
    export_pdf(doc, ExportOptions(), lambda fraction: seen.append(fraction) or True)
    assert seen == sorted(seen) and 0 < seen[-1] <= 0.99
    # Through every tenth on the way (one report per page drawn, and per piece of the
    # story), not stuck near the end: most pages are reported below 90 %.
    assert all(any(d / 10 <= f < (d + 1) / 10 for f in seen) for d in range(9))
    assert sum(f >= 0.9 for f in seen) <= len(seen) / 4
    with pytest.raises(Cancelled):
        export_pdf(doc, ExportOptions(), lambda fraction: fraction < 0.5)
