"""A year said relative to today (去年, 今年, 前年, 上一年度) as the year a question is about.

Users write the year of the reports they mean as they would say it aloud: 「去年的报告里，哪些
镇提到了法律顾问」 means the reports of the year before this one, whatever the question asks.
Read only for metadata questions, a content question searched every year and listed units of
2021 and 2023 too. Today's year comes from a clock the caller passes (tests pass a fixed one).

Only a relative year that scopes is rewritten: one before 的/度/份/报告/里/中, a mark, or the
asking words (「去年哪些乡镇…」「去年有哪些…」); 「与去年相比」「比去年增长」 are what a report
compares, and stay words. 上一年度/上年度 steps from the last turn's year in a follow-up
(``answering.followup_years``), so they are read against today only with no history.
"""

from __future__ import annotations

import re

from reportqa.text import cn_small

# a year or report said by its time instead of its number — today's and its neighbours
# (今年, 去年, 前年, 明年, 当年, 上一年), or an earlier report (早些年, 前几年, 之前, 往年, 上一份):
# the words every follow-up reads as a year slot, never as a thing asked about
SAID_YEAR = (
    r"今年|去年|前年|明年|当年|上一?年度?|往年|早些年|前些年|早几年|前几年|早年|"
    r"之前|以前|上一份|上一次"
)
STEP = {"前年": -2, "去年": -1, "今年": 0, "上一年度": -1, "上年度": -1}
# after the word: what makes it the reports' year rather than a word of the need
# 各 only before the units it spreads over (「今年各乡镇」「去年各个街道」): 「西仓镇和仁和镇今年
# 各自定了…」「今年各定了…」 spread the deed over the units named, and 今年 there is the deed's
# time as each report says it (its own year), like 「今年定了」
_SCOPING = (
    r"(?=度|的|份|报告|里|中|哪|有哪|有几|[？?，,。\s]|$"
    r"|各(?:个|级)?(?:乡|镇|街|区|县|市|州|地|单位|部门|村|社区))"
)
_TODAY = re.compile(rf"(?<!与)(?<!比)(前年|去年|今年){_SCOPING}")
_LAST = re.compile(rf"(?<!与)(?<!比)(上一年度|上年度){_SCOPING}")


def absolute(q: str, this_year: int, follows: bool = False) -> str:
    """「去年的报告里…」 → 「2025年的报告里…」 in 2026; ``follows``: the question follows
    another turn, whose year 上一年度 steps from."""
    q = _TODAY.sub(lambda m: f"{this_year + STEP[m.group(1)]}年", q)
    if not follows:
        q = _LAST.sub(lambda m: f"{this_year + STEP[m.group(1)]}年", q)
    return q


# 「近两年」「过去五年」「最近三年」: a span ending at the year the words are said from; a plan
# (三年行动计划, 五年规划) takes no 近/过去 before it, so one that follows is no span
_SPAN = re.compile(
    r"(?:近|最近|过去|这)([一二两三四五六七八九十]|\d)个?年(?:来|间|里|中|内)?"
    r"(?!行动|计划|规划|攻坚|工作方案|实施方案|专项)"
)
# 「最近」「近年来」「近期」 said as the time of the asking, no span named: every year in scope
# only where it stands as the time of the whole question — first, after a pause, or before the
# asking words — never 「离镇区最近的」 (nearest) nor 「最近一次」 (the latest occasion)
_LATELY = re.compile(
    r"(?:^|(?<=[，,、\s]))(?:近年来|近些年来?|最近|近来|近期)(?=[，,]?(?:哪|有哪|有没有|有几|都|各|[一-龥]{0,6}(?:乡镇|街道|地方|单位)))"
)


def anchored(
    q: str,
    this_year: int,
    held: frozenset[int],
    current: bool,
    earlier: tuple[int, ...] = (),
    follows: bool = False,
    spans: bool = True,
) -> tuple[str, str]:
    """``q`` with its relative years as the years of reports, and a note saying which year
    they were counted from when it was not the calendar's.

    A report's year is the year it covers, and a library is read at its own time: the
    calendar (``absolute``) holds while the library is current (its newest report of this
    year or the last, ``current``): there 「今年的报告有哪些」 honestly has none. In a library
    behind the calendar (``held``: the years of the reports in scope) 今年 is the year named earlier in the conversation
    (``earlier``) or else the newest year in scope, 去年 the one before, and the answer
    says which year was assumed. A span (近两年, 过去五年: a 政府工作报告's 过去五年 is its term)
    ends at that year, its years scope the question (``spans``; of one unit a span is its
    own report years, read by ``answering.across_years``). None is ever a word the reports
    must write."""
    q = restated(q)
    words = [m.group(1) for m in _TODAY.finditer(q)]
    if not follows:
        words += [m.group(1) for m in _LAST.finditer(q)]
    if not words and not (spans and _SPAN.search(q)):
        return q, ""
    if words and current:
        return absolute(q, this_year, follows), ""
    anchor = earlier[0] if earlier else max(held, default=0)
    if not anchor:
        return absolute(q, this_year, follows), ""
    source = f"上文的 {anchor} 年" if earlier else f"库中最新的 {anchor} 年"
    notes = []
    if words:
        step = lambda m: f"{anchor + STEP[m.group(1)]}年"  # noqa: E731
        q = _TODAY.sub(step, q)
        if not follows:
            q = _LAST.sub(step, q)
        read = "、".join(f"「{w}」为 {anchor + STEP[w]} 年" for w in dict.fromkeys(words))
        notes.append(read)
    if spans and (span := _SPAN.search(q)):
        n = cn_small(span.group(1))
        first = anchor - n + 1
        q = q[: span.start()] + f"{first}年至{anchor}年" + q[span.end() :]
        notes.append(f"「{span.group(0)}」为 {first}—{anchor} 年")
    if not notes:
        return q, ""
    return q, f"（按{source}推算：{'；'.join(notes)}）"


# a relative year the user restates as a number (「去年的，就2024年度那批」「2024年的，也就是去年的」):
# 就/即/也就是 say the two name one year, and the number is the one the user checked, so it
# alone scopes — counting 去年 from the calendar as well would add a second year
# — only after a pause or 的 (「去年就2024年那样…」 compares, it restates nothing)
_IS = r"(?:的[\s，,]*|[\s，,]+)(?:也就是说?|就是|也即|即|就|指的?是)[\s，,]*"
_NUMBER_YEAR = r"(?:19|20)\d\d\s*年"
_RESTATED_AFTER = re.compile(rf"(?:{SAID_YEAR})度?{_IS}(?={_NUMBER_YEAR})")
_RESTATED_BEFORE = re.compile(rf"(?<=年|度){_IS}(?:{SAID_YEAR})(?:的|度的?)?(?=[\s，,]|$)")


def restated(q: str) -> str:
    """``q`` without a relative year its own number restates: 「去年的 就2024年度那批里…」 →
    「2024年度那批里…」."""
    return _RESTATED_BEFORE.sub("", _RESTATED_AFTER.sub("", q))


# a report named by its year (「深圳2002年那份报告里」「2019年的报告中」「龙岗18年那份」): a relative
# year said after it is that report's own word — 「…里说去年的任务」 is the year it reviews, as
# the report itself says 去年 — so the report's year scopes and the word stays as written; a
# relative year naming a report of its own (「去年那份」「去年的报告」) is a second report
_PINNED = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}|\d{2})年度?(?:的)?(?:那|这)?一?(?:份|篇)(?:报告)?"
    r"|(?<!\d)(?:19|20)\d{2}年度?的?(?:政府)?(?:工作)?报告"
)
_OWN_REPORT = re.compile(rf"(?:{SAID_YEAR})度?的?(?:那|这)?一?(?:份|篇|报告)")


def said_in_pinned_report(q: str) -> bool:
    """A relative year said after a report named by its year, and naming no report itself."""
    first = _PINNED.search(q)
    if first is None or _OWN_REPORT.search(q):
        return False
    return re.search(SAID_YEAR, q[first.end() :]) is not None


def lately(q: str) -> str:
    """``q`` without 「最近」「近年来」 said as the time of asking: no report writes them of
    itself, and every report in scope is of that time."""
    return _LATELY.sub("", q)


# a relative year said of one unit's report, counted from the year that report was delivered:
# a report reviews the year before it is delivered and plans the year it is delivered in, so
# its 去年 (and 上一年度) is the year it reviews, 今年 the year it plans — read from the same
# report — and 前年 the year the report before it reviews
_OWN_STEP = {"前年": -1, "去年": 0, "今年": 0, "上一年度": 0, "上年度": 0}


def of_own_report(q: str, read: str, held: frozenset[int], follows: bool) -> tuple[str, str]:
    """``q`` with its relative years counted from the newest report of the one unit it names,
    when the calendar or library reading (``read``, ``anchored``'s rewrite) lands on a year that
    unit has no report of: 「龙岗去年的民生实事完成了几件」 of a library whose only 龙岗 report was
    delivered in 2018 asks that report's review of 2017, never a 2016 report nobody holds.

    ``read`` stands (returned with no note) when a year it names is held, when ``q`` says no
    relative year, or when the unit holds no year; a year named earlier in the conversation
    is counted from by ``anchored`` and never reaches here."""
    words = [m.group(1) for m in _TODAY.finditer(q)]
    if not follows:
        words += [m.group(1) for m in _LAST.finditer(q)]
    if not words or not held:
        return read, ""
    if any(int(y) in held for y in re.findall(r"(\d{4})年", read)):
        return read, ""
    newest = max(held)

    def step(m: re.Match) -> str:
        return f"{newest + _OWN_STEP[m.group(1)]}年"

    q = _TODAY.sub(step, q)
    if not follows:
        q = _LAST.sub(step, q)
    said = "、".join(f"「{w}」为 {newest + _OWN_STEP[w]} 年" for w in dict.fromkeys(words))
    return q, f"（按该单位最新一份报告（回顾 {newest} 年）推算：{said}）"
