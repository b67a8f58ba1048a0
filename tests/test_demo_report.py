"""The demo suite's own report, in a real browser: what an editor would open."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import ARGS, CHROMIUM, MISSING, SCREENSHOTS, open_report

ROOT = Path(__file__).resolve().parent.parent
if not Path(CHROMIUM).exists():
    pytest.skip(MISSING, allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is missing")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pytest claims --claims-html` run on the demo suite, as the README says."""
    out = tmp_path_factory.mktemp("demo") / "report.html"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "claims", "-q", "-p", "no:randomly",
         f"--claims-html={out}"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:]
    return out


@pytest.fixture(scope="module")
def page(report: Path) -> Iterator[Any]:
    """The report opened from disk, console errors and requests recorded."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield open_report(browser, report, height=1000)
        browser.close()


def test_the_demo_report_opens_without_errors_or_outside_requests(page: Any) -> None:
    """No console error, and the only request is the page itself."""
    assert page.problems == []
    assert [u for u in page.requests if not u.startswith("file://")] == []


def test_every_demo_claim_is_on_the_page(page: Any) -> None:
    """Each claim id of claims/*.yaml appears as a check on the page."""
    import yaml

    ids = set()
    for path in (ROOT / "claims").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids |= {
            c["id"] for c in data["claims"] if c.get("sources", data.get("sources"))
        }
    text = page.locator("body").inner_text()
    missing = sorted(i for i in ids if i not in text)
    assert missing == []


def test_the_timeline_shows_the_visit_before_the_china_trip(page: Any) -> None:
    """'by late March' → 'April' is drawn as a relation, and it holds."""
    arrow = page.locator(
        'svg.timeline g.relation[data-relation="us-visit before china-trip"]'
    )
    assert arrow.count() == 1
    assert "relation-broken" not in (arrow.get_attribute("class") or "")


def test_the_drift_table_marks_the_garbled_names(page: Any) -> None:
    """佐菜江・貴坂内 and サナエ・高市 are flagged as not the PM's name."""
    drift = page.locator("tr.drift")
    variants = {
        drift.nth(i).locator("td").first.inner_text() for i in range(drift.count())
    }
    assert {"佐菜江・貴坂内", "サナエ・高市"} <= variants


def test_a_screenshot_of_the_demo_report_is_kept(page: Any) -> None:
    """artifacts/screenshots/demo-report.png: the top of the page, for people."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    out = SCREENSHOTS / "demo-report.png"
    page.screenshot(path=str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
