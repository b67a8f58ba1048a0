"""Relations over intervals: the seed's facts, and properties over placements."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from checks.model import Interval, Outcome, Relation, Verdict, Where
from checks.normalise.edtf import parse_when
from checks.relations import (
    DAY,
    MONTH,
    accepted_range,
    evaluate,
    relation_interval,
)

S, R, U = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.UNVERIFIABLE
HERE = Where("claims/call.yaml", 3, 5)


def rel(
    op: str, hedge: str | None = None, gap: float | None = None, left: str = "a"
) -> Relation:
    return Relation(left, op, "b", HERE, f"{left} {op} b", gap_hedge=hedge, gap=gap)


def check(
    op: str, left: str, right: str, hedge: str | None = None, gap: float | None = None
) -> Outcome:
    return evaluate(rel(op, hedge, gap), parse_when(left), parse_when(right))


# --- the seed's facts -------------------------------------------------------


def test_by_late_march_is_before_april() -> None:
    """'by late March' (open start) ends before April begins: supported."""
    outcome = check("before", "../2026-03-late", "2026-04")
    assert outcome.verdict is S
    assert "… – 2026-03-31" in outcome.details["events"]
    assert "2026-04-01 – 2026-04-30" in outcome.details["events"]


def test_the_november_call_is_before_the_january_call() -> None:
    """25 Nov 2025 is before 2 Jan 2026."""
    assert check("before", "2025-11-25", "2026-01-02").verdict is S


def test_taking_office_in_october_is_not_decidably_before_the_28th() -> None:
    """October contains 28 October, so the order is unverifiable and says why."""
    outcome = check("before", "2025-10", "2025-10-28")
    assert outcome.verdict is U
    assert "contains" in outcome.why
    assert "2025-10-01 – 2025-10-31" in outcome.why


def test_the_monday_call_is_nearly_a_month_after_busan() -> None:
    """Busan 30 Oct → call 24 Nov is 25 days, inside nearly 1 month (22.5–30)."""
    outcome = check("before", "2025-10-30", "2025-11-24", "nearly", MONTH)
    assert outcome.verdict is S
    assert "25 days" in outcome.why
    assert "nearly 1 month = 22.5–30 days" in outcome.why
    assert outcome.details["gap_min_s"] == outcome.details["gap_max_s"] == 25 * DAY


def test_two_events_on_the_same_day_are_not_ordered() -> None:
    """Same-day `before` is unverifiable, never silently passed."""
    outcome = check("before", "2026-01-02", "2026-01-02")
    assert outcome.verdict is U
    assert "both fall on 2026-01-02" in outcome.why


def test_a_swapped_order_is_refuted() -> None:
    """The Tokyo summit (28 Oct) is not before the 25 Nov remarks' reverse."""
    assert check("before", "2025-11-25", "2025-10-28").verdict is R


def test_a_gap_outside_the_hedge_is_refuted() -> None:
    """25 days is never 'about 2 months' (54–66 days)."""
    outcome = check("before", "2025-10-30", "2025-11-24", "about", 2 * MONTH)
    assert outcome.verdict is R
    assert "never inside about 2 months = 54–66 days" in outcome.why


def test_a_month_gap_between_months_is_unverifiable() -> None:
    """October to November can be 1–60 days: 'at least 1 month' is not decided."""
    assert check("before", "2025-10", "2025-11", "at-least", MONTH).verdict is U


def test_a_point_inside_its_month_is_during_it() -> None:
    """2 Jan lies inside January; a March day does not."""
    assert check("during", "2026-01-02", "2026-01").verdict is S
    assert check("during", "2026-03-02", "2026-01").verdict is R
    assert check("during", "2026-01", "2026-01-02").verdict is U


def test_same_as_compares_days() -> None:
    """A time on 2 Jan is the same day as 2 Jan; January is not decidably so."""
    assert check("same-as", "2026-01-02", "2026-01-02T21:00").verdict is S
    assert check("same-as", "2026-01", "2026-01-02").verdict is U
    assert check("overlaps", "2026-01-03", "2026-01-02").verdict is R


def test_a_gap_with_during_is_not_a_relation() -> None:
    """A gap goes only with before/after; elsewhere the verdict is unverifiable."""
    outcome = check("during", "2026-01-02", "2026-01", "about", DAY)
    assert outcome.verdict is U
    assert "only with before or after" in outcome.why


def test_details_are_json_serialisable() -> None:
    """Reports can dump an outcome's details as JSON."""
    outcome = check("before", "2025-10-30", "2025-11-24", "nearly", MONTH)
    data = json.loads(json.dumps(dict(outcome.details)))
    assert set(data) == {
        "left",
        "right",
        "gap_min_s",
        "gap_max_s",
        "accepted_min_s",
        "accepted_max_s",
        "events",
    }


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        ("exactly", 30, 30),
        ("about", 27, 33),
        ("nearly", 22.5, 30),
        ("at-least", 30, None),
        ("at-most", 0, 30),
        ("within", 0, 30),
    ],
)
def test_hedges_give_the_spec_ranges(
    hedge: str, low: float, high: float | None
) -> None:
    """Each gap hedge accepts the range the spec gives for 1 month (30 days)."""
    lo, hi = accepted_range(hedge, MONTH)
    assert lo == pytest.approx(low * DAY)
    assert hi == (None if high is None else pytest.approx(high * DAY))


def test_sources_that_agree_narrow_the_interval() -> None:
    """'March' and 'by late March' together leave 1–31 March."""
    found = relation_interval([parse_when("2026-03"), parse_when("../2026-03-late")])
    assert found == parse_when("2026-03")
    assert relation_interval([parse_when("2026-03"), parse_when("2026-04")]) is None
    assert relation_interval([]) is None


# --- properties -------------------------------------------------------------

BASE = datetime(2025, 1, 1)
FAR = timedelta(days=900)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """Day- or month-grain intervals, sometimes open at one end."""
    if draw(st.booleans()):
        if draw(st.integers(0, 3)) == 0:  # a single day, often shared
            start = BASE + timedelta(days=draw(st.integers(0, 3)))
            return Interval(start, start + timedelta(days=1))
        start = BASE + timedelta(days=draw(st.integers(0, 120)))
        end = start + timedelta(days=draw(st.integers(1, 40)))
    else:
        first = draw(st.integers(0, 5))
        count = draw(st.integers(1, 4))
        start = datetime(2025 + first // 12, first % 12 + 1, 1)
        last = first + count
        end = datetime(2025 + last // 12, last % 12 + 1, 1)
    open_end = draw(st.sampled_from(["none"] * 6 + ["start", "end"]))
    if open_end == "start":
        return Interval(None, end)
    if open_end == "end":
        return Interval(start, None)
    return Interval(start, end)


def place(data: st.DataObject, value: Interval) -> datetime:
    """A point of ``value``: an edge or anywhere inside (open ends reach far)."""
    return data.draw(st.sampled_from(edges(value)) | inside(value))


def bounds(value: Interval) -> tuple[datetime, datetime]:
    start = value.start if value.start is not None else value.end - FAR  # type: ignore[operator]
    end = value.end if value.end is not None else value.start + FAR  # type: ignore[operator]
    return start, end


def edges(value: Interval) -> list[datetime]:
    """The first and last instants, and the edges of the first and last day."""
    start, end = bounds(value)
    tick = timedelta(microseconds=1)
    day = timedelta(days=1)
    return [start, end - tick, min(start + day, end) - tick, max(end - day, start)]


def inside(value: Interval) -> st.SearchStrategy[datetime]:
    start, end = bounds(value)
    span = int((end - start).total_seconds() * 1_000_000)
    return st.integers(0, span - 1).map(lambda us: start + timedelta(microseconds=us))


def holds(op: str, a: datetime, b: datetime, right: Interval) -> bool:
    """The relation's condition on two placed points."""
    if op == "before":
        return a < b
    if op == "after":
        return a > b
    if op == "during":
        return right.contains(Interval(a, a + timedelta(microseconds=1)))
    return a.date() == b.date()


def gap_ok(relation: Relation, a: datetime, b: datetime) -> bool:
    """The gap between two placed points lies in the hedge's range."""
    assert relation.gap is not None
    first, second = (a, b) if relation.op == "before" else (b, a)
    if relation.gap >= DAY:
        gap = (second.date() - first.date()).days * DAY
    else:
        gap = (second - first).total_seconds()
    lo, hi = accepted_range(relation.gap_hedge, relation.gap)
    return gap >= lo and (hi is None or gap <= hi)


def satisfied(relation: Relation, a: datetime, b: datetime, right: Interval) -> bool:
    ok = holds(relation.op, a, b, right)
    return ok and (relation.gap is None or gap_ok(relation, a, b))


def assert_consistent(
    relation: Relation,
    left: Interval,
    right: Interval,
    pairs: list[tuple[datetime, datetime]],
) -> None:
    verdict = evaluate(relation, left, right).verdict
    assert verdict is evaluate(relation, left, right).verdict
    for a, b in pairs:
        if verdict is S:
            assert satisfied(relation, a, b, right), (a, b)
        if verdict is R:
            assert not satisfied(relation, a, b, right), (a, b)


OPS = st.sampled_from(["before", "after", "during", "overlaps", "same-as"])
ORDERS = st.sampled_from(["before", "after"])
GAPS = st.tuples(
    st.sampled_from(["exactly", "about", "nearly", "at-least", "at-most"]),
    st.sampled_from([DAY, 3 * DAY, 7 * DAY, MONTH, 2 * MONTH, 6 * 3600.0]),
)
SAME_DAY = parse_when("2026-01-02")
OCTOBER, THE_28TH = parse_when("2025-10"), parse_when("2025-10-28")


@given(OPS, intervals(), intervals())
@example("before", SAME_DAY, SAME_DAY)
@example("before", OCTOBER, THE_28TH)
@example("same-as", OCTOBER, OCTOBER)
def test_verdicts_agree_with_edge_placements(
    op: str, left: Interval, right: Interval
) -> None:
    """Supported ⇒ every edge placement satisfies it; refuted ⇒ none does."""
    pairs = [(a, b) for a in edges(left) for b in edges(right)]
    assert_consistent(rel(op), left, right, pairs)


@given(OPS, intervals(), intervals(), st.data())
def test_verdicts_agree_with_sampled_placements(
    op: str, left: Interval, right: Interval, data: st.DataObject
) -> None:
    """Supported ⇒ every sampled placement satisfies it; refuted ⇒ none does."""
    pairs = [(place(data, left), place(data, right)) for _ in range(6)]
    assert_consistent(rel(op), left, right, pairs)


@given(ORDERS, GAPS, intervals(), intervals(), st.data())
def test_gaps_respect_their_hedges(
    op: str,
    gap: tuple[str, float],
    left: Interval,
    right: Interval,
    data: st.DataObject,
) -> None:
    """With a gap, verdicts agree with the hedge on edge and sampled placements."""
    relation = rel(op, *gap)
    pairs = [(a, b) for a in edges(left) for b in edges(right)]
    pairs += [(place(data, left), place(data, right)) for _ in range(6)]
    assert_consistent(relation, left, right, pairs)


@given(intervals(), intervals(), st.one_of(st.none(), GAPS))
@example(SAME_DAY, SAME_DAY, None)
def test_before_is_the_mirror_of_after(
    left: Interval, right: Interval, gap: tuple[str, float] | None
) -> None:
    """A before B has the same verdict as B after A, gaps included."""
    hedge, size = gap if gap is not None else (None, None)
    forward = evaluate(rel("before", hedge, size), left, right)
    backward = evaluate(rel("after", hedge, size), right, left)
    assert forward.verdict is backward.verdict


@given(intervals(), intervals(), intervals())
def test_during_is_transitive_when_supported(
    a: Interval, b: Interval, c: Interval
) -> None:
    """A during B and B during C (both supported) ⇒ A during C is supported."""
    if (
        evaluate(rel("during"), a, b).verdict is S
        and evaluate(rel("during"), b, c).verdict is S
    ):
        assert evaluate(rel("during"), a, c).verdict is S


def widen(
    value: Interval, days_before: int, days_after: int, open_end: str
) -> Interval:
    start = None if value.start is None else value.start - timedelta(days=days_before)
    end = None if value.end is None else value.end + timedelta(days=days_after)
    if open_end == "start":
        start = None
    if open_end == "end":
        end = None
    return Interval(start, end)


@given(
    OPS,
    st.one_of(st.none(), GAPS),
    intervals(),
    intervals(),
    st.integers(0, 40),
    st.integers(0, 40),
    st.sampled_from(["no", "no", "start", "end"]),
    st.booleans(),
)
@example("before", None, OCTOBER, THE_28TH, 0, 0, "no", True)
@example("during", None, SAME_DAY, OCTOBER, 31, 0, "no", True)
def test_widening_an_interval_never_makes_a_verdict_more_certain(
    op: str,
    gap: tuple[str, float] | None,
    left: Interval,
    right: Interval,
    before: int,
    after: int,
    open_end: str,
    widen_left: bool,
) -> None:
    """A vaguer value never turns refuted or unverifiable into supported.

    The right side of ``during`` is the period itself, not an uncertain point:
    a longer festival does hold more events, so that side is left out.
    """
    assume(widen_left or op != "during")
    hedge, size = gap if gap is not None else (None, None)
    relation = rel(op, hedge, size)
    if widen_left:
        wide_left, wide_right = widen(left, before, after, open_end), right
    else:
        wide_left, wide_right = left, widen(right, before, after, open_end)
    old = evaluate(relation, left, right).verdict
    new = evaluate(relation, wide_left, wide_right).verdict
    if new is S:
        assert old is S
    if new is R:
        assert old is R
