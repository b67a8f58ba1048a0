"""Names attached to role words, and judging them against a claimed name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from checks.model import Mention, Verdict
from checks.normalise.names import (
    extract_names,
    fold_name,
    judge_name,
    mentions_for_role,
    name_matches,
)

S, R = Verdict.SUPPORTED, Verdict.REFUTED
PM_ALIASES = ("高市", "高市氏", "Sanae Takaichi", "Takaichi")

# sentences from the seed article (/work/shared/seeds/000_30575fe05ac8c6d2.txt)
CALL = (
    "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行"
    "い、春の米国訪問に向けた調整を進めることで合意した。"
)
HEADLINE = "高市首相とトランプ大統領、東京で初の首脳会談を実施"
SUMMIT = (
    "2025年10月28日、日本のサナエ・高市首相とドナルド・トランプ米"
    "大統領は東京の国賓館で初の対面首脳会談を行い、日米同盟の強化で合意し"
    "た。"
)
GUEST = (
    "ドナルド・トランプ米大統領政権は、佐菜江・貴坂内首相の今春の可能性あ"
    "る米国訪問時に、国賓として迎えることを検討中だ。"
)
NARA = (
    "日本の高市早苗首相は1月13日、奈良で韓国李在明大統領と会談し、日韓"
    "関係の安定化を図る。"
)
XI = (
    "トランプ氏は高市氏と中国の習近平氏の両方と良好な関係を強調し、4月の"
    "中国訪問を検討中だ。"
)
OFFICE = (
    "背景として、高市氏は10月に首相に就任後、トランプ氏を日本に招いてお"
    "り、二人は250周年の共同祝賀を約束。"
)
BOTH = (
    "両首脳は防衛力強化や経済協力、関税合意の着実な実施について議論し、北"
    "朝鮮による日本人拉致被害者家族とも面会した。"
)
CAPTION = (
    "Japanese PM Sanae Takaichi and U.S. President Donald Trump shake hands"
    " at Tokyo summit, symbolizing strengthened Japan-U.S. alliance."
)
FEB5 = (
    "Chinese President Xi Jinping held a phone call with U.S. President Don"
    "ald Trump on February 5."
)
MONDAY = (
    "President Donald Trump and Chinese President Xi Jinping held a phone c"
    "all on Monday to discuss trade, Taiwan, and the Ukraine crisis."
)


def found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.value, m.unit) for m in extract_names(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CALL, [("高市早苗", "首相"), ("ドナルド・トランプ", "大統領")]),
        (HEADLINE, [("高市", "首相"), ("トランプ", "大統領")]),
        (SUMMIT, [("サナエ・高市", "首相"), ("ドナルド・トランプ", "大統領")]),
        (GUEST, [("ドナルド・トランプ", "大統領"), ("佐菜江・貴坂内", "首相")]),
        (NARA, [("高市早苗", "首相"), ("李在明", "大統領")]),
        (XI, [("トランプ", "氏"), ("高市", "氏"), ("習近平", "氏")]),
        (OFFICE, [("高市", "氏"), ("トランプ", "氏")]),
        (BOTH, []),
    ],
    ids=["call", "headline", "summit", "guest", "nara", "xi", "office", "both"],
)
def test_japanese_names_before_role_words_are_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Seed sentences yield each name without its role, country or particle."""
    assert found(text, "ja") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not in the seed: the forms the spec and house style name
        ("中国の習近平国家主席は声明を出した。", [("習近平", "国家主席")]),
        ("岸田前首相は記者団に語った。", [("岸田", "首相")]),
        ("同首相は記者団に語った。", []),
        ("新首相の就任式が行われた。", []),
        ("首相官邸で会見した。", []),
        ("米トランプ大統領は述べた。", [("トランプ", "大統領")]),
        ("ドナルド=トランプ大統領は述べた。", [("ドナルド=トランプ", "大統領")]),
    ],
)
def test_japanese_role_forms_beyond_the_seed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Stop words (同, 新) and compounds (首相官邸) yield no name; 前 is peeled."""
    assert found(text, "ja") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CAPTION, [("Sanae Takaichi", "PM"), ("Donald Trump", "President")]),
        (FEB5, [("Xi Jinping", "President"), ("Donald Trump", "President")]),
        (MONDAY, [("Donald Trump", "President"), ("Xi Jinping", "President")]),
        (
            "Prime Minister Sanae Takaichi spoke.",
            [("Sanae Takaichi", "Prime Minister")],
        ),
        (
            "Prime Minister TAKAICHI Sanae spoke.",
            [("TAKAICHI Sanae", "Prime Minister")],
        ),
        ("Ms. Takaichi declined to say.", [("Takaichi", "Ms.")]),
        ("Mr. Trump's call was brief.", [("Trump", "Mr.")]),
        ("the president said nothing.", []),
        ("The call began at 9 PM Tokyo time.", []),
    ],
    ids=["caption", "feb5", "monday", "pm", "caps", "ms", "mr", "none", "time"],
)
def test_english_names_after_role_words_are_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """One to three capitalised words after the role; adjectives are skipped."""
    assert found(text, "en") == expected


def test_the_span_is_the_name_alone() -> None:
    """start/end cover the name, not the role or the country."""
    for mention in extract_names(CALL + NARA + FEB5, "ja"):
        assert (CALL + NARA + FEB5)[mention.start : mention.end] == mention.value
        assert mention.kind == "name"
        assert mention.note.startswith(f"role: {mention.unit}")


def test_a_japanese_text_also_yields_romanised_names() -> None:
    """The seed's English photo caption inside a Japanese text is read too."""
    assert ("Sanae Takaichi", "PM") in found(SUMMIT + CAPTION, "ja")


def mention(value: str, role: str = "首相") -> Mention:
    return Mention("name", 0, len(value), value, value, unit=role, note=f"role: {role}")


@pytest.mark.parametrize(
    "variant",
    ["高市早苗", "高市", "Sanae Takaichi", "TAKAICHI Sanae", "ＴＡＫＡＩＣＨＩ"],
)
def test_the_name_and_its_aliases_are_supported(variant: str) -> None:
    """The canonical name, an alias, the swapped order and full width all pass."""
    verdict, why = judge_name("高市早苗", PM_ALIASES, mention(variant))
    assert verdict is S
    assert "高市早苗" in why


def test_a_garbled_name_is_refuted_with_the_variant_shown() -> None:
    """サナエ・高市 is refuted, and the message shows it and the aliases."""
    verdict, why = judge_name("高市早苗", PM_ALIASES, mention("サナエ・高市"))
    assert verdict is R
    assert (
        why
        == "サナエ・高市 is not 高市早苗 or an alias (高市, 高市氏, Sanae Takaichi, …)"
    )


def test_an_invented_name_is_refuted() -> None:
    """佐菜江・貴坂内 is no form of 高市早苗."""
    assert judge_name("高市早苗", PM_ALIASES, mention("佐菜江・貴坂内"))[0] is R


def test_only_names_with_the_claims_role_count() -> None:
    """`about: 首相` ignores Trump in the same sentence; `Chinese President` is Xi."""
    ja = extract_names(CALL, "ja")
    assert [m.value for m in mentions_for_role(ja, ["首相"])] == ["高市早苗"]
    en = extract_names(MONDAY, "en")
    assert [m.value for m in mentions_for_role(en, ["Chinese President"])] == [
        "Xi Jinping"
    ]
    caption = extract_names(CAPTION, "en")
    assert [m.value for m in mentions_for_role(caption, ["Prime Minister"])] == [
        "Sanae Takaichi"
    ]
    assert mentions_for_role(ja, ["電話会談"]) == []


# --- properties -------------------------------------------------------------

KANJI = "高市早苗習近平李在明佐菜江貴坂内岸田文雄"
KATAKANA = "サナエタカイチドナルドトランプ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
NAME_CHARS = KANJI + KATAKANA + LATIN
latin_words = st.text(alphabet=LATIN, min_size=1, max_size=8)


@given(st.text())
@example("Mr. Mr. Trump")
@example("高市氏氏")
@example("ß")
def test_name_folding_is_idempotent(text: str) -> None:
    """Folding a folded name changes nothing."""
    assert fold_name(fold_name(text)) == fold_name(text)


@given(st.lists(latin_words, min_size=2, max_size=3))
@example(["A", "MR"])
def test_a_romanised_name_matches_in_either_order(words: list[str]) -> None:
    """Sanae Takaichi = TAKAICHI Sanae (family name moved, case changed)."""
    given_first = " ".join(words)
    family_first = " ".join([words[-1].upper(), *words[:-1]])
    assert name_matches(given_first, family_first)
    assert name_matches(family_first, given_first)


@given(
    st.text(NAME_CHARS + " ・", max_size=10), st.text(NAME_CHARS + " ・", max_size=10)
)
def test_name_matching_is_symmetric(a: str, b: str) -> None:
    """Whether a matches b never depends on which is the claim."""
    assert name_matches(a, b) == name_matches(b, a)


@given(
    st.lists(st.text(NAME_CHARS, min_size=1, max_size=6), min_size=2, max_size=4),
    st.text(NAME_CHARS, min_size=1, max_size=8),
)
def test_judging_is_symmetric_between_the_name_and_its_aliases(
    names: list[str], found_name: str
) -> None:
    """Swapping the canonical name with an alias does not change the verdict."""
    first = judge_name(names[0], names[1:], mention(found_name))[0]
    second = judge_name(names[1], [names[0], *names[2:]], mention(found_name))[0]
    assert first is second


def _width_or_case_only(old: str, new: str) -> bool:
    fold = unicodedata.normalize("NFKC", old).casefold()
    return fold == unicodedata.normalize("NFKC", new).casefold()


@given(
    st.text(NAME_CHARS, min_size=2, max_size=8),
    st.data(),
)
def test_a_name_with_one_character_changed_is_never_supported(
    name: str, data: st.DataObject
) -> None:
    """One character changed (not just its width or case) is not the name."""
    at = data.draw(st.integers(0, len(name) - 1))
    new = data.draw(st.sampled_from(NAME_CHARS + "ＡＢｔａ"))
    assume(not _width_or_case_only(name[at], new))
    changed = name[:at] + new + name[at + 1 :]
    assert judge_name(name, [], mention(changed))[0] is R


@pytest.mark.parametrize(
    ("name", "changed"),
    [
        ("高市早苗", "高市早笛"),
        ("Sanae Takaichi", "Sanae Takaichl"),
        ("習近平", "習近乎"),
    ],
)
def test_a_near_miss_of_a_real_name_is_refuted(name: str, changed: str) -> None:
    """One wrong character in a real name is a different name."""
    assert judge_name(name, [], mention(changed))[0] is R


@given(st.text(NAME_CHARS, min_size=1, max_size=8), st.data())
def test_a_width_or_case_change_is_still_the_name(
    name: str, data: st.DataObject
) -> None:
    """Full-width and upper-case forms of a name are the name."""
    wide = "".join(
        chr(ord(c) + 0xFEE0) if c.isascii() and data.draw(st.booleans()) else c
        for c in name
    )
    assert judge_name(name, [], mention(wide.upper()))[0] is S
