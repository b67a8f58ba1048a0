"""Resolving year-less dates and weekdays against the publication time."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import published_times, weekdays

from checks.normalise import relative
from checks.normalise.edtf import parse_when

PUB = datetime(2026, 1, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "way"),
    [
        (
            "前回の電話会談は11月25日で、台湾をめぐる日中緊張が高まる中に行われた。",
            "past",
        ),
        ("トランプ氏は4月の中国訪問を検討中だ。", "future"),
        ("10月に首相に就任後、トランプ氏を日本に招いた。", "past"),
        ("The president will visit in April.", "future"),
        ("The talks were held in November.", "past"),
        ("Xi spoke with Trump in November.", "past"),
        ("The delegation arrived in November and flew home.", "past"),
        ("The summit took place in November.", "past"),
        ("The minister travelled to Tokyo in November.", "past"),
        ("3月の会合", None),
    ],
)
def test_the_sentence_says_which_way_to_look(sentence: str, way: str | None) -> None:
    """前回 / した / was point back; 予定 / 検討 / will point ahead; else neither."""
    for token in ("11月25日", "4月", "10月", "April", "November", "3月"):
        at = sentence.find(token)
        if at >= 0:
            break
    assert relative.direction(sentence, at, at + len(token), "ja")[0] == way


def test_a_past_verb_does_not_date_the_noun_a_date_modifies() -> None:
    """遅くとも3月下旬の訪米を提案した: the visit is not in the past."""
    text = "遅くとも3月下旬の訪米を提案したという。"
    at = text.find("3月下旬")
    assert relative.direction(text, at, at + 4, "ja")[0] is None


@pytest.mark.parametrize(
    ("way", "month", "year"),
    [
        ("past", 11, 2025),
        ("future", 11, 2026),
        (None, 11, 2025),
        (None, 3, 2026),
        ("past", 1, 2026),
        ("future", 1, 2026),
    ],
)
def test_pick_year_puts_a_month_where_the_tense_says(
    way: str | None, month: int, year: int
) -> None:
    """November read on 2026-01-03: past → 2025, future → 2026, nearest → 2025."""
    got = relative.pick_year(lambda y: parse_when(f"{y:04d}-{month:02d}"), PUB, way)
    assert got == year


@given(published_times, weekdays)
def test_resolved_weekdays_are_that_weekday_within_a_week(
    published: datetime, weekday: int
) -> None:
    """Back: the latest such day on or before; ahead: the next on or after."""
    back = relative.resolve_weekday(weekday, published, None)
    ahead = relative.resolve_weekday(weekday, published, relative.FUTURE)
    assert back.weekday() == ahead.weekday() == weekday
    assert timedelta(0) <= published.date() - back < timedelta(days=7)
    assert timedelta(0) <= ahead - published.date() < timedelta(days=7)


def test_iso_week_of_the_seed_publication_day_is_week_one() -> None:
    """2026-01-03 lies in ISO week 2026-W01."""
    assert relative.iso_week(date(2026, 1, 3)) == "2026-W01"


@pytest.mark.parametrize(
    ("day", "fy"),
    [(date(2026, 1, 3), 2025), (date(2026, 4, 1), 2026), (date(2026, 3, 31), 2025)],
)
def test_the_japanese_fiscal_year_starts_in_april(day: date, fy: int) -> None:
    """年度 runs April to March."""
    assert relative.fiscal_year(day) == fy


@pytest.mark.parametrize(
    ("sentence", "token", "way"),
    [
        (
            "The administration has until March 31 to decide whether to extend"
            " the truce, which began in November.",
            "March 31",
            None,
        ),
        ("The truce began in November, officials said.", "November", "past"),
        ("In April, the company reported record profits.", "April", "past"),
        ("The vote is on June 3; the bill passed the House in May.", "June 3", None),
    ],
)
def test_a_past_verb_in_a_clause_of_its_own_does_not_date_an_english_date(
    sentence: str, token: str, way: str | None
) -> None:
    at = sentence.find(token)
    assert relative.direction(sentence, at, at + len(token), "en")[0] == way


@pytest.mark.parametrize(
    ("sentence", "token", "way"),
    [
        ("China will host the U.S. delegation in April.", "April", "future"),
        ("Mr. Xi met Mr. Trump in November.", "November", "past"),
        ("The vote, set for 9 a.m. on Friday, was held in May.", "May", "past"),
    ],
)
def test_an_abbreviation_does_not_end_the_sentence_a_tense_is_read_from(
    sentence: str, token: str, way: str | None
) -> None:
    """U.S., Mr., a.m. end no sentence: the verb before them still counts."""
    at = sentence.find(token)
    assert relative.direction(sentence, at, at + len(token), "en")[0] == way


def test_a_weekday_after_a_past_verb_is_past_though_a_later_clause_looks_ahead() -> (
    None
):
    """ "The strike began at 6 a.m. on Thursday and will last 48 hours": the
    verb before the weekday (English puts it first) wins over the later will."""
    text = "The strike began at 6 a.m. local time on Thursday and will last 48 hours."
    at = text.find("Thursday")
    assert relative.weekday_direction(text, at, at + 8)[0] is None
    ahead = "The union will strike on Thursday."
    at = ahead.find("Thursday")
    assert relative.weekday_direction(ahead, at, at + 8)[0] == "future"


# The cue patterns as first written: one alternation each, behind a lookahead
# of their first characters.  The literal-first patterns the engine uses must
# find the same cues (re searches those in C; see dispatch.literal_first).
_PLAIN_STRONG = re.compile(
    r"(?:(?P<past>前回|昨年|去年|先月|先週|就任|以来|既に|すでに|先ごろ|先日|"
    r"\b(?:last (?:year|month|week)|previous(?:ly)?|earlier this|ago|already)\b)"
    r"|(?P<future>予定|検討|見通し|見込み|(?<=[うくすつぬぶむぐるい])方針|計画|目指|"
    r"目標|来年|来月|来週|開催する|行う予定|向け|"
    r"\b(?:will|plans?\s+(?:to|for)|planned|planning|(?:is|are) expected to|"
    r"scheduled|consider(?:s|ing)|upcoming|next|expected|is set to|are set to|"
    r"intends? to|would)\b))"
)
_PLAIN_WEAK_PAST = re.compile(
    r"した|された|だった|でした|ました|った|[れいえけせてねべめげ]た|"
    r"\b(?:was|were|had|held|met|said|took|did|made|visited|announced|told|"
    r"published|reached|wrapped|released|reported|signed|agreed|approved|began|"
    r"started|ended|launched|completed|confirmed|found|opened|closed|decided|"
    r"issued|adopted|passed|unveiled|won|lost|spoke|went|came|gave|saw|flew|sent|"
    r"wrote|chose|arrived|attended|hosted|joined|discussed|received|returned|"
    r"travell?ed|urged|warned|killed|happened|occurred|took\s+place)\b"
)
_PLAIN_AHEAD = re.compile(
    r"予定|来週|見通し|する方針|\b(?:will|next|(?:is|are) scheduled"
    r"|(?:is|are) set to|(?:is|are) expected to|plans? to)\b"
)
_CUE_WORDS = st.sampled_from(
    ["前回", "以来年", "行う予定", "する方針", "の方針", "された", "いた", "った",
     "previous", "previously", "previousl", "last", "year", "plans", "plan", "for",
     "to", "is", "are", "expected", "set", "will", "willow", "swas", "was", "took",
     "place",
     "travelled", "intends", "considering", "consider", "ago", "_", "3", " ", "\n",
     "、", "。"]
)  # fmt: skip


@given(st.lists(_CUE_WORDS, max_size=14).map(" ".join), st.booleans())
def test_cue_patterns_find_what_their_plain_reading_finds(
    text: str, glue: bool
) -> None:
    if glue:
        text = text.replace(" ", "")
    for fast, plain in (
        (relative._STRONG, _PLAIN_STRONG),
        (relative._WEAK_PAST, _PLAIN_WEAK_PAST),
        (relative._AHEAD, _PLAIN_AHEAD),
    ):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    ways = [m.group() in relative._PAST_WORDS for m in relative._STRONG.finditer(text)]
    assert ways == [m["past"] is not None for m in _PLAIN_STRONG.finditer(text)]
