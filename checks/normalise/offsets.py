"""A chain of counted units from published: 1年2か月前, in 1 year 2 months.

The whole chain is one offset, resolved as a single unit is (``shifted``): at
the grain of its finest unit — a year for years and decades, a month for
months, a day for weeks and days, a minute for hours and minutes (where the
notation stops).  Years and months move the calendar first (the day clipped
to the new month's end), then weeks, days, hours and minutes are added, so a
chain of one unit gives what ``shifted`` gives.

A decimal amount (1.5 days) keeps its unit's grain.  Half a unit written as a
word (1年半, a year and a half) is the next unit down, as 半年 (six months) and
半月 (fifteen days) already are: half a year is counted in months, half a
month in days, half a day, hour or minute in minutes.
"""

from __future__ import annotations

import calendar
import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from checks.normalise import edtf
from checks.normalise.context import Context
from checks.normalise.date_atoms import Atom

#: the units of a chain, longest first; a chain names each at most once, in
#: this order (1 year 2 months, not 2 months 1 year)
ORDER = ("decade", "year", "month", "week", "day", "hour", "minute")
#: months a calendar unit spans; the rest are fixed lengths
_MONTHS = {"decade": 120, "year": 12, "month": 1}
_LENGTH = {
    "week": timedelta(days=7),
    "day": timedelta(days=1),
    "hour": timedelta(hours=1),
    "minute": timedelta(minutes=1),
}
_GRAINS = ("year", "month", "day", "minute")
_GRAIN = {
    "decade": "year",
    "year": "year",
    "month": "month",
    "week": "day",
    "day": "day",
    "hour": "minute",
    "minute": "minute",
}
#: the grain of half a unit written as a word: the next unit down
_HALF_GRAIN = {
    "decade": "year",
    "year": "month",
    "month": "day",
    "week": "minute",
    "day": "minute",
    "hour": "minute",
    "minute": "minute",
}
#: a month's fraction (1.5 months) counted in days, as the tolerance rule does
_MONTH_DAYS = 30
#: no offset reaches past this many years (a typo or a number that is not one)
_MOST_YEARS = 5000


@dataclass(frozen=True)
class Part:
    """One link of a chain: ``amount`` of ``unit``, at ``grain``."""

    amount: Fraction
    unit: str
    grain: str


def part(amount: Fraction, unit: str, half: bool = False) -> Part:
    """``amount`` units, plus half a unit written as a word when ``half``."""
    if half:
        return Part(amount + Fraction(1, 2), unit, _HALF_GRAIN[unit])
    return Part(amount, unit, _GRAIN[unit])


def in_order(parts: list[Part]) -> bool:
    """Each unit once, longest first (1 year 2 months; not 2 days 3 weeks)."""
    ranks = [ORDER.index(p.unit) for p in parts]
    return all(a < b for a, b in itertools.pairwise(ranks))


def resolve(
    start: int, end: int, ctx: Context, parts: list[Part], sign: int, label: str
) -> Atom | None:
    """The chain ``parts`` after (``sign`` 1) or before (-1) published."""
    assert ctx.published is not None
    if not parts or not in_order(parts):
        return None
    months = sum((p.amount * _MONTHS.get(p.unit, 0) for p in parts), Fraction(0))
    length = sum(
        (
            p.amount * int(_LENGTH[p.unit].total_seconds())
            for p in parts
            if p.unit in _LENGTH
        ),
        Fraction(0),
    )
    whole = int(months)  # a fraction of a month goes to the days
    length += (months - whole) * _MONTH_DAYS * 86400
    if whole / 12 + length / (365 * 86400) > _MOST_YEARS:
        return None
    pub = ctx.published
    index = pub.year * 12 + pub.month - 1 + sign * whole
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    day = min(pub.day, calendar.monthrange(year, month + 1)[1])
    try:
        when = datetime(year, month + 1, day, pub.hour, pub.minute)
        when += sign * timedelta(seconds=float(length))
    except OverflowError:
        return None
    grain = max((p.grain for p in parts), key=_GRAINS.index)
    return _at_grain(start, end, pub, when, grain, label)


def _at_grain(
    start: int, end: int, pub: datetime, when: datetime, grain: str, label: str
) -> Atom:
    if grain == "minute":
        note = f"{label} → counted from published {pub:%Y-%m-%d %H:%M}"
        return Atom(start, end, value=when.strftime("%Y-%m-%dT%H:%M"), note=note)
    note = f"{label} → counted from published {pub.date().isoformat()}"
    if grain == "day":
        d = when.date()
        return Atom(start, end, value=d.isoformat(), day=d, note=note)
    if grain == "month":
        value = edtf.month_value(when.year, when.month)
        return Atom(start, end, value=value, note=note)
    return Atom(start, end, value=f"{when.year:04d}", note=note)
