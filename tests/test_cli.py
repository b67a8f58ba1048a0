"""The `claims` command: schema, extract, report."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from checks.cli import main

ROOT = Path(__file__).parent.parent
ARTICLE = ROOT / "fixtures" / "takaichi-trump-call.md"


def test_schema_prints_the_shipped_json_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`claims schema` prints a Draft 2020-12 schema with an $id."""
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["$id"]


def test_extract_lists_the_seed_articles_dates_durations_and_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """JSON lines carry each mention's span, kind, value and interval."""
    assert main(["extract", str(ARTICLE), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = {(r["text"], r["kind"]): r for r in rows}
    assert found[("11月25日", "when")]["value"] == "2025-11-25"
    assert found[("遅くとも3月下旬", "when")]["interval_end"] == "2026-04-01T00:00:00"
    assert found[("遅くとも3月下旬", "when")]["bound"] == "by"
    assert found[("約25分間", "duration")]["value"] == "PT25M"
    assert found[("約25分間", "duration")]["hedge"] == "approx"
    assert found[("250本", "count")]["number"] == 250
    assert found[("4月", "when")]["value"] == "2026-04"
    assert found[("今週", "when")]["value"] == "2026-W01"
    assert found[("金曜日", "weekday")]["value"] == "friday"
    body = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2]
    for r in rows:
        assert body[r["start"] : r["end"]] == r["text"]


def test_extract_with_another_published_date_moves_relative_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--published overrides the front matter: 金曜日 follows it."""
    assert main(["extract", str(ARTICLE), "--json", "--published", "2026-01-10"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    friday = next(r for r in rows if r["text"] == "金曜日" and r["kind"] == "when")
    assert friday["value"] == "2026-01-09"


def test_extract_prints_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The default output is a table with a header and a count."""
    assert main(["extract", str(ARTICLE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "published: 2026-01-03T09:00:00"
    assert out[1].split() == [
        "line",
        "kind",
        "text",
        "value",
        "interval",
        "hedge/bound",
        "note",
    ]
    assert out[-1].endswith("mention(s)")


def test_extract_reads_standard_input_for_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`claims extract -` reads the text (front matter and all) from stdin."""
    raw = ARTICLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["extract", "-", "--json"]) == 0
    piped = capsys.readouterr().out
    assert main(["extract", str(ARTICLE), "--json"]) == 0
    assert piped == capsys.readouterr().out
    plain = b"The polls closed 2 hrs ago."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(plain)))
    args = ["extract", "-", "--json", "--lang", "en", "--published", "2026-01-03T10:00"]
    assert main(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = [(r["text"], r["value"]) for r in rows]
    assert found == [("2 hrs ago", "2026-01-03T08:00")]


def test_extract_of_empty_standard_input_names_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Empty stdin is the same clear error as an empty file, named <stdin>."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  ")))
    assert main(["extract", "-"]) == 2
    assert capsys.readouterr().err.startswith("claims: <stdin>:1:1:")


def test_a_bad_published_value_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A mistake on the command line gives exit code 2 and no traceback."""
    assert main(["extract", str(ARTICLE), "--published", "yesterday"]) == 2
    assert "is not ISO 8601" in capsys.readouterr().err


def test_report_renders_the_page_from_saved_results(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    """`claims report results.json -o page.html` needs no re-run."""
    shutil.copytree(
        ROOT / "tests" / "examples" / "mini", pytester.path, dirs_exist_ok=True
    )
    pytester.runpytest("claims", "--claims-json", "results.json")
    out = pytester.path / "page.html"
    assert main(["report", str(pytester.path / "results.json"), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "call-length" in page
    assert "<svg" in page


def test_report_refuses_a_file_that_is_not_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rendering an unrelated JSON file fails with a clear message."""
    bogus = tmp_path / "x.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    assert main(["report", str(bogus), "-o", str(tmp_path / "x.html")]) == 2
    assert "results" in capsys.readouterr().err
