"""Accepted failures: a baseline file that lets a suite adopt the checker gradually.

A baseline lists failures by content (claim id, kind, claimed value, source
ids and the hash of each source's file), never by line, so moving a claim
within its file keeps it accepted, while an edit to the text makes the entry
stale: the failure shows again, for someone to look at.

File format (JSON, keys sorted, entries sorted by key)::

    {"format": "pytest-claims/baseline@1",
     "entries": [{"key": "<sha256>", "claim": "call-date", "kind": "when",
                  "value": "2026-01-02", "sources": {"state-guest-plan": "<sha256>"},
                  "file": "claims/call.yaml", "verdict": "refuted",
                  "expected": "supported", "why": "..."}]}

Problems with the suite files are never written to a baseline: they must be fixed.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks.errors import ClaimsError
from checks.report.records import check_sources, summarise

FORMAT = "pytest-claims/baseline@1"


class BaselineError(ClaimsError, ValueError):
    """A baseline file that cannot be used."""


@dataclass
class BaselineResult:
    """The document with failures marked, and what changed since the baseline."""

    doc: dict[str, Any]
    new: list[str] = field(default_factory=list)  # node ids
    accepted: list[str] = field(default_factory=list)  # node ids
    fixed: list[dict[str, Any]] = field(default_factory=list)  # entries
    changed: list[dict[str, Any]] = field(default_factory=list)  # entries

    @property
    def stale(self) -> list[dict[str, Any]]:
        """Entries to drop from the baseline: fixed, or their text changed."""
        return self.fixed + self.changed

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "accepted": len(self.accepted),
            "fixed": len(self.fixed),
            "changed": len(self.changed),
        }


def _fields(check: Mapping[str, Any]) -> dict[str, Any]:
    hashes = (check.get("provenance") or {}).get("sources") or {}
    return {
        "claim": str(check.get("claim")),
        "kind": str(check.get("kind")),
        "value": str(check.get("value") or check.get("claim_says") or ""),
        "sources": {sid: str(hashes.get(sid, "")) for sid in check_sources(check)},
    }


def _digest(parts: list[Any]) -> str:
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _identity(fields: Mapping[str, Any]) -> str:
    """The key without the texts' hashes: the same claim in the same sources."""
    return _digest(
        [fields["claim"], fields["kind"], fields["value"], sorted(fields["sources"])]
    )


def _key(fields: Mapping[str, Any]) -> str:
    return _digest(
        [
            fields["claim"],
            fields["kind"],
            fields["value"],
            sorted(fields["sources"].items()),
        ]
    )


def baseline_key(check: Mapping[str, Any]) -> str:
    """The content key of a check: claim, kind, value, source ids and their hashes."""
    return _key(_fields(check))


def baseline_entries(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """An entry for every failing check (problems excluded), sorted by key."""
    entries = {}
    for check in doc.get("checks", []):
        if check.get("passed") or check.get("type") == "problem":
            continue
        fields = _fields(check)
        entries[_key(fields)] = {
            "key": _key(fields),
            **fields,
            "file": check.get("file"),
            "verdict": check.get("verdict"),
            "expected": check.get("expected"),
            "why": check.get("why"),
        }
    return [entries[k] for k in sorted(entries)]


def write_baseline(doc: Mapping[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write the current failures as the accepted baseline."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "entries": baseline_entries(doc)}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    return out


def load_baseline(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a baseline file, or raise BaselineError saying what is wrong."""
    where = Path(path)
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"{where}: no such baseline file. Create it with: pytest"
            f" --claims-baseline {where} --claims-update-baseline"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{where}: cannot read it ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"{where}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    return check_baseline(data, str(where))


def check_baseline(data: Any, origin: str = "baseline") -> dict[str, Any]:
    """``data`` with its entries keyed by ``key``, or BaselineError.

    The file holds a sorted list; in memory the entries are a mapping from key
    to entry, so ``baseline_key(check) in baseline["entries"]`` is the lookup.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise BaselineError(
            f"{origin}: not a claims baseline (format: {found!r}, expected {FORMAT!r})"
        )
    entries = data.get("entries")
    if isinstance(entries, dict):
        entries = list(entries.values())
    if not isinstance(entries, list):
        raise BaselineError(f"{origin}: 'entries' must be a list")
    needed = ("key", "claim", "kind", "value", "sources")
    for n, entry in enumerate(entries):
        missing = [k for k in needed if not isinstance(entry, dict) or k not in entry]
        if missing:
            raise BaselineError(
                f"{origin}: entry {n + 1} lacks {', '.join(missing)}."
                " Write the file again with --claims-update-baseline"
            )
        if not isinstance(entry["sources"], dict):
            raise BaselineError(
                f"{origin}: entry {n + 1}: 'sources' must map ids to hashes"
            )
    return {**data, "entries": {e["key"]: e for e in entries}}


def is_accepted(check: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> bool:
    """True for a failure the baseline lists (problems are never accepted)."""
    if not baseline or check.get("passed") or check.get("type") == "problem":
        return False
    return baseline_key(check) in baseline["entries"]


def apply_baseline(
    doc: Mapping[str, Any], baseline: Mapping[str, Any]
) -> BaselineResult:
    """Mark failures as ``accepted`` or ``new``; find the stale entries."""
    entries: dict[str, dict[str, Any]] = check_baseline(dict(baseline))["entries"]
    marked = copy.deepcopy(dict(doc))
    result = BaselineResult(marked)
    failing_keys: set[str] = set()
    failing_ids: set[str] = set()
    for check in marked.get("checks", []):
        if check.get("passed"):
            check["baseline"] = None
            continue
        fields = _fields(check)
        key = _key(fields)
        failing_keys.add(key)
        failing_ids.add(_identity(fields))
        if key in entries and check.get("type") != "problem":
            check["baseline"] = "accepted"
            result.accepted.append(str(check.get("nodeid")))
        else:
            check["baseline"] = "new"
            result.new.append(str(check.get("nodeid")))
    for key, entry in sorted(entries.items()):
        if key in failing_keys:
            continue
        # same claim in the same sources, still failing: the text was edited
        if _identity(entry) in failing_ids:
            result.changed.append(entry)
        else:
            result.fixed.append(entry)
    marked["summary"] = summarise(marked.get("checks", []))
    return result
