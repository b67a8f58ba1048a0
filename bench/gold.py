"""Peer gold rows as cases: the text, its reference time, and what must be found.

A case with ``target=None`` is out of scope and carries the reason; every file's
rules live in :mod:`bench.rules_jatimex`, :mod:`bench.rules_other` and
:mod:`bench.seed`.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from bench.found import Target, duration_seconds

GOLD_DIR = Path(os.environ.get("CLAIMS_PEER_GOLD", "/work/shared/peer-gold"))
WHEN_KINDS = frozenset({"when", "weekday"})
TIME_KINDS = frozenset({"when", "weekday", "duration"})


@dataclass(frozen=True)
class Case:
    """One scored row."""

    file: str
    line: int
    text: str
    lang: str
    published: datetime | None
    expected: str  # the gold value as the file states it, for reports
    target: Target | None  # None: out of scope
    reason: str = ""  # why out of scope
    span: tuple[int, int] | None = None  # where in text the value must be found

    @property
    def in_scope(self) -> bool:
        return self.target is not None


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of one gold file (header as keys, ``_line`` = line in the file)."""
    with (GOLD_DIR / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for i, row in enumerate(rows, start=2):
        row["_line"] = str(i)
    return rows


def reference(value: str) -> datetime | None:
    """The row's reference time as naive wall-clock time (its offset dropped)."""
    value = value.strip()
    if not value:
        return None
    value = re.sub(r"(\.\d{6})\d+", r"\1", value)
    return datetime.fromisoformat(value).replace(tzinfo=None)


def locate(text: str, span_text: str) -> tuple[int, int] | None:
    """Where ``span_text`` sits in ``text`` (None when absent or not given)."""
    if not span_text:
        return None
    at = text.find(span_text)
    return None if at < 0 else (at, at + len(span_text))


def case(
    row: dict[str, str],
    file: str,
    target: Target | None,
    *,
    reason: str = "",
    lang: str = "ja",
    span_text: str = "",
) -> Case:
    """A case from a row; ``reason`` is required when ``target`` is None."""
    assert target is not None or reason, "an out-of-scope case needs a reason"
    text = row["text"]
    if target is not None and target.kind in ("when", "point"):
        target = replace(target, grain=counted_grain(text))
    return Case(
        file=file,
        line=int(row["_line"]),
        text=text,
        lang=lang,
        published=reference(row.get("reference_datetime", "")),
        expected=row.get("expected_value", ""),
        target=target,
        reason=reason,
        span=locate(text, span_text or row.get("span_text", "")),
    )


def value_target(value: str) -> Target | None:
    """A target for a plain TIMEX-style value (date, weekday or duration)."""
    value = value.strip()
    weekday = re.fullmatch(r"XXXX-WXX-(\d)", value)
    if weekday:
        return Target("weekday", weekday=int(weekday.group(1)) - 1)
    if value.startswith("P"):
        seconds = duration_seconds(value)
        return None if seconds is None else Target("duration", seconds=seconds)
    if re.match(r"^(\d{4}|XXXX|\.\.)", value):
        return Target("when", alternatives=(value,))
    return None


FUTURE_WORDS = re.compile(
    r"来|次|後|明日|あした|あす|明後日|あさって|今後|翌|以降|から|先の|再来"
)
HAS_YEAR = re.compile(r"\d{4}|年|令和|平成|昭和")


#: a year, a month, … as the longest answer at that grain (a second: a minute,
#: where the spec's notation stops)
_YEAR, _MONTH, _DAY = timedelta(days=366), timedelta(days=31), timedelta(days=1)
_GRAINS_JA = {
    "世紀": _YEAR, "年": _YEAR, "月": _MONTH, "週": timedelta(days=7),
    "日": _DAY, "時間": timedelta(hours=1), "分": timedelta(minutes=1),
    "秒": timedelta(minutes=1),
}  # fmt: skip
_HALF = {"年": "月", "月": "日", "日": "時間"}
_GRAINS_EN = {
    "centur": _YEAR, "decade": _YEAR, "year": _YEAR, "month": _MONTH,
    "week": timedelta(days=7), "day": _DAY, "hour": timedelta(hours=1),
    "minute": timedelta(minutes=1), "second": timedelta(minutes=1),
}  # fmt: skip
_COUNTED_JA = re.compile(
    r"(?:[0-9０-９〇一二三四五六七八九十百千]+|四?半|数)"
    r"(?P<unit>世紀|年|[ヶか箇カケヵ]?月|週間?|日|時間|分|秒)間?(?:前|後)(?!半)"
)
_COUNTED_EN = re.compile(
    r"(?:\b(?:in|within)\s+(?:about\s+|around\s+|some\s+)?)?"
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|several)\s+(?P<unit>centur|decade|year|month|week|day|hour|minute|second)"
    r"(?:y|ies|s)?\b(?P<way>\s+(?:ago|from\s+now|hence))?",
    re.IGNORECASE,
)


def counted_grain(text: str) -> timedelta | None:
    """The finest unit a text counts from its reference time (3年前, in a decade).

    None when the text counts nothing from now.  Only a count with its
    direction (前 / 後, ago / from now / hence, or ``in`` before it) counts;
    in a chain (in 1 year 2 months) the finest unit of the chain.
    """
    grains = []
    for m in _COUNTED_JA.finditer(text):
        unit = m["unit"]
        if m.group().startswith(("半", "四半")):  # half a unit: the next grain down
            unit = _HALF.get(unit, unit)
        elif unit.endswith("月"):
            unit = "月"
        elif unit != "時間":
            unit = unit.rstrip("間")
        grains.append(_GRAINS_JA[unit])
    counts = list(_COUNTED_EN.finditer(text))
    if any(m["way"] or m.group().lower().startswith(("in", "within")) for m in counts):
        grains.extend(_GRAINS_EN[m["unit"].lower()] for m in counts)
    return min(grains) if grains else None
