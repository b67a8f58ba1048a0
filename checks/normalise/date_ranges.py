"""Ranges written as two dates: 1月2日～5日, 3月1日から5日まで, March 3 to March 5."""

from __future__ import annotations

import re
from datetime import date

from checks.normalise.date_atoms import Atom, parse_when
from checks.normalise.edtf import DateValueError, month_value

#: the most characters between the two ends of a range (``から`` and spaces)
_MAX_GAP = 6
_GAP = re.compile(
    r"\s*(?:〜|～|~|–|—|-|から|より|以降|以後|to|through|thru|until|till|and)\s*",
    re.IGNORECASE,
)


#: a bare number and a wave dash before a date that names the unit for both
#: (3～5月, 5～7日, 2020～2021年)
#: an end that states its year (2017年2月, 来年の5月, May 2019, next year)
_STATES_YEAR = re.compile(r"\d{4}|年|year", re.IGNORECASE)
_SHARED_HEAD = re.compile(r"(?<![\d.,\-A-Za-z])(?P<n>\d{1,4})\s*[〜～~]\s*$")
_SHARED_UNIT = re.compile(r"\d{1,4}(?P<u>[年月日])")


def join_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (in text order) with each ``A <to> B`` pair made one range."""
    if "～" in text or "〜" in text or "~" in text:
        atoms = _shared_units(text, atoms)
    out: list[Atom] = []
    i = 0
    last = len(atoms) - 1
    while i < last:
        a, b = atoms[i], atoms[i + 1]
        if b.start - a.end <= _MAX_GAP:  # (else no range: tested here, it is quick)
            if "ago" in b.tags and text.find("から", a.end, b.start) >= 0:
                out.append(b)  # 今日から2日後: counted from today, not a range
                i += 2
                continue
            joined = _join(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    out.extend(atoms[i:])
    return out


def _join(text: str, a: Atom, b: Atom) -> Atom | None:
    if a.value is None or not _GAP.fullmatch(text, a.end, b.start):
        return None
    right = b.value
    note = b.note
    left: str | None = a.value
    left_note = a.note
    if (
        "yearless" in a.tags
        and a.month is not None
        and right is not None
        and right[:4].isdigit()
        and _STATES_YEAR.search(text, b.start, b.end) is not None
    ):  # 10月から来年の5月まで: October of the year before that May, not by tense
        left = _in_year_before(right, a)
        left_note = f"{text[a.start : a.end]} in the year of {right} or the one before"
    if left is None:
        return None
    if "dayonly" in b.tags and a.day is not None and b.number is not None:
        right_day = _day_after(a.day, b.number)
        if right_day is None:
            return None
        right, note = right_day.isoformat(), f"{b.number}日 in the month of {a.value}"
    elif "yearless" in b.tags and b.month is not None and a.value[:4].isdigit():
        right = _in_year_of(a.value, b)
        note = f"{text[b.start : b.end]} in the year of {a.value}"
    if right is None or "/" in left or "/" in right:
        return None
    value = f"{left}/{right}"
    try:
        parse_when(value)
    except DateValueError:
        return None
    notes = "; ".join(x for x in ("range", left_note, note) if x)
    joined = Atom(a.start, b.end, value=value, note=notes)
    joined.tags.append("range")
    return joined


def _in_year_of(first: str, b: Atom) -> str | None:
    """``b``'s month (and day or part) in ``first``'s year, or the next year."""
    year = int(first[:4])
    start = parse_when(first).start
    for value in _in_years(b, (year, year + 1)):
        if start is not None and (parse_when(value).start or start) >= start:
            return value
    return None


def _in_year_before(last: str, a: Atom) -> str | None:
    """``a``'s month (and day or part) in ``last``'s year, or the year before:
    the latest that does not start after ``last`` does."""
    year = int(last[:4])
    end = parse_when(last).start
    for value in _in_years(a, (year, year - 1)):
        if end is None or (parse_when(value).start or end) <= end:
            return value
    return None


def _in_years(atom: Atom, years: tuple[int, int]) -> list[str]:
    """The values of a year-less atom's month (and day or part) in ``years``,
    in that order, leaving out a year with no such day (2月29日)."""
    assert atom.month is not None
    values = []
    for year in years:
        if atom.number is None:
            values.append(month_value(year, atom.month, atom.part))
            continue
        try:
            values.append(date(year, atom.month, atom.number).isoformat())
        except ValueError:
            continue
    return values


def _day_after(first: date, number: int) -> date | None:
    """Day ``number`` of ``first``'s month, or of the next month when earlier."""
    year, month = first.year, first.month
    if number <= first.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return date(year, month, number)
    except ValueError:
        return None


def _shared_units(text: str, atoms: list[Atom]) -> list[Atom]:
    """Ranges whose first end is a bare number sharing the second's unit:
    3～5月 (March to May), 3月5～7日, 2021年3～5月, 2020～2021年."""
    out: list[Atom] = []
    for b in atoms:
        head = unit = None
        if b.value is not None and b.start and text[b.start - 1] in "〜～~ ":
            unit = _SHARED_UNIT.match(text, b.start)
            head = _SHARED_HEAD.search(text, max(0, b.start - 8), b.start)
        at = head.start() if head is not None else -1
        prev = out[-1] if out and out[-1].end > at - 1 else None
        if head is None or unit is None or (prev is not None and prev.end != at):
            out.append(b)
            continue
        value = _first_end(int(head["n"]), unit["u"], prev, b)
        if value is None:
            out.append(b)
            continue
        if prev is not None:
            at = out.pop().start  # 2021年 / 3月: the range's year or month
        joined = Atom(at, b.end, value=value, note="range sharing its unit")
        joined.tags.append("range")
        out.append(joined)
    return out


def _first_end(n: int, unit: str, prev: Atom | None, b: Atom) -> str | None:
    """``first/second`` for a shared-unit range, or None when it does not fit.

    ``prev``: the date written right before the number (2021年3～5月: 2021年),
    which gives the pair its year (and month).
    """
    assert b.value is not None
    given = prev.value if prev is not None else None
    if unit == "年" and prev is None and n >= 1000 and b.value.isdigit():
        value = f"{n:04d}/{b.value}"
    elif unit == "月" and "yearless" in b.tags and b.month and len(b.value) == 7:
        if given is not None and not (len(given) == 4 and given.isdigit()):
            return None
        year = int(given) if given is not None else int(b.value[:4])
        first = month_value(year - (given is None and n > b.month), n)
        value = f"{first}/{month_value(year, b.month)}"
    elif unit == "日" and "dayonly" in b.tags and b.day is not None:
        if given is not None and (len(given) != 7 or given[4] != "-"):
            return None
        year, month = (
            (int(given[:4]), int(given[5:7]))
            if given is not None
            else (b.day.year, b.day.month)
        )
        try:
            value = f"{date(year, month, n)}/{date(year, month, b.day.day)}"
        except ValueError:
            return None
    else:
        return None
    try:
        iv = parse_when(value)
    except DateValueError:
        return None
    return value if iv.start is not None and iv.end is not None else None
