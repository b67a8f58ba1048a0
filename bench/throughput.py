"""Throughput of our engine against ja-timex and dateparser on the same corpus.

    python bench/throughput.py [--quick] [--repeat N] [--engine module:function]

Each engine reads every article of bench/corpus/<lang>.txt (with the article's
published time) in one process; the wall time is the median of several
repetitions.  Prints chars/second, mentions found, gold mentions found
correctly, peak memory (tracemalloc), and the RATIOS ours / peer.  Writes
bench/results/throughput.json (not with --quick).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_gold import Article, load_corpus, tally
from bench.engines import (
    DEFAULT_ENGINE,
    DateParser,
    Engine,
    JaTimex,
    Ours,
    load_callable,
    peer_available,
)
from bench.tables import table

RESULTS = Path(__file__).resolve().parent / "results"
Call = Callable[[str, str, datetime | None], Any]


def raw_calls(engine_spec: str, lang: str) -> dict[str, tuple[Call, Engine]]:
    """name → (the bare call that is timed, the adapter used to count mentions)."""
    out: dict[str, tuple[Call, Engine]] = {}
    extract = load_callable(engine_spec)
    out["ours"] = (lambda t, lg, p: extract(t, lang=lg, published=p), Ours(engine_spec))
    if lang == "ja" and peer_available("ja_timex"):
        import pendulum

        jt = JaTimex()

        def jt_call(t: str, lg: str, p: datetime | None) -> Any:
            jt.parser.reference = (
                None if p is None else pendulum.instance(p, tz="Asia/Tokyo")
            )
            return jt.parser.parse(t)

        out["ja-timex"] = (jt_call, jt)
    if peer_available("dateparser"):
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        def dp_call(t: str, lg: str, p: datetime | None) -> Any:
            return search_dates(t, languages=[lg], settings={"RELATIVE_BASE": p})

        out["dateparser"] = (dp_call, DateParser(whole_text_parse=False))
    return out


def time_once(call: Call, articles: Sequence[Article], lang: str) -> float:
    gc.collect()
    start = time.perf_counter()
    for a in articles:
        call(a.text, lang, a.published)
    return time.perf_counter() - start


def peak_memory(call: Call, articles: Sequence[Article], lang: str) -> float:
    """Peak traced allocation in MiB while reading all articles once."""
    gc.collect()
    tracemalloc.start()
    try:
        for a in articles:
            call(a.text, lang, a.published)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def measure(
    lang: str, articles: Sequence[Article], spec: str, repeat: int
) -> list[dict[str, Any]]:
    chars = sum(len(a.text) for a in articles)
    rows = []
    for name, (call, adapter) in raw_calls(spec, lang).items():
        call(articles[0].text, lang, articles[0].published)  # warm-up: lazy loading
        times = [time_once(call, articles, lang) for _ in range(repeat)]
        median = statistics.median(times)
        counts = tally(adapter, articles, lang)
        rows.append(
            {
                "engine": name,
                "lang": lang,
                "chars": chars,
                "seconds_median": median,
                "seconds_all": times,
                "chars_per_second": chars / median if median else float("inf"),
                "peak_mib": peak_memory(call, articles, lang),
                **counts,
            }
        )
    return rows


def print_tables(rows: list[dict[str, Any]]) -> None:
    body = []
    for r in rows:
        body.append(
            [
                r["lang"],
                r["engine"],
                f"{r['chars']:,}",
                f"{r['seconds_median']:.3f}",
                f"{r['chars_per_second']:,.0f}",
                f"{r['peak_mib']:.2f}",
                r["found"],
                f"{r['correct']}/{r['gold']}",
                f"{r['correct_when']}/{r['gold_when']}",
                f"{r['correct_duration']}/{r['gold_duration']}",
                f"{r['correct_count']}/{r['gold_count']}",
                r["stray_when"],
            ]
        )
    header = [
        "lang",
        "engine",
        "chars",
        "median s",
        "chars/s",
        "peak MiB",
        "found",
        "correct",
        "when",
        "duration",
        "count",
        "stray when",
    ]
    print(table(header, body, right=2))
    print("  correct = gold mentions found with the gold value; stray when = date")
    print(
        "  mentions in annotated sentences where no date was inserted (phones, models…)"
    )
    ratio_rows = []
    for lang in ("ja", "en"):
        ours = next(
            (r for r in rows if r["lang"] == lang and r["engine"] == "ours"), None
        )
        if ours is None:
            continue
        for r in rows:
            if r["lang"] != lang or r["engine"] == "ours":
                continue
            speed = ours["chars_per_second"] / r["chars_per_second"]
            mem = ours["peak_mib"] / r["peak_mib"] if r["peak_mib"] else float("nan")
            ratio_rows.append(
                [
                    lang,
                    f"ours / {r['engine']}",
                    f"{speed:.1f}x",
                    f"{ours['correct']} vs {r['correct']}",
                    f"{ours['correct_when'] + ours['correct_duration']} vs "
                    f"{r['correct_when'] + r['correct_duration']}",
                    f"{mem:.2f}x",
                ]
            )
    print()
    print(
        table(
            [
                "lang",
                "ratio",
                "speed",
                "correct (all)",
                "correct (when+duration)",
                "peak memory",
            ],
            ratio_rows,
            right=2,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a few articles, 2 repetitions"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="repetitions (median taken)"
    )
    parser.add_argument(
        "--engine", default=DEFAULT_ENGINE, help="our engine, module:function"
    )
    parser.add_argument(
        "--corpus", type=Path, default=None, help="folder with <lang>.txt"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    repeat = 2 if args.quick else args.repeat
    rows: list[dict[str, Any]] = []
    for lang in ("ja", "en"):
        articles = load_corpus(lang, args.corpus)
        if args.quick:
            articles = articles[:4]
        rows.extend(measure(lang, articles, args.engine, repeat))
    print(
        f"throughput: median of {repeat} runs per engine, one process, "
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC"
    )
    print_tables(rows)
    if not args.quick:
        args.out.mkdir(parents=True, exist_ok=True)
        report = {
            "run": datetime.now(UTC).isoformat(timespec="seconds"),
            "repeat": repeat,
            "rows": rows,
        }
        (args.out / "throughput.json").write_text(
            json.dumps(report, indent=1) + "\n", encoding="utf-8"
        )
        print(f"\nwrote {args.out / 'throughput.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
