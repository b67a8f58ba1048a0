"""The results document: records built from model objects, counts, the schema."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from report_samples import sample_checks, sample_document, sample_names, suite_record

from checks.model import Evidence, Interval, Mention
from checks.normalise.edtf import parse_when
from checks.report.junit import junit_properties
from checks.report.records import (
    FORMAT,
    ResultsDocumentError,
    evidence_record,
    interval_record,
    load_results,
    mention_record,
    results_document,
    summarise,
    validate_results,
)

VERDICTS = ["supported", "refuted", "unverifiable"]


def test_late_march_is_recorded_as_days_21_to_31() -> None:
    """interval_record writes late March as [21 March, 1 April) in ISO."""
    got = interval_record(parse_when("2026-03-late"))
    assert got == ["2026-03-21T00:00:00", "2026-04-01T00:00:00"]


def test_by_late_march_is_recorded_with_an_open_start() -> None:
    """An open start is written as null, the end stays."""
    assert interval_record(parse_when("../2026-03-late")) == [
        None,
        "2026-04-01T00:00:00",
    ]


def test_no_interval_is_recorded_as_null() -> None:
    """A mention without an interval has interval null."""
    assert interval_record(None) is None


def test_mention_record_keeps_the_text_and_the_hedge() -> None:
    """約25分間 keeps its words, value, seconds, unit and hedge."""
    m = Mention("duration", 40, 45, "約25分間", "PT25M", None, 1500.0, "分", "approx")
    record = mention_record(m)
    assert record["text"] == "約25分間"
    assert (record["value"], record["number"], record["unit"], record["hedge"]) == (
        "PT25M",
        1500.0,
        "分",
        "approx",
    )
    assert record["note"] is None


def test_evidence_record_prefers_the_line_given() -> None:
    """The fixture line passed in wins over the evidence's own line."""
    ev = Evidence("takaichi-trump-call", "前回の電話会談は11月25日で", 10, None, 3)
    assert evidence_record(ev, 12)["line"] == 12
    assert evidence_record(ev, None)["line"] == 3
    assert evidence_record(ev, None)["mention"] is None


def test_the_sample_document_matches_the_schema() -> None:
    """A realistic document validates against results.schema.json."""
    assert validate_results(sample_document()) == []


def test_the_document_survives_json() -> None:
    """The document is plain JSON: a dump and load gives it back unchanged."""
    doc = sample_document()
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc


def test_a_wrong_verdict_is_reported_with_its_path() -> None:
    """validate_results names the check and the field that is wrong."""
    doc = sample_document()
    doc["checks"][2]["verdict"] = "true"
    errors = validate_results(doc)
    assert len(errors) == 1
    assert errors[0].startswith("$.checks[2].verdict: 'true' is not one of")


def test_a_missing_summary_is_reported() -> None:
    """A document without its summary does not validate."""
    doc = sample_document()
    del doc["summary"]
    assert validate_results(doc) == ["$: 'summary' is a required property"]


def test_summary_counts_the_seed_suite() -> None:
    """The sample: 23 checks, 4 failing, 1 known error caught, 3 unexpected."""
    summary = sample_document()["summary"]
    assert (summary["total"], summary["passed"], summary["failed"]) == (23, 19, 4)
    assert summary["known_errors_caught"] == 1
    assert summary["unexpected"] == 3
    assert summary["accepted"] == 1
    assert summary["by_verdict"]["problem"] == 1
    assert summary["by_source"]["state-guest-plan"] == {"passed": 5, "failed": 1}
    assert summary["by_kind"]["relation"] == {"passed": 4, "failed": 1}


def test_failures_are_marked_new_unless_a_baseline_says_otherwise() -> None:
    """results_document marks failures ``new`` and keeps ``accepted``."""
    marks = {c["nodeid"]: c["baseline"] for c in sample_document()["checks"]}
    assert marks["claims/call.yaml::tokyo-summit[takaichi-trump-call]"] == "new"
    assert marks["claims/call.yaml::call-date[state-guest-plan]"] == "accepted"
    assert marks["claims/call.yaml::call-date[takaichi-trump-call]"] is None


def test_the_document_records_its_creation_time() -> None:
    """``created`` is the time given, with its offset."""
    when = datetime.fromisoformat("2026-01-10T00:15:00+00:00")
    doc = results_document(
        suite_record(), sample_checks(), sample_names(), created=when
    )
    assert doc["created"] == "2026-01-10T00:15:00+00:00"
    assert doc["format"] == FORMAT


def test_load_results_refuses_other_json() -> None:
    """A JSON file of another kind gets a message naming the expected format."""
    with pytest.raises(ResultsDocumentError, match="not a pytest-claims results"):
        load_results('{"format": "sarif"}', "out.json")


def test_load_results_refuses_broken_json() -> None:
    """Broken JSON gets its line and column."""
    with pytest.raises(ResultsDocumentError, match=r"line 1, column 2"):
        load_results("{oops", "out.json")


def test_load_results_lists_schema_errors() -> None:
    """A document of the right format but wrong shape names the bad field."""
    doc = sample_document()
    doc["checks"][0]["line"] = 0
    with pytest.raises(ResultsDocumentError, match=r"\$\.checks\[0\]\.line"):
        load_results(json.dumps(doc), "out.json")


def test_junit_properties_name_verdict_expected_source_claim_kind() -> None:
    """The five JUnit properties of a refuted name check, in order."""
    pm = next(
        c for c in sample_checks() if c["nodeid"].endswith("pm-name[state-guest-plan]")
    )
    assert junit_properties(pm) == [
        ("verdict", "refuted"),
        ("expected", "refuted"),
        ("source", "state-guest-plan"),
        ("claim", "pm-name"),
        ("kind", "name"),
    ]


def test_junit_properties_of_a_problem_are_empty_strings() -> None:
    """A problem has no verdict: the property is an empty string, not 'None'."""
    problem = next(c for c in sample_checks() if c["type"] == "problem")
    props = dict(junit_properties(problem))
    assert props["verdict"] == ""
    assert props["kind"] == "problem"


check_outcomes = st.lists(
    st.tuples(
        st.sampled_from([*VERDICTS, None]),
        st.sampled_from(VERDICTS),
        st.sampled_from(["takaichi-trump-call", "state-guest-plan"]),
        st.sampled_from(["when", "duration", "name"]),
    ),
    max_size=30,
)


def _checks(outcomes: list[tuple[Any, str, str, str]]) -> list[dict[str, Any]]:
    base = sample_checks()[0]
    made = []
    for n, (verdict, expected, source, kind) in enumerate(outcomes):
        c = copy.deepcopy(base)
        c.update(
            nodeid=f"claims/call.yaml::c{n}[{source}]",
            claim=f"c{n}",
            source=source,
            sources=[source],
            kind=kind,
            verdict=verdict,
            expected=expected if verdict else None,
            type="claim" if verdict else "problem",
            passed=verdict == expected,
        )
        made.append(c)
    return made


@given(check_outcomes)
@example([("refuted", "refuted", "state-guest-plan", "name")])
def test_summary_counts_always_add_up(
    outcomes: list[tuple[Any, str, str, str]],
) -> None:
    """passed + failed = total; verdict counts sum to total; known errors ≤ refuted."""
    summary = summarise(_checks(outcomes))
    assert summary["passed"] + summary["failed"] == summary["total"] == len(outcomes)
    assert sum(summary["by_verdict"].values()) == summary["total"]
    assert summary["known_errors_caught"] <= summary["by_verdict"].get("refuted", 0)
    assert summary["unexpected"] + summary["accepted"] == summary["failed"]
    per_kind = sum(n["passed"] + n["failed"] for n in summary["by_kind"].values())
    assert per_kind == summary["total"]


@given(check_outcomes)
def test_any_summarised_document_validates(
    outcomes: list[tuple[Any, str, str, str]],
) -> None:
    """Documents built from any mix of outcomes match the schema."""
    doc = results_document(suite_record(), _checks(outcomes), sample_names())
    assert validate_results(doc) == []


@given(
    st.datetimes(min_value=datetime(1700, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=1, max_value=10**8),
)
def test_interval_records_round_trip(start: datetime, seconds: int) -> None:
    """Reading the ISO strings back gives the same interval."""
    interval = Interval(start, start + timedelta(seconds=seconds))
    record = interval_record(interval)
    assert record is not None
    back = Interval(*(datetime.fromisoformat(p) for p in record if p is not None))
    assert back == interval


def test_records_shaped_like_the_plugins_validate() -> None:
    """A lint record with no claim file hash and a relation of unknown origin pass."""
    doc = sample_document()
    lint = next(c for c in doc["checks"] if c["type"] == "lint")
    lint["provenance"]["claim_file_sha256"] = ""
    relation = next(c for c in doc["checks"] if c["type"] == "relation")
    relation["relation"].update(left_from="", left_says="The visit", right_says=None)
    relation["interval"] = None
    doc["checks"][0]["aliases"] = ["高市", "Sanae Takaichi"]
    assert validate_results(doc) == []
