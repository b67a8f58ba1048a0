"""How close a claimed duration or count must be to the text's (spec section 2).

Unhedged on both sides: equal.  Hedged on either side (``approx: true``, or a
text hedge such as 約 / about): within ±10%.  ``tolerance:`` replaces either
rule.  For point values the margin is taken from the smaller of the two
numbers, so swapping text and claim never changes the verdict and nothing
beyond the margin of either is supported.  A directional hedge gives the text
a range (nearly = 75–100% of its value, over, under, at least, at most): the
claim is supported when that whole range lies in the claim's accepted range,
refuted when they are disjoint, unverifiable when they only overlap.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable

from checks.model import Mention, Tolerance, Verdict
from checks.normalise.durations import describe_duration, parse_duration_value
from checks.normalise.hedges import hedge_word

__all__ = ["APPROX_MARGIN", "judge_quantity", "parse_tolerance", "text_range"]

#: the margin when either side is hedged and no tolerance is given
APPROX_MARGIN = 0.10
_PERCENT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*%")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_TOLERANCE_FORMS = {
    "duration": "a duration such as '2 minutes' or 'PT2M', "
    "or a percentage such as '5%'",
    "count": "a number such as 3, or a percentage such as '5%'",
}


def parse_tolerance(value: str | int | float, kind: str) -> Tolerance:
    """``2 minutes`` (seconds, for durations), ``5%`` (relative), ``3`` (counts)."""
    if kind not in _TOLERANCE_FORMS:
        raise ValueError(
            f"tolerance goes with duration or count (got it with {kind!r})"
        )
    forms = _TOLERANCE_FORMS[kind]
    if isinstance(value, bool):
        raise ValueError(f"tolerance must be {forms} (got {value!r})")
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        percent = _PERCENT.fullmatch(text)
        if percent is not None:
            return Tolerance(relative=float(percent.group(1)) / 100)
        if kind == "count" and _NUMBER.fullmatch(text):
            return Tolerance(absolute=float(text))
        if kind == "duration":
            try:
                return Tolerance(absolute=parse_duration_value(text))
            except ValueError:
                pass
        raise ValueError(f"tolerance must be {forms} (got {value!r})")
    if kind == "duration":
        raise ValueError(
            f"tolerance for a duration needs a unit: {forms} (got {value!r})"
        )
    if value < 0 or not math.isfinite(value):
        raise ValueError(f"tolerance must be {forms} (got {value!r})")
    return Tolerance(absolute=float(value))


def text_range(value: float, hedge: str | None) -> tuple[float, float, bool, bool]:
    """``(low, high, low_open, high_open)``: where the text puts the value."""
    if hedge == "nearly":
        return 0.75 * value, value, False, False
    if hedge == "over":
        return value, math.inf, True, True
    if hedge == "under":
        return 0.0, value, True, True
    if hedge == "at-least":
        return value, math.inf, False, True
    if hedge == "at-most":
        return 0.0, value, False, False
    return value, value, False, False


def judge_quantity(
    claim_number: float,
    *,
    approx: bool,
    tolerance: Tolerance | None,
    mention: Mention,
) -> tuple[Verdict, str]:
    """Compare a claimed duration (seconds) or count with one mention."""
    if mention.number is None:
        return Verdict.UNVERIFIABLE, f"{mention.text!r} has no number to compare"
    said = mention.number
    show = _shower(mention)
    claimed = f"{show(claim_number)} claimed"
    eps = _eps(said, claim_number)
    if mention.hedge in (None, "approx"):
        hedged = approx or mention.hedge == "approx"
        base = min(abs(said), abs(claim_number))
        width, rule = _margin(tolerance, hedged, base, approx, mention, show)
        diff = abs(said - claim_number)
        head = f"{show(said)} vs {claimed}"
        if diff <= eps:
            return Verdict.SUPPORTED, f"{head}: the same"
        by = f"differs by {show(diff)}" + (
            f" ({diff / abs(claim_number):.0%})" if claim_number else ""
        )
        if diff <= width + eps:
            return Verdict.SUPPORTED, f"{head}: {by}, within {rule}"
        return Verdict.REFUTED, f"{head}: {by}, beyond {rule}"
    width, rule = _margin(tolerance, approx, abs(claim_number), approx, None, show)
    low, high, low_open, high_open = text_range(said, mention.hedge)
    c_low, c_high = claim_number - width, claim_number + width
    accepted = (
        f"exactly {show(claim_number)}"
        if width == 0
        else f"{show(max(c_low, 0.0))} to {show(c_high)}"
    )
    head = (
        f"{mention.text!r} means {_interval(low, high, low_open, high_open, show)};"
        f" {claimed}, accepting {accepted} ({rule})"
    )
    if low >= c_low - eps and high <= c_high + eps:
        return Verdict.SUPPORTED, f"{head}: the text's whole range is accepted"
    below = high < c_low - eps or (high_open and high <= c_low + eps)
    above = low > c_high + eps or (low_open and low >= c_high - eps)
    if below or above:
        return Verdict.REFUTED, f"{head}: no value fits both"
    return (
        Verdict.UNVERIFIABLE,
        f"{head}: the two only overlap, so the text is too vague to decide",
    )


def _margin(
    tolerance: Tolerance | None,
    hedged: bool,
    base: float,
    approx: bool,
    mention: Mention | None,
    show: Callable[[float], str],
) -> tuple[float, str]:
    """The accepted distance and the rule that sets it, in words."""
    if tolerance is not None:
        if tolerance.absolute is not None:
            return tolerance.absolute, f"tolerance {show(tolerance.absolute)}"
        return tolerance.width(base), f"tolerance ±{tolerance.relative or 0:.0%}"
    if not hedged:
        if mention is None:
            return 0.0, "the claim has no approx: or tolerance:"
        return 0.0, (
            "an exact match (neither side is hedged; "
            "add approx: true or tolerance: to allow a margin)"
        )
    if approx:
        who = "the claim is approx"
    else:
        word = hedge_word(mention.text) if mention is not None else None
        who = f"the text says {word or 'approx'}"
    return APPROX_MARGIN * base, f"±{APPROX_MARGIN:.0%} ({who})"


def _eps(a: float, b: float) -> float:
    return 1e-9 * max(1.0, abs(a), abs(b))


def _shower(mention: Mention) -> Callable[[float], str]:
    """How to write a number of this mention's kind for people."""
    if mention.kind == "duration":
        return describe_duration
    unit = mention.unit or ""
    if unit and unit[0].isascii() and unit != "%":
        unit = f" {unit}"
    return lambda n: _plain(n) + unit


def _plain(number: float) -> str:
    """2500000, 7.18: no exponent."""
    if float(number).is_integer():
        return str(int(number))
    return f"{number:.10g}"


def _interval(
    low: float,
    high: float,
    low_open: bool,
    high_open: bool,
    show: Callable[[float], str],
) -> str:
    left = "(" if low_open else "["
    right = ")" if high_open else "]"
    top = "∞" if math.isinf(high) else show(high)
    return f"{left}{show(max(low, 0.0))} – {top}{right}"
