"""A big alternation tried by first character matches exactly as the whole one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.normalise.date_patterns import _JA_STARTS, EN_FIRST, JA_FIRST, JA_TRIGGER
from checks.normalise.dates import _en_starts
from checks.normalise.dispatch import FirstChar, literal_first
from checks.normalise.quantities import (
    _ANCHOR,
    _COUNTER_FIRSTS,
    _NUMBER_WORD,
    _anchors,
)

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


def _en_matches(text: str, lang: str) -> list[tuple[tuple[int, int], str | None]]:
    """What ``EN`` matches where ``_en_starts`` says, as ``dates._run`` tries it."""
    lowered, out, resume = text.lower(), [], 0
    for at in _en_starts(text, lang):
        if at < resume:
            continue
        m = EN_FIRST[lowered[at]](lowered, at)
        if m is not None:
            out.append((m.span(), m.lastgroup))
            resume = m.end() if m.end() > at else at + 1
    return out


@given(
    st.lists(st.one_of(_EN_WORDS, _JA_WORDS), max_size=12),
    st.sampled_from([" ", ""]),
)
def test_english_dates_are_the_same_found_either_way(
    words: list[str], glue: str
) -> None:
    """After a word break (Latin-script text) or at a start's first character
    (text of other scripts, where a year glued to 年 is no start): the same
    English matches."""
    text = glue.join(words)
    assert _en_matches(text, "en") == _en_matches(text, "ja")


_QUANTITY_WORDS = st.sampled_from(
    [
        "three", "an", "a", "hour", "first", "half", "PT25M", "25", "1,200", "2.5",
        "people", "-", "#", "$", "(", "“", "days", "第2", "四半", "初", "x9", "one1",
        "twenty-five", "seventh", "é", "東京", "、", ".", "%", "minutes",
    ]
)  # fmt: skip


@given(
    st.lists(
        st.one_of(
            _EN_WORDS,
            st.sampled_from(["R6", "H31.", "S64", "2026-01-02", "2026/1/2", "(Mon)"]),
            st.text(alphabet="0123456789RHS(/-:., ", max_size=6),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_ascii_text_has_the_japanese_starts_of_the_ascii_trigger(text: str) -> None:
    """In a text of ASCII characters the small trigger finds every JA start."""
    from checks.normalise.date_patterns import JA_TRIGGER_ASCII

    assert text.isascii()
    assert [m.span() for m in JA_TRIGGER_ASCII.finditer(text)] == [
        m.span() for m in JA_TRIGGER.finditer(text)
    ]


@given(st.lists(_QUANTITY_WORDS, max_size=14).map(" ".join), st.booleans())
def test_quantity_starts_are_the_same_found_in_two_passes(
    text: str, glue: bool
) -> None:
    """Numbers and number words found apart (Latin-script text) give the spans
    the one pattern gives."""
    if glue:
        text = text.replace(" ", "")
    lowered = text.lower()
    whole = [m.span() for m in _ANCHOR.finditer(lowered)]
    assert list(_anchors(lowered, "en")) == whole
    assert list(_anchors(lowered, "ja")) == whole


_HEADED = (
    ("[0-9]", "(?<![0-9]{2})[0-9]*年"),  # a number not after a digit, then 年
    ("半", "世紀"),
    ("半", "[年月]"),
    ("[a-c]", "(?<![a-z]{2})b*"),  # the tail may be empty
    ("x", ""),
    ("[xyz]", "!"),  # x is taken by the alternative before
)


@given(st.text(alphabet="0123年半世紀月abcxyz! ", max_size=30))
def test_literal_first_matches_as_the_alternation_of_head_and_tail(text: str) -> None:
    plain = re.compile("|".join(head + tail for head, tail in _HEADED))
    fast = re.compile(literal_first(_HEADED))
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_literal_first_spells_out_each_class_head() -> None:
    pattern = literal_first((("[a-c]", "1"), ("[0-2]", ""), ("第", "(?=1)")))
    assert pattern == "a1|b1|c1|0|1|2|第(?=1)"
    with pytest.raises(ValueError, match="one character"):
        literal_first((("ab", ""),))
    with pytest.raises(ValueError, match="spelled out"):
        literal_first((("[\\d]", ""),))


@given(st.lists(_JA_WORDS, max_size=12).map("".join))
def test_japanese_starts_are_those_of_the_plain_alternation(text: str) -> None:
    plain = re.compile("|".join(head + tail for head, tail in _JA_STARTS))
    assert [m.span() for m in JA_TRIGGER.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(st.lists(_QUANTITY_WORDS, max_size=14).map(" ".join), st.booleans())
def test_quantity_starts_are_those_of_the_plain_pattern(text: str, glue: bool) -> None:
    """The literal-first ``_ANCHOR`` finds what its plain reading would."""
    plain = re.compile(
        r"(?=[0-9第初半四phazotfsen])(?:[0-9]+(?:\.[0-9]+)?"
        rf"(?=[\s\-%pnrst年カかヶヵケ箇週日時分秒{_COUNTER_FIRSTS}])"
        rf"|第|初|半|四半|p(?=t?[0-9])|(?<![\w.,\-$#]){_NUMBER_WORD})"
    )
    if glue:
        text = text.replace(" ", "")
    lowered = text.lower()
    assert [m.span() for m in _ANCHOR.finditer(lowered)] == [
        m.span() for m in plain.finditer(lowered)
    ]


@given(
    st.sampled_from(["", "の", " ", "\u3000"]),
    st.sampled_from(["早朝", "朝", "午前中", "夕方", "未明", "Morning", "NIGHT"]),
)
def test_day_parts_start_where_the_quick_test_allows(lead: str, word: str) -> None:
    """Day parts are tried only after a character in DAY_PART_FIRST or a space."""
    from checks.normalise.date_patterns import DAY_PART, DAY_PART_FIRST

    text = lead + word + "に"
    assert DAY_PART.match(text) is not None
    assert text[0] in DAY_PART_FIRST or text[0].isspace()


_BOUND_WORDS = st.sampled_from(
    [
        "遅くとも",
        "おそくとも",
        "no later than",
        "by",
        "until",
        "till",
        "up to",
        "before",
        "prior to",
        "ahead of",
        "from",
        "starting on",
        "as of",
        "since",
        "after",
        "about",
        "circa",
        "c.",
        "some",
        "the",
        "on",
        "ごろ",
        "頃",
        "前後",
        "までに",
        "まで",
        "at the latest",
        "or later",
        "onwards",
        "以降",
        "以前",
        "より前",
        "以来",
        "から",
        "〜",
        "x",
        "の",
    ]
)


@given(
    st.lists(_BOUND_WORDS, max_size=4),
    st.sampled_from(["", " ", "  ", "\u3000", "\n"]),
    st.lists(_BOUND_WORDS, max_size=3),
)
def test_bound_and_hedge_words_are_read_where_the_quick_tests_allow(
    before: list[str], gap: str, after: list[str]
) -> None:
    """A date's ``PREFIX`` is searched only after a character of
    ``_PREFIX_END`` or a space, its ``SUFFIX`` only before one of
    ``_SUFFIX_START``: the quick tests never skip a match."""
    from checks.normalise.date_patterns import PREFIX, SUFFIX
    from checks.normalise.dates import _PREFIX_END, _SUFFIX_START

    head = " ".join(before) + gap
    text = head + "2026" + "".join(after)
    start, end = len(head), len(head) + 4
    if PREFIX.search(text, max(0, start - 24), start) is not None:
        assert text[start - 1] in _PREFIX_END or text[start - 1].isspace()
    post = SUFFIX.match(text, end)
    if post is not None and post.end() > end:
        assert text[end] in _SUFFIX_START


@given(
    st.text(alphabet="ab毎年０1 ", max_size=12),
    st.lists(st.text(alphabet="ab毎年０1", min_size=1, max_size=3), max_size=4),
)
def test_contains_any_answers_as_any(text: str, words: list[str]) -> None:
    from checks.normalise.dispatch import contains_any

    assert contains_any(text, words) == any(word in text for word in words)
