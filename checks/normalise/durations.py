"""Duration values: ISO 8601 ↔ seconds, the claim side's ``25 minutes``, wording.

A month counts as 30 days and a year as 365 days; weeks, days, hours and
minutes are exact.  The text side builds its ISO value from the units as
written (``1時間半`` → ``PT1H30M``) and its seconds from that value, so the two
never drift apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal

from checks.model import Mention
from checks.normalise.numerals import digitise

__all__ = [
    "EN_NUMBER",
    "EN_NUMBERS",
    "UNIT_SECONDS",
    "describe_duration",
    "format_duration",
    "iso_duration",
    "iso_mention",
    "number_word",
    "parse_duration_value",
    "unit_amount",
]

DAY = 86400
#: seconds per unit key (``Mo`` month, ``Mi`` minute)
UNIT_SECONDS: dict[str, int] = {
    "Y": 365 * DAY,
    "Mo": 30 * DAY,
    "W": 7 * DAY,
    "D": DAY,
    "H": 3600,
    "Mi": 60,
    "S": 1,
}
_ORDER = ("Y", "Mo", "W", "D", "H", "Mi", "S")
#: exact ways to push a fraction of one unit down into the next
_PUSH = {"W": ("D", 7), "D": ("H", 24), "H": ("Mi", 60), "Mi": ("S", 60)}
_LOOSE_PUSH = {"Y": ("D", 365), "Mo": ("D", 30)}

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "twenty": 20,
}
#: English number words the extractors read (one … ninety-nine, a, an)
EN_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_ONES)} | _TENS
EN_NUMBERS |= {"a": 1, "an": 1}
#: a regex for a number in digits or words (twenty-five, 1.5, an)
EN_NUMBER = (
    r"(?:[0-9]+(?:\.[0-9]+)?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)"
)

#: unit words → unit key, both languages
UNIT_WORDS: dict[str, str] = {
    "decade": "Y",
    "decades": "Y",
    "century": "Y",
    "centuries": "Y",
    "year": "Y",
    "years": "Y",
    "yr": "Y",
    "yrs": "Y",
    "month": "Mo",
    "months": "Mo",
    "week": "W",
    "weeks": "W",
    "wk": "W",
    "wks": "W",
    "day": "D",
    "days": "D",
    "hour": "H",
    "hours": "H",
    "hr": "H",
    "hrs": "H",
    "h": "H",
    "minute": "Mi",
    "minutes": "Mi",
    "min": "Mi",
    "mins": "Mi",
    "m": "Mi",
    "second": "S",
    "seconds": "S",
    "sec": "S",
    "secs": "S",
    "s": "S",
    "年": "Y",
    "カ月": "Mo",
    "か月": "Mo",
    "ヶ月": "Mo",
    "ヵ月": "Mo",
    "ケ月": "Mo",
    "箇月": "Mo",
    "週": "W",
    "週間": "W",
    "日": "D",
    "時間": "H",
    "分": "Mi",
    "秒": "S",
}
_LETTER = {"Y": "Y", "Mo": "M", "W": "W", "D": "D", "H": "H", "Mi": "M", "S": "S"}
#: unit words that are multiples of a unit key
_FACTOR = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}
_UNIT_NAMES = {
    "Y": "year",
    "Mo": "month",
    "W": "week",
    "D": "day",
    "H": "hour",
    "Mi": "minute",
    "S": "second",
}

_ISO = re.compile(
    r"P(?!\Z)(?:(?P<Y>[0-9.]+)Y)?(?:(?P<Mo>[0-9.]+)M)?(?:(?P<W>[0-9.]+)W)?"
    r"(?:(?P<D>[0-9.]+)D)?(?:T(?=[0-9.])(?:(?P<H>[0-9.]+)H)?(?:(?P<Mi>[0-9.]+)M)?"
    r"(?:(?P<S>[0-9.]+)S)?)?"
)
_UNIT = "|".join(sorted(map(re.escape, UNIT_WORDS), key=len, reverse=True))
_PART = re.compile(
    rf"(?:(?P<half_a>half\s+an?\s+)(?P<hu>{_UNIT})"
    rf"|(?P<n>{EN_NUMBER})(?P<and_half>\s+and\s+a\s+half)?\s*-?\s*(?P<u>{_UNIT})"
    rf"(?P<half>\s+and\s+a\s+half|半)?)(?:\s*,?\s*(?:and\s+)?|間)?",
    re.IGNORECASE,
)
_ACCEPTED = (
    "'25 minutes', '25 min', '1.5 hours', '1 hour 30 minutes', 'half an hour', "
    "'an hour and a half', '3 days', '2 weeks', '25分', '1時間半', "
    "or ISO 8601 such as 'PT25M' or 'P1DT2H'"
)


@functools.lru_cache(maxsize=4096)
def number_word(word: str) -> Decimal:
    """``25`` / ``twenty-five`` / ``an`` → its value; remembered."""
    word = word.lower().replace(" ", "-")
    if word in EN_NUMBERS:
        return Decimal(EN_NUMBERS[word])
    if "-" in word:
        tens, _, ones = word.partition("-")
        return Decimal(EN_NUMBERS[tens] + EN_NUMBERS[ones])
    return Decimal(word)


def parse_duration_value(value: str | int | float) -> float:
    """Seconds for a claimed duration; ValueError lists the accepted forms."""
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(f"duration {value!r} has no unit; write it as {_ACCEPTED}")
    text = digitise(unicodedata.normalize("NFKC", value).strip()).text
    iso = _ISO.fullmatch(text.upper())
    if iso is not None and text[:1] in "Pp":
        try:
            parts = {k: Decimal(v) for k, v in iso.groupdict().items() if v}
        except ArithmeticError:
            parts = {}
        if parts:
            return float(sum(n * UNIT_SECONDS[k] for k, n in parts.items()))
    parts_list = parse_parts(text)
    if parts_list is None:
        raise ValueError(
            f"duration {value!r} is not understood; write it as {_ACCEPTED}"
        )
    return float(sum(n * UNIT_SECONDS[k] for n, k in parts_list))


def parse_parts(text: str) -> list[tuple[Decimal, str]] | None:
    """``1 hour 30 minutes`` → [(1, H), (30, Mi)]; None unless all of it parses."""
    parts: list[tuple[Decimal, str]] = []
    pos = 0
    while pos < len(text):
        found = _PART.match(text, pos)
        if found is None or found.end() == pos:
            return None
        parts.append(part_of(found))
        pos = found.end()
    return parts or None


def part_of(found: re.Match[str]) -> tuple[Decimal, str]:
    """One (amount, unit key) from a ``_PART``-shaped match."""
    if found.group("half_a"):
        return unit_amount(Decimal("0.5"), found.group("hu"))
    amount = number_word(found.group("n"))
    if found.group("and_half") or found.group("half"):
        amount += Decimal("0.5")
    return unit_amount(amount, found.group("u"))


def unit_amount(amount: Decimal, word: str) -> tuple[Decimal, str]:
    """(amount, unit key) for a unit word: 2 decades → (20, Y)."""
    word = word.lower()
    if word not in UNIT_WORDS and word.endswith("s"):
        word = word[:-1]
    return amount * _FACTOR.get(word, 1), UNIT_WORDS[word]


def iso_duration(parts: list[tuple[Decimal, str]]) -> str:
    """ISO 8601 for amounts in unit keys, fractions pushed into smaller units."""
    if len(parts) == 1 and parts[0][0] == parts[0][0].to_integral_value():
        amount, key = parts[0]
        letter = "T" if key in ("H", "Mi", "S") else ""
        return f"P{letter}{_plain(amount)}{_LETTER[key]}" if amount else "PT0S"
    amounts = dict.fromkeys(_ORDER, Decimal(0))
    for amount, key in parts:
        amounts[key] += amount
    for index, key in enumerate(_ORDER):
        whole = amounts[key].to_integral_value(rounding="ROUND_FLOOR")
        fraction = amounts[key] - whole
        if not fraction:
            continue
        smaller = any(amounts[k] for k in _ORDER[index + 1 :])
        push = _PUSH.get(key) or (_LOOSE_PUSH.get(key) if smaller else None)
        if push is not None:
            amounts[key] = whole
            amounts[push[0]] += fraction * push[1]
    date = "".join(
        f"{_plain(amounts[k])}{'M' if k == 'Mo' else k}"
        for k in ("Y", "Mo", "W", "D")
        if amounts[k]
    )
    time = "".join(
        f"{_plain(amounts[k])}{'M' if k == 'Mi' else k}"
        for k in ("H", "Mi", "S")
        if amounts[k]
    )
    if not date and not time:
        return "PT0S"
    return f"P{date}" + (f"T{time}" if time else "")


def format_duration(seconds: float) -> str:
    """ISO 8601 in days, hours, minutes and seconds: 5400 → ``PT1H30M``."""
    if seconds < 0 or seconds != seconds or seconds == float("inf"):
        raise ValueError(
            f"a duration must be a finite number of seconds >= 0 (got {seconds})"
        )
    rest = Decimal(repr(float(seconds)))
    days, rest = divmod(rest, DAY)
    hours, rest = divmod(rest, 3600)
    minutes, rest = divmod(rest, 60)
    return iso_duration([(days, "D"), (hours, "H"), (minutes, "Mi"), (rest, "S")])


def describe_duration(seconds: float) -> str:
    """Words for people: ``25 minutes``, ``1 hour 30 minutes``, ``3 days``."""
    if seconds == 0:
        return "0 seconds"
    words = []
    rest = Decimal(repr(float(abs(seconds))))
    for key in ("D", "H", "Mi"):
        count, rest = divmod(rest, UNIT_SECONDS[key])
        if count:
            words.append(_unit_words(count, key))
    if rest:
        words.append(_unit_words(rest.quantize(Decimal("0.01")).normalize(), "S"))
    return " ".join(words)


def _unit_words(count: Decimal, key: str) -> str:
    name = _UNIT_NAMES[key]
    return f"{_plain(count)} {name}" + ("" if count == 1 else "s")


def _plain(number: Decimal) -> str:
    """``25`` / ``1.5``: no exponent, no trailing zeros."""
    text = format(number.normalize(), "f")
    return text


def iso_mention(match: re.Match[str]) -> Mention | None:
    """An ISO 8601 duration written in the text (PT25M): group ``iso``."""
    try:
        seconds = parse_duration_value(match.group("iso"))
    except ValueError:
        return None
    iso = match.group()
    return Mention("duration", match.start(), match.end(), iso, iso, number=seconds)
