"""「那实际完成了多少？」 after a target: the same measure, as the year's review reports it.

A work report sets targets for the year it is delivered in (「国内生产总值增长6.5%－7%」) and the
next year's report reviews what was achieved (「增长6.7%」). After a question about a target,
a turn that only asks the result (实际/完成/实现, no thing of its own) asks the same unit's same
measure of the same year — no longer the target. So the last question is asked again without its
plan words (定的, 目标, 预期) and with the result asked (``retrieval.result_asked``), which reads
the year as the year covered: the review in the next year's report, or a refusal when the library
lacks it — never the target quoted again, never another measure holding the word 实际.
"""

from __future__ import annotations

import re

__all__ = ["done_of_target", "result_of_target"]

# the turn: only the result asked — 「那实际完成了多少？」「全年实际完成多少」「最后实现了多少」
_RESULT_ONLY = re.compile(
    r"^(?:那么?|那)?\s*(?:全年|当年|最终|最后)*(?:实际上?)?(?:完成|实现|达到|做到)?了?"
    r"(?:得)?(?:是|有)?(?:多少|几|怎么样|如何|啥样|呢)+[？?。!！\s]*$"
)
_RESULT_WORD = re.compile(r"实际|完成|实现|达到|做到")
# the last question asked a target (「定的GDP增速目标多少」「预期增长多少」「计划…多少」)
_TARGET = re.compile(r"目标|预期|计划|定的|定了|定为|拟")
# the plan words taken out of the measure asked
_PLAN_WORDS = re.compile(r"目标(?:值)?|预期|计划|定的|定了|定为|拟定?|要求")
# the asking tail of the last question: 「是多少？」「有多少」「定在多少」「多少」
_ASKING_TAIL = re.compile(
    r"(?:大概|大约)?(?:是|有|为|定在|在)?(?:多少|几)[%个亿元万]*[？?。！!\s]*$"
)
# a rate target (「增长6.5%左右」「增速」): its result is the year's growth
_RATE = re.compile(r"(?:增长率|增长|增速|增幅)$")
_YEAR = re.compile(r"(?:(?:19|20)\d{2}|(?<!\d)[0-3]\d)\s*年")


def result_of_target(question: str, prev_question: str) -> str | None:
    """The last question's measure asked as achieved (「16年国务院GDP全年增速多少？」), or
    None: the turn asks more than the result, or the last question asked no dated target."""
    q = question.strip()
    if not _RESULT_ONLY.match(q) or not _RESULT_WORD.search(q):
        return None
    prev = prev_question.strip()
    if not _TARGET.search(prev) or not _YEAR.search(prev):
        return None
    stem = _ASKING_TAIL.sub("", prev)
    if stem == prev:
        return None
    stem = _PLAN_WORDS.sub("", stem).rstrip("的是，, ")
    if not re.search(r"[\u4e00-\u9fffA-Za-z]{2,}", _YEAR.sub("", stem)):
        return None
    if rate := _RATE.search(stem):  # 「GDP增长」: the year's whole growth, as reviews say it
        return f"{stem[: rate.start()]}全年{rate.group(0)}多少？"
    return f"{stem}全年达到多少？"


# the turn: only whether the target was met — 「后来完成了没」「最后实现了吗」「达到了没有」
# (a yes-or-no, no thing of its own: 「完成了多少」 asks the figure, read above)
_DONE_ASKED = re.compile(
    r"^(?:那么?)?\s*(?:后来|最后|最终|到底|现在|目前|如今)*(?:有没有|是否|有无)?"
    r"(?:提前)?(?:完成|实现|达到|做到|达成|兑现)(?:了)?(?:没有?|吗|么|没)?[？?。!！\s]*$"
)
_YES_NO = re.compile(r"有没有|是否|有无|没有?[？?。!！\s]*$|[吗么][？?。!！\s]*$")
# how the last question asked the target's figure: 「定的多少」「定了多少」「是多少」「多少」
_SET_TAIL = re.compile(
    r"(?:定的|定了|定为|定在|设定的|是|为|有)?(?:大概|大约)?(?:多少|几)[%个亿元万]*[？?。！!\s]*$"
)
_PLAN_END = re.compile(r"(?:目标|计划|预期|任务)$")


def done_of_target(question: str, prev_question: str) -> str | None:
    """「后来完成了没」 after 「坪山十四五末GDP目标定的多少」: whether that target was met, asked
    as 「坪山十四五末GDP目标完成了没有？」. A target is reviewed in a later report of the same
    unit (「提前两年完成“十四五”规划地区生产总值1250亿元的目标」), which says it in the words
    完成…目标 — so the target words stay in the question, where 「全年达到多少」 would quote a
    year's figure instead. None when the turn asks more than whether, or the last question
    asked no target's figure."""
    q = question.strip()
    if not _DONE_ASKED.match(q) or not _YES_NO.search(q):
        return None
    prev = prev_question.strip()
    if not _TARGET.search(prev) or (tail := _SET_TAIL.search(prev)) is None:
        return None
    stem = prev[: tail.start()].rstrip("的，, ")
    if not re.search(r"[\u4e00-\u9fffA-Za-z]{2,}", _PLAN_WORDS.sub("", stem)):
        return None
    stem = stem if _PLAN_END.search(stem) else f"{stem}目标"
    return f"{stem}完成了没有？"
