"""A question asking what a year's work achieved, not what was planned for it.

A work report sets a year's targets when it is delivered (「2022年地区生产总值增长6%左右」) and
the report of the next year reviews what was done (「2022年全市地区生产总值增长…」). 「全年实际完成
多少」「完成了多少」 ask the review: the report *covering* that year. Read as the plan year (the
reading ``answering.plan_years`` gives a year the unit has no report covering), such a question
would quote the target as the result — another number under the asked one's name. So a question
asking the result keeps the exact year: a unit without the review of that year is refused.
Whether a thing got done or what it achieved (「做成了吗」「效果怎么样」「取得了什么成效」) asks
the outcome too: a plan part's 「通过推进…进一步提高…」 names an intent, no effect.
A target asked with a result word (「完成目标定的多少」「计划完成多少」「全年要实现增长多少」)
is still a plan. The answer is the review's: a figure of the plan part is never the result,
even when the review says none (``retrieval.plan_targets``).
"""

from __future__ import annotations

import re

__all__ = ["asks_result", "result_words"]

# 「全年实际完成多少」「实际完成了多少」「全年完成多少」「实际是多少」「实际实现了多少」
# ; 「全年GDP实际增长了多少」「GDP全年增长多少」: the year's whole growth is the review's figure
_RESULT = re.compile(
    r"(?:全年|当年|最终|最后)[^，,。？?]{0,12}?(?:实际)?(?:完成|实现|达到|增长|增速)"
    r"|实际(?:上)?(?:完成|实现|达到|做到|是|有)|完成了(?:多少|几)|完成得(?:怎么样|如何)"
    # 「最后是多少」「最终有多少」「最后突破10万亿了没」「最终超过了吗」: 最后/最终 before the
    # value or a threshold verb asks how the year ended — the outcome, never its target or a
    # 预计 figure written before the year closed
    r"|(?:最终|最后)(?:是|有|为)?(?:多少|几)"
    r"|(?:最终|最后|实际)[^，,。？?]{0,4}?(?:突破|超过|跨过|迈上)"
    # 「做成了吗」「办成没有」「效果怎么样」「取得了什么成效」: whether a thing got done and what came
    # of it — the outcome the review tells; a plan part names only the intent
    r"|(?:做|办|搞|干|弄)成(?:了|功了)?(?:吗|没有?|么|嘛|不)"
    r"|(?:效果|成效|成果)(?:到底)?(?:怎么样|怎样|如何|好不好|咋样)"
    r"|(?:取得|达到|收到|有)了?(?:什么|哪些|啥)(?:样的)?(?:效果|成效|成果)|见效了?(?:吗|没有?)"
)
# a plan said beside the result word: 「计划完成多少」「目标是全年完成…」; a modal before the
# verb (「全年要实现」「最终要达到」「将完成」) says what is to be done, the plan's figure
_PLAN = re.compile(
    r"目标|计划|预期|预计|打算|拟|要求|力争|争取|确保|定的|定了"
    r"|(?<![主重需])(?:要|将|须|应)(?:全年|争取)?(?:完成|实现|达到|做到|增长|突破|超过|跨过|迈上)"
)
# 最后 after a word for the text itself (「报告最后有几项」「文件最后一部分」) names a place in
# the report, not how the year ended: such a phrase is read past before the outcome words
_IN_TEXT = re.compile(r"(?:报告|文件|文中|全文|讲话|文章|文末)的?[中里]?最后")


def asks_result(question: str) -> bool:
    """Does ``question`` ask what was achieved in its year (the review), with no plan word?"""
    q = _IN_TEXT.sub("", question)
    return bool(_RESULT.search(q)) and not _PLAN.search(q)


def result_words(question: str) -> str:
    """The words asking the result (「取得了哪些成效」「效果怎么样」): they ask, and a
    passage telling the result need not write them."""
    return "".join(m.group() for m in _RESULT.finditer(_IN_TEXT.sub("", question)))
