"""Claim × source → verdict, on the seed article, with properties under perturbation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from checks.agree import check_agree
from checks.model import Claim, Tolerance, Verdict, Where
from checks.normalise.edtf import parse_when
from checks.text.document import Document
from checks.verdicts import check

S, R, U = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.UNVERIFIABLE

ARTICLE = (
    "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行い、"
    "春の米国訪問に向けた調整を進めることで合意した。\n\n"
    "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
    "約25分間の電話会談を行った。トランプ氏は高市氏を米国に招待し、"
    "遅くとも3月下旬の訪米を提案したという。\n\n"
    "日本は250本の桜の木を米国に贈る予定だ。前回の電話会談は11月25日で、"
    "台湾をめぐる日中緊張が高まる中に行われた。"
    "トランプ氏は4月の中国訪問を検討中だ。"
)
PUBLISHED = datetime(2026, 1, 3, 9, 0)


def doc(body: str = ARTICLE, source: str = "article") -> Document:
    """A document of the seed article, published 3 January 2026."""
    return Document(id=source, body=body, lang="ja", published=PUBLISHED)


def claim(kind: str, value: object, about: tuple[str, ...] = (), **kw: object) -> Claim:
    """A claim of one kind, parsed as the loader would."""
    fields: dict[str, object] = {
        "id": "c",
        "kind": kind,
        "value": value,
        "about": about,
    }
    if kind == "when":
        fields["when"] = parse_when(str(value))
    if kind in ("duration", "count"):
        fields["number"] = float(value)  # type: ignore[arg-type]
    fields.setdefault("sources", ("article",))
    fields.update(kw)
    return Claim(where=Where("claims/x.yaml", 1, 1), **fields)  # type: ignore[arg-type]


def test_the_call_date_is_supported_by_friday_and_the_written_date() -> None:
    """金曜日 (anchored on 3 January) and 2026年1月2日 both support 2026-01-02."""
    out = check(claim("when", "2026-01-02", ("電話会談",), weekday=4), doc())
    assert out.verdict is S


def test_a_different_day_is_refuted_and_says_the_days_differ() -> None:
    """2026-01-09 is refuted by the text's 2 January."""
    out = check(claim("when", "2026-01-09", ("電話会談",)), doc())
    assert out.verdict is R
    assert out.why.startswith("the two days differ")
    assert out.evidence[0].mention is not None


def test_a_wrong_weekday_beside_a_right_date_refutes() -> None:
    """2026年1月2日（木） refutes 'Friday 2 January' though the date holds."""
    body = "首相は2026年1月2日（木）に電話会談を行った。"
    out = check(claim("when", "2026-01-02", ("電話会談",), weekday=4), doc(body))
    assert out.verdict is R


def test_by_late_march_supports_the_same_bound_and_not_a_narrower_claim() -> None:
    """遅くとも3月下旬 implies ../2026-03-late; it is only vaguer than 2026-03-late."""
    assert check(claim("when", "../2026-03-late", ("訪米",)), doc()).verdict is S
    vaguer = check(claim("when", "2026-03-late", ("訪米",)), doc())
    assert vaguer.verdict is U
    assert "vaguer" in vaguer.why


def test_the_previous_call_is_in_2025() -> None:
    """前回の電話会談は11月25日 points back: 2025-11-25, not 2026."""
    assert check(claim("when", "2025-11-25", ("前回",)), doc()).verdict is S
    assert check(claim("when", "2026-11-25", ("前回",)), doc()).verdict is R


def test_an_absent_anchor_is_unverifiable_and_says_so() -> None:
    """A claim anchored on a word the text lacks is unverifiable."""
    out = check(claim("when", "2026-01-02", ("首脳会談",)), doc())
    assert out.verdict is U
    assert out.why == "the anchor '首脳会談' is not in the text"


def test_about_25_minutes_supports_an_approximate_claim_within_ten_percent() -> None:
    """約25分間 supports 25 and 27 minutes (hedged), refutes 40 minutes."""
    for minutes, verdict in ((25, S), (27, S), (40, R)):
        c = claim("duration", minutes * 60, ("電話会談",))
        assert check(c, doc()).verdict is verdict, minutes


def test_counts_match_their_unit() -> None:
    """250本 supports count 250 unit 本 and is not a count of 人."""
    assert check(claim("count", 250, ("桜",), unit="本"), doc()).verdict is S
    assert check(claim("count", 250, ("桜",), unit="人"), doc()).verdict is U


def test_a_quote_with_one_word_changed_is_refuted() -> None:
    """A near-miss quote is refuted, with the text's words in the reason."""
    out = check(claim("quote", "トランプ氏は5月の中国訪問を検討中だ"), doc())
    assert out.verdict is R


def test_agree_sees_compatible_months_across_sources() -> None:
    """'3月' and '遅くとも3月下旬' for the visit overlap: the sources agree."""
    other = doc("高市首相は3月の米国訪問を検討中だ。", "report")
    c = claim("agree", "when", ("訪米", "米国訪問"), sources=("article", "report"))
    out = check_agree(c, [doc(), other])
    assert out.verdict is S
    assert out.interval is not None


def test_agree_is_refuted_when_two_sources_disagree() -> None:
    """May for one source and 'by late March' for another cannot both hold."""
    other = doc("高市首相は5月の訪米を検討中だ。", "report")
    c = claim("agree", "when", ("訪米",), sources=("article", "report"))
    assert check_agree(c, [doc(), other]).verdict is R


def test_agree_with_one_source_is_unverifiable() -> None:
    """An agree claim needs two sources that mention a value."""
    c = claim("agree", "when", ("訪米",), sources=("article",))
    assert check_agree(c, [doc()]).verdict is U


# --- properties -------------------------------------------------------------

days = st.integers(min_value=-400, max_value=400).filter(lambda n: n != 0)


CALL_ONLY = ARTICLE.split("\n\n")[1]  # the paragraph about the 2 January call


@given(shift=days)
def test_a_shifted_date_is_never_supported(shift: int) -> None:
    """Moving the claimed day off 2 January never keeps it supported."""
    day = date(2026, 1, 2) + timedelta(days=shift)
    out = check(claim("when", day.isoformat(), ("電話会談",)), doc(CALL_ONLY))
    assert out.verdict is not S


@given(count=st.integers(min_value=0, max_value=100_000).filter(lambda n: n != 250))
def test_another_count_is_never_supported(count: int) -> None:
    """Only 250 matches 250本 when neither side is hedged."""
    assert check(claim("count", count, ("桜",), unit="本"), doc()).verdict is not S


@given(minutes=st.integers(min_value=1, max_value=600))
def test_duration_support_needs_the_ten_percent_band(minutes: int) -> None:
    """約25分間: supported exactly when the claim is within ±10% of 25 minutes."""
    out = check(claim("duration", minutes * 60, ("電話会談",)), doc())
    assert (out.verdict is S) == (abs(minutes - 25) <= 2.5)


@given(pct=st.integers(min_value=0, max_value=60))
def test_widening_the_tolerance_never_loses_support(pct: int) -> None:
    """A wider tolerance keeps every supported duration supported."""
    base = claim(
        "duration", 30 * 60, ("電話会談",), tolerance=Tolerance(relative=pct / 100)
    )
    wider = replace(base, tolerance=Tolerance(relative=(pct + 10) / 100))
    if check(base, doc()).verdict is S:
        assert check(wider, doc()).verdict is S


@given(st.sampled_from(["3月", "4月", "5月", "今春", "来月", "2月上旬", "3月下旬"]))
def test_agree_is_symmetric_in_its_sources(phrase: str) -> None:
    """Swapping the order of two sources never changes an agree verdict."""
    a = doc()
    b = doc(f"高市首相は{phrase}の訪米を検討中だ。", "report")
    c = claim("agree", "when", ("訪米",), sources=("article", "report"))
    assert check_agree(c, [a, b]).verdict is check_agree(c, [b, a]).verdict


def test_a_date_elsewhere_in_the_sentence_does_not_date_the_anchor() -> None:
    """In 「金曜日、…電話会談を行い、春の米国訪問」 the visit is in spring."""
    first = ARTICLE.split("\n\n")[0]
    visit_on_friday = check(claim("when", "2026-01-02", ("米国訪問",)), doc(first))
    assert visit_on_friday.verdict is R
    assert check(claim("when", "2026-spring", ("米国訪問",)), doc(first)).verdict is S
    assert check(claim("when", "2026-01-02", ("電話会談",)), doc(first)).verdict is S


def test_a_relative_word_without_a_reference_says_what_to_add() -> None:
    """金曜日 in a text with no published time: unverifiable, and says why."""
    bare = Document(id="t", body="高市首相は金曜日、電話会談を行った。", lang="ja")
    out = check(claim("when", "2026-01-02", ("電話会談",)), bare)
    assert out.verdict is U
    assert out.why.endswith(
        "「金曜日」 is relative and the text has no published time: "
        "add `published:` to its front matter or to the claim"
    )
    dated = replace(claim("when", "2026-01-02", ("電話会談",)), published=PUBLISHED)
    assert check(dated, bare).verdict is S
