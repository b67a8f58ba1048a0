"""Instructions one reading of a throughput corpus costs, counted by callgrind.

    python bench/instructions.py [--lang ja|en] [--engine module:function]

Wall time on this kind of shared machine moves by 10% from run to run; the
number of instructions executed does not, so a change worth a few percent
shows.  The script runs itself under ``valgrind --tool=callgrind`` twice,
reading every article of ``bench/corpus/<lang>.txt`` once after a warm-up
read and then three times, and prints the difference divided by two: the
interpreter's start-up, the imports and the warm-up cancel out.  Needs
valgrind (Debian package ``valgrind``); takes about half a minute.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.engines import DEFAULT_ENGINE, load_callable

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def collected(report: str) -> int:
    """The instruction count callgrind prints at the end of a run."""
    found = _COLLECTED.search(report)
    if found is None:
        raise ValueError("callgrind printed no instruction count:\n" + report[-2000:])
    return int(found.group(1))


def read_corpus(engine: str, lang: str, times: int) -> None:
    """Read the corpus once to warm up, then ``times`` times more."""
    from bench.corpus_gold import load_corpus

    extract = load_callable(engine)
    articles = load_corpus(lang)
    for _ in range(1 + times):
        for article in articles:
            extract(article.text, lang=lang, published=article.published)


def count(engine: str, lang: str, times: int) -> int:
    """Instructions of this script reading the corpus ``1 + times`` times."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--read",
        str(times),
        "--lang",
        lang,
        "--engine",
        engine,
    ]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"valgrind failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return collected(run.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    parser.add_argument("--engine", default=DEFAULT_ENGINE)
    parser.add_argument(
        "--versus",
        metavar="ENGINE",
        help="also count another engine (bench.engines:ja_timex_parse) and print "
        "the ratio of the two (takes minutes for a slow peer)",
    )
    parser.add_argument("--read", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read is not None:  # the run valgrind watches
        read_corpus(args.engine, args.lang, args.read)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    per_read = instructions_per_read(args.engine, args.lang)
    print(f"{args.lang}: {per_read / 1e6:,.0f} M instructions per read of the corpus")
    if args.versus:
        theirs = instructions_per_read(args.versus, args.lang)
        per = f"{theirs / 1e6:,.0f} M instructions per read"
        print(f"{args.lang}: {per} by {args.versus}")
        print(f"{args.lang}: {args.versus} / ours = {theirs / per_read:.1f}x")
    return 0


def instructions_per_read(engine: str, lang: str) -> float:
    """One read's instructions: reads 1 + 1 and 1 + 3 times, in parallel."""
    with ThreadPoolExecutor(2) as pool:
        once, thrice = pool.map(lambda n: count(engine, lang, n), (1, 3))
    return (thrice - once) / 2


if __name__ == "__main__":
    sys.exit(main())
