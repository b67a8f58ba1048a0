"""Folding text for matching: NFKC, quote marks, dashes, white space, offset map."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from checks.text.folding import fold, fold_with_map, has_ascii_letter, lower_in_place

SEED = Path("/work/shared/seeds/000_30575fe05ac8c6d2.txt")

#: characters that exercise every rule: kana and kanji, full- and half-width
#: forms, quote marks and brackets, dashes, white space of all kinds,
#: combining marks and characters NFKC expands
TRICKY = (
    "日本の高市首相はトランプ大統領と会談した。確認できた"
    "abcXYZ019 .,!?"
    "ＡＢＣ１２５！？（）ﾊﾟｶﾞｰﾄﾞｶﾞ"
    "“”‘’„‟«»\"'「」『』｢｣〝〟"
    "-‐‑–—―−〜～ー"
    " \t\n\r\u3000\u00a0\u2028"
    "\u0301\u0308\u3099\u309a゛゜¨´"
    "…‥㌔㍿½ﬁ①"
    "\u00ad\u200b\ufeff"
    "각\u1100\u1161\u11a8"
)
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=40) | st.text(max_size=20)

_MARKS = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»〝〞〟", '"'),
        **dict.fromkeys("‘’‚‛‹›", "'"),
        "『": "「",
        "』": "」",
        **dict.fromkeys("‐‑‒–—―⸺⸻−﹘﹣", "-"),
        "〜": "~",
    }
)


def test_full_width_letters_and_digits_fold_to_ascii() -> None:
    """NFKC turns ２５０本 into 250本 and ＴＯＫＹＯ into TOKYO."""
    assert fold("２５０本のＴＯＫＹＯ！") == "250本のTOKYO!"


def test_half_width_katakana_fold_to_full_width_with_voicing() -> None:
    """ﾊﾟｰﾄﾅｰｼｯﾌﾟ (half-width, voicing mark apart) reads as パートナーシップ."""
    assert fold("ﾊﾟｰﾄﾅｰｼｯﾌﾟ") == "パートナーシップ"


def test_curly_and_straight_quotes_fold_alike() -> None:
    """“China’s” and "China's" are the same words."""
    assert fold("“China’s position”") == fold('"China\'s position"')
    assert fold("“China’s position”") == '"China\'s position"'


def test_double_corner_brackets_fold_to_single_ones() -> None:
    """『管理』 and 「管理」 fold alike; the brackets themselves stay."""
    assert fold("日中関係の『管理』") == "日中関係の「管理」"


def test_line_break_inside_a_japanese_sentence_leaves_no_space() -> None:
    """A wrapped Japanese line joins with no space; U+3000 goes the same way."""
    assert fold("日本の高市早苗首相は\n金曜日、\u3000ドナルド") == (
        "日本の高市早苗首相は金曜日、ドナルド"
    )


def test_white_space_between_latin_words_becomes_one_space() -> None:
    """Runs of spaces, tabs and newlines between words become one space, trimmed."""
    assert fold("  Xi  Jinping\n\theld\u00a0a call \n") == "Xi Jinping held a call"


def test_space_between_japanese_and_latin_stays() -> None:
    """Only a gap between two CJK characters disappears."""
    assert fold("高市 Takaichi 首相") == "高市 Takaichi 首相"


def test_dashes_fold_to_a_hyphen_but_the_long_vowel_mark_stays() -> None:
    """Em dash, minus and full-width hyphen become '-'; ー in パートナー is a letter."""
    assert fold("2025—2026 −5 －3 パートナー") == "2025-2026 -5 -3 パートナー"


def test_ellipsis_maps_back_to_its_one_character() -> None:
    """… becomes ... and every dot points at the original ellipsis."""
    folded = fold_with_map("待って…")
    assert folded.text == "待って..."
    assert folded.origin == (0, 1, 2, 3, 3, 3, 4)
    assert folded.span(3, 4) == (3, 4)


def test_span_maps_a_folded_match_back_to_the_original() -> None:
    """A match in folded text maps to the original words, full-width and all."""
    original = "首相は\n２０２６年１月２日、ﾄﾗﾝﾌﾟ氏と"
    folded = fold_with_map(original)
    at = folded.text.index("2026年1月2日")
    start, end = folded.span(at, at + len("2026年1月2日"))
    assert original[start:end] == "２０２６年１月２日"
    at = folded.text.index("トランプ")
    start, end = folded.span(at, at + len("トランプ"))
    assert original[start:end] == "ﾄﾗﾝﾌﾟ"


def test_invisible_format_characters_are_dropped() -> None:
    """Soft hyphen, zero-width space and BOM are never part of a match."""
    assert fold("\ufeff高市\u200b首相 co\u00adoperation") == "高市首相 cooperation"


def test_seed_article_folds_without_losing_a_word() -> None:
    """Folding the seed keeps its sentences, minus paragraph breaks between CJK."""
    folded = fold(SEED.read_text(encoding="utf-8"))
    assert "合意した。この会談は" in folded
    assert "関連記事 Japanese PM Sanae Takaichi" in folded


@given(texts)
@example("カ\u309b")  # ゛ is a space and a combining mark: never re-composes
@example("e\u200b\u0301")  # dropping U+200B first lets é compose at once
@example("日 \u3099本")
def test_folding_is_idempotent(s: str) -> None:
    """fold(fold(s)) == fold(s)."""
    once = fold(s)
    assert fold(once) == once


@given(texts)
@example("\u1100\u1161\u11a8")
@example("ab\u0301\u0308c")
def test_the_offset_map_is_monotonic_and_within_range(s: str) -> None:
    """origin has one entry per folded character plus an end, never decreasing."""
    folded = fold_with_map(s)
    assert folded.text == fold(s)
    assert len(folded.origin) == len(folded.text) + 1
    assert all(0 <= o <= len(s) for o in folded.origin)
    assert all(a <= b for a, b in zip(folded.origin, folded.origin[1:], strict=False))
    if folded.text:
        assert folded.origin[-1] > folded.origin[-2]


@given(texts)
def test_folding_is_nfkc_up_to_quote_marks_and_white_space(s: str) -> None:
    """Apart from white space and mark folding, the text is exactly NFKC of s."""
    visible = "".join(c for c in s if c not in "\u00ad\u200b\u2060\ufeff")
    expected = unicodedata.normalize("NFKC", visible).translate(_MARKS)
    assert "".join(fold(s).split()) == "".join(expected.split())


@given(texts)
def test_every_folded_character_comes_from_its_mapped_span(s: str) -> None:
    """Folding the original span of a folded character yields that character."""
    folded = fold_with_map(s)
    for i, char in enumerate(folded.text):
        if char.isspace():
            continue
        start, end = folded.span(i, i + 1)
        assert char in fold(s[start:end])


@given(st.text(max_size=40))
def test_lowering_in_place_keeps_every_offset(text: str) -> None:
    """Same length, ASCII letters lowered, nothing else moved."""
    lowered = lower_in_place(text)
    assert len(lowered) == len(text)
    ascii_only = len(text.lower()) != len(text) or "\u212a" in text
    for a, b in zip(text, lowered, strict=True):
        assert b == (a if ascii_only and not a.isascii() else a.lower())


def test_lowering_in_place_with_i_dot_or_kelvin_lowers_ascii_only() -> None:
    assert lower_in_place("İstanbul IN MAY") == "İstanbul in may"
    assert lower_in_place("5 \u212a MAY") == "5 \u212a may"


@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=40))
@example("２０２６年ＡＢＣ")
@example("Straße İstanbul K")
def test_has_ascii_letter_agrees_with_a_letter_search(text: str) -> None:
    """The quick ASCII-letter test answers as ``re.search("[A-Za-z]")``."""
    assert has_ascii_letter(text) == (re.search("[A-Za-z]", text) is not None)
