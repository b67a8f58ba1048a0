"""Shared Hypothesis strategies for the engine's tests (dates first)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime

from hypothesis import strategies as st

#: days the extractor must read in every format (Gregorian, four-digit years)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
#: days recent enough for the modern eras
era_days = st.dates(min_value=date(1927, 1, 1), max_value=date(2099, 12, 31))
#: publication times of news texts
published_times = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)
)
weekdays = st.integers(min_value=0, max_value=6)
months = st.integers(min_value=1, max_value=12)
years = st.integers(min_value=1900, max_value=2099)

_ABBREVIATED = {9: "Sept."} | {
    m: calendar.month_abbr[m] + ("" if m == 5 else ".") for m in range(1, 13) if m != 9
}
_NAME = list(calendar.month_name)
_ERAS = (
    (date(2019, 5, 1), "令和", 2019),
    (date(1989, 1, 8), "平成", 1989),
    (date(1926, 12, 25), "昭和", 1926),
)


def era_year(d: date) -> str:
    """``令和8年`` for a day in 2026 (``令和元年`` for the first year)."""
    for start, name, first in _ERAS:
        if d >= start:
            number = d.year - first + 1
            return f"{name}{'元' if number == 1 else number}年"
    raise ValueError(f"no modern era for {d}")


#: (language, render) for every supported way to write one day
DAY_FORMATS: dict[str, tuple[str, Callable[[date], str]]] = {
    "kanji": ("ja", lambda d: f"{d.year}年{d.month}月{d.day}日"),
    "slash": ("ja", lambda d: f"{d.year}/{d.month}/{d.day}"),
    "iso": ("en", lambda d: d.isoformat()),
    "month-day-year": ("en", lambda d: f"{_NAME[d.month]} {d.day}, {d.year}"),
    "day-month-year": ("en", lambda d: f"{d.day} {_NAME[d.month]} {d.year}"),
    "abbreviated": ("en", lambda d: f"{_ABBREVIATED[d.month]} {d.day}, {d.year}"),
    "era": ("ja", lambda d: f"{era_year(d)}{d.month}月{d.day}日"),
}
day_formats = st.sampled_from(sorted(DAY_FORMATS))


@st.composite
def day_in_format(draw: st.DrawFn) -> tuple[date, str, str, str]:
    """(day, format name, language, rendered text)."""
    name = draw(day_formats)
    lang, render = DAY_FORMATS[name]
    d = draw(era_days if name == "era" else days)
    return d, name, lang, render(d)
