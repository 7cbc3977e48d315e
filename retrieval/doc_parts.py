"""Two parts of a government work report that are read off its structure, not its topics:
the review of a whole term or five-year plan (「五年回顾」) and the glossary annexed to it
(「名词解释」).

- **The term review.** A report delivered at the end of a term (换届) or of a five-year plan
  reviews the whole span before the usual year: a top heading says so (「一、本届政府工作回顾」
  「“十二五”时期发展情况及2015年工作回顾」「二、“十三五”时期发展成就和…」), or, in a report that
  folds it into the year's review, a sentence opens with the span (「过去五年，…」「五年来，…」
  「“十二五”期间，宝安地区生产总值年均增长11%」). A five-year plan named in it is the one *ending*
  with the year the report covers (十二五 = 2011–2015 in a 2015 report); the plan still to come
  (「“十三五”时期，是…关键时期」 of that same report) or one long past is no review of it.
- **The glossary.** A report read to a congress often carries terms explained after its last
  paragraph, under a line of its own: 「名词解释」「名词解释：」「附件：《政府工作报告》名词、术语
  注释」. The line standing alone is the part; a sentence that merely says 解释 is not.

A question asks these parts only by their names (五年/本届/任期 + 回顾/总结; 名词解释, 术语注释);
a topic beside them (「五年来的法治建设」) is a question about that topic.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo

__all__ = ["GLOSSARY", "TERM", "glossary_line", "plan_years", "term_heading", "term_sentence"]

TERM, GLOSSARY = "term", "glossary"

# the span of a term or plan, as a report names it looking back
_SPAN = r"(?:过去|近|前)五年|五年(?:来|以来)|本届(?:政府)?(?:任期)?(?:以来)?|(?:上一|上)届政府"
# a five-year plan by its ordinal: 「“十二五”」「十三五」 (quotes optional)
_PLAN = re.compile(r"[“\"‘']?(十[一二三四五六七八九]?|[三四五六七八九])五[”\"’']?")
_NUMS = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# a top heading reviewing: the review words (a plan heading says 目标/任务/思路 instead)
_REVIEWS = re.compile(r"回顾|成就|情况|成绩|成效|以来|总结")
_TERM_HEAD = re.compile(rf"(?:{_SPAN}).{{0,8}}(?:工作)?(?:回顾|总结|成就|成绩)")
# a sentence opening with the span looked back on, then a comma: 「过去五年，」「“十二五”期间，」
_TERM_OPENS = re.compile(rf"^\s*(?:各位代表[，,！!]?)?(?:{_SPAN})[，,]")
_PLAN_OPENS = re.compile(
    r"^\s*[“\"]?(十[一二三四五六七八九]?|[三四五六七八九])五[”\"]?(?:期间|时期|以来)[，,]"
)
# the report a glossary explains, named without 《》 (「2017年区政府工作报告名词、术语注释」)
_WHOSE = r"[\u4e00-\u9fff]{0,4}[省市县区旗镇乡]"  # 福田区, 区: whose report
_REPORT = r"(?:" + _WHOSE + r")?(?:(?:19|20)\d{2}\s*年)?(?:" + _WHOSE + r")?政府工作报告"
# a glossary's own line: 名词解释, 名词、术语注释, 术语解释, 名词释义, after 附件 or a title; an
# attachment list numbers its files (「附件：」 then 「1．《政府工作报告》有关名词解释.doc」)
_GLOSSARY_LINE = re.compile(
    r"^\s*(?:附件\s*\d*\s*[:：]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?(?:《[^》]{1,30}》|" + _REPORT + ")?"
    r"(?:名词|术语|名词[、和及与]术语|有关名词|相关名词)(?:解释|注释|释义|说明)"
    r"(?:\.docx?|\.pdf)?\s*[:：]?\s*$"
)


def plan_years(ordinal: str) -> tuple[int, int]:
    """The years of the N-th five-year plan (三五 = 1966–1970 on; 十二五 = 2011–2015)."""
    digits = {"一": 1, "二": 2, **_NUMS}
    n = 10 + digits.get(ordinal[1:], 0) if ordinal.startswith("十") else _NUMS[ordinal]
    start = 1966 + 5 * (n - 3)
    return start, start + 4


def _plan_just_ended(ordinal: str, info: ReportInfo) -> bool:
    """The plan ended with the year the report covers (or the year before, for a report dated
    by the year it is delivered in): the span the report looks back on."""
    if not info.year:
        return False
    return plan_years(ordinal)[1] in (info.year, info.year - 1)


def term_heading(heading: str, info: ReportInfo) -> bool:
    """A top heading that reviews the whole term or the plan just ended."""
    text = to_simplified(heading)
    if _TERM_HEAD.search(text):
        return True
    plans = _PLAN.findall(text)
    return bool(_REVIEWS.search(text)) and any(_plan_just_ended(p, info) for p in plans[:1])


def term_sentence(sentence: str, info: ReportInfo) -> bool:
    """A sentence that opens a look back over the term (「过去五年，」) or over the plan just
    ended (「“十二五”期间，」 in a 2015 report)."""
    text = to_simplified(sentence)
    if _TERM_OPENS.match(text):
        return True
    m = _PLAN_OPENS.match(text)
    return m is not None and _plan_just_ended(m.group(1), info)


def glossary_line(line: str) -> bool:
    """A line of its own heading the glossary."""
    return bool(_GLOSSARY_LINE.match(to_simplified(line)))
