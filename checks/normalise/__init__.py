"""Every value a text states: dates, weekdays, durations, counts.

:func:`extract` is the one entry point: it digitises the text once (kanji and
full-width numerals → ASCII digits), runs each extractor on the digitised text,
maps the spans back to the original, and drops quantity mentions that sit
inside a date (``2026年`` is a year, not a count of years).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from checks.model import Mention
from checks.normalise.context import Context

__all__ = ["Context", "extract"]

_DATE_KINDS = frozenset({"when", "weekday"})


def extract(
    text: str,
    *,
    lang: str = "ja",
    published: datetime | None = None,
    zone: tzinfo | None = None,
) -> list[Mention]:
    """All mentions in ``text``, sorted by position; offsets are into ``text``."""
    from checks.normalise.dates import extract_dates
    from checks.normalise.numerals import digitise
    from checks.normalise.quantities import extract_quantities

    if published is not None and published.tzinfo is not None:
        zone = zone or published.tzinfo
        published = published.replace(tzinfo=None)
    ctx = Context(lang=lang, published=published, zone=zone)
    digits = digitise(text)
    dates = extract_dates(digits.text, ctx)
    quantities = extract_quantities(digits.text, ctx)
    date_spans = [(m.start, m.end) for m in dates if m.kind == "when"]
    kept = [q for q in quantities if not _inside_any(q, date_spans)]
    origin = digits.origin
    mentions = [
        replace(
            m,
            start=origin[m.start],
            end=origin[m.end],
            text=text[origin[m.start] : origin[m.end]],
        )
        for m in (*dates, *kept)
    ]
    mentions.sort(key=lambda m: (m.start, -m.end, m.kind))
    return mentions


def _inside_any(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < end and start < m.end for start, end in spans)
