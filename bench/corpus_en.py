"""English news-style sentences with inserted dates, lengths and counts."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from bench.corpus_base import (
    Part,
    Piece,
    duration_value,
    future_day,
    iso_week,
    model_number,
    month_shift,
    past_day,
    season_of,
    season_value_of,
)
from checks import model

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = tuple(day.capitalize() for day in model.WEEKDAYS)
PARTS = (("early", "early"), ("mid-", "mid"), ("late", "late"))
SUBJECTS = (
    "The ministry",
    "The company",
    "City officials",
    "Police",
    "The weather agency",
    "The research team",
    "Opposition lawmakers",
    "The central bank",
    "The union",
    "The foreign minister",
    "The organising committee",
    "State media",
)
PLACES = (
    "Tokyo",
    "Osaka",
    "Washington",
    "Beijing",
    "Seoul",
    "Sapporo",
    "Brussels",
    "Manila",
)
PAST_EVENTS = (
    "held a news conference",
    "announced the plan",
    "reached an agreement",
    "held talks",
    "told reporters",
    "published the findings",
    "wrapped up negotiations",
)
FUTURE_EVENTS = (
    "will hold a news conference",
    "is expected to announce the plan",
    "is considering a visit",
    "plans to resume talks",
    "will make a final decision",
)
NOUNS = (
    "meeting",
    "summit",
    "ceremony",
    "briefing",
    "conference",
    "round of talks",
    "drill",
)
COUNTABLE = (
    ("people", 5, 9000),
    ("trees", 10, 900),
    ("cases", 2, 600),
    ("vehicles", 3, 400),
)
FILLERS = (
    "Details have not been finalised, according to people familiar with the matter.",
    '"We will continue to explain our position carefully," he said.',
    "The issue has divided the ruling and opposition parties.",
    "Residents in the area remain on alert.",
    "Experts have called for a cautious response.",
    "A large number of reporters gathered at the venue.",
    '"We are watching the situation closely," an official said.',
)
SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _day_text(day: date, rng: random.Random, with_year: bool) -> str:
    style = rng.randrange(3)
    if style == 0:
        text = f"{MONTHS[day.month - 1]} {day.day}"
    elif style == 1:
        name = MONTHS[day.month - 1]
        text = f"{name[:3]}. {day.day}" if len(name) > 4 else f"{name} {day.day}"
    else:
        text = f"{day.day} {MONTHS[day.month - 1]}"
    if with_year:
        text += f", {day.year}" if style != 2 else f" {day.year}"
    return text


def past_when(rng: random.Random, pub: datetime) -> tuple[str, Piece]:
    """(preposition, expression) in a past-tense sentence."""
    pick = rng.randrange(10)
    if pick == 0:
        d = past_day(rng, pub, 1, 900)
        return "on ", Piece(_day_text(d, rng, True), "when", d.isoformat())
    if pick in (1, 2):
        d = past_day(rng, pub, 1, 200)
        return "on ", Piece(_day_text(d, rng, False), "when", d.isoformat())
    if pick == 3:
        y, m = month_shift(pub, -rng.randint(1, 9))
        return "in ", Piece(MONTHS[m - 1], "when", f"{y:04d}-{m:02d}")
    if pick == 4:
        d = past_day(rng, pub, 0, 6)
        return "on ", Piece(WEEKDAYS[d.weekday()], "weekday", d.isoformat())
    if pick == 5:
        y = rng.randint(1950, pub.year - 1)
        return "in ", Piece(str(y), "when", f"{y:04d}")
    if pick == 6:
        y, m = month_shift(pub, -rng.randint(1, 9))
        word, part = rng.choice(PARTS)
        sep = "" if word.endswith("-") else " "
        return "in ", Piece(
            f"{word}{sep}{MONTHS[m - 1]}", "when", f"{y:04d}-{m:02d}-{part}"
        )
    day = pub.date()
    choices = [
        ("", "yesterday", (day - timedelta(days=1)).isoformat()),
        ("", "last week", iso_week(day - timedelta(days=7))),
        ("", "last month", "{:04d}-{:02d}".format(*month_shift(pub, -1))),
        ("", "last year", f"{pub.year - 1:04d}"),
        ("", "this week", iso_week(day)),
        ("", "earlier this month", f"{pub:%Y-%m}"),
    ]
    prep, text, value = rng.choice(choices)
    return prep, Piece(text, "when", value)


def future_when(rng: random.Random, pub: datetime) -> tuple[str, Piece]:
    """(preposition, expression) in a future-tense sentence."""
    pick = rng.randrange(8)
    if pick in (0, 1):
        d = future_day(rng, pub, 2, 150)
        return "on ", Piece(
            _day_text(d, rng, rng.random() < 0.3), "when", d.isoformat()
        )
    if pick == 2:
        y, m = month_shift(pub, rng.randint(1, 8))
        return "in ", Piece(MONTHS[m - 1], "when", f"{y:04d}-{m:02d}")
    if pick == 3:
        y, m = month_shift(pub, rng.randint(1, 8))
        return "", Piece(f"by late {MONTHS[m - 1]}", "when", f"../{y:04d}-{m:02d}-late")
    if pick == 4:
        d = future_day(rng, pub, 3, 120)
        text = f"no later than {_day_text(d, rng, False)}"
        return "", Piece(text, "when", f"../{d.isoformat()}")
    if pick == 5:
        season = season_of(pub)
        return "", Piece(
            f"this {'fall' if season == 'autumn' else season}",
            "when",
            season_value_of(pub),
        )
    day = pub.date()
    choices = [
        ("tomorrow", (day + timedelta(days=1)).isoformat()),
        ("next week", iso_week(day + timedelta(days=7))),
        ("next month", "{:04d}-{:02d}".format(*month_shift(pub, 1))),
        ("next year", f"{pub.year + 1:04d}"),
    ]
    text, value = rng.choice(choices)
    return "", Piece(text, "when", value)


def duration(rng: random.Random, pub: datetime, short: bool = False) -> Piece:
    """about 25 minutes, three hours, an hour and a half ... (``short``: no years)."""
    pick = rng.randrange(4 if short else 5)
    hedge = "approx" if rng.random() < 0.35 else None
    lead = rng.choice(["about ", "around ", "roughly "]) if hedge else ""
    if pick == 0:
        n = rng.randint(5, 90)
        return Piece(f"{lead}{n} minutes", "duration", duration_value(n, "MIN"), hedge)
    if pick == 1:
        n = rng.randint(2, 10)
        shown = SMALL[n - 1] if rng.random() < 0.5 else str(n)
        return Piece(f"{lead}{shown} hours", "duration", duration_value(n, "H"), hedge)
    if pick == 2:
        return Piece(f"{lead}an hour and a half", "duration", "PT1.5H", hedge)
    if pick == 3:
        n = rng.randint(2, 30)
        return Piece(f"{lead}{n} days", "duration", duration_value(n, "D"), hedge)
    n = rng.randint(2, 40)
    return Piece(f"{lead}{n} years", "duration", duration_value(n, "Y"), hedge)


def count(rng: random.Random, pub: datetime, people: bool = False) -> Piece:
    """250 trees, 1,200 people, about 300 cases, seven vehicles (``people``: people)."""
    noun, lo, hi = COUNTABLE[0] if people else rng.choice(COUNTABLE)
    return _count(rng, noun, lo, hi)


def units(rng: random.Random, pub: datetime) -> Piece:
    """Returned goods: 1,200 units, about 300 units."""
    return _count(rng, "units", 20, 90000)


def _count(rng: random.Random, noun: str, lo: int, hi: int) -> Piece:
    n = rng.randint(lo, hi)
    style = rng.randrange(4)
    if style == 0 and n <= 10:
        return Piece(f"{SMALL[n - 1]} {noun}", "count", str(n))
    if style == 1:
        return Piece(f"about {n:,} {noun}", "count", str(n), "approx")
    return Piece(f"{n:,} {noun}", "count", str(n))


def past_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    subj, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    prep, when = past_when(rng, pub)
    shape = rng.randrange(6)
    if shape == 0:
        return [
            f"{subj} held talks in {place} {prep}",
            when,
            " that lasted ",
            duration(rng, pub, True),
            ".",
        ]
    if shape == 1:
        return [
            count(rng, pub, True),
            f" took part in the {rng.choice(NOUNS)} in {place} {prep}",
            when,
            ".",
        ]
    if shape == 2:
        return [
            f"{subj} said {prep}",
            when,
            " that ",
            count(rng, pub),
            " had been affected.",
        ]
    if shape == 3:
        return [
            f"The previous {rng.choice(NOUNS)} was held {prep}",
            when,
            f" in {place}.",
        ]
    if shape == 4:
        return [f"{subj} {rng.choice(PAST_EVENTS)} {prep}", when, "."]
    return [
        f"Power was cut in parts of {place} for ",
        duration(rng, pub, True),
        f" {prep}",
        when,
        ".",
    ]


def future_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    subj, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    prep, when = future_when(rng, pub)
    shape = rng.randrange(4)
    if shape == 0:
        return [f"{subj} {rng.choice(FUTURE_EVENTS)} in {place} {prep}", when, "."]
    if shape == 1:
        return [f"The {rng.choice(NOUNS)} in {place} is being planned for ", when, "."]
    if shape == 2:
        return [
            f"{subj} is expected to visit {place} {prep}",
            when,
            " for ",
            duration(rng, pub, True),
            ".",
        ]
    return [
        count(rng, pub, True),
        f" are expected to attend the {rng.choice(NOUNS)} {prep}",
        when,
        ".",
    ]


def plain_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    """No date: filler, or numbers that are not dates (phones, models, pages)."""
    shape = rng.randrange(6)
    if shape == 0:
        tail = f"({rng.randint(200, 989)}) 555-{rng.randint(1000, 9999)}"
        return [f"Readers with questions can call the hotline at {tail}."]
    if shape == 1:
        return [
            f"The recall covers model {model_number(rng)}, and ",
            units(rng, pub),
            " were returned.",
        ]
    if shape == 2:
        return [
            f"The background is set out on page {rng.randint(2, 240)} of the report."
        ]
    if shape == 3:
        return [
            f"Flight {rng.randint(100, 2999)} landed safely, and ",
            count(rng, pub),
            " were checked.",
        ]
    return [rng.choice(FILLERS)]


def title(rng: random.Random) -> str:
    verb = rng.choice(["on hold", "agreed", "announced", "delayed", "under review"])
    return f"{rng.choice(PLACES)} {rng.choice(NOUNS)} plan {verb}"


SENTENCES = (past_sentence, past_sentence, future_sentence, plain_sentence)
