"""pytest hooks only: options, the collection gate, results, reports, summary.

Each hook is thin and calls into :mod:`checks.session`, :mod:`checks.nodes`
or :mod:`checks.report`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from checks.nodes import RUN_KEY, SEEN_KEY, ClaimFile, ClaimsItem, run_of
from checks.session import Run

BASELINE_KEY = pytest.StashKey[dict[str, Any] | None]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claims", "fact-consistency claims (pytest-claims)")
    group.addoption(
        "--claims-html", metavar="PATH", help="write the HTML claim report to PATH"
    )
    group.addoption(
        "--claims-json",
        metavar="PATH",
        help="write every check's result as JSON to PATH",
    )
    group.addoption(
        "--claims-sarif", metavar="PATH", help="write failures as SARIF 2.1.0 to PATH"
    )
    group.addoption(
        "--claims-baseline",
        metavar="FILE",
        help="accept the failures recorded in FILE (adopting the tool on an archive)",
    )
    group.addoption(
        "--claims-update-baseline",
        action="store_true",
        default=False,
        help="write the current failures to the --claims-baseline FILE",
    )
    group.addoption(
        "--claims-fixtures",
        metavar="DIR",
        help="read texts from DIR instead of the fixtures/ folder beside claims/",
    )
    group.addoption(
        "--claims-no-lint",
        dest="claims_lint",
        action="store_false",
        default=True,
        help="do not run calendar lint on the texts",
    )
    parser.addini(
        "claims_dirs",
        type="args",
        default=["claims"],
        help="names of folders whose YAML files are claim files (default: claims)",
    )
    parser.addini(
        "claims_fixtures",
        type="string",
        default="",
        help="texts folder (default: fixtures/ beside claims/)",
    )


def pytest_configure(config: pytest.Config) -> None:
    fixtures = config.getoption("claims_fixtures") or config.getini("claims_fixtures")
    override = Path(fixtures).resolve() if fixtures else None
    config.stash[RUN_KEY] = Run(fixtures_override=override)
    config.stash[SEEN_KEY] = set()
    if not _is_worker(config):
        config.pluginmanager.register(Results(config), "claims-results")
    config.stash[BASELINE_KEY] = _load_baseline(config)
    config.addinivalue_line(
        "markers", "xdist_group(name): group a claim file's checks on one worker"
    )


def _load_baseline(config: pytest.Config) -> dict[str, Any] | None:
    path = config.getoption("claims_baseline")
    if not path or config.getoption("claims_update_baseline"):
        return None
    from checks.report.baseline import load_baseline

    try:
        return load_baseline(Path(path))
    except Exception as exc:  # a user file: say what is wrong, no traceback
        raise pytest.UsageError(f"--claims-baseline {path}: {exc}") from None


def accept_by_baseline(config: pytest.Config, record: dict[str, Any]) -> bool:
    baseline = config.stash.get(BASELINE_KEY, None)
    if not baseline:
        return False
    from checks.report.baseline import is_accepted

    return is_accepted(record, baseline)


def _is_claim_file(config: pytest.Config, path: Path) -> bool:
    if path.suffix not in (".yaml", ".yml"):
        return False
    dirs = set(config.getini("claims_dirs"))
    return any(part in dirs for part in path.parent.parts)


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> pytest.Collector | None:
    if not _is_claim_file(parent.config, file_path):
        return None
    return ClaimFile.from_parent(parent, path=file_path)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, Any]:
    report = yield
    if isinstance(item, ClaimsItem) and call.when == "call" and hasattr(item, "record"):
        # travels to the xdist controller with the report
        report.claims_record = json.dumps(item.record, ensure_ascii=False)
    return report


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


class Results:
    """Collects every check's record where reports arrive (the controller)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.records: list[dict[str, Any]] = []
        self.doc: dict[str, Any] | None = None
        self.written: dict[str, str] = {}
        self.notes: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        raw = getattr(report, "claims_record", None)
        if raw and report.when == "call":
            self.records.append(json.loads(raw))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if not self.records:
            return
        from checks.outputs import finish

        self.records.sort(key=lambda r: str(r.get("nodeid", "")))
        options = _output_options(self.config)
        self.doc, self.written, self.notes = finish(
            self.config.rootpath, self.records, options, run_of(self.config)
        )

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.doc is None:
            return
        from checks.report.summary import terminal_summary

        terminalreporter.section("claims")
        for line in [*terminal_summary(self.doc, self.written), *self.notes]:
            terminalreporter.write_line(line)


def _output_options(config: pytest.Config) -> dict[str, Any]:
    return {
        "html": config.getoption("claims_html"),
        "json": config.getoption("claims_json"),
        "sarif": config.getoption("claims_sarif"),
        "baseline": config.getoption("claims_baseline"),
        "update_baseline": config.getoption("claims_update_baseline"),
        "github": os.environ.get("GITHUB_ACTIONS") == "true",
        "step_summary": os.environ.get("GITHUB_STEP_SUMMARY"),
    }
