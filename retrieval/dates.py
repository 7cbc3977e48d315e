"""Years and days as people write them in questions, in the forms reports write them.

A two-digit year (「24年」「23年度」) is the year people mean; a month-day (「12月4号」「12·4」
「6.26」) is a date, never a year or a count to match (a number glued to Latin letters or a plus,
PM2.5 or 1+10+81, is part of a name: ``retrieval.coded_names``), and reports spell it several ways
(“12·4”国家宪法日, 12.4宪法日, 12月4日). A named day right after a date (宪法日, 国际禁毒日,
消费者权益保护日) is the same thing as the date: either spelling is a mention, and the short
form (宪法日) stands for the long one (国家宪法日). A year said again by a pointer right after
it (「2021年那一年」「19年这一年」) is the same year in apposition: the pointer names nothing else.
"""

from __future__ import annotations

import re

# 「24年度」「23年的」「24年哪些乡镇」: a two-digit year as people say it (not 「近10年来」,
# 「3年前」); at the start of a clause only when no 前/来/后… follows. A year joined to another
# (「09年和21年」「19年与21年」) or pointed at (「17年那份」「21年这份」) is a year too: a span of
# time is not joined by 和 to a second span nor called 那份 (a report is); the second of two
# joined is a year as the first is, whatever follows it (「12年和23年地区生产总值」)
_SHORT_YEAR = re.compile(
    r"(?<![\d.近过去前多几十百])(\d{2})\s*年"
    r"(?=度|的|份|报告|以前|之前|以后|之后|以来|哪|有哪|[和与跟及][一-龥]{0,4}\d{2}\s*年|[那这][份篇个]|[？?，,。、]|$)"
    r"|(?:^|(?<=[在于从，,。？?]))(\d{2})\s*年(?![前来后多内间里半以余])"
    r"|(?<=\d\d年[和与跟及])(\d{2})\s*年(?![前来后多内间里半以余])"
    # 「回顾17年工作」「部署18年工作」: a year of work reviewed or planned is a calendar year, the
    # work ending the phrase (的, 报告, 情况, a stop); a span of years is a length whose work goes
    # on to what it yielded (「总结20年工作经验」「回顾10年工作成就」「回顾这17年」)
    r"|(?:(?<=回顾|总结|部署|安排|谋划|规划)|(?<=回顾了|总结了|部署了|安排了))(\d{2})\s*年"
    r"(?=度?的?工作(?:的|报告|情况|总结|安排|部署|计划|[，,。？?！!]|$))"
)
# 「满10年和20年」「连续15年、20年」「长达10年」: a word of length (满, 长达, 连续, 超过, 历时) opens
# a count of years, never a calendar year, and the years joined to it by 和/、/至 are counts too
_LENGTH = re.compile(
    r"(?:满|长达|连续|超过|逾|历时)\s*\d{1,2}\s*年(?:\s*(?:[和与及、或至到]|以及)\s*\d{1,2}\s*年)*"
)
# 「2021年那一年情况」: a pointer at the year just named (not 「那份」: a report is pointed at)
_APPOSED = re.compile(r"((?:19|20)\d{2}\s*年)度?\s*[那这]一?(?:个)?(?:年度?|年头)")
_DOT = "·•・‧.．"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DATE = re.compile(
    rf"(?<![\d.．A-Za-z+＋])(1[0-2]|0?[1-9])\s*(?:月\s*({_DAY})\s*[日号]?|[{_DOT}]\s*({_DAY}))"
    r"(?![\d%％万亿元个件人次倍千米公平亩+＋])"
)
# the name of the day after the date, across a closing quote: 宪法日, 国际禁毒日
_NAMED_DAY = re.compile(r"[”\"」』’']?\s*([\u4e00-\u9fff]{1,8}?(?<![\d月])(?:日|节|周))")
_NAME_PREFIX = re.compile(r"^(?:国家|国际|全国|世界|中国)")


def full_years(q: str) -> str:
    """「24年度的报告」 → 「2024年度的报告」 (years from 50 on are the 1900s); 「2021年那一年」
    → 「2021年」."""

    def full(m: re.Match) -> str:
        yy = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        return f"{19 if int(yy) >= 50 else 20}{yy}年"

    lengths = [m.span() for m in _LENGTH.finditer(q)]

    def year_or_length(m: re.Match) -> str:
        inside = any(lo <= m.start() < hi for lo, hi in lengths)
        return m.group(0) if inside else full(m)

    return _APPOSED.sub(r"\1", _SHORT_YEAR.sub(year_or_length, q))  # 「2021年那一年」: 2021年


def date_spellings(month: int, day: int) -> tuple[str, ...]:
    """The ways reports write one month-day."""
    return (
        f"{month}·{day}",
        f"{month}月{day}日",
        f"{month}.{day}",
        f"{month}月{day}号",
        f"{month}•{day}",
        f"{month}・{day}",
        f"{month}．{day}",
    )


def dates_in(q: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, term, spellings) of each date in the question, with the named day after
    it when there is one (the term is then the day's name)."""
    out = []
    for m in _DATE.finditer(q):
        month, day = int(m.group(1)), int(m.group(2) or m.group(3))
        dates = date_spellings(month, day)
        named = _NAMED_DAY.match(q, m.end())
        if named:
            name = named.group(1)
            short = _NAME_PREFIX.sub("", name)
            names = (name, short) if len(short) >= 3 and short != name else (name,)
            out.append((m.start(), named.end(), name, (*names, *dates)))
        else:
            out.append((m.start(), m.end(), dates[0], dates))
    return out


def is_date(text: str) -> bool:
    """「“12·4”」: a quoted month-day is a date, not a phrase to match word for word."""
    m = _DATE.fullmatch(text.strip())
    return m is not None


# 或/或者/还是 right after a named day and another named day after it
_OR_DAY = re.compile(
    r"\s*(?:或者是?|或是|还是|或)\s*[“\"「]?(?P<other>[\u4e00-\u9fff]{1,8}?(?:日|节|周))"
)


def _one_observance(name: str, other: str) -> bool:
    """宪法宣传日, 宪法宣传周: the day and the week of one observance open alike (two
    characters or more); 国家安全教育日 and 宪法宣传周 are two observances, each its own need."""
    return len(name) > 2 and len(other) > 2 and name[:2] == other[:2]


def paired_days_undated(q: str) -> str:
    """「12月4日宪法宣传日或者宪法宣传周」 → 「宪法宣传日或者宪法宣传周」: a named day offered
    against another (or 或 a week of the same observance) is read as the two names. The date
    before the first is that day's own (``dates_in`` makes them one concept) and says nothing
    the name does not; left in, it made the first side a dated concept the 或 reader
    (``retrieval.alternatives``) could not pair with the second, so both sides were required
    and a report naming only the week fell short. A date before a day with no alternative
    stays: there its spellings (“12·4”) find reports that write the date alone; so does one
    before a day offered against another observance (「4月15日国家安全教育日或者宪法宣传周」),
    whose sides the 或 reader pairs as they stand."""
    for m in reversed(list(_DATE.finditer(q))):
        named = _NAMED_DAY.match(q, m.end())
        other = _OR_DAY.match(q, named.end()) if named else None
        if named and other and _one_observance(named.group(1), other["other"]):
            start, end = m.start(), m.end()
            if start and q[start - 1] in '“"「' and q[end : end + 1] in ("”", '"', "」"):
                start, end = start - 1, end + 1  # 「“12·4”宪法日」: the quoted date with its quotes
            q = q[:start] + q[end:]
    return q
