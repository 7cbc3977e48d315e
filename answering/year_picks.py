"""Years a content question names without a number: a range, or one report picked by order.

A range of years (「20年以后的报告里」「2016年之前」) names no one year: it is every report in
scope whose year falls in it, and the library may well hold no report of the year said
(refusing 「库中没有 2020 年的报告」 misreads it). The range is read by the rule metadata lists
use (``meta_select.years``: 以前/以后 leave the year itself out unless 含/在内 is said) and
written out as the years held; 以来 is ``across_years``' (a unit's reports from that year on).

A unit reports once a year, so 「龙岗最新那份报告」「盐田早几年的那份」 picks one report of the
unit by its year: the newest (or earliest) year the library holds for it, written as that year
so the question is asked of that report alone. Each order word picks its own report:
「早几年那份和最新那份」 is the earliest and the newest, both asked. Said of no unit, or of a unit with one year
only, nothing is picked; picks joined by 和/跟/与 (「最早那份和最新那份里」) name reports together —
scope, written as one 「2014年和2023年的报告」 so that no 「的那份和的那份」 is left to be read as the
topic once the years are taken out as scope (``across_years``); a question asking only which report it is (「最新的一份是哪一年的」)
is the metadata's (``meta_order``), and the caller keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from answering.followup import Resolved
from answering.meta_order import asks_order, ranged_list
from answering.meta_select import years as in_years
from retrieval.dates import full_years
from retrieval.deed_range import deed_ranges, without_deed_ranges

# 「近几年（20年以后）」: a vague time glossed in brackets by the range is the range alone;
# 「2023年及以后」 holds the year itself (``meta_select.years`` reads the 及)
_RANGE = re.compile(
    r"(?:(?:近几年|近些年|近年|这几年|最近几年|前几年|早些年|早几年)(?P<open>[（(]))?"
    r"(?:19|20)\d{2}\s*年?度?\s*(?:(?:及|以及|和|或)\s*)?(?:以前|之前|以后|之后)(?(open)[)）])"
)
# 「最新的一份是哪一年的」: the year of the report picked is asked, a question about reports
_ASKS_YEAR = re.compile(r"哪一?年|年份|年度|什么(?:报告|时候)|哪份")
# 「最新那份」「最近的一份报告」「早几年的那份」「最早的报告」: an order word, then a report
_LATE = r"最新|最近|较新|新的"
_EARLY = r"最早|最老|最旧|较早|早几年|早些年|早年|老的|之前|以前|往年|上一"
_PICK = re.compile(rf"(?:(?P<late>{_LATE})|(?P<early>{_EARLY}))的?(?=(?:那|这|一)?(?:份|篇)|报告)")
# one pick with its report noun, and picks joined by 和/跟/与 (「最早那份和最新的那份报告中」)
_ONE = rf"(?:{_LATE}|{_EARLY})的?(?:(?:那|这|一)?(?:份|篇)(?:报告)?|报告)"
_JOINED = re.compile(rf"{_ONE}(?:(?:和|跟|与|同|及|以及|、){_ONE})+")


def ranged(q: str, held: Collection[int]) -> str:
    """``q`` with a range of years written as the years ``held`` that fall in it (「2021年、
    2022年」); unchanged when it names no range or no year held falls in it."""
    m = _RANGE.search(full_years(q))
    if not m:
        return q
    q = full_years(q)  # 「20年以后」: the range as the analyzer reads it
    if asks_order(q.replace(m.group(0), "")) and ranged_list(q, m.group(0)):
        return q  # 「最老的几份，2020年及以前的报告」: the range bounds the list (``meta_order``)
    if deed_ranges(q) and not _RANGE.search(without_deed_ranges(q)):
        return q  # 「2015年以前就开始…」: the deed's date, no reports picked (``deed_range``)
    keep = in_years(q)
    inside = sorted(y for y in held if keep(y))
    if not inside:
        return q
    return q[: m.start()] + "、".join(f"{y}年" for y in inside) + q[m.end() :]


# 「最后培养了多少个」「最终完成多少」「到头来办了几件」: how a count ended, said without a year —
# never an ordinal (最后一次, 最后一批) nor a place in the text (「报告最后写了几条」「最后部分」)
_FINAL = re.compile(
    r"(?<!报告)(?<!文件)(?<!文末)(?:到最后|到头来|最后|最终)"
    r"(?![一两几个批次轮件项]|部分|段|章|节|写|提|列|讲|说)(?=[^，,。？?！!]{0,10}?(?:多少|几))"
)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}|\d{2}年|今年|去年|前年|当年|那年|哪年|历年|每年|各年")


def finally_picked(q: str, held: Mapping[str, Collection[int]]) -> str:
    """``q`` with a count's end asked of units with several reports (「大瑶镇法律明白人最后培养了
    多少个」) as the year of their newest report: a unit reports once a year, and an earlier
    report gives the count as it stood then (「目前已培育180名」) or the target still to reach
    (「计划到2023年底培育300名」); the newest report tells how it ended. Unchanged when a year
    is said or no unit has two years."""
    m = _FINAL.search(q)
    if not m or _ANY_YEAR.search(q) or not held:
        return q
    if any(len(set(ys)) < 2 for ys in held.values()):
        return q
    newest = "、".join(f"{y}年" for y in dict.fromkeys(max(ys) for ys in held.values()))
    return f"{q[: m.start()]}{newest}{q[m.start() :]}"


def picked(q: str, held: Mapping[str, Collection[int]]) -> str:
    """``q`` with 「最新那份」 as the year of that report of each unit (``held``: each named
    unit's report years); unchanged when no unit named has two years to pick from."""
    if not _PICK.search(q):
        return finally_picked(q, held)
    if _ASKS_YEAR.search(q) or not held:
        return q
    if any(len(set(ys)) < 2 for ys in held.values()):
        return q

    def year(m: re.Match) -> str:  # each pick its own report: 「早几年那份和最新那份」 both
        pick = max if m.group("late") else min
        return "、".join(f"{y}年" for y in dict.fromkeys(pick(ys) for ys in held.values())) + "的"

    def together(m: re.Match) -> str:  # 「最早那份和最新那份」: the reports' years, one scope
        years = [year(p).removesuffix("的") for p in _PICK.finditer(m.group(0))]
        return "和".join(dict.fromkeys(years)) + "的报告"

    return _PICK.sub(year, _JOINED.sub(together, q))


def picked_of(resolved: Resolved, analyze: Callable, unit_reports: Callable) -> Resolved:
    """``resolved`` with 「最新那份报告」 as the year of that report of each unit it names (or
    of the conversation's units); ``unit_reports``: a unit tuple's reports."""
    units = analyze(resolved.question).townships or resolved.scope
    held = {u: [i.year for i in unit_reports((u,)) if i.year] for u in units}
    asked = picked(resolved.question, held)
    return resolved if asked == resolved.question else replace(resolved, question=asked)
