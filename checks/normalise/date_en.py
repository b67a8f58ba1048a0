"""English date expressions: one handler per alternative of ``EN``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from fractions import Fraction

from checks.normalise import date_anaphora, edtf, offsets, relative
from checks.normalise.context import Context
from checks.normalise.date_atoms import (
    Atom,
    dated,
    day_ok,
    monthless,
    parse_when,
    seasonal,
    shifted,
    year_part,
    yearless,
)
from checks.normalise.date_patterns import OFFSET_UNITS
from checks.normalise.date_words import MONTHS_EN, SEASONS_EN, WEEKDAYS_EN
from checks.normalise.times import clock

Handler = Callable[[re.Match[str], str, Context], list[Atom]]

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_SHIFT = {"this": 0, "last": -1, "next": 1}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_MONTH_PREP = re.compile(
    r"\b(?:in|of|since|until|till|by|from|during|through|between|and|to|before|after"
    r"|early|mid|late|last|next|this"
    r"|(?:planned|scheduled|set|slated|due|postponed|delayed)\s+for)[\s-]+$",
    re.IGNORECASE,
)
_SEASON_PREP = re.compile(
    r"\b(?:in|during|this|by|until|from|since|early|late|over|through)(?:\s+the)?\s+$",
    re.IGNORECASE,
)
_NOT_YEAR = re.compile(
    r"(?:page|pp?\.|no\.|number|#|room|flight|route|model|version|v\.|iphone|article"
    r"|section|chapter|vol\.|issue|tel\.?|phone|code|rule|resolution|bill|act)\s*$",
    re.IGNORECASE,
)
#: what the character before a ``_NOT_YEAR`` match's end can be
_NOT_YEAR_END = re.compile(r"[\s.#a-z]", re.IGNORECASE)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|km|miles|yen|dollars|won|euros|tons|units"
    r"|cases|deaths|votes|times|members|workers|years|metres|meters|feet)\b",
    re.IGNORECASE,
)
#: a clock right before a year (the ctime form: Aug 05 12:00:00 2015)
_AFTER_CLOCK = re.compile(r"\d:\d\d(?::\d\d)?\s+$")
_SPAN_BEFORE = re.compile(
    r"(?:time|times|first|highest|lowest|longest|largest|biggest|best|worst|most"
    r"|least|fastest|slowest|strongest|weakest|once|twice|first|record)"
    r"(?:\s+[A-Za-z]+){0,2}\s+$",
    re.IGNORECASE,
)
#: a past verb and its object right before ``in`` + a length: the time something
#: took (ran the mile in 4 minutes, finished in 2.5 hours), not a date ahead
_DONE_IN = re.compile(
    r"(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bbeen\s)"
    r"\b(?!(?:expected|scheduled|planned|slated|forecast|predicted|projected"
    r"|estimated|needed|required)\b)"
    r"(?:[a-z]+ed|ran|swam|rode|drove|flew|won|beat|broke|sold|grew|rose|fell)"
    r"(?:\s+(?!to\b|will\b|would\b)[a-z0-9-]+){0,3}\s+$",
    re.IGNORECASE,
)
_THE_DAY_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:of\s+this\s+month|at|in|when|and|to|until|through))",
)


def _said(m: re.Match[str], text: str, group: int | str = 0) -> str:
    """A group as the text writes it: ``EN`` is matched on the lower-cased text
    (IGNORECASE is several times slower), so case is read here."""
    return text[m.start(group) : m.end(group)]


def _one(atom: Atom | None) -> list[Atom]:
    return [atom] if atom is not None else []


def _month(token: str) -> int:
    return MONTHS_EN[token.rstrip(".").lower()]


def _part(token: str | None) -> str | None:
    if not token:
        return None
    low = token.lower()
    for word, part in (
        ("early", "early"),
        ("beginning", "early"),
        ("start", "early"),
        ("first half", "early"),
        ("mid", "mid"),
        ("late", "late"),
        ("end", "late"),
        ("second half", "late"),
        ("last half", "late"),
    ):
        if word in low:
            return part
    return None


_YEAR_PARTS = (
    "first half",
    "second half",
    "last half",
    "beginning",
    "start",
    "end",
    "early",
    "late",
)


def _year_part(words: str) -> str:
    """The part of a year a phrase names: ``the end of`` → ``end``, ``mid`` …"""
    low = " ".join(words.lower().split()).removeprefix("the ")
    return next((w for w in _YEAR_PARTS if low.startswith(w)), "mid")


def _weekday_atom(m: re.Match[str], group: str) -> list[Atom]:
    token = m[group]
    if not token:
        return []
    return [
        Atom(
            m.start(group),
            m.end(group),
            "weekday",
            weekday=WEEKDAYS_EN[token.rstrip(".").lower()],
        )
    ]


def _day_date(
    m: re.Match[str],
    text: str,
    ctx: Context,
    mon: str,
    day: str,
    year: str,
    last: str | None = None,
) -> list[Atom]:
    """The day (or, with ``last``, the days of one month: March 3-5)."""
    month, number = _month(m[mon]), int(m[day])
    if m[year]:
        atom = dated(m.start(), m.end(), int(m[year]), month, number, None)
    else:
        atom = yearless(
            text, m.start(), m.end(), ctx, month, number, None, _said(m, text)
        )
    to = int(m[last]) if last and m[last] else None
    if atom is not None and to is not None and to <= number and not m[year]:
        atom.end = m.end(day)  # March 5-3: no range, the day alone
    if atom is None or atom.day is None or to is None or to <= number:
        return _one(atom)
    if not day_ok(atom.day.year, month, to):
        return []
    value = f"{atom.value}/{atom.day.replace(day=to).isoformat()}"
    joined = Atom(atom.start, atom.end, value=value, note=atom.note)
    joined.tags.append("range")
    return [joined]


def e_mdy(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    year = "e1_cy" if m["e1_cy"] else "e1_y"
    found = _day_date(m, text, ctx, "e1_mon", "e1_d", year, "e1_d2")
    return found + _weekday_atom(m, "e1_wd") if found else []


def e_dmy(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    found = _day_date(m, text, ctx, "e2_mon", "e2_d", "e2_y", "e2_d2")
    return found + _weekday_atom(m, "e2_wd") if found else []


def e_my(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    token = _said(m, text, "e3_mon").rstrip(".")
    month, part = _month(token), _part(m["e3_p"])
    if m["e3_y"]:
        return _one(dated(m.start(), m.end(), int(m["e3_y"]), month, None, part))
    if not token[0].isupper() or (len(token) <= 3 and token.lower() not in ("may",)):
        return []
    if (
        token.lower() == "may"
        and not part
        and not _MONTH_PREP.search(text, max(0, m.start() - 20), m.start())
    ):
        return []
    return _one(
        yearless(text, m.start(), m.end(), ctx, month, None, part, _said(m, text))
    )


def e_num(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if m["e5_dy"]:
        if _NOT_YEAR.search(text, max(0, m.start() - 12), m.start()):
            return []  # version 1.2.2020
        year, month, day = int(m["e5_dy"]), int(m["e5_dm"]), int(m["e5_dd"])
        return _one(dated(m.start(), m.end(), year, month, day, None))
    year = int(m["e5_y"])
    year += 2000 if year < 100 else 0
    return _one(dated(m.start(), m.end(), year, int(m["e5_m"]), int(m["e5_d"]), None))


def e_quarter(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    q = _ORDINALS[m["e7_ord"].lower()] if m["e7_ord"] else int(m["e7_q"])
    if m["e7_y"]:
        return [Atom(m.start(), m.end(), value=f"{m['e7_y']}-Q{q}")]
    if ctx.published is None:
        return []
    way, why = relative.direction(text, m.start(), m.end(), ctx.lang)
    year = relative.pick_year(lambda y: parse_when(f"{y:04d}-Q{q}"), ctx.published, way)
    note = f"year-less quarter; {why or 'nearest to published'} → {year}"
    return [Atom(m.start(), m.end(), value=f"{year:04d}-Q{q}", note=note)]


def e_rday(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    word = " ".join(m["e9"].lower().split()).removeprefix("the ")
    shift = {
        "day before yesterday": -2,
        "day after tomorrow": 2,
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
    }.get(word, 0)
    d = ctx.published.date() + timedelta(days=shift)
    note = f"{word} → published {ctx.published.date().isoformat()}"
    note += f" {shift:+d} day" if shift else ""
    if word in ("tonight", "last night"):
        note += "; evening"
    if m["e9_p"]:
        note += f"; {m['e9_p'].lower()}"
    return [Atom(m.start(), m.end(), value=d.isoformat(), day=d, note=note)]


def e_this(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    note = f"{_said(m, text)} → published {pub.isoformat()}"
    s, e = m.start(), m.end()
    if m["e10_p"]:  # early next year, the end of this month, the end of the year
        shift = _SHIFT[(m["e10_w2"] or "this").lower()]
        if m["e10_u2"].lower() == "year":
            return [
                Atom(
                    s,
                    e,
                    value=year_part(pub.year + shift, _year_part(m["e10_p"])),
                    note=note,
                )
            ]
        year, month = relative.shift_months(pub, shift)
        value = edtf.month_value(year, month, _part(m["e10_p"]))
        return [Atom(s, e, value=value, note=note)]
    shift, unit = _SHIFT[m["e10_w"].lower()], m["e10_u"].lower()
    monday = pub - timedelta(days=pub.weekday())
    if unit in WEEKDAYS_EN:
        wd = WEEKDAYS_EN[unit]
        d = monday + timedelta(days=wd)
        if shift == -1:
            d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        elif shift == 1:
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return [
            Atom(s, e, value=d.isoformat(), day=d, note=note),
            Atom(m.start("e10_u"), e, "weekday", weekday=wd, day=d),
        ]
    if unit == "week":
        return [
            Atom(
                s,
                e,
                value=relative.iso_week(monday + timedelta(weeks=shift)),
                note=note,
            )
        ]
    if unit == "weekend":
        sat = monday + timedelta(weeks=shift, days=5)
        value = f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}"
        return [Atom(s, e, value=value, note=note)]
    if unit == "quarter":
        if text[max(0, s - 4) : s].lower() == "the ":
            return []  # the last quarter: the final one of a period told
        year, quarter = divmod(pub.year * 4 + (pub.month - 1) // 3 + shift, 4)
        return [Atom(s, e, value=f"{year:04d}-Q{quarter + 1}", note=note)]
    if unit == "month":
        year, month = relative.shift_months(pub, shift)
        return [Atom(s, e, value=edtf.month_value(year, month), note=note)]
    if unit == "year":
        return [Atom(s, e, value=f"{pub.year + shift:04d}", note=note)]
    if unit in SEASONS_EN:
        season = SEASONS_EN[unit]
        base = relative.winter_year(pub) if season == "winter" else pub.year
        return [Atom(s, e, value=edtf.season_value(base + shift, season), note=note)]
    if shift == 0:  # this morning / afternoon / evening
        return [Atom(s, e, value=pub.isoformat(), day=pub, note=f"{note}; {unit}")]
    return []


#: one link of an ``e11_c`` chain (``OFFSET_EN``): its number, unit and half
_LINK = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)(?P<hb>\s+and\s+a\s+half)?\s+"
    rf"(?P<u>{OFFSET_UNITS})(?P<ha>\s+and\s+a\s+half)?",
    re.IGNORECASE,
)


def _amount(raw: str) -> Fraction:
    """2, 1.5, a, two: a link's number."""
    low = raw.lower()
    return Fraction(low) if low[0].isdigit() else Fraction(_NUMBERS[low])


#: a unit as ``offsets`` names it: hrs → hour, mins → minute, years → year
_SHORT_UNITS = {"min": "minute", "hr": "hour", "wk": "week", "yr": "year"}


def _unit(raw: str) -> str:
    low = raw.lower().removesuffix("s")
    return _SHORT_UNITS.get(low, low)


def _in_is_ahead(m: re.Match[str], text: str, ctx: Context) -> bool:
    """ "resume in two weeks" is a date; "the first time in 15 years" is not."""
    if _SPAN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    if _DONE_IN.search(text, max(0, m.start() - 40), m.start()):
        return False  # finished the race in 4 minutes: how long it took
    if text.startswith(("'s time", "' time", " time"), m.end()):
        return True
    return relative.direction(text, m.start(), m.end(), "en")[0] != relative.PAST


def e_ago(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    way = (m["e11_w"] or "").lower()
    if way in ("later", "earlier"):
        return _counted_from_before(m, way)
    if ctx.published is None:
        return []
    if way == "ago":
        sign = -1
    elif way.startswith("from") or (m["e11_in"] and _in_is_ahead(m, text, ctx)):
        sign = 1
    else:
        return []
    parts = [
        offsets.part(
            _amount(link["n"]), _unit(link["u"]), bool(link["hb"] or link["ha"])
        )
        for link in _LINK.finditer(m["e11_c"])
    ]
    label = _said(m, text)
    if len(parts) == 1 and parts[0].amount.denominator == 1:  # one whole unit
        n = sign * int(parts[0].amount)
        atom = shifted(m.start(), m.end(), ctx, n, parts[0].unit, label)
    else:
        atom = offsets.resolve(m.start(), m.end(), ctx, parts, sign, label)
    if atom is not None and m["e11_about"]:
        atom.tags.append("approx")  # in about an hour: the hedge sits inside
    return _one(atom)


def _counted_from_before(m: re.Match[str], way: str) -> list[Atom]:
    """Two days later, a year earlier: counted from the date told before it
    (resolved with the anaphors: 同日, the next day), one whole unit only."""
    links = list(_LINK.finditer(m["e11_c"]))
    if len(links) != 1 or links[0]["hb"] or links[0]["ha"] or m["e11_in"]:
        return []
    amount = _amount(links[0]["n"])
    unit = _unit(links[0]["u"])
    if amount.denominator != 1 or unit not in ("day", "week", "month", "year"):
        return []
    shift = int(amount) * (1 if way == "later" else -1)
    return [Atom(m.start(), m.end(), part=f"{unit}:{shift}:", tags=["anaphor"])]


def e_season(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    season = SEASONS_EN[m["e8_s"].lower()]
    if m["e8_y"]:
        return [
            Atom(m.start(), m.end(), value=edtf.season_value(int(m["e8_y"]), season))
        ]
    if not _SEASON_PREP.search(text, max(0, m.start() - 16), m.start()):
        return []
    return _one(seasonal(text, m.start(), m.end(), ctx, season, _said(m, text)))


def e_time(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if m["e13_nm"]:
        hour = 12 if m["e13_nm"].lower() == "noon" else 0
        return _one(clock(m.start(), m.end(), hour, 0, None, False))
    if m["e13_h"]:
        hour, minute, ap = int(m["e13_h"]), int(m["e13_m"] or 0), m["e13_ap"]
        return _one(clock(m.start(), m.end(), hour, minute, ap, m["e13_m"] is None))
    return _one(
        clock(m.start(), m.end(), int(m["e13_h2"]), int(m["e13_m2"]), None, False)
    )


def e_year(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    at = m.start("e6_y")
    if _NOT_YEAR_END.match(text, at - 1) and _NOT_YEAR.search(
        text, max(0, m.start() - 12), at
    ):
        return []
    if not m["e6_p"] and _NOT_YEAR_AFTER.match(text, m.end()):
        return []
    if _AFTER_CLOCK.search(text, max(0, at - 10), at):
        return []  # Wed Aug 05 12:00:00 2015: the date before read it
    year = int(m["e6_y"])
    if m["e6_p"]:
        return [Atom(m.start(), m.end(), value=year_part(year, _year_part(m["e6_p"])))]
    return [Atom(m.start(), m.end(), value=f"{year:04d}")]


def e_the(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if not _THE_DAY_AFTER.match(text, m.end()):
        return []
    return _one(
        monthless(text, m.start(), m.end(), ctx, int(m["e14_d"]), _said(m, text))
    )


def e_weekday(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    token = _said(m, text, "e12_d")
    bare = token.rstrip(".").lower()
    if not token[0].isupper():
        return []
    if bare not in WEEKDAYS_EN:
        return []
    if not bare.endswith("day") and not (
        token.endswith(".") or text.startswith(",", m.end())
    ):
        return []
    return [Atom(m.start(), m.end(), "weekday", weekday=WEEKDAYS_EN[bare])]


HANDLERS: dict[str, Handler] = {
    "e_mdy": e_mdy,
    "e_dmy": e_dmy,
    "e_my": e_my,
    "e_num": e_num,
    "e_quarter": e_quarter,
    "e_rday": e_rday,
    "e_this": e_this,
    "e_ago": e_ago,
    "e_season": e_season,
    "e_time": e_time,
    "e_year": e_year,
    "e_the": e_the,
    "e_anaphor": date_anaphora.en_anaphor,
    "e_weekday": e_weekday,
}
