"""Count units: the counters and nouns after a number, folded for comparison.

Japanese counters are stored as written but normalised (カ国 → 国, 回目 → 回,
％ → %); English nouns are stored lower-case as written (``trees``).  An
English ordinal keeps its noun (``250th anniversary`` → ``anniversary``);
:func:`unit_matches` folds 周年 and ``anniversary`` together, and the other
pairs in ``_SAME``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "EN_KNOWN_NOUNS",
    "JA_COUNTERS",
    "JA_ORDINAL_COUNTERS",
    "english_noun",
    "ja_unit",
    "unit_matches",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _counters(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: Japanese counters read after a number (longest first in the regex)
JA_COUNTERS = _counters(
    "種類 周年 議席 世帯 施設 品目 項目 地域 都市 団体 チーム 人目 回目 "
    "番目 度目 カ国 か国 ヶ国 ヵ国 ケ国 箇国 カ所 か所 ヶ所 ヵ所 ケ所 箇所 "
    "パーセント ドル ユーロ キロ メートル トン 本 人 名 回 件 国 隻 機 台 "
    "個 枚 冊 頭 匹 羽 社 校 店 軒 戸 棟 歳 才 倍 割 % ％ 円 発 基 両 席 票 "
    "点 位 階 期 選 勝 敗 泊 杯 粒 缶 箱 通 局 つ"
)
#: counters after 第 (第2回, 第3次)
JA_ORDINAL_COUNTERS = (
    "回",
    "次",
    "期",
    "弾",
    "位",
    "部",
    "号",
    "条",
    "章",
    "世代",
    "代",
)

_JA_FOLD = {
    "カ国": "国",
    "か国": "国",
    "ヶ国": "国",
    "ヵ国": "国",
    "ケ国": "国",
    "箇国": "国",
    "カ所": "所",
    "か所": "所",
    "ヶ所": "所",
    "ヵ所": "所",
    "ケ所": "所",
    "箇所": "所",
    "％": "%",
    "パーセント": "%",
    "percent": "%",
    "per cent": "%",
    "才": "歳",
    "回目": "回",
    "人目": "人",
    "番目": "番",
    "度目": "度",
}
#: words that mean the same unit across languages and spellings
_SAME = {
    "名": "人",
    "person": "人",
    "people": "人",
    "persons": "人",
    "time": "回",
    "anniversary": "周年",
    "country": "国",
    "nation": "国",
    "case": "件",
    "ship": "隻",
    "vessel": "隻",
    "aircraft": "機",
    "plane": "機",
    "seat": "議席",
    "yen": "円",
    "dollar": "ドル",
    "kind": "種類",
    "type": "種類",
    "tree": "本",
    "year": "年",
}
_IRREGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
}
#: nouns that make even a year-like number a count (2026 people)
EN_KNOWN_NOUNS = _words(
    "people persons trees times countries nations troops soldiers ships "
    "vessels aircraft planes jets cars vehicles cases deaths votes seats "
    "members students workers employees households homes houses visitors "
    "tourists participants delegates residents companies firms children "
    "adults patients officials missiles warships tanks yen dollars"
)
_STOP = _words(
    "to of in on at for from with were was are is be been have has had and "
    "or but that which who whom whose including as by during after before "
    "since will would could can may might should must the a an this these "
    "those their its his her our your my per each than into over under "
    "about around more less ago later earlier old apart another other others "
    "one two three four five six seven eight nine ten eleven twelve twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "billion"
)
_PLURAL_IRREGULAR = _words(
    "people children men women police personnel staff troops aircraft "
    "cattle sheep fish yen deer feet teeth"
)
#: "for the first time", "in the first place", "the first half" are not counts
_NOT_ORDINAL_NOUNS = _words(
    "time times place half quarter hand thing jan january feb february mar march "
    "apr april may jun june jul july aug august sep sept september oct october nov "
    "november dec december mon monday tue tues tuesday wed wednesday thu thursday "
    "fri friday sat saturday sun sunday"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def ja_unit(counter: str) -> str:
    """The stored form of a Japanese counter (カ国 → 国, ％ → %)."""
    return _JA_FOLD.get(counter, counter)


def english_noun(words: str, number: float, *, ordinal: bool = False) -> str | None:
    """The noun that a number counts, from up to three words after it.

    ``cherry trees to the US`` → ``trees``; None when no noun is clear.
    """
    candidates, stopped = _candidates(words)
    if not candidates:
        return None
    if ordinal:
        if candidates[0].lower() in _NOT_ORDINAL_NOUNS:
            return None
        chosen = candidates[-1] if stopped or len(candidates) < 3 else candidates[0]
        return chosen.lower()
    if number == 1:
        return candidates[0].lower()
    for word in candidates:
        if _looks_plural(word):
            return word.lower()
    return None


@functools.lru_cache(maxsize=4096)
def _candidates(words: str) -> tuple[tuple[str, ...], bool]:
    """The first words (up to three) before a stop word, and whether one stopped
    them; remembered, as a text repeats its nouns."""
    candidates: list[str] = []
    found = _WORD.findall(words)
    if len(found) > 1 and found[0].lower() == "more" and found[1].lower() != "than":
        found = found[1:]  # two more cuts: the cuts are counted, more is no noun
    for word in found[:3]:
        if word.lower() in _STOP:
            return tuple(candidates), True
        candidates.append(word)
    return tuple(candidates), False


def _looks_plural(word: str) -> bool:
    lowered = word.lower()
    if lowered in _PLURAL_IRREGULAR:
        return True
    return (
        lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is"))
        and len(lowered) > 2
        and word[:1].islower()
    )


def _fold(unit: str) -> str:
    unit = unicodedata.normalize("NFKC", unit).strip().lower()
    unit = re.sub(r"\s+", " ", unit)
    unit = _JA_FOLD.get(unit, unit)
    unit = _singular(unit)
    return _SAME.get(unit, unit)


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.isascii() or len(word) < 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unit_matches(claim_unit: str | None, mention_unit: str | None) -> bool:
    """Whether a mention's unit is the claim's (None claims any unit).

    Folds width and case, singular and plural (tree/trees, person/people),
    カ国/か国/ヶ国/国, 名/人, and a few Japanese–English pairs (周年/anniversary).
    """
    if claim_unit is None:
        return True
    if mention_unit is None:
        return False
    return _fold(claim_unit) == _fold(mention_unit)
