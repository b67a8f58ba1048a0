"""pytest nodes: a claim file, its checks, bad input, and calendar lint of texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checks.errors import Problem
from checks.model import Claim, Outcome, Relation, Verdict
from checks.session import Run, Texts, iter_checks

RUN_KEY = pytest.StashKey[Run]()
SEEN_KEY = pytest.StashKey[set[Path]]()


class CheckFailed(Exception):
    """A check whose verdict is not the one expected; carries the message."""


def run_of(config: pytest.Config) -> Run:
    return config.stash[RUN_KEY]


def display_path(config: pytest.Config, path: Path) -> str:
    try:
        return path.relative_to(config.rootpath).as_posix()
    except ValueError:
        return path.as_posix()


class ClaimFile(pytest.File):
    """A YAML claim file: one item per (claim, source), agree claim and relation."""

    def collect(self) -> Iterator[pytest.Item | pytest.Collector]:
        from checks.suite import load_claim_file

        run = run_of(self.config)
        texts = run.texts_for(self.path)
        shown = display_path(self.config, self.path)
        loaded = load_claim_file(self.path, source_ids=texts.ids, display_path=shown)
        yield from self._texts_once(texts)
        group = pytest.mark.xdist_group(shown)
        names: set[str] = set()
        for problem in loaded.problems:
            where = problem.where
            name = f"{problem.code or 'problem'}-{where.line}-{where.column}"
            while name in names:  # two problems at one place stay two items
                name += "+"
            names.add(name)
            bad = ProblemItem.from_parent(self, name=name, problem=problem)
            bad.extra_keyword_matches.add("problem")
            yield bad
        claims = {c.id: c for c in loaded.claims}
        for claim, source in iter_checks(loaded.claims):
            name = claim.id if source is None else f"{claim.id}[{source}]"
            item = CheckItem.from_parent(
                self, name=name, claim=claim, source=source, texts=texts, loaded=loaded
            )
            _mark(item, claim.tags, claim.kind, claim.id, source)
            item.add_marker(group)
            yield item
        for relation in loaded.relations:
            link = RelationItem.from_parent(
                self,
                name=relation.id,
                relation=relation,
                claims=claims,
                texts=texts,
                loaded=loaded,
            )
            _mark(link, relation.tags, "relation", relation.id, None)
            link.add_marker(group)
            yield link

    def _texts_once(self, texts: Texts) -> Iterator[SourceFile]:
        """The texts of a suite are checked once, with its first claim file."""
        seen = self.config.stash[SEEN_KEY]
        if texts.root in seen:
            return
        seen.add(texts.root)
        paths = {d.path for d in texts.documents.values() if d.path is not None}
        paths |= {p for p, _ in texts.problems}
        for path in sorted(paths):
            yield SourceFile.from_parent(self, path=path, texts=texts)


def _mark(
    item: pytest.Item, tags: tuple[str, ...], kind: str, cid: str, source: str | None
) -> None:
    for tag in tags:
        item.config.addinivalue_line("markers", f"{tag}: claim tag '{tag}'")
        item.add_marker(tag)
    item.extra_keyword_matches.update({kind, cid, *([source] if source else [])})


def _junit_properties(record: dict[str, Any]) -> list[tuple[str, object]]:
    from checks.report.junit import junit_properties

    return list(junit_properties(record))


class ClaimsItem(pytest.Item):
    """Shared reporting for every claims item."""

    line = 1
    record: dict[str, Any]

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        # xdist's loadgroup later appends "@group" to nodeid; records keep this one
        self.stable_nodeid = self.nodeid

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, self.name

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> str:
        if isinstance(excinfo.value, CheckFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)  # type: ignore[return-value]

    def finish(self, passed: bool, message: str, record: dict[str, Any]) -> None:
        """Record the result; fail unless it passed or a baseline accepts it."""
        from checks.plugin import accept_by_baseline

        record["passed"] = passed
        record["message"] = "" if passed else message
        accepted = not passed and accept_by_baseline(self.config, record)
        record["baseline"] = "accepted" if accepted else ("new" if not passed else None)
        self.record = record
        self.user_properties.extend(_junit_properties(record))
        if accepted:
            pytest.xfail(f"accepted by the baseline: {record.get('why', '')}")
        if not passed:
            raise CheckFailed(message)


class CheckItem(ClaimsItem):
    """One claim in one source (or an agree claim across its sources)."""

    def __init__(
        self, *, claim: Claim, source: str | None, texts: Texts, loaded: Any, **kw: Any
    ) -> None:
        super().__init__(**kw)
        self.claim, self.source, self.texts, self.loaded = claim, source, texts, loaded
        self.line = claim.where.line

    def runtest(self) -> None:
        from checks.render import claim_message
        from checks.results import check_record

        run = run_of(self.config)
        outcome = run.outcome(self.claim, self.texts, self.source)
        expected = self.claim.expected(self.source or "*")
        passed = outcome.verdict == expected
        message = claim_message(self.claim, self.source, outcome, self.texts.documents)
        record = check_record(
            nodeid=self.stable_nodeid,
            claim=self.claim,
            source=self.source,
            outcome=outcome,
            expected=expected,
            loaded=self.loaded,
            texts=self.texts,
        )
        self.finish(passed, message, record)


class RelationItem(ClaimsItem):
    """A relation between two events of the same file."""

    def __init__(
        self,
        *,
        relation: Relation,
        claims: dict[str, Claim],
        texts: Texts,
        loaded: Any,
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.relation, self.claims, self.texts, self.loaded = (
            relation,
            claims,
            texts,
            loaded,
        )
        self.line = relation.where.line

    def runtest(self) -> None:
        from checks.render import relation_message
        from checks.results import relation_record

        run = run_of(self.config)
        outcome, info = run.relation(self.relation, self.claims, self.texts)
        passed = outcome.verdict == self.relation.expect
        record = relation_record(
            nodeid=self.stable_nodeid,
            relation=self.relation,
            outcome=outcome,
            info=info,
            loaded=self.loaded,
            texts=self.texts,
            claims=self.claims,
        )
        self.finish(passed, relation_message(self.relation, outcome, info), record)


class ProblemItem(ClaimsItem):
    """Bad input: always fails, with file:line:col and how to fix it."""

    def __init__(self, *, problem: Problem, **kw: Any) -> None:
        super().__init__(**kw)
        self.problem = problem
        self.line = problem.where.line

    def runtest(self) -> None:
        from checks.results import problem_record

        record = problem_record(self.stable_nodeid, self.problem)
        self.finish(False, self.problem.render(), record)


class SourceFile(pytest.File):
    """A text of a suite: its front matter problems and its calendar lint."""

    def __init__(self, *, texts: Texts, **kw: Any) -> None:
        super().__init__(**kw)
        self.texts = texts

    def collect(self) -> Iterator[pytest.Item]:
        for path, problem in self.texts.problems:
            if path == self.path:
                yield ProblemItem.from_parent(
                    self, name="front-matter", problem=problem
                )
                return
        if self.config.getoption("claims_lint"):
            doc = next(
                (d for d in self.texts.documents.values() if d.path == self.path), None
            )
            if doc is not None:
                item = LintItem.from_parent(self, name="calendar-lint", doc=doc)
                item.extra_keyword_matches.update({"lint", doc.id})
                yield item


class LintItem(ClaimsItem):
    """Calendar lint of one text: weekday vs date, impossible dates, era vs year."""

    def __init__(self, *, doc: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.doc = doc
        self.line = doc.body_line

    def runtest(self) -> None:
        from checks.lint import lint_text
        from checks.normalise import Context
        from checks.normalise.numerals import digitise
        from checks.results import lint_record

        digits = digitise(self.doc.body)
        ctx = Context(self.doc.lang, self.doc.published, self.doc.zone)
        findings = [
            (digits.origin[f.start], digits.origin[f.end], f)
            for f in lint_text(digits.text, ctx)
        ]
        lines = [f"calendar lint in {self.doc.id}: {len(findings)} problem(s)"]
        for start, _end, f in findings:
            lines.append(f"    {self.path.name}:{self.doc.line_of(start)}: {f.message}")
        record = lint_record(self.stable_nodeid, self.doc, findings)
        self.finish(not findings, "\n".join(lines), record)


__all__ = ["ClaimFile", "Outcome", "SourceFile", "Verdict"]
