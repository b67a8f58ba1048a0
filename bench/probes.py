"""Raw peer output on the seed's phrases, printed verbatim so claims can be checked."""

from __future__ import annotations

from typing import Any

from bench.engines import peer_available
from bench.seed import PUBLISHED
from bench.tables import table

PHRASES = (
    "3月",
    "10月",
    "11月25日",
    "前回の電話会談は11月25日で",
    "10月に首相に就任",
    "遅くとも3月下旬の訪米",
    "4月の中国訪問を検討中",
    "今春",
    "今週",
    "金曜日",
)


def peer_probes() -> str:
    """One row per phrase: dateparser.parse, search_dates, ja-timex's value."""
    rows = [[p, _dp_parse(p), _dp_search(p), _jt(p)] for p in PHRASES]
    header = [
        "phrase (published 2026-01-03 09:00)",
        "dateparser.parse",
        "search_dates",
        "ja-timex",
    ]
    return table(header, rows, right=99)


def _dp_parse(text: str) -> str:
    if not peer_available("dateparser"):
        return "not installed"
    import dateparser  # type: ignore[import-untyped]

    got = dateparser.parse(
        text, languages=["ja"], settings={"RELATIVE_BASE": PUBLISHED}
    )
    return "None" if got is None else got.isoformat(sep=" ")


def _dp_search(text: str) -> str:
    if not peer_available("dateparser"):
        return "not installed"
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    got = (
        search_dates(text, languages=["ja"], settings={"RELATIVE_BASE": PUBLISHED})
        or []
    )
    return "; ".join(f"{s!r}→{d:%Y-%m-%d}" for s, d in got) or "None"


_PARSERS: list[Any] = []


def _parser(make: Any, reference: Any) -> Any:
    """One ja-timex parser for all probes (building one is slow)."""
    if not _PARSERS:
        _PARSERS.append(make(reference=reference))
    return _PARSERS[0]


def _jt(text: str) -> str:
    if not peer_available("ja_timex"):
        return "not installed"
    import pendulum
    from ja_timex import TimexParser  # type: ignore[import-untyped]

    parser = _parser(TimexParser, pendulum.instance(PUBLISHED, tz="Asia/Tokyo"))
    parts = []
    for t in parser.parse(text):
        try:
            when = t.to_datetime()
            shown = "None" if when is None else when.strftime("%Y-%m-%d")
        except Exception:
            shown = "error"
        parts.append(f"{t.value}{'/' + t.mod if t.mod else ''}→{shown}")
    return "; ".join(parts) or "None"
