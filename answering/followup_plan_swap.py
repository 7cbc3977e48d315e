"""「那17年目标呢」「那新增就业目标呢」 after a how-much question: one slot of the figure swapped.

A figure in a work report is fixed by four slots: the unit, the year, the measure (固定资产投资,
GDP增长, 新增就业) and whether it is the year's plan (目标, 预期, 计划 — set in that year's report)
or its result (完成, 实现 — reviewed in the next one). After 「大鹏16年固定资产投资完成了多少」 a turn
of 那 + some of these slots + 呢 changes only the slots it names and keeps the rest: 「那17年目标呢」
is the same unit's same measure as planned for 2017, 「那新增就业目标呢」 after 「广东2020年GDP增长
目标是多少」 is Guangdong's 2020 target for 新增就业. Searched as typed, the turn carries neither the
measure (「17年目标」 quotes any target of 2017) nor the head of the new one against the old
words (「新增」 matched 「新增公办幼儿园学位」).

The turn must say the plan-or-result slot (目标, 计划, 实际完成) — that is what makes its words a
figure's slots and not a new topic (「那具体措施呢」 asks something else) — and the last question
must have asked a figure of a unit or a year it names.
"""

from __future__ import annotations

import re

from answering.followup_measure import deed_of_last, measure_of_last
from answering.followup_result import done_of_target, result_of_target
from reportqa.units import short_name

__all__ = ["figure_turn", "plan_swapped"]

# a year as said: four digits, or the last two (「17年」) — never a count (近5年, 30年来)
_YEAR = re.compile(r"(?<![\d近前后过去这那])((?:19|20)\d{2}|[0-3]\d)\s*年度?(?![来代间内])")
_PLAN = r"(?:预期目标|目标值|目标|预期|计划)"
_RESULT = r"(?:实际完成|实际|完成情况|完成|实现|达到)"
# the turn: (那) + year? + measure? + plan-or-result + 呢/是多少, nothing else
# ; 「那原来定的目标是多少套」「当初定下的计划呢」: words saying the plan was set before (原来,
# 当初 + 定的) mark the plan slot itself, never a measure; a counter after 多少 (套, 万人, 公里)
# is the measure's own unit, kept for the question asked
_SET_BEFORE = (
    r"(?:(?:原来|原先|当初|本来|起初|最初)(?:定的|定下的|定下来的|设定的|制定的|订的|的)?"
    r"|原?(?:定的|定下的|定下来的|设定的|制定的|订的))"
)
# (review68: 「原来的目标」 too — 原来 read as the measure would drop the thing asked)
_COUNTER = (
    r"(?P<counter>(?:万|亿)?(?:[个件项套人名家所台条处次场份元亩吨户]|公里|平方米|平方公里))?"
)
_TURN = re.compile(
    r"^(?:那么?|那要是|如果是)?\s*(?:(?P<year>(?:19|20)?\d{2})\s*年度?|(?P<now>今年|当年|本年度?))?的?"
    rf"(?P<measure>[\u4e00-\u9fffA-Za-z0-9]{{0,12}}?)的?(?:{_SET_BEFORE})?"
    rf"(?:(?P<plan>{_PLAN})|(?P<result>{_RESULT}))"
    rf"(?:了|的)?(?:定(?:了|的|在|为)?|是|有|为)?(?:(?:多少|几){_COUNTER})?(?:呢|啊|吧)?[？?。!！\s]*$"
)
# a year said relative to the last question's report (上一年, 去年): that question's own frame
_LAST_RELATIVE = re.compile(r"[，,]?(?:上一年度?|上年度?|去年|前年)的?")
# 「公共住房建了多少」: a one-character verb of making after the thing asks the count done; the
# plan of it names the thing alone (「公共住房目标」, never 「公共住房建目标」)
_MADE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[建盖修做搞办]$")
# the last question's asking tail: 「完成了多少」「目标是多少」「定的多少」
_TAIL = re.compile(
    rf"的?(?:(?P<plan>{_PLAN})|(?P<result>{_RESULT}))?了?(?:是|有|为|定在|达到)?"
    r"(?:多少|几)(?:[%个件亿元万人名位套项台家所条处次场份户]|公里|平方米)*[？?。!！\s]*$"
)
# a verb of intending before 达到/完成: the figure is the plan (「LNG外输总量打算达到多少」)
_INTENT = re.compile(r"(?:打算|计划|预计|力争|争取|要|将|拟)$")
# a turn opening on the plan said to be the earlier one (「原来计划是多少」「当初定的目标是多少」)
_BACK = re.compile(r"^(?:原来|原先|当初|本来|起初|最初|原定|原计划)")
# the outcome words of the last question (「最后培养了多少」「最终完成」「实际」) frame its figure as
# the result: the plan asked of the same thing names the thing without them
_OUTCOME = re.compile(r"最后|最终|到头来|到最后|实际上?")
# what a measure never is: a pointer, a unit kind, a place word or a question word
_NOT_MEASURE = re.compile(r"它|他|这|那|其|哪|谁|什么|怎|乡|镇|街道|县|区|市|省|报告|年")
# words that qualify a plan as a whole — its kind, span or stage (「下一步计划」「工作目标」「总体
# 目标」「十四五目标」「碳达峰目标」): such a plan is a set of tasks or a goal of its own, never the
# last figure's measure planned, so the turn asks a content and is left as typed
_WHOLE_PLAN = re.compile(
    r"下一步|具体|工作|总体|整体|发展|主要|奋斗|长远|远景|近期|中期|长期|阶段|年度|五年|"
    r"十[一二三四五六]五|战略|达峰|中和|规划|任务|行动"
)


def figure_turn(q: str, prev_q: str, units: tuple[str, ...]) -> tuple[str, str] | None:
    """(question, note) for a turn that swaps a slot of the last figure question, asked of its
    units (``units``, the last answer's): the result of a target (``followup_result``), a measure
    of the figure (``followup_measure``) or the year, measure or plan named (``plan_swapped``)."""
    scope = f"（范围：{'、'.join(units)}"
    if (asked := result_of_target(q, prev_q)) is not None:  # 「那实际完成了多少？」
        return asked, f"{scope}；按该年实际完成情况）"
    if (asked := done_of_target(q, prev_q)) is not None:  # 「后来完成了没」: met or not
        return asked, f"{scope}；看后来的报告是否写了完成）"
    if (asked := measure_of_last(q, prev_q) or plan_swapped(q, prev_q, units)) is not None:
        return asked, f"{scope}）"  # 「那增速呢」「那17年目标呢」
    if (asked := deed_of_last(q, prev_q)) is not None:  # 「那受理了多少件呢」: the same thing
        return asked, f"{scope}）"
    return None


def plan_swapped(q: str, prev_q: str, named: tuple[str, ...]) -> str | None:
    """The last figure question with the slots ``q`` names swapped (year, measure, plan or
    result), the others kept; None when ``q`` is no such turn or the last question asked no
    figure of a unit (``named``: the units it names) or a year."""
    turn = _TURN.match(q.strip())
    # 那 before or 呢 after marks the turn as elliptic (「17年目标呢」); 「GDP目标是多少」 asks anew
    # ; 原来/当初 before the plan (「原来计划是多少」) points back at the figure just asked as
    # surely as 那 does: a plan said to be the earlier one is that figure's own plan
    elliptic = q.startswith("那") or re.search(r"呢[？?。!！\s]*$", q) or _BACK.match(q.strip())
    if turn is None or not elliptic:
        return None
    measure = turn.group("measure")
    if measure and (
        len(measure) < 2 or _NOT_MEASURE.search(measure) or _WHOLE_PLAN.search(measure)
    ):
        return None
    if turn.group("result") and _INTENT.search(measure):  # 「打算达到多少」 plans, never reviews
        return None
    prev = _last_asked(prev_q.strip())
    tail = _TAIL.search(prev)
    if tail is None or tail.start() == 0:
        return None
    stem = prev[: tail.start()]
    head, old = _split(stem, named)
    if head is None or len(old) < 2:
        return None
    if year := turn.group("year"):
        y = int(year)
        y = y + 2000 if y < 100 else y
        head = _YEAR.sub(f"{y}年", head, count=1) if _YEAR.search(head) else f"{head}{y}年"
    elif (now := turn.group("now")) and not _YEAR.search(head):  # 「那今年目标呢」, as said
        head = f"{head}{now}"
    elif _BACK.match(q.strip()) and turn.group("plan"):
        # 「原来计划是多少」 after a result of 2023: the plan was set before the result was
        # reported, in an earlier report — the result's year is no year of the plan
        head = _YEAR.sub("", head, count=1)
    # 今年 after a figure of a year said (「坪山2020年GDP多少」) is the year of the report that
    # gave that figure: the year is kept, read as the last question read it — the library's
    # newest report of the unit may be years later (坪山2024's target for a 2020 figure)
    measure = measure or _MADE.sub("", _OUTCOME.sub("", old))
    if turn.group("now") or turn.group("year"):
        # 「上一年城镇新增就业多少」 then 「那今年的目标呢」: the last question's 上一年 was its own
        # frame; the turn names its year, so the old relative year goes (never two years asked)
        head, measure = (_LAST_RELATIVE.sub("", s) for s in (head, measure))
    counter = turn.group("counter") or ""
    if turn.group("result"):
        return f"{head}{measure}实际完成了多少{counter}？"
    return f"{head}{measure}目标是多少{counter}？"


def _split(stem: str, named: tuple[str, ...]) -> tuple[str | None, str]:
    """(head, measure): the last question's unit-and-year head and the measure after it. The
    head ends at its year, else at the last unit it names (its name or short name as said);
    None when it names neither."""
    if (year := _YEAR.search(stem)) is not None:
        at = year.end()
    else:
        said = {n for u in named for n in (u, short_name(u)) if n}
        ends = [stem.find(n) + len(n) for n in said if n in stem]
        if not ends:
            return None, ""
        at = max(ends)
    return stem[:at], stem[at:].strip("的，, ")


def _last_asked(prev: str) -> str:
    """The last figure the last question asked, whole: in 「龙华2021年GDP多少，增长多少」 the
    clause 「增长多少」 says no thing of its own — its thing is the first clause's (GDP增长),
    so the first clause's stem is put before it. A question of one clause, or whose last
    clause names its own thing, is kept as it is."""
    first, *more = re.split(r"[，,]", prev)
    if not more or (tail := _TAIL.search(first)) is None or tail.start() == 0:
        return prev
    last = more[-1].strip()
    if re.match(
        r"(?:增长|增速|增幅|同比增长|比上年增长|下降|减少)(?:了)?(?:是|有|为)?(?:多少|几)", last
    ):
        return first[: tail.start()] + last
    return prev
