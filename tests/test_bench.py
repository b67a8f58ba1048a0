"""The benchmark harness: gold matching, the corpus, and smoke runs of the scripts."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import make_corpus  # noqa: E402
from bench.corpus_base import duration_value, kanji_number  # noqa: E402
from bench.engines import Ours, ja_timex_pattern  # noqa: E402
from bench.found import (  # noqa: E402
    Found,
    Target,
    bound_variants,
    duration_seconds,
    fill_unknown,
    interval_of,
    matches,
)
from bench.gold import Case, counted_grain  # noqa: E402
from bench.rules_other import _recognizers_row, numerals  # noqa: E402
from bench.score import judge, run_engine, run_numerals  # noqa: E402
from checks.model import Interval  # noqa: E402
from checks.normalise import edtf  # noqa: E402

PEERS_MISSING = [
    m for m in ("dateparser", "ja_timex") if importlib.util.find_spec(m) is None
]
needs_peers = pytest.mark.skipif(
    bool(PEERS_MISSING),
    reason=f"peers not installed ({', '.join(PEERS_MISSING)}); "
    "pip install -e '.[bench]'",
)


def _when(value: str, start: int = 0, end: int = 3) -> Found:
    return Found("when", start, end, "x", value=value, interval=edtf.parse_when(value))


def test_late_march_found_matches_the_seed_bound_only_when_open_at_the_start() -> None:
    """遅くとも3月下旬 is ../2026-03-late; a closed late-March interval is not."""
    target = Target("when", alternatives=("../2026-03-late",))
    assert matches(target, _when("../2026-03-late"))
    assert not matches(target, _when("2026-03-late"))


def test_a_bare_datetime_never_matches_a_bound() -> None:
    """dateparser returns a point; a point cannot state 'by late March'."""
    target = Target("when", alternatives=("../2026-03-late",))
    point = Found("when", 0, 3, "3月", point=datetime(2026, 3, 25))
    assert not matches(target, point)


def test_a_year_less_gold_month_compares_the_month_only() -> None:
    """Gold XXXX-03 (no reference) matches March of any year, not April."""
    target = Target("when", alternatives=("XXXX-03",))
    assert matches(target, _when("2019-03"))
    assert not matches(target, _when("2019-04"))
    assert not matches(target, _when("2019-03-02"))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 30)))
@example(date(2026, 3, 21))
def test_an_open_bound_matches_with_its_day_included_or_not(day: date) -> None:
    """../X ends at X's start or end; both readings match, a closed X does not."""
    value = f"../{day.isoformat()}"
    x = edtf.parse_when(day.isoformat())
    target = Target("when", alternatives=(value,))
    variants = bound_variants(value)
    assert {v.end for v in variants} == {x.start, x.end}
    assert all(v.start is None for v in variants)
    for v in variants:
        assert matches(target, Found("when", 0, 1, "x", interval=v))
    assert not matches(target, Found("when", 0, 1, "x", interval=x))


def _recognizers_range(timex: str, resolved: str) -> Target:
    row = {
        "text": "x",
        "expected_value": timex,
        "mod": "",
        "type": "daterange",
        "resolved": resolved,
        "span_text": "x",
        "dotnet_passes": "yes",
        "spec": "DatePeriodParser",
    }
    reason, target = _recognizers_row(row)
    assert target is not None, reason
    return target


@pytest.mark.parametrize(
    ("timex", "resolved", "ours", "not_ours"),
    [
        (
            "(2016-01-12,2016-01-22,P10D)",
            "2016-01-12/2016-01-22",
            "2016-01-12/2016-01-22",
            "2016-01-12/2016-01-23",
        ),
        (
            "(2020-05-01,2020-10-01,P5M)",
            "2020-05-01/2020-10-01",
            "2020-05/2020-10",
            "2020-05/2020-11",
        ),
        (
            "(2014-01-01,2018-01-01,P4Y)",
            "2014-01-01/2018-01-01",
            "2014/2018",
            "2014/2019",
        ),
    ],
)
def test_a_recognizers_range_end_counts_with_the_named_last_day_or_not(
    timex: str, resolved: str, ours: str, not_ours: str
) -> None:
    """12日から22日まで ends at the 22nd's start or its end; one day more is wrong."""
    target = _recognizers_range(timex, resolved)
    start, _, end = resolved.partition("/")
    assert matches(
        target,
        Found(
            "when",
            0,
            1,
            "x",
            interval=Interval(
                datetime.fromisoformat(start), datetime.fromisoformat(end)
            ),
        ),
    )
    assert matches(target, _when(ours))
    assert not matches(target, _when(not_ours))


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("10年前", timedelta(days=366)),
        ("2ヶ月後", timedelta(days=31)),
        ("半年前", timedelta(days=31)),
        ("半月前", timedelta(days=1)),
        ("1秒前", timedelta(minutes=1)),
        ("five years ago", timedelta(days=366)),
        ("in 1 decade 2 months", timedelta(days=31)),
        ("2013年", None),
        ("3年間", None),
        ("3 weeks", None),
    ],
)
def test_a_count_of_units_from_now_has_the_grain_of_its_finest_unit(
    text: str, grain: timedelta | None
) -> None:
    """10年前 counts in years, 半年前 in months; a bare length counts nothing."""
    assert counted_grain(text) == grain


def test_an_answer_at_the_counted_grain_holding_the_gold_day_matches() -> None:
    """10年前 from 2021-07-18: the year 2011 holds the gold day; 2011-06 does not."""
    target = Target("point", point=datetime(2011, 7, 18), grain=counted_grain("10年前"))
    assert matches(target, _when("2011"))
    assert not matches(target, _when("2011-06"))
    assert not matches(target, _when("2011/2012"))  # longer than a year
    assert not matches(
        Target("point", point=datetime(2011, 7, 18)), _when("2011")
    )  # no counted unit: the start must be the gold


def test_kanji_number_rows_go_to_each_engines_number_parser() -> None:
    """一 alone is 1 to a number parser; a text normaliser may leave it a word."""
    rows = [c for c in numerals() if c.text == "一" and c.in_scope]
    assert rows
    got = run_numerals("t", lambda text: text, rows, lambda text: "1")
    assert all(r.correct for r in got)
    assert not any(r.correct for r in run_numerals("t", lambda text: text, rows))


def test_a_date_found_in_a_negative_row_is_wrong() -> None:
    """ja-timex negative 令和0年: any date mention there counts against the engine."""
    none = Target("none", none_of=frozenset({"when", "weekday"}))
    row = Case("t", 1, "令和0年", "ja", None, "", none)
    assert judge(row, [_when("2018")])[0] is False
    assert judge(row, [Found("count", 0, 3, "令和0年", number=0.0)])[0] is True


def test_ja_timex_values_map_to_the_spec_notation() -> None:
    """2021-07-XX → 2021-07, T23-59-XX → a minute, 2021-FA → autumn (README mapping)."""
    assert ja_timex_pattern("2021-07-XX") == "2021-07"
    assert ja_timex_pattern("T23-59-XX") == "XXXX-XX-XXT23:59"
    assert ja_timex_pattern("2021-FA") == "2021-autumn"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
@example(date(2024, 2, 29))
def test_a_filled_day_pattern_is_the_day_itself(day: date) -> None:
    """XXXX-XX-DD filled from a day is that day's interval."""
    at = datetime.combine(day, datetime.min.time())
    pattern = f"XXXX-XX-{day.day:02d}"
    assert interval_of(fill_unknown(pattern, at)) == Interval(
        at, at + timedelta(days=1)
    )


@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 12, 31)))
@example(datetime(2026, 1, 4, 1, 30))
def test_a_tv_schedule_hour_names_the_next_mornings_hour(at: datetime) -> None:
    """XXXX-XX-XXT25:30 filled from an answer at 01:30 is that very minute."""
    at = at.replace(hour=1, minute=30, second=0, microsecond=0)
    assert interval_of(fill_unknown("XXXX-XX-XXT25:30", at)).start == at
    assert interval_of(fill_unknown("XXXX-XX-XXT24", at.replace(hour=0))).start == (
        at.replace(hour=0, minute=0)
    )


@given(st.integers(min_value=1, max_value=500), st.sampled_from(["MIN", "H", "D", "W"]))
def test_duration_values_round_trip_to_seconds(amount: int, unit: str) -> None:
    """PT25M is 1500 s; every generated duration value reads back to its length."""
    per = {"MIN": 60, "H": 3600, "D": 86400, "W": 604800}[unit]
    assert duration_seconds(duration_value(amount, unit)) == amount * per


@given(st.integers(min_value=1, max_value=99999))
@example(250)
def test_generated_kanji_numerals_read_back_with_our_digitiser(n: int) -> None:
    """二百五十 → 250: the corpus's kanji numerals are the numbers its gold says."""
    digitise = pytest.importorskip("checks.normalise.numerals").digitise
    assert digitise(kanji_number(n) + "本").text == f"{n}本"


def test_corpus_gold_offsets_point_at_values_the_notation_accepts() -> None:
    """Every inserted date parses, and every gold span sits inside its article."""
    text, records = make_corpus.build("ja", 6000, seed=7)
    loaded: list[dict[str, Any]] = json.loads(json.dumps(records))
    articles = [r["article"] for r in loaded if "article" in r]
    for r in loaded:
        for start, end, kind, value, *_ in r.get("gold", []):
            assert any(a <= start < end <= b for a, b in articles)
            assert text[start:end].strip()
            if kind in ("when", "weekday"):
                assert edtf.is_valid(value), value


def test_committed_corpus_is_what_the_generator_builds() -> None:
    """bench/corpus/*.txt are reproducible from make_corpus.py's seed."""
    for lang in ("ja", "en"):
        text, _ = make_corpus.build(lang, make_corpus.SIZE, seed=20260103)
        committed = (ROOT / "bench" / "corpus" / f"{lang}.txt").read_text(
            encoding="utf-8"
        )
        assert text == committed
        assert len(committed.encode("utf-8")) < 250_000


def _fake_engine(tmp_path: Path) -> str:
    (tmp_path / "fake_engine.py").write_text(
        textwrap.dedent(
            """
            from checks.model import Mention
            from checks.normalise import edtf

            def extract(text, *, lang, published):
                at = text.find("2026年1月2日")
                if at < 0:
                    return []
                value = "2025-01-02" if "wrong" in text else "2026-01-02"
                return [Mention("when", at, at + 9, text[at:at + 9], value,
                                interval=edtf.parse_when(value))]
            """
        ),
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    return "fake_engine:extract"


def test_the_harness_scores_a_stand_in_engine_by_its_values(tmp_path: Path) -> None:
    """A right date is counted correct and a wrong year is not, whatever the engine."""
    engine = Ours(_fake_engine(tmp_path))
    target = Target("when", alternatives=("2026-01-02",))
    cases = [
        Case(
            "t",
            1,
            "首相は2026年1月2日に会談した。",
            "ja",
            None,
            "",
            target,
            span=(3, 12),
        ),
        Case("t", 2, "wrong 2026年1月2日", "ja", None, "", target, span=(6, 15)),
    ]
    assert [r.correct for r in run_engine(engine, cases)] == [True, False]
    assert judge(cases[0], [])[0] is False


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@needs_peers
def test_throughput_quick_run_prints_ratios_against_both_peers() -> None:
    """`throughput.py --quick` times every engine and prints ours / peer ratios."""
    out = _run("bench/throughput.py", "--quick")
    assert "ours / ja-timex" in out
    assert "ours / dateparser" in out
    assert "chars/s" in out


@needs_peers
def test_throughput_interleaved_run_prints_the_ratio_of_every_round() -> None:
    """`--schedule interleaved`: the engines take turns on each article."""
    out = _run("bench/throughput.py", "--quick", "--schedule", "interleaved")
    assert "the engines taking turns on each article" in out
    rounds = re.search(r"ja ours / ja-timex, round by round \(wall\): (.+)", out)
    assert rounds is not None
    assert len(rounds.group(1).split(", ")) == 2  # --quick: two rounds


@needs_peers
def test_ja_timex_parse_is_the_timed_call_with_extracts_signature() -> None:
    """The peer call ``instructions.py --versus`` counts reads with a reference."""
    from bench.engines import ja_timex_parse

    found = ja_timex_parse("前回は11月25日だった", published=datetime(2026, 1, 3, 9))
    assert [t.value for t in found] == ["XXXX-11-25"]


@needs_peers
def test_accuracy_small_run_prints_a_table_per_file_and_writes_json(
    tmp_path: Path,
) -> None:
    """`accuracy.py --limit 2` prints each file's table and writes both results."""
    out = _run("bench/accuracy.py", "--limit", "2", "--out", str(tmp_path))
    assert "== seed" in out
    assert "== en_dateparser.tsv" in out
    report = json.loads((tmp_path / "accuracy.json").read_text(encoding="utf-8"))
    assert set(report["files"]) >= {"seed", "ja_recognizers.tsv", "en_dateparser.tsv"}
    assert (tmp_path / "accuracy-failures.txt").exists()


def test_the_snapshot_is_identical_until_a_mention_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import snapshot

    texts = [
        (
            ("a",),
            "前回の電話会談は11月25日で、約25分間だった。",
            "ja",
            datetime(2026, 1, 3),
        ),
        (
            ("b",),
            "The call on Friday lasted about 25 minutes.",
            "en",
            datetime(2026, 1, 3),
        ),
    ]
    monkeypatch.setattr(snapshot, "cases", lambda: iter(texts))
    file = tmp_path / "snap.pickle"
    assert snapshot.main(["save", str(file)]) == 0
    assert snapshot.main(["compare", str(file)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "identical"

    real = snapshot.extract
    monkeypatch.setattr(
        snapshot, "extract", lambda text, **kw: real(text, **kw)[1:]
    )  # the first mention of every text goes missing
    assert snapshot.main(["compare", str(file)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "2 texts differ"
    assert "11月25日" in out
    assert "before:" in out


def test_instructions_reads_callgrinds_count_and_refuses_a_report_without_one() -> None:
    from bench.instructions import collected

    report = "==12== Events    : Ir\n==12== Collected : 403958123\n==12==\n"
    assert collected(report) == 403958123
    with pytest.raises(ValueError, match="no instruction count"):
        collected("==12== error: something went wrong\n")
