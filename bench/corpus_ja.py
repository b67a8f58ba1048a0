"""Japanese news-style sentences with inserted dates, lengths and counts."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from bench.corpus_base import (
    Part,
    Piece,
    duration_value,
    future_day,
    iso_week,
    kanji_number,
    model_number,
    month_shift,
    past_day,
    phone,
    season_of,
    season_value_of,
)

WEEKDAYS = "月火水木金土日"
PARTS = (("上旬", "early"), ("中旬", "mid"), ("下旬", "late"))
SEASONS = {"spring": "春", "summer": "夏", "autumn": "秋", "winter": "冬"}
SUBJECTS = (
    "政府",
    "外務省",
    "同社",
    "市当局",
    "県警",
    "気象庁",
    "厚生労働省",
    "研究チーム",
    "与党幹部",
    "野党側",
    "日本銀行",
    "同大学",
    "経済産業省",
    "組合",
    "運営委員会",
)
PLACES = (
    "東京都内",
    "大阪市",
    "首相官邸",
    "ワシントン",
    "北京",
    "ソウル",
    "札幌市",
    "那覇市",
    "国会内",
)
PAST_EVENTS = (
    "記者会見を開いた",
    "方針を発表した",
    "合意に達した",
    "会談を行った",
    "記者団に明らかにした",
    "調査結果を公表した",
    "協議を終えた",
)
FUTURE_EVENTS = (
    "記者会見を開く予定だ",
    "方針を発表する見通しだ",
    "訪問を検討している",
    "協議を再開する方針だ",
    "結論を出す予定だ",
    "正式に決定する見込みだ",
)
NOUNS = ("会合", "首脳会談", "記念式典", "住民説明会", "国際会議", "交渉", "避難訓練")
COUNTERS = (
    ("人", 5, 9000),
    ("本", 10, 900),
    ("件", 2, 600),
    ("台", 3, 400),
    ("社", 2, 90),
)
FILLERS = (
    "関係者によると、詳細はまだ固まっていない。",
    "同氏は「引き続き丁寧に説明していきたい」と述べた。",
    "この問題をめぐっては、与野党の間で意見が分かれている。",
    "現地では警戒が続いている。",
    "専門家は慎重な対応を求めている。",
    "会場には多くの報道陣が詰めかけた。",
    "政府関係者は「状況を注視している」と話した。",
    "地元の住民からは不安の声も上がっている。",
)

Maker = Callable[[random.Random, datetime], Piece]


def _day_text(day: date, rng: random.Random, with_year: bool) -> str:
    text = f"{day.month}月{day.day}日"
    if with_year:
        text = f"{day.year}年" + text
    if rng.random() < 0.25:
        text += f"（{WEEKDAYS[day.weekday()]}）"
    return text


def _ni(piece: Piece) -> str:
    """The particle に, unless the piece already ends with it (までに)."""
    return "" if piece.text.endswith("に") else "に"


def past_when(rng: random.Random, pub: datetime) -> Piece:
    """A date, month, weekday or relative word in a past-tense sentence."""
    pick = rng.randrange(11)
    if pick == 0:
        d = past_day(rng, pub, 1, 900)
        return Piece(_day_text(d, rng, True), "when", d.isoformat())
    if pick in (1, 2):
        d = past_day(rng, pub, 1, 200)
        return Piece(_day_text(d, rng, False), "when", d.isoformat())
    if pick == 3:
        y, m = month_shift(pub, -rng.randint(1, 9))
        return Piece(f"{m}月", "when", f"{y:04d}-{m:02d}")
    if pick == 4:
        d = past_day(rng, pub, 0, 6)
        word = f"{WEEKDAYS[d.weekday()]}曜" + ("日" if rng.random() < 0.7 else "")
        return Piece(word, "weekday", d.isoformat())
    if pick == 5:
        y = rng.randint(1950, pub.year - 1)
        return Piece(f"{y}年", "when", f"{y:04d}")
    if pick == 6:
        y = rng.randint(2019, pub.year)
        return Piece(f"令和{y - 2018 if y > 2019 else '元'}年", "when", f"{y:04d}")
    if pick == 7:
        y, m = month_shift(pub, -rng.randint(1, 9))
        word, part = rng.choice(PARTS)
        return Piece(f"{m}月{word}", "when", f"{y:04d}-{m:02d}-{part}")
    return _relative_past(rng, pub)


def _relative_past(rng: random.Random, pub: datetime) -> Piece:
    day = pub.date()
    choices = [
        ("昨日", "when", (day - timedelta(days=1)).isoformat()),
        ("一昨日", "when", (day - timedelta(days=2)).isoformat()),
        ("今週", "when", iso_week(day)),
        ("先週", "when", iso_week(day - timedelta(days=7))),
        ("先月", "when", "{:04d}-{:02d}".format(*month_shift(pub, -1))),
        ("昨年", "when", f"{pub.year - 1:04d}"),
        ("今年", "when", f"{pub.year:04d}"),
        ("今月", "when", f"{pub:%Y-%m}"),
    ]
    text, kind, value = rng.choice(choices)
    return Piece(text, kind, value)


def future_when(rng: random.Random, pub: datetime, made_ni: bool = True) -> Piece:
    """A date, month, bound or relative word in a future-tense sentence.

    ``made_ni=False`` leaves out ``…までに``, for slots followed by の.
    """
    pick = rng.randrange(9)
    if pick == 4 and not made_ni:
        pick = 0
    if pick in (0, 1):
        d = future_day(rng, pub, 2, 150)
        return Piece(_day_text(d, rng, rng.random() < 0.3), "when", d.isoformat())
    if pick == 2:
        y, m = month_shift(pub, rng.randint(1, 8))
        return Piece(f"{m}月", "when", f"{y:04d}-{m:02d}")
    if pick == 3:
        y, m = month_shift(pub, rng.randint(1, 8))
        word, part = rng.choice(PARTS)
        lead = rng.choice(["遅くとも", ""])
        if lead:
            return Piece(f"{lead}{m}月{word}", "when", f"../{y:04d}-{m:02d}-{part}")
        return Piece(f"{m}月{word}", "when", f"{y:04d}-{m:02d}-{part}")
    if pick == 4:
        d = future_day(rng, pub, 3, 120)
        return Piece(f"{d.month}月{d.day}日までに", "when", f"../{d.isoformat()}")
    if pick == 5:
        season = season_of(pub)
        return Piece(f"今{SEASONS[season]}", "when", season_value_of(pub))
    if pick == 6:
        y = rng.randint(pub.year, pub.year + 3)
        return Piece(f"{y}年度", "when", f"{y:04d}-FY")
    day = pub.date()
    choices = [
        ("明日", (day + timedelta(days=1)).isoformat()),
        ("来週", iso_week(day + timedelta(days=7))),
        ("来月", "{:04d}-{:02d}".format(*month_shift(pub, 1))),
        ("来年", f"{pub.year + 1:04d}"),
    ]
    text, value = rng.choice(choices)
    return Piece(text, "when", value)


def duration(rng: random.Random, pub: datetime, short: bool = False) -> Piece:
    """約25分間, 3時間, 1時間半, 5日間, 2か月, 10年間 ... (``short``: up to days)."""
    pick = rng.randrange(3 if short else 6)
    hedge = "approx" if rng.random() < 0.35 else None
    lead = rng.choice(["約", "およそ"]) if hedge else ""
    if pick == 0:
        n = rng.randint(5, 90)
        return Piece(f"{lead}{n}分間", "duration", duration_value(n, "MIN"), hedge)
    if pick == 1:
        n = rng.randint(1, 12)
        if rng.random() < 0.3:
            return Piece(
                f"{lead}{n}時間半", "duration", duration_value(n + 0.5, "H"), hedge
            )
        return Piece(f"{lead}{n}時間", "duration", duration_value(n, "H"), hedge)
    if pick == 2:
        n = rng.randint(2, 30)
        return Piece(f"{lead}{n}日間", "duration", duration_value(n, "D"), hedge)
    if pick == 3:
        n = rng.randint(2, 18)
        return Piece(f"{lead}{n}か月", "duration", duration_value(n, "M"), hedge)
    if pick == 4:
        n = rng.randint(2, 40)
        return Piece(f"{lead}{n}年間", "duration", duration_value(n, "Y"), hedge)
    n = rng.randint(2, 9)
    return Piece(f"{kanji_number(n)}週間", "duration", duration_value(n, "W"))


def count(
    rng: random.Random, pub: datetime, people: bool = False, goods: bool = False
) -> Piece:
    """250本, 二百五十本, 1,200人, 約300件 ... (``people``: 人; ``goods``: 台)."""
    counter, lo, hi = COUNTERS[0] if people else rng.choice(COUNTERS)
    if goods:
        counter, lo, hi = "台", 20, 90000
    n = rng.randint(lo, hi)
    style = rng.randrange(4)
    if style == 0:
        return Piece(f"{kanji_number(n)}{counter}", "count", str(n))
    if style == 1 and n >= 1000:
        return Piece(f"{n:,}{counter}", "count", str(n))
    if style == 2:
        return Piece(f"約{n}{counter}", "count", str(n), "approx")
    return Piece(f"{n}{counter}", "count", str(n))


def past_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    subj, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    when = past_when(rng, pub)
    shape = rng.randrange(7)
    if shape == 0:
        return [
            f"{subj}は",
            when,
            f"、{place}で",
            duration(rng, pub, True),
            "にわたって会談を行った。",
        ]
    if shape == 1:
        return [
            when,
            f"に{place}で開かれた{rng.choice(NOUNS)}には",
            count(rng, pub, True),
            "が参加した。",
        ]
    if shape == 2:
        return [
            f"{subj}によると、",
            when,
            "の時点で",
            count(rng, pub),
            "の被害が確認された。",
        ]
    if shape == 3:
        return [f"前回の{rng.choice(NOUNS)}は", when, "で、", f"{place}で行われた。"]
    if shape == 4:
        return [f"{subj}は", when, f"、{rng.choice(PAST_EVENTS)}。"]
    if shape == 5:
        return [
            f"{place}では",
            when,
            "、",
            duration(rng, pub, True),
            "にわたって停電が続いた。",
        ]
    return [f"{subj}は", when, "に就任した後、", f"{rng.choice(PAST_EVENTS)}。"]


def future_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    subj, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    shape = rng.randrange(5)
    when = future_when(rng, pub, made_ni=shape not in (1, 2))
    if shape == 0:
        return [f"{subj}は", when, f"{_ni(when)}{place}で{rng.choice(FUTURE_EVENTS)}。"]
    if shape == 1:
        return [f"{place}での{rng.choice(NOUNS)}は", when, "の開催を検討中だ。"]
    if shape == 2:
        return [f"{subj}は", when, "の訪問に向けて調整を進める方針だ。"]
    if shape == 3:
        noun = rng.choice(NOUNS)
        return [
            when,
            f"{_ni(when)}予定される{noun}には",
            count(rng, pub),
            "が出席する見通しだ。",
        ]
    return [
        f"{subj}は",
        when,
        _ni(when),
        duration(rng, pub, True),
        "の日程で現地を訪れる予定だ。",
    ]


def plain_sentence(rng: random.Random, pub: datetime) -> list[Part]:
    """No date: filler, or numbers that are not dates (phones, model numbers)."""
    shape = rng.randrange(6)
    if shape == 0:
        return [f"問い合わせは{rng.choice(SUBJECTS)}の窓口（電話{phone(rng)}）まで。"]
    if shape == 1:
        return [
            f"対象は型番{model_number(rng)}の製品で、",
            count(rng, pub, goods=True),
            "が回収された。",
        ]
    if shape == 2:
        return [f"資料の{rng.randint(2, 240)}ページには、過去の経緯が記されている。"]
    if shape == 3:
        return [
            f"現場は{rng.choice(PLACES)}の{rng.randint(1, 9)}丁目付近で、消防隊員",
            count(rng, pub, people=True),
            "が出動した。",
        ]
    return [rng.choice(FILLERS)]


def title(rng: random.Random) -> str:
    subject, noun = rng.choice(SUBJECTS), rng.choice(NOUNS)
    return f"{subject}、{noun}めぐり{rng.choice(['調整', '協議', '発表', '合意'])}"


SENTENCES = (past_sentence, past_sentence, future_sentence, plain_sentence)
