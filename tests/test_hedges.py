"""Hedge words before and after a number, in Japanese and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.model import HEDGES
from checks.normalise.hedges import (
    EN_AFTER,
    EN_BEFORE,
    JA_AFTER,
    JA_BEFORE,
    hedge_after,
    hedge_before,
    hedge_word,
)


@pytest.mark.parametrize(
    ("text", "hedge", "word"),
    [
        ("金曜日の夜に約25分間", "approx", "約"),
        ("およそ250本", "approx", "およそ"),
        ("少なくとも3日", "at-least", "少なくとも"),
        ("for about 25 minutes", "approx", "about"),
        ("nearly one month", "nearly", "nearly"),
        ("more than 250 people", "over", "more than"),
        ("fewer than  10 cases", "under", "fewer than"),
        ("At least 3 days", "at-least", "At least"),
        ("up to 5 years", "at-most", "up to"),
        ("some 250 trees", "approx", "some"),
    ],
)
def test_hedges_before_a_number(text: str, hedge: str, word: str) -> None:
    """The hedge just before the number is found and the span starts at it."""
    number_at = (
        text.index("one")
        if "one" in text
        else next(i for i, c in enumerate(text) if c.isdigit())
    )
    got, start = hedge_before(text, number_at, "en")
    assert got == hedge
    assert text[start:].startswith(word)


@pytest.mark.parametrize(
    ("text", "end", "hedge", "word"),
    [
        ("25分程度の", 3, "approx", "程度"),
        ("25分ほど", 3, "approx", "ほど"),
        ("250本近く", 4, "nearly", "近く"),
        ("1時間弱", 3, "nearly", "弱"),
        ("1時間強", 3, "over", "強"),
        ("1万人を超える", 3, "over", "を超える"),
        ("3年以上", 2, "at-least", "以上"),
        ("18歳未満", 3, "under", "未満"),
        ("10 days or so", 7, "approx", "or so"),
        ("3 days or more", 6, "at-least", "or more"),
    ],
)
def test_hedges_after_a_unit(text: str, end: int, hedge: str, word: str) -> None:
    """The hedge just after the unit is found and the span ends after it."""
    got, new_end = hedge_after(text, end, "ja")
    assert got == hedge
    assert text[:new_end].endswith(word)


@pytest.mark.parametrize(
    ("text", "pos"),
    [("約束の25分", 3), ("the 25 minutes", 4), ("over the past 3 days", 14), ("", 0)],
)
def test_no_hedge_where_none_is_adjacent(text: str, pos: int) -> None:
    """Words that are not right before the number are no hedge."""
    assert hedge_before(text, pos, "en") == (None, pos)


def test_no_hedge_after_a_plain_unit() -> None:
    """A unit followed by an ordinary word has no hedge."""
    assert hedge_after("25分の会談", 3, "ja") == (None, 3)


def test_every_hedge_value_is_a_model_hedge() -> None:
    """The lexicons only use the six hedges of the model."""
    tables = (JA_BEFORE, JA_AFTER, EN_BEFORE, EN_AFTER)
    assert {h for table in tables for h in table.values()} <= set(HEDGES)


@given(st.sampled_from(sorted(JA_BEFORE)), st.integers(1, 10**6))
def test_every_japanese_prefix_is_read(word: str, number: int) -> None:
    """Each Japanese prefix hedge is found right before any number."""
    text = f"会談は{word}{number}分"
    pos = text.index(str(number))
    hedge, start = hedge_before(text, pos, "ja")
    assert text[start:pos].endswith(word)
    assert hedge is not None


@given(st.sampled_from(sorted(JA_AFTER)), st.integers(1, 10**6))
def test_every_japanese_suffix_is_read(word: str, number: int) -> None:
    """Each Japanese suffix hedge is found right after a unit (longest form wins)."""
    text = f"{number}本{word}。"
    end = len(f"{number}本")
    hedge, new_end = hedge_after(text, end, "ja")
    assert hedge == JA_AFTER[text[end:new_end]]
    assert text[end:new_end] == word


@given(st.sampled_from(sorted(EN_BEFORE)), st.integers(1, 10**6), st.booleans())
def test_every_english_prefix_is_read(word: str, number: int, title: bool) -> None:
    """Each English prefix hedge is found, in any case, before a number."""
    written = word.capitalize() if title else word
    text = f"It lasted {written} {number} minutes"
    pos = text.index(str(number))
    hedge, start = hedge_before(text, pos, "en")
    assert hedge == EN_BEFORE[word]
    assert text[start:pos].strip() == written


@given(st.sampled_from(sorted(EN_AFTER)), st.integers(1, 10**6))
def test_every_english_suffix_is_read(word: str, number: int) -> None:
    """Each English suffix hedge is found after the unit."""
    text = f"{number} days {word}, officials said"
    end = len(f"{number} days")
    assert hedge_after(text, end, "en") == (EN_AFTER[word], end + 1 + len(word))


@pytest.mark.parametrize(
    ("span", "word"),
    [
        ("約25分間", "約"),
        ("250本近く", "近く"),
        ("about 25 minutes", "about"),
        ("25分", None),
    ],
)
def test_hedge_word_names_the_words_in_a_span(span: str, word: str | None) -> None:
    """hedge_word returns the hedge as written, for messages."""
    assert hedge_word(span) == word
