"""One parsed source: its body, sentences and mentions, each computed once.

A :class:`Document` is shared by every claim that looks at the source, so a
text is split and read once per run however many claims it has.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import Any

from checks.model import Mention

#: how much farther than the closest mention another may be and still count
NEAR_SLACK = 2
#: in Japanese a modifier precedes its head (4月の中国訪問, 金曜日、…電話会談):
#: a mention after the anchor counts as this much farther away
JA_AFTER_PENALTY = 15


def _anchor_spots(s: Sentence, about: Sequence[str]) -> list[tuple[int, int]]:
    """Body spans of every anchor occurrence in a sentence (case-insensitive)."""
    text = s.text.casefold()
    spots = []
    for phrase in about:
        needle = phrase.strip().casefold()
        if not needle:
            continue
        i = text.find(needle)
        while i >= 0:
            spots.append((s.start + i, s.start + i + len(needle)))
            i = text.find(needle, i + 1)
    return spots


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b0 - a1, a0 - b1)


@dataclass(frozen=True)
class Sentence:
    """A sentence span of a body."""

    start: int
    end: int
    text: str


@dataclass(eq=False)
class Document:
    """A source text and everything the engine reads from it."""

    id: str
    body: str
    lang: str = "ja"
    published: datetime | None = None  # naive local time
    zone: tzinfo | None = None
    path: Path | None = None
    body_line: int = 1  # line of the file where the body starts
    title: str | None = None
    kind: str | None = None
    url: str | None = None
    sha256: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    _mentions: dict[datetime | None, list[Mention]] = field(default_factory=dict)

    @classmethod
    def from_source_file(cls, source: Any) -> Document:
        """Build from :class:`checks.text.frontmatter.SourceFile`."""
        published = source.published
        zone = None
        if published is not None and published.tzinfo is not None:
            zone = published.tzinfo
            published = published.replace(tzinfo=None)
        return cls(
            id=source.id,
            body=source.body,
            lang=source.lang or "ja",
            published=published,
            zone=zone,
            path=source.path,
            body_line=source.body_line,
            title=source.title,
            kind=source.kind,
            url=source.url,
            sha256=source.sha256,
            meta=dict(source.meta),
        )

    # --- structure --------------------------------------------------------

    @cached_property
    def sentences(self) -> list[Sentence]:
        from checks.text.sentences import split_sentences

        return [
            Sentence(a, b, self.body[a:b])
            for a, b in split_sentences(self.body, self.lang)
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.body) if ch == "\n")
        return starts

    def line_of(self, offset: int) -> int:
        """The 1-based line in the source file of a body offset."""
        return bisect.bisect_right(self._line_starts, offset) - 1 + self.body_line

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(
            self.sentences[i].end, self.sentences[i].start + 1
        ):
            return self.sentences[i]
        return None

    @cached_property
    def _folded_sentences(self) -> list[str]:
        from checks.text.folding import fold

        return [fold(s.text).casefold() for s in self.sentences]

    def anchored(self, about: Sequence[str]) -> list[Sentence]:
        """Sentences holding any anchor phrase (literal, after folding); all if none."""
        if not about:
            return list(self.sentences)
        from checks.text.folding import fold

        needles = [fold(a).casefold() for a in about if a.strip()]
        return [
            s
            for s, folded in zip(self.sentences, self._folded_sentences, strict=True)
            if any(n in folded for n in needles)
        ]

    # --- mentions ---------------------------------------------------------

    def mentions(self, published: datetime | None = None) -> list[Mention]:
        """Every mention, read once per reference time (the text's own by default)."""
        ref = published or self.published
        if ref is not None and ref.tzinfo is not None:
            ref = ref.replace(tzinfo=None)
        if ref not in self._mentions:
            from checks.normalise import extract

            self._mentions[ref] = extract(
                self.body, lang=self.lang, published=ref, zone=self.zone
            )
        return self._mentions[ref]

    @cached_property
    def names(self) -> list[Mention]:
        from checks.normalise.names import extract_names

        return extract_names(self.body, self.lang)

    def nearest_to_anchor(
        self,
        mentions: Iterable[Mention],
        sentences: Sequence[Sentence],
        about: Sequence[str],
        slack: int = NEAR_SLACK,
    ) -> list[Mention]:
        """In each sentence, the mentions closest to an anchor phrase.

        "春の米国訪問" and "金曜日" share a sentence; for the anchor 米国訪問 only
        春 (next to it) speaks about the visit. Mentions within ``slack``
        characters of the closest one are kept too. Without anchors, all stay.
        """
        inside = self.in_sentences(mentions, sentences)
        if not about:
            return inside
        kept: list[Mention] = []
        for s in sentences:
            here = [m for m in inside if s.start <= m.start and m.end <= s.end]
            spots = _anchor_spots(s, about)
            if not here or not spots:
                kept.extend(here)
                continue
            after = JA_AFTER_PENALTY if self.lang.startswith("ja") else 0
            dist = {
                id(m): min(
                    _gap(m.start, m.end, a, b) + (after if m.start >= b else 0)
                    for a, b in spots
                )
                for m in here
            }
            for kind in {m.kind for m in here}:  # each kind has its own nearest
                same = [m for m in here if m.kind == kind]
                best = min(dist[id(m)] for m in same)
                kept.extend(m for m in same if dist[id(m)] <= best + slack)
        kept.sort(key=lambda m: (m.start, m.kind))
        return kept

    def in_sentences(
        self, mentions: Iterable[Mention], sentences: Sequence[Sentence]
    ) -> list[Mention]:
        """The mentions that lie inside one of ``sentences``."""
        spans = [(s.start, s.end) for s in sentences]
        return [
            m for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)
        ]
