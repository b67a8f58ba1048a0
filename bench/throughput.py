"""Throughput of our engine against ja-timex and dateparser on the same corpus.

    python bench/throughput.py [--quick] [--repeat N] [--engine module:function]

Each engine reads every article of bench/corpus/<lang>.txt (with the article's
published time) in one process, the engines in turn round after round; a
round times each engine over about a second of reads (a fast engine reads the
corpus several times), so each is measured over as long a stretch of a shared
machine's changing load; the time of a read is the median over the rounds.
``--schedule interleaved`` has the engines take turns on each article
instead: every engine then starts every article with CPU caches the others
have filled (the cold-cache case; see bench/README.md).
Prints chars/second, mentions found, gold mentions found correctly, peak
memory (tracemalloc), and the RATIOS ours / peer.  Writes
bench/results/throughput.json (not with --quick).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
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
        jt = JaTimex()
        out["ja-timex"] = (lambda t, lg, p: jt.parse(t, p), jt)
    if peer_available("dateparser"):
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        def dp_call(t: str, lg: str, p: datetime | None) -> Any:
            return search_dates(t, languages=[lg], settings={"RELATIVE_BASE": p})

        out["dateparser"] = (dp_call, DateParser(whole_text_parse=False))
    return out


def time_once(
    call: Call, articles: Sequence[Article], lang: str
) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) to read every article once."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        call(a.text, lang, a.published)
    return time.perf_counter() - wall, time.process_time() - cpu


def time_interleaved(
    calls: dict[str, tuple[Call, Engine]], articles: Sequence[Article], lang: str
) -> tuple[dict[str, float], dict[str, float]]:
    """(wall, CPU) seconds per engine to read every article once, the engines
    taking turns on each article: ours, then each peer, on the same text within
    a few milliseconds.  Slow stretches of the machine slow every engine alike;
    but each engine also starts each article with the CPU caches full of the
    others' code and data, which costs an engine that spends a quarter of a
    millisecond on an article far more than one that spends three."""
    wall = dict.fromkeys(calls, 0.0)
    cpu = dict.fromkeys(calls, 0.0)
    clock, cpu_clock = time.perf_counter, time.process_time
    gc.collect()
    for a in articles:
        for name, (call, _) in calls.items():
            w, c = clock(), cpu_clock()
            call(a.text, lang, a.published)
            wall[name] += clock() - w
            cpu[name] += cpu_clock() - c
    return wall, cpu


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


def peak_memory_whole(call: Call, articles: Sequence[Article], lang: str) -> float:
    """Peak traced allocation in MiB reading the whole corpus as one text."""
    whole = "\n\n".join(a.text for a in articles)
    gc.collect()
    tracemalloc.start()
    try:
        call(whole, lang, articles[0].published)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def measure(
    lang: str,
    articles: Sequence[Article],
    spec: str,
    repeat: int,
    misses: list[str] | None = None,
    window: float = 1.0,
    schedule: str = "blocks",
) -> list[dict[str, Any]]:
    """Time the engines round after round.  ``blocks`` (the default): a round
    times each engine over about ``window`` seconds (one read at least), one
    engine after the other, and counts the mean time of a read.
    ``interleaved``: in each round the engines take turns on every article
    (``time_interleaved``)."""
    chars = sum(len(a.text) for a in articles)
    calls = raw_calls(spec, lang)
    names = ", ".join(calls)
    print(
        f"{lang}: {len(articles)} articles, {chars:,} chars: {names}", file=sys.stderr
    )
    # a first read warms each engine up (lazy loading) and sets how many reads
    # a round takes of it: about ``window`` seconds each, so a fast engine is
    # timed over as long a stretch of the machine's changing load as a slow one
    reads = {
        name: max(1, math.ceil(window / max(time_once(call, articles, lang)[0], 1e-9)))
        for name, (call, _) in calls.items()
    }
    if schedule == "interleaved":
        print(
            f"{lang}: timing interleaved, article by article, {repeat} rounds",
            file=sys.stderr,
        )
    walls: dict[str, list[float]] = {name: [] for name in calls}
    cpus: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(repeat):
        if schedule == "interleaved":
            wall_of, cpu_of = time_interleaved(calls, articles, lang)
            for name in calls:
                walls[name].append(wall_of[name])
                cpus[name].append(cpu_of[name])
            continue
        for name, (call, _) in calls.items():
            wall = cpu = 0.0
            for _ in range(reads[name]):
                w, c = time_once(call, articles, lang)
                wall, cpu = wall + w, cpu + c
            walls[name].append(wall / reads[name])
            cpus[name].append(cpu / reads[name])
    rows = []
    for name, (call, adapter) in calls.items():
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        rows.append(
            {
                "engine": name,
                "lang": lang,
                "chars": chars,
                "seconds_median": wall,
                "seconds_all": walls[name],
                "cpu_seconds_median": cpu,
                "chars_per_second": chars / wall if wall else float("inf"),
                "chars_per_cpu_second": chars / cpu if cpu else float("inf"),
                "peak_mib": peak_memory(call, articles, lang),
                "peak_mib_whole": peak_memory_whole(call, articles, lang),
                **tally(adapter, articles, lang, misses if name == "ours" else None),
            }
        )
    return rows


def print_tables(rows: list[dict[str, Any]]) -> None:
    body = [
        [
            r["lang"],
            r["engine"],
            f"{r['chars']:,}",
            f"{r['seconds_median']:.3f}",
            f"{r['chars_per_second']:,.0f}",
            f"{r['chars_per_cpu_second']:,.0f}",
            f"{r['peak_mib']:.2f}",
            f"{r['peak_mib_whole']:.2f}",
            r["found"],
            f"{r['correct']}/{r['gold']}",
            f"{r['correct_when']}/{r['gold_when']}",
            f"{r['correct_duration']}/{r['gold_duration']}",
            f"{r['correct_count']}/{r['gold_count']}",
            r["stray_when"],
        ]
        for r in rows
    ]
    header = [
        "lang", "engine", "chars", "wall s", "chars/s", "chars/cpu-s", "peak MiB",
        "peak MiB 1 text",
        "found", "correct", "when", "duration", "count", "stray when",
    ]  # fmt: skip
    print(table(header, body, right=2))
    print("  wall s = median wall time; chars/cpu-s uses this process's CPU time,")
    print("  steadier than wall time on a loaded machine.  correct = gold mentions")
    print("  found with the gold value; stray when = date mentions in generated")
    print("  sentences where none was inserted (phone, model, page numbers…).")
    print("  peak MiB: tracemalloc peak reading article by article; 1 text: the whole")
    print("  corpus passed as a single text.")
    ratio_rows = []
    for lang in ("ja", "en"):
        ours = next(
            (r for r in rows if (r["lang"], r["engine"]) == (lang, "ours")), None
        )
        if ours is None:
            continue
        for r in rows:
            if r["lang"] != lang or r["engine"] == "ours":
                continue
            whole = r["peak_mib_whole"]
            mem = ours["peak_mib_whole"] / whole if whole else float("nan")
            paired = statistics.median(
                p / o
                for o, p in zip(ours["seconds_all"], r["seconds_all"], strict=True)
            )
            ratio_rows.append(
                [
                    lang,
                    f"ours / {r['engine']}",
                    f"{ours['chars_per_second'] / r['chars_per_second']:.1f}x",
                    f"{ours['chars_per_cpu_second'] / r['chars_per_cpu_second']:.1f}x",
                    f"{paired:.1f}x",
                    f"{ours['correct']} vs {r['correct']}",
                    f"{ours['correct_when'] + ours['correct_duration']} vs "
                    f"{r['correct_when'] + r['correct_duration']}",
                    f"{mem:.2f}x",
                ]
            )
    header = [
        "lang", "ratio", "speed (wall)", "speed (cpu)", "speed (paired)",
        "correct (all)", "correct (when+duration)", "peak memory (1 text)",
    ]  # fmt: skip
    print()
    print(table(header, ratio_rows, right=2))
    print("  speed (wall), (cpu): ratio of the median times; (paired): median of")
    print("  the rounds' own ratios (each round times both engines within seconds,")
    print("  so a slow stretch of the machine hits both alike).")
    for lang in ("ja", "en"):
        by_engine = {r["engine"]: r["seconds_all"] for r in rows if r["lang"] == lang}
        ours_rounds = by_engine.pop("ours", None)
        for name, peer_rounds in by_engine.items() if ours_rounds else ():
            pairs = zip(ours_rounds, peer_rounds, strict=True)
            each = ", ".join(f"{p / o:.1f}" for o, p in pairs)
            print(f"  {lang} ours / {name}, round by round (wall): {each}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a few articles, 2 repetitions"
    )
    parser.add_argument(
        "--repeat", type=int, default=9, help="rounds (the median is taken)"
    )
    parser.add_argument(
        "--engine", default=DEFAULT_ENGINE, help="our engine, module:function"
    )
    parser.add_argument(
        "--corpus", type=Path, default=None, help="folder with <lang>.txt"
    )
    parser.add_argument(
        "--schedule",
        choices=("blocks", "interleaved"),
        default="blocks",
        help="~1 s of reads per engine in turn (default), or turns on each article",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    repeat = 2 if args.quick else args.repeat
    window = 0.0 if args.quick else 1.0
    rows: list[dict[str, Any]] = []
    misses: list[str] = []
    for lang in ("ja", "en"):
        articles = load_corpus(lang, args.corpus)
        if args.quick:
            articles = articles[:1]
        lang_misses: list[str] = []
        rows.extend(
            measure(
                lang, articles, args.engine, repeat, lang_misses, window, args.schedule
            )
        )
        misses += [
            f"== {lang}: {len(lang_misses)} gold mentions we missed",
            *lang_misses,
        ]
    how = (
        "the engines taking turns on each article"
        if args.schedule == "interleaved"
        else f"each ~{window:g} s of reads per engine"
    )
    print(
        f"throughput: median of {repeat} rounds ({how}), one process, "
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC"
    )
    print_tables(rows)
    if not args.quick:
        args.out.mkdir(parents=True, exist_ok=True)
        report = {
            "run": datetime.now(UTC).isoformat(timespec="seconds"),
            "repeat": repeat,
            "schedule": args.schedule,
            "rows": rows,
        }
        (args.out / "throughput.json").write_text(
            json.dumps(report, indent=1) + "\n", encoding="utf-8"
        )
        (args.out / "corpus-misses.txt").write_text(
            "\n".join(misses) + "\n", encoding="utf-8"
        )
        print(f"\nwrote {args.out / 'throughput.json'} and corpus-misses.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
