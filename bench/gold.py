"""Peer gold rows as cases: the text, its reference time, and what must be found.

A case with ``target=None`` is out of scope and carries the reason; every file's
rules live in :mod:`bench.rules_jatimex`, :mod:`bench.rules_other` and
:mod:`bench.seed`.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from datetime import datetime
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
