"""The name-drift table: how each source writes each person's name.

Given ``(person, source, mention)`` triples, where ``person`` is the canonical
name (or a claim id, with ``names`` mapping it to the canonical name), it lists
each distinct variant a source uses and whether it is the name or an alias.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from checks.model import Mention, Verdict
from checks.normalise.names import fold_name, judge_name


@dataclass(frozen=True)
class DriftRow:
    """One variant of one person's name in one source."""

    person: str  # the canonical name
    key: str  # what the rows were grouped by (claim id or canonical name)
    source: str
    variant: str  # the name as the source writes it (first spelling seen)
    role: str | None
    count: int  # how many mentions use this variant
    first_offset: int  # where the first one is, in the source's body
    matches: bool
    why: str


def name_drift(
    rows: Iterable[tuple[str, str, Mention]],
    aliases: Mapping[str, Sequence[str]] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[DriftRow]:
    """One row per person, source and variant, sorted by person then source.

    ``aliases`` and ``names`` are keyed like the triples' first element.
    """
    aliases = aliases or {}
    names = names or {}
    groups: dict[tuple[str, str, str], list[Mention]] = {}
    order: dict[str, int] = {}
    for key, source, mention in rows:
        order.setdefault(source, len(order))
        variant = fold_name(mention.value) or mention.value
        groups.setdefault((key, source, variant), []).append(mention)
    table = []
    for (key, source, _), mentions in groups.items():
        person = names.get(key, key)
        first = min(mentions, key=lambda m: m.start)
        verdict, why = judge_name(person, tuple(aliases.get(key, ())), first)
        table.append(
            DriftRow(
                person=person,
                key=key,
                source=source,
                variant=first.value,
                role=first.unit,
                count=len(mentions),
                first_offset=first.start,
                matches=verdict is Verdict.SUPPORTED,
                why=why,
            )
        )
    table.sort(key=lambda r: (r.person, order[r.source], r.first_offset))
    return table


def drifted(table: Sequence[DriftRow]) -> list[DriftRow]:
    """The rows whose variant is neither the name nor an alias."""
    return [row for row in table if not row.matches]


def drift_records(table: Sequence[DriftRow]) -> list[dict[str, object]]:
    """The rows as JSON-ready mappings (``person``, ``source``, ``variant``, …)."""
    return [
        {
            "person": row.person,
            "claim": row.key,
            "source": row.source,
            "variant": row.variant,
            "role": row.role,
            "count": row.count,
            "matches": row.matches,
            "why": row.why,
        }
        for row in table
    ]


def render_drift(table: Sequence[DriftRow]) -> str:
    """The table as plain text for the terminal, one block per person."""
    if not table:
        return "no names found"
    headers = ("source", "variant", "role", "n", "matches")
    lines: list[str] = []
    for person in dict.fromkeys(row.person for row in table):
        rows = [row for row in table if row.person == person]
        cells = [
            (
                row.source,
                row.variant,
                row.role or "",
                str(row.count),
                "yes" if row.matches else "NO",
            )
            for row in rows
        ]
        widths = [max(_width(c[i]) for c in [headers, *cells]) for i in range(5)]
        lines.append(person)
        for line in [headers, *cells]:
            padded = [
                _pad(text, width) for text, width in zip(line, widths, strict=True)
            ]
            lines.append("  " + "  ".join(padded).rstrip())
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns taken in a terminal: wide East Asian characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
