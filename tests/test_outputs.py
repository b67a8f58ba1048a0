"""What a run writes: JSON, SARIF, GitHub annotations, the baseline, parallel runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from checks.report.records import validate_results

EXAMPLES = Path(__file__).parent / "examples"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json"


@pytest.fixture
def mini(pytester: pytest.Pytester) -> pytest.Pytester:
    """A copy of the small example suite."""
    shutil.copytree(EXAMPLES / "mini", pytester.path, dirs_exist_ok=True)
    return pytester


def _break_trees(suite: pytest.Pytester) -> None:
    path = suite.path / "claims" / "call.yaml"
    text = path.read_text(encoding="utf-8").replace("count: 250", "count: 300")
    path.write_text(text, encoding="utf-8")


def _checks(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return list(doc["checks"])


def test_the_json_results_validate_against_their_schema(mini: pytest.Pytester) -> None:
    """--claims-json writes a document its schema accepts, one check per item."""
    mini.runpytest("claims", "--claims-json", "out.json").assert_outcomes(passed=8)
    doc = json.loads((mini.path / "out.json").read_text(encoding="utf-8"))
    assert validate_results(doc) == []
    assert len(doc["checks"]) == 8
    trees = next(c for c in doc["checks"] if c["claim"] == "trees")
    assert trees["line"] == 14
    assert (trees["verdict"], trees["source"]) == ("supported", "call")
    assert trees["evidence"][0]["mention"]["text"] == "250本"
    assert len(trees["provenance"]["sources"]["call"]) == 64


def test_a_parallel_run_writes_the_same_results_as_a_serial_one(
    mini: pytest.Pytester,
) -> None:
    """pytest -n 2 --dist loadgroup gives the same checks, in the same order."""
    _break_trees(mini)
    mini.runpytest("claims", "--claims-json", "serial.json")
    mini.runpytest_subprocess(
        "claims", "-n", "2", "--dist", "loadgroup", "--claims-json", "parallel.json"
    )
    serial = _checks(mini.path / "serial.json")
    parallel = _checks(mini.path / "parallel.json")
    assert len(serial) == 8
    assert parallel == serial


def test_sarif_points_at_the_claim_line_with_the_evidence_beside_it(
    mini: pytest.Pytester,
) -> None:
    """A failure becomes a SARIF result at the claim's line, the text as related."""
    _break_trees(mini)
    mini.runpytest("claims", "--claims-sarif", "out.sarif")
    sarif = json.loads((mini.path / "out.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    errors = [r for r in sarif["runs"][0]["results"] if r["level"] == "error"]
    assert len(errors) == 1
    where = errors[0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "claims/call.yaml"
    assert where["region"]["startLine"] == 14
    related = errors[0]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "fixtures/call.md"


def test_github_actions_gets_annotations_and_a_step_summary(
    mini: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under GITHUB_ACTIONS, a failure is an ::error at its line, and a table."""
    _break_trees(mini)
    summary = mini.path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = mini.runpytest("claims")
    result.stdout.fnmatch_lines(["::error file=claims/call.yaml,line=14,*"])
    assert "trees" in summary.read_text(encoding="utf-8")


def test_a_baseline_accepts_recorded_failures_until_the_text_changes(
    mini: pytest.Pytester,
) -> None:
    """Recorded failures pass as accepted; an edited text makes them count again."""
    _break_trees(mini)
    mini.runpytest(
        "claims", "--claims-baseline", "baseline.json", "--claims-update-baseline"
    ).assert_outcomes(passed=7, failed=1)
    accepted = mini.runpytest("claims", "--claims-baseline", "baseline.json")
    accepted.assert_outcomes(passed=7, xfailed=1)
    assert accepted.ret == pytest.ExitCode.OK

    text = mini.path / "fixtures" / "call.md"
    text.write_text(text.read_text(encoding="utf-8") + "\n追記。\n", encoding="utf-8")
    changed = mini.runpytest("claims", "--claims-baseline", "baseline.json")
    changed.assert_outcomes(passed=7, failed=1)


def test_a_broken_baseline_file_is_a_usage_error_not_a_traceback(
    mini: pytest.Pytester,
) -> None:
    """A baseline that is not JSON stops the run with a one-line reason."""
    (mini.path / "baseline.json").write_text("{not json", encoding="utf-8")
    result = mini.runpytest("claims", "--claims-baseline", "baseline.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--claims-baseline baseline.json:*"])
    assert "Traceback" not in result.stderr.str()


def test_the_html_report_is_written_and_self_contained(mini: pytest.Pytester) -> None:
    """--claims-html writes one page with every claim and no outside address."""
    mini.runpytest("claims", "--claims-html", "report.html")
    page = (mini.path / "report.html").read_text(encoding="utf-8")
    for claim_id in ("call-date", "call-length", "trees", "wrong-length", "xi-call"):
        assert claim_id in page
    assert "http://" not in page
    assert "https://" not in page.replace("https://pytest-claims.example.org", "")


def test_the_terminal_summary_counts_verdicts_and_names_the_report(
    mini: pytest.Pytester,
) -> None:
    """The run ends with counts by verdict and where the report went."""
    result = mini.runpytest("claims", "--claims-html", "report.html")
    result.stdout.fnmatch_lines(
        [
            "*claims*",
            "claims: 8 checks: 7 supported, 1 refuted",
            "*known errors caught*",
            "*report.html*",
        ]
    )
