"""Helping ``re`` skip through text in C: big alternations tried only where
they can start.

``re`` tries a pattern's alternatives one after another at a position.  The date
scanners try one big alternation (a named group per form) at each place a
trigger marks; most alternatives fail there at their first character, but each
failure costs a branch of the matching engine.  :class:`FirstChar` maps a
character to the ``match`` method of a pattern made of just the alternatives
whose first character can be that one, in their original order, so it matches
exactly as the whole alternation would at that position.

An alternative's possible first characters are read from the parse tree ``re``
itself builds (``re._parser``, stable since Python 3.11); anything not
understood counts as "any character", so the subset is never too small.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

# re's own parser and its opcodes (no type stubs exist for these modules)
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

__all__ = ["FirstChar", "contains_any", "literal_first"]

Match = Callable[[str, int], "re.Match[str] | None"]

#: a first-character test: (opcode, argument), or None for "any character"
_Token = tuple[Any, Any] | None

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_CATEGORIES = {
    sre.CATEGORY_DIGIT: re.compile(r"\d"),
    sre.CATEGORY_WORD: re.compile(r"\w"),
    sre.CATEGORY_SPACE: re.compile(r"\s"),
}


def _firsts(items: Any) -> tuple[list[_Token], bool]:
    """The tokens the sequence ``items`` can start with, and whether it can
    match the empty string (then what follows it can start the match too)."""
    tokens: list[_Token] = []
    for op, arg in items:
        if op in _ZERO_WIDTH:  # a lookaround or anchor consumes nothing
            continue
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            tokens.append((op, arg))
            return tokens, False
        if op is sre.SUBPATTERN:
            inner, nullable = _firsts(arg[-1])
        elif op is sre.ATOMIC_GROUP:
            inner, nullable = _firsts(arg)
        elif op is sre.BRANCH:
            inner, nullable = [], False
            for branch in arg[1]:
                got, empty = _firsts(branch)
                inner += got
                nullable = nullable or empty
        elif op in _REPEATS:
            inner, nullable = _firsts(arg[2])
            nullable = nullable or arg[0] == 0
        else:  # a back-reference, a conditional: anything may start it
            return [None], False
        tokens += inner
        if not nullable:
            return tokens, False
    return tokens, True


def _admits(token: _Token, char: str) -> bool:
    """Whether ``token`` can match ``char`` (in either case: a superset)."""
    if token is None:
        return True
    op, arg = token
    if op is sre.ANY or op is sre.NOT_LITERAL:
        return True
    cases = {char, char.lower(), char.upper(), char.casefold()}
    codes = {ord(c) for c in cases if len(c) == 1}
    if op is sre.LITERAL:
        return arg in codes
    for item_op, item in arg:  # a class: [...]
        if item_op is sre.NEGATE:
            return True
        if item_op is sre.LITERAL and item in codes:
            return True
        if item_op is sre.RANGE and any(item[0] <= c <= item[1] for c in codes):
            return True
        if item_op is sre.CATEGORY:
            test = _CATEGORIES.get(item)
            if test is None or any(test.match(c) for c in cases):
                return True
    return False


class FirstChar(dict[str, Match]):
    """character → ``match`` of the alternatives that can start with it.

    Filled on first use of each character; patterns for the same subset of
    alternatives are compiled once and shared.
    """

    def __init__(self, alternatives: Sequence[str], flags: int = 0) -> None:
        super().__init__()
        self.alternatives = tuple(alternatives)
        self.flags = flags
        self.whole = re.compile("|".join(self.alternatives), flags)
        self._starts = [
            _firsts(sre_parse.parse(alt, flags).data) for alt in self.alternatives
        ]
        self._by_subset: dict[tuple[int, ...], Match] = {}

    def __missing__(self, char: str) -> Match:
        subset = tuple(
            i
            for i, (tokens, nullable) in enumerate(self._starts)
            if nullable or any(_admits(token, char) for token in tokens)
        )
        found = self._by_subset.get(subset)
        if found is None:
            if len(subset) == len(self.alternatives):
                found = self.whole.match
            else:
                chosen = [self.alternatives[i] for i in subset] or ["(?!)"]
                found = re.compile("|".join(chosen), self.flags).match
            self._by_subset[subset] = found
        self[char] = found
        return found


def literal_first(alternatives: Sequence[tuple[str, str]]) -> str:
    """A pattern for the alternatives ``head + tail`` that ``re`` searches fast.

    ``re.finditer`` skips in C to the characters a match can start with only
    when the pattern opens with a class, a literal, or alternatives that all
    open with a literal; one that opens with a lookaround (``(?=[今来])(?:…)``)
    runs the whole matcher at every position.  Each alternative is given as
    ``head``, the regex for its one first character (a literal or a class of
    literals and ranges), and ``tail``, the rest, whose lookbehinds see the
    head already (``(?<![0-9]{2})`` after a digit head: no digit before it).
    Each class head is spelled out as one alternative per character, so the
    pattern matches what the alternation of ``head + tail`` matches, in the
    same order of preference, and where a character starts no alternative
    ``re`` moves on in C.
    """
    return "|".join(
        re.escape(char) + tail for head, tail in alternatives for char in _chars(head)
    )


def _chars(head: str) -> list[str]:
    """The characters the one-character regex ``head`` matches (a literal, or
    a class of literals and ranges)."""
    items = sre_parse.parse(head).data
    if len(items) != 1 or items[0][0] not in (sre.LITERAL, sre.IN):
        raise ValueError(f"{head!r} is not one character or a class")
    op, arg = items[0]
    if op is sre.LITERAL:
        return [chr(arg)]
    chars: list[str] = []
    for item_op, item in arg:
        if item_op is sre.LITERAL:
            chars.append(chr(item))
        elif item_op is sre.RANGE:
            chars += map(chr, range(item[0], item[1] + 1))
        else:
            raise ValueError(f"{head!r}: only literals and ranges can be spelled out")
    return chars


def contains_any(text: str, words: Sequence[str]) -> bool:
    """Whether any of ``words`` occurs in ``text``: one C substring search per
    word (a plain loop: a generator under ``any()`` costs twice as much), the
    quick test before a pattern that most texts would not match."""
    for word in words:  # noqa: SIM110 (a generator under any() is slower)
        if word in text:
            return True
    return False
