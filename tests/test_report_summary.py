"""The lines printed at the end of a run."""

from __future__ import annotations

from report_samples import sample_document

from checks.report.baseline import FORMAT, apply_baseline, baseline_entries
from checks.report.summary import baseline_lines, terminal_summary


def test_the_summary_counts_verdicts() -> None:
    """The first line counts checks by verdict, problems last."""
    lines = terminal_summary(sample_document(), {})
    assert lines[0] == (
        "claims: 23 checks: 17 supported, 4 refuted, 1 unverifiable, 1 problem"
    )
    assert lines[1] == (
        "claims: 19 as expected, 4 not as expected (1 accepted by the baseline)"
    )
    assert lines[2] == (
        "claims: 1 known errors caught (expected refuted, found refuted)"
    )


def test_unexpected_results_are_listed_with_node_id_and_reason() -> None:
    """Each unexpected result is a line with its node id and why."""
    lines = terminal_summary(sample_document(), {})
    start = lines.index("claims: 3 unexpected results:")
    assert lines[start + 1 : start + 4] == [
        "  claims/call.yaml::tokyo-summit[takaichi-trump-call]: refuted"
        " (expected supported): the two days differ",
        "  claims/call.yaml::previous-call-after-call-date: refuted"
        " (expected supported): 25 November 2025 is before 2 January 2026, not after",
        "  claims/broken.yaml::problem-1: problem: unknown source id"
        " 'state-guest-plna'",
    ]


def test_name_drift_and_report_paths_close_the_summary() -> None:
    """Name drift is named, then where each report was written."""
    lines = terminal_summary(
        sample_document(), {"html": "artifacts/report.html", "json": "results.json"}
    )
    assert lines[-3:] == [
        "claims: name drift: state-guest-plan writes 高市早苗 as 佐菜江・貴坂内",
        "claims: html report written to artifacts/report.html",
        "claims: json report written to results.json",
    ]


def test_a_clean_run_lists_no_unexpected_results() -> None:
    """With every check passing, no 'unexpected' line appears."""
    doc = sample_document()
    doc["checks"] = [c for c in doc["checks"] if c["passed"]]
    doc["names"] = []
    lines = terminal_summary(doc, {})
    assert not [line for line in lines if "unexpected" in line]


def test_name_drift_is_listed_once_per_text_and_variant() -> None:
    """The same variant seen by two claims in one text is one line."""
    doc = sample_document()
    doc["names"] += [dict(doc["names"][2], claim="pm-name-again")]
    drift = [line for line in terminal_summary(doc, {}) if "name drift" in line]
    assert drift == [
        "claims: name drift: state-guest-plan writes 高市早苗 as 佐菜江・貴坂内"
    ]


def test_baseline_lines_name_the_stale_entries() -> None:
    """A fixed entry and a changed text are both listed, with the way to drop them."""
    doc = sample_document()
    entries = baseline_entries(doc)
    summit = next(c for c in doc["checks"] if c["claim"] == "tokyo-summit")
    summit.update(verdict="supported", passed=True)
    for c in doc["checks"]:
        if "state-guest-plan" in c["provenance"]["sources"]:
            c["provenance"]["sources"]["state-guest-plan"] = "e" * 64
    result = apply_baseline(doc, {"format": FORMAT, "entries": entries})
    assert baseline_lines(result) == [
        "claims: baseline: 2 new failures, 1 still accepted, 1 fixed,"
        " 1 with changed texts",
        "  stale (fixed): tokyo-summit in takaichi-trump-call",
        "  stale (text changed): call-date in state-guest-plan",
        "  Run again with --claims-update-baseline to drop the stale entries.",
    ]
