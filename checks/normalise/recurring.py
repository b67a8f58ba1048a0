"""Dates that recur: 毎年6月から8月にかけて, 毎週月曜日, every June, each May.

After a frequency word a year-less date names no single day, month or week:
毎年6月 is every June, not the next or the last one.  Such a date is no
``when`` mention, nor is the far end of a range it starts (6月から8月), nor the
dates listed after it (毎年6月と8月).  A weekday keeps its ``weekday`` mention
(毎週月曜日 does say Monday); only the date it would resolve to goes.  A date
with its year (every year since 2010) is a date like any other.
"""

from __future__ import annotations

import re

from checks.normalise.date_atoms import Atom
from checks.normalise.dispatch import contains_any

#: a frequency word right before a date (matched on the text before it)
_EVERY = re.compile(
    r"(?:毎(?:年|月|週|日|朝|晩|夜)|例年)(?:の|、)?\s*$"
    r"|\b(?:every|each)(?:\s+other)?(?:\s+(?:year|month|week))?"
    r"(?:\s+(?:in|on|from|during|between))?\s+$",
    re.IGNORECASE,
)
#: what joins the dates of a list (毎年6月と8月, every June and August)
_LIST = re.compile(r"\s*(?:と|や|、|,|及び|および|and|or)\s*", re.IGNORECASE)
#: a year stated in the date itself
_YEAR = re.compile(r"\d{4}|\d年|元年")
#: where ``_EVERY`` can start: found once per text, so most dates skip it
_WORD = re.compile("毎|例年|[Ee]very|EVERY|[Ee]ach|EACH")
_WORDS = ("毎", "例年", "every", "Every", "EVERY", "each", "Each", "EACH")
#: how far back a frequency word is looked for
_REACH = 24


def drop_recurring(text: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` (in text order) without the year-less dates after 毎年 / every."""
    if not contains_any(text, _WORDS):  # most texts: no regex scan
        return atoms
    words = [m.start() for m in _WORD.finditer(text)]
    kept: list[Atom] = []
    last_end = -1
    i = 0
    for atom in atoms:
        lo = max(0, atom.start - _REACH)
        while i < len(words) and words[i] < lo:
            i += 1
        listed = last_end >= 0 and _LIST.fullmatch(text, last_end, atom.start)
        near = i < len(words) and words[i] < atom.start
        recurs = listed or (near and _EVERY.search(text[lo : atom.start]))
        if recurs and _YEAR.search(text, atom.start, atom.end) is None:
            last_end = atom.end
            continue
        last_end = -1
        kept.append(atom)
    return kept
