"""What the scanners find before combination: dates, weekdays and times."""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from checks.model import Interval
from checks.normalise import edtf, relative
from checks.normalise.context import Context

#: ``edtf.parse_when`` remembered: a text repeats few values many times
parse_when = functools.lru_cache(maxsize=4096)(edtf.parse_when)


@dataclass(slots=True)
class Atom:
    """One piece of a temporal expression, with its span in the scanned text.

    ``kind`` is ``when``, ``weekday`` or ``time``.  A ``when`` atom has a value
    in the spec notation (None when it cannot be resolved); ``day`` is set
    when that value is a single day, so a weekday or a time can join it.
    """

    start: int
    end: int
    kind: str = "when"
    value: str | None = None
    note: str = ""
    weekday: int | None = None
    day: date | None = None
    hour: int | None = None
    minute: int | None = None
    number: int | None = None  # the day of a month-less day (25日, the 2nd)
    month: int | None = None  # the month of a year-less date (11月25日)
    part: str | None = None  # its month part (下旬 → late)
    tags: list[str] = field(default_factory=list)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_ok(month: int) -> bool:
    return 1 <= month <= 12


def day_ok(year: int | None, month: int, day: int) -> bool:
    """True when the day exists (a year-less 2月29日 is allowed)."""
    if not month_ok(month) or day < 1:
        return False
    if month == 2:
        return day <= (29 if year is None or calendar.isleap(year) else 28)
    return day <= _MONTH_DAYS[month]


def dated(
    start: int,
    end: int,
    year: int,
    month: int | None,
    day: int | None,
    part: str | None,
    note: str = "",
) -> Atom | None:
    """An atom for a year with an optional month and day (or month part)."""
    if month is None:
        return Atom(start, end, value=f"{year:04d}", note=note)
    found = _date_value(year, month, day, part)
    if found is None:
        return None
    return Atom(start, end, value=found[0], note=note, day=found[1])


@functools.lru_cache(maxsize=4096)
def _date_value(
    year: int, month: int, day: int | None, part: str | None
) -> tuple[str, date | None] | None:
    """The value (and the day, if one) of a year, month and day or month part,
    None when there is no such day; remembered, as texts repeat their dates."""
    if not month_ok(month):
        return None
    if day is not None:
        if not day_ok(year, month, day):
            return None
        d = date(year, month, day)
        return d.isoformat(), d
    return edtf.month_value(year, month, part), None


def yearless(
    text: str,
    start: int,
    end: int,
    ctx: Context,
    month: int,
    day: int | None,
    part: str | None,
    label: str,
) -> Atom | None:
    """A month (and day or part) without a year: the tense picks the year."""
    if not month_ok(month) or (day is not None and not day_ok(None, month, day)):
        return None
    if ctx.published is None:
        return Atom(start, end, number=day, month=month, part=part, tags=["yearless"])

    way, why = relative.direction(text, start, end, ctx.lang)
    year = _yearless_year(month, day, part, ctx.published, way)
    if year is None:
        return None
    reason = why or "nearest to published"
    note = f"year-less {label}; {reason} → {year}"
    atom = dated(start, end, year, month, day, part, note)
    if atom is not None:
        atom.number, atom.month, atom.part = day, month, part
        atom.tags.append("yearless")
    return atom


@functools.lru_cache(maxsize=4096)
def _yearless_year(
    month: int, day: int | None, part: str | None, published: datetime, way: str | None
) -> int | None:
    """The year the tense gives a year-less month (and day or part); remembered."""
    year = published.year
    options = [(y, _in_year(y, month, day, part)) for y in (year - 1, year, year + 1)]
    return relative.pick(options, published, way)


@functools.lru_cache(maxsize=4096)
def _in_year(
    year: int, month: int, day: int | None, part: str | None
) -> Interval | None:
    """The interval of a month (and day or part) in ``year``, None when there is
    no such day; remembered (every text's year-less dates ask for the years
    around its own)."""
    if day is not None and not day_ok(year, month, day):
        return None
    value = (
        f"{year:04d}-{month:02d}-{day:02d}"
        if day is not None
        else edtf.month_value(year, month, part)
    )
    return parse_when(value)


@functools.lru_cache(maxsize=1024)
def _season_year(season: str, published: datetime, way: str | None) -> int | None:
    """The year the tense gives a year-less season; remembered."""

    def interval_of(year: int) -> Interval:
        return parse_when(edtf.season_value(year, season))

    return relative.pick_year(interval_of, published, way)


def seasonal(
    text: str, start: int, end: int, ctx: Context, season: str, label: str
) -> Atom | None:
    """A season without a year (春の訪米, in the spring)."""
    if ctx.published is None:
        return None

    way, why = relative.direction(text, start, end, ctx.lang)
    year = _season_year(season, ctx.published, way)
    if year is None:
        return None
    note = f"year-less {label}; {why or 'nearest to published'} → {year}"
    return Atom(start, end, value=edtf.season_value(year, season), note=note)


def year_part(year: int, part: str) -> str:
    """A value for a part of a year (年末 → December, early 2026 → first half)."""
    y = f"{year:04d}"
    if part in ("年初", "年始", "年明け"):
        return f"{y}-01"
    if part in ("初め", "はじめ", "始め", "初頭", "beginning", "start"):
        return f"{y}-Q1"
    if part in ("末", "年末", "end"):
        return f"{y}-12"
    if part in ("前半", "上半期", "上期", "first half", "early"):
        return f"{y}-H1"
    if part in ("後半", "下半期", "下期", "second half", "last half", "late"):
        return f"{y}-H2"
    return f"{y}-04/{y}-09"


def monthless(
    text: str, start: int, end: int, ctx: Context, number: int, label: str
) -> Atom | None:
    """A day of the month alone (25日, the 2nd): the month the tense points to.

    Without ``published`` the atom has no value; a range (1月2日～5日) may
    still give it the month of the day before it.
    """
    if not 1 <= number <= 31:
        return None
    if ctx.published is None:
        return Atom(start, end, number=number, tags=["dayonly"])
    way, why = relative.direction(text, start, end, ctx.lang)
    chosen = _monthless_month(number, ctx.published, way)
    if chosen is None:
        return None
    d = date(chosen[0], chosen[1], number)
    note = f"month-less {label}; {why or 'nearest to published'} → {d:%Y-%m}"
    atom = Atom(start, end, value=d.isoformat(), day=d, note=note, number=number)
    atom.tags.append("dayonly")
    return atom


@functools.lru_cache(maxsize=1024)
def _monthless_month(
    number: int, published: datetime, way: str | None
) -> tuple[int, int] | None:
    """The (year, month) the tense gives a month-less day; remembered."""
    pub = published.date()
    options: list[tuple[tuple[int, int], Interval | None]] = []
    for shift in (-1, 0, 1):
        year, month = relative.shift_months(pub, shift)
        ok = day_ok(year, month, number)
        iv = parse_when(f"{year:04d}-{month:02d}-{number:02d}") if ok else None
        options.append(((year, month), iv))
    return relative.pick(options, published, way)


def shifted(
    start: int, end: int, ctx: Context, n: int, unit: str, label: str
) -> Atom | None:
    """``n`` units from published (negative: before), at the unit's grain."""
    assert ctx.published is not None
    if abs(n) > 5000:
        return None
    if unit.startswith(("minute", "hour", "時間", "分")):
        hours = unit.startswith(("hour", "時間"))
        when = ctx.published + (timedelta(hours=n) if hours else timedelta(minutes=n))
        note = f"{label} → counted from published {ctx.published:%Y-%m-%d %H:%M}"
        return Atom(start, end, value=when.strftime("%Y-%m-%dT%H:%M"), note=note)
    today = ctx.published.date()
    note = f"{label} → counted from published {today.isoformat()}"
    if unit.startswith(("日", "day")):
        d = today + timedelta(days=n)
        return Atom(start, end, value=d.isoformat(), day=d, note=note)
    if unit.startswith(("週", "week")):
        d = today + timedelta(days=7 * n)
        return Atom(start, end, value=d.isoformat(), day=d, note=note)
    if unit.startswith(("年", "year")):
        return Atom(start, end, value=f"{today.year + n:04d}", note=note)
    if unit.startswith("decade"):
        return Atom(start, end, value=f"{today.year + 10 * n:04d}", note=note)
    year, month = relative.shift_months(today, n)
    return Atom(start, end, value=edtf.month_value(year, month), note=note)
