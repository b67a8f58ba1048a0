"""Hedge words around a number: 約25分, 250本近く, about 25 minutes, over 250.

The hedges are the six of :data:`checks.model.HEDGES`.  ``hedge_before`` looks
at the words just before a number, ``hedge_after`` at those just after its
unit; each returns the hedge and the widened edge of the span, or
``(None, pos)`` when there is none.  Both lexicons are tried whatever the
text's language, since Japanese articles quote English and the other way round.
"""

from __future__ import annotations

import re

__all__ = [
    "EN_AFTER",
    "EN_BEFORE",
    "JA_AFTER",
    "JA_BEFORE",
    "hedge_after",
    "hedge_before",
    "hedge_word",
]

#: Japanese words written before the number
JA_BEFORE: dict[str, str] = {
    "約": "approx",
    "およそ": "approx",
    "凡そ": "approx",
    "大体": "approx",
    "だいたい": "approx",
    "概ね": "approx",
    "おおむね": "approx",
    "ほぼ": "approx",
    "最大": "at-most",
    "最長": "at-most",
    "最多": "at-most",
    "最大で": "at-most",
    "最長で": "at-most",
    "最低": "at-least",
    "最低でも": "at-least",
    "少なくとも": "at-least",
    "最短": "at-least",
    "最短で": "at-least",
    "超": "over",
}

#: Japanese words written after the number and its unit
JA_AFTER: dict[str, str] = {
    "程度": "approx",
    "ほど": "approx",
    "程": "approx",
    "前後": "approx",
    "くらい": "approx",
    "ぐらい": "approx",
    "ばかり": "approx",
    "近く": "nearly",
    "弱": "nearly",
    "足らず": "under",
    "強": "over",
    "余り": "over",
    "あまり": "over",
    "余": "over",
    "超": "over",
    "を超える": "over",
    "を超え": "over",
    "超え": "over",
    "を上回る": "over",
    "未満": "under",
    "を下回る": "under",
    "以上": "at-least",
    "以下": "at-most",
    "以内": "at-most",
}

#: English words written before the number
EN_BEFORE: dict[str, str] = {
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "over",
    "over": "over",
    "above": "over",
    "upwards of": "over",
    "in excess of": "over",
    "less than": "under",
    "fewer than": "under",
    "under": "under",
    "below": "under",
    "at least": "at-least",
    "no fewer than": "at-least",
    "no less than": "at-least",
    "at most": "at-most",
    "up to": "at-most",
    "no more than": "at-most",
    "as many as": "at-most",
    "as much as": "at-most",
}

#: English words written after the number and its unit
EN_AFTER: dict[str, str] = {
    "or so": "approx",
    "or more": "at-least",
    "or longer": "at-least",
    "or less": "at-most",
    "or fewer": "at-most",
    "or shorter": "at-most",
}


def _alternation(words: dict[str, str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_JA_BEFORE = tuple(sorted(JA_BEFORE, key=len, reverse=True))
#: 強い, 強化, 弱点, 程なく: the hedge kanji starts a longer word
_WORD_GOES_ON = re.compile(r"[強弱][いくかさけ化力体点者気硬]|程な|余[地儀計]")
_JA_LAST = frozenset(word[-1] for word in JA_BEFORE)
#: the words of ``_JA_BEFORE`` by their last character, longest first as there
_JA_BY_LAST = {
    last: tuple(word for word in _JA_BEFORE if word[-1] == last) for last in _JA_LAST
}
_JA_AFTER = re.compile(_alternation(JA_AFTER))
_JA_AFTER_FIRST = frozenset(word[0] for word in JA_AFTER)
_EN_BEFORE = re.compile(  # opens with its first characters: ``re`` skips to them
    f"(?=[{''.join(sorted({w[0] for w in EN_BEFORE}))}])"
    rf"(?<![A-Za-z])(?P<word>{_alternation(EN_BEFORE)})\s+\Z",
    re.IGNORECASE,
)
#: the last two letters of an ``EN_BEFORE`` word, checked before ``_EN_BEFORE``
_EN_BEFORE_TAIL = re.compile(
    f"(?:{'|'.join(sorted({w[-2:] for w in EN_BEFORE}))})\\Z", re.IGNORECASE
)
_EN_AFTER = re.compile(rf"\s+(?P<word>{_alternation(EN_AFTER)})\b", re.IGNORECASE)
_FOLD_SPACE = re.compile(r"\s+")
_JA_AFTER_WORDS = tuple(sorted(JA_AFTER, key=len, reverse=True))
_EN_WORDS = tuple(sorted([*EN_BEFORE, *EN_AFTER], key=len, reverse=True))
_EN_LEADS = tuple(word + " " for word in _EN_WORDS)
_EN_TRAILS = tuple(" " + word for word in _EN_WORDS)
#: the word a folded span starts or ends with, and each word's place in
#: ``_EN_WORDS`` (the earlier word wins when one starts and another ends it)
_EN_RANK = {word: i for i, word in enumerate(_EN_WORDS)}
_EN_WORD_ALTS = "|".join(re.escape(word) for word in _EN_WORDS)
_EN_LEAD_WORD = re.compile(f"(?P<word>{_EN_WORD_ALTS}) ")
_EN_TRAIL_WORD = re.compile(f" (?P<word>{_EN_WORD_ALTS})\\Z")


def hedge_before(text: str, pos: int, lang: str = "ja") -> tuple[str | None, int]:
    """The hedge written just before ``pos`` and where it starts."""
    del lang  # both lexicons apply: texts mix languages
    last = text[pos - 1] if pos > 0 else ""
    if last in _JA_LAST:
        for word in _JA_BY_LAST[last]:
            if text.endswith(word, 0, pos):
                return JA_BEFORE[word], pos - len(word)
    if not last.isspace():
        return None, pos
    window = text[max(0, pos - 24) : pos]
    words_end = len(window.rstrip())  # a word must end just before the spaces
    if not _EN_BEFORE_TAIL.search(window, max(0, words_end - 2), words_end):
        return None, pos
    found = _EN_BEFORE.search(window)
    if found is None:
        return None, pos
    return _en(EN_BEFORE, found.group("word")), pos - len(window) + found.start()


def hedge_after(text: str, end: int, lang: str = "ja") -> tuple[str | None, int]:
    """The hedge written just after ``end`` and where it ends."""
    del lang
    following = text[end : end + 1]
    if following in _JA_AFTER_FIRST:
        found = _JA_AFTER.match(text, end)
        if found is not None and not _WORD_GOES_ON.match(text, found.end() - 1):
            return JA_AFTER[found.group()], found.end()
    if following.isspace():  # what ``\s`` matches: the English words follow one
        found = _EN_AFTER.match(text, end)
        if found is not None:
            return _en(EN_AFTER, found.group("word")), found.end()
    return None, end


def hedge_word(span_text: str) -> str | None:
    """The hedge word inside a mention's text, for messages (``約``, ``about``)."""
    if span_text.startswith(_JA_BEFORE):
        for word in _JA_BEFORE:
            if span_text.startswith(word):
                return word
    if span_text.endswith(_JA_AFTER_WORDS):
        for word in _JA_AFTER_WORDS:
            if span_text.endswith(word):
                return word
    lowered = _FOLD_SPACE.sub(" ", span_text.lower())
    found = []
    lead = _EN_LEAD_WORD.match(lowered) if lowered.startswith(_EN_LEADS) else None
    if lead is not None:
        found.append(lead.group("word"))
    trail = _EN_TRAIL_WORD.search(lowered) if lowered.endswith(_EN_TRAILS) else None
    if trail is not None:
        found.append(trail.group("word"))
    return min(found, key=_EN_RANK.__getitem__) if found else None


def _en(table: dict[str, str], word: str) -> str:
    return table[_FOLD_SPACE.sub(" ", word.lower())]
