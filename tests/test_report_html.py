"""The HTML claim report, read back with the standard library's HTML parser."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_samples import sample_document, scaled_document

from checks.report.html import link_base_for, render_from_file, render_html, write_html
from checks.report.records import ResultsDocumentError, validate_results

VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr", "col"}


@dataclass
class Node:
    """An element of the parsed page."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> list[Node]:
        found = [self]
        for c in self.children:
            if isinstance(c, Node):
                found += c.iter()
        return found

    def find_all(self, tag: str, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.iter()
            if n.tag == tag
            and all(attrs[k] in n.attrs.get(k, "").split() for k in attrs)
        ]

    def by_id(self, ident: str) -> Node:
        return next(n for n in self.iter() if n.attrs.get("id") == ident)


class TreeBuilder(HTMLParser):
    """Builds a Node tree; checks that every element closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.current = self.root
        self.mismatched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.current.tag != tag:
            self.mismatched.append(f"</{tag}> closes <{self.current.tag}>")
            return
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.mismatched == []
    assert builder.current is builder.root, "an element was left open"
    return builder.root


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return sample_document()


@pytest.fixture(scope="module")
def page(doc: dict[str, Any]) -> str:
    return render_html(doc)


@pytest.fixture(scope="module")
def tree(page: str) -> Node:
    return parse(page)


def test_the_page_is_well_formed(tree: Node) -> None:
    """Every element closes in order, and the page declares English."""
    html = tree.find_all("html")[0]
    assert html.attrs["lang"] == "en"


def test_the_page_loads_nothing_from_outside(page: str, tree: Node) -> None:
    """No external script, style, image, font or link: it opens from disk."""
    assert not tree.find_all("link")
    assert all("src" not in n.attrs for n in tree.iter())
    assert not [n for n in tree.find_all("a") if "://" in n.attrs.get("href", "")]
    styles = " ".join(n.text() for n in tree.find_all("style"))
    assert "@import" not in styles
    assert "url(" not in styles
    assert "@font-face" not in styles
    assert "://" not in page
    assert not re.findall(r"(?:href|src)=\"//", page)


def test_the_title_comes_from_the_topics(tree: Node) -> None:
    """The page title names the suite's topic, not the tool."""
    title = tree.find_all("title")[0].text()
    assert title == "Claim report: Takaichi–Trump phone call of 2 January 2026"


def test_every_check_is_on_the_page(doc: dict[str, Any], tree: Node) -> None:
    """One article per check, carrying its node id."""
    shown = {
        n.attrs["data-nodeid"] for n in tree.find_all("article", **{"class": "check"})
    }
    assert shown == {c["nodeid"] for c in doc["checks"]}


def test_unexpected_results_come_first(tree: Node) -> None:
    """The first section lists the three unexpected results, linked to them."""
    first = tree.find_all("main")[0].find_all("section")[0]
    assert first.attrs["id"] == "outcome"
    assert "3 unexpected results" in first.text()
    links = [a.attrs["href"] for a in first.find_all("ol")[0].find_all("a")]
    assert len(links) == 3
    assert "call-date in state-guest-plan" in first.text()  # accepted, named apart


def test_the_mention_is_marked_in_its_sentence(tree: Node) -> None:
    """The refuted name check marks 佐菜江・貴坂内 inside the Japanese sentence."""
    article = next(
        a
        for a in tree.find_all("article")
        if a.attrs["data-nodeid"].endswith("pm-name[state-guest-plan]")
    )
    quote = article.find_all("q")[0]
    assert quote.attrs["lang"] == "ja"
    assert [m.text() for m in quote.find_all("mark")] == ["佐菜江・貴坂内"]
    assert "首相の今春の可能性ある" in quote.text()


def test_verdicts_are_words_not_only_colours(tree: Node) -> None:
    """Every badge says its verdict in words."""
    badges = tree.find_all("span", **{"class": "badge"})
    words = {b.text().split()[-1] for b in badges}
    assert words <= {"supported", "refuted", "unverifiable", "problem"}
    assert {"supported", "refuted", "unverifiable", "problem"} <= words


def test_each_claim_links_to_its_line(tree: Node) -> None:
    """The claim heading links to claims/call.yaml#L16 and shows file:line."""
    links = {
        a.attrs["href"]: a.text() for a in tree.find_all("a", **{"class": "src-link"})
    }
    assert links["claims/call.yaml#L16"] == "claims/call.yaml:16"


def test_the_matrix_has_a_column_per_text(tree: Node) -> None:
    """The cross-report table shows pm-name in all three Japanese texts."""
    matrix = tree.by_id("matrix").find_all("table")[0]
    heads = [th.text() for th in matrix.find_all("thead")[0].find_all("th")]
    assert heads[1:] == [
        "takaichi-trump-call",
        "march-visit-plan",
        "state-guest-plan",
        "xi-trump-call",
    ]
    row = next(
        r for r in matrix.find_all("tr") if r.find_all("th")[0].text() == "pm-name"
    )
    cells = [" ".join(td.text().split()) for td in row.find_all("td")]
    assert cells == [
        "✓ supported",
        "✓ supported",
        "✗ refuted known error caught",
        "not checked",
    ]


def test_name_drift_is_highlighted(tree: Node) -> None:
    """The variant that is not the name is marked and its row flagged."""
    names = tree.by_id("names")
    drift = names.find_all("tr", **{"class": "drift"})
    assert len(drift) == 1
    assert drift[0].find_all("mark")[0].text() == "佐菜江・貴坂内"
    assert "1 text writes it differently" in names.text()


def test_the_timeline_draws_the_relations(tree: Node) -> None:
    """The SVG has an arrow per relation; the failing one is broken and labelled."""
    svg = tree.find_all("svg")[0]
    relations = {
        g.attrs["data-relation"]: g for g in svg.find_all("g", **{"class": "relation"})
    }
    assert "us-visit before china-trip" in relations
    broken = relations["previous-call after call-date"]
    assert "relation-broken" in broken.attrs["class"]
    assert "broken: previous-call after call-date" in broken.text()


def test_the_timeline_sends_old_dates_to_the_far_past(tree: Node) -> None:
    """1776 and 1912 sit in a separate far-past panel, labelled with its years."""
    svg = tree.find_all("svg")[0]
    words = [t.text() for t in svg.find_all("text")]
    assert "far past" in words
    assert "1776–1912" in words


def test_provenance_shows_short_hashes(doc: dict[str, Any], tree: Node) -> None:
    """Each text's hash appears shortened to 12 digits, the full one in its title."""
    section = tree.by_id("provenance")
    codes = {
        c.text(): c.attrs["title"]
        for c in section.find_all("code")
        if "title" in c.attrs
    }
    for source in doc["suite"]["sources"]:
        assert codes[source["sha256"][:12]] == source["sha256"]


def test_filters_are_labelled_controls(tree: Node) -> None:
    """Each filter is a real control inside a label, and reset is a button."""
    form = tree.by_id("filters")
    for label in form.find_all("label"):
        assert label.find_all("select") or label.find_all("input")
    options = [o.text() for o in tree.by_id("f-kind").find_all("option")]
    assert options == [
        "any",
        "count",
        "duration",
        "name",
        "problem",
        "quote",
        "relation",
        "weekday-date",
        "when",
    ]
    assert tree.by_id("f-reset").tag == "button"


def test_text_is_escaped(doc: dict[str, Any]) -> None:
    """A claim that says <script> is shown as text, never run."""
    hostile = copy.deepcopy(doc)
    hostile["checks"][0]["says"] = '<script>alert("x")</script>'
    page = render_html(hostile)
    assert page.count("<script>") == 1  # the report's own
    assert "&lt;script&gt;alert(" in page


def test_print_styles_hide_the_filters(tree: Node) -> None:
    """The print style sheet hides the filter bar and shows every check."""
    css = tree.find_all("style")[0].text()
    print_block = css[css.index("@media print") :]
    assert ".filters" in print_block
    assert "display: none" in print_block


def test_link_base_points_from_the_report_to_the_suite(tmp_path: Path) -> None:
    """A report in <root>/artifacts links to ../claims/call.yaml."""
    doc = {"suite": {"root": str(tmp_path)}}
    assert link_base_for(doc, tmp_path / "artifacts" / "report.html") == "../"
    assert link_base_for(doc, tmp_path / "report.html") == ""
    assert link_base_for({"suite": {"root": "demo"}}, tmp_path / "r.html") == ""


def test_write_html_creates_folders(doc: dict[str, Any], tmp_path: Path) -> None:
    """write_html makes the folder and writes UTF-8."""
    out = write_html(doc, tmp_path / "deep" / "report.html")
    assert "佐菜江・貴坂内" in out.read_text(encoding="utf-8")


def test_render_from_file_round_trips(doc: dict[str, Any], tmp_path: Path) -> None:
    """``claims report results.json`` renders the same checks as the live run."""
    results = tmp_path / "results.json"
    results.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = render_from_file(results, tmp_path / "report.html")
    tree = parse(out.read_text(encoding="utf-8"))
    assert len(tree.find_all("article")) == len(doc["checks"])


def test_render_from_file_refuses_a_missing_file(tmp_path: Path) -> None:
    """A missing file gets a message saying how to make one."""
    with pytest.raises(ResultsDocumentError, match="pytest --claims-json"):
        render_from_file(tmp_path / "nope.json", tmp_path / "r.html")


def test_render_from_file_refuses_another_document(tmp_path: Path) -> None:
    """A SARIF file is not a results document, and the message says so."""
    other = tmp_path / "out.sarif"
    other.write_text('{"version": "2.1.0", "runs": []}', encoding="utf-8")
    with pytest.raises(ResultsDocumentError, match="not a pytest-claims results"):
        render_from_file(other, tmp_path / "r.html")


def test_a_large_suite_renders_every_check() -> None:
    """Ten times the demo: every check still has its article."""
    big = scaled_document(10)
    tree = parse(render_html(big))
    assert len(tree.find_all("article")) == len(big["checks"])


@settings(max_examples=25)
@given(
    st.lists(st.sampled_from(range(23)), min_size=1, max_size=23, unique=True),
    st.text(max_size=30),
)
def test_any_subset_of_checks_renders_well_formed(picks: list[int], words: str) -> None:
    """Any subset of checks, with any words in a claim, gives a well-formed page."""
    base = sample_document()
    base["checks"] = [base["checks"][i] for i in sorted(picks)]
    base["checks"][0]["says"] = words
    tree = parse(render_html(base))
    assert len(tree.find_all("article")) == len(picks)


def test_a_relation_shows_both_events_and_the_gap(tree: Node) -> None:
    """The Busan relation lists both events' dates and the claimed gap."""
    article = next(
        a
        for a in tree.find_all("article")
        if a.attrs["data-nodeid"].endswith("busan-meeting-before-trump-xi-call")
    )
    terms = [
        " ".join(n.text().split()) for n in article.iter() if n.tag in ("dt", "dd")
    ]
    rows = dict(zip(terms[::2], terms[1::2], strict=True))
    assert rows["First event"] == "busan-meeting: 2025-10-30 (from claim value)"
    assert rows["Second event"] == "trump-xi-call: 2025-11-24 (from sources)"
    assert rows["Gap claimed"] == "nearly 30 days"


def test_a_problem_says_how_to_fix_it(doc: dict[str, Any]) -> None:
    """A problem's note is shown as the fix."""
    fixed = copy.deepcopy(doc)
    problem = next(c for c in fixed["checks"] if c["type"] == "problem")
    problem["note"] = "correct the id, or add fixtures/state-guest-plna.md"
    tree = parse(render_html(fixed))
    notes = [
        " ".join(p.text().split()) for p in tree.find_all("p", **{"class": "note"})
    ]
    assert "How to fix: correct the id, or add fixtures/state-guest-plna.md" in notes


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_of_wcag_examples() -> None:
    """The contrast helper gives WCAG's known ratios: 21 for black on white."""
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48


def test_text_colours_meet_wcag_aa(tree: Node) -> None:
    """Every text colour of the palette reaches 4.5:1 on the backgrounds it sits on."""
    css = tree.find_all("style")[0].text()
    var = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", css))
    pairs = [
        ("ink", "paper"),
        ("muted", "paper"),
        ("muted", "soft"),
        ("ok", "ok-bg"),
        ("bad", "bad-bg"),
        ("maybe", "maybe-bg"),
        ("problem", "problem-bg"),
        ("ok", "paper"),
        ("bad", "paper"),
        ("maybe", "paper"),
        ("ink", "bad-bg"),
        ("ink", "ok-bg"),
    ]
    low = {f"{a} on {b}": round(contrast(var[a], var[b]), 2) for a, b in pairs}
    assert {k: v for k, v in low.items() if v < 4.5} == {}
    assert contrast("#1f2328", "#ffe58a") >= 4.5  # text inside <mark>


def test_without_topics_the_title_names_the_claim_files(doc: dict[str, Any]) -> None:
    """A suite whose files have no topic is titled by its files' names."""
    plain = copy.deepcopy(doc)
    for f in plain["suite"]["claim_files"]:
        f["topic"] = None
    title = parse(render_html(plain)).find_all("title")[0].text()
    assert title == "Claim report: call, broken"


def test_japanese_text_uses_system_fonts(tree: Node) -> None:
    """The font stack names the Japanese system fonts and ends in sans-serif."""
    css = tree.find_all("style")[0].text()
    stack = re.search(r":lang\(ja\) \{ font-family: ([^;]+);", css)
    assert stack is not None
    fonts = [f.strip().strip('"') for f in stack.group(1).split(",")]
    assert {"Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic"} <= set(fonts)
    assert fonts[-1] == "sans-serif"


def test_a_minimal_document_renders() -> None:
    """A document with only the required fields still makes a page."""
    doc = {
        "format": "pytest-claims/results@1",
        "created": "2026-01-10T00:15:00+00:00",
        "tool": {"name": "pytest-claims", "version": "0.1.0"},
        "suite": {"root": "demo", "claim_files": [], "sources": []},
        "checks": [
            {
                "nodeid": "claims/call.yaml::call-date[takaichi-trump-call]",
                "type": "claim",
                "file": "claims/call.yaml",
                "line": 5,
                "claim": "call-date",
                "kind": "when",
                "verdict": "refuted",
                "expected": "supported",
                "passed": False,
                "why": "the two days differ",
                "evidence": [],
            }
        ],
        "names": [],
        "summary": {
            "total": 1,
            "passed": 0,
            "failed": 1,
            "by_verdict": {"refuted": 1},
            "known_errors_caught": 0,
            "unexpected": 1,
        },
    }
    assert validate_results(doc) == []
    tree = parse(render_html(doc))
    assert "1 unexpected result" in tree.by_id("outcome").text()
