"""GitHub Actions output: error annotations and the job summary table."""

from collections.abc import Mapping
from typing import Any

from checks.report.records import is_unexpected

MAX_ANNOTATIONS = 10


def escape_data(text: str) -> str:
    """Escape a workflow command's message (``%``, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _failures(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    failed = [c for c in doc.get("checks", []) if not c.get("passed")]
    return sorted(failed, key=lambda c: (str(c.get("file")), int(c.get("line") or 0)))


def _title(check: Mapping[str, Any]) -> str:
    subject = str(check.get("claim"))
    if check.get("source"):
        subject += f" in {check['source']}"
    if check.get("type") == "problem":
        return f"Problem in the suite: {subject}"
    return f"{subject}: {check.get('verdict')} (expected {check.get('expected')})"


def annotation(check: Mapping[str, Any]) -> str:
    """One ``::error`` line pointing at the claim's file and line."""
    props = [
        f"file={escape_property(str(check.get('file')))}",
        f"line={int(check.get('line') or 1)}",
    ]
    if check.get("column"):
        props.append(f"col={int(check['column'])}")
    props.append(f"title={escape_property(_title(check))}")
    message = str(check.get("message") or check.get("why") or "")
    return f"::error {','.join(props)}::{escape_data(message)}"


def annotations(doc: Mapping[str, Any]) -> list[str]:
    """Annotations for the unexpected failures, at most ten lines in all.

    Failures a baseline accepts get none.  When there are more than ten, the
    last line is a notice that points to the job summary for the rest.
    """
    failures = [c for c in _failures(doc) if is_unexpected(c)]
    if len(failures) <= MAX_ANNOTATIONS:
        return [annotation(c) for c in failures]
    shown = failures[: MAX_ANNOTATIONS - 1]
    rest = len(failures) - len(shown)
    notice = (
        f"::notice title=More claim failures::{rest} more unexpected results;"
        " the job summary lists them all."
    )
    return [*(annotation(c) for c in shown), notice]


def _cell(text: Any) -> str:
    value = "" if text is None else str(text)
    value = value.replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(value.split()) or "—"


def step_summary(doc: Mapping[str, Any]) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: counts, then a table of every failure."""
    summary = doc.get("summary", {})
    lines = [
        "## Claim checks",
        "",
        f"{summary.get('passed', 0)} of {summary.get('total', 0)} checks came out as"
        f" expected; {summary.get('known_errors_caught', 0)} known errors caught.",
        "",
    ]
    failures = _failures(doc)
    if not failures:
        lines.append("Every check came out as expected.")
        return "\n".join(lines) + "\n"
    lines += [
        "| Status | Claim | Text | Found | Expected | Where | Why |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in failures:
        status = "accepted (baseline)" if c.get("baseline") == "accepted" else "**new**"
        source = c.get("source") or ", ".join(c.get("sources") or [])
        found = "problem" if c.get("type") == "problem" else c.get("verdict")
        lines.append(
            f"| {status} | {_cell(c.get('claim'))} | {_cell(source)} | {_cell(found)}"
            f" | {_cell(c.get('expected'))} | `{_cell(c.get('file'))}:"
            f"{c.get('line')}` | {_cell(c.get('why'))} |"
        )
    return "\n".join(lines) + "\n"
