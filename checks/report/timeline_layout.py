"""Layout of the report's timeline: lanes of bars, arrows, and the date scale.

The main range is the biggest cluster of dates; dates more than three years
before it go to a separate "far past" panel left of a broken axis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

LABEL_W = 190  # lane labels
FAR_W = 150  # far-past panel
GAP_W = 28  # the broken-axis gap
MAIN_W = 760
ROW_H = 20
LANE_PAD = 8
AXIS_H = 46
FAR_GAP = timedelta(days=3 * 365)  # a cluster of dates this far apart is "far"

Span = tuple[datetime | None, datetime | None]


@dataclass
class Bar:
    """One drawn interval: the claim's own value or what one text says."""

    span: Span
    role: str  # "claim" or a verdict
    label: str
    detail: str


@dataclass
class Lane:
    """One claim: its bar first, then a bar per source that dates it."""

    key: tuple[str, str]
    label: str
    bars: list[Bar] = field(default_factory=list)
    y: float = 0.0
    notes: list[str] = field(default_factory=list)  # broken relations, one row each
    file: str = ""  # the claim file's name, when the suite has several

    @property
    def rows(self) -> int:
        return max(len(self.bars) + len(self.notes), 2 if self.file else 1)

    def row_y(self, index: int) -> float:
        return self.y + LANE_PAD + index * ROW_H + ROW_H / 2


@dataclass
class Arrow:
    """A relation between two lanes."""

    left: tuple[str, str]
    right: tuple[str, str]
    left_span: Span
    right_span: Span
    text: str
    verdict: str
    passed: bool


def parse_span(record: Any) -> Span | None:
    """``[start, end]`` ISO strings (or nulls) → datetimes; None if absent."""
    if not isinstance(record, list | tuple) or len(record) != 2:
        return None
    start, end = (None if p is None else datetime.fromisoformat(p) for p in record)
    if start is None and end is None:
        return None
    return start, end


def collect(checks: Iterable[Mapping[str, Any]]) -> tuple[list[Lane], list[Arrow]]:
    """Lanes and arrows from the check records (relations last)."""
    lanes: dict[tuple[str, str], Lane] = {}
    arrows: list[Arrow] = []
    files = {
        str(c.get("file"))
        for c in checks
        if c.get("type") in ("claim", "agree", "relation")
    }

    def lane(file: str, claim: str) -> Lane:
        key = (file, claim)
        if key not in lanes:
            name = file.rsplit("/", 1)[-1] if len(files) > 1 else ""
            lanes[key] = Lane(key, claim, file=name)
        return lanes[key]

    for c in checks:
        if c.get("type") not in ("claim", "agree"):
            continue
        dated = [
            (e["source"], parse_span(e["mention"].get("interval")), e["mention"])
            for e in c.get("evidence") or []
            if e.get("mention") and parse_span(e["mention"].get("interval"))
        ]
        own = parse_span(c.get("interval")) if c.get("type") == "claim" else None
        if own is None and not dated:
            continue
        target = lane(str(c["file"]), str(c["claim"]))
        if own and not any(b.role == "claim" for b in target.bars):
            target.bars.insert(
                0,
                Bar(
                    own,
                    "claim",
                    f"claimed {c.get('value')}",
                    str(c.get("claim_says") or ""),
                ),
            )
        verdict = str(c.get("verdict") or "none")
        for source, span, mention in dated:
            assert span is not None
            if any(b.label == source and b.span == span for b in target.bars):
                continue
            target.bars.append(
                Bar(
                    span,
                    verdict,
                    source,
                    f"{mention.get('text')} → {mention.get('value')}",
                )
            )
    for c in checks:
        rel = c.get("relation")
        if c.get("type") != "relation" or not rel:
            continue
        file = str(c["file"])
        spans = []
        for side in ("left", "right"):
            span = parse_span(rel.get(f"{side}_interval"))
            target = lane(file, str(rel[side]))
            if span and not target.bars:
                stated = rel.get(f"{side}_from") == "claim value"
                target.bars.append(
                    Bar(
                        span,
                        "claim",
                        "stated" if stated else "sources",
                        "background fact" if stated else "",
                    )
                )
            spans.append(span)
        if spans[0] and spans[1]:
            arrows.append(
                Arrow(
                    (file, str(rel["left"])),
                    (file, str(rel["right"])),
                    spans[0],
                    spans[1],
                    str(c.get("claim")),
                    str(c.get("verdict") or "none"),
                    bool(c.get("passed")),
                )
            )
    ordered = sorted(lanes.values(), key=lambda ln: _first(ln) or datetime.max)
    return [ln for ln in ordered if ln.bars], arrows


def _first(lane: Lane) -> datetime | None:
    points = [p for b in lane.bars for p in b.span if p is not None]
    return min(points) if points else None


@dataclass
class Scale:
    """Date → x, with an optional far-past panel left of a broken axis."""

    start: datetime
    end: datetime
    far: tuple[datetime, datetime] | None

    @property
    def main_x(self) -> float:
        return LABEL_W + (FAR_W + GAP_W if self.far else 0)

    @property
    def width(self) -> float:
        return self.main_x + MAIN_W + 40

    def x(self, t: datetime) -> float:
        if self.far and t < self.start:
            lo, hi = self.far
            share = (t - lo) / (hi - lo) if hi > lo else 0.5
            return LABEL_W + 6 + min(max(share, 0.0), 1.0) * (FAR_W - 12)
        t = min(max(t, self.start), self.end)
        return self.main_x + (t - self.start) / (self.end - self.start) * MAIN_W

    def span_x(self, span: Span) -> tuple[float, float]:
        start, end = span
        left = self.main_x if start is None else self.x(start)
        right = self.main_x + MAIN_W if end is None else self.x(end)
        if start is None and self.far and end is not None and end < self.start:
            left = LABEL_W + 2
        if right - left < 3:  # a day in a long range: still visible
            right = left + 3
            edge = self.main_x + MAIN_W
            if left >= self.main_x and right > edge:
                left, right = edge - 3, edge
        return left, right


def make_scale(lanes: list[Lane]) -> Scale:
    """Choose the main range (the biggest cluster of dates) and a far panel."""
    points = sorted(p for ln in lanes for b in ln.bars for p in b.span if p)
    if not points:
        now = datetime(2000, 1, 1)
        return Scale(now, now + timedelta(days=365), None)
    clusters: list[list[datetime]] = [[points[0]]]
    for p in points[1:]:
        if p - clusters[-1][-1] > FAR_GAP:
            clusters.append([])
        clusters[-1].append(p)
    main = max(clusters, key=lambda c: (len(c), c[-1]))
    start = main[0].replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    # later clusters stay on the main axis: nothing is clamped at the right edge
    end = _next_month(points[-1] - timedelta(microseconds=1))
    while months_between(start, end) < 4:
        start = _next_month(start - timedelta(days=1), back=True)
        end = _next_month(end)
    early = [p for p in points if p < main[0]]
    far = None
    if early:
        far = (early[0].replace(month=1, day=1), early[-1])
    return Scale(start, end, far)


def _next_month(t: datetime, back: bool = False) -> datetime:
    first = t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if back:
        return first
    return (first + timedelta(days=32)).replace(day=1)


def months_between(a: datetime, b: datetime) -> int:
    return (b.year - a.year) * 12 + b.month - a.month
