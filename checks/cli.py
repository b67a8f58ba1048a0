"""The ``claims`` command: schema, extract, report, run.

claims schema                      print the claim-file JSON Schema
claims extract FILE [--json]       every mention the engine finds in a text (- : stdin)
claims report RESULTS -o OUT       render the HTML report from saved results
claims run [PYTEST ARGS]           pytest over ./claims (same as `pytest claims`)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="claims", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("schema", help="print the claim-file JSON Schema")

    ex = sub.add_parser("extract", help="list every date, duration and count in a text")
    ex.add_argument(
        "file",
        type=Path,
        help="a text: .md with front matter, or .txt; - reads standard input",
    )
    ex.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    ex.add_argument(
        "--published", help="reference time (ISO 8601), overrides front matter"
    )
    ex.add_argument("--lang", help="ja or en, overrides front matter")

    rep = sub.add_parser(
        "report", help="render the HTML report from --claims-json results"
    )
    rep.add_argument("results", type=Path)
    rep.add_argument("-o", "--output", type=Path, default=Path("claims-report.html"))

    run = sub.add_parser("run", help="run the claim suite in this folder with pytest")
    run.add_argument("pytest_args", nargs=argparse.REMAINDER)

    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            from checks.schema import claims_schema

            print(json.dumps(claims_schema(), ensure_ascii=False, indent=2))
            return 0
        if args.command == "extract":
            return _extract(
                args.file, as_json=args.json, published=args.published, lang=args.lang
            )
        if args.command == "report":
            from checks.report.html import render_from_file

            render_from_file(args.results, args.output)
            print(f"wrote {args.output}")
            return 0
        import pytest

        return int(pytest.main(["claims", *args.pytest_args]))
    except CliError as exc:
        print(f"claims: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"claims {args.command}: {exc}", file=sys.stderr)
        return 2


class CliError(Exception):
    """A mistake on the command line: printed, no traceback."""


def _extract(
    path: Path, *, as_json: bool, published: str | None, lang: str | None
) -> int:
    from checks.errors import Problem
    from checks.text.document import Document
    from checks.text.frontmatter import read_source_file, source_from_bytes

    if str(path) == "-":
        source = source_from_bytes(sys.stdin.buffer.read(), Path("stdin"), "<stdin>")
    else:
        source = read_source_file(path)
    if isinstance(source, Problem):
        raise CliError(source.render())
    doc = Document.from_source_file(source)
    if lang:
        doc.lang = lang
    ref = doc.published
    if published:
        try:
            parsed = datetime.fromisoformat(published)
        except ValueError:
            raise CliError(
                f"--published {published!r} is not ISO 8601 "
                "(e.g. 2026-01-03T09:00+09:00)"
            ) from None
        if parsed.tzinfo is not None:
            doc.zone = parsed.tzinfo
            parsed = parsed.replace(tzinfo=None)
        ref = parsed
    mentions = doc.mentions(ref)
    if as_json:
        for m in mentions:
            row = {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "line": doc.line_of(m.start),
                "kind": m.kind,
                "value": m.value,
                "interval_start": _iso(m.interval.start if m.interval else None),
                "interval_end": _iso(m.interval.end if m.interval else None),
                "number": m.number,
                "unit": m.unit,
                "hedge": m.hedge,
                "bound": m.bound,
                "note": m.note,
            }
            print(json.dumps(row, ensure_ascii=False))
        return 0
    print(_table(doc, mentions, ref))
    return 0


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _table(doc: object, mentions: Sequence[object], ref: datetime | None) -> str:
    from checks.model import Mention

    header = ("line", "kind", "text", "value", "interval", "hedge/bound", "note")
    rows = [header]
    for m in mentions:
        assert isinstance(m, Mention)
        rows.append(
            (
                str(doc.line_of(m.start)),  # type: ignore[attr-defined]
                m.kind,
                m.text,
                f"{m.value} {m.unit}" if m.kind == "count" and m.unit else m.value,
                m.interval.render() if m.interval else "",
                "/".join(x for x in (m.hedge, m.bound) if x),
                m.note,
            )
        )
    widths = [max(_width(r[i]) for r in rows[:200]) for i in range(len(header) - 1)]
    lines = [
        "published: "
        + (ref.isoformat() if ref else "unknown (relative words unresolved)")
    ]
    for row in rows:
        cells = [
            c + " " * (w - _width(c)) for c, w in zip(row[:-1], widths, strict=True)
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.append(f"{len(mentions)} mention(s)")
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


if __name__ == "__main__":
    raise SystemExit(main())
