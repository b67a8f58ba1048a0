"""GitHub Actions output: escaped error annotations and the job summary table."""

from __future__ import annotations

import copy
import re
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from report_samples import sample_document

from checks.report.github import (
    annotations,
    escape_data,
    escape_property,
    step_summary,
)


def unescape(text: str) -> str:
    """What the runner shows: %0A, %0D, %3A, %2C and %25 decoded."""
    table = {"%0A": "\n", "%0D": "\r", "%3A": ":", "%2C": ",", "%25": "%"}
    return re.sub(r"%(0A|0D|3A|2C|25)", lambda m: table[m.group(0)], text)


def many_failures(n: int) -> dict[str, Any]:
    doc = sample_document()
    base = next(c for c in doc["checks"] if c["claim"] == "tokyo-summit")
    doc["checks"] = []
    for i in range(n):
        c = copy.deepcopy(base)
        c.update(claim=f"claim-{i}", line=i + 1, nodeid=f"claims/call.yaml::claim-{i}")
        doc["checks"].append(c)
    return doc


def test_an_annotation_points_at_the_claim_line() -> None:
    """The refuted date becomes ::error on claims/call.yaml line 44."""
    lines = annotations(sample_document())
    summit = next(a for a in lines if "tokyo-summit" in a)
    assert summit.startswith(
        "::error file=claims/call.yaml,line=44,title=tokyo-summit in "
        "takaichi-trump-call%3A refuted (expected supported)::"
    )


def test_the_message_keeps_its_lines_escaped() -> None:
    """Line breaks in the message become %0A, so it is one command line."""
    summit = next(a for a in annotations(sample_document()) if "tokyo-summit" in a)
    assert "\n" not in summit
    message = unescape(summit.split("::", 2)[2])
    assert (
        message.splitlines()[1]
        == "    Sentence:   【2025年10月28日】、日本のサナエ・高市首相と…"
    )


def test_accepted_failures_get_no_annotation() -> None:
    """The baseline's call-date failure is not annotated; the three new ones are."""
    lines = annotations(sample_document())
    assert len(lines) == 3
    assert not [a for a in lines if "call-date in state-guest-plan" in a]


def test_problems_name_their_column() -> None:
    """The bad source id carries col=12."""
    problem = next(a for a in annotations(sample_document()) if "broken.yaml" in a)
    assert problem.startswith("::error file=claims/broken.yaml,line=3,col=12,")


def test_at_most_ten_lines_with_a_pointer_to_the_rest() -> None:
    """Twenty-five failures give nine errors and a notice counting the other 16."""
    lines = annotations(many_failures(25))
    assert len(lines) == 10
    assert all(a.startswith("::error ") for a in lines[:9])
    assert lines[9].startswith("::notice ")
    assert "16 more unexpected results" in lines[9]


def test_ten_failures_are_all_annotated() -> None:
    """Exactly ten failures fit: ten errors and no notice."""
    lines = annotations(many_failures(10))
    assert len(lines) == 10
    assert all(a.startswith("::error ") for a in lines)


@given(st.text())
@example("50% of 25分\r\nnext, line: done")
def test_escaping_round_trips(text: str) -> None:
    """Escaped text has no raw CR or LF and decodes back to the original."""
    data = escape_data(text)
    prop = escape_property(text)
    assert "\n" not in data
    assert "\r" not in data
    assert ":" not in prop
    assert "," not in prop
    assert unescape(data) == text
    assert unescape(prop) == text


def test_the_step_summary_lists_every_failure() -> None:
    """All four failures are rows, the accepted one labelled as such."""
    md = step_summary(sample_document())
    rows = [
        line for line in md.splitlines() if line.startswith("| ") and "---" not in line
    ]
    assert len(rows) == 5  # header + 4
    assert rows[0] == "| Status | Claim | Text | Found | Expected | Where | Why |"
    accepted = next(r for r in rows if "call-date" in r)
    assert accepted.startswith("| accepted (baseline) | call-date | state-guest-plan |")
    assert "`claims/call.yaml:44`" in md
    assert "19 of 23 checks came out as expected; 1 known errors caught." in md


def test_the_step_summary_lists_all_twenty_five() -> None:
    """The job summary is not capped like the annotations."""
    md = step_summary(many_failures(25))
    assert md.count("| **new** |") == 25


def test_pipes_in_cells_are_escaped() -> None:
    """A '|' in a reason does not break the table."""
    doc = many_failures(1)
    doc["checks"][0]["why"] = "a | b"
    row = step_summary(doc).splitlines()[-1]
    assert row.endswith("| a \\| b |")


def test_a_clean_run_says_so() -> None:
    """With nothing failing, the summary says every check came out as expected."""
    doc = sample_document()
    doc["checks"] = [c for c in doc["checks"] if c["passed"]]
    assert "Every check came out as expected." in step_summary(doc)
    assert annotations(doc) == []
