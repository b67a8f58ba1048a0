"""Sentence spans of Japanese and English bodies."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from checks.text.sentences import split_sentences

SEED = Path("/work/shared/seeds/000_30575fe05ac8c6d2.txt").read_text(encoding="utf-8")

QUOTE_SENTENCE = (
    "高市氏は取材陣に対し、「新年の初めにトランプ大統領と直接言葉を交わし、"
    "日米同盟の強固なパートナーシップを確認できたことは極めて重要だ」と述べた。"
)


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def test_a_quotation_inside_a_japanese_sentence_does_not_end_it() -> None:
    """「…極めて重要だ」と述べた。 is one sentence of the seed."""
    assert QUOTE_SENTENCE in sentences(SEED, "ja")


def test_a_quotation_closed_with_its_own_full_stop_does_not_end_the_sentence() -> None:
    """「…重要だ。」と述べた。 stays one sentence: と continues it."""
    text = "高市氏は「極めて重要だ。」と述べた。次の文だ。"
    assert sentences(text, "ja") == [
        "高市氏は「極めて重要だ。」と述べた。",
        "次の文だ。",
    ]


def test_a_quoted_sentence_standing_alone_ends_after_its_bracket() -> None:
    """彼は言った。「ありがとう。」それから … gives three sentences."""
    text = "彼は言った。「ありがとう。」それから帰った。"
    assert sentences(text, "ja") == [
        "彼は言った。",
        "「ありがとう。」",
        "それから帰った。",
    ]


def test_the_seed_paragraph_on_the_call_has_three_sentences() -> None:
    """The seed's second paragraph splits at each 。 outside the quotation."""
    start = SEED.index("日本の高市早苗首相は2026年1月2日")
    end = SEED.index("と述べた。") + len("と述べた。")
    paragraph = SEED[start:end]
    assert sentences(paragraph, "ja") == [
        "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
        "約25分間の電話会談を行った。",
        "二人は春の米国での会談に向けた調整を進め、日米同盟の深化を約束した。",
        QUOTE_SENTENCE,
    ]


def test_the_seed_title_is_a_sentence_of_its_own() -> None:
    """The headline line has no 。 and still ends at its line break."""
    spans = split_sentences(SEED, "ja")
    first = SEED[spans[0][0] : spans[0][1]]
    assert first == "高市首相とトランプ大統領、春の米国会談に向け合意"
    assert SEED[spans[1][0] : spans[1][1]].startswith("日本の高市早苗首相は金曜日")


def test_english_sentences_inside_a_japanese_text_split_at_full_stops() -> None:
    """The seed's English paragraph gives its three sentences, U.S. kept whole."""
    found = sentences(SEED, "ja")
    assert (
        "Chinese President Xi Jinping held a phone call with U.S. President "
        "Donald Trump on February 5."
    ) in found
    assert (
        "Trump described the call as excellent and said he understands China's "
        "position on Taiwan."
    ) in found


def test_abbreviations_do_not_end_an_english_sentence() -> None:
    """U.S., Jan., p.m., Mr. and initials are not full stops."""
    text = (
        "The U.S. envoy met Mr. Xi on Jan. 5 at 9 p.m. local time with Donald "
        "J. Trump. Growth was 3.5 percent. Talks ended."
    )
    assert sentences(text, "en") == [
        "The U.S. envoy met Mr. Xi on Jan. 5 at 9 p.m. local time with Donald "
        "J. Trump.",
        "Growth was 3.5 percent.",
        "Talks ended.",
    ]


def test_a_quoted_exclamation_followed_by_lower_case_continues() -> None:
    """'"Great!" he said.' is one sentence; 'Was it? Yes.' is two."""
    assert sentences('"Great!" he said. Was it? Yes.', "en") == [
        '"Great!" he said.',
        "Was it?",
        "Yes.",
    ]


def test_a_full_stop_before_a_closing_quote_ends_after_the_quote() -> None:
    """'He said "No." Then he left.' ends the first sentence after the quote."""
    assert sentences('He said "It is over." Then he left.', "en") == [
        'He said "It is over."',
        "Then he left.",
    ]


def test_english_lines_wrap_but_headings_and_list_items_stand_alone() -> None:
    """A soft line break joins; '# …' and '- …' lines start their own sentences."""
    text = "# Talks\nThe call was\nheld on Monday.\n\n- one item\n- two. Second part."
    assert sentences(text, "en") == [
        "# Talks",
        "The call was\nheld on Monday.",
        "- one item",
        "- two.",
        "Second part.",
    ]


def test_every_japanese_line_ends_a_sentence() -> None:
    """A caption line without 。 does not run into the next line."""
    assert sentences("AIによるレポート\n日本は合意した。", "ja") == [
        "AIによるレポート",
        "日本は合意した。",
    ]


def test_an_unclosed_bracket_does_not_swallow_the_paragraph() -> None:
    """An opening 「 without its 」 does not hide the full stops after it."""
    assert sentences("彼は「そうだ。と言った。次だ。", "ja") == [
        "彼は「そうだ。",
        "と言った。",
        "次だ。",
    ]


def test_a_long_body_splits_like_its_parts() -> None:
    """A body repeated 40 times has 40 times the sentences (speed is in bench/)."""
    once = split_sentences(SEED + "\n\n", "ja")
    spans = split_sentences((SEED + "\n\n") * 40, "ja")
    assert len(spans) == 40 * len(once)


ALPHABET = (
    "日本の首相は合意した高市トランプ会談"
    "。、！？!?.,「」『』（）【】\"”’'"
    "abcXYZ Mr U.S 3.5 Jan p.m"
    " \t\n\n\u3000\r#-*>|1)"
)
bodies = st.text(alphabet=st.sampled_from(ALPHABET), max_size=80) | st.text(max_size=30)


@given(bodies, st.sampled_from(["ja", "en", "en-US", "ja-JP", "fr"]))
@example("a\u2028b", "en")
@example("」。「", "ja")
@example("U.S. A", "en")
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(
    text: str, lang: str
) -> None:
    """Spans are in order, disjoint, trimmed, and cover every non-space character."""
    spans = split_sentences(text, lang)
    covered = [False] * len(text)
    previous_end = 0
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        assert not text[a].isspace()
        assert not text[b - 1].isspace()
        for k in range(a, b):
            covered[k] = True
        previous_end = b
    assert all(covered[k] or c.isspace() for k, c in enumerate(text))


@given(st.lists(st.sampled_from(["日本は合意した。", "会談は長かった！", "本当か？"])))
def test_japanese_sentences_joined_split_back_apart(parts: list[str]) -> None:
    """Sentences ending in 。！？ and run together come apart again."""
    assert sentences("".join(parts), "ja") == parts
