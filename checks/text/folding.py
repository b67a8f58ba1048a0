"""Fold text so that a quote matches however the text was typed.

``fold`` applies, in order:

1. Invisible format characters are dropped: soft hyphen, zero-width space,
   word joiner, byte-order mark (editors insert them; readers never see them).
2. Unicode NFKC: full-width Latin and digits become ASCII (``２５０`` → ``250``),
   half-width katakana become full-width (``ﾊﾟ`` → ``パ``), ``㌔`` → ``キロ``,
   ``…`` → ``...``, U+3000 and no-break spaces become spaces.
3. Quote marks: ``“ ” „ ‟ « » 〝 〞 〟 "`` → ``"``; ``‘ ’ ‚ ‛ ‹ › '`` → ``'``
   (so ``China’s`` matches ``China's``).  Japanese brackets are *kept*, but
   ``『』`` fold to ``「」``: a bracket is a real character of Japanese text, and
   dropping it would glue the quoted words to their neighbours.  The matcher,
   not the folding, ignores quote marks at the ends of a quote.
4. Dashes: hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal
   bar, two- and three-em dash, minus sign and small hyphen → ``-``; the wave
   dash ``〜`` → ``~`` (NFKC already maps ``～``).  The katakana long-vowel mark
   ``ー`` is a letter (``パートナー``) and is left alone.
5. White space: every run (newlines, tabs, U+3000 …) becomes nothing between two
   CJK characters (a line wrap inside a Japanese sentence is not a space) and
   one space elsewhere; the ends are trimmed.  Combining marks such as U+3099 do
   not count as CJK, so removing a space never makes new NFKC compositions.

Case is kept: a quote is exact words.  ``fold`` is idempotent.

``fold_with_map`` also returns, for each folded character, the offset of the
original character it came from, so a match in folded text maps back to a span
of the original.  NFKC is applied per cluster (a character with the combining
marks that follow it), which keeps the map exact where NFKC changes length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Folded",
    "fold",
    "fold_with_map",
    "has_ascii_letter",
    "is_cjk",
    "lower_in_place",
]

_DROPPED = frozenset("\u00ad\u200b\u2060\ufeff")
_DROP = re.compile("[" + "".join(sorted(_DROPPED)) + "]")

_TABLE = {
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2039\u203a", "'"),
    "\u300e": "\u300c",
    "\u300f": "\u300d",
    **dict.fromkeys(
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2e3a\u2e3b\u2212\ufe58\ufe63", "-"
    ),
    "\u301c": "~",
}
_FOLDABLE = re.compile("[" + "".join(_TABLE) + "]")

#: CJK for the white-space rule: CJK punctuation, kana, ideographs.  Combining
#: marks inside these blocks (U+302A-302F, U+3099, U+309A) are left out.
_CJK_RANGES = (
    "\u3000-\u3029\u3030-\u303f\u3041-\u3098\u309b-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK = re.compile(f"[{_CJK_RANGES}]")
#: white space left after NFKC (U+3000, U+00A0, U+2000-U+200A … become " ")
_WS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2028\u2029"
#: the white-space runs that change: all but a lone space between non-CJK
#: (explicit classes: far faster in ``re`` than ``\s``)
_SPACE_RUN = re.compile(
    rf"[{_WS.replace(' ', '')}][{_WS}]*| [{_WS}]+|\A "
    rf"| (?:(?<=[{_CJK_RANGES}] )(?=[{_CJK_RANGES}])|\Z)"
)

#: characters NFKC leaves alone and that never compose with each other: most
#: of a Japanese or English text goes through in runs, without a Python loop
_PLAIN_CHARS = (
    "\t\n\r -~\u3001\u3002\u3005\u300c-\u300f\u3041-\u3096"
    "\u30a1-\u30fa\u30fb\u30fc\u4e00-\u9fff"
)
_PLAIN = re.compile(f"[{_PLAIN_CHARS}]+")
_NOT_PLAIN = re.compile(f"[^{_PLAIN_CHARS}]+")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_in_place(text: str) -> str:
    """``text`` with its letters lower-cased and every offset kept, so a match
    in it is a match in ``text`` (patterns then need no IGNORECASE).  İ lowers
    to two characters and the Kelvin sign to an ASCII k: with either, only
    ASCII letters are lowered."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u212a" in text:
        lowered = text.translate(_ASCII_LOWER)
    return lowered


def has_ascii_letter(text: str) -> bool:
    """Whether ``text`` holds an ASCII letter (A-Z, a-z): its ASCII characters,
    upper- and lower-cased, differ.  Three C loops over the text, about three
    times faster than ``re.search("[A-Za-z]")`` on Japanese text, where the
    answer is most often no and the search has to read to the end."""
    ascii_part = text.encode("ascii", "ignore")
    return ascii_part.lower() != ascii_part.upper()


def is_cjk(char: str) -> bool:
    """True for a kana, an ideograph or CJK punctuation."""
    return _CJK.match(char) is not None


@dataclass(frozen=True)
class Folded:
    """Folded ``text``; ``origin[i]`` is the offset in the original of ``text[i]``.

    ``origin`` has ``len(text) + 1`` entries; the last is the end of the
    original's last folded character.  Offsets never decrease.
    """

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``, whole characters included."""
        if start >= end:
            at = self.origin[start]
            return at, at
        last = self.origin[end - 1]
        k = end
        while k < len(self.text) and self.origin[k] <= last:
            k += 1
        return self.origin[start], self.origin[k]


def fold(s: str) -> str:
    """``s`` folded for matching (see the module docstring).

    The same text as ``fold_with_map(s).text``, without building the map (and
    without caching, so folding many short strings evicts no long body).
    """
    text = _FOLDABLE.sub(_fold_mark, _nfkc(_DROP.sub("", s)))
    return _SPACE_RUN.sub(_fold_run, text)


def _nfkc(s: str) -> str:
    """NFKC of ``s``, normalising only around the characters outside ``_PLAIN``.

    Cutting before a ``_PLAIN`` character is safe: it is a starter that
    composes with nothing before it.
    """
    if unicodedata.is_normalized("NFKC", s):
        return s
    out: list[str] = []
    pos = 0
    for m in _NOT_PLAIN.finditer(s):
        a, b = m.span()
        start = a - 1 if a > pos else a
        out.append(s[pos:start])
        out.append(unicodedata.normalize("NFKC", s[start:b]))
        pos = b
    out.append(s[pos:])
    return "".join(out)


def _fold_run(m: re.Match[str]) -> str:
    """A white-space run: nothing at the ends or between CJK, else one space."""
    a, b = m.span()
    text = m.string
    if a == 0 or b == len(text) or (is_cjk(text[a - 1]) and is_cjk(text[b])):
        return ""
    return " "


@lru_cache(maxsize=8)
def fold_with_map(s: str) -> Folded:
    """``s`` folded, with the offset map back into ``s``."""
    nfkc, origin, ends = _nfkc_with_map(s)
    text = _FOLDABLE.sub(_fold_mark, nfkc)
    return _fold_space(text, origin, ends)


def _fold_mark(m: re.Match[str]) -> str:
    return _TABLE[m.group()]


@lru_cache(maxsize=4096)
def _nfkc_char(c: str) -> tuple[str, bool]:
    """NFKC of one character, and whether it may join the cluster before it."""
    n = unicodedata.normalize("NFKC", c)
    joins = bool(n) and (
        unicodedata.combining(c) != 0 or unicodedata.combining(n[0]) != 0
    )
    return n, joins


def _nfkc_with_map(s: str) -> tuple[str, list[int], list[int]]:
    """NFKC per cluster: the text, each character's origin and its cluster's end."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    plain: list[bool] = []
    normalize = unicodedata.normalize
    is_normalized = unicodedata.is_normalized
    i = 0
    n_s = len(s)
    while i < n_s:
        m = _PLAIN.match(s, i)
        if m is not None:
            texts.append(m.group())
            starts.append(i)
            ends.append(m.end())
            plain.append(True)
            i = m.end()
            continue
        c = s[i]
        i += 1
        if c in _DROPPED:
            continue
        n, joins = _nfkc_char(c)
        if (
            texts
            and c >= "\u0300"
            and (joins or not is_normalized("NFC", texts[-1][-1] + n[0]))
        ):
            if plain[-1] and ends[-1] - starts[-1] > 1:
                # split the run's last character off into the new cluster
                ends[-1] -= 1
                texts[-1] = texts[-1][:-1]
                texts.append("")
                starts.append(ends[-1])
                ends.append(ends[-1])
                plain.append(False)
            texts[-1] = normalize("NFKC", _cluster(s, starts[-1], i))
            ends[-1] = i
            plain[-1] = False
            continue
        texts.append(n)
        starts.append(i - 1)
        ends.append(i)
        plain.append(False)
    origin: list[int] = []
    char_ends: list[int] = []
    for text, start, end, is_plain in zip(texts, starts, ends, plain, strict=True):
        if is_plain:
            origin.extend(range(start, end))
            char_ends.extend(range(start + 1, end + 1))
        else:
            origin.extend([start] * len(text))
            char_ends.extend([end] * len(text))
    return "".join(texts), origin, char_ends


def _cluster(s: str, start: int, end: int) -> str:
    """``s[start:end]`` without the dropped invisible characters."""
    return "".join(c for c in s[start:end] if c not in _DROPPED)


def _fold_space(text: str, origin: list[int], ends: list[int]) -> Folded:
    """Collapse or remove white-space runs and trim; carry the origins along."""
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        a, b = m.span()
        out.append(text[pos:a])
        out_origin.extend(origin[pos:a])
        pos = b
        if a == 0 or b == len(text):
            continue
        if is_cjk(text[a - 1]) and is_cjk(text[b]):
            continue
        out.append(" ")
        out_origin.append(origin[a])
    out.append(text[pos:])
    out_origin.extend(origin[pos:])
    folded = "".join(out)
    if not folded:
        return Folded("", (0,))
    last = out_origin[-1]
    # the end of the last folded character's cluster in the original
    sentinel = ends[origin.index(last)]
    out_origin.append(sentinel)
    return Folded(folded, tuple(out_origin))
