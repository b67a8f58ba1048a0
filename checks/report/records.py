"""Plain records for the results document: the one thing every reporter reads.

The pytest plugin turns engine objects into JSON-ready dicts with these
functions; the HTML, SARIF, GitHub and baseline writers read only the dicts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import jsonschema

from checks.errors import ClaimsError
from checks.model import Evidence, Interval, Mention

FORMAT = "pytest-claims/results@1"
TOOL = "pytest-claims"


class ResultsDocumentError(ClaimsError, ValueError):
    """A file or object that is not a results document."""


def interval_record(interval: Interval | None) -> list[str | None] | None:
    """``[start, end]`` as ISO strings (``None`` for an open end), or ``None``."""
    if interval is None:
        return None
    return [_instant(interval.start), _instant(interval.end)]


def _instant(point: datetime | None) -> str | None:
    return None if point is None else point.isoformat()


def mention_record(m: Mention) -> dict[str, Any]:
    """A mention as a JSON-ready dict."""
    return {
        "kind": m.kind,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "value": m.value,
        "interval": interval_record(m.interval),
        "number": m.number,
        "unit": m.unit,
        "hedge": m.hedge,
        "bound": m.bound,
        "note": m.note or None,
    }


def evidence_record(e: Evidence, line: int | None) -> dict[str, Any]:
    """A piece of evidence; ``line`` is the fixture line (or ``e.line``)."""
    return {
        "source": e.source,
        "sentence": e.sentence,
        "sentence_start": e.sentence_start,
        "line": line if line is not None else e.line,
        "mention": None if e.mention is None else mention_record(e.mention),
    }


def check_kind(check: Mapping[str, Any]) -> str:
    """The value kind a check is grouped under (``agree:when`` → ``when``)."""
    kind = str(check.get("kind") or "")
    if check.get("type") == "relation":
        return "relation"
    return kind.removeprefix("agree:")


def check_sources(check: Mapping[str, Any]) -> list[str]:
    """Every source a check read: its ``source`` and its ``sources``."""
    found: list[str] = []
    for sid in [check.get("source"), *(check.get("sources") or [])]:
        if sid and sid not in found:
            found.append(str(sid))
    return found


def is_known_error(check: Mapping[str, Any]) -> bool:
    """Expected refuted and found refuted: an error the suite exists to catch."""
    return check.get("expected") == "refuted" and check.get("verdict") == "refuted"


def is_unexpected(check: Mapping[str, Any]) -> bool:
    """A failure that no baseline accepts."""
    return not check.get("passed") and check.get("baseline") != "accepted"


def summarise(checks: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts over all checks, as the document's ``summary``."""
    by_verdict: Counter[str] = Counter()
    by_source: dict[str, dict[str, int]] = {}
    by_kind: dict[str, dict[str, int]] = {}
    passed = 0
    for check in checks:
        ok = bool(check.get("passed"))
        passed += ok
        verdict = check.get("verdict")
        by_verdict["problem" if check.get("type") == "problem" else str(verdict)] += 1
        outcome = "passed" if ok else "failed"
        for sid in check_sources(check):
            by_source.setdefault(sid, {"passed": 0, "failed": 0})[outcome] += 1
        by_kind.setdefault(check_kind(check), {"passed": 0, "failed": 0})[outcome] += 1
    return {
        "total": len(checks),
        "passed": passed,
        "failed": len(checks) - passed,
        "by_verdict": dict(sorted(by_verdict.items())),
        "known_errors_caught": sum(is_known_error(c) for c in checks),
        "unexpected": sum(is_unexpected(c) for c in checks),
        "accepted": sum(
            1 for c in checks if not c.get("passed") and c.get("baseline") == "accepted"
        ),
        "problems": sum(1 for c in checks if c.get("type") == "problem"),
        "by_source": dict(sorted(by_source.items())),
        "by_kind": dict(sorted(by_kind.items())),
    }


def tool_version() -> str:
    """The installed package's version, or ``0+unknown`` from a bare checkout."""
    try:
        return version(TOOL)
    except PackageNotFoundError:
        return "0+unknown"


def results_document(
    suite: dict[str, Any],
    checks: list[dict[str, Any]],
    names: list[dict[str, Any]],
    *,
    created: datetime | None = None,
) -> dict[str, Any]:
    """The whole document, summary computed, failures marked ``new`` by default."""
    records = [_with_defaults(c) for c in checks]
    return {
        "format": FORMAT,
        "created": (created or datetime.now(UTC)).isoformat(timespec="seconds"),
        "tool": {"name": TOOL, "version": tool_version()},
        "suite": suite,
        "checks": records,
        "names": list(names),
        "summary": summarise(records),
    }


def _with_defaults(check: dict[str, Any]) -> dict[str, Any]:
    record = {
        "source": None,
        "sources": [],
        "says": None,
        "value": None,
        "claim_says": "",
        "message": "",
        "evidence": [],
        "interval": None,
        "relation": None,
        "tags": [],
        "note": None,
        "provenance": {"claim_file_sha256": None, "sources": {}},
        **check,
    }
    if record.get("baseline") is None and not record.get("passed"):
        record["baseline"] = "new"
    record.setdefault("baseline", None)
    return record


@cache
def results_schema() -> dict[str, Any]:
    """The JSON Schema of the document (``checks/schema/results.schema.json``)."""
    text = (
        resources.files("checks.schema")
        .joinpath("results.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_results(doc: Any) -> list[str]:
    """Every way ``doc`` breaks the schema, as ``path: message`` lines; [] if valid."""
    validator = jsonschema.Draft202012Validator(results_schema())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    return [f"{_path(e.absolute_path)}: {e.message}" for e in errors]


def _path(parts: Iterable[Any]) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
    return "$" + text


def load_results(text: str, origin: str = "the input") -> dict[str, Any]:
    """Parse and validate a results document, or raise ResultsDocumentError."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResultsDocumentError(
            f"{origin} is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
            " Expected a results document written by --claims-json."
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise ResultsDocumentError(
            f"{origin} is not a pytest-claims results document"
            f" (format: {found!r}, expected {FORMAT!r})."
            " Write one with: pytest --claims-json results.json"
        )
    problems = validate_results(doc)
    if problems:
        shown = "\n    ".join(problems[:5])
        more = f"\n    … and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise ResultsDocumentError(
            f"{origin} does not match the results schema:\n    {shown}{more}"
        )
    return doc
