"""Scope and targets for the ja-timex gold files (values, resolved, mods, negatives)."""

from __future__ import annotations

import re

from bench.found import Target, duration_seconds
from bench.gold import (
    TIME_KINDS,
    WHEN_KINDS,
    Case,
    case,
    read_rows,
    reference,
    value_target,
)

RELATIVE = re.compile(r"前|後|昨|明|先|翌|来|今|去|一昨|あと")
DURATION_MARK = re.compile(r"間|ヶ月|か月|カ月|ケ月|箇月|半|世紀")

OUT_SET = "set/frequency expression (毎年, 年に1ヶ月): no date value in news checking"
OUT_REL = (
    "ja-timex encodes a relative expression as duration+mod (昨日 → P1D/BEFORE) "
    "with no reference time to resolve it against"
)
OUT_TAGGER_DURATION = (
    "DurationTagger run alone reads a bare 年/日/時 as a length (2021年 → P2021Y); "
    "an end-to-end extractor reads it as a date"
)
OUT_ERA = "BC years and centuries: the spec's date notation has neither"
OUT_MINUTE = "minute or second without an hour (59分): no point in time"
OUT_REL_LENGTH = (
    "ja-timex reads the length of a relative expression (昨日 → 1 day); "
    "news checking reads it as a date"
)


def values() -> list[Case]:
    """ja_jatimex_values.tsv: TIMEX values without a reference time."""
    out: list[Case] = []
    name = "ja_jatimex_values.tsv"
    for row in read_rows(name):
        value, scope, mod = row["expected_value"], row["scope"], row["mod"]
        text = row["text"]
        reason = ""
        if scope == "SetTagger" or row["type"] == "SET":
            reason = OUT_SET
        elif value.startswith("P") and (
            scope == "ReltimeTagger"
            or mod in ("BEFORE", "AFTER", "NOW")
            or RELATIVE.search(text)
        ):
            reason = OUT_REL
        elif scope == "DurationTagger" and not DURATION_MARK.search(text):
            reason = OUT_TAGGER_DURATION
        elif value.startswith("BC") or re.fullmatch(r"\d{1,2}", value):
            reason = OUT_ERA
        elif re.search(r"TXX", value):
            reason = OUT_MINUTE
        if reason:
            out.append(case(row, name, None, reason=reason))
            continue
        target = value_target(value)
        if (
            target is not None
            and mod in ("START", "MID", "END")
            and target.kind == "when"
        ):
            part = {"START": "early", "MID": "mid", "END": "late"}[mod]
            target = Target(
                "when", alternatives=(*target.alternatives, f"{value}-{part}")
            )
        if target is None:
            out.append(case(row, name, None, reason=f"value {value!r} has no interval"))
        else:
            out.append(case(row, name, target))
    return out


def resolved() -> list[Case]:
    """ja_jatimex_resolved.tsv: to_datetime (start of the period) and to_duration."""
    out: list[Case] = []
    name = "ja_jatimex_resolved.tsv"
    for row in read_rows(name):
        text, value = row["text"], row["expected_value"]
        if row["method"] == "to_duration":
            if RELATIVE.search(text) or "あれから" in text:
                out.append(case(row, name, None, reason=OUT_REL_LENGTH))
            elif text.startswith("0.1年"):
                reason = (
                    "ja-timex rounds 0.1年 to one month (P1M); 0.1 year is 36.5 days"
                )
                out.append(case(row, name, None, reason=reason))
            else:
                out.append(
                    case(row, name, Target("duration", seconds=duration_seconds(value)))
                )
            continue
        point = reference(value)
        out.append(case(row, name, Target("point", point=point)))
    return out


_MOD_TOKENS = {
    "APPROX": frozenset({"approx", "nearly"}),
    "ON_OR_BEFORE": frozenset({"before", "by", "until"}),
    "ON_OR_AFTER": frozenset({"after", "since", "from"}),
    "START": frozenset({"part:early", "part:H1"}),
    "MID": frozenset({"part:mid"}),
    "END": frozenset({"part:late", "part:H2"}),
}


def mod_only() -> list[Case]:
    """ja_jatimex_mod_only.tsv: only the modifier is asserted."""
    out: list[Case] = []
    name = "ja_jatimex_mod_only.tsv"
    for row in read_rows(name):
        mod, text = row["mod"], row["text"]
        if mod in ("BEFORE", "AFTER"):
            out.append(case(row, name, None, reason=OUT_REL))
        elif "世紀" in text or "紀元前" in text:
            out.append(case(row, name, None, reason=OUT_ERA))
        elif mod in ("START", "MID", "END") and not re.search(r"月", text):
            out.append(
                case(
                    row,
                    name,
                    None,
                    reason="part of a year (年始め, 年後半): no notation beyond H1/H2",
                )
            )
        else:
            out.append(case(row, name, Target("mod", mods=_MOD_TOKENS[mod])))
    return out


_SEASON_WORDS = re.compile(r"^(春|夏|秋|冬|今朝|今晩|深夜)$")
_KANJI_LENGTH = re.compile(r"(?<!不)[一二三四五六七八九十]+(時間|年|分)")


def negatives() -> list[Case]:
    """ja_jatimex_negatives.tsv: nothing may be extracted."""
    out: list[Case] = []
    name = "ja_jatimex_negatives.tsv"
    for row in read_rows(name):
        scope, text = row["scope"], row["text"]
        if scope in ("SetTagger", "DurationTagger", "ReltimeTagger"):
            reason = (
                "negative for one ja-timex tagger only; the text holds a length or "
                "relative date a full extractor rightly reads (日1時間 has 1時間)"
            )
            out.append(case(row, name, None, reason=reason))
        elif _SEASON_WORDS.match(text):
            reason = (
                "season / part-of-day word: news reads 春 as this spring "
                "(seed: 春の米国訪問)"
            )
            out.append(case(row, name, None, reason=reason))
        elif _KANJI_LENGTH.search(text) and "石の上" not in text:
            reason = "negative only under ja-timex's ignore_kansuji; 三時間 is a length"
            out.append(case(row, name, None, reason=reason))
        else:
            kinds = WHEN_KINDS if scope == "AbstimeTagger" else TIME_KINDS
            out.append(case(row, name, Target("none", none_of=kinds)))
    return out
