"""Split a body (Markdown or plain text) into sentence spans.

A body is first cut into blocks; sentences never cross a block:

- a blank line ends a block; Markdown headings (``# …``), list items, block
  quotes and table rows start one, and a heading is a block on its own;
- in Japanese (``lang`` ``ja`` or ``zh``) every line break ends a block: Japanese
  text is not hard-wrapped, and titles and captions carry no 。;
- in English a single line break is a soft wrap, as in rendered Markdown.

Inside a block a sentence ends after

- ``。！？`` or a full-width ``．`` (not between digits), with the closing
  brackets and quote marks that follow; a terminator inside a matched
  ``「」『』（）【】`` pair does not end the sentence, nor does a closed quotation
  followed by a particle (``「…重要だ。」と述べた。`` is one sentence);
- ``!`` or ``?`` (with closing quote marks) followed by a CJK character, by
  white space and a capital, digit, opening quote or CJK character, or by the
  block's end: ``"Great!" he said.`` is one sentence;
- ``.`` followed the same way (but not directly by CJK), unless the word before
  is an abbreviation (``U.S.``, ``Mr.``, ``Jan.``, ``p.m.``, ``e.g.``, initials
  …).  ``3.5`` has no space and never splits.  ``at 9 p.m. Trump said`` stays
  one sentence: a known limit of not parsing.

Spans exclude surrounding white space and cover every other character.
"""

from __future__ import annotations

import re

__all__ = ["is_abbreviation", "split_sentences"]

#: abbreviations that a capital or a digit often follows (Mr. Trump, Jan. 5);
#: case matters: "Sat." is Saturday, "sat." ends a sentence
_ABBREVIATIONS = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Gen", "Gov", "Sen"),
        *("Rep", "Rev", "Sgt", "Capt", "Col", "Lt", "Cmdr", "Adm", "Pres", "Supt"),
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"),
        *("Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs"),
        *("Fri", "Sat", "Sun", "No", "Nos", "Vol", "Vols", "Fig", "Figs", "vs"),
    }
)
#: U.S., e.g., p.m., J.  — letters each followed by a dot
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_WORD_BEFORE = re.compile(r"[A-Za-z.]+$")

_CJK = "\u3000-\u303f\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e"
_CLOSERS = "」』）】)\"”’'"
_TERMINATOR = re.compile(
    rf"""
    (?P<ja>(?:[。！？]|．(?![0-9０-９]))[。！？!?．]*)[{_CLOSERS}]*
  | (?P<bang>[!?]+)[{_CLOSERS}]*(?=\s+[A-Z0-9"“‘'(\[{_CJK}]|[{_CJK}]|\s*$)
  | (?P<dot>\.+)[{_CLOSERS}]*(?=\s+[A-Z0-9"“‘'(\[{_CJK}]|\s*$)
    """,
    re.VERBOSE,
)
_BRACKET = re.compile("[「『（【」』）】]")
_PAIRS = {"」": "「", "』": "『", "）": "（", "】": "【"}
#: after a closed quotation these continue the sentence: と述べた, って, という …
_PARTICLES = frozenset("とっのをがはにでもや、，,")

_LINE = re.compile(r"[^\r\n\u2028\u2029]*(?:\r\n?|[\n\u2028\u2029]|$)")
_BLANK = re.compile(r"\s*")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s|$)")
_BLOCK_START = re.compile(r"\s*(?:[-*+•・]\s|\d{1,3}[.)]\s|>|\|)")


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, in order, without white space."""
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text, _is_cjk_lang(lang)):
        _split_block(text, start, end, spans)
    return spans


def _is_cjk_lang(lang: str) -> bool:
    return lang.lower().split("-")[0] in {"ja", "zh"}


def _blocks(text: str, every_line: bool) -> list[tuple[int, int]]:
    """Blocks of lines that a sentence may not cross."""
    blocks: list[tuple[int, int]] = []
    open_start: int | None = None
    open_end = 0
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        a, b = m.start(), m.end()
        pos = b if b > a else n
        if _BLANK.fullmatch(text, a, b):
            if open_start is not None:
                blocks.append((open_start, open_end))
                open_start = None
            continue
        heading = _HEADING.match(text, a, b) is not None
        if (
            every_line
            or heading
            or open_start is None
            or _BLOCK_START.match(text, a, b) is not None
        ):
            if open_start is not None:
                blocks.append((open_start, open_end))
            open_start = a
        open_end = b
        if heading or every_line:
            blocks.append((open_start, open_end))
            open_start = None
    if open_start is not None:
        blocks.append((open_start, open_end))
    return blocks


def _split_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the sentences of ``text[start:end]`` to ``spans``."""
    events = _bracket_events(text, start, end)
    k = 0
    depth = 0
    begin = start
    for m in _TERMINATOR.finditer(text, start, end):
        stop = m.end()
        while k < len(events) and events[k][0] < stop:
            depth += events[k][1]
            k += 1
        if depth > 0:
            continue
        if m.group("dot") is not None and is_abbreviation(text, m.start(), start):
            continue
        mark_end = m.end(m.lastgroup or 0)
        if stop > mark_end:
            closed_quote = any(c in _PAIRS for c in text[mark_end:stop])
            if closed_quote and stop < end and text[stop] in _PARTICLES:
                continue
        _add(text, begin, stop, spans)
        begin = stop
    _add(text, begin, end, spans)


def _bracket_events(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(offset, +1 | -1)`` for the matched brackets of ``text[start:end]``."""
    stack: list[tuple[str, int]] = []
    events: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(text, start, end):
        c = m.group()
        opener = _PAIRS.get(c)
        if opener is None:
            stack.append((c, m.start()))
            continue
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == opener:
                events.append((stack[i][1], 1))
                events.append((m.start(), -1))
                del stack[i:]
                break
    events.sort()
    return events


def is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True when the word ending at ``text[dot]`` is an abbreviation."""
    m = _WORD_BEFORE.search(text, max(floor, dot - 20), dot)
    if m is None:
        return False
    word = m.group() + "."
    if _INITIALS.fullmatch(word):
        return True
    return word.rsplit(".", 2)[-2] in _ABBREVIATIONS


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    """Append ``text[a:b]`` trimmed of white space, unless nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append((a, b))
