"""「哪几份是做2016年工作安排的报告」: reports asked by the year whose work they plan.

A report sets the tasks of the year after the one it looks back on: a government work report
is read early in year N, reviews N-1 and plans N (「三、2016年工作安排」); an annual 法治政府建设
report covers its year and closes with the next one's plans (「2024年工作打算」). So a question
naming a year with a verb of planning before it (做/部署/安排/谋划 X年工作) or a plan noun after
it (X年工作安排/部署/计划/打算/任务/要点) asks for the reports planning X — never those covering
X, which look back on it. Only a question about the reports themselves (报告, 几份, 哪份) is read
so: 「X镇2024年工作计划有哪些」 asks what the plans are, a topic to search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from answering.plan_years import planned_year
from reportqa.types import ReportInfo

_YEAR = r"(?:19|20)\d{2}\s*年度?"
# what was done in a year, not its plan: 「做2016年工作总结的」 looks back on 2016, and
# 「2016年工作安排的完成情况」 asks how a plan went (a topic)
_DONE = r"(?:总结|回顾|情况|报告|成效|成绩|完成|落实|执行|进展)"
# 「做2016年工作安排的」「部署了2018年工作的」「规划2025年工作的」: the verb before the year
_VERB = re.compile(
    rf"(?:做|作|作出|部署|安排|谋划|规划)(?:了|好)?(?=\s*{_YEAR}的?(?:工作|任务)(?!\s*{_DONE}))"
)
# 「2016年工作安排的报告」「2016年重点任务的」: the plan noun after the year (and its 工作)
_NOUN = re.compile(
    rf"(?<=年|度)(\s*的?工作)?(?:安排|部署|计划|打算|思路|任务|要点)(?=的(?!{_DONE})|[的]?报告|是)"
    rf"|(?<=年|度)的?(?:重点|主要)(?:工作|任务)(?=的(?!{_DONE})|[的]?报告)"
)
_ABOUT_REPORTS = re.compile(r"报告|几份|哪份|哪一份")


def asks_plans(q: str) -> bool:
    """The question picks reports by the year they plan."""
    if not _ABOUT_REPORTS.search(q) or not re.search(_YEAR, q):
        return False
    return bool(_VERB.search(q) or _NOUN.search(q))


def without_plan_words(q: str) -> str:
    """The question with the planning words gone: 「哪几份是2016年工作的报告」, all frame."""
    return _NOUN.sub(lambda m: m.group(1) or "", _VERB.sub("", q))


def _plans_in_text(text: str, year: int) -> bool:
    """The report sets out that year's work in a line of its own: a heading or sentence opening
    with the year after the one it covers (「三、2024年工作打算」「四、2024年度推进法治政府建设的
    主要工作」「2024年，全镇将…」) — a report looks back on its own year only, so the next year
    at a line's head is its plan; a date in it (「2024年1月，…」) is an event, not a plan."""
    said = rf"(?m)^[^。，,\n]{{0,8}}{year}\s*年度?(?!\s*\d{{1,2}}\s*月)"
    return bool(re.search(said, text))


def planning(
    infos: Iterable[ReportInfo],
    q: str,
    keep_level: Callable[[ReportInfo], bool],
    text_of: Callable[[str], str],
) -> Sequence[ReportInfo]:
    """The reports of ``infos`` that plan a year the question names: a work report by the
    year on its cover (``planned_year``); any other report only when it covers the year before
    and its text sets out the year's work in a line of its own — a report that closes with no
    plan for the year ahead plans nothing, and a list must not name it."""
    years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", q)}
    chosen = []
    for i in infos:
        if not keep_level(i):
            continue
        if (y := planned_year(i)) is not None:
            if y in years:
                chosen.append(i)
        elif (
            i.year is not None
            and i.year + 1 in years
            and _plans_in_text(text_of(i.report_id), i.year + 1)
        ):
            chosen.append(i)
    return chosen
