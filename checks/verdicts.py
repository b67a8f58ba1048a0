"""Claim × source → verdict, and ``agree`` claims across sources.

The rules are the spec's section 3: a mention near the anchor that implies the
claim makes it *supported*; mentions of that kind that are all incompatible
make it *refuted*; anything else (no anchor, no mention, only vaguer mentions)
is *unverifiable*, and the reason says which.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from checks.model import WEEKDAYS, Claim, Evidence, Interval, Mention, Outcome, Verdict
from checks.text.document import Document, Sentence

KIND_WORDS = {
    "when": "date",
    "weekday": "weekday",
    "duration": "duration",
    "count": "count",
    "name": "name",
}


@dataclass(frozen=True)
class Judged:
    """One mention and what it says about the claim."""

    mention: Mention
    verdict: Verdict
    reason: str


def check(claim: Claim, doc: Document) -> Outcome:
    """The verdict of one claim in one source."""
    if claim.kind in ("quote", "text"):
        return _check_phrase(claim, doc)
    sentences = doc.anchored(claim.about)
    if not sentences:
        return _no_anchor(claim, doc)
    judged = _judge_all(claim, doc, sentences)
    if not judged:
        word = KIND_WORDS.get(claim.kind, claim.kind)
        near = f" near {anchors(claim)}" if claim.about else ""
        why = f"the text has no {word}{near}"
        unresolved = _unresolved(claim, doc, sentences)
        if unresolved:
            why += (
                f"; {unresolved} is relative and the text has no published time: "
                "add `published:` to its front matter or to the claim"
            )
        return Outcome(
            Verdict.UNVERIFIABLE,
            why,
            tuple(
                Evidence(doc.id, s.text, s.start, None, doc.line_of(s.start))
                for s in sentences[:3]
            ),
            claim_says(claim),
        )
    return _decide(claim, doc, judged)


_DATED = ("when", "weekday")


def _unresolved(claim: Claim, doc: Document, sentences: Sequence[Sentence]) -> str:
    """A relative word near the anchor left unresolved for want of a reference."""
    if claim.kind not in ("when", "weekday") or (claim.published or doc.published):
        return ""
    here = doc.in_sentences(doc.mentions(), sentences)
    words = [m.text for m in here if m.kind in _DATED and m.interval is None]
    return "「" + "」, 「".join(dict.fromkeys(words)) + "」" if words else ""


def claim_says(claim: Claim) -> str:
    """The claim's value in words, for messages."""
    if claim.kind == "when" and claim.when is not None:
        text = spell_interval(str(claim.value), claim.when)
        if claim.weekday is not None and claim.when.length != timedelta(days=1):
            text += f", a {WEEKDAYS[claim.weekday].capitalize()}"
        return text
    if claim.kind == "weekday" and claim.weekday is not None:
        return WEEKDAYS[claim.weekday].capitalize()
    if claim.kind in ("duration", "count"):
        text = str(claim.value)
        if claim.unit:
            text += f" {claim.unit}"
        if claim.approx:
            text = f"about {text}"
        if claim.tolerance is not None:
            tol = claim.tolerance
            text += (
                f" (±{tol.relative * 100:g}%)"
                if tol.relative is not None
                else f" (±{tol.absolute or 0:g})"
            )
        return text
    if claim.kind == "name":
        aliases = f" (or {', '.join(claim.aliases)})" if claim.aliases else ""
        return f"{claim.value}{aliases}"
    return str(claim.value)


def spell_interval(value: str, interval: Interval) -> str:
    """``2026-01-02 (Fri)``, or ``2026-03-late (2026-03-21 – 2026-03-31)``."""
    shown = interval.render()
    first, _, last = shown.partition(" – ")
    if first == last == value and interval.start is not None:
        return f"{value} ({interval.start.strftime('%a')})"
    return f"{value} ({shown})"


def describe(m: Mention) -> str:
    """What a mention means: ``金曜日 → 2026-01-02 (Fri) · latest Friday on …``."""
    if m.kind == "when" and m.interval is not None:
        meaning = spell_interval(m.value, m.interval)
    elif m.kind == "count" and m.unit:
        meaning = f"{m.value} {m.unit}"
    else:
        meaning = m.value
    parts = [f"{m.text} → {meaning}"]
    extras = [
        f"hedge: {m.hedge}" if m.hedge else "",
        f"bound: {m.bound}" if m.bound else "",
    ]
    if m.note and not m.note.startswith(m.text):
        extras.append(m.note)
    elif m.note:
        extras.append(m.note.split("→", 1)[-1].strip() if "→" in m.note else m.note)
    extras = [e for e in extras if e]
    if extras:
        parts.append("· " + "; ".join(extras))
    return " ".join(parts)


# --- per kind ---------------------------------------------------------------


def _judge_all(
    claim: Claim, doc: Document, sentences: Sequence[Sentence]
) -> list[Judged]:
    if claim.kind == "name":
        from checks.normalise.names import judge_name, mentions_for_role

        names = doc.in_sentences(doc.names, sentences)
        if claim.about:
            names = mentions_for_role(names, claim.about)
        return [
            Judged(m, *judge_name(str(claim.value), claim.aliases, m)) for m in names
        ]
    judge = _JUDGES[claim.kind]
    judged: dict[int, tuple[Verdict, str]] = {}
    relevant = []
    for m in doc.in_sentences(doc.mentions(claim.published), sentences):
        result = judge(claim, m)
        if result is None and claim.kind == "when" and claim.weekday is not None:
            result = _judge_weekday(claim, m) if m.kind == "weekday" else None
        if result is not None:
            judged[id(m)] = result
            relevant.append(m)
    near = doc.nearest_to_anchor(relevant, sentences, claim.about)
    return [Judged(m, *judged[id(m)]) for m in near]


def _judge_when(claim: Claim, m: Mention) -> tuple[Verdict, str] | None:
    if m.kind != "when" or m.interval is None or claim.when is None:
        return None
    c, t = claim.when, m.interval
    if c.contains(t):
        return Verdict.SUPPORTED, "the text's date lies within the claim's"
    if not c.overlaps(t):
        return Verdict.REFUTED, _disjoint_reason(c, t)
    if t.contains(c):
        return Verdict.UNVERIFIABLE, "the text is only vaguer than the claim"
    return Verdict.UNVERIFIABLE, "the text's interval only overlaps the claim's"


def _disjoint_reason(c: Interval, t: Interval) -> str:
    if t.length == c.length == timedelta(days=1):
        return "the two days differ"
    if t.end is not None and c.start is not None and t.end <= c.start:
        return "the text's date lies before the claimed one"
    return "the text's date lies after the claimed one"


def _judge_weekday(claim: Claim, m: Mention) -> tuple[Verdict, str] | None:
    if claim.weekday is None:
        return None
    if m.kind == "weekday" and m.weekday is not None:
        day = m.weekday
    elif (
        claim.kind == "weekday"
        and m.kind == "when"
        and m.interval is not None
        and m.interval.length == timedelta(days=1)
        and m.bound is None
        and m.interval.start is not None
    ):
        day = m.interval.start.weekday()
    else:
        return None
    if day == claim.weekday:
        return Verdict.SUPPORTED, f"the text says {WEEKDAYS[day].capitalize()}"
    return (
        Verdict.REFUTED,
        f"the text says {WEEKDAYS[day].capitalize()}, "
        f"not {WEEKDAYS[claim.weekday].capitalize()}",
    )


def _judge_quantity(claim: Claim, m: Mention) -> tuple[Verdict, str] | None:
    from checks.normalise.quantities import judge_quantity, unit_matches

    if m.kind != claim.kind or m.number is None or claim.number is None:
        return None
    if claim.kind == "count" and not unit_matches(claim.unit, m.unit):
        return None
    return judge_quantity(
        claim.number, approx=claim.approx, tolerance=claim.tolerance, mention=m
    )


_JUDGES: dict[str, Callable[[Claim, Mention], tuple[Verdict, str] | None]] = {
    "when": _judge_when,
    "weekday": _judge_weekday,
    "duration": _judge_quantity,
    "count": _judge_quantity,
}


def _decide(claim: Claim, doc: Document, judged: list[Judged]) -> Outcome:
    if claim.kind == "when" and claim.weekday is not None:
        return _decide_dated_weekday(claim, doc, judged)
    by = {v: [j for j in judged if j.verdict == v] for v in Verdict}
    if by[Verdict.SUPPORTED]:
        chosen = by[Verdict.SUPPORTED]
        return _outcome(claim, doc, Verdict.SUPPORTED, chosen, chosen[0].reason)
    if by[Verdict.UNVERIFIABLE]:
        chosen = by[Verdict.UNVERIFIABLE]
        return _outcome(claim, doc, Verdict.UNVERIFIABLE, chosen, chosen[0].reason)
    chosen = by[Verdict.REFUTED]
    reason = chosen[0].reason
    if len(chosen) > 1:
        reason += (
            f" (and {len(chosen) - 1} more mention(s) near the anchor disagree too)"
        )
    return _outcome(claim, doc, Verdict.REFUTED, chosen, reason)


def _decide_dated_weekday(claim: Claim, doc: Document, judged: list[Judged]) -> Outcome:
    """``when`` with ``weekday``: the date decides; a weekday written beside a
    supporting date that names another day refutes the claim."""
    dates = [j for j in judged if j.mention.kind == "when"]
    if not dates:
        return Outcome(
            Verdict.UNVERIFIABLE,
            f"the text has no date near {anchors(claim)}",
            tuple(evidence_for(doc, j.mention) for j in judged[:3]),
            claim_says(claim),
        )
    outcome = _decide(replace(claim, weekday=None), doc, dates)
    if outcome.verdict is not Verdict.SUPPORTED:
        return replace(outcome, claim_says=claim_says(claim))
    backing = [j.mention for j in dates if j.verdict is Verdict.SUPPORTED]
    wrong = [
        j
        for j in judged
        if j.mention.kind == "weekday"
        and j.verdict is Verdict.REFUTED
        and any(_beside(j.mention, m) for m in backing)
    ]
    if wrong:
        return _outcome(claim, doc, Verdict.REFUTED, wrong, wrong[0].reason)
    return replace(outcome, claim_says=claim_says(claim))


def _beside(a: Mention, b: Mention, gap: int = 3) -> bool:
    """Whether two mentions touch or overlap, give or take ``gap`` characters."""
    return a.start <= b.end + gap and b.start <= a.end + gap


def _outcome(
    claim: Claim, doc: Document, verdict: Verdict, judged: list[Judged], why: str
) -> Outcome:
    return Outcome(
        verdict,
        why,
        tuple(evidence_for(doc, j.mention) for j in judged[:5]),
        claim_says(claim),
    )


def evidence_for(doc: Document, m: Mention) -> Evidence:
    """The sentence around a mention, as evidence."""
    s = doc.sentence_at(m.start)
    if s is None:
        return Evidence(doc.id, m.text, m.start, m, doc.line_of(m.start))
    return Evidence(doc.id, s.text, s.start, m, doc.line_of(m.start))


def anchors(claim: Claim) -> str:
    """The claim's anchor phrases, quoted, for messages."""
    return " / ".join(f"'{a}'" for a in claim.about)


def _no_anchor(claim: Claim, doc: Document) -> Outcome:
    return Outcome(
        Verdict.UNVERIFIABLE,
        f"the anchor {anchors(claim)} is not in the text",
        (),
        claim_says(claim),
    )


# --- quote and text ---------------------------------------------------------


def _check_phrase(claim: Claim, doc: Document) -> Outcome:
    from checks.text.quotes import find_quote, find_text

    find = find_quote if claim.kind == "quote" else find_text
    body = doc.body
    if claim.about:
        # only the sentences that hold the anchor count
        sentences = doc.anchored(claim.about)
        if not sentences:
            return _no_anchor(claim, doc)
        rank = {Verdict.SUPPORTED: 2, Verdict.REFUTED: 1, Verdict.UNVERIFIABLE: 0}
        found = [
            (find(str(claim.value), s.text, lang=doc.lang), s.start) for s in sentences
        ]
        match, offset = max(found, key=lambda f: (rank[f[0].verdict], f[0].score))
    else:
        match, offset = find(str(claim.value), body, lang=doc.lang), 0
    evidence: tuple[Evidence, ...] = ()
    if match.start is not None and match.end is not None:
        start, end = match.start + offset, match.end + offset
        m = Mention(
            claim.kind, start, end, body[start:end], match.passage or body[start:end]
        )
        evidence = (evidence_for(doc, m),)
    return Outcome(
        match.verdict,
        match.why,
        evidence,
        str(claim.value),
        details={"score": match.score},
    )
