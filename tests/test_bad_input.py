"""Bad input through pytest: one failing item per problem, no traceback, the rest runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

BROKEN = Path(__file__).parent / "examples" / "broken"

#: every problem of the broken example suite: (node id, first line of its message)
PROBLEMS = [
    ("claims/alias-bomb.yaml::*-5-4", "claims/alias-bomb.yaml:5:4: *"),
    (
        "claims/call.yaml::two-value-keys-12-5",
        "claims/call.yaml:12:5: claim 'call-length' has two value keys",
    ),
    (
        "claims/empty.yaml::empty-file-1-1",
        "claims/empty.yaml:1:1: claim file is empty; add `claims:`",
    ),
    (
        "claims/latin1.yaml::not-utf8-4-14",
        "claims/latin1.yaml:4:14: file is not valid UTF-8",
    ),
    (
        "claims/python-tag.yaml::*-3-11",
        "claims/python-tag.yaml:3:11: YAML tag '!!python/object/apply:os.system' is not allowed",
    ),
    (
        "claims/relations.yaml::*-10-5",
        "claims/relations.yaml:10:5: relation 'call-date before china-trip' names an unknown claim 'china-trip'",
    ),
    (
        "claims/relations.yaml::*-11-5",
        "claims/relations.yaml:11:5: relation 'call-date bfore visit-plan' is malformed",
    ),
    (
        "claims/relations.yaml::*-12-5",
        "claims/relations.yaml:12:5: relation 'call-date before visit-plan by abut 1 month' is malformed",
    ),
    ("claims/syntax.yaml::*-4-4", "claims/syntax.yaml:4:4: invalid YAML: *"),
    (
        "claims/typos.yaml::*-5-5",
        "claims/typos.yaml:5:5: claim 'call-date' has an unknown key 'wen'",
    ),
    (
        "claims/typos.yaml::*-7-11",
        "claims/typos.yaml:7:11: claim 'bad-date' has an invalid date value",
    ),
    (
        "claims/typos.yaml::*-9-14",
        "claims/typos.yaml:9:14: claim 'bad-weekday' has an invalid weekday",
    ),
    (
        "claims/typos.yaml::*-11-15",
        "claims/typos.yaml:11:15: claim 'bad-duration' has an invalid duration",
    ),
    (
        "claims/typos.yaml::*-14-14",
        "claims/typos.yaml:14:14: claim 'wrong-weekday' says friday, but 2026-01-03 is a saturday",
    ),
    (
        "claims/typos.yaml::*-16-15",
        "claims/typos.yaml:16:15: claim 'unknown-source' names an unknown source 'takaichi-trump-cal'",
    ),
    (
        "claims/typos.yaml::*-18-5",
        "claims/typos.yaml:18:5: claim id 'bad-date' is used twice",
    ),
    (
        "fixtures/bad-published.md::front-matter",
        "fixtures/bad-published.md:3:*: front matter has an invalid `published` time",
    ),
    (
        "fixtures/latin1.txt::front-matter",
        "fixtures/latin1.txt:2:17: file is not valid UTF-8",
    ),
    (
        "fixtures/unclosed.md::front-matter",
        "fixtures/unclosed.md:1:1: front matter is not closed",
    ),
]


@pytest.fixture
def broken(pytester: pytest.Pytester) -> pytest.Pytester:
    """A copy of the deliberately broken suite."""
    shutil.copytree(BROKEN, pytester.path, dirs_exist_ok=True)
    return pytester


def test_every_problem_is_its_own_failing_item_and_good_claims_still_pass(
    broken: pytest.Pytester,
) -> None:
    """19 problems fail one by one; the 8 good checks beside them pass; exit code 1."""
    result = broken.runpytest("claims", "-p", "no:randomly")
    result.assert_outcomes(failed=len(PROBLEMS), passed=8)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_bad_input_never_shows_a_traceback(broken: pytest.Pytester) -> None:
    """No Python traceback and no internal error, whatever the input."""
    result = broken.runpytest("claims")
    out = result.stdout.str() + result.stderr.str()
    assert "Traceback" not in out
    assert "INTERNALERROR" not in out


def test_each_problem_names_file_line_and_column(broken: pytest.Pytester) -> None:
    """Each failure's first line is `file:line:col: what is wrong`, then a Fix line."""
    result = broken.runpytest("claims", "-rf")
    for nodeid, headline in PROBLEMS:
        result.stdout.fnmatch_lines([f"FAILED {nodeid} - *"])
        result.stdout.fnmatch_lines([headline, "    Fix: *"])
