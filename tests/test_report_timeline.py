"""The report's timeline: vague dates as bars, open ends, far past, relations."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from report_samples import sample_checks

from checks.normalise.edtf import parse_when
from checks.report.records import interval_record
from checks.report.timeline import fit, render_timeline, text_width
from checks.report.timeline_layout import FAR_W, LABEL_W, MAIN_W, collect, make_scale


def dated(claim: str, value: str, mention: str | None = None) -> dict[str, Any]:
    """A claim check with a when value and, optionally, a dated mention."""
    evidence = []
    if mention:
        evidence = [
            {
                "source": "takaichi-trump-call",
                "sentence": "…",
                "sentence_start": 0,
                "line": 9,
                "mention": {
                    "kind": "when",
                    "start": 0,
                    "end": 1,
                    "text": "…",
                    "value": mention,
                    "interval": interval_record(parse_when(mention)),
                },
            }
        ]
    return {
        "type": "claim",
        "file": "claims/call.yaml",
        "claim": claim,
        "value": value,
        "verdict": "supported",
        "passed": True,
        "interval": interval_record(parse_when(value)),
        "evidence": evidence,
    }


def test_late_march_is_a_bar_over_the_last_eleven_days() -> None:
    """2026-03-late spans 21 March to the end of 31 March on the axis."""
    lanes, _ = collect([dated("us-visit", "2026-03-late"), dated("trip", "2026-04")])
    scale = make_scale(lanes)
    left, right = scale.span_x(lanes[0].bars[0].span)
    assert left == scale.x(datetime(2026, 3, 21))
    assert right == scale.x(datetime(2026, 4, 1))
    day = scale.x(datetime(2026, 3, 2)) - scale.x(datetime(2026, 3, 1))
    assert abs((right - left) - 11 * day) < 1e-6


def test_by_late_march_fades_to_the_left() -> None:
    """An open start is filled with the fading gradient and marked ◀."""
    svg = render_timeline([dated("us-visit", "../2026-03-late"), dated("t", "2026-04")])
    lane = svg[svg.index('data-claim="us-visit"') :]
    assert 'fill="url(#fade-l-claim)"' in lane.split("</g>")[0]
    assert "◀" in lane.split("</g>")[0]


def test_spring_spans_march_to_may() -> None:
    """2026-spring is drawn from 1 March to the end of May."""
    lanes, _ = collect([dated("visit", "2026-spring")])
    scale = make_scale(lanes)
    left, right = scale.span_x(lanes[0].bars[0].span)
    assert (left, right) == (
        scale.x(datetime(2026, 3, 1)),
        scale.x(datetime(2026, 6, 1)),
    )


def test_mentions_get_their_own_bar_under_the_claim() -> None:
    """The text's March is drawn beside the claim's 'by late March'."""
    lanes, _ = collect([dated("us-visit", "../2026-03-late", mention="2026-03")])
    assert [b.role for b in lanes[0].bars] == ["claim", "supported"]
    assert lanes[0].bars[1].label == "takaichi-trump-call"


def test_old_years_do_not_squash_the_main_range() -> None:
    """With 1776 and 1912 present, the main axis still spans months, not centuries."""
    checks = [c for c in sample_checks() if c["type"] in ("claim", "agree", "relation")]
    lanes, _ = collect(checks)
    scale = make_scale(lanes)
    assert scale.far is not None
    assert scale.far[0].year == 1776
    assert (scale.end - scale.start) < timedelta(days=400)
    assert scale.x(datetime(1776, 7, 4)) < scale.main_x
    assert scale.x(datetime(1912, 3, 27)) < scale.main_x


def test_relations_are_arrows_and_the_failing_one_is_red() -> None:
    """Five relations, five arrows; the refuted one is dashed red with a label."""
    svg = render_timeline(sample_checks())
    arrows = re.findall(
        r'<g class="relation relation-(\w+)" data-relation="([^"]+)"', svg
    )
    assert len(arrows) == 5
    assert ("broken", "previous-call after call-date") in arrows
    assert ("ok", "us-visit before china-trip") in arrows
    broken = svg[svg.index('data-relation="previous-call after call-date"') :]
    assert "stroke-dasharray" in broken.split("</g>")[0]


def test_a_background_fact_gets_a_lane_from_its_relation() -> None:
    """busan-meeting has no check of its own; the relation still places it."""
    lanes, _ = collect(sample_checks())
    busan = next(ln for ln in lanes if ln.key[1] == "busan-meeting")
    assert busan.bars[0].label == "stated"


def test_nothing_dated_draws_nothing() -> None:
    """A suite with no dates gets no timeline at all."""
    assert render_timeline([c for c in sample_checks() if c["kind"] == "name"]) == ""


days = st.integers(min_value=0, max_value=3000)


@given(days, st.integers(min_value=1, max_value=400), days)
@example(0, 1, 0)
def test_bars_stay_on_the_axis_and_keep_their_order(
    offset: int, length: int, other: int
) -> None:
    """Bars lie on the axis or in the far panel; a later start is never further left."""
    base = datetime(2020, 1, 1)
    spans = [
        [
            (base + timedelta(days=d)).isoformat(),
            (base + timedelta(days=d + n)).isoformat(),
        ]
        for d, n in ((offset, length), (other, 1))
    ]
    checks = [
        {**dated(f"c{i}", "2026"), "interval": span} for i, span in enumerate(spans)
    ]
    lanes, _ = collect(checks)
    scale = make_scale(lanes)
    xs = {}
    for ln in lanes:
        left, right = scale.span_x(ln.bars[0].span)
        in_far = scale.far is not None and right <= LABEL_W + FAR_W
        in_main = scale.main_x - 1e-6 <= left and right <= scale.main_x + MAIN_W + 1e-6
        assert left < right
        assert in_far or in_main
        xs[ln.key[1]] = left
    if offset < other:
        assert xs["c0"] <= xs["c1"]


def _labels(svg: str) -> list[tuple[float, bool, str]]:
    found = re.findall(
        r'<text x="([\d.]+)" y="[\d.]+" class="bar-label[^"]*"'
        r'( text-anchor="end")?>([^<]*)</text>',
        svg,
    )
    return [(float(x), bool(end), html.unescape(words)) for x, end, words in found]


def test_labels_stay_inside_the_picture() -> None:
    """No bar label runs past the right edge or into the lane names."""
    svg = render_timeline(sample_checks())
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg).group(1))  # type: ignore[union-attr]
    labels = _labels(svg)
    assert labels
    for x, end, words in labels:
        if end:
            assert x - text_width(words) >= LABEL_W - 1, words
        else:
            assert x + text_width(words) <= width + 1, words


def test_files_are_named_under_the_claim_when_there_are_several() -> None:
    """With two claim files, each lane says which file its claim is in."""
    checks = [
        dated("visit", "2026-03"),
        {**dated("visit", "2026-04"), "file": "claims/b.yaml"},
    ]
    svg = render_timeline(checks)
    assert re.findall(r'class="lane-file">([^<]*)<', svg) == ["call.yaml", "b.yaml"]


def test_a_long_range_thins_the_month_ticks() -> None:
    """Seven years get half-yearly ticks and one year label each; none is clamped."""
    svg = render_timeline(
        [dated("a", "2019-01"), dated("b", "2021-06"), dated("c", "2025-12")]
    )
    years = re.findall(r'class="tick-label year">(\d{4})<', svg)
    assert years == [str(y) for y in range(2019, 2027)]


@given(st.text(max_size=60), st.floats(min_value=10, max_value=400))
@example("高市早苗首相とトランプ大統領", 50.0)
def test_fit_never_exceeds_the_room(text: str, room: float) -> None:
    """fit() returns the text itself when it fits, else a shorter one ending in …."""
    cut = fit(text, room)
    if text_width(text) <= room:
        assert cut == text
    else:
        assert cut.endswith("…")
        assert text.startswith(cut[:-1])
        assert text_width(cut) <= room or cut == "…"
