"""The seed article and its English reports, read as an editor would."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from strategies import SEED_ARTICLE

from checks.model import Mention
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates

JA = Context("ja", datetime(2026, 1, 3, 9, 0))
EN = Context("en", datetime(2026, 2, 9, 10, 0))


def whens(text: str, ctx: Context) -> list[Mention]:
    return [m for m in extract_dates(text, ctx) if m.kind == "when"]


def only_when(text: str, ctx: Context) -> Mention:
    found = whens(text, ctx)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        (
            "前回の電話会談は11月25日で、台湾をめぐる日中緊張が高まる中に行われた。",
            "11月25日",
            "2025-11-25",
        ),
        (
            "背景として、高市氏は10月に首相に就任後、トランプ氏を日本に招いており",
            "10月",
            "2025-10",
        ),
        (
            "トランプ氏は高市氏と中国の習近平氏の両方と良好な関係を強調し、4月の中国訪問を検討中だ。",
            "4月",
            "2026-04",
        ),
        (
            "佐菜江・貴坂内首相の今春の可能性ある米国訪問時に、国賓として迎えることを検討中だ。",
            "今春",
            "2026-spring",
        ),
        (
            "高市氏は今週の中国軍の台湾周辺演習について、会談で触れたかどうかを明確に答えなかった。",
            "今週",
            "2026-W01",
        ),
        (
            "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行い、"
            "春の米国訪問に向けた調整を進めることで合意した。",
            "金曜日",
            "2026-01-02",
        ),
        (
            "この合意は、2026年の米国独立250周年を記念するもので、高市氏は祝賀の意を伝えた。",
            "2026年",
            "2026",
        ),
        (
            "1912年の日本からの桜の贈与を記念するこの祭りは両国の長年の友好を象徴する。",
            "1912年",
            "1912",
        ),
    ],
)
def test_seed_sentences_resolve_as_an_editor_reads_them(
    sentence: str, span: str, value: str
) -> None:
    """Each dated phrase of the seed article gets the value an editor would give it."""
    found = {m.text: m.value for m in whens(sentence, JA)}
    assert found.get(span) == value, found


def test_late_march_at_the_latest_is_bounded_by_late_march() -> None:
    """遅くとも3月下旬 reads as ../2026-03-late with bound "by"."""
    text = "トランプ氏は高市氏を米国に招待し、遅くとも3月下旬の訪米を提案したという。"
    m = only_when(text, JA)
    assert (m.value, m.bound, m.text) == ("../2026-03-late", "by", "遅くとも3月下旬")
    assert m.interval is not None
    assert m.interval.start is None
    assert m.interval.end == datetime(2026, 4, 1)


def test_this_week_is_the_iso_week_of_publication() -> None:
    """今週 on Saturday 2026-01-03 is 2025-12-29 .. 2026-01-04."""
    m = only_when("今週の演習", JA)
    assert m.interval is not None
    assert (m.interval.start, m.interval.end) == (
        datetime(2025, 12, 29),
        datetime(2026, 1, 5),
    )


def test_friday_in_the_seed_is_a_weekday_and_a_day() -> None:
    """金曜日 yields a weekday mention and a when mention for Friday 2026-01-02."""
    text = "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行い"
    found = extract_dates(text, JA)
    kinds = {(m.kind, m.text, m.value) for m in found}
    assert ("weekday", "金曜日", "friday") in kinds
    assert ("when", "金曜日", "2026-01-02") in kinds
    weekday = next(m for m in found if m.kind == "weekday")
    assert weekday.weekday == 4
    assert "latest Friday on or before published 2026-01-03" in weekday.note


def test_a_date_with_its_weekday_and_evening_is_one_day() -> None:
    """2026年1月2日、金曜日の夜 is the day 2026-01-02, the weekday agreeing with it."""
    text = (
        "日本の高市早苗首相は2026年1月2日、金曜日の夜に"
        "ドナルド・トランプ米大統領と会談した。"
    )
    found = extract_dates(text, JA)
    days = [m for m in found if m.kind == "when"]
    assert [m.value for m in days] == ["2026-01-02"]
    assert "evening" in days[0].note
    weekday = next(m for m in found if m.kind == "weekday")
    assert weekday.interval is not None
    assert weekday.interval.start == datetime(2026, 1, 2)


def test_the_seed_article_yields_no_date_from_counts_or_trees() -> None:
    """250周年 and 250本の桜の木 are counts, not dates."""
    text = "二人は250周年の共同祝賀を約束。日本は250本の桜の木を米国に贈る予定だ。"
    assert whens(text, JA) == []


def test_every_when_in_the_seed_article_is_consistent_with_its_value() -> None:
    """Across the whole seed article, each interval is the one its value names."""
    from checks.normalise.edtf import parse_when

    for m in whens(SEED_ARTICLE, JA):
        assert m.interval is not None
        if m.bound is None:
            assert parse_when(m.value) == m.interval, m


def test_monday_on_a_monday_is_that_day() -> None:
    """“held a phone call on Monday”, published Monday 2026-02-09, is 2026-02-09."""
    text = (
        "President Donald Trump and Chinese President Xi Jinping held a phone call "
        "on Monday to discuss trade, Taiwan, and the Ukraine crisis."
    )
    m = only_when(text, EN)
    assert (m.text, m.value) == ("Monday", "2026-02-09")


def test_february_fifth_in_a_report_of_february_ninth_is_this_year() -> None:
    """“on February 5” published 2026-02-09 is 2026-02-05."""
    text = (
        "Chinese President Xi Jinping held a phone call with U.S. President Donald "
        "Trump on February 5."
    )
    assert only_when(text, EN).value == "2026-02-05"


def test_the_tokyo_summit_date_is_read_in_full() -> None:
    """2025年10月28日 in the related report is that day."""
    m = only_when("2025年10月28日、日本のサナエ・高市首相は", JA)
    assert m.interval is not None
    assert m.interval.start == datetime.combine(date(2025, 10, 28), datetime.min.time())
