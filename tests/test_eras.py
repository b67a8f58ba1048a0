"""Japanese era years ↔ Gregorian years."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.normalise.eras import (
    era_name,
    era_number,
    later_era_label,
    overflow,
    to_gregorian,
)


@pytest.mark.parametrize(
    ("era", "number", "year"),
    [
        ("令和", 8, 2026),
        ("令和", 1, 2019),
        ("平成", 31, 2019),
        ("平成", 1, 1989),
        ("昭和", 64, 1989),
        ("大正", 15, 1926),
        ("明治", 45, 1912),
        ("R", 3, 2021),
        ("Ｈ", 31, 2019),
    ],
)
def test_era_years_name_their_gregorian_year(era: str, number: int, year: int) -> None:
    """令和8年 is 2026, 平成31年 is 2019, R3 is 2021."""
    assert to_gregorian(era, number) == year


def test_the_first_year_of_an_era_is_written_gannen() -> None:
    """元年 is year 1 of the era."""
    assert era_number("元") == 1
    assert later_era_label(2019) == "令和元年"


def test_year_zero_of_an_era_does_not_exist() -> None:
    """令和0年 names no year."""
    assert to_gregorian("令和", 0) is None


def test_an_era_year_past_the_eras_end_says_which_year_it_is() -> None:
    """平成33年 does not exist; the message gives 2021 and 令和3年."""
    why = overflow("平成", 33)
    assert why == "平成 ended in its year 31 (2019); 2021 is 令和3年"
    assert overflow("平成", 31) is None
    assert overflow("令和", 80) is None


def test_initials_stand_for_their_eras() -> None:
    """R/H/S/T/M (also full-width) name 令和/平成/昭和/大正/明治."""
    assert [era_name(x) for x in "RHSTM"] == ["令和", "平成", "昭和", "大正", "明治"]
    assert era_name("Ｒ") == "令和"


@given(st.integers(min_value=1927, max_value=2200))
def test_the_era_label_of_a_year_reads_back_as_that_year(year: int) -> None:
    """later_era_label(y) is an era year whose Gregorian year is y."""
    label = later_era_label(year)
    era, number = label[:2], label[2:-1]
    assert to_gregorian(era, era_number(number)) == year
