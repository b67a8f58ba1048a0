"""The report's timeline: every dated claim and mention as an inline SVG.

Vague values are drawn as the intervals they are (late March is a bar over
21–31 March); an open end fades out towards the axis edge.  Relations are
arrows from the left item to the right one; a failing relation is red and
labelled.  Dates far before the main range (1776, 1912) go to a separate
"far past" panel left of a broken axis, so the main range stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from typing import Any

LABEL_W = 190  # lane labels
FAR_W = 150  # far-past panel
GAP_W = 28  # the broken-axis gap
MAIN_W = 760
ROW_H = 18
LANE_PAD = 8
AXIS_H = 34
FAR_GAP = timedelta(days=3 * 365)  # a cluster of dates this far apart is "far"

COLOURS = {
    "claim": "#2f3e5c",
    "supported": "#1a7f37",
    "refuted": "#c62828",
    "unverifiable": "#7a5c00",
    "none": "#57606a",
}
SYMBOLS = {"supported": "✓", "refuted": "✗", "unverifiable": "?", "claim": "◆"}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

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
    files = {str(c.get("file")) for c in checks if c.get("type") != "problem"}

    def lane(file: str, claim: str) -> Lane:
        key = (file, claim)
        if key not in lanes:
            label = claim if len(files) < 2 else f"{claim} · {file.rsplit('/', 1)[-1]}"
            lanes[key] = Lane(key, label)
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
            target.bars.insert(0, Bar(own, "claim", f"claimed {c.get('value')}",
                                      str(c.get("claim_says") or "")))
        verdict = str(c.get("verdict") or "none")
        for source, span, mention in dated:
            assert span is not None
            if any(b.label == source and b.span == span for b in target.bars):
                continue
            target.bars.append(Bar(span, verdict, source,
                                   f"{mention.get('text')} → {mention.get('value')}"))
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
                target.bars.append(Bar(span, "claim", "stated" if stated else "sources",
                                       "background fact" if stated else ""))
            spans.append(span)
        if spans[0] and spans[1]:
            arrows.append(Arrow((file, str(rel["left"])), (file, str(rel["right"])),
                                spans[0], spans[1], str(c.get("claim")),
                                str(c.get("verdict") or "none"), bool(c.get("passed"))))
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
        return self.main_x + MAIN_W + 150

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
        return left, max(right, left + 3)


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
    end = _next_month(main[-1] - timedelta(microseconds=1))
    while _months(start, end) < 4:
        start = _next_month(start - timedelta(days=1), back=True)
        end = _next_month(end)
    early = [p for p in points if p < main[0]]
    far = None
    if early:
        far = (early[0].replace(month=1, day=1), early[-1] + timedelta(days=1))
    later = [p for p in points if p > main[-1]]
    if later:
        end = _next_month(later[-1] - timedelta(microseconds=1))
    return Scale(start, end, far)


def _next_month(t: datetime, back: bool = False) -> datetime:
    first = t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if back:
        return first
    return (first + timedelta(days=32)).replace(day=1)


def _months(a: datetime, b: datetime) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def render_timeline(checks: Iterable[Mapping[str, Any]]) -> str:
    """The timeline as SVG markup (empty string when nothing is dated)."""
    lanes, arrows = collect(list(checks))
    if not lanes:
        return ""
    scale = make_scale(lanes)
    y = AXIS_H
    for ln in lanes:
        ln.y = y
        y += LANE_PAD * 2 + ROW_H * len(ln.bars)
    height = y + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
        f'viewBox="0 0 {scale.width:.0f} {height:.0f}" width="{scale.width:.0f}" '
        f'height="{height:.0f}" aria-labelledby="tl-title tl-desc">',
        '<title id="tl-title">Timeline of dated claims and what each text says'
        "</title>",
        f'<desc id="tl-desc">{len(lanes)} dated claims and {len(arrows)} '
        "relations. Each bar spans the dates an event may fall on.</desc>",
        _defs(),
    ]
    out += _axis(scale, height)
    by_key = {ln.key: ln for ln in lanes}
    for i, ln in enumerate(lanes):
        out += _lane(ln, scale, i)
    for arrow in arrows:
        out.append(_arrow(arrow, by_key, scale))
    out.append("</svg>")
    return "\n".join(out)


def _defs() -> str:
    grads = []
    for name, colour in COLOURS.items():
        for side, (x1, x2) in {"l": ("0", "1"), "r": ("1", "0")}.items():
            grads.append(
                f'<linearGradient id="fade-{side}-{name}" x1="{x1}" x2="{x2}" y1="0" '
                f'y2="0"><stop offset="0" stop-color="{colour}" stop-opacity="0.05"/>'
                f'<stop offset="0.6" stop-color="{colour}" stop-opacity="0.9"/>'
                "</linearGradient>"
            )
    markers = "".join(
        f'<marker id="arrow-{name}" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        for name, colour in (("ok", "#3d4852"), ("broken", COLOURS["refuted"]))
    )
    return f"<defs>{''.join(grads)}{markers}</defs>"


def _axis(scale: Scale, height: float) -> list[str]:
    parts = ['<g class="axis">']
    months = _months(scale.start, scale.end)
    step = 1 if months <= 24 else 3 if months <= 72 else 12
    tick = scale.start
    while tick <= scale.end:
        x = scale.x(tick)
        first = tick == scale.start or tick.month == 1
        label = f"{MONTHS[tick.month - 1]} {tick.year}" if first else MONTHS[tick.month - 1]
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{AXIS_H - 8}" y2="{height:.0f}" '
            'class="tick"/>'
            f'<text x="{x + 3:.1f}" y="{AXIS_H - 12}" class="tick-label">{label}</text>'
        )
        tick = _add_months(tick, step)
    if scale.far:
        lo, hi = scale.far
        parts.append(
            f'<rect x="{LABEL_W}" y="{AXIS_H - 6}" width="{FAR_W}" '
            f'height="{height - AXIS_H:.0f}" class="far-panel"/>'
            f'<text x="{LABEL_W + 6}" y="{AXIS_H - 12}" class="tick-label">'
            f"far past {lo.year}–{hi.year}</text>"
        )
        gx = LABEL_W + FAR_W + GAP_W / 2
        parts.append(
            f'<path class="axis-break" d="M{gx - 6:.0f},{AXIS_H - 2} l6,-8 m-2,14 '
            f'l6,-8"/><text x="{gx:.0f}" y="{AXIS_H + 14}" class="break-label" '
            'text-anchor="middle">≈</text>'
        )
    parts.append("</g>")
    return parts


def _add_months(t: datetime, n: int) -> datetime:
    index = t.year * 12 + t.month - 1 + n
    return t.replace(year=index // 12, month=index % 12 + 1)


def _lane(ln: Lane, scale: Scale, index: int) -> list[str]:
    height = LANE_PAD * 2 + ROW_H * len(ln.bars)
    parts = [
        f'<g class="lane" data-claim="{escape(ln.key[1])}">',
        f'<rect x="0" y="{ln.y:.0f}" width="{scale.width:.0f}" height="{height}" '
        f'class="lane-bg {"odd" if index % 2 else "even"}"/>',
        f'<text x="8" y="{ln.row_y(0) + 4:.1f}" class="lane-label">'
        f"{escape(ln.label)}</text>",
    ]
    for row, bar in enumerate(ln.bars):
        parts.append(_bar(bar, scale, ln.row_y(row)))
    parts.append("</g>")
    return parts


def _bar(bar: Bar, scale: Scale, y: float) -> str:
    left, right = scale.span_x(bar.span)
    colour_key = bar.role if bar.role in COLOURS else "none"
    start, end = bar.span
    fill = COLOURS[colour_key]
    if start is None:
        fill = f"url(#fade-l-{colour_key})"
    elif end is None:
        fill = f"url(#fade-r-{colour_key})"
    tall = 12 if bar.role == "claim" else 8
    symbol = SYMBOLS.get(bar.role, "")
    words = f"{symbol} {bar.label}" + ("" if bar.role == "claim" else f" {bar.role}")
    when = _span_words(bar.span)
    tip = f"{bar.label}: {when}" + (f" ({bar.detail})" if bar.detail else "")
    open_mark = ""
    if start is None:
        open_mark = (f'<text x="{left - 2:.1f}" y="{y + 4:.1f}" class="open-end" '
                     'text-anchor="end">◀</text>')
    elif end is None:
        open_mark = f'<text x="{right + 2:.1f}" y="{y + 4:.1f}" class="open-end">▶</text>'
    return (
        f'<g class="bar bar-{escape(colour_key)}"><title>{escape(tip)}</title>'
        f'<rect x="{left:.1f}" y="{y - tall / 2:.1f}" width="{right - left:.1f}" '
        f'height="{tall}" rx="2" fill="{fill}"/>{open_mark}'
        f"{_label(words, when, left, right, y, scale)}</g>"
    )


def _label(words: str, when: str, left: float, right: float, y: float,
           scale: Scale) -> str:
    """The bar's words, right of it, or left of it in the right half."""
    text = f"{escape(words)} · {escape(when)}"
    if right > scale.main_x + MAIN_W * 0.55 and left > scale.main_x + 200:
        return (f'<text x="{left - 14:.1f}" y="{y + 4:.1f}" class="bar-label" '
                f'text-anchor="end">{text}</text>')
    return f'<text x="{right + 14:.1f}" y="{y + 4:.1f}" class="bar-label">{text}</text>'


def _span_words(span: Span) -> str:
    start, end = span
    a = "…" if start is None else start.date().isoformat()
    b = "…" if end is None else (end - timedelta(microseconds=1)).date().isoformat()
    return a if a == b else f"{a} – {b}"


def _arrow(arrow: Arrow, lanes: Mapping[tuple[str, str], Lane], scale: Scale) -> str:
    left, right = lanes.get(arrow.left), lanes.get(arrow.right)
    if left is None or right is None:
        return ""
    x1 = scale.span_x(arrow.left_span)[1]
    x2 = scale.span_x(arrow.right_span)[0]
    y1, y2 = left.row_y(0), right.row_y(0)
    bend = max(30.0, abs(y2 - y1) / 2)
    broken = not arrow.passed
    name = "broken" if broken else "ok"
    colour = COLOURS["refuted"] if broken else "#3d4852"
    mid_x, mid_y = (x1 + x2) / 2 + bend / 2, (y1 + y2) / 2
    label = ""
    if broken:
        label = (f'<text x="{mid_x + 6:.1f}" y="{mid_y:.1f}" class="relation-label">'
                 f"broken: {escape(arrow.text)} ({escape(arrow.verdict)})</text>")
    return (
        f'<g class="relation relation-{name}" data-relation="{escape(arrow.text)}" '
        f'data-verdict="{escape(arrow.verdict)}"><title>{escape(arrow.text)}: '
        f"{escape(arrow.verdict)}</title>"
        f'<path d="M{x1:.1f},{y1:.1f} C{x1 + bend:.1f},{y1:.1f} {x2 - bend:.1f},'
        f'{y2:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="{colour}" '
        f'stroke-width="{2 if broken else 1.5}"'
        f'{" stroke-dasharray=" + chr(34) + "5 3" + chr(34) if broken else ""} '
        f'marker-end="url(#arrow-{name})"/>{label}</g>'
    )
