"""The name-drift table over the seed's variants of one person's name."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from checks.drift import drift_records, drifted, name_drift, render_drift
from checks.model import Mention
from checks.normalise.names import extract_names, mentions_for_role

ALIASES = {"pm-name": ["高市", "高市氏", "Sanae Takaichi", "Takaichi"]}
NAMES = {"pm-name": "高市早苗"}

# one sentence per source, from the seed article
SOURCES = {
    "takaichi-trump-call": "日本の高市早苗首相は金曜日、"
    "ドナルド・トランプ米大統領と電話会談を行い、",
    "tokyo-summit": "高市首相とトランプ大統領、東京で初の首脳会談を実施。"
    "2025年10月28日、日本のサナエ・高市首相とドナルド・トランプ米大統領は",
    "state-guest-plan": "ドナルド・トランプ米大統領政権は、佐菜江・貴坂内首相の今春の",
    "caption": "Japanese PM Sanae Takaichi and U.S. President Donald Trump shake hands",
}


def seed_rows() -> list[tuple[str, str, Mention]]:
    rows = []
    for source, text in SOURCES.items():
        for m in mentions_for_role(extract_names(text, "ja"), ["首相", "PM"]):
            rows.append(("pm-name", source, m))
    return rows


def test_each_source_variant_gets_a_row() -> None:
    """The seed's five spellings of the Prime Minister each appear once."""
    table = name_drift(seed_rows(), ALIASES, NAMES)
    assert [(r.source, r.variant, r.matches) for r in table] == [
        ("takaichi-trump-call", "高市早苗", True),
        ("tokyo-summit", "高市", True),
        ("tokyo-summit", "サナエ・高市", False),
        ("state-guest-plan", "佐菜江・貴坂内", False),
        ("caption", "Sanae Takaichi", True),
    ]
    assert {r.person for r in table} == {"高市早苗"}


def test_the_drifted_rows_are_the_garbled_names() -> None:
    """Only サナエ・高市 and 佐菜江・貴坂内 drift, each with the reason shown."""
    bad = drifted(name_drift(seed_rows(), ALIASES, NAMES))
    assert [r.variant for r in bad] == ["サナエ・高市", "佐菜江・貴坂内"]
    assert bad[0].why.startswith("サナエ・高市 is not 高市早苗 or an alias (高市,")


def test_repeated_spellings_are_counted_once() -> None:
    """Two 高市早苗首相 in one source make one row with count 2."""
    text = "高市早苗首相は述べた。高市早苗首相は続けた。"
    rows = [("高市早苗", "a", m) for m in extract_names(text, "ja")]
    table = name_drift(rows)
    assert [(r.variant, r.count, r.first_offset) for r in table] == [("高市早苗", 2, 0)]


def test_the_plain_text_table_names_person_source_and_verdict() -> None:
    """The terminal table shows the person, then one aligned line per variant."""
    text = render_drift(name_drift(seed_rows(), ALIASES, NAMES))
    lines = text.splitlines()
    assert lines[0] == "高市早苗"
    assert lines[1].split() == ["source", "variant", "role", "n", "matches"]
    assert any("佐菜江・貴坂内" in line and line.endswith("NO") for line in lines)
    assert any("caption" in line and line.endswith("yes") for line in lines)
    assert render_drift([]) == "no names found"


def test_records_are_json_ready() -> None:
    """drift_records gives mappings a JSON report can dump."""
    records = drift_records(name_drift(seed_rows(), ALIASES, NAMES))
    assert json.loads(json.dumps(records, ensure_ascii=False)) == records
    assert records[0]["claim"] == "pm-name"


names = st.text("高市早苗佐菜江貴坂内サナエ・", min_size=1, max_size=6)


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), names), max_size=12))
def test_every_mention_is_counted_in_exactly_one_row(
    found: list[tuple[str, str]],
) -> None:
    """The counts of the rows add up to the mentions given."""
    rows = [
        ("高市早苗", source, Mention("name", i, i + len(v), v, v, unit="首相"))
        for i, (source, v) in enumerate(found)
    ]
    table = name_drift(rows)
    assert sum(r.count for r in table) == len(rows)
    assert all(r.matches == (r.variant.replace("・", "") == "高市早苗") for r in table)
