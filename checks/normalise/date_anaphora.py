"""Dates named by the date before them: 同日, 翌日, 前年, the next day, that day."""

from __future__ import annotations

import re
from datetime import timedelta

from checks.normalise import relative
from checks.normalise.context import Context
from checks.normalise.date_atoms import Atom, dated, parse_when
from checks.normalise.date_words import PARTS_JA

#: word → (unit, shift, part of day)
JA_WORDS = {
    "同日": ("day", 0, ""), "翌日": ("day", 1, ""), "前日": ("day", -1, ""),
    "同夜": ("day", 0, "evening"), "翌朝": ("day", 1, "morning"),
    "同月": ("month", 0, ""), "翌月": ("month", 1, ""), "前月": ("month", -1, ""),
    "同年": ("year", 0, ""), "翌年": ("year", 1, ""), "前年": ("year", -1, ""),
    "同週": ("week", 0, ""), "翌週": ("week", 1, ""), "前週": ("week", -1, ""),
}  # fmt: skip
_EN_SHIFT = {"same": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1}
_REACH = 600  # how far back (in characters) the date referred to may be


def ja_anaphor(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    unit, shift, part = JA_WORDS[m["an"] or m["an2"]]
    atom = Atom(m.start(), m.end(), part=f"{unit}:{shift}:{part}", tags=["anaphor"])
    if m["an"]:
        atom.month = int(m["an_m"]) if m["an_m"] and unit == "year" else None
        atom.number = int(m["an_d"]) if m["an_d"] else None
        if m["an_p"]:
            atom.tags.append(PARTS_JA[m["an_p"]])
    return [atom]


def en_anaphor(m: re.Match[str], text: str, ctx: Context) -> list[Atom]:
    shift = 0 if m["e15_that"] else _EN_SHIFT[m["e15_w"].lower()]
    unit = (m["e15_u"] or m["e15_u2"]).lower()
    part = ""
    if unit in ("morning", "evening", "night"):
        unit, part = "day", unit
    return [Atom(m.start(), m.end(), part=f"{unit}:{shift}:{part}", tags=["anaphor"])]


def resolve(text: str, atoms: list[Atom]) -> None:
    """Give each anaphor (in text order) the value it takes from the date before."""
    previous: Atom | None = None
    for atom in atoms:
        value = atom.value
        if value is None:
            if (
                previous is None
                or "anaphor" not in atom.tags
                or not atom.part
                or atom.start - previous.end > _REACH
            ):
                continue
            _resolve_one(text, atom, previous)
            value = atom.value
            if value is None:
                continue
        if "/" not in value:
            previous = atom


def _set(atom: Atom, year: int, month: int | None) -> None:
    """``year`` (with ``month``, and the atom's own day or month part)."""
    part = next((t for t in atom.tags if t in ("early", "mid", "late")), None)
    found = dated(atom.start, atom.end, year, month, atom.number, part)
    if month is not None and found is not None:
        atom.value, atom.day = found.value, found.day
    elif month is None:
        atom.value = f"{year:04d}"


def _resolve_one(text: str, atom: Atom, anchor: Atom) -> None:
    assert anchor.value is not None
    unit, raw_shift, part = (atom.part or "::").split(":")
    shift = int(raw_shift)
    iv = parse_when(anchor.value)
    if iv.start is None or iv.end is None:
        return
    span = iv.end - iv.start
    first = iv.start.date()
    word = text[atom.start : atom.end]
    if unit in ("day", "week") and span > timedelta(days=1):
        return
    if unit == "month" and span > timedelta(days=31):
        return
    if unit == "year" and span > timedelta(days=366):
        return
    if unit == "day":
        day = first + timedelta(days=shift)
        atom.value, atom.day = day.isoformat(), day
    elif unit == "week":
        atom.value = relative.iso_week(first + timedelta(weeks=shift))
    elif unit == "month":
        year, month = relative.shift_months(first, shift)
        _set(atom, year, month)
    else:
        _set(atom, first.year + shift, atom.month)
    atom.note = f"{word} → from {anchor.value}, the date before it in the text"
    if part:
        atom.note += f"; {part}"
    atom.part = None
