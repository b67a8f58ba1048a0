"""Throwaway probe: how many peer-gold date rows the extractor reads the same way.

    python bench/_dates_probe.py [-v]

ja_jatimex_values.tsv: the end-to-end (TimexParser) and AbstimeTagger rows whose
value is a date or time (durations and sets left out).  Rows without a
reference are read with published = 2021-07-18 (ja-timex's own test clock);
a row counts when some mention has the expected value at the expected grain
(``X`` digits are free).  Rows go through ``checks.normalise.extract`` (kanji
numerals digitised first), as texts do in the product.  en_dateparser.tsv:
every row, with its reference as published; a row counts when some mention
equals the expected value at its grain (also: when the expected instant lies
inside a bounded mention interval).
Also prints chars/second on ~200 KB of mixed text.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from checks.model import Interval
from checks.normalise import extract
from checks.normalise.context import Context
from checks.normalise.dates import extract_dates

GOLD = Path("/work/shared/peer-gold")
SEASON = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def rows(name: str) -> list[dict[str, str]]:
    with (GOLD / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def jatimex_pattern(expected: str) -> tuple[str, re.Pattern[str]] | None:
    wd = re.fullmatch(r"XXXX-WXX-(\d)", expected)
    if wd:
        return "weekday", re.compile(str(int(wd[1]) - 1))
    m = re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", expected)
    if m:
        expected = f"{m[1]}-{SEASON[m[2]]}"
    m = re.fullmatch(r"FY(\d{4})", expected)
    if m:
        expected = f"{m[1]}-FY"
    if "T" in expected:
        day, _, clock = expected.partition("T")
        parts = clock.split(":")[:2]
        if parts[0] == "XX":
            return None
        if len(parts) == 2 and parts[1] == "XX":
            parts = parts[:1]
        expected = f"{day}T{':'.join(parts)}"
        regex = re.escape(expected).replace("X", r"\d")
        return "when", re.compile(regex + r"(?:[+-]\d\d:\d\d)?")
    regex = re.escape(expected).replace("X", r"\d")
    if re.fullmatch(r"\d{4}-\d\d", expected) or expected.endswith("-XX"):
        regex += ""
    return "when", re.compile(regex)


def probe_jatimex(verbose: bool) -> tuple[int, int]:
    hit = total = 0
    for row in rows("ja_jatimex_values.tsv"):
        if row["scope"] not in ("TimexParser", "AbstimeTagger"):
            continue
        if row["type"] in ("DURATION", "SET") or row["expected_value"].startswith("P"):
            continue
        total += 1
        target = jatimex_pattern(row["expected_value"])
        pub = datetime.fromisoformat(row["reference_datetime"] or "2021-07-18T00:00")
        mentions = extract(row["text"], lang="ja", published=pub.replace(tzinfo=None))
        ok = False
        if target is not None:
            kind, pattern = target
            for m in mentions:
                got = str(m.weekday) if kind == "weekday" else m.value
                if m.kind == kind and pattern.fullmatch(got):
                    ok = True
        hit += ok
        if verbose and not ok:
            print(
                "ja miss:",
                row["text"],
                row["expected_value"],
                [m.value for m in mentions],
            )
    return hit, total


def probe_dateparser(verbose: bool) -> tuple[int, int, int]:
    hit = total = inside = 0
    for row in rows("en_dateparser.tsv"):
        total += 1
        ref = row["reference_datetime"]
        pub = datetime.fromisoformat(ref) if ref else None
        expected = row["expected_value"]
        if "T" in expected:
            day, _, clock = expected.partition("T")
            hh, mm = clock.split(":")[:2]
            wanted = {f"{day}T{hh}:{mm}"} | ({f"{day}T{hh}"} if mm == "00" else set())
        else:
            wanted = {expected}
        mentions = extract(row["text"], lang="en", published=pub)
        values = {
            re.sub(r"[+-]\d\d:\d\d$", "", m.value) for m in mentions if m.kind == "when"
        }
        ok = bool(values & wanted)
        hit += ok
        instant = datetime.fromisoformat(expected)
        inside += any(
            m.interval is not None
            and m.interval.is_bounded
            and m.interval.contains(Interval(instant, instant + timedelta(seconds=1)))
            for m in mentions
            if m.kind == "when"
        )
        if verbose and not ok:
            print("en miss:", row["text"], expected, sorted(values))
    return hit, total, inside


def speed(lang: str = "ja") -> float:
    """chars/s (CPU time, best of 7) on 200,000 chars of news-like text."""
    if lang == "ja":
        sample = Path("/work/shared/seeds/000_30575fe05ac8c6d2.txt")
    else:
        sample = Path("/work/shared/spec/claims.md")
    seed = sample.read_text(encoding="utf-8")
    text = (seed * (200_000 // len(seed) + 1))[:200_000]
    ctx = Context(lang, datetime(2026, 1, 3, 9))
    extract_dates(text[:5000], ctx)
    best = float("inf")
    for _ in range(7):
        t0 = time.process_time()
        extract_dates(text, ctx)
        best = min(best, time.process_time() - t0)
    return len(text) / best


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    h, t = probe_jatimex(verbose)
    label = "ja_jatimex_values (TimexParser+AbstimeTagger date/time rows)"
    print(f"{label}: {h}/{t} = {h / t:.1%}")
    h, t, inside = probe_dateparser(verbose)
    print(f"en_dateparser (all rows): {h}/{t} = {h / t:.1%} same value and grain;")
    share = f"{inside}/{t} = {inside / t:.1%}"
    print(f"  {share} with the expected instant inside the interval")
    print(f"speed: {speed():,.0f} chars/s on 200,000 chars of the seed article")
    print(f"speed: {speed('en'):,.0f} chars/s on 200,000 chars of English (spec)")
