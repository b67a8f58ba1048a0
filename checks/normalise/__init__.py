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
from itertools import accumulate
from operator import attrgetter

from checks.model import Mention
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates
from checks.normalise.numerals import digitise
from checks.normalise.quantities import extract_quantities
from checks.text.folding import has_ascii_letter, lower_in_place

__all__ = ["Context", "extract"]

_START, _END, _KIND = attrgetter("start"), attrgetter("end"), attrgetter("kind")


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
    # the patterns read on the lower-cased text spell their letters in ASCII,
    # so a text with no ASCII letter (most Japanese ones) is read as it is
    work = digits.text
    lowered = lower_in_place(work) if has_ascii_letter(work) else work
    dates = extract_dates(digits.text, ctx, lowered)
    origin = digits.origin if digits.text is not text else None
    if origin is not None:  # (loops written out: they run once per mention)
        dates = [
            m
            for m in dates
            if m.kind != "when" or not m.text.isdigit() or not _respelled(m, origin)
        ]
    starts, reach = _date_reach(dates)
    quantities = extract_quantities(digits.text, ctx, origin, (starts, reach), lowered)
    mentions = dates
    for q in quantities:  # those overlapping no date: no date that starts
        i = bisect.bisect_left(starts, q.end)  # before q ends reaches past its start
        if not i or reach[i - 1] <= q.start:
            mentions.append(q)
    if origin is not None:  # (else every span is already the text's own)
        for m in mentions:
            # each mention was made by this call and is held nowhere else, so
            # its span is moved back to the original text in place (as
            # Mention.__init__ sets fields; the class is frozen for its users)
            fields = m.__dict__
            start, end = origin[fields["start"]], origin[fields["end"]]
            fields["start"], fields["end"], fields["text"] = start, end, text[start:end]
    # by start, the longer first, then by kind (stable sorts by C-level keys)
    mentions.sort(key=_KIND)
    mentions.sort(key=_END, reverse=True)
    mentions.sort(key=_START)
    return mentions


def _respelled(m: Mention, origin: Sequence[int]) -> bool:
    """Whether the digits of ``m`` were written otherwise in the original text
    (1,865 or 千八百六十五): a bare year so written is a count, not a year."""
    return origin[m.end] - origin[m.start] != m.end - m.start


def _date_reach(dates: list[Mention]) -> tuple[list[int], list[int]]:
    """Date starts in order, and the farthest end reached by any date so far
    (``dates`` are in order of their starts)."""
    whens = [m for m in dates if m.kind == "when"]
    return [m.start for m in whens], list(accumulate([m.end for m in whens], max))
