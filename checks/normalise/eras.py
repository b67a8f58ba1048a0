"""Japanese era years (令和8年, 平成元年) ↔ Gregorian years."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    """An era: its name, the Gregorian year of its first year, its last year."""

    name: str
    first: int
    last_year: int | None  # the era's own number of its last year; None = current


ERAS: dict[str, Era] = {
    "令和": Era("令和", 2019, None),
    "平成": Era("平成", 1989, 31),
    "昭和": Era("昭和", 1926, 64),
    "大正": Era("大正", 1912, 15),
    "明治": Era("明治", 1868, 45),
}

#: Latin initials used in forms and tables (R3年, H31/4/30)
INITIALS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"}

#: regex alternation of era names and initials (full-width initials included)
ERA_PATTERN = "令和|平成|昭和|大正|明治|[RHSＲＨＳ](?=\\d)"

_FULLWIDTH = str.maketrans("ＲＨＳＴＭ", "RHSTM")


def era_name(token: str) -> str:
    """The era's kanji name for a name or initial (``R`` → ``令和``)."""
    token = token.translate(_FULLWIDTH)
    return INITIALS.get(token, token)


def era_number(token: str) -> int:
    """``元`` → 1, digits → their value."""
    return 1 if token == "元" else int(token)


def to_gregorian(era: str, number: int) -> int | None:
    """The Gregorian year of ``era`` year ``number`` (None for year 0 or unknown)."""
    known = ERAS.get(era_name(era))
    if known is None or number < 1:
        return None
    return known.first + number - 1


def overflow(era: str, number: int) -> str | None:
    """Why ``era`` year ``number`` does not exist, or None when it does."""
    known = ERAS.get(era_name(era))
    if known is None or known.last_year is None or number <= known.last_year:
        return None
    year = known.first + number - 1
    end = known.first + known.last_year - 1
    return (
        f"{known.name} ended in its year {known.last_year} ({end}); "
        f"{year} is {later_era_label(year)}"
    )


def later_era_label(year: int) -> str:
    """``令和8年`` for 2026: the era year that names ``year``."""
    for era in ERAS.values():
        if year >= era.first:
            number = year - era.first + 1
            return f"{era.name}{'元' if number == 1 else number}年"
    return f"{year}年"
