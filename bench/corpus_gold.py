"""Read the generated corpus and count the gold mentions an engine finds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.engines import Engine
from bench.found import Found, Target, duration_seconds, matches

CORPUS = Path(__file__).resolve().parent / "corpus"
DATE_KINDS = ("when", "weekday")


@dataclass(frozen=True)
class GoldMention:
    start: int  # offsets into the article text
    end: int
    kind: str
    value: str

    def target(self) -> Target:
        if self.kind in DATE_KINDS:
            return Target("when", alternatives=(self.value,))
        if self.kind == "duration":
            return Target("duration", seconds=duration_seconds(self.value))
        return Target("count", number=float(self.value))


@dataclass(frozen=True)
class Article:
    text: str
    published: datetime
    gold: tuple[GoldMention, ...]
    unannotated: tuple[tuple[int, int], ...]


def load_corpus(lang: str, folder: Path | None = None) -> list[Article]:
    """The articles of ``<lang>.txt`` with their gold, offsets made article-relative."""
    folder = folder or CORPUS
    text = (folder / f"{lang}.txt").read_text(encoding="utf-8")
    records = [
        json.loads(line)
        for line in (folder / f"{lang}.gold.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    mentions = [m for r in records if "s" in r for m in r["gold"]]
    out = []
    for r in records:
        if "article" not in r:
            continue
        a, b = r["article"]
        gold = tuple(
            GoldMention(m[0] - a, m[1] - a, m[2], m[3])
            for m in mentions
            if a <= m[0] < b
        )
        spans = tuple((s - a, e - a) for s, e in r["unannotated"])
        out.append(
            Article(text[a:b], datetime.fromisoformat(r["published"]), gold, spans)
        )
    return out


def _overlaps(f: Found, start: int, end: int) -> bool:
    return f.start < end and start < f.end


def tally(
    engine: Engine,
    articles: Sequence[Article],
    lang: str,
    misses: list[str] | None = None,
) -> dict[str, Any]:
    """found, correct (overall and per kind), gold counts, stray date mentions.

    Gold mentions not found are described in ``misses`` when a list is given.
    """
    counts: dict[str, Any] = {"found": 0, "correct": 0, "gold": 0, "stray_when": 0}
    for kind in ("when", "duration", "count"):
        counts[f"correct_{kind}"] = 0
        counts[f"gold_{kind}"] = 0
    for article in articles:
        found = engine.find(article.text, lang, article.published)
        counts["found"] += len(found)
        for g in article.gold:
            kind = "when" if g.kind in DATE_KINDS else g.kind
            counts["gold"] += 1
            counts[f"gold_{kind}"] += 1
            target = g.target()
            if any(_overlaps(f, g.start, g.end) and matches(target, f) for f in found):
                counts["correct"] += 1
                counts[f"correct_{kind}"] += 1
            elif misses is not None:
                misses.append(_miss(article, g, found))
        dates = [g for g in article.gold if g.kind in DATE_KINDS]
        for f in found:
            if f.kind not in DATE_KINDS:
                continue
            if any(_overlaps(f, s, e) for s, e in article.unannotated):
                continue
            if not any(_overlaps(f, g.start, g.end) for g in dates):
                counts["stray_when"] += 1
    return counts


def _miss(article: Article, gold: GoldMention, found: Sequence[Found]) -> str:
    near = [f.describe() for f in found if _overlaps(f, gold.start, gold.end)]
    a = max(0, gold.start - 40)
    context = article.text[a : gold.end + 30].replace("\n", " ")
    said = article.text[gold.start : gold.end]
    return (
        f"published {article.published:%Y-%m-%d %H:%M}  {context}\n"
        f"    expected {gold.kind} {said!r} → {gold.value}"
        f"; ours: {'; '.join(near) or 'found nothing'}"
    )
