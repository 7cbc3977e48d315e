"""「一是2022年实现村(社区)法律顾问全覆盖」 in a 2021 report: a dated plan is no deed done.

A report's closing part (下一步工作打算, 2022年工作安排) sets what the unit will do, often dated
by a year after the one it reviews: 「2022年实现…全覆盖」「力争2022年底前建成」. Read as a deed, a
unit that admits it has not yet done the thing (its review says 尚未实现全覆盖) answers a
which-question on the strength of its promise. A sentence is a dated plan when every year it
names as its own (``due_years.own_years``: not a deadline of a deed already done) comes after
the report's year, and it stands under the plan part's heading (``report_parts.plan_heading``)
or carries a word of intent (将, 力争, 争取, 计划, 拟, 确保). A later year alone is not enough: a
2021 report written in 2022 may tell 「2022年1月，完成…」 as done. An item of the plan part that
opens on a start (「二是启动“法律明白人”培养工程」) says the thing is not begun, dated or not;
other undated plan items stay mentions (a which-question 「哪些报告提到X」 counts them).

Out of the plan part a will word plans only the year it stands with: in the clause naming the
year, or in the clause right after a bare date (「2022年，街道将…」). A review tells deeds done in
the first weeks of the next year with a purpose clause further on (「2022年1月，完成14个村法律顾问
合同续签，确保服务不断档」 in a 2021 report), and a review sentence that plans and reports progress
(「计划到2023年底培育300名，目前已培育180名」) tells a deed done too: neither is a plan.
A question asking what a report mentions (提到, 提及, 涉及…) counts a plan as a mention:
``asks_mention``.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.due_years import own_years
from retrieval.plan_intent import wills_deed
from retrieval.plan_items import opens_will
from retrieval.report_parts import plan_heading

__all__ = ["asks_mention", "asks_plan_words", "dated_plan", "later_plan", "opens_start"]

# a plan item opening on a start (启动, 着手, 筹建): the thing is not yet begun, dated or not
_START = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|\d+[.、])?(?:尽快|适时|年内)?(?:启动|着手|筹建|筹备|开始)"
)
_WILL = re.compile(r"将|力争|争取|计划|拟|确保|预计|目标")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_CLAUSES = re.compile(r"[^，,：:；;。！？!?]+")
# a clause that is only a date (「2022年」「2022年1月」「2023年上半年」): what it dates comes next
_BARE_DATE = re.compile(
    r"\s*(?:到|至|在|于)?(?:19|20)\d{2}\s*年(?:度|底|初|末|[上下]半年|\d{1,2}月(?:份|底|初)?)?\s*$"
)
# a deed told done beside the plan (目前已培育180名, 已于2022年1月完成): the sentence reports
_DONE = re.compile(
    r"已经|目前已|现已|已于|已(?:完成|建成|建立|培育|培养|聘请|签约|实现|开展|配备|组建|覆盖|达到)"
)
# a question asking what a report names (提到, 提及, 涉及…): a plan names it too
_MENTION_ASK = re.compile(r"提到|提及|提过|写到|说到|讲到|谈到|谈及|涉及")
# a question naming the plan (计划, 打算, 下一步, 明年…) asks it: plans answer it
# and 「GDP要达到多少」「要建成几个」 (要 before a verb of reaching) asks the target set: ``wills_deed``
# a target word (力争, 争取, 预计) names the plan as well: 「力争调解成功率达到多少」 asks the plan's
# figure; 「争取了」「争取到」 tell funds obtained, a deed (review fact77)
_PLAN_ASK = re.compile(
    r"计划|打算|下一步|明年|今后|将来|将要|准备|目标|规划|部署|安排|设想|拟|预期|力争|预计"
    r"|争取(?![了到过])"
)  # 要达到, 将建成…: a willed deed (``plan_intent.wills_deed``)


def dated_plan(sentence: str, section: str, info: ReportInfo, *, deed_beside: bool = True) -> bool:
    """Does ``sentence`` plan for a year after the report's own, rather than tell a deed?
    ``deed_beside=False`` reads a sentence that plans and tells progress as a plan all the same:
    a how-many must not quote its planned figure (「计划到2023年底培育300名，目前已培育180名」)."""
    said = to_simplified(sentence)
    if opens_start(said, section, info):
        return True  # 「二是启动“法律明白人”培养工程」: what is yet to start is not begun
    return later_plan(said, section, info, deed_beside=deed_beside)


def later_plan(said: str, section: str, info: ReportInfo, *, deed_beside: bool = True) -> bool:
    """``dated_plan`` of a simplified sentence that opens on no start (``opens_start``): its
    reading by a later year alone, for a caller that has read the start already."""
    years = own_years(said)
    # an undated item under a plan heading dated by a later year (「二、2021年工作安排」) stays a
    # mention: stop 77 tried reading it as a plan and lost ~110 rows of earlier sets, whose
    # code-blind golds count a 政府工作报告's yearly plan part and 「继续加大…宣传力度」 under
    # 「三、下一年度…主要安排」 as the report's own practice
    if not years or not info.year or min(years) <= info.year:
        return False
    if plan_heading(section, info):
        return True
    return not (deed_beside and _DONE.search(said)) and _willed(said, info.year)


def opens_start(said: str, section: str, info: ReportInfo) -> bool:
    """Does a plan item open on a start (启动, 着手, 筹建) or a will word for a new deed (计划新增,
    将启动: ``plan_items``)? The thing is not begun, dated or not."""
    return (bool(_START.match(said)) and plan_heading(section, info)) or opens_will(
        said, section, info
    )


def _willed(said: str, year: int) -> bool:
    """Does a will word stand with a later year: in its clause, or in the clause after a bare
    date? (「2022年1月，完成续签，确保不断档」 is a deed: 确保 is the purpose, not the plan.)"""
    clauses = [m.group() for m in _CLAUSES.finditer(said)]
    for i, clause in enumerate(clauses):
        if i and not all(_BARE_DATE.match(c) for c in clauses[:i]):
            # 「新增学位4500个，力争2019年全部投入使用」: deeds told first stand; the will
            # clause after them plans only its own (time72's bn3)
            return False
        if not any(int(y[:4]) > year for y in _YEAR.findall(clause)):
            continue
        if _WILL.search(clause):
            return True
        if _BARE_DATE.match(clause) and i + 1 < len(clauses) and _WILL.search(clauses[i + 1]):
            return True
    return False


# 「提到配备了执法记录仪」「说到建成了…」: the mention asked is of a deed told done (verb + 了)
_MENTION_DEED = re.compile(r"[了过]?(?:已经|已)?[\u4e00-\u9fff]{1,2}了")
# a quoted name before 规划/计划 names a plan document (「落实“八五”普法规划」「“十四五”规划」):
# the deed done to it is asked, not what the report plans
# (the words between name and 规划 are the document's own: no 有/做了/期间/的 — 「对“法治体检”有计划」
# 「“八五”期间计划建设」 ask a plan)
_NAMED_PLAN = re.compile(
    r"[”」』\"](?:(?![有做作了的期间内中里要将拟还也都没未已在对和与及或是])[\u4e00-\u9fff]){0,8}"
    r"(?:规划|计划)"
)


def asks_mention(question: str) -> bool:
    """Does the question ask what the reports mention (「哪些报告提到了X」)? A plan mentions X;
    a mention of a deed told done (「提到配备了X」) asks the deed."""
    said = to_simplified(question)
    return any(not _MENTION_DEED.match(said, m.end()) for m in _MENTION_ASK.finditer(said))


def asks_plan_words(question: str) -> bool:
    """Does the question name a plan (计划, 打算, 下一步…)? Then a dated plan answers it. A
    quoted name's 规划 (「“八五”普法规划」) is the document, no plan asked."""
    said = to_simplified(question)
    return bool(_PLAN_ASK.search(_NAMED_PLAN.sub("", said))) or wills_deed(said)
