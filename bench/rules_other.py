"""Scope and targets for the Duckling, Recognizers, dateparser and numeral files."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from bench.found import (
    Target,
    duration_seconds,
    fill_unknown,
    interval_of,
    timex_to_spec,
)
from bench.gold import (
    FUTURE_WORDS,
    HAS_YEAR,
    TIME_KINDS,
    Case,
    case,
    read_rows,
    reference,
    value_target,
)
from checks.model import Interval

OUT_FUTURE = (
    "Duckling's future bias: a year-less date, weekday or time resolved forward "
    "(火曜日 on a Tuesday → next Tuesday); news resolves to the nearest / latest past"
)
OUT_HALVES = (
    "Recognizers reads 下旬/月末 as the second half of the month (16th–end), "
    "not 21st–end"
)
OUT_ASSISTANT = "assistant-style request (コルタナ、…予約して), not news text"
ASSISTANT = re.compile(
    r"コルタナ|Cortana|アラーム|セットして|設定して|予約して|入れて|ください|してくれ|"
    r"いただけ|ませんか|ますか|ですか|でしょうか|表示して|ランクする|並べ|並ぶ|検索して|"
    r"教えて|見つけて|しましょう|[か][。？?]$|？"
)
_WEEKDAY_TEXT = re.compile(
    r"曜|^[(（]?[月火水木金土日][)）]?[にはでも]?$|"
    r"げつよう|かよう|すいよう|もくよう|きんよう|どよう|にちよう"
)
OUT_LENGTH_DE = (
    "Duckling reads a length + で (2ヶ月で) as a future date; news reads a length"
)
OUT_SUU = "数時間 / 数日: Recognizers reads 数 (several) as 3, a convention not a fact"
OUT_UNRESOLVED = "the source gives no resolution (time-only ranges, bare seasons)"
_LENGTH_DE = re.compile(r"\d(ヶ月|か月|年|日|週間|時間|分)間?で$")
_TIME_TEXT = re.compile(r"時|:|：|am|pm|AM|PM|朝|晩|夜")


def duckling() -> list[Case]:
    """ja_duckling.tsv: Duckling's Japanese time and duration corpus."""
    out: list[Case] = []
    name = "ja_duckling.tsv"
    for row in read_rows(name):
        value, text = row["expected_value"], row["text"]
        ref = reference(row["reference_datetime"])
        target = value_target(value)
        if target is None:
            out.append(case(row, name, None, reason=f"value {value!r} has no interval"))
            continue
        if target.kind == "when" and _LENGTH_DE.search(text):
            out.append(case(row, name, None, reason=OUT_LENGTH_DE))
            continue
        if (
            target.kind == "when"
            and ref is not None
            and _future_biased(text, value, ref)
        ):
            out.append(case(row, name, None, reason=OUT_FUTURE))
            continue
        out.append(case(row, name, target))
    return out


def _future_biased(text: str, value: str, ref: datetime) -> bool:
    try:
        gold = interval_of(value)
    except ValueError:
        return False
    if gold.start is None or gold.start <= ref or FUTURE_WORDS.search(text):
        return False
    if HAS_YEAR.search(text):
        return False
    if _WEEKDAY_TEXT.search(text):
        return True
    if _TIME_TEXT.search(text) and not re.search(r"[日月]", text):
        return gold.start.date() > ref.date()
    try:
        earlier = gold.start.replace(year=gold.start.year - 1)
    except ValueError:
        return False
    return abs(earlier - ref) < abs(gold.start - ref)


def duckling_negatives() -> list[Case]:
    name = "ja_duckling_negatives.tsv"
    return [case(r, name, Target("none", none_of=TIME_KINDS)) for r in read_rows(name)]


def recognizers() -> list[Case]:
    """ja_recognizers.tsv: Microsoft Recognizers-Text Japanese DateTime specs."""
    out: list[Case] = []
    name = "ja_recognizers.tsv"
    for row in read_rows(name):
        reason, target = _recognizers_row(row)
        out.append(case(row, name, target, reason=reason))
    return out


def _recognizers_row(row: dict[str, str]) -> tuple[str, Target | None]:
    text, timex, mod = row["text"], row["expected_value"], row["mod"]
    rtype, resolved, span = row["type"], row["resolved"], row["span_text"]
    if row["dotnet_passes"] == "no":
        return "not supported by Recognizers .NET either", None
    if ASSISTANT.search(text):
        return OUT_ASSISTANT, None
    if "set" in rtype:
        return OUT_SET_REC, None
    if row["spec"] == "HolidayParser":
        return "holiday names (mostly Chinese festivals via machine translation)", None
    if mod in (
        "start",
        "end",
        "mid",
        "before-start",
        "after-mid",
        "after-end",
    ) or re.search("上旬|中旬|下旬", span):
        return OUT_HALVES, None
    if (
        mod == "ref_undef"
        or "PRESENT_REF" in timex
        or re.search(r"T(MO|AF|EV|NI|DT)", timex)
    ):
        return "'now' or a part of the day (今, 午前中): no interval", None
    if "duration" in rtype and "数" in span:
        return OUT_SUU, None
    if "duration" in rtype:
        seconds = _first_number(resolved)
        if seconds is None:
            seconds = duration_seconds(timex.split(" | ")[0])
        if seconds is None:
            return OUT_UNRESOLVED, None
        return "", Target("duration", seconds=seconds)
    if "time" in rtype and "date" not in rtype:
        if "range" in rtype:
            return "time-of-day range without a date (scheduling)", None
        times = tuple("XXXX-XX-XX" + t for t in timex.split(" | ") if t.startswith("T"))
        if not times:
            return OUT_UNRESOLVED, None
        return "", Target("when", alternatives=times)
    alts = (*_resolved_alternatives(resolved, timex), *_bound_alternatives(timex, mod))
    alts = (*alts, *_named_end_alternatives(alts, timex))
    if not alts:
        return OUT_UNRESOLVED, None
    return "", Target("when", alternatives=alts)


_SOME_DAY = datetime(2000, 1, 1)
OUT_SET_REC = "set/frequency expression (毎週の月曜日): no date value in news checking"


def _first_number(resolved: str) -> float | None:
    m = re.search(r"(?:future=)?(\d+(?:\.\d+)?)(?:\s|$)", resolved)
    return (
        float(m.group(1)) if m and ":" not in resolved and "-" not in resolved else None
    )


def _when_point(text: str) -> datetime | None:
    text = text.strip()
    if text in ("", ".."):
        return None
    return datetime.fromisoformat(text.replace(" ", "T"))


def _resolved_alternatives(resolved: str, timex: str) -> tuple[str | Interval, ...]:
    pieces = []
    for chunk in resolved.split(" | "):
        found = re.findall(
            r"(?:future|past)=(\S+(?: \d\d:\d\d:\d\d)?(?:/\S+(?: \d\d:\d\d:\d\d)?)?)",
            chunk,
        )
        pieces.extend(found or [chunk])
    alts: list[str | Interval] = []
    spec_timex = [
        t for t in (timex_to_spec(x) for x in timex.split(" | ")) if "X" not in t
    ]
    for piece in pieces:
        piece = piece.strip()
        if not piece or piece == "not resolved":
            continue
        try:
            if "/" in piece:
                left, _, right = piece.partition("/")
                start, end = _when_point(left), _when_point(right)
                if start is None and end is None:
                    continue
                alts.append(Interval(start, end))
            elif " " in piece:  # a datetime: its grain is the timex's
                alts.extend(spec_timex or [piece.replace(" ", "T")[:16]])
            elif re.fullmatch(r"\d\d:\d\d:\d\d", piece):
                alts.append(timex_to_spec("XXXX-XX-XXT" + piece))
            else:
                interval_of(fill_unknown(piece, _SOME_DAY))
                alts.append(piece)
        except ValueError:
            continue
    if not pieces or all(p.strip() == "not resolved" for p in pieces):
        alts.extend(spec_timex)
    return tuple(dict.fromkeys(alts))


#: the grain of a Recognizers range, from its duration: (2016-01-12,2016-01-22,P10D)
_RANGE_GRAIN = re.compile(r"^\([^,]*,[^,]*,P\d+(?P<unit>[DMY])\)$")


def _named_end_alternatives(
    alts: tuple[str | Interval, ...], timex: str
) -> tuple[Interval, ...]:
    """A range's end as the last day or month the text names, not its start.

    Recognizers ends 1月12日から22日まで at the start of the 22nd (P10D) and
    5月から10月まで at the start of October (P5M); まで / to name that day or
    month as the last one, so the range through its end counts as well.
    """
    m = _RANGE_GRAIN.match(timex.split(" | ")[0])
    if m is None:
        return ()
    out = []
    for alt in alts:
        if not isinstance(alt, Interval) or alt.start is None or alt.end is None:
            continue
        end = alt.end
        if end.time() != time(0) or (m["unit"] != "D" and end.day != 1):
            continue
        if m["unit"] == "D":
            out.append(Interval(alt.start, end + timedelta(days=1)))
        elif m["unit"] == "M":
            month = end.month % 12 + 1
            after = end.replace(year=end.year + (month == 1), month=month)
            out.append(Interval(alt.start, after))
        elif end.month == 1:
            out.append(Interval(alt.start, end.replace(year=end.year + 1)))
    return tuple(out)


def _bound_alternatives(timex: str, mod: str) -> tuple[Interval, ...]:
    """以前/以降/まで/から on the timex: either inclusion of X is accepted."""
    if mod not in ("before", "until", "after", "since"):
        return ()
    value = timex_to_spec(timex.split(" | ")[0])
    if "X" in value or value.startswith("("):
        return ()
    try:
        x = interval_of(value)
    except ValueError:
        return ()
    if mod in ("before", "until"):
        return tuple(Interval(None, e) for e in (x.start, x.end) if e is not None)
    return tuple(Interval(s, None) for s in (x.start, x.end) if s is not None)


def dateparser_ja() -> list[Case]:
    """ja_dateparser.tsv: translations mapped to values, plus real parses."""
    out: list[Case] = []
    name = "ja_dateparser.tsv"
    for row in read_rows(name):
        value, mod = row["expected_value"], row["mod"]
        if mod in ("BEFORE", "AFTER", "NOW") or "@" in value:
            reason = (
                "relative expression as offset+mod (去年 → 1 year ago) "
                "with no reference time"
            )
            out.append(case(row, name, None, reason=reason))
            continue
        target = value_target(value)
        if target is None:
            out.append(case(row, name, None, reason=f"value {value!r} has no interval"))
        else:
            out.append(case(row, name, target))
    return out


_EN_RELATIVE = re.compile(
    r"\b(ago|in|later|from now|next|last|yesterday|today|tomorrow|now|after|before|"
    r"this|past|previous|coming|hence)\b",
    re.IGNORECASE,
)


_EN_UNIT = r"(?:second|minute|hour|day|week|month|year|decade)s?"
_EN_FROM_EVENT = re.compile(
    rf"^after\s+\S+\s+{_EN_UNIT}$|\b{_EN_UNIT}\s+(?:later|before|earlier)$",
    re.IGNORECASE,
)
OUT_FROM_EVENT = (
    "a length before/after with nothing to count from (two days later, four days "
    "before, after four days): news counts it from the event just told, not from "
    "the publication time"
)
_EN_DECADE = re.compile(r"\b(?:last|next|past|coming)\s+decade\b", re.IGNORECASE)
OUT_DECADE = (
    "the last / next decade: in news the ten years up to or after now (a span), "
    "not the day ten years off"
)
_EN_TO_DATE = re.compile(r"\b(?:till|until|to)\s+date\b", re.IGNORECASE)
OUT_TO_DATE = "till date / to date ('so far'): a span ending now, not a date stated"


def dateparser_en() -> list[Case]:
    """en_dateparser.tsv: absolute parses, search_dates cases, freshness phrases."""
    out: list[Case] = []
    name = "en_dateparser.tsv"
    for row in read_rows(name):
        value, method, text = row["expected_value"], row["method"], row["text"]
        reason = ""
        if method.startswith("test_relative") and not _EN_RELATIVE.search(text):
            reason = (
                "bare length read as 'ago' "
                "(dateparser's freshness convention: 2 min → 2 min ago)"
            )
        elif _EN_FROM_EVENT.search(text):
            reason = OUT_FROM_EVENT
        elif _EN_DECADE.search(text):
            reason = OUT_DECADE
        elif _EN_TO_DATE.search(text):
            reason = OUT_TO_DATE
        if reason:
            out.append(case(row, name, None, reason=reason, lang="en"))
            continue
        target = value_target(value)
        if target is None:
            out.append(case(row, name, None, reason=f"value {value!r}", lang="en"))
        else:
            out.append(case(row, name, target, lang="en"))
    return out


_NUMBER_KINDS = ("kansuji2number", "duckling_numeral")
_TEXT_KINDS = ("zen_to_han", "normalize_kansuji_in_text")
#: 十分 not after 時 nor before 間/後/前; 一時 not after 午前/午後 nor before
#: 間/半/頃/分: no clock beside them
_WORD_READ_AS_TIME = re.compile(
    r"(?<!時)十分(?![間後前]|[0-9〇一二三四五六七八九]+秒)"
    r"|(?<!午前)(?<!午後)一時(?![間半頃過前]|[0-9〇一二三四五六七八九十]+分)"
)


def numerals() -> list[Case]:
    """ja_numerals.tsv: kanji and full-width numerals → digits.

    Rows of a number parser (kansuji2number, Duckling's numeral: a lone numeral
    → its value) are ``number`` targets, read by each engine's number parser;
    the rest are ``numeral`` targets, read by its text normaliser.
    """
    out: list[Case] = []
    name = "ja_numerals.tsv"
    for row in read_rows(name):
        kind, text, value = row["kind"], row["text"], row["expected_value"]
        if kind in _NUMBER_KINDS and re.search(r"[A-Za-z]|^-", text):
            reason = "SI suffix or sign (3000K, -1.2M): not Japanese news numerals"
            out.append(case(row, name, None, reason=reason))
        elif kind in _NUMBER_KINDS and re.fullmatch(r"[\d.]+", value):
            out.append(case(row, name, Target("number", number=float(value))))
        elif kind in _NUMBER_KINDS:
            out.append(case(row, name, Target("number", alternatives=(value,))))
        elif (
            kind in _TEXT_KINDS
            and _WORD_READ_AS_TIME.search(text)
            and ("10分" in value or "1時" in value)
        ):
            reason = (
                "十分 / 一時 with no clock beside it read as 10 minutes / 1 o'clock; "
                "in news these are the words 'enough' and 'for a while' "
                "(準備に十分, 一時停止), left as words"
            )
            out.append(case(row, name, None, reason=reason))
        elif kind in _TEXT_KINDS:
            out.append(case(row, name, Target("numeral", alternatives=(value,))))
        elif kind == "remove_comma_inside_digits":
            reason = (
                "ja-timex deletes commas in the text; "
                "we keep the text and read 3,000 as 3000"
            )
            out.append(case(row, name, None, reason=reason))
        else:
            reason = (
                "rewrites kanji inside words (一心同体 → 1心同体), "
                "which a checker must not do"
            )
            out.append(case(row, name, None, reason=reason))
    return out
