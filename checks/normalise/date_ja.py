"""Japanese date expressions: one handler per alternative of ``JA``."""

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
from checks.normalise.date_words import DAY_PARTS, PARTS_JA, SEASONS_JA, WEEKDAYS_JA
from checks.normalise.eras import era_number, to_gregorian
from checks.normalise.times import clock

Handler = Callable[[re.Match[str], str, Context], list[Atom]]

#: a hedge right before a counted offset (約3年前, およそ1年半前)
_ABOUT = re.compile(r"(?:約|およそ|おおよそ|ほぼ)$")
_COUNTED_FROM_ELSEWHERE = re.compile(r"(?:その|(?<![今日])から|の)\s*$")
_DAY_WORDS = {
    "一昨日": -2,
    "おととい": -2,
    "昨日": -1,
    "きのう": -1,
    "昨夜": -1,
    "昨晩": -1,
    "昨朝": -1,
    "今日": 0,
    "きょう": 0,
    "本日": 0,
    "今夜": 0,
    "今晩": 0,
    "今朝": 0,
    "明日": 1,
    "あした": 1,
    "あす": 1,
    "明朝": 1,
    "明晩": 1,
    "明後日": 2,
    "あさって": 2,
}
#: the part of the day a day word names by its last character (今夜 → evening)
_DAY_WORD_PARTS = {
    word: DAY_PARTS[word[-1]][0] for word in _DAY_WORDS if word[-1] in DAY_PARTS
}
_WEEK_WORDS = {"先々週": -2, "先週": -1, "今週": 0, "来週": 1, "再来週": 2}
_MONTH_WORDS = {"先々月": -2, "先月": -1, "今月": 0, "来月": 1, "再来月": 2}
_YEAR_WORDS = {
    "一昨年": -2,
    "昨年": -1,
    "去年": -1,
    "今年": 0,
    "本年": 0,
    "来年": 1,
    "再来年": 2,
}
#: a half (or quarter) unit as a whole number of smaller ones: 半年 → 6 months
_HALVES = {
    "半日": (12, "時間"),
    "半月": (15, "日"),
    "半年": (6, "か月"),
    "半世紀": (50, "年"),
    "四半世紀": (25, "年"),
}
#: one link of a chain (1年2か月前): its number and unit
_LINK = re.compile(r"([0-9.]+)(日|週間|週|か月|カ月|ヶ月|ケ月|ヵ月|箇月|年|時間|分)")
_OFFSET_UNITS = {
    "日": "day",
    "週間": "week",
    "週": "week",
    "年": "year",
    "時間": "hour",
    "分": "minute",
    **dict.fromkeys(("か月", "カ月", "ヶ月", "ケ月", "ヵ月", "箇月"), "month"),
}
_QUARTER_WORDS = {"今": 0, "本": 0, "現": 0, "先": -1, "来": 1}
_SEASON_SHIFT = {"今": 0, "この": 0, "来": 1, "昨": -1, "去": -1}


def _one(atom: Atom | None) -> list[Atom]:
    return [atom] if atom is not None else []


def _part(token: str | None) -> str | None:
    return PARTS_JA.get(token) if token else None


def _from_the_date_told(m: re.Match[str], start: int) -> list[Atom]:
    """その2日後, その1年前: counted from the date told before it (resolved
    with the anaphors 同日, 翌日), one whole day, week, month or year."""
    links = _LINK.findall(m["ag_c"] or "")
    if len(links) != 1 or m["ag_c"].endswith("半"):
        return []
    number, word = links[0]
    unit = _OFFSET_UNITS[word]
    if not number.isdigit() or unit not in ("day", "week", "month", "year"):
        return []
    shift = int(number) * (-1 if m["ag_w"] == "前" else 1)
    return [Atom(start, m.end(), part=f"{unit}:{shift}:", tags=["anaphor"])]


def ago(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    hedge = _ABOUT.search(text, max(0, m.start() - 4), m.start())
    lead = m.start() if hedge is None else hedge.start()
    elsewhere = _COUNTED_FROM_ELSEWHERE.search(text, max(0, lead - 6), lead)
    if elsewhere is not None:
        if elsewhere.group().rstrip() == "その" and hedge is None:
            return _from_the_date_told(m, elsewhere.start())
        return []  # 就任から約3年後: counted from an event with no date here
    if ctx.published is None:
        return []
    sign = -1 if m["ag_w"] == "前" else 1
    if m["ag_h"]:
        n, unit = _HALVES[m["ag_h"]]
        atom = shifted(m.start(), m.end(), ctx, sign * n, unit, m.group())
    else:
        chain = m["ag_c"]
        links = _LINK.findall(chain)
        parts = [offsets.part(Fraction(n), _OFFSET_UNITS[u]) for n, u in links]
        if chain.endswith("半"):  # 1年半前, 2時間半後: half of the last unit
            parts[-1] = offsets.part(parts[-1].amount, parts[-1].unit, half=True)
        if len(links) == 1 and parts[0].amount.denominator == 1:  # one whole unit
            n, unit = links[0]
            atom = shifted(m.start(), m.end(), ctx, sign * int(n), unit, m.group())
        else:
            atom = offsets.resolve(m.start(), m.end(), ctx, parts, sign, m.group())
    if atom is not None:
        atom.tags.append("ago")
        if hedge is not None:  # 約3年前: the offset is approximate
            atom.start = lead
            atom.tags.append("approx")
    return _one(atom)


def rday(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    word = m.group()
    pub = ctx.published.date()
    shift = _DAY_WORDS[word]
    d = pub + timedelta(days=shift) if shift else pub
    note = f"{word} → published {pub.isoformat()}"
    if shift:
        note += f" {shift:+d} day"
    part = _DAY_WORD_PARTS.get(word)  # 今夜, 昨朝: the part of the day too
    if part is not None:
        note += f"; {part}"
    return [Atom(m.start(), m.end(), value=d.isoformat(), day=d, note=note)]


def rweek(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=_WEEK_WORDS[m["rw"]])
    note = f"{m['rw']} → week of published {pub.isoformat()}"
    if m["rw_wd"]:
        d = monday + timedelta(days=WEEKDAYS_JA[m["rw_wd"]])
        atom = Atom(m.start(), m.end(), value=d.isoformat(), day=d, note=note)
        return [
            atom,
            Atom(
                m.start("rw_wd"),
                m.end(),
                "weekday",
                weekday=WEEKDAYS_JA[m["rw_wd"]],
                day=d,
            ),
        ]
    spans = {"末": (5, 6), "前半": (0, 2), "後半": (3, 6), "初め": (0, 1)}
    if m["rw_p"]:
        lo, hi = spans[m["rw_p"]]
        a, b = monday + timedelta(days=lo), monday + timedelta(days=hi)
        return [
            Atom(
                m.start(), m.end(), value=f"{a.isoformat()}/{b.isoformat()}", note=note
            )
        ]
    return [Atom(m.start(), m.end(), value=relative.iso_week(monday), note=note)]


def rmonth(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    year, month = relative.shift_months(pub, _MONTH_WORDS[m["rm"]])
    note = f"{m['rm']} → month of published {pub.isoformat()}"
    day = int(m["rm_d"]) if m["rm_d"] else None
    return _one(dated(m.start(), m.end(), year, month, day, _part(m["rm_p"]), note))


def rquarter(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    index = pub.year * 4 + (pub.month - 1) // 3 + _QUARTER_WORDS[m["rq"]]
    year, quarter = divmod(index, 4)
    note = f"{m['rq']}四半期 → quarter of published {pub.isoformat()}"
    return [Atom(m.start(), m.end(), value=f"{year:04d}-Q{quarter + 1}", note=note)]


def ryear(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    shift = _YEAR_WORDS[m["ry"]]
    note = f"{m['ry']} → year of published {pub.isoformat()}"
    if m["ry_fy"]:
        fy = relative.fiscal_year(pub) + shift
        return [Atom(m.start(), m.end(), value=f"{fy:04d}-FY", note=note + " (fiscal)")]
    year = pub.year + shift
    if m["ry_m"]:
        day = int(m["ry_d"]) if m["ry_d"] else None
        month = int(m["ry_m"])
        return _one(
            dated(m.start(), m.end(), year, month, day, _part(m["ry_mp"]), note)
        )
    if m["ry_s"]:
        value = edtf.season_value(year, SEASONS_JA[m["ry_s"]])
        return [Atom(m.start(), m.end(), value=value, note=note)]
    if m["ry_p"]:
        return [Atom(m.start(), m.end(), value=year_part(year, m["ry_p"]), note=note)]
    return [Atom(m.start(), m.end(), value=f"{year:04d}", note=note)]


def rseason(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    pub = ctx.published.date()
    season = SEASONS_JA[m["rs_s"]]
    base = relative.winter_year(pub) if season == "winter" else pub.year
    year = base + _SEASON_SHIFT[m["rs_w"]]
    note = f"{m.group()} → season of published {pub.isoformat()}"
    return [Atom(m.start(), m.end(), value=edtf.season_value(year, season), note=note)]


def yedge(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    word = m.group()
    year = ctx.published.year
    way, why = relative.direction(text, m.start(), m.end(), ctx.lang)
    if word == "年末":
        if way == relative.PAST and ctx.published.month < 12:
            year -= 1
        return [
            Atom(
                m.start(),
                m.end(),
                value=f"{year:04d}-12",
                note=f"{word} → {why or 'year of published'} → {year}",
            )
        ]
    if word == "年明け" and way != relative.PAST and ctx.published.month >= 10:
        year += 1
    return [
        Atom(
            m.start(),
            m.end(),
            value=f"{year:04d}-01",
            note=f"{word} → {why or 'year of published'} → {year}",
        )
    ]


def _year_of(m: re.Match[str]) -> tuple[int | None, str]:
    if m["a_y"]:
        return int(m["a_y"]), ""
    year = to_gregorian(m["a_e"], era_number(m["a_en"]))
    return year, f"{m['a_e']}{m['a_en']}年 = {year}"


def ymd(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    year, note = _year_of(m)
    if year is None:
        return []
    s, e = m.start(), m.end()
    if m["a_fy"]:
        if m["a_q"]:
            q = int(m["a_q"])
            value = f"{year:04d}-Q{q + 1}" if q < 4 else f"{year + 1:04d}-Q1"
            return [Atom(s, e, value=value, note=f"fiscal quarter {q} of {year}年度")]
        return [
            Atom(s, e, value=f"{year:04d}-FY", note=note or "fiscal year April–March")
        ]
    if m["a_m"]:
        day = int(m["a_d"]) if m["a_d"] else None
        return _one(dated(s, e, year, int(m["a_m"]), day, _part(m["a_mp"]), note))
    if m["a_q"]:
        return [Atom(s, e, value=f"{year:04d}-Q{m['a_q']}", note=note)]
    if m["a_w"]:
        return _one(_week(s, e, year, int(m["a_w"]), note))
    if m["a_s"]:
        return [
            Atom(s, e, value=edtf.season_value(year, SEASONS_JA[m["a_s"]]), note=note)
        ]
    if m["a_yp"]:
        return [Atom(s, e, value=year_part(year, m["a_yp"]), note=note)]
    if m["a_dec"]:
        return [Atom(s, e, value=f"{year:04d}/{year + 9:04d}", note="decade")]
    return [Atom(s, e, value=f"{year:04d}", note=note)]


def _week(start: int, end: int, year: int, week: int, note: str) -> Atom | None:
    """ISO week ``week`` of ``year``, when that week exists."""
    value = f"{year:04d}-W{week:02d}"
    try:
        parse_when(value)
    except ValueError:
        return None
    return Atom(start, end, value=value, note=note)


def isoweek(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    year = int(m["iw_y"])
    if m["iw_q"]:
        return [Atom(m.start(), m.end(), value=f"{year:04d}-Q{m['iw_q']}")]
    return _one(_week(m.start(), m.end(), year, int(m["iw_w"]), ""))


def slash(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    s, e = m.start(), m.end()
    sep, month = m["b_sep"], int(m["b_m"])
    day = int(m["b_d"]) if m["b_d"] else None
    if m["b_e"]:
        year = to_gregorian(m["b_e"], int(m["b_y"]))
        if year is None:
            return []
        return _one(
            dated(s, e, year, month, day, None, f"{m['b_e']}{m['b_y']} = {year}")
        )
    if len(m["b_y"]) == 4:
        if day is None and sep not in "/-／" and len(m["b_m"]) != 2:
            return []
        return _one(dated(s, e, int(m["b_y"]), month, day, None))
    if day is None and sep == "/" and day_ok(None, int(m["b_y"]), month):
        return _one(yearless(text, s, e, ctx, int(m["b_y"]), month, None, m.group()))
    return []


def yseason(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    value = edtf.season_value(int(m["h_y"]), SEASONS_JA[m["h_s"]])
    return [Atom(m.start(), m.end(), value=value)]


def md(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    day = int(m["c_d"]) if m["c_d"] else None
    atom = yearless(
        text, m.start(), m.end(), ctx, int(m["c_m"]), day, _part(m["c_mp"]), m.group()
    )
    return _one(atom)


def time(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    end = m.end()
    if m["tm_noon"]:
        hour = 12 if m["tm_noon"] == "正午" else 0
        return _one(clock(m.start(), m.end(), hour, 0, None, False))
    if m["tm_h"]:
        hour, minute = int(m["tm_h"]), int(m["tm_mi"] or 0)
        if m["tm_half"]:
            minute = 30
        if m["tm_to"] and 1 <= hour <= 24 and 1 <= minute <= 30:
            hour, minute = hour - 1, 60 - minute  # 8時15分前 is 7:45
        elif m["tm_to"]:  # 9時40分前 is no idiom: the clock as written
            end = m.start("tm_to")
        ap = m["tm_ap"]
    else:
        hour, minute = int(m["tm_h2"]), int(m["tm_m2"])
        ap = m["tm_ap2"] or m["tm_ap3"]
    return _one(
        clock(
            m.start(),
            end,
            hour,
            minute,
            ap,
            m["tm_mi"] is None and m["tm_half"] is None and m["tm_m2"] is None,
        )
    )


def day_alone(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    return _one(monthless(text, m.start(), m.end(), ctx, int(m["dd"]), m.group()))


def quarter(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    if ctx.published is None:
        return []
    q = int(m["q_n"])
    way, why = relative.direction(text, m.start(), m.end(), ctx.lang)
    year = relative.pick_year(lambda y: parse_when(f"{y:04d}-Q{q}"), ctx.published, way)
    if year is None:
        return []
    note = f"year-less {m.group()}; {why or 'nearest to published'} → {year}"
    return [Atom(m.start(), m.end(), value=f"{year:04d}-Q{q}", note=note)]


def weekday(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    token = m["wk_p"] or m["wk_d"]
    atom = Atom(m.start(), m.end(), "weekday", weekday=WEEKDAYS_JA[token])
    if m["wk_p"]:
        atom.tags.append("paren")
    return [atom]


def season(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    return _one(seasonal(text, m.start(), m.end(), ctx, SEASONS_JA[m["sb"]], m.group()))


def fperiod(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    """2027年3月期: the business year ending March 2027 — the fiscal year
    2026 (April to March); 12月期 a calendar year; other months the twelve
    months up to that one.  A two-digit year (27年3月期) is 20NN."""
    year = int(m["fp_y"]) if m["fp_y"] else 2000 + int(m["fp_y2"])
    month = int(m["fp_m"])
    if not 1 <= month <= 12:
        return []
    if month == 3:
        value = f"{year - 1:04d}-FY"
    elif month == 12:
        value = f"{year:04d}"
    else:
        value = f"{year - 1:04d}-{month + 1:02d}/{year:04d}-{month:02d}"
    note = f"business year ending {year:04d}-{month:02d}"
    return [Atom(m.start(), m.end(), value=value, note=note)]


HANDLERS: dict[str, Handler] = {
    "fperiod": fperiod,
    "ago": ago,
    "rquarter": rquarter,
    "rday": rday,
    "rweek": rweek,
    "rmonth": rmonth,
    "ryear": ryear,
    "rseason": rseason,
    "yedge": yedge,
    "ymd": ymd,
    "isoweek": isoweek,
    "slash": slash,
    "yseason": yseason,
    "md": md,
    "time": time,
    "day": day_alone,
    "quarter": quarter,
    "anaphor": date_anaphora.ja_anaphor,
    "weekday": weekday,
    "season": season,
}
