"""Full-width and kanji numerals → ASCII digits, with an offset map back.

``digitise`` rewrites only what is a number: ２０２６ → 2026, 二〇二六年 → 2026年,
二百五十本 → 250本, 2万5千人 → 25000人, 1,200人 → 1200人.  A kanji numeral
is rewritten when a counter follows (年 月 日 人 本 …), a trigger precedes
(第 約 計 午前 …), it is a multi-character number not glued to another word,
or it sits in a list of numbers (二、三日).  Words that merely contain a
numeral kanji stay: 一緒, 統一, 一方, 万一, 一時的, 十分な, 千葉, 六本木.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from checks.normalise.dispatch import contains_any

__all__ = ["Digitised", "digitise", "kanji_number"]

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGITS["零"] = 0
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12, "京": 10**16, "垓": 10**20}
_KANJI = "〇零一二三四五六七八九十百千万億兆京垓"
_FULL_DIGITS = "０１２３４５６７８９"
_FULL = str.maketrans(_FULL_DIGITS, "0123456789")

_K = f"[{_KANJI}]"
_D = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)"
_UNITS = "十百千万億兆京垓"
# a numeral run: kanji numerals, and ASCII numbers that a unit follows (2万5千,
# 1.5万) or that follow a unit (2万5000); never ASCII glued to a kanji digit
_RUN = rf"(?:{_D}[{_UNITS}]|{_K})+(?:(?<=[{_UNITS}]){_D})?"
# thousands separators: 1,200 / 1,234,567 (not 1,2,3 nor 1000,1001)
_GROUPED = r"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"

#: words that contain a numeral but are not numbers here (left as they are)
# fmt: off
_NOT_NUMBERS = (
    "一時的", "一時金", "一時期", "一本化", "一本釣", "一本道", "六本木",
    "四日市", "五日市", "八日市", "二日市", "十日町", "三日月", "三日坊主",
    "二日酔", "千代", "一杯", "一昨日", "一昨年", "一昨々", "四六時中",
    "二人三脚", "一期一会", "一か八か", "五月雨", "五月蝿", "不十分",
    "十二分に", "十二分な", "統一", "唯一", "同一", "均一", "単一", "万一",
    "一石二鳥", "一朝一夕", "八代", "一日も早",
)
# fmt: on

_SCAN = re.compile(
    "(?P<skip>"
    + "|".join(sorted(_NOT_NUMBERS, key=len, reverse=True))
    + f")|(?P<grouped>{_GROUPED})|(?P<run>{_RUN})"
)
_GROUPED_RE = re.compile(_GROUPED)
#: a full-width digit, a kanji numeral or a grouped number; one class opens
#: it, so ``re`` skips other characters in C
_NEEDS_WORK = re.compile(f"[0-9０-９{_KANJI}](?:(?<=[0-9]),[0-9]|(?<![0-9]))")
_STARTERS = "".join(sorted({w[0] for w in _NOT_NUMBERS} - set(_KANJI)))
#: where a skip word, a grouped number or a numeral run can start: digits before
#: a comma or kanji, or one kanji or starter (opening with a class, so ``re``
#: skips other characters in C)
_ANCHOR = re.compile(
    f"[0-9{_KANJI}{_STARTERS}]"
    f"(?:(?<=[0-9])[0-9.]*(?=[,{_KANJI}])|(?<=[{_KANJI}{_STARTERS}]))"
)
_FULL_WIDTH = re.compile("[０-９]+")
_FULL_SEP = re.compile(r"(?<=[0-9])[，．](?=[0-9])")

#: a counter or unit after a numeral makes it a number
_COUNTER = re.compile(
    r"(?:年|月|日|時|分|秒|週|人|名|本|回|件|個|つ|歳|才|代|位|円|倍|割|種|周|隻|機"
    r"|台|枚|冊|頭|匹|羽|社|校|店|軒|戸|棟|階|点|票|席|期|次|号|条|項|章|泊|連|局"
    r"|粒|カ|か|ヶ|ヵ|ケ|箇|%|％|ドル|ユーロ|キロ|メートル|トン|グラム|世紀|世代"
    r"|度目|番目|通り|パーセント|ポイント|者|選|勝|敗)"
)
_TRIGGERS = ("第", "約", "計", "全", "午前", "午後", "西暦", "およそ", "同")
_BLOCKERS = "数何幾"
# what may follow a bare 十分 for it to mean ten minutes
_TEN_MINUTES = re.compile(
    r"(?:間|後|前|以内|以上|以下|未満|程度|ほど|くらい|ぐらい|近く|弱|強|余り"
    r"|おき|ごと|遅れ|前後|すぎ|過ぎ|ごろ|頃)"
)
# what makes 一時 a clock time or an hour rather than "temporarily"
_ONE_OCLOCK_AFTER = re.compile(
    r"時(?:間|半|頃|ごろ|過ぎ|すぎ|前|から|まで|[0-9〇一二三四五六七八九十]+分)"
)
_ONE_OCLOCK_BEFORE = ("午前", "午後", "深夜", "未明", "朝", "夜")
_SEPARATORS = "、・．.，,〜~～-"
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff々]")


@dataclass(frozen=True)
class Digitised:
    """Digitised text and, per character (plus one), its offset in the original.

    ``origin`` is a ``range`` when nothing was rewritten, else a list built
    once (never changed afterwards).
    """

    text: str
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        return self.origin[start], self.origin[end]


def kanji_number(numeral: str) -> str:
    """The digits of a numeral written in kanji (and ASCII): 二百五十 → ``250``.

    Raises ValueError for a run that is not a well-formed number.
    """
    plain = _GROUPED_RE.sub(
        lambda m: m.group().replace(",", ""), numeral.translate(_FULL)
    )
    value = _value(plain) if plain else None
    if value is None:
        raise ValueError(f"{numeral!r} is not a number written in kanji or digits")
    return value


def digitise(text: str) -> Digitised:
    """Rewrite the numbers of ``text`` in ASCII digits; see the module docstring."""
    if not _NEEDS_WORK.search(text):
        return Digitised(text, range(len(text) + 1))
    work = text
    if contains_any(text, _FULL_DIGITS):  # C scans; most texts have none
        work = _FULL_WIDTH.sub(lambda m: m.group().translate(_FULL), text)
    if "，" in work or "．" in work:
        work = _FULL_SEP.sub(lambda m: "," if m.group() == "，" else ".", work)
    pieces: list[str] = []
    origin: list[int] = []
    done = consumed = 0
    for anchor in _ANCHOR.finditer(work):
        if anchor.start() < consumed:
            continue
        match = _SCAN.match(work, anchor.start())
        if match is None:
            continue
        consumed = match.end()
        kind = match.lastgroup
        if kind == "skip":
            continue
        a, b = match.span()
        raw = match.group()
        new = raw.replace(",", "") if kind == "grouped" else _convert(work, a, b)
        if new is None or new == raw:
            continue
        pieces.append(work[done:a])
        origin.extend(range(done, a))
        pieces.append(new)
        width = b - a
        if len(new) == width:
            origin.extend(range(a, b))
        elif kind == "grouped":
            origin.extend(i for i in range(a, b) if work[i] != ",")
        elif len(new) < width:  # 千八百六十五 → 1865: each digit at a character
            origin.extend(range(a, a + len(new)))
        else:  # 十 → 10, 二千 → 2000: the digits past the last at its character
            origin.extend(range(a, b))
            origin.extend([b - 1] * (len(new) - width))
        done = b
    pieces.append(work[done:])
    origin.extend(range(done, len(work) + 1))
    return Digitised("".join(pieces), origin)


def _convert(text: str, a: int, b: int) -> str | None:
    """The digits for the run ``text[a:b]``, or None when it is not a number here."""
    run = text[a:b].replace(",", "")
    if a and text[a - 1] in _BLOCKERS:
        return None
    value = _value(run)
    if value is None:
        return None
    if any(c in "0123456789" for c in run):
        return value
    if run in ("十", "十二") and text.startswith("分", b):
        return value if _ten_minutes(text, a, b) else None
    if run == "一" and text.startswith("時", b):
        if text.endswith(_ONE_OCLOCK_BEFORE, 0, a) or _ONE_OCLOCK_AFTER.match(text, b):
            return value
        return None
    if _COUNTER.match(text, b) or text.endswith(_TRIGGERS, 0, a):
        return value
    if len(run) >= 2:
        return None if _IDEOGRAPH.match(text, b) else value
    if _in_list(text, a, b):
        return value
    return None


def _ten_minutes(text: str, a: int, b: int) -> bool:
    """十分 means ten minutes after 時 or before 間/後/程度…, else "enough"."""
    if a and text[a - 1] == "時":
        return True
    return _TEN_MINUTES.match(text, b + 1) is not None


def _in_list(text: str, a: int, b: int) -> bool:
    """A lone numeral next to another one across a separator: 二、三日, 一・四."""
    after = text[b : b + 2]
    if len(after) == 2 and after[0] in _SEPARATORS and after[1] in _KANJI:
        return True
    before = text[max(a - 2, 0) : a]
    return len(before) == 2 and before[1] in _SEPARATORS and before[0] in _KANJI


@functools.lru_cache(maxsize=4096)  # a text repeats its numerals (一, 二十)
def _value(run: str) -> str | None:
    """Parse a numeral run (kanji digits, 十百千, 万億…, ASCII numbers)."""
    if not any(c in _SMALL or c in _BIG for c in run):
        digits = "".join(str(_DIGITS[c]) if c in _DIGITS else c for c in run)
        return digits if digits.replace(".", "", 1).isdigit() else None
    total = Decimal(0)
    section = Decimal(0)
    pending = ""
    last_small = 10**5
    last_big = 10**21
    for char in run:
        if char in _DIGITS:
            pending += str(_DIGITS[char])
        elif char in "0123456789.":
            pending += char
        elif char in _SMALL:
            unit = _SMALL[char]
            if unit >= last_small:
                return None
            coefficient = _number(pending) if pending else Decimal(1)
            if coefficient is None:
                return None
            section += coefficient * unit
            last_small, pending = unit, ""
        else:
            unit = _BIG[char]
            rest = _number(pending) if pending else Decimal(0)
            if rest is None or unit >= last_big:
                return None
            if pending and last_small < 10**5 and rest >= last_small:
                return None
            section += rest
            if section == 0:
                return None
            total += section * unit
            section, pending, last_small, last_big = Decimal(0), "", 10**5, unit
    if pending:
        rest = _number(pending)
        if rest is None or (last_small < 10**5 and rest >= last_small):
            return None
        section += rest
    total += section
    if total == total.to_integral_value():
        return str(int(total))
    return format(total.normalize(), "f")


def _number(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None
