"""Word tables for the date extractor: months, weekdays, parts, seasons, zones."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

MONTHS_EN: dict[str, int] = {}
for _i, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS_EN[_name] = _i
    MONTHS_EN[_name[:3]] = _i
MONTHS_EN["sept"] = 9

WEEKDAYS_JA = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
WEEKDAYS_EN: dict[str, int] = {}
for _i, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
):
    WEEKDAYS_EN[_name] = _i
    WEEKDAYS_EN[_name[:3]] = _i
WEEKDAYS_EN.update({"tues": 1, "tue": 1, "wed": 2, "thur": 3, "thurs": 3, "thu": 3})

#: month parts → edtf part (上旬 days 1–10, 中旬 11–20, 下旬 21–end)
PARTS_JA = {
    "上旬": "early",
    "初旬": "early",
    "初め": "early",
    "はじめ": "early",
    "始め": "early",
    "頭": "early",
    "中旬": "mid",
    "半ば": "mid",
    "なかば": "mid",
    "下旬": "late",
    "末": "late",
    "終わり": "late",
}
PARTS_EN = {
    "early": "early",
    "beginning of": "early",
    "start of": "early",
    "mid": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
}
PART_NAMES = {"early": "early", "mid": "mid", "late": "late"}

SEASONS_JA = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
SEASONS_EN = {
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
}

#: parts of a day: (label for the note, first hour, hour after the last)
DAY_PARTS = {
    "朝": ("morning", 5, 12),
    "早朝": ("early morning", 4, 8),
    "午前": ("morning", 0, 12),
    "昼": ("midday", 11, 14),
    "午後": ("afternoon", 12, 24),
    "夕方": ("evening", 16, 19),
    "夕": ("evening", 16, 19),
    "夜": ("evening", 18, 24),
    "晩": ("evening", 18, 24),
    "深夜": ("late night", 22, 24),
    "未明": ("small hours", 0, 5),
    "morning": ("morning", 5, 12),
    "afternoon": ("afternoon", 12, 18),
    "evening": ("evening", 17, 24),
    "night": ("night", 18, 24),
}

#: zone words → UTC offset; None = named but unknown (現地時間, local time)
ZONES: dict[str, timezone | None] = {
    "日本時間": timezone(timedelta(hours=9)),
    "JST": timezone(timedelta(hours=9)),
    "KST": timezone(timedelta(hours=9)),
    "UTC": UTC,
    "GMT": UTC,
    "協定世界時": UTC,
    "米東部時間": timezone(timedelta(hours=-5)),
    "EST": timezone(timedelta(hours=-5)),
    "EDT": timezone(timedelta(hours=-4)),
    "CST": timezone(timedelta(hours=-6)),
    "CDT": timezone(timedelta(hours=-5)),
    "PST": timezone(timedelta(hours=-8)),
    "PDT": timezone(timedelta(hours=-7)),
    "BST": timezone(timedelta(hours=1)),
    "CET": timezone(timedelta(hours=1)),
    "現地時間": None,
    "local time": None,
    "Japan time": timezone(timedelta(hours=9)),
    "Tokyo time": timezone(timedelta(hours=9)),
}


def offset_text(zone: timezone) -> str:
    """``+09:00`` for a fixed-offset zone."""
    delta = zone.utcoffset(None)
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
