"""Durations and counts in digitised text, and how a claimed number is judged.

``extract_quantities`` reads text that :func:`checks.normalise.numerals.digitise`
has already rewritten (ASCII digits, no thousands separators) with one scan of
one regex, and returns ``duration`` and ``count`` mentions with their hedges.
A duration's ``number`` is seconds (a month is 30 days, a year 365 days); its
``value`` is ISO 8601 built from the units as written.  A count's ``unit`` is
the counter or noun (see :mod:`checks.normalise.counts`).

Left alone on purpose: year numbers (2026年, in 2026), months (3月), a bare
day (3日 is a date; 3日間 is a duration), clock times (9時25分), fractions
(3分の1), phone and model numbers (03-1234-5678, F-35), ordinals of pages.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from checks.model import Mention
from checks.normalise.context import Context
from checks.normalise.counts import (
    EN_KNOWN_NOUNS,
    JA_COUNTERS,
    JA_ORDINAL_COUNTERS,
    english_noun,
    ja_unit,
    unit_matches,
)
from checks.normalise.dispatch import literal_first
from checks.normalise.durations import (
    EN_NUMBER,
    UNIT_SECONDS,
    UNIT_WORDS,
    format_duration,
    iso_duration,
    iso_mention,
    number_word,
    parse_duration_value,
    unit_amount,
)
from checks.normalise.hedges import hedge_after, hedge_before, hedge_word
from checks.normalise.tolerances import judge_quantity, parse_tolerance
from checks.text.folding import lower_in_place

__all__ = [
    "extract_quantities",
    "format_duration",
    "judge_quantity",
    "parse_duration_value",
    "parse_tolerance",
    "unit_matches",
]

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_EDGE = r"(?<![0-9A-Za-z.,\-/#:＃$])"
_JA_DUR_UNIT = r"(?:年|[カかヶヵケ箇]月|週間?|日|時間|分(?!野|の[0-9])|秒)"
_JA_COUNTER = "|".join(map(re.escape, sorted(JA_COUNTERS, key=len, reverse=True)))
_JA_ORD = "|".join(map(re.escape, sorted(JA_ORDINAL_COUNTERS, key=len, reverse=True)))
_EN_DUR_UNIT = (
    r"(?:decades?|century|centuries|years?|months?|weeks?|days?|hours?|minutes?"
    r"|seconds?|mins?|hrs?|secs?)"
)
_EN_DUR_PART = (
    rf"{EN_NUMBER}(?:\s+and\s+a\s+half)?(?:\s+|-){_EN_DUR_UNIT}\b"
    r"(?:\s+and\s+a\s+half\b)?"
)
_EN_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_WORDS = r"[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,2}"

_SCAN = re.compile(
    rf"(?P<ja_ord>第(?P<jo_n>{_NUM})(?P<jo_u>{_JA_ORD}))"
    r"|(?<![当年月期週最])(?P<ja_first>初(?:の|となる|めて))"
    rf"|{_EDGE}(?P<ja_dur>(?:{_NUM}[ \u3000]?{_JA_DUR_UNIT}半?)+間?)"
    # 半月 alone may be a half moon: a length only with 間, ぶり or a hedge beside it
    r"|(?P<ja_half>四半世紀|半世紀|半年|半日|半月(?=間|ぶり|振り|近く|余り|ほど|程度)"
    r"|(?:(?<=約)|(?<=およそ))半月)"
    r"(?:間)?"
    rf"|{_EDGE}(?P<ja_count>(?P<jc_n>{_NUM})(?P<jc_u>{_JA_COUNTER}))"
    rf"|(?<![\w.,\-$#])(?i:(?P<en_half>half\s+an?\s+{_EN_DUR_UNIT}\b"
    rf"|(?:{_EN_DUR_PART})(?:(?:\s*,\s*|\s+and\s+|\s+)(?:{_EN_DUR_PART}))*))"
    rf"|(?<![\w.,\-$#])(?P<en_pct>(?P<ep_n>{_NUM})\s*(?:%|(?i:percent|per\s+cent)\b))"
    rf"|(?<![\w.,\-$#])(?P<en_count>(?P<ec_n>(?i:{EN_NUMBER.replace('|an?)', ')')}))"
    r"(?:\s+(?P<ec_scale>million|billion|trillion|thousand|hundred))?(?:\s+|-)"
    rf"(?P<ec_w>{_EN_WORDS}))"
    r"|(?<![A-Za-z0-9])(?P<iso>P(?=T?[0-9])(?:[0-9.]+Y)?(?:[0-9.]+M)?(?:[0-9.]+W)?"
    r"(?:[0-9.]+D)?(?:T(?=[0-9])(?:[0-9.]+H)?(?:[0-9.]+M)?(?:[0-9.]+S)?)?)"
    r"(?![A-Za-z0-9])"
    rf"|(?<![\w.,\-$#])(?P<en_ord>(?:(?P<eo_n>[0-9]+)(?:st|nd|rd|th)"
    rf"|(?P<eo_w>(?i:{'|'.join(_EN_ORDINAL_WORDS)})))\s+(?P<eo_w2>{_EN_WORDS}))"
)
_COUNTER_FIRSTS = "".join(re.escape(c) for c in sorted({w[0] for w in JA_COUNTERS}))
#: the number words a mention can start with (``a`` and ``an`` only before a unit)
_NUMBER_WORDS = (
    "half", r"an?(?=\s+(?:year|month|week|day|hour|minute))", "zero", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth",
)  # fmt: skip
_NUMBER_WORD = f"(?:{'|'.join(_NUMBER_WORDS)})\\b"
#: where a mention can start (on the lower-cased text): a number before what a
#: unit, counter, %, ordinal or space starts with; 第, 初; a number word not in a
#: word (``_SCAN`` refuses the rest).  Each alternative opens with a literal,
#: so ``re`` skips to them in C (see ``literal_first``)
_NOT_IN_A_WORD = r"(?<![\w.,\-$#][\s\S])"  # after the head: nothing glued before it
_ANCHOR = re.compile(
    literal_first(
        (
            (
                "[0-9]",
                r"[0-9]*(?:\.[0-9]+)?"
                rf"(?=[\s\-%pnrst年カかヶヵケ箇週日時分秒{_COUNTER_FIRSTS}])",
            ),
            ("第", ""),
            ("初", ""),
            ("半", ""),
            ("四", "半"),
            ("p", "(?=t?[0-9])"),
            *((word[0], f"{_NOT_IN_A_WORD}{word[1:]}\\b") for word in _NUMBER_WORDS),
        )
    )
)
#: the same starts found in two passes, for Latin-script text: the numbers
#: (one class opens the pattern, so ``re`` skips other characters in C), and the
#: number words right after a break, which the match opens with (so ``re``
#: skips the letters inside words in C); a word at the very start is tried
#: alone.  Neither kind of start can lie inside the other's match.
_ANCHOR_NUMBERS = re.compile(
    r"[0-9第初半四p](?:(?<=[0-9])[0-9]*(?:\.[0-9]+)?"
    rf"(?=[\s\-%pnrst年カかヶヵケ箇週日時分秒{_COUNTER_FIRSTS}])"
    r"|(?<=[第初半])|(?<=四)半|(?<=p)(?=t?[0-9]))"
)
_ANCHOR_WORDS = re.compile(rf"[^A-Za-z0-9_.,\-$#](?<!\w)({_NUMBER_WORD})")
_ANCHOR_WORD_AT = re.compile(_NUMBER_WORD)
_JA_PART = re.compile(rf"(?P<n>{_NUM})[ \u3000]?(?P<u>{_JA_DUR_UNIT})(?P<half>半)?")
_HALVES = {
    "四半世紀": (Decimal(25), "Y"),
    "半世紀": (Decimal(50), "Y"),
    "半年": (Decimal("0.5"), "Y"),
    "半日": (Decimal(12), "H"),
    "半月": (Decimal(15), "D"),
}
#: 15年ぶり (for the first time in 15 years): the length is the time since
_BURI = ("ぶり", "振り")
_SINCE = "ぶり: the time since it last happened"
#: what after a bare N年 or N日 makes it a stretch of time (30年もの間, 50年来)
_JA_STRETCH = re.compile(
    r"もの間|の間|来|越し|がかり|にわた|に渡|の長き"
    # 3年かかる, 100年はかかる, 10年が経った / たった / 過ぎた
    r"|[はも]?かか[らりるれっ]|が(?:経|たっ|たつ|たち|過ぎ)"
)
_EN_PART = re.compile(
    rf"(?P<n>{EN_NUMBER})(?P<and_half>\s+and\s+a\s+half)?(?:\s+|-)"
    rf"(?P<u>{_EN_DUR_UNIT})\b(?P<half>\s+and\s+a\s+half)?",
    re.IGNORECASE,
)
_SCALE = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
#: nouns that make a number a fraction, not a count (two-thirds, three fifths)
_FRACTIONS = frozenset(
    [
        "halves",
        "thirds",
        "fourths",
        "fifths",
        "sixths",
        "sevenths",
        "eighths",
        "ninths",
        "tenths",
    ]
)
#: hedges that make a bare 年 or 日 a duration (3年以上, 3日ほど)
# fmt: off
_DURATIONAL_HEDGES = frozenset((
    "程度", "ほど", "近く", "弱", "強", "余り", "あまり", "以上", "以内",
    "足らず", "未満", "超", "を超える", "を超え", "超え", "くらい", "ぐらい",
    "前後", "ばかり",
))
# fmt: on
_DURATIONAL_HEDGES_TUPLE = tuple(sorted(_DURATIONAL_HEDGES, key=len, reverse=True))
#: hedges after a four-digit N年 that make it a length, never a year (2000年近く);
#: 以上 / 前後 stay out (2000年前後 is around the year 2000)
_LONG_HEDGES = ("近く", "余り", "あまり", "足らず")
#: what before "a"/"an"/"one" makes "a month" a duration
_EN_LEAD = re.compile(
    r"(?:\b(?:for|within|after|than|in|last|lasted|took|spent|over|nearly|almost"
    r"|about|around|roughly|some|just|only|the\s+past|the\s+last)\s+)\Z",
    re.IGNORECASE,
)
#: "over" after these verbs spans a time ("held over three days"), no hedge
_ACROSS = re.compile(
    r"\b(?:held|spread|stretched|staged|run|ran|took\s+place|conducted|talks)\s+\Z",
    re.IGNORECASE,
)
_EN_BLOCK_AFTER = re.compile(r"[\s-]+old\b", re.IGNORECASE)


def extract_quantities(
    text: str,
    ctx: Context,
    origin: Sequence[int] | None = None,
    dates: tuple[list[int], list[int]] = ([], []),
    lowered: str | None = None,
) -> list[Mention]:
    """Every duration and count in digitised ``text``, offsets into it.

    ``origin``: each character's offset in the text before digitising; a
    number written longer there (1,865, 千八百六十五) is never a year.
    ``dates``: the starts of the text's dates in order, and the farthest end
    reached by a date so far; a number inside a date (the 2026 of 2026年1月2日)
    is not read (a quantity overlapping a date is dropped anyway).
    ``lowered``: ``text`` with its letters lower-cased (made when not given).
    """
    lang = ctx.lang
    found: list[Mention] = []
    if lowered is None:
        lowered = lower_in_place(text)
    date_starts, date_reach = dates
    done = 0
    for at, anchor_end in _anchors(lowered, lang):
        if at < done:
            continue
        inside = bisect.bisect_right(date_starts, at)
        if inside and date_reach[inside - 1] > at:
            continue
        match = _SCAN.match(text, at)
        if match is None:
            continue
        mention: Mention | None
        kind = match.lastgroup  # the alternative: its group closes last
        if kind == "ja_ord":
            mention = _count(
                text,
                match,
                "jo_n",
                ja_unit(match.group("jo_u")),
                lang,
                note="ordinal",
                hedged=False,
            )
        elif kind == "ja_first":
            mention = Mention(
                "count",
                match.start(),
                match.end(),
                match.group(),
                "1",
                number=1.0,
                note="ordinal",
            )
        elif kind == "ja_dur":
            mention = _ja_duration(text, match, lang)
        elif kind == "ja_half":
            hedge, start, end, _ = _hedged(text, match.start(), match.end(), lang)
            amount = _HALVES[match.group("ja_half")]
            since = _SINCE if text.startswith(_BURI, match.end()) else ""
            mention = _duration(text, start, end, [amount], hedge, since)
        elif kind == "ja_count":
            counter = match.group("jc_u")
            note = "ordinal" if counter.endswith("目") else ""
            mention = _count(text, match, "jc_n", ja_unit(counter), lang, note=note)
        elif kind == "en_half":
            mention = _en_duration(text, match, lang)
        elif kind == "en_pct":
            mention = _count(text, match, "ep_n", "%", lang)
        elif kind == "en_count":
            mention = _en_count(text, match, lang, origin)
        elif kind == "iso":
            mention = iso_mention(match)
        else:
            mention = _en_ordinal(text, match)
        if mention is not None:
            found.append(mention)
            done = mention.end
        else:
            done = anchor_end
    return found


def _anchors(lowered: str, lang: str) -> Iterable[tuple[int, int]]:
    """The spans of ``_ANCHOR.finditer(lowered)``, in order: for text not in
    Japanese, found in two faster passes (see ``_ANCHOR_NUMBERS``)."""
    if lang == "ja":
        return map(re.Match.span, _ANCHOR.finditer(lowered))
    numbers = [m.span() for m in _ANCHOR_NUMBERS.finditer(lowered)]
    words = [m.span(1) for m in _ANCHOR_WORDS.finditer(lowered)]
    first = _ANCHOR_WORD_AT.match(lowered)
    if first is not None:
        words.insert(0, first.span())
    return sorted(numbers + words) if words else numbers


def _hedged(
    text: str, start: int, end: int, lang: str
) -> tuple[str | None, int, int, bool]:
    """The hedge around ``[start, end)``, the widened span, and whether it follows."""
    before, new_start = hedge_before(text, start, lang)
    if before == "over" and _ACROSS.search(text, max(0, new_start - 24), new_start):
        before, new_start = None, start  # "held over three days": across, not more
    after, new_end = hedge_after(text, end, lang)
    if after is not None and (before is None or after != "approx"):
        return after, (new_start if before else start), new_end, True
    return before, new_start, (new_end if after else end), False


def _count(
    text: str,
    match: re.Match[str],
    group: str,
    unit: str,
    lang: str,
    *,
    note: str = "",
    hedged: bool = True,
) -> Mention:
    start, end = match.span()
    hedge = None
    if hedged:
        hedge, start, end, _ = _hedged(text, start, end, lang)
    forms = _digit_forms(match.group(group))
    return _mention("count", text, start, end, forms, unit, hedge, note)


def _mention(
    kind: str,
    text: str,
    start: int,
    end: int,
    forms: tuple[str, float],
    unit: str | None,
    hedge: str | None,
    note: str = "",
    value: str | None = None,
) -> Mention:
    """A mention of the number whose ``forms`` (``_number_forms``) are given."""
    span = text[start:end]
    word = _hedge_word(span) if hedge else None
    if word:
        note = f"{note}; {word} → {hedge}" if note else f"{word} → {hedge}"
    written, number_float = forms
    if value is None:
        value = written
    # all by position: binding keywords costs a fifth of the call
    return Mention(
        kind, start, end, span, value, None, number_float, unit, hedge, None, note
    )


def _ja_duration(text: str, match: re.Match[str], lang: str) -> Mention | None:
    start, end = match.span("ja_dur")
    raw = match.group("ja_dur")
    before = text[start - 1] if start else ""
    if text.startswith("目", end) or (before and before in "第時月半"):
        return None
    amounts, unit, durational, thousands = _ja_amounts(raw)
    if text.startswith(_BURI, end):  # 15年ぶり: the time since it last was
        hedge, h_start, h_end, _ = _hedged(text, start, end, lang)
        return _duration(text, h_start, h_end, amounts, hedge, _SINCE)
    if before == "泊" and unit != "日":
        return None
    if not durational and (
        (unit == "週" and not text.startswith(_DURATIONAL_HEDGES_TUPLE, end))
        or (
            unit in ("年", "日")
            and thousands
            and not text.startswith(_LONG_HEDGES, end)
        )
    ):
        return None  # 第1週, 2026年; but 1週近く, 2000年近く are lengths
    hedge, h_start, h_end, after = _hedged(text, start, end, lang)
    if not durational and unit in ("年", "日"):
        stretch = (
            hedge is None
            and (
                _JA_STRETCH.match(text, end) is not None
                # 東京五輪から5年, 震災から15年: years since; not a range's end
                # (3日から5日, 2018年から19年, 18年から19年2月)
                or (
                    unit == "年"
                    and not thousands
                    and text.endswith("から", 0, start)
                    and not text.endswith("年から", 0, start)
                    and not text[end : end + 1].isdigit()
                )
            )
        )
        if hedge is None and not stretch:
            return None
        if after and text[end:h_end] not in _DURATIONAL_HEDGES:
            return None
    return _duration(text, h_start, h_end, amounts, hedge)


@functools.lru_cache(maxsize=1024)
def _ja_amounts(
    raw: str,
) -> tuple[tuple[tuple[Decimal, str], ...], str, bool, bool]:
    """The parts of a Japanese length as written (1時間半, 25分間): its amounts,
    its last unit, whether it can only be a length (間, 半, several parts) and
    whether its last number is 1000 or more; remembered."""
    parts = list(_JA_PART.finditer(raw))
    last = parts[-1]
    amounts = tuple(
        (
            Decimal(part.group("n")) + (Decimal("0.5") if part.group("half") else 0),
            UNIT_WORDS[part.group("u")],
        )
        for part in parts
    )
    durational = raw.endswith("間") or len(parts) > 1 or bool(last.group("half"))
    return amounts, last.group("u"), durational, Decimal(last.group("n")) >= 1000


def _duration(
    text: str,
    start: int,
    end: int,
    amounts: list[tuple[Decimal, str]] | tuple[tuple[Decimal, str], ...],
    hedge: str | None,
    why: str = "",
) -> Mention:
    value, forms, note = _length(tuple(amounts))
    if why:
        note = f"{note}; {why}" if note else why
    return _mention("duration", text, start, end, forms, None, hedge, note, value)


@functools.lru_cache(maxsize=1024)
def _length(
    amounts: tuple[tuple[Decimal, str], ...],
) -> tuple[str, tuple[str, float], str]:
    """A length's ISO 8601 value, its seconds (``_number_forms``) and its note;
    remembered, as a text repeats its lengths (equal amounts, equal answers)."""
    value = iso_duration(list(amounts))
    seconds = sum((n * UNIT_SECONDS[k] for n, k in amounts), Decimal(0))
    note = (
        "months count 30 days, years 365"
        if any(k in ("Y", "Mo") for _, k in amounts)
        else ""
    )
    return value, _number_forms(seconds), note


@functools.lru_cache(maxsize=4096)
def _digit_forms(digits: str) -> tuple[str, float]:
    """``_number_forms`` of a number as its digits (``250``, ``1.5``) are
    written; remembered by the string, which is cheaper to hash than a Decimal."""
    return _number_forms(Decimal(digits))


@functools.lru_cache(maxsize=4096)
def _number_forms(number: Decimal) -> tuple[str, float]:
    """A number as the spec writes it (``250``, ``1.5``) and as a float."""
    return format(number.normalize(), "f"), float(number)


#: the hedge word in a mention's text (``約``, ``about``), remembered
_hedge_word = functools.lru_cache(maxsize=4096)(hedge_word)


def _en_duration(text: str, match: re.Match[str], lang: str) -> Mention | None:
    start, end = match.span("en_half")
    raw = match.group("en_half")
    if _EN_BLOCK_AFTER.match(text, end):
        return None
    amounts, lone = _en_amounts(raw)
    if not amounts or (amounts[0][1] == "Y" and amounts[0][0] >= 1000):
        return None
    if lone:  # "a month" is a length after "for", "within", "about"…
        lead = _EN_LEAD.search(text, max(0, start - 16), start)
        if lead is None and hedge_before(text, start)[0] is None:
            return None
    hedge, h_start, h_end, _ = _hedged(text, start, end, lang)
    return _duration(text, h_start, h_end, amounts, hedge)


@functools.lru_cache(maxsize=1024)
def _en_amounts(raw: str) -> tuple[tuple[tuple[Decimal, str], ...], bool]:
    """The amounts of an English length as written (an hour and a half, 25
    minutes), and whether it is one unit after a/an/one, which is a length
    only after some words; remembered."""
    if raw[:4].lower() == "half":
        return (unit_amount(Decimal("0.5"), raw.split()[-1]),), False
    parts = list(_EN_PART.finditer(raw))
    amounts = []
    for part in parts:
        amount = number_word(part.group("n"))
        if part.group("and_half") or part.group("half"):
            amount += Decimal("0.5")
        amounts.append(unit_amount(amount, part.group("u")))
    if not amounts:
        return (), False
    first = parts[0] if parts[0].start() == 0 else None  # _EN_PART.match(raw)
    word = first.group("n").lower() if first else ""
    single = len(amounts) == 1 and not (first and first.group("half"))
    return tuple(amounts), word in ("a", "an", "one") and single and "-" not in raw


def _en_count(
    text: str, match: re.Match[str], lang: str, origin: Sequence[int] | None
) -> Mention | None:
    number = number_word(match.group("ec_n"))
    scale = match.group("ec_scale")
    if scale:
        number *= _SCALE[scale]
    noun = english_noun(match.group("ec_w"), float(number))
    if noun is None or noun in _FRACTIONS:
        return None
    year_like = "." not in match.group("ec_n") and 1000 <= number <= 2100 and not scale
    if year_like and origin is not None:
        a, b = match.span("ec_n")
        year_like = origin[b] - origin[a] == b - a
    if year_like and noun not in EN_KNOWN_NOUNS:
        return None
    start = match.start()
    noun_at = match.start("ec_w") + match.group("ec_w").lower().index(noun)
    end = noun_at + len(noun)
    hedge, start, end, _ = _hedged(text, start, end, lang)
    return _mention("count", text, start, end, _number_forms(number), noun, hedge)


def _en_ordinal(text: str, match: re.Match[str]) -> Mention | None:
    digits = match.group("eo_n")
    number = (
        Decimal(digits)
        if digits
        else Decimal(_EN_ORDINAL_WORDS[match.group("eo_w").lower()])
    )
    noun = english_noun(match.group("eo_w2"), float(number), ordinal=True)
    if noun is None:
        return None
    noun_at = match.start("eo_w2") + match.group("eo_w2").lower().index(noun)
    end = noun_at + len(noun)
    forms = _number_forms(number)
    return _mention("count", text, match.start(), end, forms, noun, None, "ordinal")
