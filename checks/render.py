"""Plain-text messages for checks: what was found, what was claimed, and why."""

from __future__ import annotations

from collections.abc import Mapping

from checks.model import Claim, Evidence, Interval, Outcome, Relation, Verdict
from checks.text.document import Document

LABEL = 12  # width of the "Claim says: " column


def _row(label: str, value: str) -> str:
    return f"    {label + ':':<{LABEL}}{value}"


def headline(
    name: str, source: str | None, verdict: Verdict | None, expected: Verdict
) -> str:
    where = f" in {source}" if source else ""
    got = verdict.value if verdict else "no verdict"
    return f"{name}{where}: {got} (expected {expected.value})"


def evidence_rows(ev: Evidence, doc: Document | None) -> list[str]:
    from checks.verdicts import describe

    rows = [_row("Sentence", _clip(ev.marked()))]
    if ev.mention is not None and ev.mention.kind not in ("quote", "text"):
        rows.append(_row("Text says", describe(ev.mention)))
    if ev.line is not None and doc is not None and doc.path is not None:
        rows.append(_row("At", f"{doc.path.parent.name}/{doc.path.name}:{ev.line}"))
    return rows


def claim_message(
    claim: Claim,
    source: str | None,
    outcome: Outcome,
    docs: Mapping[str, Document],
) -> str:
    """The failure message of a claim check (STYLE.md's shape)."""
    lines = [headline(claim.id, source, outcome.verdict, claim.expected(source or "*"))]
    if claim.says:
        lines.append(_row("Claim", claim.says))
    if claim.kind == "agree":
        for ev in outcome.evidence:
            lines.append(f"  [{ev.source}]")
            lines.extend(evidence_rows(ev, docs.get(ev.source)))
    else:
        for ev in outcome.evidence[:3]:
            lines.extend(evidence_rows(ev, docs.get(ev.source)))
    lines.append(_row("Claim says", outcome.claim_says))
    lines.append(_row("Why", outcome.why))
    if claim.note:
        lines.append(_row("Note", claim.note))
    return "\n".join(lines)


def relation_message(
    relation: Relation, outcome: Outcome, info: Mapping[str, object]
) -> str:
    lines = [headline(relation.text, None, outcome.verdict, relation.expect)]
    for side in ("left", "right"):
        name = relation.left if side == "left" else relation.right
        interval = info.get(f"{side}_interval")
        shown = interval.render() if isinstance(interval, Interval) else "unknown"
        origin = info.get(f"{side}_from")
        lines.append(_row(side.capitalize(), f"{name} = {shown}  ({origin})"))
    lines.append(_row("Why", outcome.why))
    if relation.note:
        lines.append(_row("Note", relation.note))
    return "\n".join(lines)


def _clip(text: str, width: int = 120) -> str:
    """One line, cut around the 【marked】 mention when the sentence is long."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    mark = text.find("【")
    start = max(0, min(mark - width // 3, len(text) - width)) if mark >= 0 else 0
    clipped = text[start : start + width]
    return ("…" if start else "") + clipped + ("…" if start + width < len(text) else "")
