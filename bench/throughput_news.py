"""Throughput on real news text: the demo suite's own texts, repeated to ~200 KB.

bench/throughput.py measures a generated corpus with a mention every ~22
characters (Japanese) and ~51 (English), which favours engines with little
work per mention. This script reads the demo's fixtures (the seed article and
its related reports, real news prose, a mention every ~44 characters in
Japanese and ~160 in English), each with its own ``published``, and
times our engine, ja-timex and dateparser on the same texts in one run,
printing medians and ratios. It counts mentions but cannot score them (these
texts have no gold beyond the demo's claims).

    python bench/throughput_news.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.engines import peer_available  # noqa: E402
from checks.normalise import extract  # noqa: E402
from checks.text.frontmatter import read_source_file  # noqa: E402

TARGET_BYTES = 200_000
Texts = list[tuple[str, datetime | None]]


def news(lang: str) -> Texts:
    """The demo's texts in ``lang``, repeated until they reach ~200 KB."""
    texts: Texts = []
    for path in sorted((ROOT / "fixtures").glob("*.md")):
        source = read_source_file(path)
        if isinstance(source, Exception) or not hasattr(source, "body"):
            continue
        if source.lang == lang:
            published = source.published
            if published is not None:
                published = published.replace(tzinfo=None)
            texts.append((source.body, published))
    size = sum(len(t.encode()) for t, _ in texts)
    return texts * (TARGET_BYTES // size + 1)


def engines(lang: str) -> dict[str, Callable[[str, datetime | None], Any]]:
    """name → a call reading one text."""
    out: dict[str, Callable[[str, datetime | None], Any]] = {
        "ours": lambda t, p: extract(t, lang=lang, published=p)
    }
    if lang == "ja" and peer_available("ja_timex"):
        from ja_timex import TimexParser

        parser = TimexParser()
        out["ja-timex"] = lambda t, p: parser.parse(t)
    if peer_available("dateparser"):
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        out["dateparser"] = lambda t, p: search_dates(
            t, languages=[lang], settings={"RELATIVE_BASE": p}
        )
    return out


def cpu_seconds(call: Callable[[str, datetime | None], Any], texts: Texts) -> float:
    start = time.process_time()
    for text, published in texts:
        call(text, published)
    return time.process_time() - start


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="rounds (median taken)")
    args = ap.parse_args(argv)
    print(f"throughput on the demo's news texts, median of {args.repeat}, CPU time")
    print(f"{'lang':4}  {'engine':10}  {'chars':>7}  {'chars/s':>9}  {'found*':>8}")
    for lang in ("ja", "en"):
        texts = news(lang)
        chars = sum(len(t) for t, _ in texts)
        calls = engines(lang)
        times: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(args.repeat):  # rounds, so load spikes hit every engine
            for name, call in calls.items():
                times[name].append(cpu_seconds(call, texts))
        speed = {name: chars / statistics.median(ts) for name, ts in times.items()}
        for name, call in calls.items():
            found = sum(len(call(t, p) or ()) for t, p in texts[: len(texts) // 10])
            print(f"{lang:4}  {name:10}  {chars:7,}  {speed[name]:9,.0f}  {found:8}")
        for name in calls:
            if name != "ours":
                print(f"{lang:4}  ours / {name}: {speed['ours'] / speed[name]:.1f}x")
    print("found*: mentions (or peer results) in the first tenth of the texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
