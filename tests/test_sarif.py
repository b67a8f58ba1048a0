"""SARIF 2.1.0 output: valid, failures only, stable fingerprints, evidence places."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_samples import sample_document

from checks.report.sarif import fingerprint, to_sarif

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json").read_text(
        encoding="utf-8"
    )
)


def validate(log: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.FormatChecker()
    )
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


@pytest.fixture(scope="module")
def log() -> dict[str, Any]:
    return to_sarif(sample_document())


def test_the_log_matches_the_sarif_subset(log: dict[str, Any]) -> None:
    """The sample's SARIF validates against the SARIF 2.1.0 subset schema."""
    assert validate(log) == []
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


def test_the_schema_catches_a_misspelt_field(log: dict[str, Any]) -> None:
    """The subset is strict: 'lvl' instead of 'level' is an error."""
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["lvl"] = "error"
    assert validate(broken)


def test_only_failures_and_problems_are_results(log: dict[str, Any]) -> None:
    """Four checks did not pass (one accepted), so four results, all errors."""
    results = log["runs"][0]["results"]
    assert len(results) == 4
    assert {r["level"] for r in results} == {"error"}
    assert sorted(r["ruleId"] for r in results) == ["after", "problem", "when", "when"]


def test_rules_are_the_value_kinds_and_ops(log: dict[str, Any]) -> None:
    """Each ruleIndex points at the rule with that id."""
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert run["tool"]["driver"]["name"] == "pytest-claims"


def test_results_point_at_the_claim_line(log: dict[str, Any]) -> None:
    """tokyo-summit points at claims/call.yaml line 44."""
    result = next(
        r
        for r in log["runs"][0]["results"]
        if r["properties"]["nodeid"].endswith("tokyo-summit[takaichi-trump-call]")
    )
    place = result["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == "claims/call.yaml"
    assert place["region"] == {"startLine": 44}


def test_related_locations_are_the_evidence_in_the_texts(log: dict[str, Any]) -> None:
    """The refuted date names the fixture line of the sentence that refutes it."""
    result = next(
        r
        for r in log["runs"][0]["results"]
        if r["properties"]["nodeid"].endswith("tokyo-summit[takaichi-trump-call]")
    )
    related = result["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == (
        "fixtures/takaichi-trump-call.md"
    )
    assert related["physicalLocation"]["region"]["startLine"] == 15
    assert "2025年10月28日" in related["message"]["text"]


def test_problems_carry_their_column(log: dict[str, Any]) -> None:
    """The bad source id points at line 3, column 12 of claims/broken.yaml."""
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "problem")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 12}


def test_baseline_state_follows_the_baseline(log: dict[str, Any]) -> None:
    """An accepted failure is 'unchanged', a new one 'new'."""
    states = {
        r["properties"]["nodeid"]: r["baselineState"] for r in log["runs"][0]["results"]
    }
    assert states["claims/call.yaml::call-date[state-guest-plan]"] == "unchanged"
    assert states["claims/call.yaml::tokyo-summit[takaichi-trump-call]"] == "new"


@given(st.integers(min_value=1, max_value=100_000))
def test_fingerprints_ignore_the_line(line: int) -> None:
    """Moving a claim to another line keeps its fingerprint."""
    check = sample_document()["checks"][13]
    moved = {**check, "line": line}
    assert fingerprint(moved) == fingerprint(check)


@given(st.sampled_from(["claim", "kind", "value", "source"]), st.text(min_size=1))
def test_fingerprints_change_with_the_content(key: str, text: str) -> None:
    """Another claim, kind, value or source gives another fingerprint."""
    check = sample_document()["checks"][13]
    changed = {**check, key: check[key] + text}
    assert fingerprint(changed) != fingerprint(check)


def test_a_clean_run_is_a_valid_empty_log() -> None:
    """With nothing failing, the log still validates and has no results."""
    doc = sample_document()
    doc["checks"] = [c for c in doc["checks"] if c["passed"]]
    log = to_sarif(doc)
    assert validate(log) == []
    assert log["runs"][0]["results"] == []
