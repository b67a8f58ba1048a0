"""What the HTML page shows, computed from a results document (no markup here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from checks.report.records import (
    check_kind,
    check_sources,
    is_known_error,
    is_unexpected,
    summarise,
)

VERDICT_WORDS = {
    "supported": ("✓", "supported"),
    "refuted": ("✗", "refuted"),
    "unverifiable": ("?", "unverifiable"),
    None: ("!", "problem"),
}
TYPE_WORDS = {
    "claim": "claim",
    "agree": "the sources must agree",
    "relation": "order of events",
    "lint": "calendar check of a text",
    "problem": "problem in the suite files",
}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def lang_of(text: str | None) -> str | None:
    """``ja`` for text with kana or kanji, else None (the page is English)."""
    return "ja" if text and _CJK.search(text) else None


def short(sha: str | None) -> str:
    """The first 12 hex digits of a hash, as git shows them."""
    return (sha or "")[:12]


def when_words(iso: str | None) -> str:
    """``10 January 2026, 00:15 UTC`` from an ISO date-time."""
    if not iso:
        return "an unknown time"
    moment = datetime.fromisoformat(iso)
    zone = moment.tzname() or ""
    zone = "UTC" if zone in ("UTC", "UTC+00:00") else zone
    return f"{moment.day} {moment:%B %Y, %H:%M} {zone}".rstrip()


def title(doc: Mapping[str, Any]) -> str:
    """The page title from the suite's topics (or its claim files' names)."""
    files = doc["suite"].get("claim_files", [])
    topics = [f["topic"] for f in files if f.get("topic")]
    if not topics:
        names = [str(f["path"]).rsplit("/", 1)[-1].rsplit(".", 1)[0] for f in files]
        return f"Claim report: {', '.join(names)}" if names else "Claim report"
    shown = "; ".join(topics[:3])
    more = f" and {len(topics) - 3} more topics" if len(topics) > 3 else ""
    return f"Claim report: {shown}{more}"


def build(doc: Mapping[str, Any], link_base: str = "") -> dict[str, Any]:
    """Everything the template needs, in display order."""
    sources = {s["id"]: s for s in doc["suite"].get("sources", [])}
    summary = {**doc.get("summary", {}), **summarise(list(doc.get("checks", [])))}
    checks = [
        _check(i, c, sources, link_base) for i, c in enumerate(doc.get("checks", []))
    ]
    order = {f["path"]: n for n, f in enumerate(doc["suite"].get("claim_files", []))}
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for view in sorted(
        checks, key=lambda v: (order.get(v["file"], 999), v["file"], v["line"], v["n"])
    ):
        key = (view["file"], view["claim"] if view["type"] != "problem" else view["id"])
        group = groups.setdefault(
            key,
            {
                "file": view["file"],
                "claim": view["claim"],
                "line": view["line"],
                "says": view["says"] if view["says"] != view["claim"] else None,
                "value": view["value"] if view["value"] != view["claim"] else None,
                "type": view["type"],
                "type_words": TYPE_WORDS.get(view["type"], view["type"]),
                "kind": view["kind"],
                "note": view["note"],
                "tags": view["tags"],
                "link": view["link"],
                "where": view["where"],
                "checks": [],
            },
        )
        group["checks"].append(view)
    return {
        "title": title(doc),
        "created": when_words(doc.get("created")),
        "tool": doc.get("tool", {}),
        "summary": summary,
        "verdict_counts": _verdict_counts(summary),
        "unexpected": [v for v in checks if v["unexpected"]],
        "accepted": [v for v in checks if v["status"] == "accepted"],
        "known_errors": [v for v in checks if v["known_error"]],
        "groups": list(groups.values()),
        "checks": checks,
        "matrix": _matrix(checks, list(sources)),
        "names": _names(doc.get("names", []), sources),
        "sources": [
            dict(
                s,
                short=short(s.get("sha256")),
                lang_attr=s.get("lang") or lang_of(s.get("title")),
            )
            for s in sources.values()
        ],
        "claim_files": [
            dict(f, short=short(f.get("sha256")))
            for f in doc["suite"].get("claim_files", [])
        ],
        "root": doc["suite"].get("root", ""),
        "options": {
            "verdicts": sorted({v["verdict_word"] for v in checks}),
            "sources": sorted({s for v in checks for s in v["sources"]}),
            "kinds": sorted({v["group_kind"] for v in checks}),
            "tags": sorted({t for v in checks for t in v["tags"]}),
        },
    }


def _verdict_counts(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    counts = summary.get("by_verdict", {})
    rows = []
    for verdict in ("supported", "refuted", "unverifiable", None):
        symbol, word = VERDICT_WORDS[verdict]
        rows.append({"verdict": word, "symbol": symbol, "count": counts.get(word, 0)})
    return rows


def _check(
    n: int, c: Mapping[str, Any], sources: Mapping[str, Any], link_base: str
) -> dict[str, Any]:
    verdict = c.get("verdict")
    symbol, word = VERDICT_WORDS.get(verdict, VERDICT_WORDS[None])
    expected = c.get("expected")
    passed = bool(c.get("passed"))
    if passed:
        status, status_words = "passed", "as expected"
    elif c.get("baseline") == "accepted":
        status, status_words = "accepted", "known failure, accepted by the baseline"
    else:
        status, status_words = "failed", "unexpected"
    line = int(c.get("line") or 1)
    file = str(c.get("file"))
    text_parts = [
        c.get("claim"),
        c.get("says"),
        c.get("value"),
        c.get("why"),
        c.get("source"),
        c.get("note"),
        file,
    ]
    evidence = [_evidence(e, sources) for e in c.get("evidence") or []]
    text_parts += [e["sentence"] for e in evidence]
    source = c.get("source")
    return {
        "n": n,
        "id": f"check-{n + 1}",
        "nodeid": c.get("nodeid"),
        "type": c.get("type"),
        "file": file,
        "line": line,
        "where": f"{file}:{line}",
        "link": f"{link_base}{file}#L{line}",
        "claim": str(c.get("claim")),
        "kind": c.get("kind"),
        "group_kind": check_kind(c),
        "source": source,
        "source_title": (sources.get(source) or {}).get("title") if source else None,
        "sources": check_sources(c),
        "says": c.get("says"),
        "value": c.get("value"),
        "claim_says": c.get("claim_says") or "",
        "verdict": verdict,
        "verdict_word": word,
        "symbol": symbol,
        "expected": expected,
        "expected_word": VERDICT_WORDS.get(expected, ("", "—"))[1],
        "passed": passed,
        "status": status,
        "status_words": status_words,
        "unexpected": is_unexpected(c),
        "known_error": is_known_error(c),
        "why": c.get("why") or "",
        "message": c.get("message") or "",
        "evidence": evidence,
        "tags": list(c.get("tags") or []),
        "note": c.get("note"),
        "relation": c.get("relation"),
        "events": _events(c.get("relation")),
        "gap": _gap(c.get("relation")),
        "search": " ".join(str(p) for p in text_parts if p).lower(),
    }


def _evidence(e: Mapping[str, Any], sources: Mapping[str, Any]) -> dict[str, Any]:
    sentence = str(e.get("sentence") or "")
    mention = e.get("mention") or None
    before, marked, after = sentence, "", ""
    if mention:
        a = int(mention.get("start", 0)) - int(e.get("sentence_start", 0))
        b = int(mention.get("end", 0)) - int(e.get("sentence_start", 0))
        if not (0 <= a < b <= len(sentence)) or sentence[a:b] != mention.get("text"):
            a = sentence.find(str(mention.get("text")))
            b = a + len(str(mention.get("text")))
        if a >= 0 and mention.get("text"):
            before, marked, after = sentence[:a], sentence[a:b], sentence[b:]
    source = sources.get(str(e.get("source"))) or {}
    return {
        "source": e.get("source"),
        "line": e.get("line"),
        "path": source.get("path"),
        "lang": source.get("lang") or lang_of(sentence),
        "before": before,
        "marked": marked,
        "after": after,
        "sentence": sentence,
        "mention": mention,
        "interval": _interval_words(mention)
        if _interval_words(mention) != (mention or {}).get("value")
        else "",
    }


def _interval_words(mention: Mapping[str, Any] | None) -> str:
    if not mention or not mention.get("interval"):
        return ""
    start, end = mention["interval"]
    a = "…" if start is None else start[:10]
    b = "…" if end is None else _day_before(end)
    return a if a == b else f"{a} – {b}"


def _day_before(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    if moment.time() == datetime.min.time():
        return (moment - timedelta(days=1)).date().isoformat()
    return moment.isoformat(timespec="minutes")


def _matrix(checks: list[dict[str, Any]], source_ids: list[str]) -> dict[str, Any]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    used: set[str] = set()
    for view in checks:
        if view["type"] not in ("claim", "agree"):
            continue
        row = rows.setdefault(
            (view["file"], view["claim"]),
            {
                "claim": view["claim"],
                "file": view["file"],
                "cells": {},
            },
        )
        for sid in view["sources"]:
            row["cells"][sid] = view
            used.add(sid)
    columns = [s for s in source_ids if s in used] + sorted(used - set(source_ids))
    return {"columns": columns, "rows": list(rows.values())}


def _names(
    names: list[Mapping[str, Any]], sources: Mapping[str, Any]
) -> list[dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for record in names:
        person = people.setdefault(
            str(record["person"]), {"person": record["person"], "rows": [], "drift": 0}
        )
        person["rows"].append(
            {**record, "title": (sources.get(record["source"]) or {}).get("title")}
        )
        person["drift"] += not record.get("matches")
    return list(people.values())


def _events(relation: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The two sides of a relation: claim, its words, where it may lie."""
    if not relation:
        return []
    sides = []
    for side, label in (("left", "First event"), ("right", "Second event")):
        span = relation.get(f"{side}_interval")
        sides.append(
            {
                "label": label,
                "claim": relation.get(side),
                "says": relation.get(f"{side}_says"),
                "when": _interval_words({"interval": span}) or "not dated",
                "origin": relation.get(f"{side}_from") or "",
            }
        )
    return sides


def _gap(relation: Mapping[str, Any] | None) -> str:
    """``nearly 30 days`` from the relation's hedge and seconds."""
    if not relation or relation.get("gap_s") is None:
        return ""
    seconds = float(relation["gap_s"])
    if seconds >= 365 * 86400:
        amount = f"{seconds / (365 * 86400):.4g} years"
    elif seconds >= 86400:
        amount = f"{seconds / 86400:g} days"
    elif seconds >= 3600:
        amount = f"{seconds / 3600:g} hours"
    else:
        amount = f"{seconds / 60:g} minutes"
    hedge = str(relation.get("gap_hedge") or "exactly").replace("-", " ")
    return f"{hedge} {amount}"
