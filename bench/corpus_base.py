"""Shared pieces of the corpus generator: inserted expressions and their gold.

A sentence is a list of plain strings and :class:`Piece` objects; a piece is an
expression the generator inserted on purpose, with the value the spec gives it
(relative to the article's ``published`` time and the sentence's tense).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Piece:
    """An inserted expression: its text and gold (kind, value, hedge)."""

    text: str
    kind: str  # when, weekday, duration, count
    value: str
    hedge: str | None = None


Part = str | Piece


@dataclass(frozen=True)
class Rendered:
    """A sentence as text plus its gold mentions (offsets into the sentence)."""

    text: str
    gold: tuple[tuple[int, int, Piece], ...]


def render(parts: list[Part]) -> Rendered:
    out: list[str] = []
    gold: list[tuple[int, int, Piece]] = []
    at = 0
    for part in parts:
        text = part.text if isinstance(part, Piece) else part
        if isinstance(part, Piece):
            gold.append((at, at + len(text), part))
        out.append(text)
        at += len(text)
    return Rendered("".join(out), tuple(gold))


def past_day(
    rng: random.Random, published: datetime, lo: int = 1, hi: int = 200
) -> date:
    return published.date() - timedelta(days=rng.randint(lo, hi))


def future_day(
    rng: random.Random, published: datetime, lo: int = 2, hi: int = 200
) -> date:
    return published.date() + timedelta(days=rng.randint(lo, hi))


def month_shift(published: datetime, months: int) -> tuple[int, int]:
    index = published.year * 12 + published.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def season_value_of(published: datetime) -> str:
    """The season ``published`` falls in, as a value: January 2026 → 2025-winter."""
    season = season_of(published)
    year = published.year - 1 if published.month in (1, 2) else published.year
    return f"{year:04d}-{season}"


def season_of(published: datetime) -> str:
    return {
        3: "spring",
        4: "spring",
        5: "spring",
        6: "summer",
        7: "summer",
        8: "summer",
    }.get(published.month, "autumn" if published.month in (9, 10, 11) else "winter")


def duration_value(amount: float, unit: str) -> str:
    """ISO 8601 duration: unit one of Y, M, W, D, H, MIN, S."""
    shown = f"{amount:g}"
    if unit in ("H", "S"):
        return f"PT{shown}{unit}"
    if unit == "MIN":
        return f"PT{shown}M"
    return f"P{shown}{unit}"


_DIGITS = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    """Kanji numeral for 1..99999 (二百五十, 三千, 一万二千)."""
    if n >= 10000:
        head, rest = divmod(n, 10000)
        return kanji_number(head) + "万" + (kanji_number(rest) if rest else "")
    out = ""
    for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, value)
        if digit:
            out += ("" if digit == 1 else _DIGITS[digit]) + mark
    return out + (_DIGITS[n] if n else "")


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(3, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def model_number(rng: random.Random) -> str:
    letters = rng.choice(["XR", "ZX", "KT", "NV", "SR", "HD"])
    return f"{letters}-{rng.randint(100, 9900)}"
