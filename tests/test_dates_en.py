"""English date forms, as wire copy and reports write them."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.model import Mention
from checks.normalise import extract
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates
from checks.normalise.edtf import parse_when

PUB = Context("en", datetime(2026, 2, 9, 10, 0))  # a Monday
NO_PUB = Context("en", None)


def whens(text: str, ctx: Context = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_dates(text, ctx) if m.kind == "when"]


def one(text: str, ctx: Context = PUB) -> Mention:
    found = [m for m in extract_dates(text, ctx) if m.kind == "when"]
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The call took place on January 2, 2026.", "January 2, 2026", "2026-01-02"),
        ("It ended on 2 Jan 2026 in Tokyo.", "2 Jan 2026", "2026-01-02"),
        ("Filed Jan. 2, 2026, by the ministry.", "Jan. 2, 2026", "2026-01-02"),
        ("The 25th of March 2015 was cold.", "The 25th of March 2015", "2015-03-25"),
        ("Dated 1/2/2026 in the US style.", "1/2/2026", "2026-01-02"),
        ("Founded in 1885, the firm grew.", "1885", "1885"),
        ("Results for March 2026 are out.", "March 2026", "2026-03"),
        ("Sales in Q1 2026 rose.", "Q1 2026", "2026-Q1"),
        ("The first quarter of 2026 was weak.", "first quarter of 2026", "2026-Q1"),
        ("Talks resume in spring 2026.", "spring 2026", "2026-spring"),
        ("The deal closes in late March 2026.", "late March 2026", "2026-03-late"),
        ("A vote is due in mid-March 2026.", "mid-March 2026", "2026-03-mid"),
        (
            "By the end of March 2026 it must pass.",
            "By the end of March 2026",
            "../2026-03-late",
        ),
        (
            "It opens at the beginning of April 2026.",
            "the beginning of April 2026",
            "2026-04-early",
        ),
        ("Growth slowed in early 2026.", "early 2026", "2026-H1"),
    ],
)
def test_absolute_english_dates_keep_their_grain(
    text: str, span: str, value: str
) -> None:
    """An English date with its year reads at the grain it is written in."""
    assert (span, value) in whens(text, NO_PUB)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They spoke today.", "2026-02-09"),
        ("They spoke yesterday.", "2026-02-08"),
        ("They speak tomorrow.", "2026-02-10"),
        ("They speak tonight.", "2026-02-09"),
        ("They spoke last night.", "2026-02-08"),
        ("Talks this week went well.", "2026-W07"),
        ("Talks last week went well.", "2026-W06"),
        ("Talks next week.", "2026-W08"),
        ("Prices rose last month.", "2026-01"),
        ("Prices rise next month.", "2026-03"),
        ("Elections are due next year.", "2027"),
        ("A summit this spring.", "2026-spring"),
        ("Talks last autumn stalled.", "2025-autumn"),
        ("He arrived three days ago.", "2026-02-06"),
        ("She left 2 weeks ago.", "2026-01-26"),
        ("It ends in 3 days.", "2026-02-12"),
        ("He returned last Friday.", "2026-02-06"),
        ("They meet next Friday.", "2026-02-13"),
    ],
)
def test_relative_english_words_resolve_against_published(
    text: str, value: str
) -> None:
    """Relative words count from Monday 2026-02-09."""
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The previous meeting was on November 25.", "2025-11-25"),
        ("He plans to visit in April.", "2026-04"),
        ("The talks were held in December.", "2025-12"),
        ("The leaders will meet on March 3.", "2026-03-03"),
        ("It was agreed on the 2nd.", "2026-02-02"),
    ],
)
def test_year_less_english_dates_follow_the_tense(text: str, value: str) -> None:
    """Year-less English dates take the year the sentence points to."""
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("by late March", "../2026-03-late", "by"),
        ("no later than April 30", "../2026-04-30", "by"),
        ("until mid-March", "../2026-03-mid", "until"),
        ("from Jan. 2, 2026", "2026-01-02/..", "from"),
        ("since 2 Jan 2026", "2026-01-02/..", "since"),
        ("before March 2026", "../2026-03", "before"),
        ("after March 2026", "2026-03/..", "after"),
    ],
)
def test_english_bounds_open_one_end(text: str, value: str, bound: str) -> None:
    """by / no later than / until / from / since / before / after set the bound."""
    m = one(f"The plan runs {text}.")
    assert (m.value, m.bound, m.text) == (value, bound, text)


def test_after_in_english_starts_when_the_month_ends() -> None:
    """after March 2026 starts on April 1."""
    m = one("after March 2026")
    assert m.interval is not None
    assert m.interval.start == datetime(2026, 4, 1)


@pytest.mark.parametrize("hedge", ["about", "around", "approximately"])
def test_approximate_english_dates_are_hedged(hedge: str) -> None:
    """about / around before a date mark it approximate."""
    m = one(f"It began {hedge} March 3, 2026.")
    assert (m.hedge, m.value) == ("approx", "2026-03-03")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("January 2, 2026 at 7:09 p.m.", "2026-01-02T19:09"),
        ("8:25 a.m. Dec. 12, 2014", "2014-12-12T08:25"),
        ("Nov 25 2014 10:17 pm", "2014-11-25T22:17"),
        ("January 2, 2026 at noon", "2026-01-02T12:00"),
        ("January 2, 2026 at 9 p.m. JST", "2026-01-02T21+09:00"),
        ("January 2, 2026, 21:30 UTC", "2026-01-02T21:30+00:00"),
    ],
)
def test_english_times_join_their_day(text: str, value: str) -> None:
    """A time next to a day becomes that day's time, with its zone when named."""
    assert one(text, NO_PUB).value == value


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("on Monday", 0), ("Friday", 4), ("Fri.", 4), ("Friday night", 4), ("Tues.", 1)],
)
def test_english_weekdays_give_a_weekday_and_the_day(text: str, weekday: int) -> None:
    """Every English weekday form is a weekday mention and, with published, a day."""
    found = extract_dates(f"They met {text} in Tokyo.", PUB)
    assert {m.kind for m in found} == {"weekday", "when"}
    assert next(m for m in found if m.kind == "weekday").weekday == weekday


def test_a_weekday_before_a_date_is_checked_against_it() -> None:
    """Tuesday Jul 22, 2014 is that day, the weekday agreeing with it."""
    found = extract_dates("Tuesday Jul 22, 2014", NO_PUB)
    assert [(m.kind, m.value) for m in found] == [
        ("when", "2014-07-22"),
        ("weekday", "tuesday"),
    ]
    assert found[1].interval is not None


@pytest.mark.parametrize(
    "text",
    [
        "We may go.",
        "The iPhone 15 sold well.",
        "See issue #1912.",
        "Call 03-1234-5678 now.",
        "Turn to page 1912.",
        "Prices fall sharply.",
        "The 250th anniversary.",
        "He met Mr. May.",
        "We march on.",
        "The Sun rose.",
        "2000 people came.",
        "It took 3 days.",
        "A score of 3:2.",
    ],
)
def test_nothing_is_read_where_there_is_no_english_date(text: str) -> None:
    """Verbs, model and issue numbers, phone and page numbers give no date."""
    assert extract_dates(text, PUB) == []


def test_from_one_date_to_another_is_one_range() -> None:
    """“from March 3 to March 5, 2026” is one closed interval."""
    m = one("The fair runs from March 3, 2026 to March 5, 2026.", NO_PUB)
    assert (m.value, m.bound) == ("2026-03-03/2026-03-05", None)
    assert m.text == "from March 3, 2026 to March 5, 2026"


@pytest.mark.parametrize(
    ("text", "value"),
    [("2026-W01", "2026-W01"), ("2026-Q1", "2026-Q1"), ("2026W53", "2026-W53")],
)
def test_iso_weeks_and_quarters_in_text(text: str, value: str) -> None:
    """ISO week and quarter notation in a text is read as written."""
    assert one(f"Figures for {text} are out.", NO_PUB).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose for the first time in 15 years.",
        "Prices hit the highest level in 3 years.",
        "It took 3 days later to settle.",
    ],
)
def test_a_span_of_years_is_not_a_date(text: str) -> None:
    """“the first time in 15 years” counts years; it names no date."""
    assert whens(text) == []


def test_in_two_weeks_with_a_future_tense_is_a_date() -> None:
    """“will resume in two weeks”, published 2026-02-09, is 2026-02-23."""
    assert one("Talks will resume in two weeks.").value == "2026-02-23"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in about an hour", "2026-02-09T11:00"),  # dateparser's gold row
        ("The vote is expected in about two hours.", "2026-02-09T12:00"),
        ("Results are due in roughly three weeks.", "2026-03-02"),
    ],
)
def test_a_hedge_after_in_keeps_the_date_and_hedges_it(text: str, value: str) -> None:
    """“in about an hour” is the hour ahead, hedged; the hedge sits after “in”."""
    m = one(text)
    assert (m.value, m.hedge) == (value, "approx")


def test_a_hedged_length_in_the_past_stays_a_length() -> None:
    """“It was done in about two hours.” states a length, not a date."""
    assert whens("It was done in about two hours.") == []


@pytest.mark.parametrize(
    "text",
    ["They spoke yesterday.", "Talks last week.", "He left 3 days ago.", "on Monday"],
)
def test_relative_english_words_without_published_give_no_day(text: str) -> None:
    """Without a publication time nothing relative is guessed."""
    assert whens(text, NO_PUB) == []


def test_a_weekday_after_said_stays_in_the_past() -> None:
    """“said on Friday that he will visit”: the Friday is the one before published."""
    m = one("The minister said on Friday that he will visit Tokyo.")
    assert m.value == "2026-02-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company announced the plan on June 14.", "2025-06-14"),
        ("City officials published the findings in late April.", "2025-04-late"),
        ("Opposition lawmakers reached an agreement in July.", "2025-07"),
        ("The ministry told reporters in January.", "2026-01"),
        (
            "The bank is considering a visit to Manila by late November.",
            "../2026-11-late",
        ),
        ("A round of talks in Sapporo is being planned for May.", "2026-05"),
    ],
)
def test_reporting_verbs_are_past_and_considering_looks_ahead(
    text: str, value: str
) -> None:
    """“announced the plan” is past (the noun is no “plans to”); considering is not."""
    assert one(text).value == value


@pytest.mark.parametrize("text", ["Support for May collapsed.", "You may go for May."])
def test_may_after_for_is_a_month_only_after_a_scheduling_verb(text: str) -> None:
    """“for May” is a month after planned / scheduled / set, not after support."""
    assert whens(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The vote was held on 29.02.2020.", "29.02.2020", "2020-02-29"),
        ("Wed Aug 05 12:00:00 2015", "Wed Aug 05 12:00:00", "2015-08-05T12:00"),
        (
            "The meeting was at 3 p.m. on March 5, 2014.",
            "3 p.m. on March 5, 2014",
            "2014-03-05T15",
        ),
    ],
)
def test_dotted_dates_ctime_datelines_and_a_time_on_a_date(
    text: str, span: str, value: str
) -> None:
    """29.02.2020, Wed Aug 05 12:00:00 2015, and 3 p.m. on March 5 are one date each."""
    m = one(text)
    assert (m.text, m.value) == (span, value)


def test_a_version_number_is_no_dotted_date() -> None:
    """“Version 1.2.2020” is a release, not 1 February 2020."""
    assert whens("Version 1.2.2020 shipped last week.", NO_PUB) == []


DATEPARSER_PUB = datetime(2014, 9, 1, 10, 30)  # dateparser's reference time


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in 1 year 2 months", "2015-11"),
        ("1 year 2 months from now", "2015-11"),
        ("in 1 decade 12 years", "2036"),
        ("in 1 year, 09 months,01 weeks", "2016-06-08"),
        (
            "1 year, 1 month, 1 week, 1 day, 1 hour and 1 minute ago",
            "2013-07-24T09:29",
        ),
        ("The plant closed a year and two months ago.", "2013-07"),
    ],
)
def test_a_chain_of_units_is_one_date_at_its_finest_unit(text: str, value: str) -> None:
    """in 1 year 2 months is one month from published, with no stray “2 months”."""
    found = extract(text, lang="en", published=DATEPARSER_PUB)
    assert [(m.kind, m.value) for m in found] == [("when", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in 2.5 hours", "2014-09-01T13:00"),
        ("in 10.75 minutes", "2014-09-01T10:40"),
        ("in 1.5 days", "2014-09-02"),
        ("The firm was founded a year and a half ago.", "2013-03"),
        ("Voting closes in two and a half hours.", "2014-09-01T13:00"),
    ],
)
def test_a_fraction_of_a_unit_counts_from_published(text: str, value: str) -> None:
    """A decimal keeps its unit's grain; “and a half” is counted in the next unit."""
    found = extract(text, lang="en", published=DATEPARSER_PUB)
    assert [(m.kind, m.value) for m in found] == [("when", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The polls closed 2 hrs ago.", "2014-09-01T08:30"),
        ("Talks resume in 15 hrs.", "2014-09-02T01:30"),
        ("The alert went out 3 mins ago.", "2014-09-01T10:27"),
        ("Voting ends in 45 min.", "2014-09-01T11:15"),
        ("The plant shut 5 yrs ago.", "2009"),
        ("Talks resume in 2 wks.", "2014-09-15"),
    ],
)
def test_short_units_of_wire_copy_count_from_published(text: str, value: str) -> None:
    """hrs, mins, wks, yrs count like hours, minutes, weeks and years."""
    found = extract(text, lang="en", published=DATEPARSER_PUB)
    assert [(m.kind, m.value) for m in found] == [("when", value)]


@pytest.mark.parametrize(
    "text",
    ["The minister spoke for 2 minutes.", "He met 3 ministers ago", "the 2 mines"],
)
def test_a_short_unit_is_no_prefix_of_a_longer_word(text: str) -> None:
    """min / hr / yr count only as whole words: 3 ministers ago is no date."""
    assert whens(text) == []


@pytest.mark.parametrize(
    "text",
    ["He served 1 year 2 months in prison.", "The talks ran 2 days 3 weeks ago."],
)
def test_a_length_or_a_jumbled_chain_is_no_date(text: str) -> None:
    """A chain with no ago / in / from now is a length; units out of order are none."""
    assert whens(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The festival is held every June.",
        "It runs every year from June to August.",
        "The market opens each May.",
        "Meetings are held every Monday.",
    ],
)
def test_a_date_after_every_or_each_recurs_and_is_no_date(text: str) -> None:
    """every June names no single June; every Monday keeps only its weekday."""
    assert whens(text) == []


def test_a_dated_bound_after_every_year_stays_a_date() -> None:
    """every year since 2010: 2010 is a stated year, not a recurring one."""
    assert whens("Prices have risen every year since 2010.") == [
        ("since 2010", "2010/..")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He ran the mile in 4 minutes.",
        "She finished the race in 2.5 hours.",
        "The team completed the climb in two and a half days.",
    ],
)
def test_a_past_verb_before_in_and_a_length_is_how_long_it_took(text: str) -> None:
    """ran the mile in 4 minutes is a length, not 4 minutes after published."""
    assert whens(text) == []
    found = extract(text, lang="en", published=DATEPARSER_PUB)
    assert [m.kind for m in found] == ["duration"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profits rose last quarter.", "2025-Q4"),
        ("Sales this quarter were weak.", "2026-Q1"),
        ("Growth will pick up next quarter.", "2026-Q2"),
    ],
)
def test_this_last_and_next_quarter_count_from_published(text: str, value: str) -> None:
    """last quarter is the one before published's, as last month is."""
    assert one(text).value == value


@pytest.mark.parametrize(
    "text",
    ["Sales fell in the last quarter.", "over the last quarter-century"],
)
def test_the_last_quarter_of_a_period_is_no_quarter_from_published(text: str) -> None:
    """the last quarter is a period's final one; a quarter-century is 25 years."""
    assert whens(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("FILED ON JANUARY 2, 2026 IN TOKYO", "JANUARY 2, 2026", "2026-01-02"),
        ("Sales in Q1 2026 rose; q3 2026 fell.", "Q1 2026", "2026-Q1"),
        ("Talks resume in SPRING 2026.", "SPRING 2026", "2026-spring"),
        ("It closes in Late March 2026.", "Late March 2026", "2026-03-late"),
    ],
)
def test_dates_are_read_in_any_case_and_keep_the_case_written(
    text: str, span: str, value: str
) -> None:
    """The scanner matches on lower-cased text; spans come from the text."""
    m = whens(text)[0]
    assert m == (span, value)


def test_a_lower_case_weekday_or_may_is_no_date() -> None:
    """Case still decides where it must: "may" the verb, "sun" the star."""
    assert whens("Officials may meet next week, as the sun sets.") == [
        ("next week", "2026-W08")
    ]


def test_a_time_with_no_day_takes_the_day_of_the_sentence_before() -> None:
    text = "Xi and Trump spoke on February 4. The call began at 9 p.m. in Beijing."
    assert ("9 p.m.", "2026-02-04T21") in whens(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Xi will visit toward the end of the year.", "the end of the year", "2026-12"),
        (
            "It must pass by the end of this year.",
            "by the end of this year",
            "../2026-12",
        ),
        ("Talks resume early next year.", "early next year", "2027-H1"),
        ("Sales fell late last year.", "late last year", "2025-H2"),
        ("in the first half of next year", "the first half of next year", "2027-H1"),
        (
            "The report is due at the end of this month.",
            "the end of this month",
            "2026-02-late",
        ),
        ("A vote comes early next month.", "early next month", "2026-03-early"),
        ("The plant opens in mid-2027.", "mid-2027", "2027-04/2027-09"),
    ],
)
def test_parts_of_a_year_or_month_told_from_published(
    text: str, span: str, value: str
) -> None:
    """early next year, the end of the year, mid-2027 (published 2026-02-09)."""
    assert whens(text) == [(span, value)]


@given(st.sampled_from(["early", "mid", "late", "the end of", "the beginning of"]))
def test_a_part_of_next_year_lies_in_next_year(part: str) -> None:
    (_span, value), *rest = whens(f"It opens {part} next year.")
    assert not rest
    iv = parse_when(value)
    assert iv.start is not None
    assert iv.end is not None
    assert datetime(2027, 1, 1) <= iv.start < iv.end <= datetime(2028, 1, 1)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Talks run March 3-5 in Geneva.", "March 3-5", "2026-03-03/2026-03-05"),
        ("Talks run March 3 to 5.", "March 3 to 5", "2026-03-03/2026-03-05"),
        ("The fair ran Jan. 5-7, 2026.", "Jan. 5-7, 2026", "2026-01-05/2026-01-07"),
        ("The summit is on 3–5 March 2027.", "3–5 March 2027", "2027-03-03/2027-03-05"),
        (
            "Polls open from May 3 through 8.",
            "from May 3 through 8",
            "2026-05-03/2026-05-08",
        ),
    ],
)
def test_days_of_one_month_as_a_range(text: str, span: str, value: str) -> None:
    """March 3-5, 3–5 March 2027: one range within the month."""
    assert whens(text) == [(span, value)]


def test_what_is_no_day_range_stays_one_day() -> None:
    assert whens("It ends March 3-10:30.") == [
        ("March 3-10:30", "2026-03-03/2026-03-03T10:30")
    ]
    assert whens("It is March 5-3 on the scoreboard.") == [("March 5", "2026-03-05")]
    assert whens("Call 555-1234 on March 3, 2026.") == [("March 3, 2026", "2026-03-03")]


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=28),
)
def test_a_day_range_covers_its_days_in_that_month(
    month: int, first: int, last: int
) -> None:
    name = datetime(2026, month, 1).strftime("%B")
    found = whens(f"The talks run {name} {first}-{last}, 2026.")
    if last <= first:
        assert found[0][1] == f"2026-{month:02d}-{first:02d}"
    else:
        assert found == [
            (
                f"{name} {first}-{last}, 2026",
                f"2026-{month:02d}-{first:02d}/2026-{month:02d}-{last:02d}",
            )
        ]


def test_a_time_joins_the_weekday_after_it_across_a_zone_word() -> None:
    """6 a.m. local time on Thursday: the Thursday before published."""
    text = "The strike began at 6 a.m. local time on Thursday and will last 48 hours."
    found = whens(text)
    assert found == [("6 a.m. local time on Thursday", "2026-02-05T06")]


def test_later_and_earlier_count_from_the_date_told_before() -> None:
    """Two days later / a day earlier / the same day follow the story's dates."""
    text = (
        "The ceasefire took effect on April 2. Two days later, fighting resumed,"
        " and on the same day the UN met. A day earlier, ministers had met."
    )
    assert whens(text) == [
        ("April 2", "2025-04-02"),  # took: the April before published
        ("Two days later", "2025-04-04"),
        ("the same day", "2025-04-04"),
        ("A day earlier", "2025-04-03"),
    ]
    # with no date before it, "later" dates nothing; its length is still read
    alone = extract("Two days later, fighting resumed.", lang="en", published=None)
    assert [(m.kind, m.text) for m in alone] == [("duration", "Two days")]


@given(
    st.dates(
        min_value=datetime(2000, 1, 1).date(), max_value=datetime(2040, 1, 1).date()
    ),
    st.integers(min_value=1, max_value=12),
)
def test_n_days_later_is_n_days_after_the_date_before(day: object, n: int) -> None:
    from datetime import date, timedelta

    assert isinstance(day, date)
    text = f"It began on {day:%B} {day.day}, {day.year}. {n} days later, it ended."
    found = whens(text)
    assert found[-1] == (f"{n} days later", (day + timedelta(days=n)).isoformat())


def test_before_the_end_of_a_period_is_by_its_end() -> None:
    """ "Before the end of 2026" runs to the last day of 2026, not to December."""
    (m,) = [
        x
        for x in extract("two more cuts before the end of 2026", lang="en")
        if x.kind == "when"
    ]
    assert (m.bound, m.interval.end if m.interval else None) == (
        "by",
        datetime(2027, 1, 1),
    )
    (plain,) = extract("before March 2026", lang="en")
    assert (plain.bound, plain.interval.end if plain.interval else None) == (
        "before",
        datetime(2026, 3, 1),
    )
