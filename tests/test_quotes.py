"""Quotes and phrases: verbatim, near miss with a word diff, or nothing alike."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, example, given
from hypothesis import strategies as st

from checks.model import Verdict
from checks.text.folding import fold, fold_with_map
from checks.text.quotes import (
    RESEMBLES,
    DiffOp,
    core,
    find_quote,
    find_text,
    tokenize,
)
from checks.text.sentences import split_sentences

SEED = Path("/work/shared/seeds/000_30575fe05ac8c6d2.txt").read_text(encoding="utf-8")
REMARK = (
    "新年の初めにトランプ大統領と直接言葉を交わし、"
    "日米同盟の強固なパートナーシップを確認できたことは極めて重要だ"
)
XI_CALL = (
    "President Donald Trump and Chinese President Xi Jinping held a phone call "
    "on Monday to discuss trade, Taiwan, and the Ukraine crisis."
)
S, R, U = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.UNVERIFIABLE


def test_the_new_year_remark_is_supported_where_the_seed_has_it() -> None:
    """The full quote is in the seed; start/end point at it in the original."""
    match = find_quote(REMARK, SEED, lang="ja")
    assert match.verdict is S
    assert match.start == SEED.index(REMARK)
    assert match.passage == REMARK
    assert match.why == "the text has the quote verbatim"


def test_brackets_and_the_final_full_stop_of_a_quote_are_ignored() -> None:
    """「…重要だ。」 matches …重要だ」と述べた。"""
    assert find_quote(f"「{REMARK}。」", SEED, lang="ja").verdict is S


def test_one_changed_word_refutes_the_remark_and_the_diff_shows_it() -> None:
    """確認できた → 確認した is refuted, with the two words side by side."""
    match = find_quote(REMARK.replace("確認できた", "確認した"), SEED, lang="ja")
    assert match.verdict is R
    assert match.score >= RESEMBLES
    assert DiffOp("replace", "確認したことは", "確認できたことは") in match.diff
    assert [op.op for op in match.diff] == ["equal", "replace", "equal"]
    assert match.why.startswith("the nearest passage (score ")
    assert match.why.endswith(
        "the text says 「確認できたことは」 where the quote has 「確認したことは」"
    )
    assert match.passage == REMARK


def test_a_changed_last_word_reads_as_changed_not_missing() -> None:
    """極めて重要だ → 重要ではない: the text's closing words are shown, not dropped."""
    match = find_quote(REMARK.replace("極めて重要だ", "重要ではない"), SEED, lang="ja")
    assert match.verdict is R
    assert match.diff[-1] == DiffOp("replace", "重要ではない", "極めて重要だ")


def test_a_dropped_comma_is_a_difference_shown_with_its_place() -> None:
    """Punctuation is part of a quote: a missing 、 refutes and says where."""
    match = find_quote(REMARK.replace("、", "", 1), SEED, lang="ja")
    assert match.verdict is R
    assert match.why.endswith(
        "the text adds 「、」 after 「…大統領と直接言葉を交わし」"
    )


def test_a_sentence_the_seed_does_not_have_is_unverifiable() -> None:
    """No passage resembles an unrelated sentence: the closest is shown."""
    match = find_quote(
        "高市首相は東京で記者会見を開き、経済政策について説明した", SEED, lang="ja"
    )
    assert match.verdict is U
    assert match.score < RESEMBLES
    assert match.why.startswith("no passage resembles the quote; the closest (score ")
    assert match.passage is not None
    assert fold(match.passage) in fold(SEED)


def test_no_other_sentence_of_the_seed_comes_close_enough_to_refute() -> None:
    """Each seed sentence against the rest of the seed stays under RESEMBLES."""
    for a, b in split_sentences(SEED, "ja"):
        if b - a < 15:
            continue
        match = find_quote(SEED[a:b], SEED[:a] + SEED[b:], lang="ja")
        assert match.verdict is U, (SEED[a:b], match.score, match.passage)


def test_curly_quotes_in_the_text_match_straight_ones_in_the_quote() -> None:
    """“excellent” and China’s in the text match "excellent" and China's."""
    body = "Trump called it “excellent” and said he understands China’s position."
    quote = 'called it "excellent" and said he understands China\'s position'
    match = find_quote(quote, body, lang="en")
    assert match.verdict is S
    assert (
        match.passage
        == "called it “excellent” and said he understands China’s position"
    )


def test_full_width_digits_in_the_text_match_half_width_in_the_quote() -> None:
    """２０２６年１月２日 in the text is the quote's 2026年1月2日, and back again."""
    body = "首相は２０２６年１月２日、ﾄﾗﾝﾌﾟ大統領と電話会談を行った。"
    match = find_quote("2026年1月2日、トランプ大統領", body, lang="ja")
    assert match.verdict is S
    assert match.passage == "２０２６年１月２日、ﾄﾗﾝﾌﾟ大統領"
    assert find_quote("２０２６年１月", "2026年1月2日", lang="ja").verdict is S


def test_a_line_break_in_the_text_does_not_break_the_quote() -> None:
    """A wrapped line inside the quoted words still matches."""
    body = SEED.replace("日米同盟の強固な", "日米同盟の\n強固な")
    assert find_quote(REMARK, body, lang="ja").verdict is S
    wrapped = XI_CALL.replace("phone call", "phone\ncall")
    assert find_quote("held a phone call on Monday", wrapped, lang="en").verdict is S


def test_an_english_word_changed_is_refuted_with_the_diff() -> None:
    """on Monday → on Tuesday: the text says "Monday" where the quote has "Tuesday"."""
    match = find_quote("held a phone call on Tuesday to discuss trade", SEED, lang="en")
    assert match.verdict is R
    assert match.why.endswith('the text says "Monday" where the quote has "Tuesday"')
    assert match.passage == "held a phone call on Monday to discuss trade"


def test_spacing_around_punctuation_alone_does_not_refute() -> None:
    """'trade , Taiwan , and' has the text's words; only the spacing differs."""
    match = find_quote("discuss trade , Taiwan , and the", XI_CALL, lang="en")
    assert match.verdict is S
    assert match.passage == "discuss trade, Taiwan, and the"


def test_a_phrase_that_is_present_is_supported() -> None:
    """find_text: 4月の中国訪問を検討中 is in the seed."""
    assert find_text("4月の中国訪問を検討中", SEED, lang="ja").verdict is S


def test_a_near_miss_phrase_is_unverifiable_but_its_diff_is_shown() -> None:
    """A missing phrase contradicts nothing; the near miss still shows the words."""
    match = find_text("4月の中国訪問を予定", SEED, lang="ja")
    assert match.verdict is U
    assert match.why.startswith("the phrase is not in the text; a near miss (score ")
    assert match.why.endswith(
        "the text says 「検討中だ」 where the phrase has 「予定」"
    )


def test_an_absent_phrase_is_unverifiable() -> None:
    """A phrase nothing like the text: unverifiable, the closest passage named."""
    match = find_text("the weather in Paris was lovely", SEED, lang="en")
    assert match.verdict is U
    assert match.why.startswith("no passage resembles the phrase; the closest")


def test_a_quote_is_literal_text_not_a_pattern() -> None:
    """Regular-expression characters in a quote are plain characters."""
    body = "The index rose (U.S.) by 3.5%* [est.] ^ $ |"
    assert find_quote("(U.S.) by 3.5%* [est.] ^ $ |", body, lang="en").verdict is S
    assert find_quote("(U.S.) by 3X5", body, lang="en").verdict is not S


def test_an_empty_quote_is_unverifiable_and_says_so() -> None:
    """A quote of white space has no words to find."""
    match = find_quote(" \u3000\n", SEED, lang="ja")
    assert match.verdict is U
    assert match.why == "the quote is empty"


def test_an_empty_text_resembles_nothing() -> None:
    """A quote against an empty body is unverifiable."""
    match = find_quote("日米同盟", "", lang="ja")
    assert (match.verdict, match.why) == (U, "the text is empty")


def test_quotes_are_found_in_a_long_text() -> None:
    """In 200 KB of text every verbatim quote is found (speed: see bench/)."""
    body = (SEED + "\n\n") * (200_000 // len(SEED) + 1)
    spans = [(a, b) for a, b in split_sentences(SEED, "ja") if b - a > 20]
    quotes = [SEED[a:b] for a, b in spans][:50]
    near = [q[:5] + "あ" + q[6:] for q in quotes]
    fold_with_map(body)  # folded once, then cached, as for a Document
    verdicts = [find_quote(q, body, lang="ja").verdict for q in quotes + near]
    assert verdicts[: len(quotes)] == [S] * len(quotes)
    assert S not in verdicts[len(quotes) :]


# -- properties ----------------------------------------------------------------

WORDS = ["日米同盟", "確認", "した", "トランプ", "Trump", "call", "2026", "年", "月"]
ALPHABET = (
    "日本の首相は合意した高市トランプ会談確認でき同盟米国"
    "。、「」『』“”‘’\"' .,!?-—"
    "abcdefXYZ0123456789 ＡＢ１２ﾊﾟｰ\n\u3000"
)
generated = st.text(alphabet=st.sampled_from(ALPHABET), min_size=8, max_size=120)
seed_slices = st.integers(0, len(SEED) - 300).map(lambda k: SEED[k : k + 300])
bodies = seed_slices | generated


@st.composite
def cut_quotes(draw: st.DrawFn) -> tuple[str, str]:
    """A body and a stretch of at least 8 characters of its folded text."""
    body = draw(bodies)
    folded = fold(body)
    assume(len(folded) >= 8)
    start = draw(st.integers(0, len(folded) - 8))
    end = draw(st.integers(start + 8, min(len(folded), start + 80)))
    return body, folded[start:end]


@given(cut_quotes())
@example(("日本の 首相は合意した", "日本の首相は合意"))
def test_any_stretch_cut_from_a_text_is_supported(case: tuple[str, str]) -> None:
    """A quote cut from the folded text is found, and maps back onto it."""
    body, quote = case
    match = find_quote(quote, body, lang="ja")
    assert match.verdict is S
    assert match.start is not None
    assert match.end is not None
    assert core(quote) in fold(body[match.start : match.end])


@given(cut_quotes(), st.data())
def test_a_quote_with_one_word_changed_is_never_supported(
    case: tuple[str, str], data: st.DataObject
) -> None:
    """Replacing one word of a quote by another word is never supported."""
    body, quote = case
    words = [t for t in tokenize(quote) if t[0] not in "。、「」\"'.,!?- "]
    assume(words)
    word, a, b = data.draw(st.sampled_from(words))
    other = data.draw(st.sampled_from(WORDS).filter(lambda w: w != word))
    changed = quote[:a] + other + quote[b:]
    assume(core(changed) not in fold(body))
    assert find_quote(changed, body, lang="ja").verdict is not S


@given(seed_slices, st.integers(0, 100), st.sampled_from(WORDS))
def test_one_short_word_changed_in_a_long_quote_is_refuted(
    body: str, at: int, other: str
) -> None:
    """In a quote of 60 characters, one changed word of up to 4 is a near miss."""
    folded = fold(body)
    quote = folded[at : at + 60]
    words = [t for t in tokenize(quote) if len(t[0]) <= 4 and t[0] != other]
    assume(len(quote) == 60 and words and len(other) <= 4)
    _, a, b = words[len(words) // 2]
    changed = quote[:a] + other + quote[b:]
    assume(core(changed) not in folded)
    assert find_quote(changed, body, lang="ja").verdict is R


@given(
    bodies, st.text(alphabet=st.sampled_from(ALPHABET + "()[]*+?\\^$|{}"), max_size=30)
)
def test_a_phrase_is_never_refuted_and_supported_exactly_when_present(
    body: str, phrase: str
) -> None:
    """find_text says supported iff the folded phrase is in the folded text."""
    match = find_text(phrase, body, lang="ja")
    assert match.verdict is not R
    wanted = core(phrase)
    if wanted and wanted in fold(body):
        assert match.verdict is S
    elif match.verdict is S:
        # words equal, spacing apart: the passage holds the phrase's tokens
        assert [t for t, _, _ in tokenize(wanted)] == [
            t for t, _, _ in tokenize(fold(match.passage or ""))
        ]
