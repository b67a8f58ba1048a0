"""Japanese date forms, each from the way news text writes it."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import published_times

from checks.model import Mention
from checks.normalise import extract
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates
from checks.normalise.edtf import parse_when

PUB = Context("ja", datetime(2026, 1, 3, 9, 0))  # a Saturday
NO_PUB = Context("ja", None)


def whens(text: str, ctx: Context = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_dates(text, ctx) if m.kind == "when"]


def one(text: str, ctx: Context = PUB) -> Mention:
    found = [m for m in extract_dates(text, ctx) if m.kind == "when"]
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("会談は2026年1月2日に行われた。", "2026年1月2日", "2026-01-02"),
        ("発表は2026/1/2付。", "2026/1/2", "2026-01-02"),
        ("期限は2026-01-02だ。", "2026-01-02", "2026-01-02"),
        ("2021年7月に始まった。", "2021年7月", "2021-07"),
        ("1912年に贈られた。", "1912年", "1912"),
        ("2026年度予算案", "2026年度", "2026-FY"),
        ("2026年度第1四半期の決算", "2026年度第1四半期", "2026-Q2"),
        ("2026年第3四半期", "2026年第3四半期", "2026-Q3"),
        ("2026年春に予定", "2026年春", "2026-spring"),
        ("2026年3月下旬の訪米", "2026年3月下旬", "2026-03-late"),
        ("2026年3月上旬", "2026年3月上旬", "2026-03-early"),
        ("2026年3月中旬", "2026年3月中旬", "2026-03-mid"),
        ("2026年3月初め", "2026年3月初め", "2026-03-early"),
        ("2026年3月初旬", "2026年3月初旬", "2026-03-early"),
        ("2026年3月半ば", "2026年3月半ば", "2026-03-mid"),
        ("2026年3月末", "2026年3月末", "2026-03-late"),
        ("2026年末", "2026年末", "2026-12"),
        ("2026年前半", "2026年前半", "2026-H1"),
        ("1990年代の日本", "1990年代", "1990/1999"),
    ],
)
def test_absolute_japanese_dates_keep_their_grain(
    text: str, span: str, value: str
) -> None:
    """A Japanese date with its year reads at the grain it is written in."""
    assert (span, value) in whens(text, NO_PUB)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("令和8年1月2日", "2026-01-02"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("昭和64年", "1989"),
        ("大正15年", "1926"),
        ("明治45年", "1912"),
        ("令和3/7/18", "2021-07-18"),
        ("R3年7月18日", "2021-07-18"),
    ],
)
def test_era_years_read_as_gregorian_years(text: str, value: str) -> None:
    """An era year is the Gregorian year it names."""
    assert one(text, NO_PUB).value == value


def test_an_era_year_beside_its_gregorian_twin_is_one_date() -> None:
    """2026年（令和8年）1月2日 is one date, not two."""
    assert whens("2026年（令和8年）1月2日に", NO_PUB) == [
        ("2026年（令和8年）1月2日", "2026-01-02")
    ]


def test_a_gregorian_year_beside_its_era_twin_is_one_year() -> None:
    """令和8年（2026年） is the one year 2026."""
    assert whens("令和8年（2026年）の予算", NO_PUB) == [("令和8年（2026年）", "2026")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("昨日", "2026-01-02"),
        ("本日", "2026-01-03"),
        ("今日", "2026-01-03"),
        ("明日", "2026-01-04"),
        ("今夜", "2026-01-03"),
        ("昨夜", "2026-01-02"),
        ("昨晩", "2026-01-02"),
        ("一昨日", "2026-01-01"),
        ("今週", "2026-W01"),
        ("先週", "2025-W52"),
        ("来週", "2026-W02"),
        ("今月", "2026-01"),
        ("先月", "2025-12"),
        ("来月", "2026-02"),
        ("今年", "2026"),
        ("昨年", "2025"),
        ("去年", "2025"),
        ("来年", "2027"),
        ("今年度", "2025-FY"),
        ("今春", "2026-spring"),
        ("来春", "2027-spring"),
        ("昨秋", "2025-autumn"),
        ("今冬", "2025-winter"),
        ("先月下旬", "2025-12-late"),
        ("来月上旬", "2026-02-early"),
        ("昨年11月", "2025-11"),
        ("先週金曜日", "2025-12-26"),
        ("来週月曜", "2026-01-05"),
        ("3日前", "2025-12-31"),
        ("10日後", "2026-01-13"),
        ("1週間前", "2025-12-27"),
        ("3か月前", "2025-10"),
        ("5年前", "2021"),
    ],
)
def test_relative_words_resolve_against_published(text: str, value: str) -> None:
    """Relative words count from the publication day, Saturday 2026-01-03."""
    assert one(f"{text}に", PUB).value == value


@pytest.mark.parametrize("word", ["昨日", "今週", "先月", "来年", "今春", "3日前"])
def test_relative_words_without_published_give_no_value(word: str) -> None:
    """Without a publication time, a relative word is never guessed."""
    assert whens(f"{word}に発表した", NO_PUB) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("前回の会談は11月25日だった。", "2025-11-25"),
        ("4月に訪中する予定だ。", "2026-04"),
        ("3月の訪米を検討している。", "2026-03"),
        ("12月に発表した。", "2025-12"),
        ("2月の会合", "2026-02"),
        ("7月の選挙", "2025-07"),
        ("8月に開催する方針だ。", "2026-08"),
    ],
)
def test_year_less_months_follow_the_tense(text: str, value: str) -> None:
    """Year-less dates take the year their sentence points to, else the nearest."""
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("遅くとも3月下旬", "../2026-03-late", "by"),
        ("3月末までに", "../2026-03-late", "by"),
        ("3月まで", "../2026-03", "until"),
        ("4月以降", "2026-04/..", "after"),
        ("1月5日から", "2026-01-05/..", "from"),
        ("2025年以前", "../2025", "before"),
        ("2019年以来", "2019/..", "since"),
    ],
)
def test_bound_words_open_one_end(text: str, value: str, bound: str) -> None:
    """遅くとも / までに / まで / 以降 / から / 以前 / 以来 set the bound."""
    m = one(text)
    assert (m.value, m.bound, m.text) == (value, bound, text)


def test_after_in_japanese_includes_the_month_itself() -> None:
    """4月以降 starts on April 1, not after April."""
    m = one("4月以降")
    assert m.interval is not None
    assert m.interval.start == datetime(2026, 4, 1)


def test_before_in_japanese_excludes_the_year_itself() -> None:
    """2025年以前 as written here ends before 2025 starts."""
    m = one("2025年以前")
    assert m.interval is not None
    assert m.interval.end == datetime(2025, 1, 1)


@pytest.mark.parametrize("hedge", ["ごろ", "頃", "前後"])
def test_approximate_dates_are_hedged(hedge: str) -> None:
    """ごろ / 頃 / 前後 after a date mark it approximate."""
    m = one(f"2026年3月下旬{hedge}に")
    assert (m.hedge, m.value) == ("approx", "2026-03-late")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026年1月2日午後9時30分", "2026-01-02T21:30"),
        ("2026年1月2日21時30分", "2026-01-02T21:30"),
        ("2026年1月2日（金）午前0時", "2026-01-02T00"),
        ("日本時間2026年1月2日午後9時", "2026-01-02T21+09:00"),
        ("2026年1月2日午後9時（日本時間）", "2026-01-02T21+09:00"),
        ("2026年1月2日7:09", "2026-01-02T07:09"),
    ],
)
def test_times_join_the_day_they_follow(text: str, value: str) -> None:
    """A time right after a day becomes that day's time; a named zone is kept."""
    assert one(text, NO_PUB).value == value


def test_local_time_is_noted_but_not_guessed() -> None:
    """現地時間 names no offset: the value stays wall-clock, the note says so."""
    m = one("現地時間2026年1月2日午後9時", NO_PUB)
    assert m.value == "2026-01-02T21"
    assert "zone not stated" in m.note


def test_evening_of_a_weekday_stays_that_day() -> None:
    """金曜日の夜 is Friday's date, noted as evening."""
    m = one("金曜日の夜に会談した")
    assert (m.value, m.text) == ("2026-01-02", "金曜日の夜")
    assert "evening" in m.note


def test_a_time_with_a_zone_converts_to_the_texts_zone() -> None:
    """日本時間 21:30 read for a text in UTC is 12:30 wall-clock."""
    from datetime import UTC

    m = one("日本時間2026年1月2日21時30分", Context("ja", None, UTC))
    assert m.interval is not None
    assert m.interval.start == datetime(2026, 1, 2, 12, 30)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("金曜日", 4),
        ("金曜", 4),
        ("（金）", 4),
        ("(金)", 4),
        ("月曜日", 0),
        ("（日）", 6),
    ],
)
def test_weekday_words_give_a_weekday_and_the_day(text: str, weekday: int) -> None:
    """Every weekday form is a weekday mention and, with published, a day."""
    found = extract_dates(f"{text}に会談した", PUB)
    kinds = {m.kind for m in found}
    assert kinds == {"weekday", "when"}
    assert next(m for m in found if m.kind == "weekday").weekday == weekday


def test_a_weekday_points_ahead_when_the_sentence_does() -> None:
    """金曜日に会談する予定 is the next Friday, not the last one."""
    m = one("来たる金曜日に会談する予定だ。", Context("ja", datetime(2026, 1, 5)))
    assert m.value == "2026-01-09"


def test_a_date_with_a_disagreeing_weekday_keeps_the_date() -> None:
    """2026年1月2日（木）: the date stands, the weekday has no day of its own."""
    found = extract_dates("2026年1月2日（木）", NO_PUB)
    assert [(m.kind, m.value) for m in found] == [
        ("when", "2026-01-02"),
        ("weekday", "thursday"),
    ]
    assert found[1].interval is None
    assert "Friday" in found[1].note


@pytest.mark.parametrize(
    "text",
    [
        "桜の木",
        "今後の方針",
        "月",
        "火",
        "日本",
        "1日中",
        "250周年",
        "250本",
        "3日間",
        "25分間",
        "3年ぶり",
        "8日目",
        "10時間",
        "2000人",
        "iPhone 15",
        "#1912",
        "1時間に1日",
        "3ヶ月に1月",
        "前日比100円高",
        "03-1234-5678",
        "3.5倍",
        "3対1",
        "かよう",
        "三三時分",
    ],
)
def test_nothing_is_read_where_there_is_no_date(text: str) -> None:
    """Counts, durations, names and stray kanji give no date."""
    assert extract_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026年1月2日～5日", "2026-01-02/2026-01-05"),
        ("2026年3月1日から5日まで", "2026-03-01/2026-03-05"),
        ("2026年3月～5月", "2026-03/2026-05"),
        ("2026年1月30日～2日", "2026-01-30/2026-02-02"),
    ],
)
def test_two_dates_joined_by_a_range_mark_are_one_range(text: str, value: str) -> None:
    """1月2日～5日 is one interval, the second day in the first one's month."""
    m = one(f"会期は{text}の予定。", NO_PUB)
    assert (m.text, m.value, m.bound) == (text, value, None)


def test_a_weekday_beside_a_year_less_date_can_fix_its_year() -> None:
    """12月30日（火） read on 2026-01-03: 予定 points ahead, the weekday says 2025."""
    m = one("12月30日（火）に開く予定の会合")
    assert m.value == "2025-12-30"
    assert "fits 2025" in m.note


def test_a_weekday_never_moves_a_date_far_from_published() -> None:
    """1月2日（木） read on 2026-01-03 stays 2026-01-02: 2025 is a year away."""
    found = extract_dates("1月2日（木）", PUB)
    assert [m.value for m in found] == ["2026-01-02", "thursday"]
    assert found[1].interval is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026年1月2日正午", "2026-01-02T12:00"),
        ("2026年1月2日午後3:20", "2026-01-02T15:20"),
        ("2026年1月2日夜の8時20分", "2026-01-02T20:20"),
        ("今夜9時", "2026-01-03T21"),
        ("2026年1月2日25時30分", "2026-01-03T01:30"),
        ("2026年1月2日夜12時", "2026-01-03T00"),
    ],
)
def test_clock_times_in_their_japanese_forms(text: str, value: str) -> None:
    """正午, 午後3:20, 夜の8時20分, 今夜9時, 25時 and 夜12時 read as the clock says."""
    assert one(text).value == value


def test_twelve_at_night_is_the_midnight_that_ends_the_day() -> None:
    """夜12時 (ja-timex gold T24) is 0時 of the next day, not noon."""
    assert one("夜12時").value == "2026-01-04T00"
    assert one("昼12時").value == "2026-01-03T12"


def test_a_year_word_with_a_season_is_that_season() -> None:
    """今年の夏 is summer of the year of publication."""
    assert one("今年の夏出発します。").value == "2026-summer"


def test_a_numbered_week_of_a_year_is_its_iso_week() -> None:
    """2026年第1週 is ISO week 2026-W01."""
    assert one("2026年第1週", NO_PUB).value == "2026-W01"


@pytest.mark.parametrize("text", ["その3年後に死去した。", "就任から3年後に退任した。"])
def test_a_count_from_another_event_is_not_counted_from_published(text: str) -> None:
    """その3年後 / 就任から3年後 count from an event the text names, not from today."""
    assert whens(text) == []


def test_now_plus_three_days_counts_from_published() -> None:
    """今から3日後 is three days after publication."""
    assert one("今から3日後に始める。").value == "2026-01-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("同社は6月14日、方針を発表した。", "2025-06-14"),
        ("与党幹部は10月、方針を発表した。", "2025-10"),
        ("組合によると、5月の時点で約258台の被害が確認された。", "2025-05"),
        ("野党側によると、6月上旬の時点で8,980人の被害が確認された。", "2025-06-early"),
        ("運営委員会は9月下旬、協議を終えた。", "2025-09-late"),
        ("政府は3月に対策を実施する方針を固めた。", "2026-03"),
    ],
)
def test_announcing_a_policy_is_past_and_as_of_times_the_verb(
    text: str, value: str
) -> None:
    """方針を発表した is past (する方針 is not); 5月の時点で takes the verb's tense."""
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1時間前に震度5弱の地震があった。", "2026-01-03T08:00"),
        ("30分後に記者会見を開く予定だ。", "2026-01-03T09:30"),
        ("半年前に就任した。", "2025-07"),
        ("半月前に発表された。", "2025-12-19"),
        ("四半世紀前に開業した。", "2001"),
    ],
)
def test_hours_minutes_and_half_units_before_or_after_publication(
    text: str, value: str
) -> None:
    """1時間前 / 30分後 / 半年前 count from published, at the unit's grain."""
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("私は2年1か月21日前にここを立ち去りました", "2年1か月21日前", "2023-11-12"),
        ("1年2か月前に辞任した。", "1年2か月前", "2024-11"),
        ("1年半前に就任した。", "1年半前", "2024-07"),
        ("2時間30分後に再開する。", "2時間30分後", "2026-01-03T11:30"),
        ("1時間半後に記者会見を開く。", "1時間半後", "2026-01-03T10:30"),
        ("私は1日と2時間後に出発します", "1日と2時間後", "2026-01-04T11:00"),
        (
            "私たちは1か月と2日と2時間30分前に会いました",
            "1か月と2日と2時間30分前",
            "2025-12-01T06:30",
        ),
    ],
)
def test_a_chain_of_units_before_or_after_publication_is_one_date(
    text: str, span: str, value: str
) -> None:
    """1年2か月前 and 1日と2時間後 are one date at their finest unit (not 2時間後)."""
    found = extract(text, lang="ja", published=PUB.published)
    assert [(m.kind, m.text, m.value) for m in found] == [("when", span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("8時3分前です。", "8時3分前", "2026-01-03T07:57"),
        ("朝の8時15分前です。", "朝の8時15分前", "2026-01-03T07:45"),
        ("私は明日の7時15分前に戻ります", "明日の7時15分前", "2026-01-04T06:45"),
        ("午後1時5分前に始まった。", "午後1時5分前", "2026-01-03T12:55"),
        ("9時40分前に着いた。", "9時40分", "2026-01-03T09:40"),
        ("8時15分前後に着いた。", "8時15分前後", "2026-01-03T08:15"),
    ],
)
def test_minutes_before_the_hour_count_back_from_it(
    text: str, span: str, value: str
) -> None:
    """8時15分前 is a quarter to eight; past half an hour (9時40分前) it is 9:40."""
    assert whens(text) == [(span, value)]


def test_minutes_after_a_clock_hour_are_no_offset() -> None:
    """In 10時30分前, 30分前 belongs to the clock: it is not 30 minutes ago."""
    assert all(span.startswith("10時") for span, _ in whens("10時30分前に到着した。"))


@pytest.mark.parametrize("text", ["作業には3時間前後かかる。", "交渉は2日半に及んだ。"])
def test_an_approximate_or_half_length_is_no_date(text: str) -> None:
    """3時間前後 is about three hours and 2日半 two and a half days, not a day."""
    assert whens(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("今年の前半に法案を提出する方針だ。", "今年の前半", "2026-H1"),
        ("2020年の後半に景気が回復した。", "2020年の後半", "2020-H2"),
    ],
)
def test_a_year_half_after_no_is_that_half(text: str, span: str, value: str) -> None:
    """今年の前半 / 2020年の後半 are half-years, as 2020年後半 is."""
    m = one(text)
    assert (m.text, m.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("会議は3月5～7日に開催する予定だ。", "3月5～7日", "2026-03-05/2026-03-07"),
        ("調査は2025年3～5月に実施した。", "2025年3～5月", "2025-03/2025-05"),
        ("調査は12～2月に実施する予定だ。", "12～2月", "2025-12/2026-02"),
        ("2020～2021年に実施した。", "2020～2021年", "2020/2021"),
    ],
)
def test_a_bare_number_before_a_wave_dash_shares_the_dates_unit(
    text: str, span: str, value: str
) -> None:
    """3月5～7日 is the 5th to the 7th, 3～5月 March to May: one range each."""
    m = one(text)
    assert (m.text, m.value) == (span, value)


@pytest.mark.parametrize("text", ["3～5年前に実施した。", "3～5日前に発表した。"])
def test_a_range_of_lengths_ago_is_not_a_shared_unit_range(text: str) -> None:
    """3～5年前 is three to five years ago, not the year 3 to the year 2021."""
    assert all("/" not in value for _, value in whens(text))


@pytest.mark.parametrize(
    ("text", "is_date"),
    [("工事に3日かかった。", False), ("3日が経った。", False), ("3日が期限だ。", True)],
)
def test_a_day_that_takes_or_passes_is_a_length(text: str, is_date: bool) -> None:
    """3日かかった / 3日が経った are three days; 3日が期限 is the 3rd."""
    assert bool(whens(text)) is is_date


@pytest.mark.parametrize(
    "text",
    [
        "毎年6月から8月にかけて開かれる。",
        "毎年6月と8月に点検する。",
        "例年6月に梅雨入りする。",
        "毎月1日から5日まで受け付ける。",
        "毎週月曜日に会議を開く。",
    ],
)
def test_a_date_after_a_frequency_word_recurs_and_is_no_date(text: str) -> None:
    """毎年6月から8月 is every summer: neither 6月 nor 8月 is one date."""
    assert whens(text) == []


def test_a_weekday_after_a_frequency_word_keeps_its_weekday() -> None:
    """毎週月曜日 still says Monday, though it names no single Monday."""
    found = extract_dates("毎週月曜日に会議を開く。", PUB)
    assert [(m.kind, m.value) for m in found] == [("weekday", "monday")]


def test_a_term_of_a_year_and_months_is_no_month() -> None:
    """懲役1年6月 is a sentence of a year and six months, not June."""
    assert whens("懲役1年6月の判決が言い渡された。") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("今四半期の業績は堅調だ。", "2026-Q1"),
        ("先四半期は赤字だった。", "2025-Q4"),
        ("来四半期に黒字化する見通しだ。", "2026-Q2"),
    ],
)
def test_this_last_and_next_quarter_count_from_published(text: str, value: str) -> None:
    """今四半期 / 先四半期 / 来四半期 count quarters from published, as 今月 does."""
    assert [v for _, v in whens(text)] == [value]


@pytest.mark.parametrize("text", ["売上高は前四半期比5%増えた。", "当四半期の純利益"])
def test_a_quarter_counted_from_a_report_is_no_date(text: str) -> None:
    """前四半期比 compares; 当四半期 is the quarter reported on, not published's."""
    assert whens(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("約3年前に閉鎖された。", "約3年前", "2023"),
        ("およそ1年半前に就任した。", "およそ1年半前", "2024-07"),
    ],
)
def test_a_hedged_offset_is_approximate(text: str, span: str, value: str) -> None:
    """約3年前 is three years before published, hedged."""
    m = one(text)
    assert (m.text, m.value, m.hedge) == (span, value, "approx")


@pytest.mark.parametrize("text", ["その約3年後に再開した。", "就任から約3年後に退任"])
def test_a_hedged_offset_from_another_event_is_no_date(text: str) -> None:
    """その約3年後 counts from the event just told, not from published."""
    assert whens(text) == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("10月から来年の5月まで", datetime(2018, 11, 18), "2018-10/2019-05"),
        ("8月から来年の2月まで", datetime(2018, 9, 18), "2018-08/2019-02"),
        ("11月から2017年2月まで", datetime(2018, 6, 1), "2016-11/2017-02"),
        ("11月から2017年2月5日まで", datetime(2018, 6, 1), "2016-11/2017-02-05"),
    ],
)
def test_a_year_less_start_takes_its_year_from_the_end_that_states_one(
    text: str, published: datetime, value: str
) -> None:
    """The start of a range whose end states its year lies in that year or the
    one before, whatever the tense says (from Recognizers-Text's gold rows)."""
    assert whens(text, Context("ja", published)) == [(text, value)]


@given(
    published_times,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1990, max_value=2060),
)
def test_a_range_to_a_stated_year_starts_within_the_year_before_its_end(
    published: datetime, first: int, last: int, year: int
) -> None:
    text = f"{first}月から{year}年{last}月まで"
    (span, value), *rest = whens(text, Context("ja", published))
    assert not rest
    assert span == text
    start, end = (datetime.fromisoformat(part + "-01") for part in value.split("/"))
    assert start <= end
    assert (end.year - start.year) * 12 + end.month - start.month < 12
    assert end == datetime(year, last, 1)


def test_a_relative_year_after_a_date_does_not_date_it() -> None:
    """14日、来年度予算案を閣議決定した: 来年度 is the budget's year; the 14th is
    the day of the decision, before publication (the verb says so)."""
    ctx = Context("ja", datetime(2026, 3, 15, 10))
    text = "政府は14日、来年度予算案を閣議決定した。"
    assert ("14日", "2026-03-14") in whens(text, ctx)
    # before a date, the same word scopes it
    assert ("4日", "2026-04-04") in whens("来月の4日に会談する。", ctx)


def test_a_time_with_no_day_takes_the_day_of_the_sentence_before() -> None:
    """午後2時46分 after a sentence about the 11th is on the 11th, not on the
    day of publication; with no date there, it stays on that day."""
    ctx = Context("ja", datetime(2026, 3, 15, 10))
    text = (
        "震災から15年となった11日、各地で追悼式が開かれた。"
        "午後2時46分には黙とうがささげられた。"
    )
    assert ("午後2時46分", "2026-03-11T14:46") in whens(text, ctx)
    far = "11日に追悼式が開かれた。天気は晴れだった。午後2時46分に黙とうした。"
    assert ("午後2時46分", "2026-03-15T14:46") in whens(far, ctx)


def test_a_time_takes_no_day_still_to_come_from_the_sentence_before() -> None:
    """After a paragraph about a day ahead (同月7日), a time is not put on it;
    a line break between the sentences is no sentence of its own."""
    ctx = Context("ja", datetime(2026, 9, 30, 21))
    ahead = "首相指名選挙は10月7日にも行われる。\n会見は午後6時から行われた。"
    assert ("午後6時から", "2026-09-30T18/..") in whens(ahead, ctx)
    past = "新総裁は28日に会見した。\n会見は午後6時から行われた。"
    assert ("午後6時から", "2026-09-28T18/..") in whens(past, ctx)


def test_sono_n_days_later_counts_from_the_date_told_before() -> None:
    """その2日後 follows the story's date (like 同日, 翌日); with no date before
    it, or counted from an event (就任から3年後), it dates nothing."""
    ctx = Context("ja", datetime(2026, 4, 8, 9))
    text = (
        "4月2日に停戦が発効した。その2日後に戦闘が再開し、同日夜に国連が会合を開いた。"
    )
    assert whens(text, ctx) == [
        ("4月2日", "2026-04-02"),
        ("その2日後", "2026-04-04"),
        ("同日夜", "2026-04-04"),
    ]
    assert whens("2020年に就任した。その3年後に退任した。", ctx)[-1] == (
        "その3年後",
        "2023",
    )
    assert whens("その3年後に退任した。", ctx) == []
    assert whens("就任から3年後に退任した。", ctx) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("2027年3月期の業績予想", "2027年3月期", "2026-FY"),
        ("通期（27年3月期）の見通し", "27年3月期", "2026-FY"),
        ("2026年12月期決算", "2026年12月期", "2026"),
        ("2026年9月期", "2026年9月期", "2025-10/2026-09"),
        ("2027年3月期間中", "2027年3月", "2027-03"),  # 期間: a period, not 期
    ],
)
def test_a_business_year_ends_with_its_month(text: str, span: str, value: str) -> None:
    """X年3月期 is the business year that ends in March X, not March itself."""
    assert whens(text) == [(span, value)]


@given(
    st.integers(min_value=2000, max_value=2099), st.integers(min_value=1, max_value=12)
)
def test_a_business_year_is_the_twelve_months_up_to_its_month(
    year: int, month: int
) -> None:
    (_span, value), *rest = whens(f"{year}年{month}月期の決算")
    assert not rest
    iv = parse_when(value)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    assert iv.end == end
    assert iv.start == datetime(end.year - 1, end.month, 1)


def test_a_count_from_a_day_is_one_date_and_a_far_kara_keeps_both() -> None:
    """今日から2日後 is one day counted from today; a から far from both dates
    (東京から大阪に) joins nothing, and 今日 keeps its own mention."""
    assert whens("今日から2日後に発表する。") == [("2日後", "2026-01-05")]
    assert whens("今日、首相は会見し、東京から大阪に移った3日後に帰京する。") == [
        ("今日", "2026-01-03"),
        ("3日後", "2026-01-06"),
    ]
