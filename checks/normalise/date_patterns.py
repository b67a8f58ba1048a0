"""The compiled patterns of the date extractor: one alternation per language.

Each top-level alternative is a named group; the scanner reads
``match.lastgroup`` to know which one matched, so one ``search`` per hit does
all the work.  Digits are ASCII only (the text has been digitised).
"""

from __future__ import annotations

import re

from checks.normalise.dispatch import FirstChar, literal_first
from checks.normalise.eras import ERA_PATTERN

_KANJI = "\u4e00-\u9fff\u3005"
PART_JA = "上旬|初旬|中旬|下旬|初め|はじめ|始め|半ば|なかば|末|頭(?!打)|終わり"
YEAR_PART_JA = "初め|はじめ|始め|初頭|前半|後半|半ば|末|上半期|下半期|上期|下期"
_SEASON_JA = f"(?:春|夏|秋|冬)(?!闘|[{_KANJI}])"
#: a season after a year word (今年の夏出発): only known compounds are refused
_SEASON_AFTER_YEAR = (
    "(?:春|夏|秋|冬)(?!闘|休|場|季|期|祭|物|服|風|眠|学|山|田|葉|空|雨|頃)"
)
_WEEKDAY_JA = "[月火水木金土日]"
#: the units of a counted offset (3日前, 1年2か月前, 2時間半後)
_OFFSET_UNIT_JA = "日|週間|週|か月|カ月|ヶ月|ケ月|ヵ月|箇月|年|時間|分"


def _alt(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


_JA_ALTS = (
    _alt(
        "ago",
        r"(?:(?<![\d時.])"
        rf"(?P<ag_c>(?:\d{{1,3}}(?:\.\d+)?(?:{_OFFSET_UNIT_JA})(?:と(?=\d))?)+半?)"
        r"|(?P<ag_h>四半世紀|半世紀|半年|半月|半日))(?P<ag_w>前(?!後)|後)(?!半)",
    ),
    _alt(
        "rday",
        "一昨日|おととい|昨日|きのう|今日|きょう|本日|明後日|あさって|明日|"
        "あした|あす|今夜|今晩|昨夜|昨晩|今朝|明朝|昨朝|明晩",
    ),
    _alt(
        "rweek",
        f"(?P<rw>先々週|再来週|先週|今週|来週)(?:の?(?P<rw_wd>{_WEEKDAY_JA})曜日?"
        "|(?P<rw_p>末|前半|後半|初め))?",
    ),
    _alt(
        "rmonth",
        f"(?P<rm>先々月|再来月|先月|今月|来月)(?:(?P<rm_d>\\d{{1,2}})日|の?(?P<rm_p>{PART_JA}))?",
    ),
    _alt(
        "ryear",
        "(?P<ry>一昨年|再来年|昨年|去年|今年|本年|来年)(?P<ry_fy>度)?"
        f"(?:の?(?P<ry_m>\\d{{1,2}})月(?:(?P<ry_d>\\d{{1,2}})日|の?(?P<ry_mp>{PART_JA}))?"
        f"|の?(?P<ry_s>{_SEASON_AFTER_YEAR})|の?(?P<ry_p>{YEAR_PART_JA}))?",
    ),
    _alt("rseason", f"(?P<rs_w>今|来|昨|去|この)(?P<rs_s>{_SEASON_AFTER_YEAR})"),
    _alt("yedge", "年末|年初|年始|年明け"),
    # 2027年3月期, 27年3月期: the business year that ends with that month
    _alt(
        "fperiod",
        r"(?<![0-9])(?:(?P<fp_y>\d{4})|(?P<fp_y2>\d{2}))年(?P<fp_m>\d{1,2})月期"
        r"(?!間)",
    ),
    _alt(
        "ymd",
        r"(?:西暦)?(?:(?<!\d)(?P<a_y>\d{4})年"
        rf"(?:[（(](?P<a_e2>{ERA_PATTERN})(?P<a_en2>元|\d{{1,2}})年?[)）])?"
        rf"|(?<![A-Za-z])(?P<a_e>{ERA_PATTERN})(?P<a_en>元|\d{{1,2}})年"
        r"(?:[（(](?:西暦)?(?P<a_y2>\d{4})年?[)）])?)"
        r"(?!間|生|分|ぶり|以上|余り|近く)(?P<a_fy>度)?/?"
        r"(?:(?P<a_m>\d{1,2})月/?(?:(?P<a_d>\d{1,2})日"
        f"|の?(?P<a_mp>{PART_JA}))?"
        r"|第?(?P<a_q>[1-4])四半期|第(?P<a_w>[0-9]{1,2})週|の?(?P<a_s>"
        f"{_SEASON_AFTER_YEAR})|の?(?P<a_yp>{YEAR_PART_JA})|(?P<a_dec>代))?",
    ),
    _alt(
        "isoweek",
        r"(?<![0-9])(?P<iw_y>[0-9]{4})-?(?:W(?P<iw_w>[0-9]{2})|Q(?P<iw_q>[1-4]))"
        r"(?![0-9])",
    ),
    _alt(
        "slash",
        rf"(?<![\d/.:\-])(?:(?P<b_e>{ERA_PATTERN}))?(?P<b_y>\d{{4}}|\d{{1,2}})"
        r"(?P<b_sep>[/\-.・,／])(?P<b_m>\d{1,2})(?:(?P=b_sep)(?P<b_d>\d{1,2}))?"
        r"(?![\d/／]|[.:,\-]\d)",
    ),
    _alt("yseason", r"(?<!\d)(?P<h_y>\d{4})/?(?P<h_s>春|夏|秋|冬)"),
    _alt(
        "md",
        # not after a year without a month word (懲役1年6月: a length); 毎年6月 is
        # read, and dropped as recurring
        r"(?<!\d)(?<![\d元]年)(?<![間分秒月日年週]に)(?P<c_m>\d{1,2})月"
        r"(?:(?P<c_d>\d{1,2})日"
        f"|の?(?P<c_mp>{PART_JA}))?",
    ),
    _alt(
        "time",
        r"(?:(?P<tm_ap>午前|午後|早朝|朝|深夜|夜|未明|夕方|昼|AM|PM|am|pm)の?)?"
        r"(?<!\d)(?P<tm_h>\d{1,2})時(?!間|代|点)(?:(?P<tm_mi>\d{1,2})分(?!間)"
        # 8時15分前: a quarter to eight (the handler takes up to half an hour)
        r"(?P<tm_to>前(?![後半]))?"
        r"|(?P<tm_half>半)|(?![0-9]{1,2}秒))"
        r"|(?P<tm_noon>正午|正子)|(?P<tm_ap3>午前|午後|深夜|夜|朝)?"
        r"(?<![\d:：.])(?P<tm_h2>\d{1,2})[:：](?P<tm_m2>\d{2})(?:[:：]\d{2})?"
        r"(?![\d:：])(?:\s?(?P<tm_ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?",
    ),
    _alt(
        "day",
        r"(?<![\d.])(?<![^毎]月)(?<!^月)(?<![間分秒月日年週]に)(?P<dd>\d{1,2})日"
        "(?![間目前後本中]|半(?!ば)|ぶり|連続|分|以内|おき|置き|ごと|毎|当たり|あたり|に[0-9]"
        # a length hedged (3日ほど, 1日近く) is no day of the month
        "|ほど|程度|[くぐ]らい|近く|ばかり|余り|あまり|足らず|以上|未満"
        # nor one that takes or passes (3日かかった, 3日が経った)
        "|[はも]?かか[らりるれっ]|が(?:経|たっ|たつ|たち|過ぎ)"
        "|[0-9]{1,2}(?:時間|分|秒))",
    ),
    _alt("quarter", r"第(?P<q_n>[1-4])四半期"),
    # 今四半期 (this quarter) counts from published, as 今月 does; 前 / 当 / 次四半期
    # count from the period a report is about, as 前年 / 当月 do (not read)
    _alt("rquarter", "(?P<rq>今|本|現|先|来)四半期(?!比|同期|並み|以来)"),
    _alt(
        "anaphor",
        "(?P<an>同月|翌月|前月|同年|翌年|前年)(?!比|同期|並み|代|度|以来)"
        "(?:(?P<an_m>[0-9]{1,2})月)?(?:(?P<an_d>[0-9]{1,2})日"
        f"|の?(?P<an_p>{PART_JA}))?"
        "|(?P<an2>同日|翌日|前日|同夜|翌朝|同週|翌週|前週)(?!比|同期|並み|以来)",
    ),
    _alt(
        "weekday",
        f"[（(](?P<wk_p>{_WEEKDAY_JA})(?:曜日?)?(?:・?祝)?[)）]"
        f"|(?P<wk_d>{_WEEKDAY_JA})曜(?:日)?",
    ),
    _alt("season", f"(?<![{_KANJI}ァ-ヶ])(?P<sb>{_SEASON_JA})"),
)


#: ``JA`` tried as only the alternatives that can start at a given character
JA_FIRST = FirstChar(_JA_ALTS)

#: what after a digit lets a ``JA`` match start at it
JA_DIGIT_GOES_ON = (
    "\\d*(?:[年月週かカヶケヵ箇WQ春夏秋冬]|日(?!間)|時(?![間代点])"
    "|時間[前後半0-9と]|分[前後]|[:：/\\-.・,／]\\d|-[WQ]|/[春夏秋冬])"
)
#: where a ``JA`` match can start, each as its first character and what must
#: follow it: a digit, era letter, 第 or bracket only where the characters
#: after it can fit
_JA_STARTS = (
    # a number not after a digit (its digits taken in, so the scan goes on after it)
    ("[0-9]", f"(?<![0-9]{{2}})[0-9]*(?={JA_DIGIT_GOES_ON})"),
    ("四", "半世紀[前後]"),
    ("半", "世紀[前後]"),
    ("半", "[年月日][前後]"),
    ("[RHS]", "(?=\\d)"),
    ("[ＲＨＳ]", "(?=\\d)"),
    ("第", "(?=[1-4])"),
    ("[（(]", "(?=[月火水木金土日])"),
    ("[春夏秋冬午早深未正]", ""),
    ("[月火水木金土日]", "曜"),
    ("一", "昨"),
    ("年", "[末初始明]"),
    ("お", "ととい"),
    ("き", "(?:のう|ょう)"),
    ("あ", "(?:す|した|さって)"),
    ("こ", "の[春夏秋冬]"),
    ("大", "正"),
    ("本", "[日年]"),
    ("明", "[治日朝晩後]"),
    ("西", "暦"),
    ("令", "和"),
    ("平", "成"),
    ("昭", "和"),
    ("今", "[日夜晩朝週月年春夏秋冬]"),
    ("来", "[週月年春夏秋冬]"),
    ("先", "[週月々]"),
    ("昨", "[日夜晩朝年春夏秋冬]"),
    ("去", "[年春夏秋冬]"),
    ("再", "来"),
    ("夕", "方"),
    ("[朝夜昼]", "の?[0-9]"),
    ("[AaPp]", "[Mm][0-9]"),
    ("同", "[日夜月年週]"),
    ("翌", "[日朝月年週]"),
    ("前", "[日月年週]"),
    ("[今本現先来]", "四半期"),
)
#: every place a ``JA`` match can start (scan only there)
JA_TRIGGER = re.compile(literal_first(_JA_STARTS))
#: the same places in a text of ASCII characters only (an English one), where
#: just a digit or an era letter can open a ``JA`` match: ``re`` tests each
#: character against a small bitmap instead of ``JA_TRIGGER``'s table of
#: ideographs, about twice as fast
JA_TRIGGER_ASCII = re.compile(
    literal_first([(h, t) for h, t in _JA_STARTS if h in ("[0-9]", "[RHS]")])
)
#: the units a length counted from now is written in, with the short forms of
#: news and wire copy (2 hrs ago, in 15 mins, 3 yrs ago); ``date_en`` maps them
OFFSET_UNITS = r"(?:minute|min|hour|hr|day|week|wk|month|year|yr|decade)s?"
_UNITS = f"(?:{OFFSET_UNITS}(?![A-Za-z]))"
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve"


def _cased(words: str, lower: bool = True) -> list[str]:
    """Each word as written in lower case, Capitalised and UPPER CASE."""
    out = []
    for word in words.split():
        out += [word.capitalize(), word.upper()] + ([word] if lower else [])
    return out


def _literal_first(words: list[str], tail: str = "") -> list[tuple[str, str]]:
    return [(w, tail) for w in words]


class _Node(dict[str, "_Node"]):
    """A trie node: children by character, and the tails of words ending here."""

    def __init__(self) -> None:
        super().__init__()
        self.tails: set[str] = set()


def _trie_heads(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Many words (each with a lookahead tail) as one alternative per first
    character: ``(first character, the rest of its words as one regex)``.

    Prefixes are shared, every branch opening with a distinct literal, so
    ``re`` decides at each position with one comparison per level instead of
    trying every word.
    """
    root = _Node()
    for word, tail in entries:
        node = root
        for char in word:
            node = node.setdefault(char, _Node())
        node.tails.add(tail)

    def emit(node: _Node) -> str:
        branches = sorted(node.tails)
        branches += [re.escape(c) + emit(child) for c, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return [(re.escape(c), emit(child)) for c, child in sorted(root.items())]


#: a digit starts an ``EN`` match only as a year (1[89]dd, 2[01]dd) or when its
#: number goes on with ``/``, ``:`` or ``.`` and a digit, an ordinal, am/pm, or
#: a space and what may follow (of, a month, a unit, am/pm)
_EN_DIGIT_GOES_ON = r"(?=\d*(?:[/:.]\d|[-–—]\d|(?i:[stnrap]|\s+[ofjmasndhwyp])))"
_EN_DIGIT_TAIL = rf"(?:(?<=[12])(?=\d{{3}})|{_EN_DIGIT_GOES_ON})"
#: the same in Japanese text, where a year glued to a kana or kanji after it
#: (2026年) starts no English date (``e_year`` refuses it, and no other form
#: goes on from four digits into a Japanese character)
_EN_DIGIT_TAIL_JA = (
    rf"(?:(?<=[12])(?=\d{{3}}(?![\u3040-\u30ff\u3400-\u9fff]))|{_EN_DIGIT_GOES_ON})"
)
#: the words (and digits) an ``EN`` match can start with, each with what must
#: follow it
_EN_ENTRIES = (
    _literal_first(
        _cased(
            "january february april june july august september october november "
            "december jan feb apr jun jul aug sep sept oct nov dec monday tuesday "
            "wednesday thursday friday saturday sunday mon tue tues thu thur thurs "
            "fri"
        )
        + _cased("march may mar wed sat sun", lower=False)
        + _cased("early mid late beginning start middle spring summer autumn fall")
        + _cased("winter today yesterday tomorrow tonight noon midnight Q1 Q2 Q3 Q4")
    )
    + _literal_first(
        _cased("the"),
        r"(?=\s+(?:[0-9]|beginning|start|middle|end"
        r"|first|second|last|day|fall|spring|summer|autumn|winter|same|next"
        r"|following|previous|preceding))",
    )
    + _literal_first(_cased("end"), r"(?=\s+of)")
    + _literal_first(_cased("that"), r"(?=\s+(?:day|morning|evening|night))")
    + _literal_first(
        _cased("first second third fourth last"),
        r"(?=\s+(?:half|quarter|night|week|month|year|spring|summer"
        r"|autumn|fall|winter|[A-Z]))",
    )
    + _literal_first(_cased("this next"), r"(?=\s+[a-zA-Z])")
    + _literal_first(_cased("day"), r"(?=\s+(?:before|after))")
    + _literal_first(
        _cased(_NUMBER_WORDS + " a an"), rf"(?=\s+(?:and\s+a\s+half\s+)?{_UNITS})"
    )
    + _literal_first(
        _cased("in"),
        r"(?=\s+(?:(?:about|around|approximately|roughly|some)\s+)?"
        r"(?:[0-9]|an?\s|[a-z]+\s+(?:and\s+a\s+half\s+)?" + _UNITS + "))",
    )
    + _literal_first(_cased("at"), r"(?=\s+(?:noon|midnight))")
)
_EN_HEADS = [("[0-9]", _EN_DIGIT_TAIL), *_trie_heads(_EN_ENTRIES)]
_EN_STARTS = "(?:" + "|".join(head + tail for head, tail in _EN_HEADS) + ")"
#: where an ``EN`` match can start: one of ``_EN_STARTS`` not inside a word
#: (after no ASCII letter or digit).  A refused start could only have hidden
#: others inside the same word, refused too.  Two ways to find them, the same
#: places: in Latin-script text, right after a character that is no ASCII
#: letter or digit (the match opens with it, so ``re`` skips the letters
#: inside words in C) or at the very start (``EN_START_AT``); in text of
#: other scripts, where almost every character is such a break, at the
#: characters a start can open with (``EN_TRIGGER``)
EN_AFTER_BREAK = re.compile(f"[^A-Za-z0-9](?={_EN_STARTS})")
EN_START_AT = re.compile(_EN_STARTS)
EN_TRIGGER = re.compile(  # after its first character: no letter or digit before it
    literal_first(
        [("[0-9]", "(?<![A-Za-z0-9][\\s\\S])" + _EN_DIGIT_TAIL_JA)]
        + [(h, "(?<![A-Za-z0-9][\\s\\S])" + t) for h, t in _EN_HEADS if h != "[0-9]"]
    )
)
#: the characters that make a trigger part of a longer word
WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?![A-Za-z0-9])|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![A-Za-z0-9])\.?)"
)
_WDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![A-Za-z0-9])"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![A-Za-z0-9])\.?)"
)
_ORD = r"(?:st|nd|rd|th)?(?![0-9A-Za-z])"
_PART_EN = (
    r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of"
    r"|(?:the\s+)?(?:first|second|last)\s+half\s+of"
)
#: one link of a counted offset: 2 months, 1.5 days, a year and a half,
#: two and a half hours (a chain of them: 1 year, 2 months and 1 week)
OFFSET_EN = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    rf"|twelve)(?:\s+and\s+a\s+half)?\s+{OFFSET_UNITS}"
    r"(?![A-Za-z0-9])(?:\s+and\s+a\s+half(?![A-Za-z0-9]))?"
)

#: the last day of a range within a month after its first (March 3-5, Jan. 5
#: to 7), not a clock (3-5 p.m.); ``{n}`` numbers the group
_DAY_TO = (
    r"(?:\s*(?:-|–|—|to|through|thru)\s*(?P<e{n}_d2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?(?![0-9A-Za-z])(?![:.]\d|\s*[ap]\.?m\b))?"
)

_EN_ALTS = (
    _alt(
        "e_mdy",
        rf"(?<![A-Za-z0-9])(?:(?P<e1_wd>{_WDAY}),?\s+)?(?P<e1_mon>{_MONTH})\s*"
        rf"(?P<e1_d>\d{{1,2}}){_ORD}(?!:){_DAY_TO.format(n=1)}"
        rf"(?:,?\s+(?P<e1_y>\d{{4}})(?![0-9])"
        # a clock, then the year (Wed Aug 05 12:00:00 2015): the year is read here
        r"|(?=\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?P<e1_cy>\d{4})(?![0-9])))?",
    ),
    _alt(
        "e_dmy",
        rf"(?<![A-Za-z0-9])(?:(?P<e2_wd>{_WDAY}),?\s+)?(?:the\s+)?(?P<e2_d>\d{{1,2}})"
        rf"(?:\s*[-–—]\s*(?P<e2_d2>\d{{1,2}}))?{_ORD}"
        rf"\s+(?:of\s+)?(?P<e2_mon>{_MONTH})(?:,?\s+(?P<e2_y>\d{{4}})(?![0-9]))?",
    ),
    _alt(
        "e_my",
        rf"(?<![A-Za-z0-9])(?:(?P<e3_p>{_PART_EN})[\s-]+)?(?P<e3_mon>{_MONTH})"
        r"(?:,?\s+(?:of\s+)?(?P<e3_y>\d{4})(?![0-9]))?",
    ),
    _alt(
        "e_num",
        r"(?<![\d/.])(?P<e5_m>\d{1,2})/(?P<e5_d>\d{1,2})/(?P<e5_y>\d{4}|\d{2})"
        r"(?![\d/])"
        # day.month.year, the year in full (29.02.2020)
        r"|(?<![\d.])(?P<e5_dd>\d{1,2})\.(?P<e5_dm>\d{1,2})\.(?P<e5_dy>\d{4})"
        r"(?!\.?\d)",
    ),
    _alt(
        "e_quarter",
        r"(?<![A-Za-z0-9])(?:(?P<e7_ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
        r"|[Qq](?P<e7_q>[1-4]))(?:\s+(?:of\s+)?(?P<e7_y>\d{4}))?(?![A-Za-z0-9])",
    ),
    _alt(
        "e_rday",
        r"(?<![A-Za-z0-9])(?P<e9>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+"
        r"tomorrow|today|yesterday|tomorrow|tonight|last\s+night)(?![A-Za-z0-9])"
        r"(?:\s+(?P<e9_p>morning|afternoon|evening|night))?",
    ),
    _alt(
        "e_this",
        # a part of a year or month told from published (early next year, the
        # end of this month, the end of the year), then the plain forms
        rf"(?<![A-Za-z0-9])(?:(?P<e10_p>{_PART_EN})[\s-]+"
        r"(?:(?P<e10_w2>this|last|next)|the)\s+(?P<e10_u2>year|month)(?![A-Za-z0-9])"
        r"|(?P<e10_w>this|last|next)\s+(?P<e10_u>week(?:end)?|month|year|"
        # last quarter: the one before published's (the last quarter of 2025 is Q4)
        r"quarter(?!\s+of\b|-)|"
        r"morning|afternoon|evening|spring|summer|autumn|fall|winter"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![A-Za-z0-9]))",
    ),
    _alt(
        "e_ago",
        r"(?<![A-Za-z0-9])(?:(?P<e11_in>in)\s+"
        r"(?:(?P<e11_about>about|around|approximately|roughly|some)\s+)?)?"
        rf"(?P<e11_c>{OFFSET_EN}(?:(?:\s*,\s*|\s+)(?:and\s+)?{OFFSET_EN})*)"
        r"(?:\s+(?P<e11_w>ago|from\s+now|later|earlier))?",
    ),
    _alt(
        "e_season",
        r"(?<![A-Za-z0-9])(?P<e8_s>spring|summer|autumn|fall|winter)(?![A-Za-z0-9])(?:\s+(?:of\s+)?"
        r"(?P<e8_y>\d{4})(?![0-9]))?",
    ),
    _alt(
        "e_time",
        r"(?<![\d:.])(?P<e13_h>\d{1,2})(?:[:.](?P<e13_m>\d{2}))?(?::\d{2}(?:\.\d+)?)?"
        r"\s*(?P<e13_ap>[ap]\.?m(?![A-Za-z0-9])\.?)"
        r"|(?<![\d:.])(?P<e13_h2>\d{1,2}):(?P<e13_m2>\d{2})(?::\d{2}(?:\.\d+)?)?"
        r"(?![\d:])|(?<![A-Za-z0-9])(?:at\s+)?(?P<e13_nm>noon|midnight)(?![A-Za-z0-9])",
    ),
    _alt(
        "e_year",
        # mid-2027: the part's hyphen is no minus sign before the year
        rf"(?<![A-Za-z0-9])(?:(?P<e6_p>{_PART_EN})[\s-]+|(?<![#$€£¥\d.,/:\-]))"
        r"(?P<e6_y>1[89]\d\d|20\d\d|21\d\d)(?![A-Za-z0-9])(?![.,:/\-]\d|\s*%|\s*percent)"
        # a Japanese word right after (1944人, 2011台) makes it a count
        r"(?![\u3040-\u30ff\u3400-\u9fff])",
    ),
    _alt(
        "e_anaphor",
        r"(?<![A-Za-z0-9])(?:the\s+(?P<e15_w>same|next|following|previous"
        r"|preceding)\s+(?P<e15_u>day|morning|evening|night|week|month|year)"
        r"|(?P<e15_that>that)\s+(?P<e15_u2>day|morning|evening|night))"
        r"(?![A-Za-z])",
    ),
    _alt(
        "e_the",
        r"(?<![A-Za-z0-9])the\s+(?P<e14_d>\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9])",
    ),
    _alt("e_weekday", rf"(?<![A-Za-z0-9])(?P<e12_d>{_WDAY})"),
)
#: ``EN`` tried as only the alternatives that can start at a given character;
#: matched on the text with its letters lower-cased (with IGNORECASE ``re``
#: compares each letter both ways: several times slower)
EN_FIRST = FirstChar(_EN_ALTS)

#: a bound or hedge word just before a mention (matched on the lower-cased
#: text before it: IGNORECASE would make ``re`` compare each letter both ways)
PREFIX = re.compile(
    r"(?=[遅おnbutpafsrc])"  # the first characters, so ``re`` skips the rest in C
    r"(?:(?P<by>遅くとも|おそくとも|no\s+later\s+than|not\s+later\s+than|by)"
    r"|(?P<until>until|till|up\s+to)|(?P<before>before|prior\s+to|ahead\s+of)"
    r"|(?P<from>from|starting(?:\s+(?:on|in|from))?|beginning|as\s+of)"
    r"|(?P<since>since)|(?P<after>after)"
    r"|(?P<approx>about|around|approximately|roughly|circa|c\.|some))"
    r"(?:\s+(?:the|on|in|at))?\s*$",
)
#: a bound or hedge word just after a mention (matched at its end, on the
#: lower-cased text)
SUFFIX = re.compile(
    r"(?P<approx>ごろ|頃|ころ|前後)?"
    r"(?:(?P<by>までに|at\s+the\s+latest|or\s+earlier)|(?P<until>まで)"
    r"|(?P<after>以降|以後|or\s+later|onwards?)|(?P<before>以前|よりも前|より前)"
    r"|(?P<since>以来)|(?P<from>から|より|[〜～](?![0-9]|\s[0-9])))?",
)
#: a part of the day right after a day (金曜日の夜, Friday night)
_DAY_PART_WORDS = (
    "早朝", "朝", "午前中", "午前", "昼", "午後", "夕方", "夜", "晩", "深夜", "未明",
    "morning", "afternoon", "evening", "night",
)  # fmt: skip
DAY_PART = re.compile(
    rf"(?:の|\s)?(?P<dp>{'|'.join(_DAY_PART_WORDS)})(?![{_KANJI}\d])", re.IGNORECASE
)
#: the characters a ``DAY_PART`` match can start with, besides a space
DAY_PART_FIRST = frozenset("の" + "".join(w[0] + w[0].upper() for w in _DAY_PART_WORDS))
#: a zone named before or after a time
ZONE_BEFORE = re.compile(
    r"(?P<zone>日本時間|現地時間|米東部時間|協定世界時|JST|UTC|GMT)(?:の|で|、)?\s*$"
)
ZONE_AFTER = re.compile(
    r"\s*[（(]?(?P<zone>日本時間|現地時間|米東部時間|JST|KST|UTC|GMT|EST|EDT|CST|CDT|"
    r"PST|PDT|BST|CET|local\s+time|Japan\s+time|Tokyo\s+time)(?![A-Za-z])[)）]?"
)
#: what may stand between a date and the weekday or time that belongs to it
JOINER = re.compile(
    r"(?:[\s、,の]|[（(][月火水木金土日](?:曜日?)?(?:・?祝)?[)）])*(?:at\s+|on\s+)?$",
    re.IGNORECASE,
)
