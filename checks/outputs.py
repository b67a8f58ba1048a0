"""After a run: build the results document and write what was asked for.

Called by the controller process only (also under pytest-xdist), with the
records every check produced, sorted by node id so a parallel run writes the
same report as a serial one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from checks.session import Run, Texts


def suite_info(
    root: Path, records: Sequence[Mapping[str, Any]], run: Run
) -> dict[str, Any]:
    """Claim files and texts of the run, with their hashes (provenance).

    Texts come from the run's cache (read once; under xdist the controller,
    which collects nothing, reads them here for the first time).
    """
    from checks.suite import load_claim_file

    files: dict[str, dict[str, Any]] = {}
    suites: dict[Path, Texts] = {}
    for r in records:
        path = str(r.get("file") or "")
        if r.get("type") == "lint" or not path.endswith((".yaml", ".yml")):
            continue
        sha = (r.get("provenance") or {}).get("claim_file_sha256") or ""
        entry = files.setdefault(path, {"path": path, "sha256": sha, "topic": None})
        entry["sha256"] = entry["sha256"] or sha
        texts = run.texts_for(root / path)
        suites[texts.root] = texts
    for entry in files.values():
        entry["topic"] = load_claim_file(root / entry["path"]).topic
    sources = [
        {
            "id": doc.id,
            "path": _rel(root, doc.path),
            "sha256": doc.sha256,
            "title": doc.title,
            "lang": doc.lang,
            "kind": doc.kind,
            "published": doc.meta.get("published") and str(doc.meta["published"]),
            "url": doc.url,
        }
        for texts in suites.values()
        for doc in texts.documents.values()
    ]
    return {
        "root": str(root),
        "claim_files": sorted(files.values(), key=lambda f: f["path"]),
        "sources": sorted(sources, key=lambda s: s["id"]),
    }


def _rel(root: Path, path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def name_rows(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The name-drift table: how each source writes each named person.

    Built from the ``name`` claims (they say whose name is canonical); each
    distinct variant a source uses is one row.
    """
    from checks.drift import drift_records, name_drift
    from checks.model import Mention

    triples: list[tuple[str, str, Mention]] = []
    aliases: dict[str, list[str]] = {}
    for r in records:
        if r.get("kind") != "name":
            continue
        person = str(r.get("value"))
        aliases.setdefault(person, list(r.get("aliases") or []))
        for ev in r.get("evidence") or []:
            m = ev.get("mention")
            if m:
                mention = Mention(
                    "name",
                    m["start"],
                    m["end"],
                    m["text"],
                    m["value"],
                    unit=m.get("unit"),
                    note=m.get("note") or "",
                )
                triples.append((person, str(ev.get("source")), mention))
    table = name_drift(triples, aliases=aliases)
    claims = {
        str(r.get("value")): r.get("claim") for r in records if r.get("kind") == "name"
    }
    rows = []
    for row in drift_records(table):
        row["claim"] = claims.get(str(row.get("person")))
        rows.append(row)
    return rows


def build_document(
    root: Path, records: Sequence[Mapping[str, Any]], run: Run
) -> dict[str, Any]:
    from checks.report.records import results_document

    checks = [dict(r) for r in records]
    suite = suite_info(root, records, run)
    return results_document(suite, checks, name_rows(records))


def finish(
    root: Path,
    records: Sequence[Mapping[str, Any]],
    options: Mapping[str, Any],
    run: Run,
) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """Build the document once, apply the baseline, write what was asked for.

    Returns the document, {kind: path written} and baseline lines for the summary.
    """
    doc = build_document(root, records, run)
    notes: list[str] = []
    baseline_path = options.get("baseline")
    if baseline_path and not options.get("update_baseline"):
        from checks.report.baseline import apply_baseline, load_baseline
        from checks.report.summary import baseline_lines

        result = apply_baseline(doc, load_baseline(Path(baseline_path)))
        doc = result.doc
        notes = baseline_lines(result)
    if options.get("github"):
        from checks.report.github import annotations

        # workflow commands must start a line of stdout: printed with the summary
        notes = [*notes, *annotations(doc)]
    return doc, write_outputs(doc, options), notes


def write_outputs(doc: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, str]:
    """Write the reports asked for; return {kind: path written}."""
    written: dict[str, str] = {}
    if options.get("update_baseline") and options.get("baseline"):
        from checks.report.baseline import write_baseline

        write_baseline(doc, Path(options["baseline"]))
        written["baseline"] = str(options["baseline"])
    if options.get("json"):
        path = Path(options["json"])
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        path.write_text(text, encoding="utf-8")
        written["json"] = str(path)
    if options.get("html"):
        from checks.report.html import write_html

        write_html(dict(doc), Path(options["html"]))
        written["html"] = str(options["html"])
    if options.get("sarif"):
        from checks.report.sarif import to_sarif

        path = Path(options["sarif"])
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(to_sarif(dict(doc)), ensure_ascii=False, indent=2)
        path.write_text(text, encoding="utf-8")
        written["sarif"] = str(path)
    if options.get("github"):
        from checks.report.github import step_summary

        if options.get("step_summary"):
            with open(options["step_summary"], "a", encoding="utf-8") as fh:
                fh.write(step_summary(dict(doc)))
            written["step summary"] = str(options["step_summary"])
    return written
