"""Claim files: loading, bad input as problems, and the exact messages."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from checks.claimfields import RESERVED_TAGS
from checks.errors import Problem
from checks.model import VALUE_KINDS, WEEKDAYS, Verdict, Where
from checks.normalise.edtf import parse_when
from checks.relationlines import parse_line
from checks.schema import editor_validator
from checks.suite import MAX_BYTES, ClaimFile, find_fixtures_dir, load_claim_file

BROKEN = Path(__file__).parent / "examples" / "broken"
SPEC = Path("/work/shared/spec/claims.md")
TEXTS = {"takaichi-trump-call", "march-visit-plan", "state-guest-plan"}


def broken(name: str) -> ClaimFile:
    path = BROKEN / "claims" / name
    return load_claim_file(
        path, source_ids={"takaichi-trump-call"}, display_path=f"claims/{name}"
    )


def load(
    tmp_path: Path, text: str | bytes, sources: set[str] | None = None
) -> ClaimFile:
    path = tmp_path / "claims" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    ids = TEXTS if sources is None else sources
    return load_claim_file(path, source_ids=ids, display_path="claims/x.yaml")


def rendered(loaded: ClaimFile) -> list[str]:
    return [p.render() for p in loaded.problems]


# --- the example suite of broken files ---------------------------------------------


def test_two_value_keys_read_as_the_style_guide_shows() -> None:
    """The message of STYLE.md, word for word; the good claims still load."""
    loaded = broken("call.yaml")
    assert rendered(loaded) == [
        "claims/call.yaml:12:5: claim 'call-length' has two value keys\n"
        "    Found:    duration, count\n"
        "    Expected: exactly one of when, weekday, duration, count, quote, name, "
        "text, agree\n"
        "    Fix:      split it into two claims, or delete one of the keys"
    ]
    assert [c.id for c in loaded.claims] == ["call-date", "us-visit", "independence"]
    assert [r.text for r in loaded.relations] == ["independence before call-date"]


def test_every_typo_in_a_file_is_its_own_problem() -> None:
    """Unknown key, bad date, weekday, duration, source, duplicate id, mismatch."""
    loaded = broken("typos.yaml")
    assert rendered(loaded) == [
        "claims/typos.yaml:5:5: claim 'call-date' has an unknown key 'wen'\n"
        "    Found:    wen\n"
        "    Expected: one of id, says, sources, about, expect, tags, note, published, "
        "when, weekday, duration, count, quote, name, text, agree, approx, tolerance, "
        "unit, aliases\n"
        "    Fix:      did you mean 'when'? rename it",
        "claims/typos.yaml:7:11: claim 'bad-date' has an invalid date value\n"
        "    Found:    '2026-13-01' (month must be in 1..12)\n"
        "    Expected: a date value: 2026-01-02, 2026-01-02T21:00+09:00, 2026-03, "
        "2026-03-late, 2026, 2026-spring, 2026-Q1, 2026-W01, or an interval A/B, "
        "../B, A/..\n"
        "    Fix:      write the date as YYYY-MM-DD, or one of the coarser forms above",
        "claims/typos.yaml:9:14: claim 'bad-weekday' has an invalid weekday\n"
        "    Found:    'fryday'\n"
        "    Expected: one of monday, tuesday, wednesday, thursday, friday, saturday, "
        "sunday\n"
        "    Fix:      did you mean 'friday'?",
        "claims/typos.yaml:11:15: claim 'bad-duration' has an invalid duration\n"
        "    Found:    '25 minuets' (unknown unit or form)\n"
        "    Expected: a number and a unit (25 minutes, 1.5 hours, 3 days) or "
        "ISO 8601 (PT25M)\n"
        "    Fix:      write it as, for example, `25 minutes` or `PT25M`",
        "claims/typos.yaml:14:14: claim 'wrong-weekday' says friday, but 2026-01-03 "
        "is a saturday\n"
        "    Found:    weekday: friday, when: 2026-01-03 (a saturday)\n"
        "    Expected: the weekday of the claim's own `when`\n"
        "    Fix:      correct the date, or write `weekday: saturday`",
        "claims/typos.yaml:16:15: claim 'unknown-source' names an unknown source "
        "'takaichi-trump-cal'\n"
        "    Found:    'takaichi-trump-cal'\n"
        "    Expected: a text in fixtures/: takaichi-trump-call\n"
        "    Fix:      did you mean 'takaichi-trump-call'? or add "
        "fixtures/takaichi-trump-cal.md",
        "claims/typos.yaml:18:5: claim id 'bad-date' is used twice\n"
        "    Found:    'bad-date' here and on line 6\n"
        "    Expected: each claim id once per file\n"
        "    Fix:      rename one of them, for example 'bad-date-2'",
    ]
    assert [c.id for c in loaded.claims] == ["good-one"]


def test_relations_with_unknown_claims_or_bad_grammar_are_problems() -> None:
    """Unknown id, misspelt relation and misspelt hedge each point at their entry."""
    loaded = broken("relations.yaml")
    form = (
        "    Expected: `<id> <relation> <id> [by <hedge> <duration>]` with a relation "
        "among before, after, during, overlaps, same-as and a hedge among exactly, "
        "about, nearly, at least, at most, within\n"
    )
    assert rendered(loaded) == [
        "claims/relations.yaml:10:5: relation 'call-date before china-trip' names an "
        "unknown claim 'china-trip'\n"
        "    Found:    'china-trip'\n"
        "    Expected: a claim id of this file: call-date, visit-plan\n"
        "    Fix:      add a claim with id 'china-trip' to this file (with "
        "`sources: []` for a background fact)",
        "claims/relations.yaml:11:5: relation 'call-date bfore visit-plan' is "
        "malformed\n"
        "    Found:    call-date bfore visit-plan\n"
        + form
        + "    Fix:      did you mean 'before'? write `call-date before visit-plan`",
        "claims/relations.yaml:12:5: relation 'call-date before visit-plan by abut "
        "1 month' is malformed\n"
        "    Found:    call-date before visit-plan by abut 1 month\n"
        + form
        + "    Fix:      did you mean 'about'? write `by about 1 month`",
    ]
    (good,) = loaded.relations
    assert (good.op, good.gap_hedge, good.gap) == ("before", "at-most", 90 * 86400.0)


def test_invalid_yaml_is_one_problem_with_its_line() -> None:
    """A broken indentation stops the file with line, column and a fix."""
    assert rendered(broken("syntax.yaml")) == [
        "claims/syntax.yaml:4:4: invalid YAML: did not find expected '-' indicator\n"
        "    Found:    weekday: friday (while parsing a block collection from line 2)\n"
        "    Expected: well-formed YAML\n"
        "    Fix:      check the indentation and quoting near line 4; quote values "
        "that contain ': ', ' #' or start with a special character"
    ]


def test_an_empty_claim_file_asks_for_claims() -> None:
    """A file with only a comment is a problem, not an empty pass."""
    assert rendered(broken("empty.yaml")) == [
        "claims/empty.yaml:1:1: claim file is empty; add `claims:`\n"
        "    Found:    no YAML content\n"
        "    Expected: a mapping with a `claims:` list\n"
        "    Fix:      add `claims:` with at least one claim, or delete the file"
    ]


def test_a_python_tag_is_a_problem_not_an_exception() -> None:
    """`!!python/object/apply` is refused and never run."""
    assert rendered(broken("python-tag.yaml")) == [
        "claims/python-tag.yaml:3:11: YAML tag '!!python/object/apply:os.system' is "
        "not allowed\n"
        "    Found:    !!python/object/apply:os.system\n"
        "    Expected: plain YAML: text, numbers, true/false, lists and mappings\n"
        "    Fix:      remove the tag '!!python/object/apply:os.system'"
    ]


def test_an_alias_bomb_is_a_problem() -> None:
    """Nested aliases that would expand to 9^9 values stop at the limit."""
    assert rendered(broken("alias-bomb.yaml")) == [
        "claims/alias-bomb.yaml:5:4: file expands to more than 50000 YAML values\n"
        "    Found:    aliases (*name) that repeat large values, or a huge file\n"
        "    Expected: at most 50000 values after expanding aliases\n"
        "    Fix:      write the values out, or split the file; "
        "avoid aliases of aliases"
    ]


def test_a_claim_file_that_is_not_utf8_names_its_line() -> None:
    """A Latin-1 é is reported at its line and column."""
    assert rendered(broken("latin1.yaml")) == [
        "claims/latin1.yaml:4:14: file is not valid UTF-8\n"
        "    Found:    byte 0xe9 at byte offset 60 (line 4)\n"
        "    Expected: UTF-8 text\n"
        "    Fix:      re-save the file as UTF-8 (for example: iconv -f SHIFT_JIS "
        "-t UTF-8)"
    ]


def test_a_nested_claim_file_uses_the_suites_fixtures() -> None:
    """claims/topic/x.yaml looks in the fixtures/ beside claims/."""
    nested = BROKEN / "claims" / "topic" / "nested.yaml"
    assert find_fixtures_dir(nested) == (BROKEN / "fixtures").absolute()
    assert find_fixtures_dir(BROKEN / "fixtures" / "unclosed.md") is None


# --- more bad input ---------------------------------------------------------------


def test_an_oversized_file_is_refused(tmp_path: Path) -> None:
    """Files over 1 MB are a problem before any parsing."""
    text = "claims:\n" + "# padding\n" * (MAX_BYTES // 10 + 1)
    (problem,) = load(tmp_path, text).problems
    assert problem.render() == (
        "claims/x.yaml:1:1: claim file is too large (1.0 MB)\n"
        f"    Found:    {len(text)} bytes\n"
        "    Expected: at most 1048576 bytes (1 MB)\n"
        "    Fix:      split it into smaller files, one per topic"
    )


def test_a_list_at_the_top_is_not_a_claim_file(tmp_path: Path) -> None:
    """The top level must be a mapping with `claims:`."""
    (problem,) = load(tmp_path, "- id: a\n  when: 2026\n").problems
    assert problem.title == "claim file is not a mapping"
    assert problem.found == "a list"


def test_a_file_without_claims_is_a_problem(tmp_path: Path) -> None:
    """`claims:` missing or empty is reported."""
    assert [p.title for p in load(tmp_path, "topic: x\n").problems] == [
        "claim file has no claims"
    ]
    assert [p.title for p in load(tmp_path, "claims: []\n").problems] == [
        "claim file has no claims"
    ]


def test_unknown_top_level_keys_suggest_the_right_one(tmp_path: Path) -> None:
    """`claim:` for `claims:` gets a did-you-mean."""
    text = "claims:\n  - id: a\n    sources: []\n    when: 2026\nrelation: []\n"
    (problem,) = load(tmp_path, text).problems
    assert problem.render() == (
        "claims/x.yaml:5:1: the claim file has an unknown key 'relation'\n"
        "    Found:    relation\n"
        "    Expected: one of $schema, topic, sources, claims, relations\n"
        "    Fix:      did you mean 'relations'? rename it"
    )


def test_a_claim_without_sources_anywhere_is_a_problem(tmp_path: Path) -> None:
    """No claim or file `sources:` → say how to add them, or mark background."""
    (problem,) = load(tmp_path, "claims:\n  - id: a\n    when: 2026\n").problems
    assert problem.render() == (
        "claims/x.yaml:2:5: claim 'a' has no sources\n"
        "    Found:    no `sources:` on the claim or at the top of the file\n"
        "    Expected: the texts to check it in\n"
        "    Fix:      add `sources: [<fixture id>]` to the claim or the file, or "
        "`sources: []` for a background fact"
    )


def test_modifiers_beside_the_wrong_value_key_are_problems(tmp_path: Path) -> None:
    """`approx` beside `when` is named at the modifier."""
    text = "sources: [march-visit-plan]\nclaims:\n  - id: a\n    when: 2026\n"
    (problem,) = load(tmp_path, text + "    approx: true\n").problems
    assert problem.render() == (
        "claims/x.yaml:5:5: claim 'a' has `approx` beside `when`\n"
        "    Found:    approx with when\n"
        "    Expected: `approx` only with duration or count\n"
        "    Fix:      delete `approx`, or use it on a duration or count claim"
    )


def test_expect_for_a_source_the_claim_lacks_is_a_problem(tmp_path: Path) -> None:
    """A per-source expectation must name one of the claim's sources."""
    text = (
        "sources: [takaichi-trump-call]\nclaims:\n  - id: pm\n    name: 高市早苗\n"
        "    expect:\n      state-guest-plan: refuted\n"
    )
    (problem,) = load(tmp_path, text).problems
    assert str(problem.where) == "claims/x.yaml:6:7"
    assert problem.title == (
        "claim 'pm' expects a verdict in 'state-guest-plan', which is not one of "
        "its sources"
    )


def test_an_agree_claim_needs_two_sources(tmp_path: Path) -> None:
    """Agreement across one source cannot be checked."""
    text = "sources: [takaichi-trump-call]\nclaims:\n  - id: a\n    agree: when\n"
    (problem,) = load(tmp_path, text).problems
    assert problem.title == "claim 'a' compares sources but has 1"


def test_tags_that_would_break_pytest_are_problems(tmp_path: Path) -> None:
    """`skip` as a tag would skip the check: refused."""
    text = "sources: []\nclaims:\n  - id: a\n    when: 2026\n    tags: [wire, skip]\n"
    (problem,) = load(tmp_path, text).problems
    assert str(problem.where) == "claims/x.yaml:5:18"
    assert problem.found == "'skip' (a name pytest itself uses)"


def test_a_relation_on_a_claim_without_a_date_is_a_problem(tmp_path: Path) -> None:
    """`before` between a date and a count has no meaning."""
    text = (
        "sources: []\nclaims:\n  - id: a\n    when: 2026\n  - id: b\n    count: 3\n"
        "relations:\n  - a before b\n"
    )
    (problem,) = load(tmp_path, text).problems
    assert problem.title == "relation 'a before b' uses claim 'b', which has no date"


def test_a_gap_only_fits_before_and_after(tmp_path: Path) -> None:
    """`during … by 3 days` is malformed, with the fix saying why."""
    text = (
        "sources: []\nclaims:\n  - id: a\n    when: 2026\n  - id: b\n    when: 2027\n"
        "relations:\n  - a during b by about 3 days\n  - a same as b\n"
    )
    fixes = [p.fix for p in load(tmp_path, text).problems]
    assert fixes == [
        "delete the gap: `by …` only fits before and after, not during",
        "write 'same-as' with a hyphen",
    ]


def test_wrong_types_say_what_was_expected(tmp_path: Path) -> None:
    """`count: "250 trees"` asks for a number and shows an example."""
    text = "sources: []\nclaims:\n  - id: a\n    count: 250 trees\n"
    (problem,) = load(tmp_path, text).problems
    assert problem.render() == (
        "claims/x.yaml:4:12: claim 'a': `count` must be a number\n"
        "    Found:    '250 trees'\n"
        "    Expected: a number\n"
        "    Fix:      write it as `count: 250`"
    )


def test_an_id_that_is_not_a_slug_gets_a_suggestion(tmp_path: Path) -> None:
    """`Call_Date` → write 'call-date'."""
    text = "sources: []\nclaims:\n  - id: Call_Date\n    when: 2026\n"
    (problem,) = load(tmp_path, text).problems
    assert problem.fix == "write 'call-date'"
    assert str(problem.where) == "claims/x.yaml:3:9"


# --- parsed fields ------------------------------------------------------------------


def test_claim_fields_are_parsed_into_the_model(tmp_path: Path) -> None:
    """Weekday in any case, durations in seconds, expect for every source."""
    text = """\
sources: [takaichi-trump-call, march-visit-plan]
claims:
  - id: call-date
    when: 2026-01-02
    weekday: Friday
    expect: refuted
    published: 2026-01-03T09:00+09:00
  - id: call-length
    duration: PT25M
    tolerance: 5%
  - id: trees
    count: 250
    unit: 本
    approx: true
  - id: paris
    sources: []
    when: 2025-10-30
  - id: regex-like
    about: "a.b*(c"
    quote: "[x]+?"
"""
    loaded = load(tmp_path, text)
    assert loaded.problems == ()
    date, length, trees, paris, literal = loaded.claims
    assert (date.kind, date.value, date.weekday) == ("when", "2026-01-02", 4)
    assert date.expected("march-visit-plan") is Verdict.REFUTED
    assert date.published is not None
    assert date.published.utcoffset() is not None
    assert (length.number, length.tolerance) == (1500.0, length.tolerance)
    assert length.tolerance is not None
    assert length.tolerance.relative == 0.05
    assert (trees.number, trees.unit, trees.approx) == (250.0, "本", True)
    assert paris.is_background
    assert (literal.about, literal.value) == (("a.b*(c",), "[x]+?")


def test_relation_hedges_are_stored_in_the_model_form(tmp_path: Path) -> None:
    """`within` is at-most; `at least` is at-least; gaps are seconds."""
    text = """\
sources: []
claims:
  - id: a
    when: 2025-10-30
  - id: b
    when: 2026-01-02
relations:
  - a before b by within 3 months
  - relation: b after a by at least 2 weeks
    expect: refuted
    note: swapped in one report
    tags: [order]
  - a before b
"""
    loaded = load(tmp_path, text)
    assert loaded.problems == ()
    first, second, third = loaded.relations
    assert (first.gap_hedge, first.gap) == ("at-most", 90 * 86400.0)
    assert (second.op, second.gap_hedge, second.gap) == (
        "after",
        "at-least",
        14 * 86400.0,
    )
    assert (second.expect, second.note, second.tags) == (
        Verdict.REFUTED,
        "swapped in one report",
        ("order",),
    )
    assert str(second.where) == "claims/x.yaml:9:15"
    assert (third.gap_hedge, third.gap) == (None, None)


def test_text_fields_keep_numbers_as_written(tmp_path: Path) -> None:
    """`name: 2026` and `id: 2026` are text, as the user wrote them."""
    text = "sources: []\nclaims:\n  - id: 2026\n    text: 010\n"
    loaded = load(tmp_path, text)
    assert loaded.problems == ()
    assert (loaded.claims[0].id, loaded.claims[0].value) == ("2026", "010")


def test_source_ids_are_not_checked_when_unknown(tmp_path: Path) -> None:
    """`source_ids=None` loads claims about any source."""
    path = tmp_path / "x.yaml"
    path.write_text("sources: [anything]\nclaims:\n  - id: a\n    when: 2026\n")
    loaded = load_claim_file(path)
    assert loaded.problems == ()
    assert loaded.claims[0].sources == ("anything",)
    assert loaded.display_path == path.as_posix()
    assert len(loaded.sha256) == 64


# --- the spec's own example ------------------------------------------------------


def spec_yaml() -> str:
    text = SPEC.read_text(encoding="utf-8")
    block = re.search(r"## 2\. Claims\s+```yaml\n(.*?)```", text, re.DOTALL)
    assert block is not None
    return block.group(1)


BACKGROUND = """\
  - id: previous-call
    sources: []
    when: 2025-10-28
  - id: busan-meeting
    sources: []
    when: 2025-10-30
  - id: trump-xi-call
    sources: []
    when: 2025-11-24
"""


def test_the_spec_example_loads_once_its_background_claims_exist(
    tmp_path: Path,
) -> None:
    """Section 2 of the spec loads clean when the claims its relations name exist."""
    text = spec_yaml().replace("relations:\n", BACKGROUND + "relations:\n")
    loaded = load(tmp_path, text)
    assert rendered(loaded) == []
    assert len(loaded.claims) == 10
    assert [r.id for r in loaded.relations] == [
        "us-visit-before-china-trip",
        "previous-call-before-call-date",
        "busan-meeting-before-trump-xi-call",
    ]
    assert loaded.topic == "Takaichi–Trump phone call of 2 January 2026"


def test_the_spec_example_as_written_names_its_missing_claims(tmp_path: Path) -> None:
    """Verbatim, its last two relations name claims the file lacks."""
    loaded = load(tmp_path, spec_yaml())
    assert [p.title for p in loaded.problems] == [
        "relation 'previous-call before call-date' names an unknown claim "
        "'previous-call'",
        "relation 'busan-meeting before trump-xi-call by nearly 1 month' names "
        "unknown claims 'busan-meeting' and 'trump-xi-call'",
    ]
    assert len(loaded.claims) == 7


def test_claim_lines_match_pyyaml_for_the_spec_example(tmp_path: Path) -> None:
    """Each claim's line and column is where PyYAML starts its mapping."""
    text = spec_yaml()
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    claims = {k.value: v for k, v in node.value}["claims"]
    loaded = load_claim_file(_write(tmp_path, text), display_path="claims/x.yaml")
    assert [(c.where.line, c.where.column) for c in loaded.claims] == [
        (m.start_mark.line + 1, m.start_mark.column + 1) for m in claims.value
    ]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- round trip -----------------------------------------------------------------

FIXTURE_IDS = ("takaichi-trump-call", "march-visit-plan", "state-guest-plan", "wire")
_words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
    max_size=16,
).filter(str.strip)
_slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
_tags = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True).filter(
    lambda t: t.lower() not in RESERVED_TAGS
)
_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_durations = st.integers(1, 999).flatmap(
    lambda n: st.sampled_from(
        [(f"{n} minutes", n * 60.0), (f"{n} hours", n * 3600.0),
         (f"PT{n}M", n * 60.0), (f"{n} days", n * 86400.0)]
    )
)  # fmt: skip


@st.composite
def claim_dicts(draw: st.DrawFn, claim_id: str) -> dict[str, Any]:
    """A valid claim mapping of any kind, with optional fields."""
    kind = draw(st.sampled_from(VALUE_KINDS))
    claim: dict[str, Any] = {"id": claim_id}
    count = 2 if kind == "agree" else 0
    sources = draw(st.lists(st.sampled_from(FIXTURE_IDS), min_size=count, unique=True))
    claim["sources"] = sources
    if draw(st.booleans()):
        claim["about"] = draw(
            st.one_of(_words, st.lists(_words, min_size=1, unique=True))
        )
    if draw(st.booleans()):
        claim["says"] = draw(_words)
    day = draw(_days)
    if kind == "when":
        claim["when"] = day.isoformat()
        if draw(st.booleans()):
            claim["weekday"] = WEEKDAYS[day.weekday()]
    elif kind == "weekday":
        claim["weekday"] = draw(st.sampled_from(WEEKDAYS)).capitalize()
    elif kind == "duration":
        claim["duration"] = draw(_durations)[0]
    elif kind == "count":
        claim["count"] = draw(st.integers(0, 10**9) | st.floats(0, 1e9))
        if draw(st.booleans()):
            claim["unit"] = draw(_words)
    elif kind == "agree":
        claim["agree"] = draw(st.sampled_from(["when", "duration", "count", "name"]))
    else:
        claim[kind] = draw(_words)
        if kind == "name" and draw(st.booleans()):
            claim["aliases"] = draw(
                st.lists(_words, min_size=1, max_size=3, unique=True)
            )
    if kind in ("duration", "count") and draw(st.booleans()):
        claim["approx"] = draw(st.booleans())
    if sources and draw(st.booleans()):
        claim["expect"] = draw(
            st.sampled_from(["supported", "refuted", "unverifiable"])
            | st.dictionaries(
                st.sampled_from(sources), st.sampled_from(["refuted", "unverifiable"])
            )
        )
    if draw(st.booleans()):
        claim["tags"] = draw(st.lists(_tags, max_size=3, unique=True))
    if draw(st.booleans()):
        claim["note"] = draw(_words)
    return claim


@st.composite
def claim_files(draw: st.DrawFn) -> list[dict[str, Any]]:
    ids = draw(st.lists(_slugs, min_size=1, max_size=5, unique=True))
    return [draw(claim_dicts(claim_id)) for claim_id in ids]


def _seconds(text: str) -> float:
    """Seconds of the generated duration forms, computed independently."""
    unit = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}
    found = re.fullmatch(r"(\d+) (minutes|hours|days)|PT(\d+)M", text)
    assert found is not None
    if found.group(3):
        return int(found.group(3)) * 60.0
    return int(found.group(1)) * unit[found.group(2)]


@given(claim_files())
@example([{"id": "0", "sources": [], "text": "0o7", "note": "1e5", "says": "yes"}])
@example([{"id": "a", "sources": [], "count": 1e16, "approx": False}])
def test_any_valid_claim_round_trips_through_yaml(claims: list[dict[str, Any]]) -> None:
    """Dumped to YAML and loaded, every field comes back; where is its `- id:` line."""
    text = yaml.safe_dump({"claims": claims}, sort_keys=False, allow_unicode=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(text, encoding="utf-8")
        loaded = load_claim_file(path, source_ids=FIXTURE_IDS, display_path="x.yaml")
    assert rendered(loaded) == []
    assert [e.message for e in editor_validator().iter_errors({"claims": claims})] == []
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    starts = [m.start_mark for m in node.value[0][1].value]
    for raw, claim, start in zip(claims, loaded.claims, starts, strict=True):
        assert (claim.where.line, claim.where.column) == (
            start.line + 1,
            start.column + 1,
        )
        assert text.splitlines()[start.line].lstrip().startswith("- id:")
        assert claim.id == raw["id"]
        assert claim.sources == tuple(raw["sources"])
        about = raw.get("about", ())
        assert claim.about == ((about,) if isinstance(about, str) else tuple(about))
        assert (claim.says, claim.note) == (raw.get("says"), raw.get("note"))
        assert claim.tags == tuple(raw.get("tags", ()))
        expect = raw.get("expect", {})
        assert claim.expect == ({"*": expect} if isinstance(expect, str) else expect)
        kind = (
            next(k for k in VALUE_KINDS if k in raw and k != "weekday")
            if any(k in raw for k in VALUE_KINDS if k != "weekday")
            else "weekday"
        )
        assert claim.kind == kind
        if "when" in raw:
            assert claim.when == parse_when(raw["when"])
        if "weekday" in raw:
            assert claim.weekday == WEEKDAYS.index(raw["weekday"].lower())
        if kind == "duration":
            assert claim.number == _seconds(raw["duration"])
        if kind == "count":
            assert claim.number == float(raw["count"])
            assert claim.unit == raw.get("unit")
        if kind in ("quote", "name", "text", "agree"):
            assert claim.value == raw[kind]
        assert claim.aliases == tuple(raw.get("aliases", ()))
        assert claim.approx is raw.get("approx", False)


# --- never a crash -------------------------------------------------------------

_keys = st.sampled_from(
    ["id", "when", "weekday", "duration", "count", "quote", "name", "text", "agree",
     "sources", "about", "expect", "tags", "approx", "tolerance", "unit", "aliases",
     "published", "says", "relation", "claims", "relations", "wen", "state-guest-plan"]
)  # fmt: skip
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.sampled_from(
        ["2026-01-02", "2026-13-01", "friday", "Fry", "25 minutes", "PT", "5%",
         "refuted", "a before b", "a bfore b by abut 1 month", "a during b by 1 day",
         "takaichi-trump-call", "", "../..", "2026-W60"]
    )
    | _words
)  # fmt: skip
_anything = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=6)
    ),
    max_leaves=30,
)


def _check_problems(loaded: ClaimFile, lines: int) -> None:
    for problem in loaded.problems:
        assert problem.title
        assert None not in (problem.found, problem.expected, problem.fix), problem
        assert 1 <= problem.where.line <= max(lines, 1)
        assert problem.where.column >= 1


@given(st.fixed_dictionaries({"claims": _anything, "relations": _anything}) | _anything)
@example({"claims": [{"id": "a", "when": "2026-01-02", "weekday": "Fry"}]})
@example({"claims": [{"id": "a", "expect": {"x": "y"}, "count": float("nan")}]})
def test_any_yaml_structure_loads_without_raising(data: Any) -> None:
    """Whatever the shape, the loader returns problems with all four lines."""
    text = yaml.safe_dump(data, allow_unicode=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(text, encoding="utf-8")
        loaded = load_claim_file(path, source_ids=FIXTURE_IDS, display_path="x.yaml")
    _check_problems(loaded, len(text.splitlines()))
    if loaded.claims or loaded.relations:
        assert isinstance(data, dict)


def _yaml_lines(raw: bytes) -> int:
    """Lines as YAML counts them: CR LF, a lone CR, LF, NEL, LS and PS end one."""
    text = raw.decode("utf-8", errors="replace")
    return len(re.split("\r\n|[\r\n\x85\u2028\u2029]", text))


@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
@example(b"claims:\n  - id: a\n\twhen: 2026\n")
@example(b"\xef\xbb\xbfclaims: [*x]\n")
@example(b"\r:")  # an old Mac line end: the error is on line 2
def test_any_bytes_load_without_raising(raw: bytes) -> None:
    """Random bytes never crash the loader; every problem is fully worded."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(raw)
        loaded = load_claim_file(path, display_path="x.yaml")
    _check_problems(loaded, _yaml_lines(raw))


def test_a_duplicate_key_in_a_claim_drops_that_claim_only(tmp_path: Path) -> None:
    """`when` twice in one claim is a problem; the next claim still loads."""
    text = (
        "sources: []\nclaims:\n  - id: a\n    when: 2026\n    when: 2027\n"
        "  - id: b\n    when: 2028\n"
    )
    loaded = load(tmp_path, text)
    assert rendered(loaded) == [
        "claims/x.yaml:5:5: key 'when' appears twice in one mapping\n"
        "    Found:    'when' here and on line 4\n"
        "    Expected: each key once per mapping\n"
        "    Fix:      delete one of them (YAML would silently keep only the last)"
    ]
    assert [c.id for c in loaded.claims] == ["b"]


def test_weekday_abbreviations_get_a_did_you_mean(tmp_path: Path) -> None:
    """`fri` is not accepted; the fix names friday."""
    text = "sources: []\nclaims:\n  - id: a\n    weekday: fri\n  - id: b\n"
    loaded = load(tmp_path, text + "    weekday: SUNDAY\n")
    assert [p.fix for p in loaded.problems] == ["did you mean 'friday'?"]
    assert (loaded.claims[0].weekday, loaded.claims[0].value) == (6, "sunday")


def test_a_claim_without_an_id_is_named_by_its_position(tmp_path: Path) -> None:
    """No `id:` → `claim #1 has no id`, never a crash."""
    (problem,) = load(tmp_path, "sources: []\nclaims:\n  - when: 2026\n").problems
    assert problem.render() == (
        "claims/x.yaml:3:5: claim #1 has no `id`\n"
        "    Found:    no `id:`\n"
        "    Expected: `id:`\n"
        "    Fix:      add it, for example `id: call-date`"
    )


def test_a_claim_that_is_plain_text_is_not_a_mapping(tmp_path: Path) -> None:
    """`- just text` under claims: says how a claim is written."""
    (problem,) = load(tmp_path, "sources: []\nclaims:\n  - just text\n").problems
    assert problem.title == "claim #1 is not a mapping"
    assert (
        problem.fix
        == "write the claim as `- id: call-date` with its keys indented below"
    )


def test_empty_anchor_phrases_are_problems(tmp_path: Path) -> None:
    """`about: []` and `about: ['']` would match everything or nothing."""
    text = (
        "sources: []\nclaims:\n  - id: a\n    text: x\n    about: []\n"
        "  - id: b\n    text: x\n    about: [電話会談, '']\n"
    )
    assert [(str(p.where), p.title) for p in load(tmp_path, text).problems] == [
        ("claims/x.yaml:5:12", "claim 'a': `about` is an empty list"),
        ("claims/x.yaml:8:19", "claim 'b': `about` must be some text"),
    ]


def test_unknown_file_sources_are_reported_once(tmp_path: Path) -> None:
    """A typo in the file's `sources:` is one problem; no claim turns background."""
    text = "sources: [takaichi-trump-cal]\nclaims:\n  - id: a\n    when: 2026\n"
    loaded = load(tmp_path, text)
    assert [(str(p.where), p.title) for p in loaded.problems] == [
        (
            "claims/x.yaml:1:11",
            "the claim file names an unknown source 'takaichi-trump-cal'",
        )
    ]
    assert loaded.claims == ()


# --- the relation grammar and the problem record ----------------------------------

_HEDGE_FORMS = {
    "exactly": "exactly",
    "about": "about",
    "nearly": "nearly",
    "at least": "at-least",
    "at most": "at-most",
    "within": "at-most",
}
_UNIT_SECONDS = {
    "days": 86400.0,
    "weeks": 604800.0,
    "months": 2592000.0,
    "hours": 3600.0,
}


@given(
    _slugs,
    st.sampled_from(["before", "after"]),
    _slugs,
    st.sampled_from(sorted(_HEDGE_FORMS)),
    st.integers(1, 500),
    st.sampled_from(sorted(_UNIT_SECONDS)),
    st.sampled_from([" ", "  ", "\t"]),
)
@example("busan-meeting", "before", "trump-xi-call", "nearly", 1, "months", " ")
def test_relation_lines_parse_back_to_their_parts(
    left: str, op: str, right: str, hedge: str, n: int, unit: str, gap: str
) -> None:
    """Any well-formed line gives back its ids, relation, hedge and gap in seconds."""
    line = gap.join([left, op, right, "by", hedge, str(n), unit])
    assert parse_line(line) == (
        left,
        op,
        right,
        _HEDGE_FORMS[hedge],
        n * _UNIT_SECONDS[unit],
    )


def test_a_problem_omits_lines_it_has_no_text_for() -> None:
    """Only the title line and the fields that are set are rendered."""
    problem = Problem(Where("claims/a.yaml", 3, 7), "something is off", fix="do this")
    assert (
        problem.render() == "claims/a.yaml:3:7: something is off\n    Fix:      do this"
    )


def test_a_multi_line_field_stays_aligned() -> None:
    """Continuation lines of a field line up under its first line."""
    problem = Problem(Where("a.yaml"), "t", found="one\ntwo")
    assert problem.render() == "a.yaml:1:1: t\n    Found:    one\n              two"
