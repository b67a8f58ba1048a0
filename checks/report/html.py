"""The claim report: one self-contained HTML page from a results document."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from checks.report.records import ResultsDocumentError, load_results
from checks.report.timeline import render_timeline
from checks.report.view import build, lang_of

TEMPLATE = "report.html.j2"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checks.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["lang_of"] = lang_of
    return env


@cache
def _static(name: str) -> str:
    return (
        resources.files("checks.report")
        .joinpath("static", name)
        .read_text(encoding="utf-8")
    )


def render_html(doc: Mapping[str, Any], link_base: str = "") -> str:
    """The page as a string.

    ``link_base`` is put before every claim-file link (``claims/call.yaml#L5``),
    so links resolve from wherever the page is saved.
    """
    script = _static("report.js")
    if "</script" in script.lower():  # pragma: no cover - our own file
        raise ValueError("report.js must not contain a closing script tag")
    page = (
        _environment()
        .get_template(TEMPLATE)
        .render(
            v=build(doc, link_base),
            css=Markup(_static("report.css")),
            script=Markup(script),
            timeline=Markup(render_timeline(doc.get("checks", []))),
        )
    )
    return page


def link_base_for(doc: Mapping[str, Any], out: Path) -> str:
    """The relative path from ``out``'s folder to the suite root, with a slash."""
    root = str(doc.get("suite", {}).get("root") or "")
    if not root or not os.path.isabs(root):
        return ""
    try:
        rel = os.path.relpath(root, out.resolve().parent)
    except ValueError:  # another drive on Windows
        return ""
    rel = rel.replace(os.sep, "/")
    return "" if rel == "." else rel + "/"


def write_html(doc: Mapping[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write the page to ``path`` (folders created); returns the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(doc, link_base_for(doc, out)), encoding="utf-8")
    return out


def render_from_file(results_json: Path, out: Path) -> Path:
    """``claims report results.json -o report.html``.

    Raises ResultsDocumentError with a message to show when the file is
    missing or is not a results document.
    """
    results_json = Path(results_json)
    try:
        text = results_json.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResultsDocumentError(
            f"{results_json}: no such file. Write one with: "
            "pytest --claims-json results.json"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ResultsDocumentError(f"{results_json}: cannot read it ({exc})") from None
    doc = load_results(text, origin=str(results_json))
    return write_html(doc, out)
