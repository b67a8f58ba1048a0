"""SARIF 2.1.0 for code-scanning tools: one result per failure or problem."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

RULE_TEXT = {
    "when": "A date in the claim files disagrees with a text",
    "weekday": "A weekday in the claim files disagrees with a text",
    "duration": "A duration in the claim files disagrees with a text",
    "count": "A count in the claim files disagrees with a text",
    "quote": "A quotation does not match the text's words",
    "name": "A name differs from the name the claim gives",
    "text": "A phrase claimed is not in the text",
    "problem": "The claim suite has bad input",
}


def rule_id(check: Mapping[str, Any]) -> str:
    """The value kind, the relation op, the lint code, or ``problem``."""
    if check.get("type") == "problem":
        return "problem"
    return str(check.get("kind") or "unknown")


def fingerprint(check: Mapping[str, Any]) -> str:
    """Stable across edits that move lines: claim id, kind, value and source."""
    parts = [
        check.get("claim"),
        check.get("kind"),
        check.get("value") or check.get("claim_says"),
        check.get("source") or ",".join(check.get("sources") or []),
    ]
    if check.get("type") == "problem":
        parts.append(check.get("why"))
    blob = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _rule(rid: str) -> dict[str, Any]:
    if rid in RULE_TEXT:
        text = RULE_TEXT[rid]
    elif rid.startswith("agree:"):
        text = f"The texts disagree on the {rid.removeprefix('agree:')} value"
    else:
        text = f"A check of kind {rid!r} did not come out as expected"
    return {
        "id": rid,
        "name": "".join(w.capitalize() for w in rid.replace(":", "-").split("-")),
        "shortDescription": {"text": text},
    }


def _location(path: str, line: int | None, column: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": path, "uriBaseId": "SUITEROOT"}
    }
    if line:
        region: dict[str, Any] = {"startLine": int(line)}
        if column:
            region["startColumn"] = int(column)
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(check: Mapping[str, Any], paths: Mapping[str, str]) -> dict[str, Any]:
    message = str(check.get("message") or check.get("why") or "did not pass")
    related = []
    for n, ev in enumerate(check.get("evidence") or []):
        path = paths.get(str(ev.get("source")))
        if not path:
            continue
        loc = _location(path, ev.get("line"))
        loc["id"] = n
        loc["message"] = {"text": str(ev.get("sentence") or ev.get("source"))}
        related.append(loc)
    result: dict[str, Any] = {
        "ruleId": rule_id(check),
        "level": "error",
        "message": {"text": message},
        "locations": [
            _location(str(check.get("file")), check.get("line"), check.get("column"))
        ],
        "partialFingerprints": {"claimFingerprint/v1": fingerprint(check)},
        "properties": {
            "nodeid": check.get("nodeid"),
            "verdict": check.get("verdict"),
            "expected": check.get("expected"),
            "source": check.get("source"),
        },
    }
    if related:
        result["relatedLocations"] = related
    if check.get("baseline") == "accepted":
        result["baselineState"] = "unchanged"
    elif check.get("baseline") == "new":
        result["baselineState"] = "new"
    return result


def to_sarif(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run: failures and problems, level error."""
    failures = [c for c in doc.get("checks", []) if not c.get("passed")]
    paths = {s["id"]: s["path"] for s in doc.get("suite", {}).get("sources", [])}
    rule_ids = sorted({rule_id(c) for c in failures})
    index = {rid: n for n, rid in enumerate(rule_ids)}
    results = []
    for check in failures:
        result = _result(check, paths)
        result["ruleIndex"] = index[result["ruleId"]]
        results.append(result)
    tool = doc.get("tool", {})
    root = str(doc.get("suite", {}).get("root") or "")
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": str(tool.get("name", "pytest-claims")),
                "version": str(tool.get("version", "0")),
                "rules": [_rule(rid) for rid in rule_ids],
            }
        },
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    if root.startswith("/"):
        run["originalUriBaseIds"] = {
            "SUITEROOT": {"uri": "file://" + root.rstrip("/") + "/"}
        }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
