"""A big alternation tried by first character matches exactly as the whole one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.normalise.date_patterns import EN_FIRST, JA_FIRST
from checks.normalise.dispatch import FirstChar

_ALTS = (
    r"(?P<word>(?<![a-z])(?:the\s+)?day)",
    r"(?P<num>\d+(?:st|nd))",
    r"(?P<opt>(?:x|y)?z)",
    r"(?P<cls>[A-C][^q])",
    r"(?P<empty>q*)",
)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b

    # the subset pattern lacks the other alternatives' groups: those are None
    # in the whole one, so the groups that took part must agree
    def took_part(m: re.Match[str]) -> dict[str, tuple[int, int]]:
        return {k: m.span(k) for k, v in m.groupdict().items() if v is not None}

    return (a.span(), a.lastgroup, took_part(a)) == (
        b.span(),
        b.lastgroup,
        took_part(b),
    )


def _subset(first: FirstChar, char: str) -> list[str]:
    match = first[char]
    names = []
    for alt in first.alternatives:
        name = re.match(r"\(\?P<(\w+)>", alt)
        assert name is not None
        if match is first.whole.match or f"(?P<{name[1]}>" in match.__self__.pattern:  # type: ignore[attr-defined]
            names.append(name[1])
    return names


@pytest.mark.parametrize(
    ("char", "names"),
    [
        ("t", ["word", "empty"]),  # an optional "the\s+" then "day"
        ("d", ["word", "empty"]),
        ("7", ["num", "empty"]),
        ("x", ["opt", "empty"]),
        ("z", ["opt", "empty"]),  # the optional x|y may be skipped
        ("B", ["cls", "empty"]),
        ("b", ["cls", "empty"]),  # IGNORECASE below: either case
        ("%", ["empty"]),  # q* matches the empty string: it can start anywhere
    ],
)
def test_each_character_gets_the_alternatives_that_can_start_with_it(
    char: str, names: list[str]
) -> None:
    assert _subset(FirstChar(_ALTS, re.IGNORECASE), char) == names


def test_a_form_it_does_not_understand_counts_as_any_character() -> None:
    """A conditional group or a back-reference may start with anything."""
    first = FirstChar((r"(?P<a>(x)?(?(2)y|z))", r"(?P<b>(?P<q>')?(?P=q))", r"(?P<c>k)"))
    assert _subset(first, "%") == ["a", "b"]
    assert _subset(first, "k") == ["a", "b", "c"]


@given(st.text(alphabet="the day 12stndxyzABCq %", max_size=30))
def test_matches_as_the_whole_alternation_at_every_position(text: str) -> None:
    first = FirstChar(_ALTS, re.IGNORECASE)
    for at in range(len(text)):
        assert _same(first[text[at]](text, at), first.whole.match(text, at))


_EN_WORDS = st.sampled_from(
    [
        "Jan.",
        "January",
        "the",
        "2nd",
        "2026",
        "last",
        "next",
        "week",
        "Monday",
        "mid-",
        "late",
        "spring",
        "in",
        "3",
        "days",
        "ago",
        "noon",
        "7:09",
        "p.m.",
        "Q1",
        "first",
        "quarter",
        "of",
        ",",
        ".",
        "25/12/2026",
        "29.02.2020",
        "that",
        "night",
    ]
)
_JA_WORDS = st.sampled_from(
    [
        "2026年",
        "1月",
        "2日",
        "（金）",
        "金曜日",
        "今週",
        "先月",
        "昨年",
        "今春",
        "令和8年",
        "平成",
        "第1四半期",
        "同日",
        "翌日",
        "午後",
        "9時",
        "30分",
        "下旬",
        "遅くとも",
        "3日前",
        "年末",
        "の",
        "、",
        "は",
        "春",
        "夏",
    ]
)


@given(st.lists(_EN_WORDS, max_size=12).map(" ".join))
def test_english_dates_match_as_the_whole_pattern(text: str) -> None:
    text = text.lower()  # the scanner matches EN on the lower-cased text
    for at in range(len(text)):
        assert _same(EN_FIRST[text[at]](text, at), EN_FIRST.whole.match(text, at))


@given(st.lists(_JA_WORDS, max_size=12).map("".join))
def test_japanese_dates_match_as_the_whole_pattern(text: str) -> None:
    for at in range(len(text)):
        assert _same(JA_FIRST[text[at]](text, at), JA_FIRST.whole.match(text, at))
