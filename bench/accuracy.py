"""Accuracy of our engine and the peers on the peers' own gold cases, per file.

    python bench/accuracy.py [--limit N] [--engine module:function] [--no-peers]
                             [--files NAME…] [--all-failures]

Prints a table per file (rows, rows in scope, out-of-scope reasons, each
engine's correct count) and writes bench/results/accuracy.json and
bench/results/accuracy-failures.txt (our first 20 failures per file, or all
of them with --all-failures).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import rules_jatimex, rules_other
from bench.engines import DEFAULT_ENGINE, Ours, make_peer, peer_available, peers
from bench.gold import Case
from bench.probes import peer_probes
from bench.score import (
    Result,
    jatimex_digitise,
    jatimex_number,
    our_digitise,
    our_number,
    run_engine,
    run_numerals,
)
from bench.seed import seed_cases
from bench.tables import pct, table

RESULTS = Path(__file__).resolve().parent / "results"


def peer_versions() -> dict[str, str]:
    """Installed versions of the peers (absent ones left out)."""
    out = {}
    for dist in ("dateparser", "ja-timex"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return out


FAILURES_SHOWN = 20

#: file → (lang, builder, peer that cannot run here and why)
FILES: dict[str, tuple[str, Callable[[], list[Case]], str]] = {
    "seed": ("ja", seed_cases, ""),
    "ja_jatimex_values.tsv": ("ja", rules_jatimex.values, ""),
    "ja_jatimex_resolved.tsv": ("ja", rules_jatimex.resolved, ""),
    "ja_jatimex_mod_only.tsv": ("ja", rules_jatimex.mod_only, ""),
    "ja_jatimex_negatives.tsv": ("ja", rules_jatimex.negatives, ""),
    "ja_numerals.tsv": (
        "ja",
        rules_other.numerals,
        "Duckling (Haskell): not runnable here",
    ),
    "ja_duckling.tsv": (
        "ja",
        rules_other.duckling,
        "Duckling (Haskell): not runnable here",
    ),
    "ja_duckling_negatives.tsv": (
        "ja",
        rules_other.duckling_negatives,
        "Duckling (Haskell): not runnable here",
    ),
    "ja_recognizers.tsv": (
        "ja",
        rules_other.recognizers,
        "Recognizers-Text: Japanese DateTime is .NET-only, not runnable here",
    ),
    "ja_dateparser.tsv": ("ja", rules_other.dateparser_ja, ""),
    "en_dateparser.tsv": ("en", rules_other.dateparser_en, ""),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, default=0, help="first N rows of each file"
    )
    parser.add_argument(
        "--engine", default=DEFAULT_ENGINE, help="our engine, module:function"
    )
    parser.add_argument("--no-peers", action="store_true", help="score our engine only")
    parser.add_argument(
        "--files", nargs="*", help="only these files (names as printed)"
    )
    parser.add_argument(
        "--all-failures",
        action="store_true",
        help=f"list every failure, not the first {FAILURES_SHOWN} per file",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where results go")
    args = parser.parse_args(argv)

    ours = Ours(args.engine)
    report: dict[str, object] = {
        "run": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": args.engine,
        "limit": args.limit,
        "peers": peer_versions(),
        "files": {},
    }
    failures: list[str] = []
    summary: list[list[object]] = []
    for name, (lang, build, absent) in FILES.items():
        if args.files and name not in args.files:
            continue
        cases = build()
        if args.limit:
            cases = cases[: args.limit]
        results = _score(name, lang, cases, ours, not args.no_peers)
        block, row = _print_file(name, cases, results, absent)
        report["files"][name] = block  # type: ignore[index]
        summary.append(row)
        shown = None if args.all_failures else FAILURES_SHOWN
        failures.extend(_failures(name, results.get("ours", []), shown))

    print(
        "\n== Summary (in-scope rows; vs best peer = ours minus the best peer that"
        " ran, in points; ahead = ours above every peer that ran)"
    )
    print(
        table(
            [
                "file",
                "in scope",
                "ours",
                "ja-timex",
                "dateparser",
                "vs best peer",
                "ahead",
            ],
            summary,
        )
    )
    print(
        "  ja_jatimex_* are ja-timex's own regression tests and *_dateparser.tsv"
        "\n  dateparser's: those peers pass them by construction (ja-timex is run"
        "\n  end-to-end, so its tagger-level rows can still differ; dateparser's"
        "\n  Japanese tests check a translation, not a date)."
    )
    if not args.no_peers:
        print("\n== Peer probes (raw peer output for the seed's expressions)")
        print(peer_probes())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "accuracy.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (args.out / "accuracy-failures.txt").write_text(
        "\n".join(failures) + "\n", encoding="utf-8"
    )
    print(
        f"\nwrote {args.out / 'accuracy.json'} and {args.out / 'accuracy-failures.txt'}"
    )
    return 0


def _score(
    name: str, lang: str, cases: list[Case], ours: Ours, with_peers: bool
) -> dict[str, list[Result]]:
    results: dict[str, list[Result]] = {}
    if name == "ja_numerals.tsv":
        results["ours"] = run_numerals("ours", our_digitise(), cases, our_number())
        if with_peers and peer_available("ja_timex"):
            results["ja-timex"] = run_numerals(
                "ja-timex", jatimex_digitise(), cases, jatimex_number()
            )
        return results
    results["ours"] = run_engine(ours, cases)
    if with_peers:
        for peer, module in peers(lang):
            if peer_available(module):
                results[peer] = run_engine(make_peer(peer), cases)
    return results


def _print_file(
    name: str, cases: list[Case], results: dict[str, list[Result]], absent: str
) -> tuple[dict[str, object], list[object]]:
    in_scope = [c for c in cases if c.in_scope]
    reasons = Counter(c.reason for c in cases if not c.in_scope)
    print(f"\n== {name}: {len(cases)} rows, {len(in_scope)} in scope")
    for reason, n in reasons.most_common():
        print(f"   out of scope {n:4d}: {reason}")
    scores = {e: sum(r.correct for r in rs) for e, rs in results.items()}
    engines = ["ours", "ja-timex", "dateparser"]
    rows = []
    for engine in engines:
        if engine in results:
            rows.append([engine, pct(scores[engine], len(results[engine]))])
        elif engine != "ours":
            rows.append(
                [engine, "not run (not installed, or not for this language/file)"]
            )
    if absent:
        rows.append([absent.split(":")[0], "not run: " + absent.split(": ", 1)[-1]])
    print(table(["engine", "correct of in-scope rows"], rows))
    if name == "seed":
        _print_seed(results)
    peer_scores = [scores[e] for e in results if e != "ours"]
    ahead = "yes" if all(scores["ours"] > s for s in peer_scores) else "NO"
    total = len(in_scope)
    gap = "–"
    if not peer_scores:
        ahead = "no peer ran"
    elif total:
        gap = f"{100.0 * (scores['ours'] - max(peer_scores)) / total:+.1f} pp"
    summary_row: list[object] = [
        name,
        total,
        *(pct(scores[e], total) if e in scores else "–" for e in engines),
        gap,
        ahead,
    ]
    block: dict[str, object] = {
        "rows": len(cases),
        "in_scope": total,
        "out_of_scope": dict(reasons),
        "correct": scores,
        "not_runnable": absent,
    }
    if name == "seed":
        block["expressions"] = {
            r.case.expected: {e: results[e][i].correct for e in results}
            for i, r in enumerate(results["ours"])
        }
    return block, summary_row


def _print_seed(results: dict[str, list[Result]]) -> None:
    engines = list(results)
    rows = []
    for i, res in enumerate(results["ours"]):
        cells: list[object] = [res.case.expected]
        for engine in engines:
            r = results[engine][i]
            cells.append(("ok " if r.correct else "✗  ") + _short(r))
        rows.append(cells)
    print(table(["expression → expected", *engines], rows, right=99))


def _short(r: Result) -> str:
    if r.correct:
        return ""
    text = r.explain()
    return text if len(text) <= 64 else text[:61] + "…"


def _failures(name: str, results: list[Result], limit: int | None) -> list[str]:
    wrong = [r for r in results if not r.correct]
    if not wrong:
        return []
    shown = len(wrong) if limit is None else min(limit, len(wrong))
    told = "all shown" if shown == len(wrong) else f"first {shown} shown"
    lines = [f"== {name}: {len(wrong)} failures ({told})"]
    for r in wrong[:shown]:
        c = r.case
        assert c.target is not None
        published = c.published.isoformat() if c.published else "none"
        lines.append(f"{name}:{c.line}  {c.text}")
        lines.append(
            f"    published {published}; expected {c.target.describe()}"
            f" (gold {c.expected})"
        )
        lines.append(f"    ours: {r.explain()}")
    return [*lines, ""]


if __name__ == "__main__":
    raise SystemExit(main())
