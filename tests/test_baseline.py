"""The baseline of accepted failures: keyed by content, stale entries reported."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_samples import sample_document

from checks.report.baseline import (
    FORMAT,
    BaselineError,
    apply_baseline,
    baseline_entries,
    baseline_key,
    is_accepted,
    load_baseline,
    write_baseline,
)

SUMMIT = "claims/call.yaml::tokyo-summit[takaichi-trump-call]"
RELATION = "claims/call.yaml::previous-call-after-call-date"
CALL_DATE = "claims/call.yaml::call-date[state-guest-plan]"
PROBLEM = "claims/broken.yaml::problem-1"


def fresh() -> dict[str, Any]:
    """The sample with no baseline marks: every failure new."""
    doc = sample_document()
    for c in doc["checks"]:
        c["baseline"] = None if c["passed"] else "new"
    return doc


def by_node(doc: dict[str, Any], nodeid: str) -> dict[str, Any]:
    return next(c for c in doc["checks"] if c["nodeid"] == nodeid)


def test_the_key_ignores_the_line() -> None:
    """Moving a claim down the file keeps its key."""
    check = by_node(fresh(), SUMMIT)
    assert baseline_key({**check, "line": 90}) == baseline_key(check)


def test_the_key_changes_with_the_text() -> None:
    """A different fixture hash gives a different key."""
    check = by_node(fresh(), SUMMIT)
    edited = copy.deepcopy(check)
    edited["provenance"]["sources"]["takaichi-trump-call"] = "0" * 64
    assert baseline_key(edited) != baseline_key(check)


@given(st.sampled_from(["claim", "kind", "value", "source"]), st.text(min_size=1))
def test_the_key_changes_with_the_claim(field: str, text: str) -> None:
    """Another claim id, kind, value or source gives another key."""
    check = by_node(fresh(), SUMMIT)
    changed = {**check, field: str(check[field]) + text}
    if field == "source":
        changed["sources"] = [changed["source"]]
    assert baseline_key(changed) != baseline_key(check)


def test_writing_then_applying_accepts_every_failure(tmp_path: Path) -> None:
    """A baseline written from a run accepts all of that run's failures but problems."""
    doc = fresh()
    path = write_baseline(doc, tmp_path / "baseline.json")
    result = apply_baseline(doc, load_baseline(path))
    assert sorted(result.accepted) == sorted([SUMMIT, RELATION, CALL_DATE])
    assert result.new == [PROBLEM]
    assert result.stale == []
    assert result.doc["summary"]["unexpected"] == 1
    assert result.doc["summary"]["accepted"] == 3


def test_the_file_is_sorted_and_documented(tmp_path: Path) -> None:
    """The file names its format, has sorted keys and entries sorted by key."""
    path = write_baseline(fresh(), tmp_path / "b.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    keys = [e["key"] for e in data["entries"]]
    assert keys == sorted(keys)
    assert list(data["entries"][0]) == sorted(data["entries"][0])
    assert "佐菜江" not in path.read_text(encoding="utf-8")  # passing checks not listed
    assert {e["claim"] for e in data["entries"]} == {
        "tokyo-summit",
        "previous-call after call-date",
        "call-date",
    }


def test_writing_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    """The file is deterministic, so it diffs cleanly in review."""
    a = write_baseline(fresh(), tmp_path / "a.json").read_bytes()
    b = write_baseline(fresh(), tmp_path / "b.json").read_bytes()
    assert a == b


def test_a_fixed_failure_is_stale() -> None:
    """When the summit claim is corrected and passes, its entry is reported fixed."""
    baseline = {"format": FORMAT, "entries": baseline_entries(fresh())}
    doc = fresh()
    summit = by_node(doc, SUMMIT)
    summit.update(verdict="supported", passed=True)
    result = apply_baseline(doc, baseline)
    assert [e["claim"] for e in result.fixed] == ["tokyo-summit"]
    assert result.changed == []
    assert result.counts() == {"new": 1, "accepted": 2, "fixed": 1, "changed": 0}


def test_an_edited_text_makes_the_entry_stale_and_the_failure_new() -> None:
    """Same claim and source, other fixture hash: reported as changed, shown again."""
    baseline = {"format": FORMAT, "entries": baseline_entries(fresh())}
    doc = fresh()
    for c in doc["checks"]:
        if "state-guest-plan" in c["provenance"]["sources"]:
            c["provenance"]["sources"]["state-guest-plan"] = "f" * 64
    result = apply_baseline(doc, baseline)
    assert [e["claim"] for e in result.changed] == ["call-date"]
    assert CALL_DATE in result.new
    assert by_node(result.doc, CALL_DATE)["baseline"] == "new"


def test_a_removed_claim_is_stale() -> None:
    """An entry whose claim is gone is reported as fixed (no longer failing)."""
    baseline = {"format": FORMAT, "entries": baseline_entries(fresh())}
    doc = fresh()
    doc["checks"] = [c for c in doc["checks"] if c["nodeid"] != RELATION]
    result = apply_baseline(doc, baseline)
    assert [e["claim"] for e in result.fixed] == ["previous-call after call-date"]


def test_applying_does_not_change_the_input() -> None:
    """apply_baseline returns a marked copy and leaves the document alone."""
    doc = fresh()
    before = copy.deepcopy(doc)
    apply_baseline(doc, {"format": FORMAT, "entries": baseline_entries(doc)})
    assert doc == before


def test_a_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    """load_baseline names the option that writes a baseline."""
    with pytest.raises(BaselineError, match="no such baseline file"):
        load_baseline(tmp_path / "nope.json")


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    """A syntax error is reported with file:line:column."""
    path = tmp_path / "b.json"
    path.write_text('{\n  "format": oops\n}', encoding="utf-8")
    with pytest.raises(BaselineError, match=r"b\.json:2:13: not valid JSON"):
        load_baseline(path)


def test_a_results_document_is_not_a_baseline(tmp_path: Path) -> None:
    """Passing the results JSON by mistake names both formats."""
    path = tmp_path / "results.json"
    path.write_text(json.dumps(fresh()), encoding="utf-8")
    with pytest.raises(BaselineError, match=r"'pytest-claims/results@1', expected"):
        load_baseline(path)


def test_an_entry_without_its_key_is_refused(tmp_path: Path) -> None:
    """An entry missing fields is named by its position."""
    path = tmp_path / "b.json"
    path.write_text(
        json.dumps({"format": FORMAT, "entries": [{"claim": "x"}]}), encoding="utf-8"
    )
    with pytest.raises(BaselineError, match="entry 1 lacks key, kind, value, sources"):
        load_baseline(path)


def test_the_loaded_baseline_is_keyed_for_lookup(tmp_path: Path) -> None:
    """load_baseline maps key → entry, so the plugin can test membership."""
    doc = fresh()
    loaded = load_baseline(write_baseline(doc, tmp_path / "b.json"))
    assert baseline_key(by_node(doc, SUMMIT)) in loaded["entries"]
    assert is_accepted(by_node(doc, SUMMIT), loaded)


def test_passes_and_problems_are_never_accepted(tmp_path: Path) -> None:
    """is_accepted is False for a passing check, a problem, or no baseline."""
    doc = fresh()
    loaded = load_baseline(write_baseline(doc, tmp_path / "b.json"))
    passing = next(c for c in doc["checks"] if c["passed"])
    assert not is_accepted(passing, loaded)
    assert not is_accepted(by_node(doc, PROBLEM), loaded)
    assert not is_accepted(by_node(doc, SUMMIT), None)
