"""Build the benchmark corpus: ~200 KB of Japanese and of English news-style text.

    python bench/make_corpus.py [--size BYTES] [--seed N] [--out DIR]

Deterministic (seeded).  Writes ``<lang>.txt`` (articles separated by a blank
line) and ``<lang>.gold.jsonl`` with two kinds of line:

* ``{"s": [start, end], "gold": [[start, end, kind, value, (hedge)], ...]}`` — a
  generated sentence and the mentions inserted in it (offsets into the file);
* ``{"article": [start, end], "published": "...", "unannotated": [[s, e], ...]}``
  — an article, its reference time, and the sentences borrowed from the seed
  article or the peer gold files (their mentions are not listed).

Generated sentences missing from the ``s`` lines hold no mention on purpose.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus_en, corpus_ja
from bench.corpus_base import Part, Rendered, render
from bench.gold import GOLD_DIR, read_rows

CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_TEXT = Path("/work/shared/seeds/000_30575fe05ac8c6d2.txt")
SIZE = 200_000
SEP = {"ja": "", "en": " "}
Maker = Callable[[random.Random, datetime], list[Part]]


def published_times(rng: random.Random) -> datetime:
    """A publication time between June 2025 and June 2026, 06:00–22:00."""
    day = datetime(2025, 6, 1) + timedelta(days=rng.randint(0, 395))
    return day.replace(hour=rng.randint(6, 22), minute=rng.choice([0, 15, 30, 45]))


def borrowed(lang: str, rng: random.Random) -> list[str]:
    """Sentences from the seed article and the peer gold files (not annotated)."""
    out: list[str] = []
    if lang == "ja" and SEED_TEXT.exists():
        body = SEED_TEXT.read_text(encoding="utf-8")
        out += [
            s + "。"
            for line in body.splitlines()
            for s in line.split("。")
            if len(s) > 12
        ]
    name, keep = (
        ("ja_recognizers.tsv", "DateTimeModel")
        if lang == "ja"
        else (
            "en_dateparser.tsv",
            "search_dates",
        )
    )
    if (GOLD_DIR / name).exists():
        rows = read_rows(name)
        texts = sorted(
            {
                r["text"].strip()
                for r in rows
                if keep in r.get("spec", r.get("method", "")) and len(r["text"]) > 20
            }
        )
        out += rng.sample(texts, min(len(texts), 60))
    return out


def build(lang: str, size: int, seed: int) -> tuple[str, list[dict[str, object]]]:
    """The corpus text and its gold records, about ``size`` bytes of UTF-8."""
    rng = random.Random(f"{seed}-{lang}")
    module = corpus_ja if lang == "ja" else corpus_en
    makers: Sequence[Maker] = module.SENTENCES
    extra = borrowed(lang, rng)
    text_parts: list[str] = []
    records: list[dict[str, object]] = []
    at = 0
    used = 0
    article = 0
    while used < size:
        article += 1
        published = published_times(rng)
        start = at
        head = module.title(rng) + "\n"
        text_parts.append(head)
        at += len(head)
        sentences: list[tuple[Rendered, bool]] = []
        borrowed_spans: list[list[int]] = []
        for _ in range(rng.randint(5, 11)):
            if extra and rng.random() < 0.06:
                sentences.append(
                    (Rendered(extra.pop(rng.randrange(len(extra))), ()), False)
                )
            else:
                sentences.append((render(rng.choice(makers)(rng, published)), True))
        for i, (sentence, annotated) in enumerate(sentences):
            lead = "" if i == 0 else SEP[lang]
            text_parts.append(lead)
            at += len(lead)
            gold = [
                [at + a, at + b, p.kind, p.value, *([p.hedge] if p.hedge else [])]
                for a, b, p in sentence.gold
            ]
            if not annotated:
                borrowed_spans.append([at, at + len(sentence.text)])
            elif gold:
                records.append({"s": [at, at + len(sentence.text)], "gold": gold})
            text_parts.append(sentence.text)
            at += len(sentence.text)
        records.append(
            {
                "article": [start, at],
                "published": published.isoformat(timespec="minutes"),
                "unannotated": borrowed_spans,
            }
        )
        text_parts.append("\n\n")
        at += 2
        used = len("".join(text_parts).encode("utf-8"))
    return "".join(text_parts), records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SIZE, help="bytes per language")
    parser.add_argument("--seed", type=int, default=20260103)
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in ("ja", "en"):
        text, records = build(lang, args.size, args.seed)
        (args.out / f"{lang}.txt").write_text(text, encoding="utf-8")
        lines = [
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records
        ]
        (args.out / f"{lang}.gold.jsonl").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
        mentions = sum(len(r.get("gold", [])) for r in records)  # type: ignore[misc, arg-type]
        print(
            f"{lang}: {len(text.encode('utf-8')):,} bytes, {len(text):,} chars, "
            f"{mentions} gold mentions -> {args.out / (lang + '.txt')}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
