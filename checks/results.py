"""Engine objects → result records (the dicts of the results document).

The pytest layer calls these once per check; reporters read only the dicts
(``checks/schema/results.schema.json`` documents them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checks.errors import Problem
from checks.model import WEEKDAYS, Claim, Interval, Outcome, Relation, Verdict
from checks.report.records import evidence_record, interval_record
from checks.session import Texts


def _provenance(loaded: Any, texts: Texts, sources: Sequence[str]) -> dict[str, Any]:
    return {
        "claim_file_sha256": getattr(loaded, "sha256", ""),
        "sources": {
            s: texts.documents[s].sha256 for s in sources if s in texts.documents
        },
    }


def _value_text(claim: Claim) -> str | None:
    if claim.value is None:
        return None
    if claim.kind == "when" and claim.weekday is not None:
        return f"{claim.value} ({WEEKDAYS[claim.weekday]})"
    if claim.unit and claim.kind == "count":
        return f"{claim.value} {claim.unit}"
    return str(claim.value)


def check_record(
    *,
    nodeid: str,
    claim: Claim,
    source: str | None,
    outcome: Outcome,
    expected: Verdict,
    loaded: Any,
    texts: Texts,
) -> dict[str, Any]:
    """The record of a claim checked in one source, or of an agree claim."""
    sources = list(claim.sources) if source is None else [source]
    kind = f"agree:{claim.value}" if claim.kind == "agree" else claim.kind
    interval = claim.when if claim.when is not None else outcome.interval
    return {
        "nodeid": nodeid,
        "type": "agree" if claim.kind == "agree" else "claim",
        "file": claim.where.path,
        "line": claim.where.line,
        "claim": claim.id,
        "kind": kind,
        "source": source,
        "sources": list(claim.sources),
        "says": claim.says,
        "value": _value_text(claim),
        "claim_says": outcome.claim_says,
        "verdict": outcome.verdict.value,
        "expected": expected.value,
        "why": outcome.why,
        "evidence": [evidence_record(e, e.line) for e in outcome.evidence],
        "interval": interval_record(interval),
        "relation": None,
        "tags": list(claim.tags),
        "note": claim.note,
        "aliases": list(claim.aliases),
        "provenance": _provenance(loaded, texts, sources),
    }


def relation_record(
    *,
    nodeid: str,
    relation: Relation,
    outcome: Outcome,
    info: Mapping[str, Any],
    loaded: Any,
    texts: Texts,
    claims: Mapping[str, Claim],
) -> dict[str, Any]:
    """The record of a relation between two events."""
    sources = sorted(
        {s for cid in (relation.left, relation.right) for s in claims[cid].sources}
    )
    left = info.get("left_interval")
    right = info.get("right_interval")
    return {
        "nodeid": nodeid,
        "type": "relation",
        "file": relation.where.path,
        "line": relation.where.line,
        "claim": relation.text,
        "kind": relation.op,
        "source": None,
        "sources": sources,
        "says": relation.text,
        "value": relation.text,
        "claim_says": relation.text,
        "verdict": outcome.verdict.value,
        "expected": relation.expect.value,
        "why": outcome.why,
        "evidence": [],
        "interval": None,
        "relation": {
            "left": relation.left,
            "op": relation.op,
            "right": relation.right,
            "gap_hedge": relation.gap_hedge,
            "gap_s": relation.gap,
            "left_interval": interval_record(
                left if isinstance(left, Interval) else None
            ),
            "right_interval": interval_record(
                right if isinstance(right, Interval) else None
            ),
            "left_from": str(info.get("left_from", "")),
            "right_from": str(info.get("right_from", "")),
            "left_says": claims[relation.left].says,
            "right_says": claims[relation.right].says,
        },
        "tags": list(relation.tags),
        "note": relation.note,
        "provenance": _provenance(loaded, texts, sources),
    }


def problem_record(nodeid: str, problem: Problem) -> dict[str, Any]:
    """The record of bad input."""
    return {
        "nodeid": nodeid,
        "type": "problem",
        "file": problem.where.path,
        "line": problem.where.line,
        "claim": problem.code or "problem",
        "kind": "problem",
        "source": None,
        "sources": [],
        "says": problem.title,
        "value": None,
        "claim_says": "",
        "verdict": None,
        "expected": None,
        "why": problem.title,
        "evidence": [],
        "interval": None,
        "relation": None,
        "tags": [],
        "note": problem.fix,
        "provenance": {"claim_file_sha256": "", "sources": {}},
    }


def lint_record(
    nodeid: str, doc: Any, findings: Sequence[tuple[int, int, Any]]
) -> dict[str, Any]:
    """The record of a text's calendar lint."""
    from checks.model import Evidence, Mention

    evidence = []
    for start, end, finding in findings:
        sentence = doc.sentence_at(start)
        mention = Mention(
            "when", start, end, doc.body[start:end], finding.code, note=finding.message
        )
        ev = Evidence(
            doc.id,
            sentence.text if sentence else doc.body[start:end],
            sentence.start if sentence else start,
            mention,
            doc.line_of(start),
        )
        evidence.append(evidence_record(ev, ev.line))
    path = doc.path.name if doc.path is not None else doc.id
    return {
        "nodeid": nodeid,
        "type": "lint",
        "file": nodeid.split("::")[0],
        "line": doc.body_line,
        "claim": "calendar-lint",
        "kind": "lint",
        "source": doc.id,
        "sources": [doc.id],
        "says": f"the dates in {path} are consistent",
        "value": None,
        "claim_says": "no impossible date; no weekday or era year at odds with it",
        "verdict": "refuted" if findings else "supported",
        "expected": "supported",
        "why": "; ".join(f.message for _, _, f in findings) or "no calendar problems",
        "evidence": evidence,
        "interval": None,
        "relation": None,
        "tags": [],
        "note": None,
        "provenance": {"claim_file_sha256": "", "sources": {doc.id: doc.sha256}},
    }
