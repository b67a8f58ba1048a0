"""``extract_dates``: every date, weekday and time a text states.

One big pattern per language finds the atoms (dates, weekdays, times), tried
only where a cheap trigger says a match can start; a combining pass joins a
weekday or a time to the day beside it, resolves the rest against
``published`` (or the date before, for 同日 / the next day), joins ranges, and
applies bounds (遅くとも, by, 以降) and hedges (ごろ, about).  Values are written
in the spec notation and every interval is read back from the value with
:func:`edtf.parse_when`, so the two never drift.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from operator import attrgetter

from checks.model import WEEKDAYS, Interval, Mention
from checks.normalise import date_anaphora, date_en, date_ja, edtf, relative
from checks.normalise.context import Context
from checks.normalise.date_atoms import Atom, parse_when
from checks.normalise.date_patterns import (
    DAY_PART,
    DAY_PART_FIRST,
    EN_AFTER_BREAK,
    EN_FIRST,
    EN_START_AT,
    EN_TRIGGER,
    JA_FIRST,
    JA_TRIGGER,
    JA_TRIGGER_ASCII,
    JOINER,
    PREFIX,
    SUFFIX,
    ZONE_AFTER,
    ZONE_BEFORE,
)
from checks.normalise.date_ranges import join_ranges
from checks.normalise.date_words import DAY_PARTS, ZONES, offset_text
from checks.normalise.dispatch import FirstChar
from checks.normalise.recurring import drop_recurring
from checks.text.folding import has_ascii_letter, lower_in_place

_START, _END = attrgetter("start"), attrgetter("end")
#: what may stand between a weekday or time and the date after it (3 p.m. on
#: May 5, 6 a.m. local time on Thursday)
_LEADS_TO_DAY = re.compile(
    r"[ ,]*(?:(?:local|japan|tokyo|beijing)\s+time[ ,]*"
    r"|(?:JST|KST|UTC|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET)[ ,]+)?(?:on )?",
    re.IGNORECASE,
)
#: the last character of any ``PREFIX`` match (or white space), and the first
#: of a non-empty ``SUFFIX`` match: where neither is, the pattern need not be
#: tried (sets: a membership test costs a tenth of a ``re`` call)
_PREFIX_END = frozenset(".も" + string.ascii_lowercase)
_SUFFIX_START = frozenset("ご頃こ前まao以よか〜～")
#: the last two characters of a ``PREFIX`` word (before the spaces that end it)
_PREFIX_TAIL = re.compile(
    r"(?:とも|an|by|il|ll|to|re|of|om|ng|on|in|ce|er|ut|nd|ly|ca|c\.|me|he|at)\Z"
)
_BOUND_GROUPS = ("by", "until", "before", "from", "since", "after")
_END_OF = ("the end of", "end of")


def extract_dates(text: str, ctx: Context, lowered: str | None = None) -> list[Mention]:
    """The ``when`` and ``weekday`` mentions of ``text`` (offsets into ``text``).

    ``lowered``: ``text`` with its letters lower-cased (made when not given).
    """
    if lowered is None:
        lowered = lower_in_place(text)
    relative.read_text(text, lowered)
    whens, others = scan(text, ctx, lowered)
    days = Days(whens, ordered=True)
    mentions: list[Mention] = []
    for atom in others:
        if atom.kind == "weekday":
            mentions.extend(_weekday(text, ctx, atom, days))
    date_anaphora.resolve(text, days.atoms)
    for atom in days.atoms:  # 金曜日の夜, Friday night (tried where one can start)
        if atom.day is None:
            continue
        after = text[atom.end : atom.end + 1]
        if (after in DAY_PART_FIRST or after.isspace()) and "daypart" not in atom.tags:
            _day_part(text, atom)
    for atom in others:
        if atom.kind == "time":
            _time(text, ctx, atom, days)
    final = drop_recurring(text, join_ranges(text, days.atoms))
    weekdays = mentions
    mentions = [m for a in final if (m := _when(text, lowered, ctx, a)) is not None]
    mentions += weekdays
    mentions.sort(key=_START)  # stable: a when before a weekday at the same place
    return mentions


def scan(
    text: str, ctx: Context, lowered: str | None = None
) -> tuple[list[Atom], list[Atom]]:
    """All atoms of both languages, overlaps removed (the longer one wins): the
    ``when`` atoms and the others (weekdays, times), each list in text order.

    ``lowered``: ``text`` with its letters lower-cased (made when not given).
    """
    found: list[Atom] = []
    trigger = JA_TRIGGER_ASCII if text.isascii() else JA_TRIGGER
    ja_starts = map(re.Match.start, trigger.finditer(text))
    _run(JA_FIRST, ja_starts, date_ja.HANDLERS, text, ctx, found)
    if ctx.lang != "ja" or has_ascii_letter(text):
        if lowered is None:
            lowered = lower_in_place(text)
        _run(
            EN_FIRST,
            _en_starts(text, ctx.lang),
            date_en.HANDLERS,
            text,
            ctx,
            found,
            lowered,
        )
    # by start, the longer first (two stable sorts by C-level keys)
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    whens: list[Atom] = []
    others: list[Atom] = []
    last_when = last_weekday = -1  # the end of the last atom kept of each group
    for atom in found:
        kind = atom.kind
        if kind == "weekday":
            if atom.start < last_weekday:
                continue
            last_weekday = atom.end
            others.append(atom)
        else:
            if atom.start < last_when:
                continue
            last_when = atom.end
            (whens if kind == "when" else others).append(atom)
    return whens, others


def _en_starts(text: str, lang: str) -> Iterator[int]:
    """Where an ``EN`` match can start (see ``EN_AFTER_BREAK``), in order."""
    if lang == "ja":
        yield from map(re.Match.start, EN_TRIGGER.finditer(text))
        return
    if EN_START_AT.match(text) is not None:
        yield 0
    for hit in EN_AFTER_BREAK.finditer(text):
        yield hit.end()


def _run(
    matchers: FirstChar,
    starts: Iterable[int],
    handlers: dict[str, date_ja.Handler],
    text: str,
    ctx: Context,
    found: list[Atom],
    subject: str | None = None,
) -> None:
    """The big alternation matched only at ``starts`` (where a trigger says a
    match can start), as just the alternatives that can start with the
    character there.

    ``subject``: what the alternation reads, when not ``text`` itself (the
    lower-cased text, same offsets); handlers read case from ``text``.
    """
    if subject is None:
        subject = text
    resume = 0
    for at in starts:
        if at < resume:
            continue
        m = matchers[subject[at]](subject, at)
        if m is None:
            continue
        found.extend(handlers[m.lastgroup or ""](m, text, ctx))
        end = m.end()
        resume = end if end > at else at + 1


class Days:
    """The ``when`` atoms in text order, to find the day beside a weekday or time."""

    def __init__(self, atoms: list[Atom], ordered: bool = False) -> None:
        """``ordered``: ``atoms`` is already in text order (and may be kept)."""
        self.atoms = atoms if ordered else sorted(atoms, key=_START)
        self.starts = list(map(_START, self.atoms))

    def add(self, atom: Atom) -> None:
        at = bisect.bisect_right(self.starts, atom.start)
        self.atoms.insert(at, atom)
        self.starts.insert(at, atom.start)

    def near(
        self, text: str, start: int, end: int, timeless: bool = False
    ) -> Atom | None:
        """The day-level date holding, right before or right after ``start:end``."""
        at = bisect.bisect_right(self.starts, start)
        for atom in self.atoms[max(0, at - 3) : at + 2]:
            if atom.day is None or (timeless and "time" in atom.tags):
                continue
            if atom.start <= start and end <= atom.end:
                return atom
            if atom.start < start <= atom.end + 10:
                if atom.end >= start or JOINER.fullmatch(text, atom.end, start):
                    return atom
            elif end <= atom.start <= end + 20 and _LEADS_TO_DAY.fullmatch(
                text, end, atom.start
            ):
                return atom
        return None

    def earlier(self, text: str, start: int) -> Atom | None:
        """The last day-level date before ``start`` in the same sentence."""
        at = bisect.bisect_left(self.starts, start)
        for atom in reversed(self.atoms[max(0, at - 4) : at]):
            if atom.day is not None and atom.end <= start:
                if relative.sentence_around(text, atom.start, atom.end)[1] > start:
                    return atom
                return None
        return None

    def sentence_before(self, text: str, start: int) -> Atom | None:
        """The last day-level date of the sentence before the one holding
        ``start`` (午後2時46分 after a sentence about the 11th is on the 11th);
        a line break alone is no sentence."""
        left = relative.sentence_around(text, start, start)[0]
        before = left
        while before > 0 and (before == left or not text[before:left].strip()):
            before = relative.sentence_around(text, before - 1, before - 1)[0]
        if before == left:
            return None
        at = bisect.bisect_left(self.starts, left)
        for atom in reversed(self.atoms[max(0, at - 4) : at]):
            if atom.day is not None and atom.end <= left:
                return atom if atom.start >= before else None
        return None


def _weekday(text: str, ctx: Context, atom: Atom, days: Days) -> list[Mention]:
    assert atom.weekday is not None
    name = WEEKDAYS[atom.weekday]
    span = text[atom.start : atom.end]
    if atom.day is not None:  # 来週月曜, next Friday: its date is already a when
        return [_weekday_mention(atom, span, name, atom.day, "")]
    anchor = days.near(text, atom.start, atom.end)
    if anchor is not None and anchor.day is not None:
        _day_part(text, anchor, atom.end)
        _year_from_weekday(anchor, atom.weekday, span, ctx)
        if anchor.day.weekday() == atom.weekday:
            return [
                _weekday_mention(atom, span, name, anchor.day, "of the date beside it")
            ]
        actual = WEEKDAYS[anchor.day.weekday()]
        note = f"{span} disagrees with {anchor.day.isoformat()} (a {actual.title()})"
        return [_weekday_mention(atom, span, name, None, note)]
    if ctx.published is None:
        return [
            _weekday_mention(atom, span, name, None, "no published date to resolve it")
        ]
    way, why = relative.weekday_direction(text, atom.start, atom.end)
    ahead = way == relative.FUTURE
    day = relative.resolve_weekday(atom.weekday, ctx.published, way if ahead else None)
    pub = ctx.published.date().isoformat()
    note = (
        f"{span} → next {name.title()} on or after published {pub} ({why})"
        if ahead
        else f"{span} → latest {name.title()} on or before published {pub}"
    )
    when = Atom(atom.start, atom.end, value=day.isoformat(), day=day, note=note)
    days.add(when)
    return [_weekday_mention(atom, span, name, day, note)]


def _year_from_weekday(anchor: Atom, weekday: int, span: str, ctx: Context) -> None:
    """11月25日（火）: a year-less date takes the year, within half a year of
    published, in which it falls on the weekday the text gives."""
    if "yearless" not in anchor.tags or anchor.day is None or anchor.number is None:
        return
    if ctx.published is None:
        return
    today = ctx.published.date()
    if anchor.day.weekday() == weekday or anchor.month is None:
        return
    base = anchor.day.year
    fits = []
    for year in (base - 1, base + 1):
        try:
            candidate = date(year, anchor.month, anchor.number)
        except ValueError:
            continue
        if candidate.weekday() == weekday and abs(candidate - today).days <= 183:
            fits.append(candidate)
    if len(fits) == 1:
        anchor.day = fits[0]
        anchor.value = fits[0].isoformat()
        anchor.note += f"; {span} fits {fits[0].year}, not {base}"


def _weekday_mention(
    atom: Atom, span: str, name: str, day: date | None, note: str
) -> Mention:
    """A weekday mention, on ``day`` when it has one (else the note says why)."""
    return Mention(
        "weekday",
        atom.start,
        atom.end,
        span,
        name,
        parse_when(day.isoformat()) if day is not None else None,
        note=note,
        weekday=atom.weekday,
    )


def _day_part(text: str, atom: Atom, at: int | None = None) -> None:
    """金曜日の夜 / Friday night: keep the day, widen the span, note the part."""
    m = DAY_PART.match(text, atom.end if at is None else at)
    if m is None:
        return
    label = DAY_PARTS.get(m["dp"].lower(), DAY_PARTS.get(m["dp"], ("", 0, 0)))[0]
    if not label:
        label = {"午前中": "morning"}.get(m["dp"], m["dp"])
    atom.end = m.end()
    atom.note = f"{atom.note}; {label}" if atom.note else label
    atom.tags.append("daypart")


def _time(text: str, ctx: Context, atom: Atom, days: Days) -> None:
    assert atom.hour is not None
    assert atom.minute is not None
    anchor = days.near(text, atom.start, atom.end, timeless=True)
    if anchor is not None and anchor.day is not None:
        day, note = anchor.day, ""
        anchor.start, anchor.end = (
            min(anchor.start, atom.start),
            max(anchor.end, atom.end),
        )
        target = anchor
    else:
        earlier = days.earlier(text, atom.start)
        previous = days.sentence_before(text, atom.start) if earlier is None else None
        if earlier is not None and earlier.day is not None:
            day = earlier.day
            note = f"time with the day {day.isoformat()} earlier in the sentence"
        elif (
            previous is not None
            and previous.day is not None
            # a time told as past or present, not on a day still to come
            and (ctx.published is None or previous.day <= ctx.published.date())
        ):
            day = previous.day
            note = f"time with the day {day.isoformat()} of the sentence before"
        elif ctx.published is not None:
            day = ctx.published.date()
            note = f"time with no day → day of published {day.isoformat()}"
        else:
            return
        target = Atom(atom.start, atom.end)
        days.add(target)
    hour = atom.hour
    if (
        anchor is not None
        and hour < 12
        and any(word in anchor.note for word in ("evening", "night"))
    ):
        hour += 12
    if hour >= 24:
        day, hour = day + timedelta(days=hour // 24), hour % 24
    value = f"{day.isoformat()}T{hour:02d}"
    if "hour" not in atom.tags:
        value += f":{atom.minute:02d}"
    zone_note = ""
    before = ZONE_BEFORE.search(text, max(0, target.start - 10), target.start)
    after = ZONE_AFTER.match(text, atom.end)
    zm = after or before
    if zm is not None:
        word = " ".join(zm["zone"].split())
        zone = ZONES.get(word)
        if after is not None:
            target.end = max(target.end, after.end())
        if zone is not None:
            value += offset_text(zone)
            zone_note = f"{word} ({offset_text(zone)})"
        else:
            zone_note = f"{word}: zone not stated"
    target.value = value
    target.day = day
    target.tags.append("time")
    target.note = "; ".join(x for x in (target.note, note, zone_note) if x)


def _when(text: str, lowered: str, ctx: Context, atom: Atom) -> Mention | None:
    """The mention of a ``when`` atom with the bound or hedge written around it
    (read on ``lowered``, the text with its letters lower-cased)."""
    if atom.value is None:
        return None
    start, end, value = atom.start, atom.end, atom.value
    try:
        base = parse_when(value, ctx.zone)
    except edtf.DateValueError:
        return None
    hedge = "approx" if "approx" in atom.tags else None
    bound = None
    ranged = "range" in atom.tags
    pre = None
    if start and ((before := lowered[start - 1]) in _PREFIX_END or before.isspace()):
        lo = max(0, start - 24)
        words_end = lo + len(lowered[lo:start].rstrip())
        if _PREFIX_TAIL.search(lowered, max(lo, words_end - 2), words_end):
            pre = PREFIX.search(lowered, lo, start)
    if pre is not None:
        group = pre.lastgroup
        if group == "approx":
            hedge = "approx"
        elif group in _BOUND_GROUPS and not ranged:
            bound = group
            if bound == "before" and lowered.startswith(_END_OF, start):
                bound = "by"  # before the end of 2026: by then, not before December
        if group == "approx" or not ranged or group == "from":
            start = pre.start()
    inclusive_after = False
    post = (
        SUFFIX.match(lowered, end) if lowered[end : end + 1] in _SUFFIX_START else None
    )
    if post is not None and post.end() > end:
        if post["approx"]:
            hedge = "approx"
        for group in _BOUND_GROUPS:
            if post[group] and not ranged:
                bound = group
                inclusive_after = post[group] in ("以降", "以後", "or later")
        if (
            not ranged
            or post["approx"]
            or post["until"]
            or post["by"]
            or post["before"]
        ):
            end = post.end()
    note = atom.note
    interval = base
    if bound is not None:
        value = edtf.bounded_value(value, bound)
        if bound == "before":
            interval = Interval(None, base.start)
        elif bound == "after" and not inclusive_after:
            interval = Interval(base.end, None)
        else:
            interval = parse_when(value, ctx.zone)
        note = "; ".join(x for x in (note, f"bound: {bound}") if x)
    if hedge:
        note = "; ".join(x for x in (note, "hedged: approximate") if x)
    # all by position: binding keywords costs a fifth of the call
    return Mention(
        "when", start, end, text[start:end], value, interval, None, None, hedge,
        bound, note,
    )  # fmt: skip
