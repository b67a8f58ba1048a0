"""Frozen data the engine passes around: intervals, mentions, claims, verdicts.

Nothing here knows about pytest, YAML or HTML.  Times are *naive* datetimes read
as the local calendar time of the text being checked; an interval is half-open
``[start, end)`` and ``None`` is an open end ("by late March" has no start).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

#: value keys of a claim, in the order the spec lists them
VALUE_KINDS = ("when", "weekday", "duration", "count", "quote", "name", "text", "agree")
#: the kinds a text mention can have (what the extractors find)
MENTION_KINDS = ("when", "weekday", "duration", "count", "name")

#: hedges a mention or a claim can carry (spec section 2)
#:   approx    約, およそ, 程度, ほど, 前後, about, around, approximately, roughly, some
#:   nearly    近く, 弱, nearly, almost            (75%-100% of the value)
#:   over      強, 余り, more than, over            (above the value)
#:   under     未満, less than, under               (below the value)
#:   at-least  以上, at least                       (the value or above)
#:   at-most   以下, at most, up to                 (the value or below)
HEDGES = ("approx", "nearly", "over", "under", "at-least", "at-most")

#: bounds on a date mention: the mention's interval is then open on one side
#:   by      遅くとも, までに, by, no later than      ../X   (ends with X)
#:   until   まで, until, till                         ../X
#:   before  以前, 前に, before, prior to                ../X  (ends before X starts)
#:   from    から, from, starting                      X/..
#:   since   以来, since                               X/..
#:   after   以降, 以後, after                         X/..  (after X; 以降 includes X)
BOUNDS = ("by", "until", "before", "from", "since", "after")


class Verdict(enum.StrEnum):
    """The FEVER labels."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True, order=True)
class Interval:
    """Half-open ``[start, end)``; ``None`` is an open end."""

    start: datetime | None
    end: datetime | None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"empty interval {self.start} .. {self.end}")

    @property
    def is_bounded(self) -> bool:
        return self.start is not None and self.end is not None

    def contains(self, other: Interval) -> bool:
        """True when every instant of ``other`` is in ``self``."""
        starts_ok = self.start is None or (
            other.start is not None and other.start >= self.start
        )
        ends_ok = self.end is None or (other.end is not None and other.end <= self.end)
        return starts_ok and ends_ok

    def overlaps(self, other: Interval) -> bool:
        """True when the two share at least one instant."""
        if self.end is not None and other.start is not None and self.end <= other.start:
            return False
        return not (
            other.end is not None and self.start is not None and other.end <= self.start
        )

    def intersection(self, other: Interval) -> Interval | None:
        if not self.overlaps(other):
            return None
        starts = [s for s in (self.start, other.start) if s is not None]
        ends = [e for e in (self.end, other.end) if e is not None]
        return Interval(max(starts) if starts else None, min(ends) if ends else None)

    def hull(self, other: Interval) -> Interval:
        start = (
            None
            if self.start is None or other.start is None
            else min(self.start, other.start)
        )
        end = (
            None if self.end is None or other.end is None else max(self.end, other.end)
        )
        return Interval(start, end)

    @property
    def length(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    def render(self) -> str:
        """``2026-03-21 – 2026-03-31`` (inclusive, at the coarsest exact grain)."""
        return f"{_render_point(self.start, False)} – {_render_point(self.end, True)}"


def _render_point(point: datetime | None, is_end: bool) -> str:
    if point is None:
        return "…"
    midnight = point.hour == point.minute == point.second == point.microsecond == 0
    if is_end and midnight:
        return (point - timedelta(days=1)).date().isoformat()
    if midnight:
        return point.date().isoformat()
    if is_end:
        point = point - timedelta(minutes=1)
    return point.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, init=False)
class Mention:
    """One value the engine found in a text.

    ``start``/``end`` are character offsets into the text's body.  ``value`` is the
    normalised value in the spec's notation (``2026-03-late``, ``../2026-03-late``,
    ``PT25M``, ``250``, ``friday``, a name).  ``interval`` is where a ``when`` (or a
    dated weekday) may lie, the bound already applied.  ``number`` is seconds for
    a duration and the number for a count.  ``note`` says how the value was
    resolved ("year-less; 前回 points back → 2025"), for diagnostics.
    """

    kind: str
    start: int
    end: int
    text: str
    value: str
    interval: Interval | None = None
    number: float | None = None
    unit: str | None = None
    hedge: str | None = None
    bound: str | None = None
    note: str = ""
    weekday: int | None = None  # 0 = Monday, for weekday mentions

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        text: str,
        value: str,
        interval: Interval | None = None,
        number: float | None = None,
        unit: str | None = None,
        hedge: str | None = None,
        bound: str | None = None,
        note: str = "",
        weekday: int | None = None,
    ) -> None:
        # The generated frozen __init__ sets each field through
        # object.__setattr__ (~4 us); the engine makes a mention every ~20
        # characters of dense text, so fields go straight into the instance
        # dict (~1.5 us).  tests/test_model.py keeps this in step with the fields.
        d = self.__dict__
        d["kind"] = kind
        d["start"] = start
        d["end"] = end
        d["text"] = text
        d["value"] = value
        d["interval"] = interval
        d["number"] = number
        d["unit"] = unit
        d["hedge"] = hedge
        d["bound"] = bound
        d["note"] = note
        d["weekday"] = weekday


@dataclass(frozen=True)
class Tolerance:
    """``tolerance: 2 minutes`` (absolute, in the value's unit) or ``5%``."""

    absolute: float | None = None
    relative: float | None = None

    def width(self, value: float) -> float:
        if self.absolute is not None:
            return self.absolute
        return abs(value) * (self.relative or 0.0)


@dataclass(frozen=True)
class Where:
    """A place in a suite file, 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Claim:
    """One claim of a claim file, its value already parsed.

    ``kind`` is the value key (``when``, ``weekday``, …, ``agree``).  ``value`` is
    what the YAML says, for reports; the typed fields hold the parsed form.
    """

    id: str
    kind: str
    value: Any
    where: Where
    sources: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    says: str | None = None
    expect: Mapping[str, Verdict] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    note: str | None = None
    published: datetime | None = None
    # parsed values
    when: Interval | None = None
    weekday: int | None = None
    number: float | None = None  # duration in seconds, or the count
    unit: str | None = None
    approx: bool = False
    tolerance: Tolerance | None = None
    aliases: tuple[str, ...] = ()

    def expected(self, source: str) -> Verdict:
        """The verdict the suite expects in ``source`` (supported unless stated)."""
        return self.expect.get(source, self.expect.get("*", Verdict.SUPPORTED))

    @property
    def is_background(self) -> bool:
        """``sources: []``: stated by the suite's author, checked in no text."""
        return not self.sources


@dataclass(frozen=True)
class Relation:
    """``<left> <op> <right> [by <hedge> <duration>]``."""

    left: str
    op: str  # before, after, during, overlaps, same-as
    right: str
    where: Where
    text: str
    gap_hedge: str | None = None  # exactly, about, nearly, at-least, at-most
    gap: float | None = None  # seconds
    expect: Verdict = Verdict.SUPPORTED
    note: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.left}-{self.op}-{self.right}"


@dataclass(frozen=True)
class Evidence:
    """Where in a source a check looked: the sentence, and the mention if any."""

    source: str
    sentence: str
    sentence_start: int  # offset of the sentence in the body
    mention: Mention | None = None
    line: int | None = None  # line of the mention (or sentence) in the fixture file

    def marked(self) -> str:
        """The sentence with the mention wrapped in 【】."""
        if self.mention is None:
            return self.sentence
        a = self.mention.start - self.sentence_start
        b = self.mention.end - self.sentence_start
        return f"{self.sentence[:a]}【{self.sentence[a:b]}】{self.sentence[b:]}"


@dataclass(frozen=True)
class Outcome:
    """A verdict with its reasons: what the check found and why it decided."""

    verdict: Verdict
    why: str
    evidence: tuple[Evidence, ...] = ()
    claim_says: str = ""
    interval: Interval | None = None  # for relations: where the event may lie
    details: Mapping[str, Any] = field(default_factory=dict)
