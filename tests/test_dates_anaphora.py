"""Dates named by the date before them: 同日, 翌日, 同年12月, the next day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from strategies import days

from checks.normalise.context import Context
from checks.normalise.dates import extract_dates

NO_PUB = Context("ja", None)


def values(text: str, ctx: Context = NO_PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_dates(text, ctx) if m.kind == "when"]


def test_same_day_and_next_day_follow_the_date_before_them() -> None:
    """同日夜 is that day's evening; 翌日 the day after."""
    text = (
        "2025年10月28日に来日した。同日夜、晩さん会が開かれた。翌日には横須賀を訪れた。"
    )
    assert values(text) == [
        ("2025年10月28日", "2025-10-28"),
        ("同日夜", "2025-10-28"),
        ("翌日", "2025-10-29"),
    ]


def test_same_year_with_a_month_takes_the_year_before_it() -> None:
    """同年12月 after 2025年10月28日 is 2025-12; 翌年3月下旬 is 2026-03-late."""
    text = "2025年10月28日に来日した。同年12月に再会。翌年3月下旬に訪米。"
    assert values(text)[1:] == [
        ("同年12月", "2025-12"),
        ("翌年3月下旬", "2026-03-late"),
    ]


@pytest.mark.parametrize(
    "text", ["前日比100円高", "前年同期比で増えた", "同年代の選手"]
)
def test_comparisons_with_the_day_before_are_not_dates(text: str) -> None:
    """前日比 / 前年同期比 / 同年代 compare or group; they name no date."""
    assert values(f"2026年1月5日の株価は{text}。")[1:] == []


def test_an_anaphor_with_nothing_before_it_has_no_value() -> None:
    """翌日 at the start of a text refers to nothing the extractor can see."""
    assert values("翌日に発表した。") == []


def test_english_next_day_and_that_night_follow_the_date_before_them() -> None:
    """The next day / That night take the date before them."""
    text = (
        "Trump arrived on October 27, 2025. The next day he met Takaichi. "
        "That night they dined."
    )
    assert values(text, Context("en", None)) == [
        ("October 27, 2025", "2025-10-27"),
        ("The next day", "2025-10-28"),
        ("That night", "2025-10-28"),
    ]


@given(days)
def test_next_and_previous_day_are_one_day_either_side(day: date) -> None:
    """翌日 and 前日 are one day after and before the date they follow."""
    head = f"{day.year}年{day.month}月{day.day}日に会談。"
    after = values(head + "翌日に帰国。")[1][1]
    before = values(head + "前日に到着。")[1][1]
    assert after == (day + timedelta(days=1)).isoformat()
    assert before == (day - timedelta(days=1)).isoformat()
