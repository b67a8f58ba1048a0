"""Calendar lint: weekday against date, impossible days, era against year."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import SEED_ARTICLE, days, era_days, era_year

from checks.lint import LintFinding, lint_text
from checks.model import WEEKDAYS
from checks.normalise.context import Context

JA = Context("ja", datetime(2026, 1, 3, 9))
WEEKDAY_JA = "月火水木金土日"
WEEKDAY_EN = [day.capitalize() for day in WEEKDAYS]


def codes(text: str, ctx: Context = JA) -> list[str]:
    return [f.code for f in lint_text(text, ctx)]


def test_a_japanese_date_with_the_wrong_weekday_is_flagged() -> None:
    """2026年1月2日（木）: 2 January 2026 is a Friday."""
    (finding,) = lint_text("会談は2026年1月2日（木）に行われた。", JA)
    assert finding == LintFinding(
        "weekday-mismatch",
        3,
        15,
        "2026年1月2日（木）",
        "2026-01-02 is a Friday, not a Thursday (（木）); fix the weekday or the date",
    )


def test_an_english_date_with_the_wrong_weekday_is_flagged() -> None:
    """Thursday, January 2, 2026: that day is a Friday."""
    (finding,) = lint_text("It happened on Thursday, January 2, 2026.", JA)
    assert finding.code == "weekday-mismatch"
    assert finding.text == "Thursday, January 2, 2026"
    assert "is a Friday, not a Thursday" in finding.message


def test_the_seed_article_has_no_calendar_problem() -> None:
    """The seed article's dates and weekdays agree."""
    assert lint_text(SEED_ARTICLE, JA) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2月30日", "February has at most 29 days, not 30"),
        ("4月31日", "April has 30 days, not 31"),
        ("April 31", "April has 30 days, not 31"),
        ("31 June 2026", "June has 30 days, not 31"),
        ("2026年2月29日", "February 2026 has 28 days (2026 is not a leap year)"),
        ("2026年13月1日", "month 13 does not exist: months run from 1 to 12"),
    ],
)
def test_days_that_do_not_exist_are_flagged(text: str, message: str) -> None:
    """2月30日, April 31 and 2026年2月29日 name no day; the message says why."""
    (finding,) = lint_text(f"式典は{text}に開かれる。", JA)
    assert (finding.code, finding.text, finding.message) == (
        "impossible-date",
        text,
        message,
    )


def test_a_leap_day_in_a_leap_year_is_fine() -> None:
    """2024年2月29日 exists."""
    assert codes("2024年2月29日") == []


def test_an_era_year_that_disagrees_with_its_twin_is_flagged() -> None:
    """2026年（令和7年）: 2026 is 令和8年."""
    (finding,) = lint_text("2026年（令和7年）の予算", JA)
    assert finding.code == "era-mismatch"
    assert finding.message == (
        "2026年 is 令和8年, not 令和7年 (令和7年 is 2025); fix the year or the era year"
    )


def test_an_era_year_past_its_era_is_flagged() -> None:
    """平成33年 does not exist."""
    assert codes("平成33年の計画") == ["era-overflow"]


@given(days)
def test_every_date_with_its_own_weekday_passes(day: date) -> None:
    """A date written with its true weekday is never flagged."""
    ja = f"{day.year}年{day.month}月{day.day}日（{WEEKDAY_JA[day.weekday()]}）"
    en = f"{WEEKDAY_EN[day.weekday()]}, {day:%B} {day.day}, {day.year}"
    assert codes(ja) == []
    assert codes(en) == []


@given(days, st.integers(1, 6))
def test_every_date_with_another_weekday_is_flagged(day: date, shift: int) -> None:
    """A date written with any other weekday is flagged, naming the right one."""
    wrong = (day.weekday() + shift) % 7
    (finding,) = lint_text(
        f"{day.year}年{day.month}月{day.day}日（{WEEKDAY_JA[wrong]}）", JA
    )
    assert finding.code == "weekday-mismatch"
    assert f"is a {WEEKDAY_EN[day.weekday()]}" in finding.message


@given(era_days)
def test_an_era_year_beside_its_own_gregorian_year_passes(day: date) -> None:
    """2026年（令和8年） and every other true twin pass."""
    assert codes(f"{day.year}年（{era_year(day)}）") == []


@given(era_days, st.integers(1, 5))
def test_an_era_year_off_by_some_years_is_flagged(day: date, off: int) -> None:
    """An era year that names another year than its twin is flagged."""
    other = day + timedelta(days=366 * off)
    label = era_year(day)
    assert "era-mismatch" in codes(f"{other.year}年（{label}）")


@given(st.text(max_size=80), st.sampled_from(["ja", "en"]))
def test_lint_never_fails_and_points_into_the_text(text: str, lang: str) -> None:
    """Any text lints without error; each finding's span is its text."""
    for finding in lint_text(text, Context(lang, None)):
        assert finding.text == text[finding.start : finding.end]
        assert finding.message
