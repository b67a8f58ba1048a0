"""Shared Hypothesis strategies for the engine's tests (dates first)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime

from hypothesis import strategies as st

#: days the extractor must read in every format (Gregorian, four-digit years)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
#: days recent enough for the modern eras
era_days = st.dates(min_value=date(1927, 1, 1), max_value=date(2099, 12, 31))
#: publication times of news texts
published_times = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)
)
weekdays = st.integers(min_value=0, max_value=6)
months = st.integers(min_value=1, max_value=12)
years = st.integers(min_value=1900, max_value=2099)

_ABBREVIATED = {9: "Sept."} | {
    m: calendar.month_abbr[m] + ("" if m == 5 else ".") for m in range(1, 13) if m != 9
}
_NAME = list(calendar.month_name)
_ERAS = (
    (date(2019, 5, 1), "令和", 2019),
    (date(1989, 1, 8), "平成", 1989),
    (date(1926, 12, 25), "昭和", 1926),
)


def era_year(d: date) -> str:
    """``令和8年`` for a day in 2026 (``令和元年`` for the first year)."""
    for start, name, first in _ERAS:
        if d >= start:
            number = d.year - first + 1
            return f"{name}{'元' if number == 1 else number}年"
    raise ValueError(f"no modern era for {d}")


#: (language, render) for every supported way to write one day
DAY_FORMATS: dict[str, tuple[str, Callable[[date], str]]] = {
    "kanji": ("ja", lambda d: f"{d.year}年{d.month}月{d.day}日"),
    "slash": ("ja", lambda d: f"{d.year}/{d.month}/{d.day}"),
    "iso": ("en", lambda d: d.isoformat()),
    "month-day-year": ("en", lambda d: f"{_NAME[d.month]} {d.day}, {d.year}"),
    "day-month-year": ("en", lambda d: f"{d.day} {_NAME[d.month]} {d.year}"),
    "abbreviated": ("en", lambda d: f"{_ABBREVIATED[d.month]} {d.day}, {d.year}"),
    "era": ("ja", lambda d: f"{era_year(d)}{d.month}月{d.day}日"),
}
day_formats = st.sampled_from(sorted(DAY_FORMATS))


@st.composite
def day_in_format(draw: st.DrawFn) -> tuple[date, str, str, str]:
    """(day, format name, language, rendered text)."""
    name = draw(day_formats)
    lang, render = DAY_FORMATS[name]
    d = draw(era_days if name == "era" else days)
    return d, name, lang, render(d)


#: the seed article (its first part, verbatim): published 2026-01-03, Japan time
SEED_ARTICLE = (
    "高市首相とトランプ大統領、春の米国会談に向け合意"
    "\n"
    "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行い、春の米国訪問に向けた調整を進めることで合意した。"
    "この会談は、日米同盟の強化を目指すもので、中国との緊張が高まる中での地域協力が主な議題となった。"
    "\n"
    "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と約25分間の電話会談を行った。"
    "二人は春の米国での会談に向けた調整を進め、日米同盟の深化を約束した。"
    "高市氏は取材陣に対し、「新年の初めにトランプ大統領と直接言葉を交わし、日米同盟の強固なパートナーシップを確認できたことは極めて重要だ」と述べた。"
    "\n"
    "会談では、自由で開かれたインド太平洋の実現と、韓国を含む同調国との協力が議論された。"
    "高市氏は中国との関係については具体的に触れず、地域全体の話題が中心だったと説明した。"
    "トランプ氏は高市氏を米国に招待し、遅くとも3月下旬の訪米を提案したという。"
    "\n"
    "この合意は、2026年の米国独立250周年を記念するもので、高市氏は祝賀の意を伝えた。"
    "二人はこの年を「日米同盟の歴史における新章の幕開け」と位置づけ、経済・安全保障分野での幅広い協力を拡大する方針を確認した。"
    "訪米はワシントンの桜祭りと重なる可能性があり、1912年の日本からの桜の贈与を記念するこの祭りは両国の長年の友好を象徴する。"
    "\n"
    "背景として、高市氏は10月に首相に就任後、トランプ氏を日本に招いており、二人は250周年の共同祝賀を約束。"
    "日本は250本の桜の木を米国に贈る予定だ。"
    "前回の電話会談は11月25日で、台湾をめぐる日中緊張が高まる中に行われた。"
    "高市氏は台湾への攻撃が日本にとって存立危機となり得ると指摘し、中国はこれに硬化した姿勢を示している。"
    "トランプ氏は高市氏と中国の習近平氏の両方と良好な関係を強調し、4月の中国訪問を検討中だ。"
    "\n"
    "日本外務省によると、トランプ氏は前回の会談で日中関係の「管理」の必要性を示唆した。"
    "高市氏は今週の中国軍の台湾周辺演習について、会談で触れたかどうかを明確に答えなかった。"
    "\n"
)
