"""Shared set-up for the browser tests: Debian's Chromium through Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
# Chromium as root in a closed network: no sandbox, no background connections
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
MISSING = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"


def open_report(browser: Any, path: Path, height: int = 900) -> Any:
    """Open a report from disk; console errors and requests land on the page."""
    page = browser.new_page(viewport={"width": 1280, "height": height})
    page.problems = []
    page.requests = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    page.goto(path.as_uri())
    return page
