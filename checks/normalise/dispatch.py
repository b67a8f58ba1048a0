"""A big alternation tried as only the alternatives that can start at a character.

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

__all__ = ["FirstChar"]

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
