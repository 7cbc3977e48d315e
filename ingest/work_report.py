"""Is an untitled report a government work report (政府工作报告 / 新区管委会工作报告)?

A work report is a speech to the local people's congress: it opens 「我代表X区人民政府，向大会作
政府工作报告」「向大会报告政府工作」「我代表X新区管理委员会，向大会作工作报告」. A copy cut above
that sentence still has the genre's two-part frame: a heading reviewing one year (「2015年工作回顾」
「一、2020年工作和“十三五”发展回顾」) and one setting the next year's tasks (「2016年主要工作任务」
「三、2021年工作安排」). An annual 法治政府建设 report may have both (「2023年工作安排」 closing
it), but it names its field in the review heading (「2022年法治政府建设工作回顾」) and is written
to a superior (「现就有关情况报告如下」). A work report is delivered early in the year it
plans, so it is titled by that year (《2016年光明新区政府工作报告》 reviews 2015).
"""

from __future__ import annotations

import re

# the speech to the congress: the government (国务院 at the national level) or 管委会 reports
# its work to 大会; a district newly set up has no elected government yet, so its first congress
# hears the government's preparatory group (「我代表坪山区政府筹备组向大会作工作报告」)
_SPEECH = re.compile(
    r"代表[^。\n]{0,20}?(?:人民政府|政府|管委会|管理委员会|国务院)(?:筹备(?:工作)?组)?[，,]?\s*"
    r"向(?:大会|代表大会)"
    r"(?:作[^。，\n]{0,6}报告|报告[^。，\n]{0,4}工作)"
)
_REVIEW = re.compile(r"^[一二三四五六七八九十、\s]*((?:19|20)\d{2})年[^。，\n]{0,16}回顾\s*$", re.M)
_PLAN = r"^[一二三四五六七八九十、\s]*(?:[^。，\n]{{0,12}}){year}年[^。\n]{{0,8}}(?:工作安排|工作任务|主要任务|工作部署|总体要求)\s*$"
_ZONE = re.compile(r"管委会|管理委员会")


# a report to a superior (「现就有关情况报告如下」), or a review heading naming one field of work
# (「2022年法治政府建设工作回顾」): an annual 法治政府建设 report may close with 「2023年工作安排」
# too, so the two-part frame alone is no speech to the congress in such a report
_TO_SUPERIOR = re.compile(r"(?:报告|汇报)如下")
_FIELD = re.compile(r"法治|依法行政")


def is_work_report(text: str) -> bool:
    """The speech to the congress, or a year's review heading of the government's whole work
    followed by the next year's tasks, in a report not addressed to a superior."""
    if _SPEECH.search(text[:2000]):
        return True
    if _TO_SUPERIOR.search(text[:2000]):
        return False
    for m in _REVIEW.finditer(text):
        if _FIELD.search(m.group(0)):
            continue
        plan = re.compile(_PLAN.format(year=int(m.group(1)) + 1), re.M)
        if plan.search(text, m.end()):
            return True
    return False


# a heading line naming a year: short, no sentence (「一、2023年经济社会高质量发展迈出坚实步伐」)
_HEADING = re.compile(r"^[^。\n]{0,30}?((?:19|20)\d{2})年[^。\n]{0,30}$", re.M)


def plan_year(text: str) -> int | None:
    """The year a work report plans: the year after the one its first dated heading reviews,
    when a later heading names it (「一、2022年工作回顾」 … 「2023年主要工作」). A date read
    elsewhere may be either year (a copy's file name carries the delivery year), so only the
    report's own two-part frame tells them apart; None when it does not show."""
    years = [int(m.group(1)) for m in _HEADING.finditer(text)]
    return years[0] + 1 if years and years[0] + 1 in years[1:] else None


# a heading setting one year's tasks, the frame's second part (「三、2016年工作安排」「2016年重点工作」)
_PLAN_HEADING = re.compile(
    r"^[一二三四五六七八九十、\s]*((?:19|20)\d{2})年[^。，,；\n]{0,8}"
    r"(?:工作安排|工作任务|主要任务|重点工作|工作重点|主要工作|工作部署|总体要求)\s*$",
    re.M,
)


def frame_year(text: str) -> int | None:
    """The year a work report covers, read from its own two-part frame: the year its review
    heading names (「一、2015年工作回顾」), or else the year before the one its task heading
    plans (「三、2016年工作安排」: delivered early in 2016, it looks back on 2015). A year
    quoted in the body (「从2010年的4.60万亿元增加到…」) is a figure's base, not the report's,
    so only headings of a report that is a speech to the congress count; a 法治 report with a
    closing 「2024年工作安排」 is dated by its own title or opening before this is asked."""
    if not is_work_report(text):
        return None
    for m in _REVIEW.finditer(text):
        if not _FIELD.search(m.group(0)):
            return int(m.group(1))
    m = _PLAN_HEADING.search(text)
    return int(m.group(1)) - 1 if m else None


def _organ(text: str) -> str:
    """Which organ delivers the report: the one its speech sentence names (「我代表省人民政府」
    「我代表X新区管理委员会」). A province's or city's report tells of zones' 管委会 it set up
    (「组建运行横琴合作区管委会」) in its first pages, so a 管委会 named elsewhere is no speaker;
    only a report without that sentence is read by its opening pages."""
    m = _SPEECH.search(text)
    return "管委会" if _ZONE.search(m.group(0) if m else text[:2000]) else "政府"


def work_title(text: str, unit: str) -> str:
    """The title a work report bears: the year it is delivered and plans, when its headings
    show it (see ``plan_year``), else none — never a year guessed from the covered one."""
    organ = _organ(text)
    year = plan_year(text) or ((y + 1) if (y := frame_year(text)) else None)
    return f"{unit}{year}年{organ}工作报告" if year else f"{unit}{organ}工作报告"
