"""The lines pytest prints at the end of a claims run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checks.report.baseline import BaselineResult
from checks.report.records import is_unexpected

VERDICT_ORDER = ("supported", "refuted", "unverifiable", "problem")


def terminal_summary(doc: Mapping[str, Any], written: Mapping[str, str]) -> list[str]:
    """Counts, known errors caught, unexpected results, name drift, report paths.

    ``written`` maps a report's name (``html``, ``json``, ``sarif``) to its path.
    """
    summary = doc.get("summary", {})
    counts = summary.get("by_verdict", {})
    shown = [f"{counts[v]} {v}" for v in VERDICT_ORDER if counts.get(v)]
    shown += [f"{n} {v}" for v, n in counts.items() if v not in VERDICT_ORDER and n]
    lines = [
        f"claims: {summary.get('total', 0)} checks: " + (", ".join(shown) or "none"),
        f"claims: {summary.get('passed', 0)} as expected, "
        f"{summary.get('failed', 0)} not as expected"
        + (
            f" ({summary['accepted']} accepted by the baseline)"
            if summary.get("accepted")
            else ""
        ),
        f"claims: {summary.get('known_errors_caught', 0)} known errors caught"
        " (expected refuted, found refuted)",
    ]
    unexpected = [c for c in doc.get("checks", []) if is_unexpected(c)]
    if unexpected:
        lines.append(f"claims: {len(unexpected)} unexpected results:")
        for c in unexpected:
            found = "problem" if c.get("type") == "problem" else c.get("verdict")
            expected = f" (expected {c['expected']})" if c.get("expected") else ""
            lines.append(f"  {c.get('nodeid')}: {found}{expected}: {c.get('why')}")
    drift = {
        (str(n.get("source")), str(n.get("person")), str(n.get("variant")))
        for n in doc.get("names", [])
        if not n.get("matches")
    }
    for source, person, variant in sorted(drift):
        lines.append(f"claims: name drift: {source} writes {person} as {variant}")
    for name, path in written.items():
        lines.append(f"claims: {name} report written to {path}")
    return lines


def baseline_lines(result: BaselineResult, limit: int = 10) -> list[str]:
    """What a baseline run found: new, still accepted, fixed, and texts changed."""
    counts = result.counts()
    lines = [
        f"claims: baseline: {counts['new']} new failures, {counts['accepted']} still"
        f" accepted, {counts['fixed']} fixed, {counts['changed']} with changed texts"
    ]
    stale = [("fixed", e) for e in result.fixed] + [
        ("text changed", e) for e in result.changed
    ]
    for why, entry in stale[:limit]:
        sources = ", ".join(sorted(entry.get("sources") or {})) or "no text"
        lines.append(f"  stale ({why}): {entry.get('claim')} in {sources}")
    if len(stale) > limit:
        lines.append(f"  … and {len(stale) - limit} more stale entries")
    if stale:
        lines.append(
            "  Run again with --claims-update-baseline to drop the stale entries."
        )
    return lines
