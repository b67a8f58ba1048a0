"""Date values in the spec's notation (ISO 8601 / EDTF plus month parts) ↔ intervals.

This is the one place that knows what ``2026-03-late`` or ``../2026-03`` means.
Claims are parsed with :func:`parse_when`; extractors write a mention's value
in the same notation and get its interval from here, so the two can never
drift apart.

| value                               | interval                                |
|-------------------------------------|-----------------------------------------|
| ``2026``                            | the year                                |
| ``2026-FY``                         | Japanese fiscal year: Apr 2026–Mar 2027 |
| ``2026-H1`` / ``2026-H2``           | half-year                               |
| ``2026-Q1`` … ``2026-Q4``           | quarter                                 |
| ``2026-21`` … ``2026-24``           | EDTF seasons (spring … winter)          |
| ``2026-spring`` …                   | seasons by months; winter = Dec–Feb     |
| ``2026-W01``                        | ISO week                                |
| ``2026-03``                         | month                                   |
| ``2026-03-early|mid|late``          | days 1–10, 11–20, 21–end                |
| ``2026-01-02``                      | day                                     |
| ``2026-01-02T21``                   | hour                                    |
| ``2026-01-02T21:00[+09:00]``        | minute                                  |
| ``A/B``, ``../B``, ``A/..``         | from the start of A to the end of B     |
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from checks.model import Interval

SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
EDTF_SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}

_POINT = re.compile(
    r"""^(?P<year>\d{4})
    (?:
        -(?P<fy>FY)
      | -H(?P<half>[12])
      | -Q(?P<quarter>[1-4])
      | -(?P<edtf_season>2[1-4])
      | -(?P<season>spring|summer|autumn|fall|winter)
      | -W(?P<week>\d{2})
      | -(?P<month>\d{2})
        (?:
            -(?P<part>early|mid|late)
          | -(?P<day>\d{2})
            (?:T(?P<hour>\d{2})(?::(?P<minute>\d{2}))?
               (?P<zone>Z|[+-]\d{2}:?\d{2})?)?
        )?
    )?$""",
    re.VERBOSE,
)


class DateValueError(ValueError):
    """A date value the notation does not allow."""


def parse_when(value: str, zone: tzinfo | None = None) -> Interval:
    """The interval a date value stands for.

    A value with a UTC offset is converted to ``zone`` (the text's zone) when one
    is given, then compared as wall-clock time.
    """
    return _parse_when(str(value).strip(), zone)


@functools.lru_cache(maxsize=8192)
def _parse_when(value: str, zone: tzinfo | None) -> Interval:
    """:func:`parse_when`, memoised: news repeats its dates, intervals are frozen."""
    if "/" in value:
        left, _, right = value.partition("/")
        start = None if left in ("", "..") else parse_point(left, zone).start
        end = None if right in ("", "..") else parse_point(right, zone).end
        if start is None and end is None:
            raise DateValueError(f"{value!r} is open at both ends")
        if start is not None and end is not None and end <= start:
            raise DateValueError(f"{value!r} ends before it starts")
        return Interval(start, end)
    return parse_point(value, zone)


def parse_point(value: str, zone: tzinfo | None = None) -> Interval:
    """The interval of a single (non-range) date value."""
    m = _POINT.match(value)
    if not m:
        raise DateValueError(f"{value!r} is not a date value")
    g = m.groupdict()
    year = int(g["year"])
    if year < 1:
        raise DateValueError(f"{value!r}: year 0 does not exist")
    try:
        if g["fy"]:
            return _span(datetime(year, 4, 1), _months_later(datetime(year, 4, 1), 12))
        if g["half"]:
            first = datetime(year, 1 + 6 * (int(g["half"]) - 1), 1)
            return _span(first, _months_later(first, 6))
        if g["quarter"]:
            first = datetime(year, 1 + 3 * (int(g["quarter"]) - 1), 1)
            return _span(first, _months_later(first, 3))
        season = g["season"] or EDTF_SEASONS.get(g["edtf_season"] or "")
        if season:
            first = datetime(year, SEASONS[season], 1)
            return _span(first, _months_later(first, 3))
        if g["week"]:
            week = int(g["week"])
            monday = date.fromisocalendar(year, week, 1)
            start = datetime.combine(monday, datetime.min.time())
            return _span(start, start + timedelta(days=7))
        if not g["month"]:
            return _span(datetime(year, 1, 1), datetime(year + 1, 1, 1))
        month = int(g["month"])
        first = datetime(year, month, 1)
        if g["part"]:
            lo, hi = MONTH_PARTS[g["part"]]
            hi = min(hi, calendar.monthrange(year, month)[1])
            return _span(
                first.replace(day=lo), first.replace(day=hi) + timedelta(days=1)
            )
        if not g["day"]:
            return _span(first, _months_later(first, 1))
        day = datetime(year, month, int(g["day"]))
        if g["hour"] is None:
            return _span(day, day + timedelta(days=1))
        hour = int(g["hour"])
        if hour > 24:
            raise DateValueError(f"{value!r}: hour {hour} does not exist")
        if g["minute"] is None:
            start = day + timedelta(hours=hour)
            return _span(_to_zone(start, g["zone"], zone), None, timedelta(hours=1))
        minute = int(g["minute"])
        if minute > 59:
            raise DateValueError(f"{value!r}: minute {minute} does not exist")
        start = day + timedelta(hours=hour, minutes=minute)
        return _span(_to_zone(start, g["zone"], zone), None, timedelta(minutes=1))
    except ValueError as exc:
        if isinstance(exc, DateValueError):
            raise
        raise DateValueError(f"{value!r}: {exc}") from None


def _span(
    start: datetime, end: datetime | None, length: timedelta | None = None
) -> Interval:
    if end is None:
        assert length is not None
        end = start + length
    return Interval(start, end)


def _months_later(first: datetime, months: int) -> datetime:
    index = first.year * 12 + first.month - 1 + months
    return first.replace(year=index // 12, month=index % 12 + 1, day=1)


def _to_zone(local: datetime, offset: str | None, zone: tzinfo | None) -> datetime:
    if offset is None or zone is None:
        return local
    if offset == "Z":
        tz: tzinfo = UTC
    else:
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return local.replace(tzinfo=tz).astimezone(zone).replace(tzinfo=None)


# --- writing values -------------------------------------------------------


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int, part: str | None = None) -> str:
    base = f"{year:04d}-{month:02d}"
    return f"{base}-{part}" if part else base


def season_value(year: int, season: str) -> str:
    return f"{year:04d}-{'autumn' if season == 'fall' else season}"


def bounded_value(value: str, bound: str | None) -> str:
    """``../X`` for by/until/before, ``X/..`` for from/since/after."""
    if bound in ("by", "until", "before"):
        return f"../{value}"
    if bound in ("from", "since", "after"):
        return f"{value}/.."
    return value


def is_valid(value: str) -> bool:
    try:
        parse_when(value)
    except DateValueError:
        return False
    return True
