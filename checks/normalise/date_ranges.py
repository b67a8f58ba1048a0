"""Ranges written as two dates: 1月2日～5日, 3月1日から5日まで, March 3 to March 5."""

from __future__ import annotations

import re
from datetime import date

from checks.normalise.date_atoms import Atom, parse_when
from checks.normalise.edtf import DateValueError, month_value

_GAP = re.compile(
    r"\s*(?:〜|～|~|–|—|-|から|より|以降|以後|to|through|thru|until|till|and)\s*",
    re.IGNORECASE,
)


def join_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (in text order) with each ``A <to> B`` pair made one range."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = _join(text, a, b) if b is not None else None
        if b is not None and "ago" in b.tags and "から" in text[a.end : b.start]:
            out.append(b)  # 今日から2日後: counted from today, not a range
            i += 2
            continue
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: Atom, b: Atom) -> Atom | None:
    if (
        a.value is None
        or b.start - a.end > 6
        or not _GAP.fullmatch(text, a.end, b.start)
    ):
        return None
    right = b.value
    note = b.note
    if "dayonly" in b.tags and a.day is not None and b.number is not None:
        right_day = _day_after(a.day, b.number)
        if right_day is None:
            return None
        right, note = right_day.isoformat(), f"{b.number}日 in the month of {a.value}"
    elif "yearless" in b.tags and b.month is not None and a.value[:4].isdigit():
        right = _in_year_of(a.value, b)
        note = f"{text[b.start : b.end]} in the year of {a.value}"
    if right is None or "/" in a.value or "/" in right:
        return None
    value = f"{a.value}/{right}"
    try:
        parse_when(value)
    except DateValueError:
        return None
    notes = "; ".join(x for x in ("range", a.note, note) if x)
    joined = Atom(a.start, b.end, value=value, note=notes)
    joined.tags.append("range")
    return joined


def _in_year_of(first: str, b: Atom) -> str | None:
    """``b``'s month (and day or part) in ``first``'s year, or the next year."""
    assert b.month is not None
    year = int(first[:4])
    start = parse_when(first).start
    for candidate in (year, year + 1):
        if b.number is not None:
            try:
                value = date(candidate, b.month, b.number).isoformat()
            except ValueError:
                continue
        else:
            value = month_value(candidate, b.month, b.part)
        if start is not None and (parse_when(value).start or start) >= start:
            return value
    return None


def _day_after(first: date, number: int) -> date | None:
    """Day ``number`` of ``first``'s month, or of the next month when earlier."""
    year, month = first.year, first.month
    if number <= first.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return date(year, month, number)
    except ValueError:
        return None
