"""English names after role words (Prime Minister Sanae Takaichi, Ms. Takaichi).

The name is one to three capitalised words right after the role; an adjective
before the role (Chinese President Xi Jinping) is simply not part of it.
Words that are capitalised for other reasons (Monday, April, The) end the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: role words, longest first; abbreviations are matched case-sensitively
ROLES = (
    "Chief Cabinet Secretary",
    "General Secretary",
    "Secretary of State",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Prime Minister",
    "Vice President",
    "Chancellor",
    "President",
    "Secretary",
    "Minister",
    "Chairman",
    "Governor",
    "Senator",
    "Premier",
    "Emperor",
    "Leader",
    "Queen",
    "King",
)
ABBREVIATIONS = ("Mrs.", "Mrs", "Mr.", "Mr", "Ms.", "Ms", "Dr.", "PM")
#: role words that mean the same (PM is Prime Minister)
SAME_ROLE = {"pm": "prime minister"}
#: capitalised words that are never part of a name
_STOP_WORDS = """
    the a an and or but of in on at to for with by from as after before during
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october
    november december today yesterday tomorrow
    said says say told tells is was were has had have will would could should
    who which that this these those he she his her it its they their
    japan japanese china chinese us u.s. america american korea korean
"""
STOP = frozenset(_STOP_WORDS.split())

_ROLE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(r"(?i:" + re.escape(r).replace(r"\ ", r"\s+") + ")" for r in ROLES)
    + "|"
    + "|".join(re.escape(a) for a in ABBREVIATIONS)
    + r")(?![\w])"
)
_WORD = re.compile(r"\s+([A-Z](?:[A-Za-z]+|['’\-](?=[A-Za-z]{2}))*)(?![A-Za-z0-9])")
_MAX_WORDS = 3
#: the word before a role that qualifies it (Chinese President, U.S. President)
_QUALIFIER = re.compile(r"(?<![\w.])((?:[A-Z]\.)+|[A-Z][A-Za-z\-]*)\s+$")
_NOT_QUALIFIERS = frozenset({"the", "a", "an", "and", "but", "or", "then", "by"})


def find(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, name, role note)`` for each name after a role word."""
    for match in _ROLE.finditer(text):
        role = " ".join(match.group().split())
        if role == "PM" and re.search(r"\d\s*$", text[: match.start()]):
            continue  # 9 PM is a time
        words: list[tuple[int, int]] = []
        at = match.end()
        while len(words) < _MAX_WORDS:
            word = _WORD.match(text, at)
            if word is None or word.group(1).casefold() in STOP:
                break
            words.append((word.start(1), word.end(1)))
            at = word.end(1)
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        note = f"role: {role}"
        qualifier = _QUALIFIER.search(text, 0, match.start())
        if qualifier and qualifier.group(1).casefold() not in _NOT_QUALIFIERS:
            note += f"; qualified: {qualifier.group(1)} {role}"
        yield start, end, text[start:end], note


def role_key(role: str) -> str:
    """A role folded for comparison (``PM`` and ``Prime Minister`` agree)."""
    key = " ".join(role.casefold().rstrip(".").split())
    return SAME_ROLE.get(key, key)
