"""One run over one or more suites: texts read once, outcomes computed once.

No pytest here: the pytest layer asks this object for outcomes, and a script
or notebook can do the same (see :func:`run_suite`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from checks.errors import Problem
from checks.model import Claim, Interval, Outcome, Relation, Verdict
from checks.text.document import Document

SOURCE_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass
class Texts:
    """The texts of one suite's ``fixtures/`` folder."""

    root: Path
    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[tuple[Path, Problem]] = field(default_factory=list)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self.documents) | {p.stem for p, _ in self.problems}


def load_texts(root: Path) -> Texts:
    """Read every text of a ``fixtures/`` folder once."""
    from checks.text.frontmatter import read_source_file

    texts = Texts(root)
    if not root.is_dir():
        return texts
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in SOURCE_SUFFIXES or not path.is_file():
            continue
        result = read_source_file(path)
        if isinstance(result, Problem):
            texts.problems.append((path, result))
        else:
            texts.documents[result.id] = Document.from_source_file(result)
    return texts


@dataclass
class Run:
    """Caches shared by every check of a run."""

    fixtures_override: Path | None = None
    _texts: dict[Path, Texts] = field(default_factory=dict)
    _outcomes: dict[tuple[int, str], Outcome] = field(default_factory=dict)

    def texts_for(self, claim_file: Path) -> Texts:
        from checks.suite import find_fixtures_dir

        root = self.fixtures_override or find_fixtures_dir(claim_file)
        if root is None:
            root = claim_file.parent / "fixtures"
        root = root.resolve()
        if root not in self._texts:
            self._texts[root] = load_texts(root)
        return self._texts[root]

    def outcome(self, claim: Claim, texts: Texts, source: str | None) -> Outcome:
        """The outcome of a claim in one source, or of an agree claim (source None)."""
        key = (id(claim), source or "")
        if key not in self._outcomes:
            self._outcomes[key] = self._compute(claim, texts, source)
        return self._outcomes[key]

    def _compute(self, claim: Claim, texts: Texts, source: str | None) -> Outcome:
        from checks import verdicts

        if claim.kind == "agree":
            docs = [texts.documents[s] for s in claim.sources if s in texts.documents]
            from checks.agree import check_agree

            return check_agree(claim, docs)
        assert source is not None
        doc = texts.documents.get(source)
        if doc is None:
            return Outcome(
                Verdict.UNVERIFIABLE, f"the text '{source}' could not be read"
            )
        return verdicts.check(claim, doc)

    def event(self, claim: Claim, texts: Texts) -> tuple[Interval | None, str]:
        """Where a claim's event may lie, and where that came from."""
        if claim.when is not None:
            return claim.when, "claim value"
        if claim.kind == "agree" and claim.value == "when":
            out = self.outcome(claim, texts, None)
            if out.interval is not None:
                return out.interval, "sources"
            return None, f"its sources do not settle it ({out.why})"
        return None, f"claim '{claim.id}' has no date (its value is a {claim.kind})"

    def relation(
        self, relation: Relation, claims: dict[str, Claim], texts: Texts
    ) -> tuple[Outcome, dict[str, object]]:
        from checks.relations import evaluate

        left, left_from = self.event(claims[relation.left], texts)
        right, right_from = self.event(claims[relation.right], texts)
        info: dict[str, object] = {
            "left_interval": left,
            "right_interval": right,
            "left_from": left_from,
            "right_from": right_from,
        }
        if left is None or right is None:
            missing = relation.left if left is None else relation.right
            why = left_from if left is None else right_from
            return (
                Outcome(Verdict.UNVERIFIABLE, f"no interval for '{missing}': {why}"),
                info,
            )
        return evaluate(relation, left, right), info


def iter_checks(claims: tuple[Claim, ...]) -> Iterator[tuple[Claim, str | None]]:
    """(claim, source) pairs in file order; agree claims once with source None."""
    for claim in claims:
        if claim.is_background:
            continue
        if claim.kind == "agree":
            yield claim, None
        else:
            for source in claim.sources:
                yield claim, source
