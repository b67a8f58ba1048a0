"""Safe, line-aware YAML reading (checks.yamlread)."""

from __future__ import annotations

import importlib
import math
import sys
from typing import Any

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from checks import yamlread
from checks.errors import Problem
from checks.yamlread import Loaded


def loaded(text: str) -> Loaded:
    result = yamlread.load(text, "f.yaml")
    assert isinstance(result, Loaded), result
    return result


def problem(text: str) -> Problem:
    result = yamlread.load(text, "f.yaml")
    assert isinstance(result, Problem), result
    return result


def test_values_and_keys_know_their_line_and_column() -> None:
    """Each value and each key remembers where it starts, 1-based."""
    doc = loaded("claims:\n  - id: call-date\n    when: 2026-01-02\n")
    assert str(doc.spots.value(("claims", 0))) == "f.yaml:2:5"
    assert str(doc.spots.value(("claims", 0, "when"))) == "f.yaml:3:11"
    assert str(doc.spots.key(("claims", 0, "when"))) == "f.yaml:3:5"


def test_missing_paths_fall_back_to_the_nearest_parent() -> None:
    """A path the file does not have points at its closest existing parent."""
    doc = loaded("claims:\n  - id: a\n")
    assert str(doc.spots.value(("claims", 0, "when"))) == "f.yaml:2:5"


def test_norway_and_on_stay_text() -> None:
    """YAML 1.2 core: `no`, `on`, `yes` are text, not booleans."""
    assert loaded("a: [no, on, yes, off]\n").data == {"a": ["no", "on", "yes", "off"]}


def test_numbers_read_as_yaml_1_2() -> None:
    """`010` is ten, `0o10` eight, `0x10` sixteen, `1e3` a float, `1:30` text."""
    data = loaded("a: [010, 0o10, 0x10, 1e3, '1:30', 1:30, -5, .inf]\n").data
    assert data == {"a": [10, 8, 16, 1000.0, "1:30", "1:30", -5, math.inf]}


def test_dates_stay_text() -> None:
    """A date value such as 2026-01-02 is kept as written, never a date object."""
    assert loaded("when: 2026-01-02\nat: 2026-01-02 10:00:00\n").data == {
        "when": "2026-01-02",
        "at": "2026-01-02 10:00:00",
    }


def test_plain_non_text_scalars_keep_their_source_text() -> None:
    """`2026` reads as a number, and its source text is kept for text fields."""
    doc = loaded("id: 2026\nflag: true\nname: '2026'\n")
    assert doc.data == {"id": 2026, "flag": True, "name": "2026"}
    assert doc.spots.raw == {("id",): "2026", ("flag",): "true"}


def test_duplicate_keys_are_reported_with_the_first_line() -> None:
    """A key twice in one mapping is a problem at the second, naming the first."""
    doc = loaded("a: 1\nb: 2\na: 3\n")
    assert [p.render() for _, p in doc.problems] == [
        "f.yaml:3:1: key 'a' appears twice in one mapping\n"
        "    Found:    'a' here and on line 1\n"
        "    Expected: each key once per mapping\n"
        "    Fix:      delete one of them (YAML would silently keep only the last)"
    ]


def test_python_tags_are_refused_without_running_them() -> None:
    """`!!python/object/apply` is a problem; nothing is constructed."""
    found = problem('a: !!python/object/apply:os.system ["false"]\n')
    assert found.render() == (
        "f.yaml:1:4: YAML tag '!!python/object/apply:os.system' is not allowed\n"
        "    Found:    !!python/object/apply:os.system\n"
        "    Expected: plain YAML: text, numbers, true/false, lists and mappings\n"
        "    Fix:      remove the tag '!!python/object/apply:os.system'"
    )


def test_local_tags_on_scalars_are_refused() -> None:
    """An application tag such as `!secret` is refused too."""
    assert problem("a: !secret x\n").code == "unsafe-tag"


def test_an_alias_bomb_is_stopped_early() -> None:
    """Nine levels of nine aliases stop at the value limit, not in memory."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    found = problem("\n".join(lines) + "\n")
    assert found.code == "too-many-nodes"
    assert found.title == f"file expands to more than {yamlread.MAX_NODES} YAML values"


def test_small_aliases_are_allowed_and_expanded() -> None:
    """An alias of a short list is an ordinary, useful YAML feature."""
    doc = loaded("a: &names [高市, 高市氏]\nb: *names\n")
    assert doc.data == {"a": ["高市", "高市氏"], "b": ["高市", "高市氏"]}


def test_merge_keys_fill_in_missing_keys() -> None:
    """`<<: *base` copies keys the mapping does not set itself."""
    doc = loaded(
        "base: &b {about: 電話会談, when: 2026-01-01}\nc:\n  <<: *b\n  when: x\n"
    )
    assert doc.data["c"] == {"when": "x", "about": "電話会談"}


def test_recursive_and_undefined_aliases_are_problems() -> None:
    """An alias inside its own anchor, or without an anchor, is reported."""
    assert problem("a: &a [*a]\n").code == "recursive-alias"
    assert (
        problem("a: *nowhere\n")
        .render()
        .startswith("f.yaml:1:4: alias '*nowhere' has no anchor")
    )


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    """A hundred thousand nested brackets are refused before any recursion."""
    found = problem("[" * 100_000 + "]" * 100_000)
    assert found.code == "too-deep"


def test_two_documents_are_a_problem() -> None:
    """A second `---` document is reported on its line."""
    assert str(problem("a: 1\n---\nb: 2\n").where) == "f.yaml:2:1"


def test_syntax_errors_show_the_line_and_what_was_open() -> None:
    """Bad indentation names the line and the collection being parsed."""
    found = problem("claims:\n  - id: a\n    when: 2026\n   weekday: friday\n")
    assert found.render() == (
        "f.yaml:4:4: invalid YAML: did not find expected '-' indicator\n"
        "    Found:    weekday: friday (while parsing a block collection from line 2)\n"
        "    Expected: well-formed YAML\n"
        "    Fix:      check the indentation and quoting near line 4; quote values "
        "that contain ': ', ' #' or start with a special character"
    )


def test_tabs_get_their_own_fix() -> None:
    """A tab used for indentation is named in the fix."""
    assert problem("claims:\n\t- id: a\n").fix == (
        "replace the tab with spaces: YAML indents with spaces only"
    )


def test_line_offset_shifts_reported_lines() -> None:
    """Front matter lines are shifted; an error at the end points at its last char."""
    shifted = yamlread.load("title: x\nlang: ja\n", "t.md", line_offset=1)
    assert isinstance(shifted, Loaded)
    assert str(shifted.spots.value(("lang",))) == "t.md:3:7"
    broken = yamlread.load("title: [x\n", "t.md", line_offset=1)
    assert isinstance(broken, Problem)
    assert str(broken.where) == "t.md:2:10"  # the end of the front matter's text


def test_invalid_utf8_names_line_column_and_offset() -> None:
    """The first bad byte is reported with its line, column and byte offset."""
    found = yamlread.decode(b"a: 1\nnote: " + "日本".encode() + b"\x93x\n", "f.yaml")
    assert isinstance(found, Problem)
    assert found.render() == (
        "f.yaml:2:9: file is not valid UTF-8\n"
        "    Found:    byte 0x93 at byte offset 17 (line 2)\n"
        "    Expected: UTF-8 text\n"
        "    Fix:      re-save the file as UTF-8 "
        "(for example: iconv -f SHIFT_JIS -t UTF-8)"
    )


def test_a_byte_order_mark_is_dropped() -> None:
    """A UTF-8 BOM does not become part of the first key."""
    assert yamlread.decode(b"\xef\xbb\xbfa: 1\n", "f") == "a: 1\n"


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(
                st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                max_size=8,
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@given(_json)
@example({"no": "no", "010": "010", "x": [1.5e300, -0.0, "1e5"]})
def test_quoted_dumps_load_back_unchanged(value: Any) -> None:
    """Anything PyYAML dumps with every scalar quoted loads back equal."""
    text = yaml.safe_dump(value, default_style='"', allow_unicode=True)
    assert loaded(text).data == value


@given(
    st.lists(
        st.text("abcxyz", min_size=1, max_size=5), min_size=1, max_size=8, unique=True
    )
)
def test_key_spots_match_pyyaml_marks(keys: list[str]) -> None:
    """Every key's line and column agrees with PyYAML's own composer."""
    text = yaml.safe_dump({k: [1, {"k": k}] for k in keys}, sort_keys=False)
    doc = loaded(text)
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    for key_node, _ in node.value:
        where = doc.spots.key((key_node.value,))
        assert (where.line, where.column) == (
            key_node.start_mark.line + 1,
            key_node.start_mark.column + 1,
        )


def test_loading_survives_a_fresh_import_of_yaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pytester re-imports `yaml` between runs; the C parser keeps old classes."""
    for name in [m for m in sys.modules if m == "yaml" or m.startswith("yaml.")]:
        monkeypatch.delitem(sys.modules, name)
    fresh = importlib.import_module("yaml")
    monkeypatch.setattr(yamlread, "yaml", fresh)
    events = list(fresh.parse("a: 1\n", Loader=fresh.CSafeLoader))
    assert not isinstance(events[2], fresh.MappingStartEvent)  # the trap is real
    assert loaded("a: [1, b]\n").data == {"a": [1, "b"]}
    assert problem("a: [1\n").code == "yaml-syntax"
