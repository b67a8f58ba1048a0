"""The report's timeline: every dated claim and mention as an inline SVG.

Vague values are drawn as the intervals they are (late March is a bar over
21–31 March); an open end fades out towards the axis edge.  Relations are
arrows from the left item to the right one; a failing relation is red and
labelled.  Dates far before the main range (1776, 1912) go to a separate
"far past" panel left of a broken axis, so the main range stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from html import escape
from typing import Any

from checks.report.timeline_layout import (
    AXIS_H,
    FAR_W,
    GAP_W,
    LABEL_W,
    LANE_PAD,
    MAIN_W,
    ROW_H,
    Arrow,
    Bar,
    Lane,
    Scale,
    Span,
    collect,
    make_scale,
    months_between,
)

COLOURS = {
    "claim": "#2f3e5c",
    "supported": "#1a7f37",
    "refuted": "#c62828",
    "unverifiable": "#7a5c00",
    "none": "#57606a",
}
SYMBOLS = {"supported": "✓", "refuted": "✗", "unverifiable": "?", "claim": "◆"}
MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def render_timeline(checks: Iterable[Mapping[str, Any]]) -> str:
    """The timeline as SVG markup (empty string when nothing is dated)."""
    lanes, arrows = collect(list(checks))
    if not lanes:
        return ""
    scale = make_scale(lanes)
    by_key = {ln.key: ln for ln in lanes}
    for arrow in arrows:
        if not arrow.passed and arrow.left in by_key:
            by_key[arrow.left].notes.append(arrow.text)
    y = AXIS_H
    for ln in lanes:
        ln.y = y
        y += LANE_PAD * 2 + ROW_H * ln.rows
    height = y + 10
    out = [
        f'<svg class="timeline" role="img" '
        f'viewBox="0 0 {scale.width:.0f} {height:.0f}" width="{scale.width:.0f}" '
        f'height="{height:.0f}" aria-labelledby="tl-title tl-desc">',
        '<title id="tl-title">Timeline of dated claims and what each text says</title>',
        f'<desc id="tl-desc">{len(lanes)} dated claims and {len(arrows)} '
        "relations. Each bar spans the dates an event may fall on.</desc>",
        _defs(),
    ]
    out += _axis(scale, height)
    for i, ln in enumerate(lanes):
        out += _lane(ln, scale, i)
    if scale.far:
        out.append(
            f'<rect x="{LABEL_W}" y="{AXIS_H - 6}" width="{FAR_W}" '
            f'height="{height - AXIS_H:.0f}" class="far-panel"/>'
        )
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
                f'<stop offset="0.6" stop-color="{colour}" stop-opacity="1"/>'
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
    """Month ticks (fewer when months are narrow), years on a row above."""
    parts = ['<g class="axis">']
    per_month = MAIN_W / max(months_between(scale.start, scale.end), 1)
    step = next((n for n in (1, 2, 3, 6) if per_month * n >= 30), 12)
    tick = scale.start
    while tick <= scale.end:
        x = scale.x(tick)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{AXIS_H - 8}" y2="{height:.0f}" '
            'class="tick"/>'
        )
        if step < 12:
            parts.append(
                f'<text x="{x + 3:.1f}" y="{AXIS_H - 11}" class="tick-label">'
                f"{MONTHS[tick.month - 1]}</text>"
            )
        if tick == scale.start or tick.month <= step:
            parts.append(
                f'<text x="{x + 3:.1f}" y="{AXIS_H - 27}" class="tick-label year">'
                f"{tick.year}</text>"
            )
        tick = _add_months(tick, step)
    if scale.far:
        lo, hi = scale.far
        parts.append(
            f'<text x="{LABEL_W + 6}" y="{AXIS_H - 27}" class="tick-label year">'
            "far past</text>"
            f'<text x="{LABEL_W + 6}" y="{AXIS_H - 11}" class="tick-label">'
            f"{lo.year}–{(hi - timedelta(microseconds=1)).year}</text>"
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
    height = LANE_PAD * 2 + ROW_H * ln.rows
    parts = [
        f'<g class="lane" data-claim="{escape(ln.key[1])}">',
        f'<rect x="0" y="{ln.y:.0f}" width="{scale.width:.0f}" height="{height}" '
        f'class="lane-bg {"odd" if index % 2 else "even"}"/>',
        f'<text x="8" y="{ln.row_y(0) + 4:.1f}" class="lane-label">'
        f"<title>{escape(ln.label)}</title>"
        f"{escape(fit(ln.label, LABEL_W - 16))}</text>",
    ]
    if ln.file:
        parts.append(
            f'<text x="8" y="{ln.row_y(1) + 4:.1f}" class="lane-file">'
            f"{escape(fit(ln.file, LABEL_W - 16, 6.0))}</text>"
        )
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
    tall = 14 if bar.role == "claim" else 12
    symbol = SYMBOLS.get(bar.role, "")
    words = f"{symbol} {bar.label}" + ("" if bar.role == "claim" else f" {bar.role}")
    when = _span_words(bar.span)
    tip = f"{bar.label}: {when}" + (f" ({bar.detail})" if bar.detail else "")
    open_mark = ""
    if start is None:
        open_mark = (
            f'<text x="{left - 2:.1f}" y="{y + 4:.1f}" class="open-end" '
            'text-anchor="end">◀</text>'
        )
    elif end is None:
        open_mark = (
            f'<text x="{right + 2:.1f}" y="{y + 4:.1f}" class="open-end">▶</text>'
        )
    return (
        f'<g class="bar bar-{escape(colour_key)}"><title>{escape(tip)}</title>'
        f'<rect x="{left:.1f}" y="{y - tall / 2:.1f}" width="{right - left:.1f}" '
        f'height="{tall}" rx="2" fill="{fill}"/>{open_mark}'
        f"{_label(words, when, left, right, y, scale)}</g>"
    )


def text_width(text: str, narrow: float = 6.8) -> float:
    """Rough width in pixels at 12px: wide for kana and kanji, narrow otherwise."""
    return sum(12.0 if ord(ch) >= 0x2E80 else narrow for ch in text)


def fit(text: str, room: float, narrow: float = 6.8) -> str:
    """``text``, cut with an ellipsis to fit ``room`` pixels."""
    if text_width(text, narrow) <= room:
        return text
    while text and text_width(text + "…", narrow) > room:
        text = text[:-1]
    return text + "…"


def _label(
    words: str, when: str, left: float, right: float, y: float, scale: Scale
) -> str:
    """The bar's words: right of it, else left, else inside, else cut to fit."""
    full = f"{words} · {when}"
    wide = text_width(full)
    floor = LABEL_W if left < scale.main_x else scale.main_x
    room_right = scale.width - right - 10
    room_left = left - 10 - floor
    if wide <= room_right:
        return _text(right + 10, y, full, "bar-label")
    if wide <= room_left:
        return _text(left - 10, y, full, "bar-label", end=True)
    if wide + 12 <= right - left:
        return _text(right - 6, y, full, "bar-label inside", end=True)
    if room_right >= room_left:
        return _text(right + 10, y, fit(full, room_right), "bar-label")
    return _text(left - 10, y, fit(full, room_left), "bar-label", end=True)


def _text(x: float, y: float, words: str, cls: str, end: bool = False) -> str:
    anchor = ' text-anchor="end"' if end else ""
    head = f'<text x="{x:.1f}" y="{y + 4:.1f}" class="{cls}"{anchor}>'
    return f"{head}{escape(words)}</text>"


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
    bend = 24.0 + min(40.0, abs(y2 - y1) / 4)
    broken = not arrow.passed
    name = "broken" if broken else "ok"
    colour = COLOURS["refuted"] if broken else "#3d4852"
    label = ""
    if broken:  # on its own row of the left lane, so it covers no other words
        row = len(left.bars) + left.notes.index(arrow.text)
        words = f"broken: {arrow.text} ({arrow.verdict})"
        x = min(x1 + 6, scale.width - text_width(words) - 4)
        label = (
            f'<text x="{max(x, LABEL_W):.1f}" y="{left.row_y(row) + 4:.1f}" '
            f'class="relation-label">{escape(words)}</text>'
        )
    return (
        f'<g class="relation relation-{name}" data-relation="{escape(arrow.text)}" '
        f'data-verdict="{escape(arrow.verdict)}"><title>{escape(arrow.text)}: '
        f"{escape(arrow.verdict)}</title>"
        f'<path d="M{x1:.1f},{y1:.1f} C{x1 + bend:.1f},{y1:.1f} {x2 - bend:.1f},'
        f'{y2:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="{colour}" '
        f'stroke-width="{2 if broken else 1.5}"'
        f"{' stroke-dasharray=' + chr(34) + '5 3' + chr(34) if broken else ''} "
        f'marker-end="url(#arrow-{name})"/>{label}</g>'
    )
