"""The claim-file JSON Schema: valid Draft 2020-12, documented, strict."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from checks import yamlread
from checks.normalise.edtf import parse_when
from checks.relationlines import parse_line
from checks.schema import claims_schema, editor_validator, loader_schema

SPEC = Path("/work/shared/spec/claims.md")


def subschemas(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object inside the schema, with a JSON-pointer-ish name."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key in ("properties", "$defs", "dependentSchemas"):
                for name, sub in value.items():
                    yield from subschemas(sub, f"{where}/{key}/{name}")
            elif isinstance(value, dict):
                yield from subschemas(value, f"{where}/{key}")
            elif isinstance(value, list):
                for i, sub in enumerate(value):
                    yield from subschemas(sub, f"{where}/{key}/{i}")


def errors_of(instance: Any) -> list[str]:
    return sorted(e.message for e in editor_validator().iter_errors(instance))


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped file validates against the Draft 2020-12 meta-schema."""
    schema = claims_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://pytest-claims.example.org/schema/claims-v1.json"


def test_every_property_has_a_description() -> None:
    """Editors show a description for every key a user can write."""
    missing = [
        f"{where}/{name}"
        for where, node in subschemas(claims_schema())
        for name, prop in node.get("properties", {}).items()
        if "description" not in prop
    ]
    assert missing == []


def test_every_object_forbids_unknown_keys() -> None:
    """Each schema with properties sets additionalProperties to false."""
    loose = [
        where
        for where, node in subschemas(claims_schema())
        if "properties" in node and node.get("additionalProperties") is not False
    ]
    assert loose == []


def test_claims_schema_returns_a_fresh_copy() -> None:
    """Changing the returned dict never changes the loader's schema."""
    first = claims_schema()
    first["properties"].clear()
    assert claims_schema()["properties"]


def spec_example() -> Any:
    text = SPEC.read_text(encoding="utf-8")
    block = re.search(r"## 2\. Claims\s+```yaml\n(.*?)```", text, re.DOTALL)
    assert block is not None
    doc = yamlread.load(block.group(1), "spec.yaml")
    assert isinstance(doc, yamlread.Loaded)
    return doc.data


def test_the_spec_example_is_valid_under_the_schema() -> None:
    """Section 2 of the spec, as written, passes the schema (editors agree)."""
    assert errors_of(spec_example()) == []


def test_two_value_keys_fail_the_schema() -> None:
    """`duration` beside `count` is a schema error, so editors flag it too."""
    claim = {"id": "a", "duration": "25 minutes", "count": 25}
    assert errors_of({"claims": [claim]}) != []


def test_weekday_may_stand_beside_when() -> None:
    """`when` plus `weekday` is the one allowed pair of value keys."""
    claim = {"id": "a", "when": "2026-01-02", "weekday": "friday"}
    assert errors_of({"claims": [claim]}) == []


def test_modifiers_need_their_value_key() -> None:
    """`unit` needs `count`, `aliases` needs `name`, `approx` a quantity."""
    for claim in (
        {"id": "a", "when": "2026", "unit": "本"},
        {"id": "a", "text": "x", "aliases": ["y"]},
        {"id": "a", "quote": "x", "approx": True},
    ):
        assert errors_of({"claims": [claim]}) != [], claim


def test_unknown_keys_and_bad_enums_fail_the_schema() -> None:
    """Typos in keys, weekdays and verdicts are schema errors."""
    assert errors_of({"claims": [{"id": "a", "wen": "2026"}]}) != []
    assert errors_of({"claims": [{"id": "a", "weekday": "fryday"}]}) != []
    assert errors_of({"claims": [{"id": "a", "text": "x", "expect": "refute"}]}) != []


_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9980, 12, 1))


@st.composite
def date_values(draw: st.DrawFn) -> str:
    """Date values of every form the spec lists."""
    d = draw(_dates)
    forms = [
        d.isoformat(),
        f"{d.isoformat()}T{d.day % 24:02d}:{d.month * 4:02d}+09:00",
        f"{d.year:04d}-{d.month:02d}",
        f"{d.year:04d}-{d.month:02d}-{draw(st.sampled_from(['early', 'mid', 'late']))}",
        f"{d.year:04d}",
        f"{d.year:04d}-{draw(st.sampled_from(['spring', 'summer', 'winter']))}",
        f"{d.year:04d}-{draw(st.sampled_from(['21', '22', '23', '24']))}",
        f"{d.year:04d}-Q{draw(st.integers(1, 4))}",
        f"{d.year:04d}-W{draw(st.integers(1, 52)):02d}",
    ]
    point = draw(st.sampled_from(forms))
    later = (d + timedelta(days=draw(st.integers(400, 4000)))).isoformat()
    return draw(
        st.sampled_from([point, f"../{point}", f"{point}/..", f"{point}/{later}"])
    )


@given(date_values())
@example("../2026-03-late")
@example("2026-01-02T21:00+09:00")
def test_every_date_value_the_parser_accepts_passes_the_schema(value: str) -> None:
    """The schema's date pattern never rejects a value parse_when accepts."""
    parse_when(value)
    assert errors_of({"claims": [{"id": "a", "when": value}]}) == []


_ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)
_hedges = st.sampled_from(
    ["", "exactly ", "about ", "nearly ", "at least ", "at most "]
)


@given(
    _ids,
    st.sampled_from(["before", "after", "during", "overlaps", "same-as"]),
    _ids,
    st.one_of(
        st.just(""),
        st.builds(
            lambda h, n, u: f" by {h}{n} {u}",
            _hedges,
            st.integers(1, 99),
            st.sampled_from(["days", "weeks", "month", "months", "hours"]),
        ),
    ),
)
def test_relation_lines_the_parser_accepts_pass_the_schema(
    left: str, op: str, right: str, gap: str
) -> None:
    """The schema's relation pattern agrees with the loader's grammar."""
    line = f"{left} {op} {right}{gap}"
    parsed = parse_line(line)
    if isinstance(parsed, str):  # a gap beside during/overlaps/same-as
        assert gap
        assert op not in ("before", "after")
        return
    assert errors_of({"claims": [{"id": "a", "text": "x"}], "relations": [line]}) == []


def test_the_loader_schema_is_the_same_contract_without_refs() -> None:
    """The loader's copy is valid Draft 2020-12, has no $ref, and keeps every key."""
    loader = loader_schema()
    Draft202012Validator.check_schema(loader)
    assert "$ref" not in json.dumps(loader)
    shipped = claims_schema()
    claim_keys = shipped["$defs"]["claim"]["properties"].keys()
    loader_claim = loader["properties"]["claims"]["items"]
    assert loader_claim["properties"].keys() == claim_keys
    assert loader["properties"].keys() == shipped["properties"].keys()
