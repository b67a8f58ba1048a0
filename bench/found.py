"""What an engine found, in one shape for every engine, and gold targets to match.

Every engine's output is reduced to :class:`Found`; every gold row to a
:class:`Target`.  :func:`matches` is the single place that decides whether a
found value is the gold value, so every engine is judged by the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from checks.model import Interval
from checks.normalise import edtf

#: TIMEX3 season codes → the spec's season words
_TIMEX_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SECONDS = re.compile(r"T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$")
_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$"
)
#: seconds per unit; a month is 30 days and a year 365 (matching allows 2 %)
_UNIT_SECONDS = {
    "Y": 365 * 86400.0,
    "M": 30 * 86400.0,
    "W": 7 * 86400.0,
    "D": 86400.0,
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
}
DURATION_TOLERANCE = 0.02


@dataclass(frozen=True)
class Found:
    """One value an engine returned.

    ``interval`` when the engine states where the value lies; ``point`` when it
    returns a bare datetime (dateparser); ``pattern`` when it returns an
    unresolved TIMEX such as ``XXXX-03`` (ja-timex without a reference).
    """

    kind: str  # when, weekday, duration, count
    start: int
    end: int
    text: str
    value: str = ""
    interval: Interval | None = None
    point: datetime | None = None
    pattern: str | None = None
    weekday: int | None = None
    seconds: float | None = None
    number: float | None = None
    hedge: str | None = None
    bound: str | None = None

    def describe(self) -> str:
        shown = self.value or self.pattern or (self.point and self.point.isoformat())
        if self.interval is not None and "X" in str(shown):
            shown = f"{shown} = {self.interval.render()}"
        return f"{self.kind} {self.text!r} → {shown}"


@dataclass(frozen=True)
class Target:
    """What a gold row expects; any one alternative is enough."""

    #: when, weekday, duration, point, count, none, mod; numeral (a text with
    #: its numerals in digits) or number (a lone numeral → its value)
    kind: str
    alternatives: tuple[str | Interval, ...] = ()
    weekday: int | None = None
    seconds: float | None = None
    point: datetime | None = None
    number: float | None = None
    mods: frozenset[str] = field(default_factory=frozenset)
    none_of: frozenset[str] = field(default_factory=frozenset)
    hedge: str | None = None  # a hedge the found value must carry
    #: the row's text counts units from its reference time (10年前, five years
    #: ago): the longest answer at that unit's grain that still counts
    grain: timedelta | None = None

    def describe(self) -> str:
        if self.kind == "when":
            return " | ".join(_show(a) for a in self.alternatives)
        if self.kind == "weekday":
            return f"weekday {self.weekday}"
        if self.kind == "duration":
            return f"duration {self.seconds:g} s"
        if self.kind == "point":
            return f"starts at {self.point}"
        if self.kind == "none":
            return f"no {'/'.join(sorted(self.none_of))} mention"
        if self.kind == "mod":
            return f"modifier {'/'.join(sorted(self.mods))}"
        if self.kind in ("numeral", "number"):
            shown = self.alternatives[0] if self.number is None else f"{self.number:g}"
            return f"digits {shown}"
        return f"count {self.number:g}" + (f" ({self.hedge})" if self.hedge else "")


def _show(alt: str | Interval) -> str:
    return alt if isinstance(alt, str) else alt.render()


# --- notation -------------------------------------------------------------


def timex_to_spec(value: str) -> str:
    """A TIMEX3-style value in the spec's notation (X parts kept)."""
    value = value.strip()
    for code, word in _TIMEX_SEASONS.items():
        value = re.sub(rf"(\d{{4}}|XXXX)-{code}$", rf"\1-{word}", value)
    value = re.sub(r"T(\d{2}):(\d{2}):00(?:\.0+)?$", r"T\1:\2", value)
    return value


def duration_seconds(value: str) -> float | None:
    """Seconds of an ISO 8601 duration (``PT25M``, ``P1.5Y``); None if not one."""
    m = _DURATION.match(value.strip())
    if not m or value.strip() in ("P", "PT"):
        return None
    total = 0.0
    for unit, amount in m.groupdict().items():
        if amount:
            total += float(amount) * _UNIT_SECONDS[unit]
    return total


def interval_of(value: str) -> Interval:
    """Interval of a value in the spec's notation, also allowing seconds."""
    if "/" in value:
        left, _, right = value.partition("/")
        start = None if left in ("", "..") else interval_of(left).start
        end = None if right in ("", "..") else interval_of(right).end
        return Interval(start, end)
    m = _SECONDS.search(value)
    if m:  # the spec's notation stops at minutes: a second names its minute
        value = value[: m.start()] + f"T{m.group(1)}:{m.group(2)}"
    return edtf.parse_when(timex_to_spec(value))


def bound_variants(value: str) -> tuple[Interval, ...]:
    """``../X`` ends at X's start or end; ``X/..`` starts at either (both accepted).

    Whether 以前 / 以降 / before / after include X differs between sources, so an
    open bound matches with X included or excluded.
    """
    left, _, right = value.partition("/")
    if left in ("", "..") and right not in ("", ".."):
        x = interval_of(right)
        return tuple(Interval(None, e) for e in (x.start, x.end) if e is not None)
    if right in ("", "..") and left not in ("", ".."):
        x = interval_of(left)
        return tuple(Interval(s, None) for s in (x.start, x.end) if s is not None)
    return (interval_of(value),)


def fill_unknown(pattern: str, at: datetime) -> str:
    """``XXXX-03`` with the year of ``at``; ``XXXX-XX-18`` with its year and month.

    ``T24`` is midnight at the end of a day, ``T25:30`` half past one the next
    morning (a TV-schedule hour): filled from ``at`` at that hour past midnight,
    they name the day before, and come out as the next day's hour.
    """
    late = _LATE_HOUR.search(pattern)
    if late and at.hour == int(late.group(1)) - 24:
        at = at - timedelta(days=1)
    out = pattern.replace("XXXX", f"{at.year:04d}", 1)
    out = re.sub(r"^(\d{4})-XX", lambda m: f"{m.group(1)}-{at.month:02d}", out)
    out = re.sub(r"^(\d{4}-\d{2})-XX", lambda m: f"{m.group(1)}-{at.day:02d}", out)
    return _next_day_hour(out) if late else out


_LATE_HOUR = re.compile(r"T(2[4-9]|[3-4]\d)(?=:|$)")


def _next_day_hour(value: str) -> str:
    """``2026-01-03T25:30`` → ``2026-01-04T01:30`` (hours past 24 roll over)."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2})(:\d{2})?", value)
    if m is None:
        return value
    day = datetime.fromisoformat(m.group(1)) + timedelta(days=int(m.group(2)) // 24)
    return f"{day.date().isoformat()}T{int(m.group(2)) % 24:02d}{m.group(3) or ''}"


def _anchor(interval: Interval) -> datetime | None:
    if interval.start is not None:
        return interval.start
    if interval.end is not None:
        return interval.end - timedelta(microseconds=1)
    return None


# --- matching -------------------------------------------------------------


def matches(target: Target, found: Found) -> bool:
    """True when ``found`` states the value ``target`` expects."""
    if target.hedge is not None and found.hedge != target.hedge:
        return False
    if target.kind == "when":
        return any(_when_matches(alt, found) for alt in target.alternatives) or (
            target.grain is not None
            and any(_at_grain(alt, found, target.grain) for alt in target.alternatives)
        )
    if target.kind == "weekday":
        if found.weekday is not None:
            return found.weekday == target.weekday
        day = _single_day(found)
        return day is not None and day.weekday() == target.weekday
    if target.kind == "duration":
        if found.kind != "duration" or found.seconds is None or target.seconds is None:
            return False
        if target.seconds == 0:
            return found.seconds == 0
        return (
            abs(found.seconds - target.seconds) <= DURATION_TOLERANCE * target.seconds
        )
    if target.kind == "point":  # compared to the minute, where the notation stops
        want = _minute(target.point)
        if found.point is not None and _minute(found.point) == want:
            return True
        if found.interval is not None and _minute(found.interval.start) == want:
            return True
        if target.grain is None or want is None:
            return False
        minute = Interval(want, want + timedelta(minutes=1))
        return _at_grain(minute, found, target.grain)
    if target.kind == "mod":
        parts = {
            f"part:{p}"
            for p in ("early", "mid", "late", "H1", "H2")
            if p in found.value
        }
        return bool(target.mods & ({found.hedge, found.bound} | parts))
    if target.kind == "count":
        return found.kind == "count" and found.number == target.number
    return False


def _minute(at: datetime | None) -> datetime | None:
    return None if at is None else at.replace(second=0, microsecond=0, tzinfo=None)


def _single_day(found: Found) -> datetime | None:
    if found.point is not None:
        return found.point
    iv = found.interval
    if iv is not None and iv.start is not None and iv.length == timedelta(days=1):
        return iv.start
    return None


def _at_grain(alt: str | Interval, found: Found, grain: timedelta) -> bool:
    """An answer at the grain of the counted unit (10年前 → a year) holding the gold.

    A source that can only return a datetime writes 10年前 as the day ten years
    back; an engine that answers with the year ten years back states the same
    thing at the grain the text counts in.  The answer must hold the gold value
    and be no longer than one such unit.
    """
    iv = found.interval
    if found.kind != "when" or iv is None or iv.start is None or iv.end is None:
        return False
    if iv.end - iv.start > grain:
        return False
    if isinstance(alt, Interval):
        gold = alt
    else:
        pattern = timex_to_spec(alt)
        if "X" in pattern or "/" in pattern:
            return False
        try:
            gold = interval_of(pattern)
        except ValueError:
            return False
    return gold.is_bounded and iv.contains(gold)


def _when_matches(alt: str | Interval, found: Found) -> bool:
    if found.kind not in ("when", "weekday"):
        return False
    if isinstance(alt, Interval):
        gold: Interval | None = alt
        pattern = None
    else:
        pattern = timex_to_spec(alt)
        try:
            gold = None if "X" in pattern else interval_of(pattern)
        except ValueError:
            return False
    if found.interval is not None:
        if gold is None and pattern is not None:
            at = _anchor(found.interval)
            if at is None:
                return False
            try:
                pattern = fill_unknown(pattern, at)
            except ValueError:
                return False
        if pattern is not None and "/" in pattern:
            try:
                return found.interval in bound_variants(pattern)
            except ValueError:
                return False
        if gold is None and pattern is not None:
            try:
                gold = interval_of(pattern)
            except ValueError:
                return False
        return gold == found.interval
    if found.point is not None:
        if gold is None and pattern is not None:
            try:
                gold = interval_of(fill_unknown(pattern, found.point))
            except ValueError:
                return False
        # a bare datetime cannot state a bound: only closed gold intervals count
        if gold is None or gold.start is None or gold.end is None:
            return False
        return gold.start <= found.point.replace(tzinfo=None) < gold.end
    if found.pattern is not None and pattern is not None:
        return timex_to_spec(found.pattern) == pattern
    return False
