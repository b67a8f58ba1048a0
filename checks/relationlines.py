"""Relation entries of a claim file → :class:`checks.model.Relation`, or problems.

Grammar (spec section 4)::

    <id> <op> <id> [by <hedge> <duration>]
    op    = before | after | during | overlaps | same-as
    hedge = exactly | about | nearly | at least | at most | within   (within = at most)

A missing hedge after ``by`` reads as ``exactly``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from checks import errors
from checks.claimfields import parse_duration, tag_problems, verdict_of
from checks.errors import Problem
from checks.model import Relation, Verdict, Where

Path = tuple[str | int, ...]
At = Callable[[Path], Where]

OPS = errors.RELATION_OPS
HEDGES = {
    "exactly": "exactly",
    "about": "about",
    "nearly": "nearly",
    "at least": "at-least",
    "at most": "at-most",
    "within": "at-most",
}
ENTRY_KEYS = ("relation", "expect", "note", "tags")
GAP_OPS = ("before", "after")


def parse_line(line: str) -> tuple[str, str, str, str | None, float | None] | str:
    """``(left, op, right, hedge, gap seconds)``, or a fix for a malformed line."""
    words = line.split()
    if len(words) < 3:
        return (
            "write two claim ids with a relation between them, "
            "e.g. `us-visit before china-trip`"
        )
    left, op, right, rest = words[0], words[1], words[2], words[3:]
    if op == "same" and right == "as" and len(words) >= 4:
        return "write 'same-as' with a hyphen"
    if op not in OPS:
        guess = errors.closest(op, OPS)
        if guess:
            return f"did you mean '{guess}'? write `{left} {guess} {right}`"
        return "put one of " + ", ".join(OPS) + " between the two claim ids"
    if not rest:
        return (left, op, right, None, None)
    if rest[0] != "by":
        return (
            f"a gap starts with `by`, e.g. `{left} {op} {right} by about 1 month`; "
            "anything else after the second id is not allowed"
        )
    if op not in GAP_OPS:
        return f"delete the gap: `by …` only fits before and after, not {op}"
    gap_words = rest[1:]
    hedge = "exactly"
    if len(gap_words) >= 2 and f"{gap_words[0]} {gap_words[1]}" in HEDGES:
        hedge, gap_words = HEDGES[f"{gap_words[0]} {gap_words[1]}"], gap_words[2:]
    elif gap_words and gap_words[0] in HEDGES:
        hedge, gap_words = HEDGES[gap_words[0]], gap_words[1:]
    elif (
        gap_words and not gap_words[0][:1].isdigit() and gap_words[0] not in ("a", "an")
    ):
        guess = errors.closest(gap_words[0], list(HEDGES))
        if guess:
            return (
                f"did you mean '{guess}'? write `by {guess} {' '.join(gap_words[1:])}`"
            )
    if not gap_words:
        return f"give the gap after `by`, e.g. `{left} {op} {right} by about 1 month`"
    gap_text = " ".join(gap_words)
    try:
        gap = parse_duration(gap_text)
    except (ValueError, ImportError):
        return f"write the gap '{gap_text}' as a duration, e.g. `3 days` or `1 month`"
    return (left, op, right, hedge, gap)


def read_relation(
    entry: Any,
    index: int,
    at: At,
    key_at: At,
    claim_kinds: Mapping[str, str],
    bad_claims: Collection[str],
) -> Relation | list[Problem]:
    """One entry of ``relations:``.  ``claim_kinds`` maps good claim ids to kinds."""
    path: Path = ("relations", index)
    where = at(path)
    line: Any = entry
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    owner = errors.owner_of_relation(entry if isinstance(entry, str) else None, index)
    if isinstance(entry, dict):
        line = entry.get("relation")
        owner = errors.owner_of_relation(line, index)
        for key in entry:
            if key not in ENTRY_KEYS:
                problems.append(
                    errors.unknown_key(key_at((*path, key)), owner, key, ENTRY_KEYS)
                )
        if line is None:
            problems.append(
                errors.missing_key(where, owner, "relation", "relation: a before b")
            )
        elif not isinstance(line, str):
            problems.append(
                errors.wrong_type(at((*path, "relation")), owner, "relation", line,
                                  "text", "relation: a before b")
            )  # fmt: skip
        else:
            where = at((*path, "relation"))
        if "expect" in entry:
            verdict = verdict_of(entry["expect"], at((*path, "expect")), owner)
            if isinstance(verdict, Problem):
                problems.append(verdict)
            else:
                fields["expect"] = verdict
        if "note" in entry:
            if isinstance(entry["note"], str):
                fields["note"] = entry["note"]
            else:
                problems.append(
                    errors.wrong_type(
                        at((*path, "note")),
                        owner,
                        "note",
                        entry["note"],
                        "text",
                        "note: why",
                    )
                )
        tags = entry.get("tags")
        if tags is not None:
            if isinstance(tags, list) and all(isinstance(t, str) for t in tags):
                problems.extend(tag_problems(tags, (*path, "tags"), at, owner))
                fields["tags"] = tuple(tags)
            else:
                problems.append(
                    errors.wrong_type(
                        at((*path, "tags")),
                        owner,
                        "tags",
                        tags,
                        "a list of words",
                        "tags: [wire]",
                    )
                )
    elif not isinstance(entry, str):
        problems.append(
            errors.wrong_type(where, owner, "relations", entry,
                              "a relation line or a mapping with `relation:`",
                              "- us-visit before china-trip")
        )  # fmt: skip
    if problems or not isinstance(line, str):
        return problems
    parsed = parse_line(line)
    if isinstance(parsed, str):
        return [errors.bad_relation(where, owner, " ".join(line.split()), parsed)]
    left, op, right, hedge, gap = parsed
    if left == right:
        fix = "name two different claims"
        return [errors.bad_relation(where, owner, " ".join(line.split()), fix)]
    unknown = [c for c in (left, right) if c not in claim_kinds and c not in bad_claims]
    if unknown:
        known = [*claim_kinds, *(c for c in bad_claims if c not in claim_kinds)]
        problems.append(errors.unknown_claim(where, owner, unknown, known))
    for claim_id in (left, right):
        if claim_id in bad_claims:
            problems.append(errors.relation_uses_bad_claim(where, owner, claim_id))
        elif claim_id in claim_kinds and claim_kinds[claim_id] not in (
            "when",
            "agree-when",
        ):
            problems.append(
                errors.relation_needs_date(
                    where, owner, claim_id, claim_kinds[claim_id]
                )
            )
    if problems:  # one problem per entry: they share its place in the file
        return problems[:1]
    return Relation(
        left=left,
        op=op,
        right=right,
        where=where,
        text=" ".join(line.split()),
        gap_hedge=hedge,
        gap=gap,
        expect=fields.get("expect", Verdict.SUPPORTED),
        note=fields.get("note"),
        tags=fields.get("tags", ()),
    )
