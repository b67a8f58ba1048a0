"""Texts and their front matter (checks.text.frontmatter)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.errors import Problem
from checks.text.frontmatter import SourceFile, parse_time, read_source_file

EXAMPLES = Path(__file__).parent / "examples" / "broken" / "fixtures"
JST = timezone(timedelta(hours=9))


def read(path: Path) -> SourceFile:
    result = read_source_file(path, display_path=f"fixtures/{path.name}")
    assert isinstance(result, SourceFile), result
    return result


def problem(path: Path) -> str:
    result = read_source_file(path, display_path=f"fixtures/{path.name}")
    assert isinstance(result, Problem), result
    return result.render()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


def test_the_seed_article_reads_with_its_front_matter() -> None:
    """Title, lang, kind, aware published time and the body's first line."""
    path = EXAMPLES / "takaichi-trump-call.md"
    text = read(path)
    assert text.id == "takaichi-trump-call"
    assert text.title == "高市首相とトランプ大統領、春の米国会談に向け合意"
    assert text.lang == "ja"
    assert text.kind == "article"
    assert text.published == datetime(2026, 1, 3, 9, 0, tzinfo=JST)
    assert text.body_line == 7
    assert text.body.startswith("日本の高市早苗首相は金曜日、")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[text.body_line - 1] == text.body.splitlines()[0]
    assert text.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_front_matter_id_overrides_the_file_stem(tmp_path: Path) -> None:
    """`id:` names the source; without it the stem does."""
    text = read(write(tmp_path, "x.md", "---\nid: wire-0105\n---\nText.\n"))
    assert text.id == "wire-0105"
    assert read(write(tmp_path, "plain.md", "Text.\n")).id == "plain"


def test_lang_is_guessed_from_the_script_when_missing(tmp_path: Path) -> None:
    """Kana or kanji → ja; otherwise en."""
    assert (
        read(write(tmp_path, "a.md", "---\ntitle: x\n---\n首相は述べた。\n")).lang
        == "ja"
    )
    assert read(write(tmp_path, "b.md", "The PM said so.\n")).lang == "en"


def test_a_regional_lang_tag_reads_as_its_language(tmp_path: Path) -> None:
    """`ja-JP` is Japanese for the engine; the full tag stays in meta."""
    text = read(write(tmp_path, "a.md", "---\nlang: ja-JP\n---\nText.\n"))
    assert text.lang == "ja"
    assert text.meta["lang"] == "ja-JP"


def test_a_txt_file_has_no_front_matter(tmp_path: Path) -> None:
    """A `.txt` text keeps a leading `---` as part of its body."""
    text = read(write(tmp_path, "a.txt", "---\nIt was Monday.\n"))
    assert text.body == "---\nIt was Monday.\n"
    assert text.body_line == 1
    assert text.meta == {}


def test_numbers_in_text_fields_stay_as_written(tmp_path: Path) -> None:
    """`title: 2026` is the title "2026", not a number."""
    assert (
        read(write(tmp_path, "a.md", "---\ntitle: 2026\n---\nText.\n")).title == "2026"
    )


def test_published_times_parse_as_iso_8601() -> None:
    """Offsets stay aware; a bare date is naive midnight."""
    assert parse_time("2026-01-03T09:00+09:00") == datetime(2026, 1, 3, 9, tzinfo=JST)
    assert parse_time("2026-01-03") == datetime(2026, 1, 3)
    spaced = parse_time("2026-01-03 09:00:00 +09:00")
    assert spaced == datetime(2026, 1, 3, 9, tzinfo=JST)
    with pytest.raises(ValueError, match=r"month must be in 1\.\.12"):
        parse_time("2026-13-03")
    with pytest.raises(ValueError, match="not ISO 8601"):
        parse_time("3 January 2026")


def test_an_unclosed_front_matter_is_a_problem() -> None:
    """An opening `---` without a closing one is reported at line 1."""
    assert problem(EXAMPLES / "unclosed.md") == (
        "fixtures/unclosed.md:1:1: front matter is not closed\n"
        "    Found:    an opening `---` with no closing `---` line\n"
        "    Expected: front matter between two `---` lines, then the text\n"
        "    Fix:      add a line `---` after the last front matter field"
    )


def test_a_bad_published_value_points_at_its_line_in_the_file() -> None:
    """Line and column count from the top of the file, not the front matter."""
    assert problem(EXAMPLES / "bad-published.md") == (
        "fixtures/bad-published.md:3:12: front matter has an invalid `published` time\n"
        "    Found:    '2026-13-05' (month must be in 1..12)\n"
        "    Expected: ISO 8601: 2026-01-03, or 2026-01-03T09:00+09:00\n"
        "    Fix:      write it as, for example, `published: 2026-01-03T09:00+09:00`"
    )


def test_invalid_yaml_in_front_matter_has_file_line_and_column(tmp_path: Path) -> None:
    """A YAML error inside the front matter names the file's line."""
    path = write(tmp_path, "a.md", "---\ntitle: x\nlang: ja: en\n---\nText.\n")
    assert problem(path) == (
        "fixtures/a.md:3:9: front matter: invalid YAML: mapping values are not "
        "allowed in this context\n"
        "    Found:    lang: ja: en\n"
        "    Expected: well-formed YAML\n"
        "    Fix:      check the indentation and quoting near line 3; quote values "
        "that contain ': ', ' #' or start with a special character"
    )


def test_front_matter_that_is_a_list_is_a_problem(tmp_path: Path) -> None:
    """Front matter must be `key: value` lines."""
    path = write(tmp_path, "a.md", "---\n- title\n---\nText.\n")
    assert problem(path) == (
        "fixtures/a.md:2:1: front matter is not a mapping\n"
        "    Found:    a list\n"
        "    Expected: a mapping with `key: value` lines such as `title:` and "
        "`published:`\n"
        "    Fix:      write `key: value` lines at the top level, without a leading `-`"
    )


def test_an_unknown_lang_format_is_a_problem(tmp_path: Path) -> None:
    """`lang` must be a BCP 47 tag."""
    path = write(tmp_path, "a.md", "---\nlang: Japanese language\n---\nText.\n")
    assert problem(path) == (
        "fixtures/a.md:2:7: front matter has an invalid `lang`\n"
        "    Found:    'Japanese language'\n"
        "    Expected: a BCP 47 language tag: ja, en, ja-JP, en-GB, …\n"
        "    Fix:      write `lang: ja` or `lang: en`"
    )


def test_an_empty_text_is_a_problem(tmp_path: Path) -> None:
    """A file with nothing in it is reported, not silently skipped."""
    assert problem(write(tmp_path, "a.md", "\n  \n")) == (
        "fixtures/a.md:1:1: text file is empty\n"
        "    Found:    no text\n"
        "    Expected: the article or report, with optional front matter\n"
        "    Fix:      paste the text into the file, or delete the file"
    )


def test_front_matter_without_a_body_is_a_problem(tmp_path: Path) -> None:
    """Metadata alone cannot support any claim."""
    found = problem(write(tmp_path, "a.md", "---\ntitle: x\n---\n\n"))
    assert found.startswith("fixtures/a.md:4:1: text file has front matter but no text")


def test_a_text_that_is_not_utf8_names_its_line() -> None:
    """A Windows-1252 dash is reported with its line and byte offset."""
    assert problem(EXAMPLES / "latin1.txt") == (
        "fixtures/latin1.txt:2:17: file is not valid UTF-8\n"
        "    Found:    byte 0x96 at byte offset 35 (line 2)\n"
        "    Expected: UTF-8 text\n"
        "    Fix:      re-save the file as UTF-8 "
        "(for example: iconv -f SHIFT_JIS -t UTF-8)"
    )


def test_a_python_tag_in_front_matter_is_refused(tmp_path: Path) -> None:
    """Front matter is read as safely as claim files."""
    path = write(tmp_path, "a.md", "---\ntitle: !!python/name:os.system\n---\nText.\n")
    assert problem(path).startswith(
        "fixtures/a.md:2:8: front matter: "
        "YAML tag '!!python/name:os.system' is not allowed"
    )


_lines = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")))
    .map(str.strip)
    .filter(lambda s: s not in ("", "---", "...")),
    min_size=1,
    max_size=5,
)


@given(titles=_lines, body=_lines)
def test_body_line_points_at_the_first_body_line(
    titles: list[str], body: list[str]
) -> None:
    """Whatever the front matter holds, body_line is the body's first line."""
    import tempfile

    import yaml

    meta = yaml.safe_dump(
        {"title": " ".join(titles), "notes": titles}, allow_unicode=True
    )
    content = f"---\n{meta}---\n" + "\n".join(body) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.md"
        path.write_text(content, encoding="utf-8")
        text = read(path)
    assert text.title == " ".join(titles)
    assert content.splitlines()[text.body_line - 1] == body[0]
    assert text.body == "\n".join(body) + "\n"
