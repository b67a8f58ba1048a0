"""Plain-text tables for the bench scripts' output."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, size: int, right: bool) -> str:
    gap = " " * max(0, size - width(text))
    return gap + text if right else text + gap


def table(
    header: Sequence[str], rows: Sequence[Sequence[object]], right: int = 1
) -> str:
    """Columns padded to width; columns from index ``right`` on are right-aligned."""
    cells = [[str(c) for c in header], *[[str(c) for c in r] for r in rows]]
    widths = [max(width(r[i]) for r in cells) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        parts = [_pad(c, widths[i], i >= right) for i, c in enumerate(r)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def pct(correct: int, total: int) -> str:
    """``12/15 80.0%``, or ``–`` when there is nothing to score."""
    if total == 0:
        return "–"
    return f"{correct}/{total} {100.0 * correct / total:.1f}%"
