"""Japanese names attached to role words (高市早苗首相, 習近平国家主席, 高市氏).

No dictionary: a name is the run of kanji and katakana (with ・ or = inside)
directly before a role suffix, minus what the heuristics below peel off: a
country in front (韓国李在明), a nationality between name and role
(ドナルド・トランプ米), a modifier such as 前 or 元 (岸田前首相), and anything up
to an earlier role or organisation word (自民党総裁高市).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: role words, longest first so 副大統領 wins over 大統領, 国家主席 over 主席
ROLES = (
    "総理大臣",
    "官房長官",
    "国務長官",
    "国家主席",
    "副大統領",
    "大統領",
    "総書記",
    "書記長",
    "委員長",
    "幹事長",
    "首相",
    "総理",
    "主席",
    "外相",
    "防衛相",
    "財務相",
    "大臣",
    "長官",
    "総裁",
    "代表",
    "知事",
    "市長",
    "議長",
    "議員",
    "国王",
    "女王",
    "さん",
    "氏",
)
#: honorifics: a country before them does not qualify a role
HONORIFICS = ("氏", "さん")
#: a role word followed by one of these is part of a compound (首相官邸, 大統領選)
COMPOUNDS = ("会談", "官邸", "選", "令", "団", "候補", "経験")
#: peeled off the end of the run (岸田前首相 → 岸田, role 首相)
MODIFIERS = ("次期", "前", "元", "新", "現", "故", "副")
#: countries peeled off the front of a run (韓国李在明 → 李在明)
COUNTRIES = (
    "アメリカ",
    "北朝鮮",
    "ロシア",
    "フランス",
    "ドイツ",
    "イギリス",
    "インド",
    "米国",
    "中国",
    "韓国",
    "日本",
    "英国",
    "台湾",
)
#: one-kanji country abbreviations: peeled only next to katakana (トランプ米)
ABBREVIATIONS = "日米中韓朝露英仏独印豪台"
#: a run that is only one of these is not a name (同首相, 両首脳, 新首相)
STOP = frozenset(
    {
        "同",
        "両",
        "各",
        "当",
        "彼",
        "彼女",
        "某",
        "歴代",
        "初代",
        "現職",
        "前任",
        "後任",
        "相手",
        "女性",
        "男性",
        "首",
        "自国",
        "各国",
        "両国",
        "同国",
        "外国",
    }
)
#: an earlier word that ends a title or body: the name starts after it
SPLITTERS = ("政府", "政権", "党", "省", "庁", "府")

_NAME_CHAR = (
    r"\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆ヶ\u30a0-\u30ff\uff66-\uff9f=＝"
)
_RUN = re.compile(f"[{_NAME_CHAR}]+$")
_ROLE = re.compile("|".join(re.escape(r) for r in ROLES))
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]")
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆ヶ]+")
_LONGEST_KANJI_NAME = 6


def find(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, name, note)`` for each name before a role word.

    The note is ``role: 大統領``, plus ``; qualified: 米大統領`` when a country or
    modifier came with the role (ドナルド・トランプ米大統領, 中国の習近平国家主席).
    """
    for match in _ROLE.finditer(text):
        role = match.group()
        if text.startswith(COMPOUNDS, match.end()):
            continue
        run = _RUN.search(text, 0, match.start())
        if run is None:
            continue
        found = _peel(run.group(), run.start())
        if found is None:
            continue
        start, name, qualifier = found
        if not qualifier:
            qualifier = _country_of(text, start)
        note = f"role: {role}"
        if qualifier and role not in HONORIFICS:
            note += f"; qualified: {qualifier}{role}"
        yield start, start + len(name), name, note


def role_of(note: str) -> str:
    """The bare role word of a note (``role: 首相; qualified: 前首相`` → 首相)."""
    return note.removeprefix("role: ").split(";")[0].strip()


def qualified_role_of(note: str) -> str:
    """The role as qualified in the text (``米大統領``), else the bare role."""
    _, found, qualified = note.partition("; qualified: ")
    return qualified.strip() if found else role_of(note)


def _country_of(text: str, start: int) -> str:
    """``中国`` when the name is preceded by ``中国の``."""
    before = text[max(0, start - 6) : start]
    for country in COUNTRIES:
        if before.endswith(country + "の"):
            return country
    return ""


def _peel(run: str, start: int) -> tuple[int, str, str] | None:
    """The name inside ``run``: its start offset, text, and role qualifier."""
    # an earlier role or organisation word ends the run's prefix
    cut = 0
    for match in _ROLE.finditer(run):
        cut = max(cut, match.end())
    for word in SPLITTERS:
        at = run.rfind(word)
        if at >= 0:
            cut = max(cut, at + len(word))
    run, start = run[cut:], start + cut
    modifier = ""
    for word in MODIFIERS:
        if run.endswith(word) and len(run) > len(word):
            run, modifier = run[: -len(word)], word
            break
    run, start, country = _strip_countries(run, start)
    lead = len(run) - len(run.lstrip("・=＝"))
    run, start = run[lead:].rstrip("・=＝"), start + lead
    if not run or run in STOP or run in MODIFIERS or _is_country(run):
        return None
    if _KANJI_ONLY.fullmatch(run) and len(run) > _LONGEST_KANJI_NAME:
        return None
    return start, run, country + modifier


def _strip_countries(run: str, start: int) -> tuple[str, int, str]:
    """Peel countries off both ends; the last one peeled qualifies the role."""
    country = ""
    changed = True
    while changed and run:
        changed = False
        for word in COUNTRIES:
            if run.startswith(word) and len(run) > len(word):
                run, start, changed = run[len(word) :], start + len(word), True
                country = country or word
            if run.endswith(word) and len(run) > len(word):
                run, changed, country = run[: -len(word)], True, word
        if len(run) > 1 and run[0] in ABBREVIATIONS and _KATAKANA.match(run[1]):
            country = country or run[0]
            run, start, changed = run[1:], start + 1, True
        if len(run) > 1 and run[-1] in ABBREVIATIONS and _KATAKANA.match(run[-2]):
            run, changed, country = run[:-1], True, run[-1]
    return run, start, country


def _is_country(run: str) -> bool:
    if run in COUNTRIES:
        return True
    return all(char in ABBREVIATIONS for char in run)
