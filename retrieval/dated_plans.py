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
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.due_years import own_years
from retrieval.report_parts import plan_heading

__all__ = ["asks_plan_words", "dated_plan"]

# a plan item opening on a start (启动, 着手, 筹建): the thing is not yet begun, dated or not
_START = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|\d+[.、])?(?:尽快|适时|年内)?(?:启动|着手|筹建|筹备|开始)"
)
_WILL = re.compile(r"将|力争|争取|计划|拟|确保|预计|目标")
# a target told beside the count reached so far (「目标到2023年底…200名，截至目前已培育95名」)
# reports progress: the sentence is a deed too, unless it stands in the plan part
_REACHED = re.compile(r"截至|截止|已(?:经)?[\u4e00-\u9fff]")
# a question naming the plan (计划, 打算, 下一步, 明年…) asks it: plans answer it
_PLAN_ASK = re.compile(r"计划|打算|下一步|明年|今后|将来|将要|准备|目标|规划|部署|安排|设想|拟")


def dated_plan(sentence: str, section: str, info: ReportInfo) -> bool:
    """Does ``sentence`` plan for a year after the report's own, rather than tell a deed?"""
    said = to_simplified(sentence)
    if _START.match(said) and plan_heading(section, info):
        return True  # 「二是启动“法律明白人”培养工程」: what is yet to start is not begun
    years = own_years(said)
    if not years or not info.year or min(years) <= info.year:
        return False
    if plan_heading(section, info):
        return True
    return bool(_WILL.search(said)) and not _REACHED.search(said)


def asks_plan_words(question: str) -> bool:
    """Does the question name a plan (计划, 打算, 下一步…)? Then a dated plan answers it."""
    return bool(_PLAN_ASK.search(to_simplified(question)))
