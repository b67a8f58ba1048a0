"""Run one engine over cases and judge each with :func:`bench.found.matches`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.engines import FALLBACK_BASE, Engine
from bench.found import Found, matches
from bench.gold import Case


@dataclass(frozen=True)
class Result:
    """One engine's verdict on one in-scope case."""

    case: Case
    engine: str
    correct: bool
    found: tuple[Found, ...] = ()
    error: str = ""
    shown: str = ""  # what the engine returned, for numerals

    def explain(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if self.shown:
            return f"got {self.shown!r}"
        if not self.found:
            return "found nothing"
        return "; ".join(f.describe() for f in self.found[:4])


def _near(case: Case, found: Found) -> bool:
    if case.span is None:
        return True
    a, b = case.span
    return found.start < b and a < found.end


def judge(case: Case, found: Sequence[Found]) -> tuple[bool, tuple[Found, ...]]:
    """Whether ``found`` holds the case's value, and the found values near it."""
    target = case.target
    assert target is not None
    if target.kind == "none":
        hits = tuple(f for f in found if f.kind in target.none_of)
        return not hits, hits
    near = tuple(f for f in found if _near(case, f))
    return any(matches(target, f) for f in near), near


def run_engine(engine: Engine, cases: Sequence[Case]) -> list[Result]:
    """Every in-scope case through ``engine`` (an exception counts as wrong).

    A row without a reference time gets ``FALLBACK_BASE`` as a stand-in, so year-less
    values resolve; the gold then fixes only the parts it states (``XXXX-03``).
    """
    out = []
    for case in cases:
        if case.target is None:
            continue
        try:
            found = engine.find(case.text, case.lang, case.published or FALLBACK_BASE)
        except Exception as exc:
            out.append(
                Result(case, engine.name, False, error=f"{type(exc).__name__}: {exc}")
            )
            continue
        correct, shown = judge(case, found)
        out.append(Result(case, engine.name, correct, shown))
    return out


def run_numerals(
    name: str,
    convert: Callable[[str], str],
    cases: Sequence[Case],
    number: Callable[[str], str] | None = None,
) -> list[Result]:
    """Numeral cases: ``convert`` maps the text to digits; compare text or number.

    ``number`` is the engine's kanji number parser, for ``number`` targets (a
    lone numeral → its value) written in kanji only (一, 百, 二十一); where it
    rejects the text, ``convert`` reads it.
    """
    out = []
    for case in cases:
        if case.target is None:
            continue
        read = convert
        if (
            number is not None
            and case.target.kind == "number"
            and _KANJI_NUMERAL.fullmatch(case.text)
        ):
            read = _or_else(number, convert)
        try:
            got = read(case.text)
        except Exception as exc:
            out.append(Result(case, name, False, error=f"{type(exc).__name__}: {exc}"))
            continue
        out.append(Result(case, name, _numeral_ok(case, got), shown=got))
    return out


_KANJI_NUMERAL = re.compile("[〇零一二三四五六七八九十百千万億兆京垓]+")


def _or_else(
    first: Callable[[str], str], then: Callable[[str], str]
) -> Callable[[str], str]:
    def read(text: str) -> str:
        try:
            return first(text)
        except (ValueError, TypeError, KeyError):
            return then(text)

    return read


def _numeral_ok(case: Case, got: str) -> bool:
    target = case.target
    assert target is not None
    if target.number is not None:
        try:
            return float(got.replace(",", "").strip()) == target.number
        except ValueError:
            return False
    return _ungrouped(got) in {_ungrouped(str(a)) for a in target.alternatives}


def _ungrouped(text: str) -> str:
    """1,000 → 1000: one side keeps digit-group commas, the other drops them."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", text)


def our_digitise() -> Callable[[str], str]:
    """Our numeral reader: ``checks.normalise.numerals.digitise`` → its text."""
    from checks.normalise.numerals import digitise

    def convert(text: str) -> str:
        result: Any = digitise(text)
        return result if isinstance(result, str) else str(result.text)

    return convert


def jatimex_digitise() -> Callable[[str], str]:
    """ja-timex's own normaliser (kanji numerals on, as in its tests)."""
    from ja_timex.number_normalizer import NumberNormalizer  # type: ignore[import-untyped]

    normaliser = NumberNormalizer()

    def convert(text: str) -> str:
        return str(normaliser.normalize(text))

    return convert


def our_number() -> Callable[[str], str]:
    """Our number parser: ``checks.normalise.numerals.kanji_number`` (一 → 1)."""
    from checks.normalise.numerals import kanji_number

    return kanji_number


def jatimex_number() -> Callable[[str], str]:
    """ja-timex's number parser, ``kansuji2number`` (一 → 1)."""
    from ja_timex.number_normalizer import kansuji2number

    def convert(text: str) -> str:
        return str(kansuji2number(text))

    return convert
