"""Properties of the date extractor that must hold for every day and every text."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import day_in_format, days, months, published_times, weekdays, years

from checks.model import Interval, Mention
from checks.normalise import extract
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates
from checks.normalise.edtf import parse_when
from checks.text.folding import has_ascii_letter


def whens(text: str, ctx: Context) -> list[Mention]:
    return [m for m in extract_dates(text, ctx) if m.kind == "when"]


def interval_of(
    text: str, lang: str = "ja", published: datetime | None = None
) -> Interval:
    found = whens(text, Context(lang, published))
    assert len(found) == 1, [(m.text, m.value) for m in found]
    assert found[0].interval is not None
    return found[0].interval


@given(day_in_format())
@example((date(2026, 1, 2), "era", "ja", "令和8年1月2日"))
@example((date(2019, 5, 1), "era", "ja", "令和元年5月1日"))
@example((date(2026, 5, 2), "abbreviated", "en", "May 2, 2026"))
@example((date(2026, 9, 30), "abbreviated", "en", "Sept. 30, 2026"))
def test_every_day_in_every_format_reads_back_as_itself(
    case: tuple[date, str, str, str],
) -> None:
    """2026年1月2日, 2026/1/2, January 2, 2026, 2 January 2026, … all give the day."""
    day, _name, lang, text = case
    found = whens(text, Context(lang, None))
    assert [(m.value, m.text) for m in found] == [(day.isoformat(), text)]


@given(days)
def test_a_day_nests_in_its_month_part_month_quarter_and_year(day: date) -> None:
    """day ⊂ month part ⊂ month ⊂ quarter ⊂ year, each read from Japanese text."""
    part = "上旬" if day.day <= 10 else "中旬" if day.day <= 20 else "下旬"
    quarter = (day.month - 1) // 3 + 1
    chain = [
        interval_of(f"{day.year}年{day.month}月{day.day}日"),
        interval_of(f"{day.year}年{day.month}月{part}"),
        interval_of(f"{day.year}年{day.month}月"),
        interval_of(f"{day.year}年第{quarter}四半期"),
        interval_of(f"{day.year}年"),
    ]
    for inner, outer in itertools.pairwise(chain):
        assert outer.contains(inner), (inner, outer)


@given(years, months)
def test_a_month_nests_in_its_season(year: int, month: int) -> None:
    """A month lies in its season (winter spans December to February)."""
    season = {
        12: "冬",
        1: "冬",
        2: "冬",
        3: "春",
        4: "春",
        5: "春",
        6: "夏",
        7: "夏",
        8: "夏",
        9: "秋",
        10: "秋",
        11: "秋",
    }[month]
    season_year = year - 1 if month <= 2 else year
    outer = interval_of(f"{season_year}年{season}")
    inner = interval_of(f"{year}年{month}月")
    assert outer.contains(inner)


@given(published_times, st.integers(min_value=-400, max_value=400))
@example(datetime(2026, 1, 3, 9), 7)
def test_relative_words_move_with_published(published: datetime, shift: int) -> None:
    """Shifting published by whole weeks shifts 先週 / last week by the same."""
    moved = published + timedelta(weeks=shift)
    for text, lang in (("先週", "ja"), ("last week", "en"), ("来週", "ja")):
        before = interval_of(text, lang, published)
        after = interval_of(text, lang, moved)
        assert before.start is not None
        assert after.start is not None
        assert after.start - before.start == timedelta(weeks=shift)


@given(published_times, st.integers(min_value=-60, max_value=60))
def test_yesterday_moves_day_by_day_with_published(
    published: datetime, shift: int
) -> None:
    """昨日 and yesterday are always the day before published."""
    moved = published + timedelta(days=shift)
    for text, lang in (("昨日", "ja"), ("yesterday", "en")):
        got = interval_of(text, lang, moved)
        assert got.start == datetime.combine(
            moved.date(), datetime.min.time()
        ) - timedelta(days=1)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"


#: (long unit, short unit, short units in a long one) for chains of two units
_CHAIN_UNITS = {
    "ja": (("年", "か月", 12), ("週間", "日", 7), ("時間", "分", 60)),
    "en": (("year", "month", 12), ("week", "day", 7), ("hour", "minute", 60)),
}


@given(
    published_times,
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=11),
    st.sampled_from([(lang, i) for lang in ("ja", "en") for i in range(3)]),
    st.booleans(),
)
@example(datetime(2014, 9, 1, 10, 30), 1, 2, ("en", 0), True)
@example(datetime(2026, 1, 3, 9), 1, 2, ("ja", 0), False)
def test_a_chain_of_units_is_the_single_unit_with_the_summed_amount(
    published: datetime, big: int, small: int, which: tuple[str, int], ahead: bool
) -> None:
    """1年2か月前 = 14か月前 and in 2 hours 5 minutes = in 125 minutes."""
    lang, i = which
    long_unit, short_unit, per = _CHAIN_UNITS[lang][i]
    small = small % per or 1
    total = big * per + small
    assume(lang == "en" or total < 1000)  # 1000分前 and up: not a written form
    if lang == "ja":
        way = "後" if ahead else "前"
        chain = f"{big}{long_unit}{small}{short_unit}{way}"
        single = f"{total}{short_unit}{way}"
    else:
        before, after = ("in ", "") if ahead else ("", " ago")
        chain = f"{before}{_plural(big, long_unit)} {_plural(small, short_unit)}{after}"
        single = f"{before}{_plural(total, short_unit)}{after}"
    assert interval_of(chain, lang, published) == interval_of(single, lang, published)


@given(
    published_times,
    st.integers(min_value=-400, max_value=400),
    st.sampled_from(
        [
            ("1年2か月前", "ja"),
            ("2年3カ月後", "ja"),
            ("1年半前", "ja"),
            ("in 1 year, 9 months and 1 week", "en"),
            ("1 day, 3 hours and 20 minutes ago", "en"),
            ("a year and a half ago", "en"),
        ]
    ),
)
def test_a_chain_moves_monotonically_with_published(
    published: datetime, shift: int, case: tuple[str, str]
) -> None:
    """A later published never gives an earlier date for the same chain."""
    text, lang = case
    moved = published + timedelta(days=shift)
    before = interval_of(text, lang, published)
    after = interval_of(text, lang, moved)
    assert before.start is not None
    assert after.start is not None
    if shift >= 0:
        assert after.start >= before.start
    else:
        assert after.start <= before.start


@given(
    published_times,
    months,
    months,
    st.sampled_from(["毎年{a}月から{b}月にかけて", "毎年{a}月と{b}月", "例年{a}月に"]),
)
def test_months_after_a_frequency_word_are_never_dates(
    published: datetime, a: int, b: int, form: str
) -> None:
    """毎年6月から8月にかけて gives no date, whatever the months and published."""
    text = form.format(a=a, b=b)
    assert whens(text, Context("ja", published)) == []


@given(published_times)
def test_this_quarter_holds_published_and_next_quarter_follows_it(
    published: datetime,
) -> None:
    """今四半期 / this quarter holds published; the last ends, the next starts there."""
    for lang, words in (
        ("ja", ("今四半期", "先四半期", "来四半期")),
        ("en", ("this quarter", "last quarter", "next quarter")),
    ):
        this = interval_of(words[0], lang, published)
        assert this.start is not None
        assert this.end is not None
        assert this.start <= published < this.end
        assert interval_of(words[1], lang, published).end == this.start
        assert interval_of(words[2], lang, published).start == this.end


@given(published_times, weekdays)
def test_a_weekday_is_the_latest_such_day_on_or_before_published(
    published: datetime, weekday: int
) -> None:
    """金曜日 / Friday in a past-tense sentence is within the week up to published."""
    ja = "月火水木金土日"[weekday]
    en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        weekday
    ]
    for text, lang in ((f"{ja}曜日に会談した。", "ja"), (f"They met on {en}.", "en")):
        got = interval_of(text, lang, published)
        assert got.start is not None
        assert got.start.weekday() == weekday
        assert timedelta(0) <= published - got.start < timedelta(days=7)


@given(published_times, weekdays)
def test_a_weekday_points_ahead_with_a_future_tense(
    published: datetime, weekday: int
) -> None:
    """“will meet on Friday” is the next Friday on or after published."""
    en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        weekday
    ]
    got = interval_of(f"They will meet on {en}.", "en", published)
    assert got.start is not None
    assert got.start.weekday() == weekday
    assert timedelta(0) <= got.start - datetime.combine(
        published.date(), datetime.min.time()
    )
    assert got.start - published < timedelta(days=7)


@given(published_times, months, st.integers(min_value=1, max_value=28))
def test_year_less_dates_follow_their_tense(
    published: datetime, month: int, day: int
) -> None:
    """前回 puts a year-less day on or before published; 予定 puts it ahead."""
    back = interval_of(f"前回の会談は{month}月{day}日だった。", "ja", published)
    ahead = interval_of(f"{month}月{day}日に訪問する予定だ。", "ja", published)
    assert back.start is not None
    assert back.start <= published
    assert published - back.start < timedelta(days=366)
    assert ahead.end is not None
    assert ahead.end > published
    assert ahead.end - published <= timedelta(days=367)


@given(days, st.sampled_from(["ごろ", "頃", "前後"]))
def test_a_hedged_date_contains_the_plain_one(day: date, hedge: str) -> None:
    """2026年1月2日ごろ covers at least 2026年1月2日."""
    text = f"{day.year}年{day.month}月{day.day}日"
    plain = interval_of(text)
    hedged = whens(f"{text}{hedge}", Context("ja", None))[0]
    assert hedged.hedge == "approx"
    assert hedged.interval is not None
    assert hedged.interval.contains(plain)


@given(
    days,
    st.sampled_from(
        [
            ("遅くとも{}", "by"),
            ("{}まで", "until"),
            ("{}から", "from"),
            ("by {}", "by"),
            ("until {}", "until"),
            ("from {}", "from"),
            ("since {}", "since"),
        ]
    ),
)
def test_a_bounded_date_contains_its_base(day: date, form: tuple[str, str]) -> None:
    """by/until keep the base's end; from/since keep its start; both contain it."""
    template, bound = form
    base_text = (
        f"{day.year}年{day.month}月{day.day}日"
        if template[0] in "遅{"
        else f"{day:%B} {day.day}, {day.year}"
    )
    lang = "ja" if template[0] in "遅{" else "en"
    base = interval_of(base_text, lang)
    m = whens(template.format(base_text), Context(lang, None))[0]
    assert m.bound == bound
    assert m.interval is not None
    assert m.interval.contains(base)
    if bound in ("by", "until"):
        assert (m.interval.start, m.interval.end) == (None, base.end)
    else:
        assert (m.interval.start, m.interval.end) == (base.start, None)


@given(day_in_format())
def test_every_interval_is_the_one_its_value_names(
    case: tuple[date, str, str, str],
) -> None:
    """A mention's interval is parse_when(value): notation and interval never drift."""
    _day, _name, lang, text = case
    for m in whens(f"会談は{text}に", Context(lang, datetime(2026, 1, 3))):
        assert m.interval == parse_when(m.value)


_PIECES = st.sampled_from(
    [
        "2026年",
        "1月",
        "2日",
        "（金）",
        "金曜日",
        "午後",
        "9時",
        "30分",
        "から",
        "まで",
        "遅くとも",
        "下旬",
        "令和",
        "元年",
        "昨年",
        "先週",
        "前",
        "後",
        "ごろ",
        "～",
        "January",
        "Jan.",
        " 2",
        ", 2026",
        " Friday",
        " by ",
        " the ",
        "2nd",
        " ago",
        " in ",
        "99999",
        " days",
        " hours",
        "7:09",
        " p.m.",
        "-W01",
        "/",
        "Q1",
        " ",
    ]
)


@given(
    st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=12).map("".join)),
    st.one_of(st.none(), published_times),
)
@example("in 99999999 days", datetime(2026, 1, 3))
@example("2026年2月30日（月）", None)
def test_any_text_gives_mentions_whose_intervals_match_their_values(
    text: str, published: datetime | None
) -> None:
    """No text makes the extractor fail, and every unbounded mention reads back."""
    for lang in ("ja", "en"):
        for m in extract_dates(text, Context(lang, published)):
            assert 0 <= m.start < m.end <= len(text)
            assert m.text == text[m.start : m.end]
            if m.kind == "when" and m.bound is None:
                assert m.interval == parse_when(m.value)


@given(
    st.lists(
        st.one_of(_PIECES, st.sampled_from(["二百五十本", "1,200人", "約25分", "十"])),
        max_size=12,
    ).map("".join),
    st.one_of(st.none(), published_times),
)
@example("1,200人が二百五十本を", None)
def test_every_mention_is_the_original_text_at_its_span(
    text: str, published: datetime | None
) -> None:
    """Dates and quantities alike, whether or not numerals were rewritten."""
    for lang in ("ja", "en"):
        for m in extract(text, lang=lang, published=published):
            assert 0 <= m.start < m.end <= len(text)
            assert m.text == text[m.start : m.end]


@given(
    st.lists(
        st.one_of(
            _PIECES.filter(lambda piece: not has_ascii_letter(piece)),
            st.sampled_from(
                ["ＪＳＴ", "Ｒ6年", "ΩΣ", "Ｍａｙ", "約", "ごろ", "までに", "予定"]
            ),
        ),
        max_size=12,
    ).map("".join),
    st.one_of(st.none(), published_times),
)
def test_a_text_without_ascii_letters_reads_the_same_unlowered(
    text: str, published: datetime | None
) -> None:
    """``extract`` skips lower-casing a text with no ASCII letter: every pattern
    read on the lower-cased text spells its letters in ASCII."""
    from checks.normalise.quantities import extract_quantities
    from checks.text.folding import lower_in_place

    ctx = Context("ja", published)
    lowered = lower_in_place(text)
    assert extract_dates(text, ctx, text) == extract_dates(text, ctx, lowered)
    assert extract_quantities(text, ctx, lowered=text) == extract_quantities(
        text, ctx, lowered=lowered
    )


@given(years, st.sampled_from(["人", "台", "件", "本", "社"]))
@example(1944, "人")
def test_a_number_before_a_counter_is_never_a_year(year: int, counter: str) -> None:
    """約1944人 in a text with Latin letters (型番KT-7647) is a count, not a year."""
    text = f"対象は型番KT-7647の製品で、住民説明会には約{year}{counter}が参加した。"
    assert whens(text, Context("ja", datetime(2026, 1, 3))) == []
