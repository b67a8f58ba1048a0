"""Relations between events whose times are known only as intervals.

The model, stated once: an event is a *point* (a call, a meeting, a short event
within a day) that may lie anywhere in its value's interval ``[start, end)``;
``None`` is an open end.  A relation is a condition on the two points ``a`` (left)
and ``b`` (right):

| relation   | holds when                                                  |
|------------|-------------------------------------------------------------|
| ``before`` | ``a < b``                                                   |
| ``after``  | ``a > b``                                                   |
| ``during`` | ``a`` lies in the right value (read as a period: a festival) |
| ``same-as``| ``a`` and ``b`` fall on the same calendar day               |
| ``overlaps``| ``a`` and ``b`` fall on the same calendar day: two short     |
|            | events within a day can only be said to overlap by sharing  |
|            | it; a period that must contain a point is ``during``        |

It is **supported** when it holds for every placement of the two points,
**refuted** when it holds for none, **unverifiable** otherwise.  Because every
verdict quantifies over placements, a vaguer value can only lose certainty: two
events on one day are never ``before`` each other, and "October" is not before
"28 October".  (The right side of ``during`` is the exception: it is a period,
and a longer period holds more.)

A gap (``by nearly 1 month``; a month is 30 days) goes with ``before`` and
``after``: it is ``b - a`` (``a - b`` for ``after``).  A gap of a day or more is
counted in calendar days (30 Oct → 24 Nov is 25 days whatever the hours), a
shorter one in seconds.  Hedges give the accepted range: ``exactly`` g;
``about`` 90–110%; ``nearly`` 75–100%; ``at-least`` g or more; ``at-most`` /
``within`` 0 to g.  With a gap the relation holds when the order holds *and*
the gap is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from checks.model import Interval, Outcome, Relation, Verdict

DAY = 86400.0
MONTH = 30 * DAY
_TICK = timedelta(microseconds=1)
_ORDERS = ("before", "after")
OPS = ("before", "after", "during", "overlaps", "same-as")
GAP_HEDGES = ("exactly", "about", "nearly", "at-least", "at-most", "within")

S, R, U = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.UNVERIFIABLE


def evaluate(relation: Relation, left: Interval, right: Interval) -> Outcome:
    """The verdict on ``relation`` given where its two events may lie."""
    a, b = relation.left, relation.right
    details: dict[str, Any] = {
        "left": left.render(),
        "right": right.render(),
        "gap_min_s": None,
        "gap_max_s": None,
        "accepted_min_s": None,
        "accepted_max_s": None,
    }
    head = f"{a}: {_show(left)}; {b}: {_show(right)}"
    op = relation.op
    if op == "before":
        verdict, why = _order(a, left, b, right)
    elif op == "after":
        verdict, why = _order(b, right, a, left)
    elif op == "during":
        verdict, why = _during(a, left, b, right)
    elif op in ("same-as", "overlaps"):
        verdict, why = _same_day(a, left, b, right, op)
    else:
        verdict, why = U, f"'{op}' is not a relation (use one of {', '.join(OPS)})"
    if relation.gap is not None:
        if op not in _ORDERS:
            verdict = U
            why = f"a gap goes only with before or after, not with {op}"
        else:
            first, second = (left, right) if op == "before" else (right, left)
            gap_verdict, gap_why = _gap(relation, first, second, details)
            combined = _both(verdict, gap_verdict)
            if combined is R:
                why = why if verdict is R else gap_why
            else:
                why = f"{why}; {gap_why}"
            verdict = combined
    details["events"] = head  # the intervals; messages show them on their own lines
    return Outcome(verdict=verdict, why=why, details=details)


def relation_interval(values: Sequence[Interval]) -> Interval | None:
    """Where an event may lie given what several sources say.

    The intersection of the values; ``None`` when they conflict (or none is
    given).
    """
    if not values:
        return None
    found: Interval | None = values[0]
    for value in values[1:]:
        if found is None:
            return None
        found = found.intersection(value)
    return found


# --- orders ---------------------------------------------------------------


def _first(value: Interval) -> datetime | None:
    return value.start


def _last(value: Interval) -> datetime | None:
    return None if value.end is None else value.end - _TICK


def _order(a: str, left: Interval, b: str, right: Interval) -> tuple[Verdict, str]:
    """``a < b`` for points ``a`` in ``left``, ``b`` in ``right``."""
    a_last, b_first = _last(left), _first(right)
    if a_last is not None and b_first is not None and a_last < b_first:
        return S, f"{a} ends before {b} begins"
    a_first, b_last = _first(left), _last(right)
    if a_first is not None and b_last is not None and a_first >= b_last:
        return R, f"{a} starts when or after {b} ends: the order is reversed"
    if a_last is None:
        return U, f"{a} has no end, so it may fall after {b}"
    if b_first is None:
        return U, f"{b} has no start, so it may fall before {a}"
    days = {_day(x) for x in (a_first, a_last, b_first, b_last) if x is not None}
    if len(days) == 1:
        return U, (
            f"both fall on {days.pop().date().isoformat()}; "
            "a day does not order two events within it"
        )
    return U, _overlap_phrase(a, left, b, right) + f", so {a} may fall on or after {b}"


def _show(value: Interval) -> str:
    """``Interval.render()``, with a one-day interval shown as its day."""
    shown = value.render()
    first, _, last = shown.partition(" – ")
    return first if first == last else shown


def _overlap_phrase(a: str, left: Interval, b: str, right: Interval) -> str:
    if left.contains(right):
        return f"{a} ({_show(left)}) contains {b} ({_show(right)})"
    if right.contains(left):
        return f"{a} ({_show(left)}) lies inside {b} ({_show(right)})"
    return f"{a} and {b} overlap"


def _during(a: str, left: Interval, b: str, right: Interval) -> tuple[Verdict, str]:
    if right.contains(left):
        return S, f"{a} lies inside {b}"
    if not left.overlaps(right):
        return R, f"{a} and {b} do not meet"
    return U, f"{a} may fall outside {b}: only part of {a} lies inside it"


def _day(point: datetime) -> datetime:
    return point.replace(hour=0, minute=0, second=0, microsecond=0)


def _same_day(
    a: str, left: Interval, b: str, right: Interval, op: str
) -> tuple[Verdict, str]:
    """Both points on one calendar day (times within the day are not compared)."""
    ends = (_first(left), _last(left), _first(right), _last(right))
    if all(x is not None for x in ends):
        days = {_day(x) for x in ends if x is not None}
        if len(days) == 1:
            return S, f"both fall on {days.pop().date().isoformat()}"
    a_first, a_last, b_first, b_last = ends
    if (
        a_last is not None and b_first is not None and _day(a_last) < _day(b_first)
    ) or (b_last is not None and a_first is not None and _day(b_last) < _day(a_first)):
        return R, f"{a} and {b} share no day"
    return U, f"{a} and {b} may fall on different days ({op} compares days)"


def _both(order: Verdict, gap: Verdict) -> Verdict:
    if R in (order, gap):
        return R
    if order is S and gap is S:
        return S
    return U


# --- gaps -----------------------------------------------------------------


def accepted_range(hedge: str | None, gap: float) -> tuple[float, float | None]:
    """The gaps (seconds) a hedge accepts; ``None`` is no upper limit."""
    if hedge in (None, "exactly"):
        return gap, gap
    if hedge == "about":
        return 0.9 * gap, 1.1 * gap
    if hedge == "nearly":
        return 0.75 * gap, gap
    if hedge == "at-least":
        return gap, None
    if hedge in ("at-most", "within"):
        return 0.0, gap
    raise ValueError(
        f"unknown gap hedge {hedge!r} (use one of {', '.join(GAP_HEDGES)})"
    )


def gap_range(
    first: Interval, second: Interval, in_days: bool
) -> tuple[float | None, float | None]:
    """The least and greatest ``second - first`` (seconds); ``None`` is unbounded."""
    f_lo, f_hi, s_lo, s_hi = _first(first), _last(first), _first(second), _last(second)
    if in_days:
        f_lo, f_hi = _maybe_day(f_lo), _maybe_day(f_hi)
        s_lo, s_hi = _maybe_day(s_lo), _maybe_day(s_hi)
    low = None if s_lo is None or f_hi is None else (s_lo - f_hi).total_seconds()
    high = None if s_hi is None or f_lo is None else (s_hi - f_lo).total_seconds()
    return low, high


def _maybe_day(point: datetime | None) -> datetime | None:
    return None if point is None else _day(point)


def _gap(
    relation: Relation, first: Interval, second: Interval, details: dict[str, Any]
) -> tuple[Verdict, str]:
    gap = float(relation.gap or 0.0)
    in_days = gap >= DAY
    acc_lo, acc_hi = accepted_range(relation.gap_hedge, gap)
    low, high = gap_range(first, second, in_days)
    details.update(
        gap_min_s=low, gap_max_s=high, accepted_min_s=acc_lo, accepted_max_s=acc_hi
    )
    can = f"the gap can be {_span(low, high, in_days)}"
    hedge = (relation.gap_hedge or "exactly").replace("-", " ")
    claimed = f"{hedge} {_duration(gap)} = {_span(acc_lo, acc_hi, in_days)}"
    if (
        low is not None
        and low >= acc_lo
        and (acc_hi is None or (high is not None and high <= acc_hi))
    ):
        return S, f"{can}, always inside {claimed}"
    if (high is not None and high < acc_lo) or (
        acc_hi is not None and low is not None and low > acc_hi
    ):
        return R, f"{can}, never inside {claimed}"
    return U, f"{can}, not always inside {claimed}"


def _span(low: float | None, high: float | None, in_days: bool) -> str:
    lo = "…" if low is None else _amount(low, in_days)
    hi = "…" if high is None else _amount(high, in_days)
    unit = "days" if in_days else "hours"
    if lo == hi:
        return f"{lo} {unit.removesuffix('s') if lo == '1' else unit}"
    return f"{lo}–{hi} {unit}"


def _amount(seconds: float, in_days: bool) -> str:
    value = seconds / (DAY if in_days else 3600.0)
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _duration(seconds: float) -> str:
    for size, word in (
        (MONTH, "month"),
        (DAY, "day"),
        (3600.0, "hour"),
        (60.0, "minute"),
    ):
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            return f"{count} {word}{'s' if count != 1 else ''}"
    return f"{seconds:g} seconds"
