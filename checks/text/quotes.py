"""Find a quote (or a phrase) in a text, and show how a near miss differs.

Both sides are folded first (``checks.text.folding``); case is kept.  Quote
marks and brackets at the ends of the quote, and its final punctuation, are
ignored: ``「…重要だ。」`` matches ``…重要だ」と述べた``.  Matching is on
characters, so a quote may start or end inside a word of the text.

- ``find_quote``: **supported** when the quote occurs verbatim, or when only
  the spacing around its punctuation differs (same words, same marks);
  **refuted** when the nearest passage scores at least ``RESEMBLES``: the same
  passage with some words (or punctuation) changed, and the diff says which;
  **unverifiable** when nothing scores that high.
- ``find_text``: **supported** when the phrase occurs; otherwise
  **unverifiable**, since a missing phrase contradicts nothing, but a near
  miss is still reported with its diff so an editor sees the typo.

The score (0-100) is the better of ``fuzz.partial_ratio`` of the quote against
the text and ``fuzz.ratio`` of the quote and the passage shown.
``RESEMBLES = 80``: one word changed in a quote of ten words scores 85-97,
while every other sentence of the seed article, which shares its names and
particles, scores at most 73 against the rest of it (pinned by a test).
Quotes of one or two words are short enough that a changed word drops below
80: they then read as unverifiable, not refuted.

The passage is found with ``fuzz.partial_ratio_alignment`` (C++: a few
milliseconds on 200 KB), then aligned word by word (``tokenize``) with free
ends, so that it starts and ends where the quote's words do.  Quotes are
literal text; nothing here compiles them as patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, ScoreAlignment

from checks.model import Verdict
from checks.text.folding import fold, fold_with_map

__all__ = [
    "RESEMBLES",
    "DiffOp",
    "QuoteMatch",
    "core",
    "find_quote",
    "find_text",
    "is_word",
    "tokenize",
]

RESEMBLES = 80.0

_EDGE_OPEN = "\"'「([（ "
_EDGE_CLOSE = "\"'」)]）。、.,!?;: "
#: characters of the body searched beyond the window the fuzzy search found
_MARGIN = 16
#: longest passage shown in an unverifiable verdict
_SHOWN = 60


@dataclass(frozen=True)
class DiffOp:
    """One step of a word diff: ``claim`` is the quote's words, ``text`` the text's."""

    op: str  # "equal" | "replace" | "delete" | "insert"
    claim: str
    text: str


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote matched (offsets into the original body) and why it decided."""

    verdict: Verdict
    start: int | None
    end: int | None
    score: float
    passage: str | None
    diff: tuple[DiffOp, ...]
    why: str


def find_quote(quote: str, body: str, *, lang: str) -> QuoteMatch:
    """The ``quote`` kind: verbatim → supported, near miss → refuted."""
    return _find(quote, body, lang=lang, is_quote=True)


def find_text(phrase: str, body: str, *, lang: str) -> QuoteMatch:
    """The ``text`` kind: supported when present, else unverifiable."""
    return _find(phrase, body, lang=lang, is_quote=False)


def core(quote: str) -> str:
    """The folded quote without the quote marks and punctuation at its ends."""
    folded = fold(quote)
    stripped = folded.lstrip(_EDGE_OPEN).rstrip(_EDGE_CLOSE)
    return stripped or folded


def _find(quote: str, body: str, *, lang: str, is_quote: bool) -> QuoteMatch:
    what = "quote" if is_quote else "phrase"
    wanted = core(quote)
    if not wanted:
        return QuoteMatch(
            Verdict.UNVERIFIABLE, None, None, 0.0, None, (), f"the {what} is empty"
        )
    folded = fold_with_map(body)
    at = folded.text.find(wanted)
    if at >= 0:
        start, end = folded.span(at, at + len(wanted))
        why = f"the text has the {what} verbatim"
        equal = (DiffOp("equal", wanted, wanted),)
        return QuoteMatch(
            Verdict.SUPPORTED, start, end, 100.0, body[start:end], equal, why
        )
    if not folded.text:
        return QuoteMatch(
            Verdict.UNVERIFIABLE, None, None, 0.0, None, (), "the text is empty"
        )
    a, b, score, diff = _nearest(wanted, folded.text)
    start, end = folded.span(a, b)
    passage = body[start:end]
    if all(op.op == "equal" for op in diff):
        why = f"the text has the {what}; only the spacing between its words differs"
        return QuoteMatch(Verdict.SUPPORTED, start, end, score, passage, diff, why)
    near = score >= RESEMBLES
    if near and is_quote:
        differs = _render(diff, lang, what)
        why = f"the nearest passage (score {score:g}) differs: {differs}"
        return QuoteMatch(Verdict.REFUTED, start, end, score, passage, diff, why)
    if near:
        why = (
            f"the phrase is not in the text; a near miss (score {score:g}): "
            f"{_render(diff, lang, what)}"
        )
    else:
        shown = _quoted(_shorten(folded.text[a:b]), lang)
        why = (
            f"no passage resembles the {what}; the closest (score {score:g}) is {shown}"
        )
    return QuoteMatch(Verdict.UNVERIFIABLE, start, end, score, passage, diff, why)


# -- words -------------------------------------------------------------------

_KANJI = (
    "\u3005-\u3007\u30f6\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_HIRAGANA = "\u3041-\u3096\u3099\u309a\u309d\u309e"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3099\u309a"
_LETTER = rf"[^\W\d_{_KANJI}{_HIRAGANA}{_KATAKANA}]"
#: Japanese words are script runs, except that the kana after a kanji run
#: (okurigana, particles) stay with it: 確認できた / 確認した are one word each
_TOKEN = re.compile(
    rf"""[{_KANJI}]+[{_HIRAGANA}]* | [{_HIRAGANA}]+ | [{_KATAKANA}]+
    | \d+(?:[.,]\d+)* | {_LETTER}+(?:'{_LETTER}+)* | \S""",
    re.VERBOSE,
)
_WORDLIKE = re.compile(rf"[{_KANJI}{_HIRAGANA}{_KATAKANA}]|\d|{_LETTER}")

Token = tuple[str, int, int]


def tokenize(text: str) -> list[Token]:
    """Words, numbers and single symbols of ``text``, with their spans."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_word(token: str) -> bool:
    """True for a word or number, False for punctuation and symbols."""
    return _WORDLIKE.match(token) is not None


# -- alignment ---------------------------------------------------------------

_GAP = 2
_SUBSTITUTE = 2  # a changed word, not a missing one plus an extra one
_MISMATCHED_KIND = 5  # a word for a symbol: dearer than two gaps
#: alignments tried: those within this cost of the cheapest, at most this many
_SLACK = 2 * _GAP
_TRIED = 6

#: one alignment step: op (= ~ - +), claim token index, region token index
Step = tuple[str, int, int]


def _nearest(wanted: str, text: str) -> tuple[int, int, float, tuple[DiffOp, ...]]:
    """The passage of ``text`` nearest to ``wanted``, its score and the word diff.

    The score is the better of the fuzzy window's ``partial_ratio`` and the
    passage's ``ratio``: a passage with an extra word is no less similar.
    """
    window = fuzz.partial_ratio_alignment(wanted, text) or ScoreAlignment(
        0.0, 0, 0, 0, min(len(text), len(wanted))
    )
    lo = max(0, window.dest_start - _MARGIN - len(wanted) // 2)
    hi = min(len(text), window.dest_end + _MARGIN + len(wanted) // 2)
    region = [(t, s + lo, e + lo) for t, s, e in tokenize(text[lo:hi])]
    # tokens cut by the region's edges are partial: leave them out
    if lo > 0 and region:
        region = region[1:]
    if hi < len(text) and region:
        region = region[:-1]
    claim = tokenize(wanted)
    # of the alignments, prefer one whose quote words missing at an end are not
    # simply replaced by the text's next word (a changed last word reads as
    # changed), then the one sharing most characters with the quote, each
    # shared character worth three passage characters
    best: tuple[tuple[bool, int, int], int, int, list[Step]] | None = None
    for rank, (steps, j0, j1) in enumerate(_alignments(claim, region)):
        if not any(op == "=" and is_word(claim[i][0]) for op, i, _ in steps):
            continue
        a, b = region[j0][1], region[j1 - 1][2]
        shared = Indel.similarity(wanted, text[a:b]) // 2  # common subsequence
        key = (not _cut_short(steps, region, j0, j1), 3 * shared - (b - a), -rank)
        if best is None or key > best[0]:
            best = (key, a, b, steps)
    if best is None:
        a, b = _widen(text, window.dest_start, window.dest_end, len(wanted))
        diff: tuple[DiffOp, ...] = (DiffOp("replace", wanted, text[a:b]),)
    else:
        _, a, b, steps = best
        diff = _merge(steps, claim, region, wanted, text)
    score = max(window.score, fuzz.ratio(wanted, text[a:b]))
    return a, b, round(score, 1), diff


def _cut_short(steps: list[Step], region: list[Token], j0: int, j1: int) -> bool:
    """True when quote words are missing at an end where the text goes on."""
    ends_short = steps[-1][0] == "-" and j1 < len(region) and is_word(region[j1][0])
    starts_short = steps[0][0] == "-" and j0 > 0 and is_word(region[j0 - 1][0])
    return ends_short or starts_short


def _widen(text: str, a: int, b: int, size: int) -> tuple[int, int]:
    """``text[a:b]`` widened to ``size`` characters, not cutting a Latin word."""
    grow = max(0, size - (b - a))
    a = max(0, a - grow // 2)
    b = min(len(text), b + grow - grow // 2)
    while 0 < a < len(text) and text[a - 1].isalnum() and text[a].isascii():
        a -= 1
    while 0 < b < len(text) and text[b].isalnum() and text[b - 1].isascii():
        b += 1
    return a, b


def _alignments(
    claim: list[Token], region: list[Token]
) -> list[tuple[list[Step], int, int]]:
    """Alignments of all of ``claim`` to stretches ``region[j0:j1]`` (free ends).

    Each is a list of steps ``(op, i, j)``, ``op`` one of ``=``, ``~`` (changed),
    ``-`` (claim token ``i`` missing), ``+`` (region token ``j`` extra).  The
    cheapest alignment may stop short of a changed last word, so every end
    within ``_SLACK`` of the cheapest is returned; the caller picks by ratio.
    """
    q = [t for t, _, _ in claim]
    r = [t for t, _, _ in region]
    n, m = len(q), len(r)
    wq = [is_word(t) for t in q]
    wr = [is_word(t) for t in r]

    def sub(i: int, j: int) -> int:
        if q[i] == r[j]:
            return 0
        return _SUBSTITUTE if wq[i] == wr[j] else _MISMATCHED_KIND

    cost = [[0] * (m + 1)]
    for i in range(1, n + 1):
        row = [i * _GAP] + [0] * m
        above = cost[i - 1]
        for j in range(1, m + 1):
            row[j] = min(
                above[j - 1] + sub(i - 1, j - 1), above[j] + _GAP, row[j - 1] + _GAP
            )
        cost.append(row)
    last = cost[n]
    cheapest = min(last)
    ends = sorted(
        (j for j in range(1, m + 1) if last[j] <= cheapest + _SLACK),
        key=lambda j: (last[j], -j),
    )[:_TRIED]
    found: list[tuple[list[Step], int, int]] = []
    for end in ends:
        i, j = n, end
        steps: list[Step] = []
        while i > 0:
            here = cost[i][j]
            if j > 0 and here == cost[i - 1][j - 1] + sub(i - 1, j - 1):
                steps.append(("=" if q[i - 1] == r[j - 1] else "~", i - 1, j - 1))
                i, j = i - 1, j - 1
            elif here == cost[i - 1][j] + _GAP:
                steps.append(("-", i - 1, j))
                i -= 1
            else:
                steps.append(("+", i, j - 1))
                j -= 1
        steps.reverse()
        if j < end:
            found.append((steps, j, end))
    return found


def _merge(
    steps: list[Step],
    claim: list[Token],
    region: list[Token],
    wanted: str,
    text: str,
) -> tuple[DiffOp, ...]:
    """Runs of steps → diff ops, with the words' own spacing."""
    ops: list[DiffOp] = []
    k = 0
    while k < len(steps):
        equal = steps[k][0] == "="
        run_end = k
        while run_end < len(steps) and (steps[run_end][0] == "=") == equal:
            run_end += 1
        run = steps[k:run_end]
        qs = [i for op, i, _ in run if op in "=~-"]
        rs = [j for op, _, j in run if op in "=~+"]
        said = wanted[claim[qs[0]][1] : claim[qs[-1]][2]] if qs else ""
        has = text[region[rs[0]][1] : region[rs[-1]][2]] if rs else ""
        if equal:
            ops.append(DiffOp("equal", said, has))
        else:
            kind = "replace" if qs and rs else "delete" if qs else "insert"
            ops.append(DiffOp(kind, said, has))
        k = run_end
    return tuple(ops)


# -- wording -----------------------------------------------------------------


def _render(diff: tuple[DiffOp, ...], lang: str, what: str, limit: int = 3) -> str:
    """``the text says 「確認できた」 where the quote has 「確認した」; …``"""
    parts: list[str] = []
    previous = ""
    for op in diff:
        if op.op == "equal":
            previous = op.text
            continue
        after = f" after {_quoted(_tail(previous), lang)}" if previous else ""
        if op.op == "replace":
            parts.append(
                f"the text says {_quoted(op.text, lang)} "
                f"where the {what} has {_quoted(op.claim, lang)}"
            )
        elif op.op == "delete":
            parts.append(f"the text lacks {_quoted(op.claim, lang)}{after}")
        else:
            parts.append(f"the text adds {_quoted(op.text, lang)}{after}")
        previous = op.text
    shown = "; ".join(parts[:limit])
    if len(parts) > limit:
        shown += f"; and {len(parts) - limit} more differences"
    return shown


def _quoted(words: str, lang: str) -> str:
    if lang.lower().startswith(("ja", "zh")):
        return f"「{words}」"
    return f'"{words}"'


def _tail(words: str, size: int = 12) -> str:
    return words if len(words) <= size else "…" + words[-size:]


def _shorten(words: str) -> str:
    return words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…"
