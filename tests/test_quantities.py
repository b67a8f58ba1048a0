"""Durations and counts: extraction, claim values, tolerances and the judge."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from checks.model import Mention, Tolerance, Verdict
from checks.normalise import extract
from checks.normalise.context import Context
from checks.normalise.numerals import digitise
from checks.normalise.quantities import (
    extract_quantities,
    format_duration,
    judge_quantity,
    parse_duration_value,
    parse_tolerance,
    unit_matches,
)

GOLD_DIR = Path("/work/shared/peer-gold")
JA = Context(lang="ja")
EN = Context(lang="en")


def found(
    text: str, ctx: Context = JA
) -> list[tuple[str, str, str, str | None, str | None]]:
    """(kind, text, value, unit, hedge) of every mention in digitised ``text``."""
    digits = digitise(text).text
    return [
        (m.kind, m.text, m.value, m.unit, m.hedge)
        for m in extract_quantities(digits, ctx)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "金曜日の夜に約25分間の電話会談を行った",
            ("duration", "約25分間", "PT25M", None, "approx"),
        ),
        ("25分の電話会談", ("duration", "25分", "PT25M", None, None)),
        ("二十五分にわたり", ("duration", "25分", "PT25M", None, None)),
        ("会談は1時間半に及んだ", ("duration", "1時間半", "PT1H30M", None, None)),
        ("2時間30分", ("duration", "2時間30分", "PT2H30M", None, None)),
        ("3日間の日程", ("duration", "3日間", "P3D", None, None)),
        ("2週間後に", ("duration", "2週間", "P2W", None, None)),
        ("3か月", ("duration", "3か月", "P3M", None, None)),
        ("3ヶ月", ("duration", "3ヶ月", "P3M", None, None)),
        ("3カ月", ("duration", "3カ月", "P3M", None, None)),
        ("3ヵ月", ("duration", "3ヵ月", "P3M", None, None)),
        ("1年間", ("duration", "1年間", "P1Y", None, None)),
        ("10年以上", ("duration", "10年以上", "P10Y", None, "at-least")),
        ("25分程度", ("duration", "25分程度", "PT25M", None, "approx")),
        ("25分ほど", ("duration", "25分ほど", "PT25M", None, "approx")),
        ("1時間弱", ("duration", "1時間弱", "PT1H", None, "nearly")),
        ("1時間強", ("duration", "1時間強", "PT1H", None, "over")),
        ("十分間の休憩", ("duration", "10分間", "PT10M", None, None)),
        ("25 minutes", ("duration", "25 minutes", "PT25M", None, None)),
        ("1.5 hours", ("duration", "1.5 hours", "PT1H30M", None, None)),
        ("3 days", ("duration", "3 days", "P3D", None, None)),
        ("two weeks", ("duration", "two weeks", "P2W", None, None)),
        ("half an hour", ("duration", "half an hour", "PT30M", None, None)),
        (
            "an hour and a half",
            ("duration", "an hour and a half", "PT1H30M", None, None),
        ),
        ("a 90-minute call", ("duration", "90-minute", "PT90M", None, None)),
        (
            "occurred nearly one month after their in-person meeting",
            ("duration", "nearly one month", "P1M", None, "nearly"),
        ),
        ("about 25 minutes", ("duration", "about 25 minutes", "PT25M", None, "approx")),
        ("for a month", ("duration", "a month", "P1M", None, None)),
        ("a call of PT25M", ("duration", "PT25M", "PT25M", None, None)),
        ("over the last two decades", ("duration", "two decades", "P20Y", None, None)),
        ("四半世紀の時を経て", ("duration", "四半世紀", "P25Y", None, None)),
        ("30年もの間", ("duration", "30年", "P30Y", None, None)),
    ],
)
def test_durations_in_real_text(text: str, expected: tuple[str, ...]) -> None:
    """Every duration form of the brief is found with its ISO value and hedge."""
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本は250本の桜の木を米国に贈る", ("count", "250本", "250", "本", None)),
        ("二百五十本", ("count", "250本", "250", "本", None)),
        ("米国独立250周年を記念する", ("count", "250周年", "250", "周年", None)),
        ("二人は春の米国での会談", ("count", "2人", "2", "人", None)),
        ("２５０人", ("count", "250人", "250", "人", None)),
        ("2万5千人", ("count", "25000人", "25000", "人", None)),
        ("1,200人", ("count", "1200人", "1200", "人", None)),
        ("3カ国", ("count", "3カ国", "3", "国", None)),
        ("5か国", ("count", "5か国", "5", "国", None)),
        ("約250本", ("count", "約250本", "250", "本", "approx")),
        ("250本近く", ("count", "250本近く", "250", "本", "nearly")),
        ("1万人以上", ("count", "10000人以上", "10000", "人", "at-least")),
        ("第2回", ("count", "第2回", "2", "回", None)),
        ("初の首脳会談", ("count", "初の", "1", None, None)),
        ("濃度は7.18%です", ("count", "7.18%", "7.18", "%", None)),
        ("250 trees", ("count", "250 trees", "250", "trees", None)),
        ("250 cherry trees", ("count", "250 cherry trees", "250", "trees", None)),
        ("Two people died", ("count", "Two people", "2", "people", None)),
        (
            "more than 250 people",
            ("count", "more than 250 people", "250", "people", "over"),
        ),
        (
            "2.5 million people",
            ("count", "2.5 million people", "2500000", "people", None),
        ),
        (
            "a 21.3 trillion yen package",
            ("count", "21.3 trillion yen", "21300000000000", "yen", None),
        ),
        (
            "the 250th anniversary of",
            ("count", "250th anniversary", "250", "anniversary", None),
        ),
        ("5 percent", ("count", "5 percent", "5", "%", None)),
        ("three times", ("count", "three times", "3", "times", None)),
    ],
)
def test_counts_in_real_text(text: str, expected: tuple[str, ...]) -> None:
    """Counters, nouns, ordinals and percentages come with number, unit and hedge."""
    assert found(text) == [expected]


def test_the_seed_paragraph_yields_its_quantities() -> None:
    """The seed's call length, the 250th anniversary and the 250 trees are found."""
    text = (
        "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
        "約25分間の電話会談を行った。この合意は、2026年の米国独立250周年を記念する"
        "もので、1912年の日本からの桜の贈与を記念する。日本は250本の桜の木を米国に"
        "贈る予定だ。前回の電話会談は11月25日で"
    )
    assert [m[1] for m in found(text)] == ["約25分間", "250周年", "250本"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 tourists visited five countries", ["3 tourists", "five countries"]),
        ("In 2026 three people died", ["three people"]),
        ("2 people and 3 dogs", ["2 people", "3 dogs"]),
        ("one another", []),
    ],
)
def test_english_counts_stop_at_the_next_number(text: str, expected: list[str]) -> None:
    """A count's noun never swallows the next number, nor a year before it."""
    assert [m[1] for m in found(text, EN)] == expected


def test_ordinal_notes_say_ordinal() -> None:
    """第2回, 初の and 3回目 carry an 'ordinal' note."""
    mentions = extract_quantities("第2回の会合は初の試みで、3回目の協議", JA)
    assert [(m.value, m.unit, m.note) for m in mentions] == [
        ("2", "回", "ordinal"),
        ("1", None, "ordinal"),
        ("3", "回", "ordinal"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2026年1月2日",
        "1912年の",
        "11月25日で",
        "遅くとも3月下旬",
        "9時25分に",
        "3分の1",
        "3日前",
        "03-1234-5678",
        "F-35 jets",
        "iPhone 15",
        "#12",
        "p. 12",
        "12ページ目",
        "In 2026 Americans voted",
        "25 years old",
        "for the first time",
        "a month ago",
        "one of them",
        "3分野で",
    ],
)
def test_nothing_where_there_is_nothing(text: str) -> None:
    """Dates, clock times, fractions, phone and model numbers give no quantity."""
    assert found(text) == []


def test_offsets_point_at_the_mention_text() -> None:
    """start/end slice the digitised text to the mention's text."""
    digits = digitise("会談は約二十五分間だった。桜二百五十本。").text
    for mention in extract_quantities(digits, JA):
        assert digits[mention.start : mention.end] == mention.text


@given(st.integers(1, 10_000), st.sampled_from(["分", "分間", "時間", "秒"]))
def test_ja_duration_number_agrees_with_its_value(amount: int, unit: str) -> None:
    """A duration's seconds are what its ISO value parses to."""
    (mention,) = extract_quantities(f"会談は{amount}{unit}続いた", JA)
    assert mention.number == parse_duration_value(mention.value)
    scale = {"分": 60, "分間": 60, "時間": 3600, "秒": 1}[unit]
    assert mention.number == amount * scale


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("25 minutes", 1500),
        ("25 min", 1500),
        ("1.5 hours", 5400),
        ("3 days", 259200),
        ("2 weeks", 1209600),
        ("half an hour", 1800),
        ("an hour and a half", 5400),
        ("1 hour 30 minutes", 5400),
        ("PT25M", 1500),
        ("P1DT2H", 93600),
        ("P1M", 30 * 86400),
        ("P1Y", 365 * 86400),
        ("二十五分", 1500),
        ("1時間半", 5400),
    ],
)
def test_claimed_durations_parse_to_seconds(value: str, seconds: int) -> None:
    """The claim side's duration forms all parse to seconds."""
    assert parse_duration_value(value) == seconds


@pytest.mark.parametrize("value", ["25", 25, "PT", "soon", "25 parsecs", True])
def test_unreadable_durations_list_the_accepted_forms(value: str | int) -> None:
    """A bad duration says what it got and which forms work."""
    with pytest.raises(
        ValueError, match=r"duration .* write it as '25 minutes'.*'PT25M'"
    ):
        parse_duration_value(value)


@pytest.mark.parametrize(
    ("seconds", "iso"),
    [(1500, "PT25M"), (5400, "PT1H30M"), (86400, "P1D"), (0, "PT0S")],
)
def test_format_duration_writes_iso(seconds: int, iso: str) -> None:
    """format_duration writes days, hours, minutes and seconds."""
    assert format_duration(seconds) == iso


@given(st.integers(0, 10**10) | st.integers(0, 10**6).map(lambda n: n + 0.5))
@example(5400)
def test_durations_round_trip_through_iso(seconds: float) -> None:
    """parse_duration_value(format_duration(s)) == s."""
    assert parse_duration_value(format_duration(seconds)) == seconds


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("2 minutes", "duration", Tolerance(absolute=120)),
        ("5%", "duration", Tolerance(relative=0.05)),
        ("5%", "count", Tolerance(relative=0.05)),
        (3, "count", Tolerance(absolute=3)),
        ("3", "count", Tolerance(absolute=3)),
    ],
)
def test_tolerances_parse(value: str | int, kind: str, expected: Tolerance) -> None:
    """Absolute durations, percentages and plain counts are tolerances."""
    assert parse_tolerance(value, kind) == expected


@pytest.mark.parametrize(
    ("value", "kind", "message"),
    [
        (2, "duration", "tolerance for a duration needs a unit"),
        ("3 trees", "count", "tolerance must be a number such as 3"),
        ("soon", "duration", "tolerance must be a duration such as '2 minutes'"),
        (-1, "count", "tolerance must be a number such as 3"),
        ("5%", "when", "tolerance goes with duration or count"),
    ],
)
def test_bad_tolerances_say_how_to_fix_them(
    value: str | int, kind: str, message: str
) -> None:
    """A bad tolerance names the forms that work."""
    with pytest.raises(ValueError, match=message):
        parse_tolerance(value, kind)


@pytest.mark.parametrize(
    ("claim", "mention", "expected"),
    [
        (None, "trees", True),
        ("本", None, False),
        ("tree", "trees", True),
        ("person", "people", True),
        ("人", "名", True),
        ("国", "カ国", True),
        ("か国", "ヶ国", True),
        ("TREES", "ｔｒｅｅｓ", True),
        ("周年", "anniversary", True),
        ("本", "人", False),
        ("trees", "people", False),
    ],
)
def test_units_fold_width_case_number_and_counter_spelling(
    claim: str | None, mention: str | None, expected: bool
) -> None:
    """unit_matches folds width, case, plural and カ国/か国/国."""
    assert unit_matches(claim, mention) is expected


def mention(number: float, hedge: str | None = None, text: str = "x") -> Mention:
    return Mention("duration", 0, 1, text, "", number=number, hedge=hedge)


def test_judge_explains_a_hedged_miss() -> None:
    """約25分 against a claimed 30 minutes is refuted, with the reason spelled out."""
    verdict, why = judge_quantity(
        1800, approx=False, tolerance=None, mention=mention(1500, "approx", "約25分間")
    )
    assert verdict is Verdict.REFUTED
    assert why == (
        "25 minutes vs 30 minutes claimed: differs by 5 minutes (17%), "
        "beyond ±10% (the text says 約)"
    )


@pytest.mark.parametrize(
    ("claim", "hedge", "text_value", "approx", "expected"),
    [
        (30, "nearly", 30, False, Verdict.UNVERIFIABLE),
        (40, "nearly", 30, False, Verdict.REFUTED),
        (20, "nearly", 30, False, Verdict.REFUTED),
        (25, "nearly", 30, True, Verdict.UNVERIFIABLE),
        (200, "over", 250, False, Verdict.REFUTED),
        (250, "over", 250, False, Verdict.REFUTED),
        (300, "over", 250, False, Verdict.UNVERIFIABLE),
        (250, "at-least", 250, False, Verdict.UNVERIFIABLE),
        (300, "under", 250, False, Verdict.REFUTED),
        (250, "at-most", 250, False, Verdict.UNVERIFIABLE),
        (260, "at-most", 250, False, Verdict.REFUTED),
    ],
)
def test_directional_hedges_give_the_text_a_range(
    claim: float, hedge: str, text_value: float, approx: bool, expected: Verdict
) -> None:
    """nearly/over/under/at-least/at-most compare as ranges."""
    verdict, _ = judge_quantity(
        claim, approx=approx, tolerance=None, mention=mention(text_value, hedge)
    )
    assert verdict is expected


def test_a_range_inside_the_tolerance_is_supported() -> None:
    """Nearly a month (22.5–30 days) lies inside 28 days ± 8 days."""
    verdict, why = judge_quantity(
        28 * 86400,
        approx=False,
        tolerance=Tolerance(absolute=8 * 86400),
        mention=mention(30 * 86400, "nearly", "nearly one month"),
    )
    assert verdict is Verdict.SUPPORTED
    assert "tolerance 8 days" in why


_VALUES = st.integers(0, 10**7).map(float)
_HEDGES = st.sampled_from([None, "approx"])
_TOLERANCES = (
    st.none()
    | st.builds(Tolerance, absolute=st.integers(0, 1000).map(float))
    | st.builds(Tolerance, relative=st.integers(0, 50).map(lambda p: p / 100))
)


@given(_VALUES, _VALUES, st.booleans(), _HEDGES, _TOLERANCES)
@example(100.0, 111.0, True, None, None)
def test_point_values_compare_symmetrically(
    a: float, b: float, approx: bool, hedge: str | None, tolerance: Tolerance | None
) -> None:
    """Swapping text and claim values (same hedges) gives the same verdict."""
    one, _ = judge_quantity(
        a, approx=approx, tolerance=tolerance, mention=mention(b, hedge)
    )
    two, _ = judge_quantity(
        b, approx=approx, tolerance=tolerance, mention=mention(a, hedge)
    )
    assert one is two


@given(
    _VALUES, st.booleans(), _HEDGES, _TOLERANCES, st.integers(1, 10**6), st.booleans()
)
def test_a_value_beyond_the_tolerance_is_never_supported(
    claim: float,
    approx: bool,
    hedge: str | None,
    tolerance: Tolerance | None,
    extra: int,
    up: bool,
) -> None:
    """Shifting the text's value past the claim's margin never passes."""
    if tolerance is not None:
        margin = tolerance.width(claim)
    else:
        margin = 0.1 * claim if approx or hedge == "approx" else 0.0
    shift = margin + extra
    text_value = claim + shift if up else claim - shift
    assume(text_value >= 0)
    verdict, _ = judge_quantity(
        claim, approx=approx, tolerance=tolerance, mention=mention(text_value, hedge)
    )
    assert verdict is not Verdict.SUPPORTED


@given(
    _VALUES,
    _VALUES,
    st.booleans(),
    st.sampled_from([None, "approx", "nearly", "over", "under", "at-least", "at-most"]),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
)
def test_widening_the_tolerance_never_turns_supported_into_refuted(
    claim: float, said: float, approx: bool, hedge: str | None, narrow: int, more: int
) -> None:
    """A wider tolerance keeps a supported claim supported."""
    small, _ = judge_quantity(
        claim,
        approx=approx,
        tolerance=Tolerance(absolute=narrow),
        mention=mention(said, hedge),
    )
    wide, _ = judge_quantity(
        claim,
        approx=approx,
        tolerance=Tolerance(absolute=narrow + more),
        mention=mention(said, hedge),
    )
    if small is Verdict.SUPPORTED:
        assert wide is Verdict.SUPPORTED
    if wide is Verdict.REFUTED:
        assert small is Verdict.REFUTED


@given(_VALUES)
def test_an_unhedged_equal_value_is_supported(value: float) -> None:
    """Equal numbers with no hedge on either side are supported."""
    verdict, why = judge_quantity(
        value, approx=False, tolerance=None, mention=mention(value)
    )
    assert verdict is Verdict.SUPPORTED
    assert why.endswith("the same")


def _duration_gold() -> list[Any]:
    """Peer duration rows (ja-timex, Duckling), with our disagreements marked."""
    reasons = {
        "1年": "a bare N年 is a year, not a duration, without 間 or a hedge",
        "2021年": "a bare N年 is a year, not a duration, without 間 or a hedge",
        "1月": "N月 is a month, never a duration",
        "1日": "a bare N日 is a date; 3日間 is the duration",
        "百 日": "a bare N日 is a date; 3日間 is the duration",
        "1秒05": "sports timing notation (1秒05) is not read",
        "100秒5": "sports timing notation (100秒5) is not read",
        "半月": "a bare 半月 is also a half moon: a length only beside 間, ぶり or 約",
        "8日目の蝉": "an ordinal day (8日目) is not a duration",
        "翌週28日": "relative dates belong to the dates extractor",
        "毎年6月から8月にかけて": "a frequency (毎年) is not a duration",
        "一 秒間": "a kanji numeral spaced from its unit is not digitised",
        "四 分間": "a kanji numeral spaced from its unit is not digitised",
        "百 日間": "a kanji numeral spaced from its unit is not digitised",
    }
    rows: list[Any] = []
    for name in ("ja_jatimex_values.tsv", "ja_duckling.tsv"):
        path = GOLD_DIR / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if not row["expected_value"].startswith("P"):
                    continue
                if row.get("mod") or row.get("scope") in ("ReltimeTagger", "SetTagger"):
                    continue
                if "一昨" in row["text"]:
                    continue  # relative day words: the dates extractor's rows
                text = row["text"]
                marks = []
                if text in reasons:
                    marks.append(pytest.mark.xfail(reason=reasons[text], strict=True))
                rows.append(
                    pytest.param(
                        text, row["expected_value"], marks=marks, id=row["source"]
                    )
                )
    return rows


@pytest.mark.parametrize(("text", "expected"), _duration_gold())
def test_peer_gold_duration_rows(text: str, expected: str) -> None:
    """ja-timex and Duckling duration rows: the first duration has their length."""
    durations = [
        m for m in extract_quantities(digitise(text).text, JA) if m.kind == "duration"
    ]
    assert durations, f"no duration found in {text!r}"
    assert durations[0].number == pytest.approx(parse_duration_value(expected))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talks were held over three days", ("three days", None)),
        ("it lasted over 3 hours", ("over 3 hours", "over")),
        ("3人強い", ("3人", None)),
        ("250本余地", ("250本", None)),
        ("25分程なく", ("25分", None)),
    ],
)
def test_words_that_look_like_hedges_but_are_not(
    text: str, expected: tuple[str, str | None]
) -> None:
    """'held over three days' spans a time; 強い or 余地 start other words."""
    assert [(m[1], m[4]) for m in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("作業は1年前後で完了する見通しだ。", ("duration", "1年前後", "P1Y", "approx")),
        ("作業は3日ほどかかった。", ("duration", "3日ほど", "P3D", "approx")),
        ("交渉は2日半に及んだ。", ("duration", "2日半", "P2DT12H", None)),
        ("混乱は1週近く続いた。", ("duration", "1週近く", "P1W", "nearly")),
        ("2000年近くの歴史がある。", ("duration", "2000年近く", "P2000Y", "nearly")),
        ("収束するのに100年はかかる", ("duration", "100年", "P100Y", None)),
        ("震災から10年が経った。", ("duration", "10年", "P10Y", None)),
        ("工事に3日かかった。", ("duration", "3日", "P3D", None)),
        ("約半月の日程で調整する。", ("duration", "約半月", "P15D", "approx")),
        ("半月間の滞在だった。", ("duration", "半月間", "P15D", None)),
    ],
)
def test_hedged_and_half_lengths_are_durations(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """1年前後, 3日ほど, 2日半, 3年かかる, 10年が経った: lengths, never a date."""
    got = [(m.kind, m.text, m.value, m.hedge) for m in extract(text, lang="ja")]
    assert got == [expected]


@given(st.integers(min_value=1000, max_value=2100))
@example(2000)
def test_a_four_digit_year_is_a_length_only_with_a_length_hedge(year: int) -> None:
    """{N}年近く (nearly N years) is a length; {N}年前後 (around the year N) a year."""
    near = [(m.kind, m.value) for m in extract(f"{year}年近く続いた。", lang="ja")]
    assert near == [("duration", f"P{year}Y")]
    around = extract(f"{year}年前後に建てられた。", lang="ja")
    assert [(m.kind, m.value) for m in around] == [("when", str(year))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15年ぶりに再会した。", ("duration", "15年", "P15Y", None)),
        ("大会は3年ぶりの開催となった。", ("duration", "3年", "P3Y", None)),
        ("10日ぶりに帰国した。", ("duration", "10日", "P10D", None)),
        ("約2カ月ぶりに開かれた。", ("duration", "約2カ月", "P2M", "approx")),
        ("1年半ぶりの再会。", ("duration", "1年半", "P1.5Y", None)),
        ("半月ぶりに雨が降った。", ("duration", "半月", "P15D", None)),
    ],
)
def test_the_time_since_n_buri_is_a_length(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """N年ぶり (for the first time in N years) states how long it had been: a
    length, never the year N; the note says what it measures."""
    got = extract(text, lang="ja")
    assert [(m.kind, m.text, m.value, m.hedge) for m in got] == [expected]
    assert "since it last happened" in got[0].note


@pytest.mark.parametrize("text", ["半月が夜空に浮かぶ。", "半月板を損傷した。"])
def test_a_bare_half_moon_is_no_length(text: str) -> None:
    """半月 alone is a half moon (or 半月板, a meniscus), not fifteen days."""
    assert extract(text, lang="ja") == []


@pytest.mark.parametrize("text", ["第1週前後に", "1週遅れ"])
def test_a_week_without_a_length_hedge_is_no_length(text: str) -> None:
    """第1週 is an ordinal week; a bare 1週 needs 近く / ほど / 前後 to be a length."""
    assert [m for m in extract(text, lang="ja") if m.kind == "duration"] == []


@given(st.integers(min_value=1000, max_value=2100))
@example(1865)
def test_a_number_with_a_group_comma_is_a_count_not_a_year(n: int) -> None:
    """“1,865 units were returned”: a year is never written with a comma."""
    text = f"The recall covers model KT-4351, and {n:,} units were returned."
    got = [(m.kind, m.number) for m in extract(text, lang="en")]
    assert got == [("count", n)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("東京五輪から5年。", [("5年", "P5Y")]),
        ("震災から15年となった11日", [("15年", "P15Y")]),
        ("あれから1年になる", [("1年", "P1Y")]),
        ("2018年から19年にかけて", []),
        ("18年から19年2月まで", []),
        ("3日から5日まで", []),
    ],
)
def test_years_since_an_event_are_a_length_but_not_a_ranges_end(
    text: str, found: list[tuple[str, str]]
) -> None:
    """から5年 after an event is five years since; after a year it ends a range."""
    lengths = extract(text, lang="ja", published=datetime(2026, 7, 20))
    assert [(m.text, m.value) for m in lengths if m.kind == "duration"] == found


@pytest.mark.parametrize(
    "text", ["Nearly two-thirds of economists", "three fifths of voters", "two halves"]
)
def test_a_fraction_is_no_count(text: str) -> None:
    assert [m for m in extract(text, lang="en") if m.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials signaled two more cuts this year.", [("two more cuts", "cuts")]),
        ("five more people died", [("five more people", "people")]),
        ("5 more than expected", []),
    ],
)
def test_more_before_a_noun_is_no_noun(text: str, found: list[tuple[str, str]]) -> None:
    counts = [m for m in extract(text, lang="en") if m.kind == "count"]
    assert [(m.text, m.unit) for m in counts] == found
