"""The engines measured: ours and the peers that run here, all returning Found.

``ours`` calls ``checks.normalise.extract`` (or any ``module:function`` with the
same signature, so the harness can be tried on a stand-in).  The peers are
optional: when one is not installed it is reported as missing, never faked.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from bench.found import (
    Found,
    duration_seconds,
    fill_unknown,
    interval_of,
    timex_to_spec,
)
from checks.model import Interval

DEFAULT_ENGINE = "checks.normalise:extract"
#: the reference dateparser gets when a row has none (it would use "now")
FALLBACK_BASE = datetime(2026, 1, 3, 9, 0)
_DAY_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


class Engine(Protocol):
    name: str

    def find(self, text: str, lang: str, published: datetime | None) -> list[Found]:
        """Every value found in ``text``."""
        ...


_TIMEX: JaTimex | None = None


def ja_timex_parse(
    text: str, *, lang: str = "ja", published: datetime | None = None
) -> Sequence[Any]:
    """``JaTimex.parse`` (the call ``throughput.py`` times) with ``extract``'s
    signature, so ``instructions.py --engine bench.engines:ja_timex_parse``
    counts it."""
    global _TIMEX
    if _TIMEX is None:
        _TIMEX = JaTimex()
    return _TIMEX.parse(text, published)


def peer_available(module: str) -> bool:
    """True when the peer's package is importable here."""
    return importlib.util.find_spec(module) is not None


def load_callable(spec: str) -> Callable[..., Sequence[Any]]:
    """``package.module:function`` → the function."""
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    func: Callable[..., Sequence[Any]] = getattr(module, attr or "extract")
    return func


class Ours:
    """Our engine through its public entry point."""

    name = "ours"

    def __init__(self, spec: str = DEFAULT_ENGINE) -> None:
        self.extract = load_callable(spec)

    def find(self, text: str, lang: str, published: datetime | None) -> list[Found]:
        return [
            _from_mention(m) for m in self.extract(text, lang=lang, published=published)
        ]


def _from_mention(m: Any) -> Found:
    kind = str(m.kind)
    number = getattr(m, "number", None)
    return Found(
        kind=kind,
        start=int(m.start),
        end=int(m.end),
        text=str(m.text),
        value=str(m.value),
        interval=getattr(m, "interval", None),
        weekday=getattr(m, "weekday", None),
        seconds=number if kind == "duration" else None,
        number=number if kind == "count" else None,
        hedge=getattr(m, "hedge", None),
        bound=getattr(m, "bound", None),
    )


class JaTimex:
    """yagays/ja-timex ``TimexParser``; values and ``to_datetime()`` mapped to Found."""

    name = "ja-timex"

    def __init__(self) -> None:
        from ja_timex import TimexParser  # type: ignore[import-untyped]

        self.parser = TimexParser()

    def parse(self, text: str, published: datetime | None) -> Sequence[Any]:
        """``TimexParser.parse`` with ``published`` (Tokyo time) as its reference."""
        import pendulum

        self.parser.reference = (
            None if published is None else pendulum.instance(published, tz="Asia/Tokyo")
        )
        found: Sequence[Any] = self.parser.parse(text)
        return found

    def find(self, text: str, lang: str, published: datetime | None) -> list[Found]:
        out: list[Found] = []
        for t in self.parse(text, published):
            found = self._convert(t, published is not None)
            if found is not None:
                out.append(found)
        return out

    def _convert(self, t: Any, resolve: bool) -> Found | None:
        start, end = t.span
        base = {"start": start, "end": end, "text": t.text, "value": t.value}
        mod = t.mod or None
        hedge = "approx" if mod == "APPROX" else None
        bound = {"ON_OR_BEFORE": "before", "ON_OR_AFTER": "after"}.get(mod or "")
        part = {"START": "early", "MID": "mid", "END": "late"}.get(mod or "")
        if part:
            base["value"] = f"{t.value} {part}"
        if t.type == "SET":
            return None
        if t.type == "DURATION":
            if mod in ("BEFORE", "AFTER", "NOW") and resolve:
                point = _naive(_safe_to_datetime(t))
                unit = t.value.rstrip("0123456789.")[-1:] if "T" not in t.value else "T"
                # 今週, 先週 (P1W/BEFORE) are weeks; 1週間後 (P1W/AFTER) is a day
                grain = _DAY_UNITS.get(unit)
                if grain and re.search(r"[0-9０-９一二三四五六七八九十半]", t.text):
                    grain = "day"
                return _relative_found(base, point, grain)
            return Found(
                kind="duration", seconds=duration_seconds(t.value), hedge=hedge, **base
            )
        pattern = ja_timex_pattern(t.value)
        weekday = re.fullmatch(r"XXXX-WXX-(\d)", t.value)
        if weekday:
            return Found(kind="weekday", weekday=int(weekday.group(1)) - 1, **base)
        interval = None
        if "X" not in pattern:
            interval = _try_interval(pattern)
        elif resolve:
            point = _naive(_safe_to_datetime(t))
            if point is not None:
                interval = _try_interval(fill_unknown(pattern, point))
        if interval is not None and bound == "before" and interval.end is not None:
            interval = Interval(None, interval.end)
        elif interval is not None and bound == "after" and interval.start is not None:
            interval = Interval(interval.start, None)
        return Found(
            kind="when",
            interval=interval,
            pattern=pattern,
            hedge=hedge,
            bound=bound,
            **base,
        )


def _relative_found(
    base: dict[str, Any], point: datetime | None, grain: str | None
) -> Found:
    if point is None:
        return Found(kind="when", **base)
    if grain is None:
        return Found(kind="when", point=point, **base)
    value = {"year": f"{point.year:04d}", "month": f"{point:%Y-%m}"}.get(grain)
    if grain == "week":
        iso = point.isocalendar()
        value = f"{iso.year:04d}-W{iso.week:02d}"
    elif grain == "day":
        value = f"{point:%Y-%m-%d}"
    return Found(kind="when", interval=_try_interval(value or ""), point=point, **base)


def ja_timex_pattern(value: str) -> str:
    """ja-timex's own value → the spec's notation, X parts kept (README mapping)."""
    m = re.fullmatch(r"T(\d{2}|XX)-(\d{2}|XX)-(\d{2}|XX)", value)
    if m:
        hh, mm, ss = m.groups()
        out = f"XXXX-XX-XXT{hh}"
        if mm != "XX":
            out += f":{mm}"
            if ss != "XX":
                out += f":{ss}"
        return out
    while value.endswith("-XX"):
        value = value[:-3]
    return timex_to_spec(value)


def _try_interval(value: str) -> Interval | None:
    try:
        return interval_of(value)
    except ValueError:
        return None


def _safe_to_datetime(t: Any) -> Any:
    try:
        return t.to_datetime()
    except Exception:
        return None


def _naive(value: Any) -> datetime | None:
    if value is None:
        return None
    return datetime(
        value.year, value.month, value.day, value.hour, value.minute, value.second
    )


class DateParser:
    """scrapinghub/dateparser: ``search_dates`` on the text, plus ``parse`` on it."""

    name = "dateparser"

    def __init__(self, *, whole_text_parse: bool = True) -> None:
        self.whole_text_parse = whole_text_parse

    def find(self, text: str, lang: str, published: datetime | None) -> list[Found]:
        import dateparser  # type: ignore[import-untyped]
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        settings = {"RELATIVE_BASE": published or FALLBACK_BASE}
        out: list[Found] = []
        if self.whole_text_parse:
            whole = dateparser.parse(text, languages=[lang], settings=settings)
            if whole is not None:
                out.append(
                    Found(
                        kind="when",
                        start=0,
                        end=len(text),
                        text=text,
                        point=_naive(whole),
                    )
                )
        pos = 0
        for piece, when in (
            search_dates(text, languages=[lang], settings=settings) or []
        ):
            start = text.find(piece, pos)
            start = start if start >= 0 else text.find(piece)
            pos = max(pos, start + len(piece)) if start >= 0 else pos
            out.append(
                Found(
                    kind="when",
                    start=start,
                    end=start + len(piece),
                    text=piece,
                    point=_naive(when),
                )
            )
        return out


def peers(lang: str) -> list[tuple[str, str]]:
    """(peer name, module to import) of the peers that apply to ``lang``."""
    listed = [("dateparser", "dateparser")]
    if lang == "ja":
        listed.insert(0, ("ja-timex", "ja_timex"))
    return listed


def make_peer(name: str) -> Engine:
    if name == "ja-timex":
        return JaTimex()
    return DateParser()
