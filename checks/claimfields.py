"""One claim mapping of a claim file → a :class:`checks.model.Claim`, or problems.

The schema has already checked types; this module parses the values (dates,
weekdays, durations, tolerances, times, verdicts) and the rules the schema
cannot say well (value keys, modifiers, sources, expect).  ``about`` and
``quote`` are stored as literal text, never compiled as patterns.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from checks import errors
from checks.errors import Problem
from checks.model import (
    VALUE_KINDS,
    WEEKDAYS,
    Claim,
    Interval,
    Tolerance,
    Verdict,
    Where,
)
from checks.text.frontmatter import parse_time

Path = tuple[str | int, ...]
At = Callable[[Path], Where]

RESERVED_TAGS = frozenset(
    ("skip", "skipif", "xfail", "parametrize", "usefixtures", "filterwarnings",
     "and", "or", "not")
)  # fmt: skip
#: every key a claim may have (the schema's list)
CLAIM_KEYS = frozenset(
    ("id", "says", "sources", "about", "expect", "tags", "note", "published",
     "approx", "tolerance", "unit", "aliases", *VALUE_KINDS)
)  # fmt: skip
_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class FileDefaults:
    """What the file says for every claim: its default sources, and known ids."""

    sources: tuple[str, ...] | None
    source_ids: Collection[str] | None
    #: every default source was unknown (reported once, for the file)
    unusable: bool = False


def parse_duration(value: str) -> float:
    """Seconds in a duration value (``25 minutes``, ``PT25M``, ``1 month``)."""
    try:
        from checks.normalise.quantities import parse_duration_value
    except ImportError:
        from checks.normalise.durations import parse_duration_value

    try:
        return float(parse_duration_value(value))
    except ValueError:
        bare = re.fullmatch(r"\s*[0-9][0-9.,]*\s*", value)
        raise ValueError("no unit" if bare else "unknown unit or form") from None


def parse_tolerance(value: str | float, kind: str) -> Tolerance:
    """A ``tolerance:`` value for a claim of ``kind`` (duration or count)."""
    try:
        from checks.normalise.quantities import parse_tolerance as parse
    except ImportError:
        from checks.normalise.tolerances import parse_tolerance as parse

    result: Tolerance = parse(value, kind)
    return result


def tag_problems(tags: Any, path: Path, at: At, owner: str) -> list[Problem]:
    """Tags that pytest cannot use as markers (schema checked the type)."""
    found = []
    for i, tag in enumerate(tags if isinstance(tags, list) else []):
        if not isinstance(tag, str):
            continue
        if tag.lower() in RESERVED_TAGS:
            found.append(errors.bad_tag(at((*path, i)), owner, tag, reserved=True))
        elif not _TAG.match(tag):
            found.append(errors.bad_tag(at((*path, i)), owner, tag, reserved=False))
    return found


def verdict_of(value: Any, where: Where, owner: str) -> Verdict | Problem:
    if isinstance(value, str) and value.lower() in {v.value for v in Verdict}:
        return Verdict(value.lower())
    return errors.bad_verdict(where, owner, value)


class ClaimReader:
    """Reads one claim mapping; collects every problem instead of stopping."""

    def __init__(
        self,
        raw: Mapping[str, Any],
        index: int,
        at: At,
        key_at: At,
        defaults: FileDefaults,
    ) -> None:
        self.raw = raw
        self.path: Path = ("claims", index)
        self.at = at
        self.key_at = key_at
        self.defaults = defaults
        self.owner = errors.owner_of_claim(raw.get("id"), index)
        self.problems: list[Problem] = []
        self.fields: dict[str, Any] = {}

    def here(self, *keys: str | int) -> Where:
        return self.at((*self.path, *keys))

    def read(self) -> Claim | None:
        """The claim, or ``None`` when it has problems (see ``self.problems``)."""
        kind = self._kind()
        self._modifiers(kind)
        if kind is not None:
            self._value(kind)
        sources = self._sources()
        self._expect(sources)
        self._misc()
        if kind == "agree" and sources is not None and len(sources) < 2:
            self.problems.append(
                errors.agree_needs_sources(self.here(), self.owner, len(sources))
            )
        if self.problems or kind is None or sources is None:
            return None
        if not isinstance(self.raw.get("id"), str):
            return None  # the schema reports a missing or non-text id
        return Claim(
            id=self.raw["id"],
            kind=kind,
            value=self.raw[kind].lower() if kind == "weekday" else self.raw[kind],
            where=self.here(),
            sources=sources,
            **self.fields,
        )

    # --- value keys -------------------------------------------------------

    def _kind(self) -> str | None:
        present = [k for k in self.raw if k in VALUE_KINDS]
        counted = [k for k in present if not (k == "weekday" and "when" in present)]
        if not counted:
            if all(key in CLAIM_KEYS for key in self.raw):  # else a typo is reported
                self.problems.append(errors.no_value_key(self.here(), self.owner))
            return None
        if len(counted) > 1:
            where = self.key_at((*self.path, counted[1]))
            self.problems.append(errors.two_value_keys(where, self.owner, present))
            return None
        return counted[0]

    def _modifiers(self, kind: str | None) -> None:
        for key, hosts in errors.MODIFIER_HOSTS.items():
            if key in self.raw and kind not in hosts:
                where = self.key_at((*self.path, key))
                self.problems.append(
                    errors.misplaced_modifier(where, self.owner, key, kind)
                )

    def _value(self, kind: str) -> None:
        raw = self.raw
        if "when" in raw and isinstance(raw["when"], str):
            self._when(raw["when"])
        if "weekday" in raw:
            self._weekday(raw["weekday"])
        if kind == "duration" and isinstance(raw["duration"], str):
            try:
                self.fields["number"] = parse_duration(raw["duration"])
            except ValueError as exc:
                where = self.here("duration")
                self.problems.append(
                    errors.bad_duration(where, self.owner, raw["duration"], str(exc))
                )
        if kind == "count":
            value = raw["count"]
            if isinstance(value, bool) or not isinstance(value, int | float):
                return  # the schema reports the type
            if not math.isfinite(value):
                self.problems.append(
                    errors.bad_number(self.here("count"), self.owner, value)
                )
            else:
                self.fields["number"] = float(value)
        if kind in ("duration", "count"):
            self._tolerance(kind)
        if "unit" in raw and kind == "count":
            self.fields["unit"] = raw["unit"]
        if "aliases" in raw and kind == "name" and isinstance(raw["aliases"], list):
            self.fields["aliases"] = tuple(raw["aliases"])
        if raw.get("approx") is True and kind in ("duration", "count"):
            self.fields["approx"] = True

    def _when(self, value: str) -> None:
        from checks.normalise.edtf import DateValueError, parse_when

        try:
            interval = parse_when(value)
        except DateValueError as exc:
            reason = (
                str(exc).replace(f"{value!r}", "").strip(" :") or "not a date value"
            )
            self.problems.append(
                errors.bad_date(self.here("when"), self.owner, value, reason)
            )
            return
        self.fields["when"] = interval

    def _weekday(self, value: Any) -> None:
        if not isinstance(value, str) or value.lower() not in WEEKDAYS:
            self.problems.append(
                errors.bad_weekday(self.here("weekday"), self.owner, value)
            )
            return
        day = WEEKDAYS.index(value.lower())
        self.fields["weekday"] = day
        when: Interval | None = self.fields.get("when")
        if when is None or when.start is None or when.end is None:
            return
        last = when.end - timedelta(microseconds=1)
        if when.start.date() == last.date() and when.start.weekday() != day:
            real = WEEKDAYS[when.start.weekday()]
            where = self.here("weekday")
            self.problems.append(
                errors.weekday_mismatch(
                    where,
                    self.owner,
                    value.lower(),
                    when.start.date().isoformat(),
                    real,
                )
            )

    def _tolerance(self, kind: str) -> None:
        value = self.raw.get("tolerance")
        if value is None or isinstance(value, bool):
            return
        try:
            self.fields["tolerance"] = parse_tolerance(value, kind)
        except ValueError:
            where = self.here("tolerance")
            self.problems.append(errors.bad_tolerance(where, self.owner, value, kind))

    # --- sources and expectations ----------------------------------------

    def _sources(self) -> tuple[str, ...] | None:
        own = self.raw.get("sources")
        known = self.defaults.source_ids
        if own is None:
            if self.defaults.unusable:
                return None
            if self.defaults.sources is None:
                self.problems.append(errors.no_sources(self.here(), self.owner))
                return None
            return self.defaults.sources
        if not isinstance(own, list) or not all(isinstance(s, str) for s in own):
            return None  # the schema reports the type
        if known is not None:
            for i, source in enumerate(own):
                if source not in known:
                    self.problems.append(
                        errors.unknown_source(
                            self.here("sources", i), self.owner, source,
                            sorted(known),
                        )
                    )  # fmt: skip
        return tuple(own)

    def _expect(self, sources: Sequence[str] | None) -> None:
        value = self.raw.get("expect")
        if value is None:
            return
        if isinstance(value, dict):
            expect: dict[str, Verdict] = {}
            for source, word in value.items():
                verdict = verdict_of(word, self.here("expect", source), self.owner)
                if isinstance(verdict, Problem):
                    self.problems.append(verdict)
                    continue
                if sources is not None and source not in sources:
                    where = self.key_at((*self.path, "expect", source))
                    self.problems.append(
                        errors.expect_not_a_source(where, self.owner, source, sources)
                    )
                expect[source] = verdict
            self.fields["expect"] = expect
            return
        verdict = verdict_of(value, self.here("expect"), self.owner)
        if isinstance(verdict, Problem):
            self.problems.append(verdict)
        else:
            self.fields["expect"] = {"*": verdict}

    def _about(self, about: Any) -> None:
        """Anchor phrases: literal text, one or a list (never patterns)."""
        phrases = [about] if isinstance(about, str) else about
        if not isinstance(phrases, list):
            self.problems.append(
                errors.wrong_type(self.here("about"), self.owner, "about", about,
                                  "text or a list of text", "about: [電話会談]")
            )  # fmt: skip
            return
        if not phrases:
            self.problems.append(
                errors.empty_list(self.here("about"), self.owner, "about")
            )
        for i, phrase in enumerate(phrases):
            where = (
                self.here("about", i) if isinstance(about, list) else self.here("about")
            )
            if not isinstance(phrase, str) or not phrase.strip():
                self.problems.append(
                    errors.wrong_type(where, self.owner, "about", phrase,
                                      "some text", "about: 電話会談")
                )  # fmt: skip
            elif phrase in phrases[:i]:
                self.problems.append(
                    errors.repeated_item(where, self.owner, "about", phrase)
                )
        self.fields["about"] = tuple(str(p) for p in phrases)

    def _misc(self) -> None:
        raw = self.raw
        if "about" in raw:
            self._about(raw["about"])
        for key in ("says", "note"):
            if isinstance(raw.get(key), str):
                self.fields[key] = raw[key]
        if isinstance(raw.get("tags"), list):
            self.problems.extend(
                tag_problems(raw["tags"], (*self.path, "tags"), self.at, self.owner)
            )
            self.fields["tags"] = tuple(str(t) for t in raw["tags"])
        published = raw.get("published")
        if isinstance(published, str):
            try:
                self.fields["published"] = parse_time(published)
            except ValueError as exc:
                where = self.here("published")
                self.problems.append(
                    errors.bad_published(where, self.owner, published, str(exc))
                )
