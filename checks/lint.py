"""Calendar lint: what a text gets wrong about the calendar, with no claim needed.

* a weekday beside a date that falls on another day (2026年1月2日（木）)
* a day that does not exist (2月30日, April 31)
* an era year that disagrees with the Gregorian year beside it (2026年（令和7年）),
  or an era year past the era's end (平成33年)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from checks.model import WEEKDAYS
from checks.normalise.context import Context
from checks.normalise.date_words import MONTHS_EN
from checks.normalise.dates import Days, scan
from checks.normalise.eras import (
    ERA_PATTERN,
    era_name,
    era_number,
    later_era_label,
    overflow,
    to_gregorian,
)

_MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
_DAY_JA = re.compile(
    rf"(?:(?<!\d)(?P<y>\d{{4}})年|(?P<e>{ERA_PATTERN})(?P<en>元|\d{{1,2}})年|(?<![\d年]))"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"|(?<![\d/])(?P<sy>\d{4})/(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?![\d/])"
)
_DAY_EN = re.compile(
    r"(?<![A-Za-z])(?P<mon>january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![A-Za-z])\.?\s*"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![0-9:])(?:,?\s+(?P<y>\d{4})(?![0-9]))?"
    r"|(?<![0-9])(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>january|february|march"
    r"|april|may|june|july|august|september|october|november|december)(?![A-Za-z])"
    r"(?:,?\s+(?P<y2>\d{4})(?![0-9]))?",
    re.IGNORECASE,
)
_TWIN = re.compile(
    rf"(?<!\d)(?P<y>\d{{4}})年?[（(](?P<e>{ERA_PATTERN})(?P<en>元|\d{{1,2}})年?[)）]"
    rf"|(?P<e2>{ERA_PATTERN})(?P<en2>元|\d{{1,2}})年?[（(](?:西暦)?(?P<y2>\d{{4}})年?[)）]"
)
_ERA_YEAR = re.compile(rf"(?P<e>{ERA_PATTERN})(?P<en>元|\d{{1,2}})年")


@dataclass(frozen=True)
class LintFinding:
    """One calendar problem: a code, the span, its text and what to do."""

    code: str
    start: int
    end: int
    text: str
    message: str


def lint_text(text: str, ctx: Context) -> list[LintFinding]:
    """Every calendar problem of ``text``, in text order."""
    found = _weekdays(text, ctx) + _impossible(text) + _eras(text)
    found.sort(key=lambda f: (f.start, f.code))
    return found


def _finding(code: str, text: str, start: int, end: int, message: str) -> LintFinding:
    return LintFinding(code, start, end, text[start:end], message)


def _weekdays(text: str, ctx: Context) -> list[LintFinding]:
    whens, others = scan(text, ctx)
    days = Days(whens, ordered=True)
    out = []
    for atom in others:
        if atom.kind != "weekday" or atom.weekday is None or atom.day is not None:
            continue
        anchor = days.near(text, atom.start, atom.end)
        if anchor is None or anchor.day is None:
            continue
        actual = anchor.day.weekday()
        if actual == atom.weekday:
            continue
        start, end = min(anchor.start, atom.start), max(anchor.end, atom.end)
        said = text[atom.start : atom.end]
        message = (
            f"{anchor.day.isoformat()} is a {WEEKDAYS[actual].title()}, "
            f"not a {WEEKDAYS[atom.weekday].title()} ({said}); "
            f"fix the weekday or the date"
        )
        out.append(_finding("weekday-mismatch", text, start, end, message))
    return out


def _impossible(text: str) -> list[LintFinding]:
    out = []
    for m in _DAY_JA.finditer(text):
        if m["sy"]:
            year: int | None = int(m["sy"])
            month, day = int(m["sm"]), int(m["sd"])
        else:
            year = (
                int(m["y"])
                if m["y"]
                else (to_gregorian(m["e"], era_number(m["en"])) if m["e"] else None)
            )
            month, day = int(m["m"]), int(m["d"])
        problem = _day_problem(year, month, day)
        if problem:
            out.append(_finding("impossible-date", text, m.start(), m.end(), problem))
    for m in _DAY_EN.finditer(text):
        name = (m["mon"] or m["mon2"]).lower()
        month = MONTHS_EN[name]
        day = int(m["d"] or m["d2"])
        raw_year = m["y"] or m["y2"]
        problem = _day_problem(int(raw_year) if raw_year else None, month, day)
        if problem:
            out.append(_finding("impossible-date", text, m.start(), m.end(), problem))
    return out


def _day_problem(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return f"month {month} does not exist: months run from 1 to 12"
    last = calendar.monthrange(year if year is not None else 2024, month)[1]
    if 1 <= day <= last:
        return None
    name = _MONTH_NAMES[month]
    if day < 1:
        return f"day {day} does not exist: days start at 1"
    if month == 2 and year is not None and day == 29:
        return f"February {year} has 28 days ({year} is not a leap year)"
    if month == 2:
        return f"{name} has at most 29 days, not {day}"
    return f"{name} has {last} days, not {day}"


def _eras(text: str) -> list[LintFinding]:
    out = []
    for m in _TWIN.finditer(text):
        year = int(m["y"] or m["y2"])
        era, raw = (m["e"], m["en"]) if m["e"] else (m["e2"], m["en2"])
        implied = to_gregorian(era, era_number(raw))
        if implied is None or implied == year:
            continue
        said = f"{era_name(era)}{raw}年"
        message = (
            f"{year}年 is {later_era_label(year)}, not {said} "
            f"({said} is {implied}); fix the year or the era year"
        )
        out.append(_finding("era-mismatch", text, m.start(), m.end(), message))
    for m in _ERA_YEAR.finditer(text):
        why = overflow(m["e"], era_number(m["en"]))
        if why:
            message = f"{m.group()} does not exist: {why}"
            out.append(_finding("era-overflow", text, m.start(), m.end(), message))
    return out
