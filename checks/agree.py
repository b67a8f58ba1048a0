"""``agree`` claims: one check across sources, whose values must be compatible.

Nothing is claimed; each source's value near the anchor is found as for any
claim, and every pair of sources must have a compatible pair of values
(overlapping intervals, numbers within tolerance, the same name or aliases).
"""

from __future__ import annotations

from collections.abc import Sequence

from checks.model import Claim, Interval, Mention, Outcome, Verdict
from checks.text.document import Document
from checks.verdicts import KIND_WORDS, anchors, evidence_for


def agree_values(claim: Claim, doc: Document) -> list[Mention]:
    """The mentions of the agreed kind near the claim's anchor in one source."""
    sentences = doc.anchored(claim.about)
    if not sentences:
        return []
    if claim.value == "name":
        from checks.normalise.names import mentions_for_role

        names = doc.in_sentences(doc.names, sentences)
        return mentions_for_role(names, claim.about) if claim.about else names
    kind = str(claim.value)
    relevant = [
        m
        for m in doc.in_sentences(doc.mentions(claim.published), sentences)
        if m.kind == kind and (kind != "count" or _unit_ok(claim, m))
    ]
    return doc.nearest_to_anchor(relevant, sentences, claim.about)


def _unit_ok(claim: Claim, m: Mention) -> bool:
    from checks.normalise.quantities import unit_matches

    return unit_matches(claim.unit, m.unit)


def compatible(kind: str, a: Mention, b: Mention, claim: Claim) -> bool:
    """Whether two sources' values can both be true (symmetric)."""
    if kind == "when":
        return (
            a.interval is not None
            and b.interval is not None
            and a.interval.overlaps(b.interval)
        )
    if kind == "name":
        from checks.normalise.names import name_matches

        return name_matches(a.value, b.value) or any(
            name_matches(a.value, x) and name_matches(b.value, y)
            for x in (*claim.aliases, str(claim.value))
            for y in (*claim.aliases, str(claim.value))
        )
    from checks.normalise.quantities import judge_quantity

    if a.number is None or b.number is None:
        return False
    forward, _ = judge_quantity(
        a.number, approx=a.hedge == "approx", tolerance=claim.tolerance, mention=b
    )
    backward, _ = judge_quantity(
        b.number, approx=b.hedge == "approx", tolerance=claim.tolerance, mention=a
    )
    return Verdict.REFUTED not in (forward, backward)


def check_agree(claim: Claim, docs: Sequence[Document]) -> Outcome:
    """One check across all sources: the values found must be pairwise compatible."""
    kind = str(claim.value)
    found: dict[str, list[Mention]] = {}
    for doc in docs:
        values = agree_values(claim, doc)
        if values:
            found[doc.id] = values
    evidence = tuple(
        evidence_for(doc, m) for doc in docs for m in found.get(doc.id, [])[:3]
    )
    if len(found) < 2:
        have = ", ".join(found) or "none"
        return Outcome(
            Verdict.UNVERIFIABLE,
            f"fewer than two sources mention a {KIND_WORDS.get(kind, kind)} "
            f"near {anchors(claim)} (found in: {have})",
            evidence,
            f"the sources agree on the {KIND_WORDS.get(kind, kind)}",
        )
    ids = sorted(found)
    conflicts = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if not any(
                compatible(kind, x, y, claim) for x in found[a] for y in found[b]
            ):
                conflicts.append(
                    f"{a} ({', '.join(m.value for m in found[a])}) vs "
                    f"{b} ({', '.join(m.value for m in found[b])})"
                )
    says = f"the sources agree on the {KIND_WORDS.get(kind, kind)}"
    if conflicts:
        return Outcome(
            Verdict.REFUTED, "values disagree: " + "; ".join(conflicts), evidence, says
        )
    return Outcome(
        Verdict.SUPPORTED,
        f"{len(found)} sources mention compatible values",
        evidence,
        says,
        interval=agreed_interval(kind, found),
    )


def agreed_interval(kind: str, found: dict[str, list[Mention]]) -> Interval | None:
    """Where an agreed date may lie: the intersection of what every source says."""
    if kind != "when":
        return None
    from checks.relations import relation_interval

    per_source = []
    for mentions in found.values():
        hull: Interval | None = None
        for m in mentions:
            if m.interval is not None:
                hull = m.interval if hull is None else hull.hull(m.interval)
        if hull is not None:
            per_source.append(hull)
    return relation_interval(per_source) if per_source else None
