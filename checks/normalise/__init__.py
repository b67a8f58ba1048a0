"""Every value a text states: dates, weekdays, durations, counts.

:func:`extract` is the one entry point: it digitises the text once (kanji and
full-width numerals → ASCII digits), runs each extractor on the digitised text,
maps the spans back to the original, and drops quantity mentions that sit
inside a date (``2026年`` is a year, not a count of years).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime, tzinfo

from checks.model import Mention
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates
from checks.normalise.numerals import digitise
from checks.normalise.quantities import extract_quantities
from checks.text.folding import lower_in_place

__all__ = ["Context", "extract"]


def extract(
    text: str,
    *,
    lang: str = "ja",
    published: datetime | None = None,
    zone: tzinfo | None = None,
) -> list[Mention]:
    """All mentions in ``text``, sorted by position; offsets are into ``text``."""
    if published is not None and published.tzinfo is not None:
        zone = zone or published.tzinfo
        published = published.replace(tzinfo=None)
    ctx = Context(lang=lang, published=published, zone=zone)
    digits = digitise(text)
    lowered = lower_in_place(digits.text)
    dates = extract_dates(digits.text, ctx, lowered)
    origin = digits.origin if digits.text is not text else None
    if origin is not None:
        dates = [m for m in dates if not _bare_year_respelled(m, origin)]
    starts, reach = _date_reach(dates)
    quantities = extract_quantities(
        digits.text, ctx, origin, (starts, reach), lowered
    )
    kept = [q for q in quantities if not _overlaps_a_date(q, starts, reach)]
    mentions = [*dates, *kept]
    if digits.text is text:  # nothing rewritten: the spans are already right
        for m in mentions:
            if text[m.start : m.end] != m.text:
                _move_back(m, digits.origin, text)
    else:
        origin = digits.origin
        for m in mentions:
            _move_back(m, origin, text)
    mentions.sort(key=lambda m: (m.start, -m.end, m.kind))
    return mentions


def _bare_year_respelled(m: Mention, origin: Sequence[int]) -> bool:
    """Whether ``m`` is a bare year read from a number written otherwise than as
    its four digits (1,865 or 千八百六十五): such a number is a count, not a year."""
    return (
        m.kind == "when"
        and m.text.isdigit()
        and origin[m.end] - origin[m.start] != m.end - m.start
    )


def _move_back(m: Mention, origin: Sequence[int], text: str) -> None:
    """Give ``m`` its span in the original text.

    ``m`` was made by this call of :func:`extract` and is held nowhere else,
    so its fields are set in place (as ``Mention.__init__`` sets them; the
    class is frozen for its users): a copy of each mention cost a fifth of the
    time of a dense Japanese text.
    """
    start, end = origin[m.start], origin[m.end]
    fields = m.__dict__
    fields["start"], fields["end"], fields["text"] = start, end, text[start:end]


def _date_reach(dates: list[Mention]) -> tuple[list[int], list[int]]:
    """Date starts in order, and the farthest end reached by any date so far."""
    spans = sorted((m.start, m.end) for m in dates if m.kind == "when")
    reach: list[int] = []
    farthest = -1
    for _, end in spans:
        farthest = max(farthest, end)
        reach.append(farthest)
    return [start for start, _ in spans], reach


def _overlaps_a_date(m: Mention, starts: list[int], reach: list[int]) -> bool:
    """Whether ``m`` overlaps a date: one that starts before m ends reaches past
    m's start."""
    i = bisect.bisect_left(starts, m.end)
    return i > 0 and reach[i - 1] > m.start
