"""Resolving what a text leaves open against its publication time.

Year-less dates (11月25日, in April), weekdays (金曜日, on Monday) and relative
words (先週, last month) need ``published``; the sentence's tense says which
way to look.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar

from checks.model import Interval
from checks.normalise.dispatch import literal_first
from checks.text.folding import lower_in_place
from checks.text.sentences import is_abbreviation

PAST, FUTURE = "past", "future"
T = TypeVar("T")


def _cues_pattern(
    japanese: tuple[str, ...], english: tuple[str, ...]
) -> re.Pattern[str]:
    r"""One pattern for cue words, matched on the lower-cased text and
    preferred in the order given: it opens with their first characters, so
    ``re`` skips to them in C (see ``literal_first``), and tries each one's
    words together.  A Japanese cue is a regex that opens with a literal
    character (a lookbehind after it sees that character); an English one is
    a whole word (``\b`` before it is ``(?<!\w\w)`` after its first letter).
    """
    tails: dict[str, list[str]] = {}
    for cue in japanese:
        tails.setdefault(cue[0], []).append(cue[1:])
    words: dict[str, list[str]] = {}
    for word in english:
        words.setdefault(word[0], []).append(word[1:])
    alternatives = [(head, f"(?:{'|'.join(rest)})") for head, rest in tails.items()]
    alternatives += [
        (head, rf"(?<!\w\w)(?:{'|'.join(rest)})\b") for head, rest in words.items()
    ]
    return re.compile(literal_first(alternatives))


#: cues that point back, and those that point ahead (strong: they win over
#: verb tense)
_PAST_JA = ("前回", "昨年", "去年", "先月", "先週", "就任", "以来", "既に", "すでに",
            "先ごろ", "先日")  # fmt: skip
_PAST_EN = ("last year", "last month", "last week", "previously", "previous",
            "earlier this", "ago", "already")  # fmt: skip
_FUTURE_JA = ("予定", "検討", "見通し", "見込み", "方(?<=[うくすつぬぶむぐるい]方)針",
              "計画", "目指", "目標", "来年", "来月", "来週", "開催する", "行う予定",
              "向け")  # fmt: skip
_FUTURE_EN = (
    "will", r"plans?\s+(?:to|for)", "planned", "planning", "is expected to",
    "are expected to", "scheduled", "considers", "considering", "upcoming", "next",
    "expected", "is set to", "are set to", "intends? to", "would",
)  # fmt: skip
_STRONG = _cues_pattern(_PAST_JA + _FUTURE_JA, _PAST_EN + _FUTURE_EN)
#: what a strong cue that points back reads (every other one points ahead)
_PAST_WORDS = frozenset(_PAST_JA + _PAST_EN)
#: past verb forms (weak: a strong cue wins over them)
_WEAK_PAST = _cues_pattern(
    ("した", "された", "だった", "でした", "ました", "った", "れた", "いた", "えた",
     "けた", "せた", "てた", "ねた", "べた", "めた", "げた"),
    ("was", "were", "had", "held", "met", "said", "took", "did", "made", "visited",
     "announced", "told", "published", "reached", "wrapped", "released", "reported",
     "signed", "agreed", "approved", "began", "started", "ended", "launched",
     "completed", "confirmed", "found", "opened", "closed", "decided", "issued",
     "adopted", "passed", "unveiled", "won", "lost",
     # more verbs news reports its events with (not: left, put, hit, led, read)
     "spoke", "went", "came", "gave", "saw", "flew", "sent", "wrote", "chose",
     "arrived", "attended", "hosted", "joined", "discussed", "received", "returned",
     r"travell?ed", "urged", "warned", "killed", "happened", "occurred",
     r"took\s+place"),
)  # fmt: skip
#: what makes a weekday the next one rather than the last
_AHEAD = _cues_pattern(
    ("予定", "来週", "見通し", "する方針"),
    ("will", "next", "is scheduled", "are scheduled", "is set to", "are set to",
     "is expected to", "are expected to", "plans? to"),
)  # fmt: skip
#: cues that name a time of their own (来年, last year): before a date they
#: scope it (来月の4日, next year in May), after it they date something else
#: (14日、来年度予算案を決定した: the 14th is not next year)
_OWN_TIME = frozenset(
    ("昨年", "去年", "先月", "先週", "来年", "来月", "来週", "last year", "last month",
     "last week", "next")
)  # fmt: skip
#: where an English clause of its own begins after a date ("has until March
#: 31 to decide, which began in November": began is not the date's verb)
_CLAUSE = re.compile(
    r",\s+(?:which|who|whom|whose|where|while|although|though|but)\b|;",
    re.IGNORECASE,
)
_LATIN = re.compile("[A-Za-z]")
#: の時点で / の段階で (as of): the date times the predicate, not a noun
_AS_OF = ("の時点", "の段階")
_SAID_ON = re.compile(
    r"\b(?:said|announced|told|met|held|spoke|was|were)\s+(?:on\s+)?$", re.IGNORECASE
)
_STOPS = ("。", "！", "？", "!", "?", "\n", ". ")


_STOP = re.compile("|".join(re.escape(stop) for stop in _STOPS))


class _Stops:
    """Where the sentence stops of one text are, found once per text.

    Stops never overlap one another, so the ends are in order too; the last
    text's index and its per-sentence cue lists are kept (texts are read one
    at a time, each mention asking about its own sentence).  ``dotted``: some
    stop is a dot, which may be an abbreviation's (most Japanese texts have
    none, and skip that test).
    """

    def __init__(self, text: str, lowered: str | None = None) -> None:
        self.text = text
        stops = list(_STOP.finditer(text))
        self.starts = list(map(re.Match.start, stops))
        self.ends = list(map(re.Match.end, stops))  # ". " is two characters
        self.dotted = ". " in text
        self.cues: dict[tuple[int, int], list[tuple[int, int, str, str]]] = {}
        self._lowered = lowered

    @property
    def lowered(self) -> str:
        """The text with its letters lower-cased, every offset kept."""
        if self._lowered is None:
            self._lowered = lower_in_place(self.text)
        return self._lowered


_last = _Stops("")


def _stops(text: str) -> _Stops:
    """The index of ``text`` (read once into a local: safe if threads share it)."""
    global _last
    last = _last
    if last.text is not text:
        last = _last = _Stops(text)
    return last


def read_text(text: str, lowered: str) -> None:
    """Index ``text`` for the questions below, with its lower-cased form
    already made by the caller (else it is made when first needed)."""
    global _last
    if _last.text is not text:
        _last = _Stops(text, lowered)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]`` (at most ~600 chars)."""
    lo = start - 300 if start > 300 else 0
    hi = end + 300
    if hi > len(text):
        hi = len(text)
    stops = _last if _last.text is text else _stops(text)
    starts, ends = stops.starts, stops.ends
    # the last stop ending by ``start`` (and starting at ``lo`` or later); the
    # dot after an abbreviation (U.S., a.m., Mr.) ends no sentence
    i = bisect.bisect_right(ends, start) - 1
    if stops.dotted:
        while i >= 0 and starts[i] >= lo and _abbreviated(text, starts[i]):
            i -= 1
    left = ends[i] if i >= 0 and starts[i] >= lo else lo
    # the first stop starting at ``end`` or later (and ending by ``hi``)
    j = bisect.bisect_left(starts, end)
    if stops.dotted:
        while j < len(ends) and ends[j] <= hi and _abbreviated(text, starts[j]):
            j += 1
    right = ends[j] if j < len(ends) and ends[j] <= hi else hi
    return left, right


def _abbreviated(text: str, at: int) -> bool:
    """Whether the stop at ``at`` is the dot of an abbreviation, not an end."""
    if text[at] != "." or not at or not text[at - 1].isalpha():
        return False  # 。 ! ?, or "… on March 5." (an abbreviation ends in a letter)
    tail = text[max(0, at - 5) : at]
    if len(tail) == 5 and tail.isalpha() and tail.islower():
        return False  # "…said." ends a sentence; no abbreviation is so long
    return is_abbreviation(text, at, max(0, at - 20))


def _cues(text: str, left: int, right: int) -> list[tuple[int, int, str, str]]:
    """The strong cues of the sentence ``text[left:right]``, found once."""
    stops = _stops(text)
    found = stops.cues.get((left, right))
    if found is None:
        found = [
            (a, b, PAST if m.group() in _PAST_WORDS else FUTURE, text[a:b])
            for m in _STRONG.finditer(stops.lowered, left, right)
            for a, b in (m.span(),)
        ]
        stops.cues[left, right] = found
    return found


def direction(
    text: str, start: int, end: int, lang: str = "ja"
) -> tuple[str | None, str]:
    """Which way the sentence points from the mention: past, future or neither.

    Strong cues (前回, 予定, will, plans) win over verb tense; of several, the
    nearest one after the mention counts (Japanese predicates follow), else
    the nearest before.  Verb tense is ignored for a Japanese date that
    modifies a noun (3月下旬の訪米を提案した: the visit is not past), but
    not for 5月の時点で (as of May), which times the predicate.
    """
    left, right = sentence_around(text, start, end)
    after: tuple[int, str, str] | None = None
    before: tuple[int, str, str] | None = None
    for cue_start, cue_end, which, word in _cues(text, left, right):
        if start <= cue_start < end:
            continue
        if cue_start >= end:
            if word.lower() in _OWN_TIME:  # 14日、来年度予算案を決定した
                continue
            after = (cue_start - end, which, word)
            break
        before = (start - cue_end, which, word)
    chosen = after or before
    if chosen is not None:
        way = "back" if chosen[1] == PAST else "ahead"
        return chosen[1], f"{chosen[2]} points {way}"
    if text.startswith("の", end) and not text.startswith(_AS_OF, end):
        return None, ""
    english = lang != "ja" or _LATIN.search(text, start, end) is not None
    lowered = _stops(text).lowered  # _WEAK_PAST and _AHEAD read lower case
    stop = right
    if english:  # a past verb in a clause of its own dates something else
        clause = _CLAUSE.search(text, end, right)
        stop = right if clause is None else clause.start()
    weak = _WEAK_PAST.search(lowered, end, stop)
    if weak is None and english:
        weak = _WEAK_PAST.search(lowered, left, start)
    if weak is not None:
        return PAST, f"{text[weak.start() : weak.end()]} points back"
    return None, ""


def pick_year(
    interval_of: Callable[[int], Interval | None],
    published: datetime,
    way: str | None,
) -> int | None:
    """The year that puts a year-less value where the tense says.

    past: the most recent one starting on or before ``published``; future:
    the next one not yet over; otherwise the one nearest to ``published``.
    """
    years = [published.year - 1, published.year, published.year + 1]
    return pick([(y, interval_of(y)) for y in years], published, way)


def pick(
    options: list[tuple[T, Interval | None]], published: datetime, way: str | None
) -> T | None:
    """Of candidate readings in time order, the one the tense points to."""
    found = [(key, iv) for key, iv in options if iv is not None]
    if not found:
        return None
    if way == PAST:
        past = [k for k, iv in found if iv.start is not None and iv.start <= published]
        if past:
            return past[-1]
    if way == FUTURE:
        future = [k for k, iv in found if iv.end is not None and iv.end > published]
        if future:
            return future[0]

    def distance(iv: Interval) -> timedelta:
        assert iv.start is not None
        assert iv.end is not None
        if iv.start <= published < iv.end:
            return timedelta(0)
        return min(abs(iv.start - published), abs(published - iv.end))

    return min(found, key=lambda pair: distance(pair[1]))[0]


def weekday_direction(text: str, start: int, end: int) -> tuple[str | None, str]:
    """FUTURE when the sentence looks ahead (予定, 来週, will, next), else None.

    A past verb right before the weekday ("said on Friday") keeps it past.
    """
    said = start > 0 and text[start - 1].isspace()  # what ``_SAID_ON`` ends with
    if said and _SAID_ON.search(text, max(0, start - 16), start):
        return None, ""
    left, right = sentence_around(text, start, end)
    lowered = _stops(text).lowered
    m = _AHEAD.search(lowered, left, right)
    if m is None:
        return None, ""
    # English puts the verb first: "began … on Thursday and will last"
    after = m.start() >= end and _LATIN.search(text, start, end) is not None
    if after and _WEAK_PAST.search(lowered, left, start) is not None:
        return None, ""
    return FUTURE, f"{text[m.start() : m.end()]} points ahead"


def resolve_weekday(weekday: int, published: datetime, way: str | None) -> date:
    """The latest such day on or before ``published``, or the next one ahead."""
    today = published.date()
    if way == FUTURE:
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def shift_months(day: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    """``2026-W01`` for the ISO week holding ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fiscal_year(day: date) -> int:
    """The Japanese fiscal year (April–March) holding ``day``."""
    return day.year if day.month >= 4 else day.year - 1


def winter_year(day: date) -> int:
    """The year a winter season value starts in (Dec–Feb) for 今冬 on ``day``."""
    return day.year - 1 if day.month <= 2 else day.year
