"""Hand-built results documents for the reporter tests, modelled on the seed suite.

The texts are the seed article on the Takaichi–Trump call of 2 January 2026 and
three short reports about it (one garbles the prime minister's name).  Records
are built from real model objects through ``checks.report.records``.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import UTC, datetime
from typing import Any

from checks.model import Evidence, Interval, Mention
from checks.normalise.edtf import parse_when
from checks.report.records import evidence_record, interval_record, results_document

FRONT_MATTER_LINES = 7  # "---", five keys, "---": the body starts on line 7

BODIES = {
    "takaichi-trump-call": (
        "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
        "約25分間の電話会談を行った。\n"
        "高市氏は取材陣に対し、「新年の初めにトランプ大統領と直接言葉を交わし、"
        "日米同盟の強固なパートナーシップを確認できたことは極めて重要だ」と述べた。\n"
        "トランプ氏は高市氏を米国に招待し、遅くとも3月下旬の訪米を提案したという。\n"
        "訪米はワシントンの桜祭りと重なる可能性があり、1912年の日本からの桜の贈与を"
        "記念するこの祭りは両国の長年の友好を象徴する。\n"
        "日本は250本の桜の木を米国に贈る予定だ。\n"
        "前回の電話会談は11月25日で、台湾をめぐる日中緊張が高まる中に行われた。\n"
        "トランプ氏は高市氏と中国の習近平氏の両方と良好な関係を強調し、"
        "4月の中国訪問を検討中だ。\n"
        "2025年10月28日、日本のサナエ・高市首相とドナルド・トランプ米大統領は"
        "東京の国賓館で初の対面首脳会談を行った。\n"
    ),
    "march-visit-plan": (
        "高市早苗首相は、10月の就任以来初となる3月の米国訪問を検討中だ。\n"
        "ドナルド・トランプ米大統領との会談が目的で、"
        "4月の米中首脳会談を前に中国政策の調整を図る狙いがある。\n"
    ),
    "state-guest-plan": (
        "ドナルド・トランプ米大統領政権は、佐菜江・貴坂内首相の今春の可能性ある"
        "米国訪問時に、国賓として迎えることを検討中だ。\n"
        "日本と米国の政府筋が金曜日に明らかにした。\n"
        "この措置は、4月のトランプ氏の中国訪問を前に、"
        "日米間の緊密な関係を強調する狙いがある。\n"
    ),
    "xi-trump-call": (
        "President Donald Trump and Chinese President Xi Jinping held a phone call "
        "on Monday to discuss trade, Taiwan, and the Ukraine crisis.\n"
        "The conversation occurred nearly one month after their in-person meeting "
        "in Busan, South Korea.\n"
    ),
}

SOURCE_META = {
    "takaichi-trump-call": (
        "高市首相とトランプ大統領、春の米国会談に向け合意",
        "ja",
        "article",
        "2026-01-03T09:00:00+09:00",
    ),
    "march-visit-plan": (
        "高市首相、3月の訪米を検討",
        "ja",
        "ai-report",
        "2026-01-08T12:00:00+09:00",
    ),
    "state-guest-plan": (
        "トランプ政権、高市首相を国賓待遇で検討",
        "ja",
        "ai-report",
        "2026-01-10T08:00:00+09:00",
    ),
    "xi-trump-call": (
        "Trump and Xi hold phone call",
        "en",
        "ai-report",
        "2025-11-25T10:00:00+00:00",
    ),
}


def sha(text: str) -> str:
    """SHA-256 of a text, as the suite would hash its file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


CLAIM_FILE_SHA = sha("claims/call.yaml v1")
BROKEN_FILE_SHA = sha("claims/broken.yaml v1")


def suite_record() -> dict[str, Any]:
    """The ``suite`` part: two claim files and four texts."""
    return {
        "root": "/work/demo",
        "claim_files": [
            {
                "path": "claims/call.yaml",
                "sha256": CLAIM_FILE_SHA,
                "topic": "Takaichi–Trump phone call of 2 January 2026",
            },
            {"path": "claims/broken.yaml", "sha256": BROKEN_FILE_SHA, "topic": None},
        ],
        "sources": [
            {
                "id": sid,
                "path": f"fixtures/{sid}.md",
                "sha256": sha(BODIES[sid]),
                "title": meta[0],
                "lang": meta[1],
                "kind": meta[2],
                "published": meta[3],
                "url": None,
            }
            for sid, meta in SOURCE_META.items()
        ],
    }


def evidence(
    source: str,
    words: str,
    kind: str | None = None,
    value: str = "",
    *,
    interval: Interval | None = None,
    number: float | None = None,
    unit: str | None = None,
    hedge: str | None = None,
    bound: str | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Evidence for ``words`` in ``source``: its sentence, line and mention."""
    body = BODIES[source]
    start = body.index(words)
    s_start = body.rfind("\n", 0, start) + 1
    s_end = body.index("\n", start)
    line = body.count("\n", 0, start) + FRONT_MATTER_LINES + 1
    mention = None
    if kind is not None:
        mention = Mention(
            kind,
            start,
            start + len(words),
            words,
            value,
            interval,
            number,
            unit,
            hedge,
            bound,
            note,
        )
    ev = Evidence(source, body[s_start:s_end], s_start, mention, line)
    return evidence_record(ev, None)


def when(value: str) -> Interval:
    """The interval of a date value."""
    return parse_when(value)


def check(
    claim: str,
    source: str | None,
    kind: str,
    *,
    line: int,
    verdict: str | None,
    expected: str | None = "supported",
    ctype: str = "claim",
    file: str = "claims/call.yaml",
    **fields: Any,
) -> dict[str, Any]:
    """One check record; ``passed`` follows from the verdicts."""
    sources = fields.pop("sources", [source] if source else [])
    node = f"{file}::{claim}" + (f"[{source}]" if source else "")
    record: dict[str, Any] = {
        "nodeid": fields.pop("nodeid", node),
        "type": ctype,
        "file": file,
        "line": line,
        "claim": claim,
        "kind": kind,
        "source": source,
        "sources": sources,
        "verdict": verdict,
        "expected": expected,
        "passed": verdict is not None and verdict == expected,
        "why": "",
        "message": "",
        "evidence": [],
        "tags": [],
        "provenance": {
            "claim_file_sha256": CLAIM_FILE_SHA
            if file == "claims/call.yaml"
            else BROKEN_FILE_SHA,
            "sources": {s: sha(BODIES[s]) for s in sources},
        },
    }
    record.update(fields)
    return record


def sample_checks() -> list[dict[str, Any]]:
    """About twenty checks: passes, known errors, failures, a relation, a problem."""
    t, m, s, x = (
        "takaichi-trump-call",
        "march-visit-plan",
        "state-guest-plan",
        "xi-trump-call",
    )
    return [
        check(
            "call-date",
            t,
            "when",
            line=5,
            verdict="supported",
            says="The call took place on Friday 2 January 2026.",
            value="2026-01-02",
            claim_says="2026-01-02 (that day)",
            interval=interval_record(when("2026-01-02")),
            tags=["date"],
            why="the text's day is the claimed day",
            evidence=[
                evidence(
                    t, "2026年1月2日", "when", "2026-01-02", interval=when("2026-01-02")
                )
            ],
        ),
        check(
            "call-date",
            s,
            "when",
            line=5,
            verdict="refuted",
            baseline="accepted",
            says="The call took place on Friday 2 January 2026.",
            value="2026-01-02",
            claim_says="2026-01-02 (that day)",
            interval=interval_record(when("2026-01-02")),
            tags=["date"],
            why="the two days differ: the report's Friday is 9 January",
            message=(
                "call-date in state-guest-plan: refuted (expected supported)\n"
                "    Sentence:   日本と米国の政府筋が【金曜日】に明らかにした。\n"
                "    Text says:  金曜日 → Fri 2026-01-09 (anchored on published "
                "2026-01-10)\n    Claim says: 2026-01-02\n"
                "    Why:        the two days differ"
            ),
            evidence=[
                evidence(
                    s,
                    "金曜日",
                    "when",
                    "2026-01-09",
                    interval=when("2026-01-09"),
                    note="weekday anchored on published 2026-01-10",
                )
            ],
        ),
        check(
            "call-length",
            t,
            "duration",
            line=11,
            verdict="supported",
            says="The call lasted about 25 minutes.",
            value="25 minutes",
            claim_says="about 25 minutes (22.5–27.5 min)",
            why="about 25 minutes is within ±10% of 25 minutes",
            evidence=[
                evidence(
                    t,
                    "約25分間",
                    "duration",
                    "PT25M",
                    number=1500.0,
                    unit="分",
                    hedge="approx",
                )
            ],
        ),
        check(
            "us-visit",
            t,
            "when",
            line=16,
            verdict="supported",
            says="The visit to the US is due by late March.",
            value="../2026-03-late",
            claim_says="… – 2026-03-31",
            interval=interval_record(when("../2026-03-late")),
            tags=["visit"],
            why="the text's interval lies inside the claim's",
            evidence=[
                evidence(
                    t,
                    "遅くとも3月下旬",
                    "when",
                    "../2026-03-late",
                    interval=when("../2026-03-late"),
                    bound="by",
                )
            ],
        ),
        check(
            "us-visit",
            m,
            "when",
            line=16,
            verdict="supported",
            says="The visit to the US is due by late March.",
            value="../2026-03-late",
            claim_says="… – 2026-03-31",
            interval=interval_record(when("../2026-03-late")),
            tags=["visit"],
            why="March lies inside “by late March”",
            evidence=[evidence(m, "3月", "when", "2026-03", interval=when("2026-03"))],
        ),
        check(
            "us-visit",
            s,
            "when",
            line=16,
            verdict="unverifiable",
            expected="unverifiable",
            says="The visit to the US is due by late March.",
            value="../2026-03-late",
            claim_says="… – 2026-03-31",
            interval=interval_record(when("../2026-03-late")),
            tags=["visit"],
            why="the text is only vaguer: spring may reach past late March",
            evidence=[
                evidence(s, "今春", "when", "2026-spring", interval=when("2026-spring"))
            ],
        ),
        check(
            "china-trip",
            None,
            "agree:when",
            line=22,
            verdict="supported",
            ctype="agree",
            sources=[t, m, s],
            nodeid="claims/call.yaml::china-trip",
            says="Trump's China trip is in April.",
            claim_says="the sources agree",
            interval=interval_record(when("2026-04")),
            tags=["visit"],
            why="all three texts say April 2026",
            evidence=[
                evidence(t, "4月", "when", "2026-04", interval=when("2026-04")),
                evidence(m, "4月", "when", "2026-04", interval=when("2026-04")),
                evidence(s, "4月", "when", "2026-04", interval=when("2026-04")),
            ],
        ),
        check(
            "trees",
            t,
            "count",
            line=26,
            verdict="supported",
            says="Japan will give 250 cherry trees.",
            value="250 本",
            claim_says="250 本",
            why="the text says 250 本",
            evidence=[evidence(t, "250本", "count", "250", number=250.0, unit="本")],
        ),
        check(
            "new-year-remark",
            t,
            "quote",
            line=30,
            verdict="supported",
            value="新年の初めにトランプ大統領と直接言葉を交わし",
            claim_says="新年の初めにトランプ大統領と直接言葉を交わし",
            why="the words are in the text",
            evidence=[evidence(t, "新年の初めにトランプ大統領と直接言葉を交わし")],
        ),
        check(
            "pm-name",
            t,
            "name",
            line=33,
            verdict="supported",
            says="The prime minister is Sanae Takaichi.",
            value="高市早苗",
            claim_says="高市早苗 (or 高市, 高市氏, Sanae Takaichi, Takaichi)",
            why="高市早苗 is the name",
            tags=["names"],
            evidence=[evidence(t, "高市早苗", "name", "高市早苗")],
        ),
        check(
            "pm-name",
            m,
            "name",
            line=33,
            verdict="supported",
            says="The prime minister is Sanae Takaichi.",
            value="高市早苗",
            claim_says="高市早苗 (or 高市, 高市氏, Sanae Takaichi, Takaichi)",
            why="高市早苗 is the name",
            tags=["names"],
            evidence=[evidence(m, "高市早苗", "name", "高市早苗")],
        ),
        check(
            "pm-name",
            s,
            "name",
            line=33,
            verdict="refuted",
            expected="refuted",
            says="The prime minister is Sanae Takaichi.",
            value="高市早苗",
            claim_says="高市早苗 (or 高市, 高市氏, Sanae Takaichi, Takaichi)",
            why="佐菜江・貴坂内 is neither the name nor an alias",
            tags=["names"],
            note="Known error: this AI report garbles the name.",
            evidence=[evidence(s, "佐菜江・貴坂内", "name", "佐菜江・貴坂内")],
        ),
        check(
            "previous-call",
            t,
            "when",
            line=40,
            verdict="supported",
            value="2025-11-25",
            claim_says="2025-11-25 (that day)",
            interval=interval_record(when("2025-11-25")),
            why="the text's day is the claimed day",
            evidence=[
                evidence(
                    t,
                    "11月25日",
                    "when",
                    "2025-11-25",
                    interval=when("2025-11-25"),
                    note="year-less; 前回 points back → 2025",
                )
            ],
        ),
        check(
            "tokyo-summit",
            t,
            "when",
            line=44,
            verdict="refuted",
            says="The first Tokyo summit was on 27 October 2025.",
            value="2025-10-27",
            claim_says="2025-10-27 (that day)",
            interval=interval_record(when("2025-10-27")),
            why="the two days differ",
            message=(
                "tokyo-summit in takaichi-trump-call: refuted (expected supported)\n"
                "    Sentence:   【2025年10月28日】、日本のサナエ・高市首相と…\n"
                "    Text says:  2025年10月28日 → 2025-10-28\n"
                "    Claim says: 2025-10-27\n    Why:        the two days differ"
            ),
            evidence=[
                evidence(
                    t,
                    "2025年10月28日",
                    "when",
                    "2025-10-28",
                    interval=when("2025-10-28"),
                )
            ],
        ),
        check(
            "sakura-gift",
            t,
            "when",
            line=48,
            verdict="supported",
            says="Japan gave the cherry trees in 1912.",
            value="1912",
            claim_says="1912 (the year)",
            interval=interval_record(when("1912")),
            why="the text's year is the claimed year",
            evidence=[evidence(t, "1912年", "when", "1912", interval=when("1912"))],
        ),
        check(
            "trump-xi-call",
            x,
            "when",
            line=52,
            verdict="supported",
            value="2025-11-24",
            claim_says="2025-11-24 (that day)",
            interval=interval_record(when("2025-11-24")),
            why="Monday before published 2025-11-25 is 24 November",
            evidence=[
                evidence(
                    x,
                    "Monday",
                    "when",
                    "2025-11-24",
                    interval=when("2025-11-24"),
                    note="weekday anchored on published 2025-11-25",
                )
            ],
        ),
        relation(
            "us-visit",
            "before",
            "china-trip",
            60,
            "supported",
            when("../2026-03-late"),
            when("2026-04"),
            [t, m, s],
            "“by late March” ends before April begins",
        ),
        relation(
            "previous-call",
            "after",
            "call-date",
            61,
            "refuted",
            when("2025-11-25"),
            when("2026-01-02"),
            [t],
            "25 November 2025 is before 2 January 2026, not after",
            message=(
                "previous-call after call-date: refuted (expected "
                "supported)\n    Why:        25 November 2025 is before "
                "2 January 2026, not after"
            ),
        ),
        relation(
            "sakura-gift",
            "before",
            "call-date",
            62,
            "supported",
            when("1912"),
            when("2026-01-02"),
            [t],
            "1912 ends before 2026",
        ),
        relation(
            "busan-meeting",
            "before",
            "trump-xi-call",
            63,
            "supported",
            when("2025-10-30"),
            when("2025-11-24"),
            [x],
            "25 days is nearly one month (75–100%)",
            gap_hedge="nearly",
            gap_s=2592000.0,
            left_from="claim value",
        ),
        relation(
            "independence",
            "before",
            "sakura-gift",
            64,
            "supported",
            when("1776"),
            when("1912"),
            [t],
            "1776 ends before 1912",
            left_from="claim value",
        ),
        check(
            "weekday-date",
            s,
            "weekday-date",
            line=9,
            verdict="supported",
            ctype="lint",
            file="fixtures/state-guest-plan.md",
            claim_says="no weekday contradicts a date",
            why="the text names no date beside its weekday",
        ),
        check(
            "unknown-source",
            None,
            "problem",
            line=3,
            verdict=None,
            expected=None,
            ctype="problem",
            file="claims/broken.yaml",
            nodeid="claims/broken.yaml::problem-1",
            column=12,
            why="unknown source id 'state-guest-plna'",
            message=(
                "claims/broken.yaml:3:12: unknown source id "
                "'state-guest-plna'\n    Found:    state-guest-plna\n"
                "    Expected: one of march-visit-plan, state-guest-plan, "
                "takaichi-trump-call, xi-trump-call\n"
                "    Fix:      correct the id, or add "
                "fixtures/state-guest-plna.md"
            ),
        ),
    ]


def relation(
    left: str,
    op: str,
    right: str,
    line: int,
    verdict: str,
    left_i: Interval,
    right_i: Interval,
    sources: list[str],
    why: str,
    *,
    gap_hedge: str | None = None,
    gap_s: float | None = None,
    left_from: str = "sources",
    message: str = "",
) -> dict[str, Any]:
    """A relation check between two claims of claims/call.yaml."""
    text = f"{left} {op} {right}"
    return check(
        text,
        None,
        op,
        line=line,
        verdict=verdict,
        ctype="relation",
        sources=sources,
        nodeid=f"claims/call.yaml::{left}-{op}-{right}",
        claim_says=text,
        why=why,
        message=message,
        interval=interval_record(left_i.hull(right_i)),
        relation={
            "left": left,
            "op": op,
            "right": right,
            "gap_hedge": gap_hedge,
            "gap_s": gap_s,
            "left_interval": interval_record(left_i),
            "right_interval": interval_record(right_i),
            "left_from": left_from,
            "right_from": "sources",
        },
    )


def sample_names() -> list[dict[str, Any]]:
    """The prime minister's name as three texts write it."""
    return [
        {
            "person": "高市早苗",
            "source": "takaichi-trump-call",
            "variant": "高市早苗",
            "matches": True,
            "claim": "pm-name",
        },
        {
            "person": "高市早苗",
            "source": "march-visit-plan",
            "variant": "高市早苗",
            "matches": True,
            "claim": "pm-name",
        },
        {
            "person": "高市早苗",
            "source": "state-guest-plan",
            "variant": "佐菜江・貴坂内",
            "matches": False,
            "claim": "pm-name",
        },
    ]


CREATED = datetime(2026, 1, 10, 0, 15, tzinfo=UTC)


def sample_document() -> dict[str, Any]:
    """The demo-sized results document."""
    return results_document(
        suite_record(), sample_checks(), sample_names(), created=CREATED
    )


def scaled_document(copies: int) -> dict[str, Any]:
    """``copies`` claim files of the sample's checks (ids suffixed per copy)."""
    base = sample_checks()
    suite = suite_record()
    checks: list[dict[str, Any]] = []
    for n in range(copies):
        path = f"claims/call-{n:03d}.yaml" if n else "claims/call.yaml"
        if n:
            suite["claim_files"].append(
                {"path": path, "sha256": sha(path), "topic": f"Follow-up {n}"}
            )
        for record in base:
            clone = copy.deepcopy(record)
            if n and clone["file"] == "claims/call.yaml":
                clone["file"] = path
                clone["nodeid"] = clone["nodeid"].replace("claims/call.yaml", path)
            checks.append(clone)
    return results_document(suite, checks, sample_names(), created=CREATED)
