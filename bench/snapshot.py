"""Snapshot of every mention the engine finds, to check a refactor changes none.

    python bench/snapshot.py save [FILE]      # before the change
    python bench/snapshot.py compare [FILE]   # after it: prints what differs

Reads the demo fixtures, both throughput corpora (whole, paragraph by
paragraph and article by article) and every peer-gold row, and records each
mention as a tuple of its fields.  A speed change should print "identical";
an accuracy change prints the texts whose mentions moved, old and new.
FILE defaults to bench/results/snapshot.pickle (not committed).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import os
import pickle
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus_gold import load_corpus  # noqa: E402
from checks.normalise import extract  # noqa: E402
from checks.text.frontmatter import SourceFile, read_source_file  # noqa: E402

DEFAULT = ROOT / "bench" / "results" / "snapshot.pickle"
GOLD = Path(os.environ.get("CLAIMS_PEER_GOLD", ROOT.parent / "shared" / "peer-gold"))
Case = tuple[tuple[str, ...], str, str, datetime | None]


def cases() -> Iterator[Case]:
    """(key, text, lang, published) for every text the snapshot reads."""
    for path in sorted((ROOT / "fixtures").glob("*.md")):
        source = read_source_file(path)
        if not isinstance(source, SourceFile):
            continue
        published = source.published
        if published is not None:
            published = published.replace(tzinfo=None)
        yield ("fixture", path.name), source.body, source.lang, published
    for lang in ("ja", "en"):
        whole = (ROOT / "bench" / "corpus" / f"{lang}.txt").read_text(encoding="utf-8")
        yield ("corpus", lang, "whole"), whole, lang, None
        for i, part in enumerate(whole.split("\n\n")):
            yield ("corpus", lang, "part", str(i)), part, lang, None
        for i, article in enumerate(load_corpus(lang)):
            key = ("corpus", lang, "article", str(i))
            yield key, article.text, lang, article.published
    for path in sorted(GOLD.glob("*.tsv")):
        lang = "en" if path.name.startswith("en_") else "ja"
        with path.open(encoding="utf-8") as handle:
            for i, row in enumerate(csv.DictReader(handle, delimiter="\t")):
                ref = datetime.fromisoformat(
                    row.get("reference_datetime") or "2026-01-03T09:00"
                )
                yield ("gold", path.name, str(i)), row["text"], lang, ref


def snapshot() -> dict[tuple[str, ...], list[str]]:
    out = {}
    for key, text, lang, published in cases():
        found = extract(text, lang=lang, published=published)
        out[key] = [repr(dataclasses.astuple(m)) for m in found]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    now = snapshot()
    if args.action == "save":
        args.file.parent.mkdir(parents=True, exist_ok=True)
        args.file.write_bytes(pickle.dumps(now))
        print(f"saved {len(now)} texts, {sum(map(len, now.values()))} mentions")
        return 0
    before = pickle.loads(args.file.read_bytes())
    moved = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in moved[:20]:
        print(" ".join(key))
        print("  before:", before.get(key))
        print("  now:   ", now.get(key))
    print("identical" if not moved else f"{len(moved)} texts differ")
    return 0 if not moved else 1


if __name__ == "__main__":
    raise SystemExit(main())
