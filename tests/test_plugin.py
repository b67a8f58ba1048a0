"""The pytest layer: collection, node ids, locations, markers, -k, outcomes."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parent / "examples"

MINI_IDS = [
    "claims/call.yaml::call-date[call]",
    "claims/call.yaml::call-length[call]",
    "claims/call.yaml::trees[call]",
    "claims/call.yaml::wrong-length[call]",
    "claims/call.yaml::xi-call[report]",
    "claims/call.yaml::call-date-before-xi-call",
    "fixtures/call.md::calendar-lint",
    "fixtures/report.md::calendar-lint",
]


@pytest.fixture
def mini(pytester: pytest.Pytester) -> pytest.Pytester:
    """A copy of the small example suite in a fresh folder."""
    shutil.copytree(EXAMPLES / "mini", pytester.path, dirs_exist_ok=True)
    return pytester


def test_each_claim_and_source_is_one_item_with_a_readable_node_id(
    mini: pytest.Pytester,
) -> None:
    """One item per (claim, source), per relation, and per text's lint."""
    result = mini.runpytest("claims", "--collect-only", "-q")
    ids = [line for line in result.outlines if "::" in line]
    assert sorted(ids) == sorted(MINI_IDS)


def test_the_small_suite_passes(mini: pytest.Pytester) -> None:
    """Every claim of the example suite gets its expected verdict."""
    result = mini.runpytest("claims", "-p", "no:randomly")
    result.assert_outcomes(passed=len(MINI_IDS))


def test_items_are_located_at_their_claim_line(mini: pytest.Pytester) -> None:
    """An item's location is its claim's YAML line (0-based in pytest)."""
    items, _ = mini.inline_genitems("claims")
    where = {item.name: item.location[:2] for item in items}
    assert where["call-date[call]"] == ("claims/call.yaml", 3)
    assert where["trees[call]"] == ("claims/call.yaml", 13)
    assert where["call-date-before-xi-call"] == ("claims/call.yaml", 27)


def test_junit_xunit1_records_file_line_and_verdict(mini: pytest.Pytester) -> None:
    """JUnit (xunit1) points at the claim's line and carries the verdict.

    pytest writes locations 0-based, as for Python tests; readers add one."""
    mini.runpytest("claims", "--junitxml=out.xml", "-o", "junit_family=xunit1")
    root = ET.parse(mini.path / "out.xml").getroot()
    case = next(c for c in root.iter("testcase") if c.get("name") == "trees[call]")
    assert case.get("file") == "claims/call.yaml"
    assert case.get("line") == "13"  # the claim is on line 14
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props["verdict"] == "supported"
    assert props["expected"] == "supported"
    assert props["source"] == "call"


def test_tags_become_markers(mini: pytest.Pytester) -> None:
    """`tags: [date]` makes `-m date` select that claim, under --strict-markers."""
    result = mini.runpytest("claims", "-m", "date", "--strict-markers", "-q")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("expr", "count"),
    [("duration", 2), ("report", 2), ("trees", 1), ("relation", 1)],
)
def test_k_matches_claim_source_and_kind(
    mini: pytest.Pytester, expr: str, count: int
) -> None:
    """-k matches a claim id, a source id or a value kind."""
    result = mini.runpytest("claims", "-k", expr, "-q")
    result.assert_outcomes(passed=count)


def test_a_wrong_claim_fails_with_sentence_text_and_reason(
    mini: pytest.Pytester,
) -> None:
    """A refuted claim prints the sentence, what it means, the claim and why."""
    path = mini.path / "claims" / "call.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("count: 250", "count: 300"),
        encoding="utf-8",
    )
    result = mini.runpytest("claims", "-k", "trees")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "trees in call: refuted (expected supported)",
            "    Sentence:   日本は【250本】の桜の木を米国に贈る予定だ。",
            "    Text says:  250本 → 250*",
            "    Claim says: 300 本",
            "    Why:        *",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_claims_run_in_any_folder_with_claims_and_fixtures(
    mini: pytest.Pytester,
) -> None:
    """The suite works from a parent folder too: texts are found beside claims/."""
    sub = mini.mkdir("newsroom")
    (mini.path / "claims").rename(sub / "claims")
    (mini.path / "fixtures").rename(sub / "fixtures")
    result = mini.runpytest("newsroom/claims", "-q")
    result.assert_outcomes(passed=len(MINI_IDS))


def test_other_yaml_files_are_not_collected(mini: pytest.Pytester) -> None:
    """CI and pre-commit YAML outside claims/ are never claim files."""
    mini.mkdir(".github")
    (mini.path / "ci.yaml").write_text("jobs: {}\n", encoding="utf-8")
    result = mini.runpytest("ci.yaml", "--collect-only", "-q")
    assert "ci.yaml::" not in result.stdout.str()


CROSS = """\
sources: [call, report]
claims:
  - id: call-day
    about: [電話会談, phone call]
    agree: when
  - id: first-call
    sources: [call]
    about: 電話会談
    when: 2026-01-02
  - id: second-call
    sources: [report]
    about: phone call
    when: 2026-02-05
relations:
  - second-call before first-call
  - relation: first-call before second-call by at most 1 week
    note: the second call came a month later
"""


def test_an_agree_failure_shows_each_sources_sentence_side_by_side(
    mini: pytest.Pytester,
) -> None:
    """Disagreeing sources are listed one under the other, mention marked."""
    (mini.path / "claims" / "cross.yaml").write_text(CROSS, encoding="utf-8")
    result = mini.runpytest("claims/cross.yaml", "-k", "call-day")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "call-day: refuted (expected supported)",
            "  [call]",
            "    Sentence:   *【*】*",
            "    Text says:  * → 2026-01-02*",
            "  [report]",
            "    Sentence:   *【February 5】*",
            "    Text says:  February 5 → 2026-02-05*",
            "    Why:        values disagree: call (*) vs report (2026-02-05)",
        ]
    )


def test_a_broken_relation_shows_both_events_and_the_gap(
    mini: pytest.Pytester,
) -> None:
    """A refuted relation prints both intervals; a gap failure prints the gap."""
    (mini.path / "claims" / "cross.yaml").write_text(CROSS, encoding="utf-8")
    result = mini.runpytest("claims/cross.yaml", "-k", "relation")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "second-call before first-call: refuted (expected supported)",
            "    Left:       second-call = 2026-02-05 – 2026-02-05  (claim value)",
            "    Right:      first-call = 2026-01-02 – 2026-01-02  (claim value)",
            "    Why:        *the order is reversed",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "first-call before second-call by at most 1 week: refuted (expected *",
            "    Why:        the gap can be 34 days, never inside at most 7 days*",
            "    Note:       the second call came a month later",
        ]
    )


def test_calendar_lint_flags_a_weekday_at_odds_with_its_date(
    mini: pytest.Pytester,
) -> None:
    """2026年1月2日（木） fails the text's lint item; --claims-no-lint skips it."""
    path = mini.path / "fixtures" / "call.md"
    text = path.read_text(encoding="utf-8").replace(
        "2026年1月2日、", "2026年1月2日（木）、"
    )
    path.write_text(text, encoding="utf-8")
    result = mini.runpytest("claims", "-k", "lint")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(
        ["calendar lint in call: 1 problem(s)", "    call.md:9: *Friday*"]
    )
    skipped = mini.runpytest("claims", "-k", "lint", "--claims-no-lint")
    skipped.assert_outcomes()
