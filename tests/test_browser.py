"""The HTML report in a real browser: headless Chromium through Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import ARGS, CHROMIUM, MISSING, SCREENSHOTS, open_report
from report_samples import sample_document

from checks.report.html import write_html

if not Path(CHROMIUM).exists():
    pytest.skip(MISSING, allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed"
)


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return sample_document()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, doc: dict[str, Any], tmp_path: Path) -> Iterator[Any]:
    """The report opened from disk; console errors and requests are recorded."""
    page = open_report(browser, write_html(doc, tmp_path / "report.html"))
    yield page
    page.close()


def shown(page: Any) -> int:
    return int(page.locator("article.check:visible").count())


def test_the_report_opens_without_errors_or_requests(page: Any) -> None:
    """No console error, and nothing is fetched but the file itself."""
    page.wait_for_load_state("load")
    assert page.problems == []
    assert [u for u in page.requests if not u.startswith("file://")] == []
    assert len(page.requests) == 1


def test_every_check_is_shown_at_first(page: Any, doc: dict[str, Any]) -> None:
    """All 23 checks are visible and the counter says so."""
    assert shown(page) == len(doc["checks"])
    assert page.locator("#f-count").inner_text() == "Showing 23 of 23 checks"
    claims = {c["claim"] for c in doc["checks"]}
    headings = set(page.locator("section.claim-group .claim-id").all_inner_texts())
    assert claims == headings


def test_failures_only_shows_the_four_failures(page: Any) -> None:
    """Ticking 'Failures only' by keyboard leaves the four failing checks."""
    page.focus("#f-failed")
    page.keyboard.press("Space")
    assert page.locator("#f-failed").is_checked()
    assert shown(page) == 4
    assert page.locator("#f-count").inner_text() == "Showing 4 of 23 checks"
    page.click("#f-reset")
    assert shown(page) == 23


def test_source_and_kind_filters_combine(page: Any) -> None:
    """Names in state-guest-plan: exactly the garbled-name check."""
    page.select_option("#f-source", "state-guest-plan")
    page.select_option("#f-kind", "name")
    visible = page.locator("article.check:visible")
    assert visible.count() == 1
    assert "佐菜江・貴坂内" in visible.first.inner_text()


def test_verdict_and_tag_filters(page: Any) -> None:
    """Unverifiable leaves one check; the names tag leaves three."""
    page.select_option("#f-verdict", "unverifiable")
    assert shown(page) == 1
    page.select_option("#f-verdict", "")
    page.select_option("#f-tag", "names")
    assert shown(page) == 3


def test_search_finds_japanese_words(page: Any) -> None:
    """Typing 桜 keeps only checks whose sentences mention cherry trees."""
    page.fill("#f-search", "桜")
    assert 0 < shown(page) < 23
    for text in page.locator("article.check:visible").all_inner_texts():
        assert "桜" in text
    page.fill("#f-search", "no such words anywhere")
    assert shown(page) == 0
    assert page.locator("#f-empty").is_visible()


def test_the_timeline_draws_the_relations(page: Any) -> None:
    """The SVG has every relation; the broken one is labelled in red."""
    relations = page.locator("svg.timeline g.relation")
    assert relations.count() == 5
    broken = page.locator("svg.timeline g.relation-broken")
    assert broken.get_attribute("data-relation") == "previous-call after call-date"
    assert "broken:" in (broken.locator("text").text_content() or "")


def test_a_screenshot_is_kept_for_ci(page: Any) -> None:
    """A full-page screenshot is written to artifacts/screenshots/report.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    out = SCREENSHOTS / "report.png"
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_printing_shows_every_check_without_filters(page: Any) -> None:
    """In print media the filter bar is hidden and filtered checks come back."""
    page.fill("#f-search", "no such words anywhere")
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert shown(page) == 23
