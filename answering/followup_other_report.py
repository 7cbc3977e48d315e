"""「跟它2018年那份比呢？」: the unit just asked about, its report of another year set beside.

A unit reports once a year. After a question on one unit's report of a year (「福田2023年计划新增
多少学位？」), a follow-up that sets a year where a unit would stand in 「跟X比」 — 「跟2018年那份比
呢」「和它2018年的报告比一下」 — points at the same unit's report of that year: both reports are
compared, row by row, on the last question's topic, or on the thing the follow-up names after
it (「两年各计划新增多少学位」). Read alone it was searched as a topic (「跟2018年那份比」) in
the one report the last turn was scoped to.

A year swap said first and the pair asked after it — 「它2022年那份呢？两年的增速目标对比一下」
「那2019年的呢，两份报告比较下」 — is the same comparison: 两年/两份 with a verb of comparing
counts the year just asked and the year said now (两个 counts units — 「两个区比一下」 — never reports), so the swap keeps both years, never only the
new one. So does a comparison with the earlier one (「那2023年呢？比上一年多了还是少了」「跟之前
比呢」): 之前/上一份 is the report just asked about; 上一年/去年 only when it is that report's year
(the year before the one said now), else it names a third report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_turn import Resolved
from answering.followup_years import years_in
from reportqa.units import short_name

__all__ = ["compared_years", "other_report"]

# 跟/和/与/同, the unit pointed at or not, a year and its report (那份, 报告: 「跟2018年比增长了
# 多少」 is a figure of one report against an earlier year, a fact), then a verb of comparing;
# what follows is the thing compared when the follow-up names one
_OTHER = re.compile(
    r"^(?:那么?|那要是|要是)?\s*(?:跟|和|与|同)\s*"
    r"(?:它|这个?(?:区|县|镇|乡|街道|单位)|该(?:区|县|镇|乡|街道|单位))?的?\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年?度?的?(?:那一?份|这一?份|报告)的?(?:报告)?(?:里|中)?\s*"
    r"(?:比|相比|比较|对比|对照)(?:一下|一比|比)?(?P<rest>.*)$"
    # 「跟2024年比呢」: a bare year set beside with nothing asked after the verb names a report
    # too — a figure against an earlier year asks its change (「跟2018年比增长了多少」), said
    r"|^(?:那么?|那要是|要是)?\s*(?:跟|和|与|同)\s*"
    r"(?:它|这个?(?:区|县|镇|乡|街道|单位)|该(?:区|县|镇|乡|街道|单位))?的?\s*"
    r"(?P<bare>(?:19|20)\d{2})\s*年度?的?\s*(?:比|相比|比较|对比|对照)(?:一下|一比|比)?"
    r"(?P<none>[呢吧啊呀]*)[？?。!！\s]*$"
)
# 「它2022年那份呢？两年的…对比一下」: a year swap, then the pair compared in the next clause
_SWAP_THEN_PAIR = re.compile(
    r"^(?:那么?)?\s*(?:它|这个?(?:区|县|镇|乡|街道|单位)|该(?:区|县|镇|乡|街道|单位))?的?\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年?度?的?(?:那一?份|这一?份|报告)?的?(?:呢|吧)?\s*[？?，,。;；]\s*"
    r"(?P<rest>(?:这|那)?两(?:年|份|者)[^，,？?。]*?(?:对比|比较|比一比|比一下|比比|比)[^，,？?。]*"
    # 「那2025年那份呢，对比下」: the verb alone in the next clause sets the two reports beside
    r"|(?:再)?(?:对比|比较|比一比|比比|对照)(?:一下|下)?(?:看看)?[吧呢啊]*"
    r"|[^，,？?。]*?(?:比|跟|和|与|较)(?P<earlier>上一年|前一年|去年|上年|之前|以前|上一份|前一份|那份)"
    r"[^，,？?。]*)[？?。!！]*$"
)
# the comparison with the earlier report and what it asks (「比上一年多了还是少了」): no thing
_VERSUS_EARLIER = re.compile(
    r"(?:跟|和|与)?(?:比|较)?(?:上一年|前一年|去年|上年|之前|以前|上一份|前一份|那份)"
    r"(?:相比|比)?(?:是)?[^，,？?。]*$"
)
# the verb of comparing that ends the pair's clause (「…对比一下」「…比较下吧」)
_COMPARING = re.compile(r"(?:进行|做个?)?(?:对比|比较|比一比|比比|比)(?:一下|下)?[吧呢啊]*$")
# the words of the rest that name no thing: the pair pointed at, asking and particles
# (两年内, 两年来, 两年间 are a span of time, never the pair: 「两年内一共新增多少」 keeps them)
_PAIR = re.compile(
    r"^[，,？?。！!\s呢吧]*(?:这|那)?两(?:年|份|个|者|边)?(?![年份个者边内来间以前后])(?:的报告)?(?:里|中)?"
)
_NO_THING = re.compile(r"各自|各|分别|都|是|多少|几|报告|呢|吗|吧|的|[，,？?。！!\s]")
# the last question's reference to its report, dropped with its year (「2023年那份里」)
_REPORT_OF = re.compile(r"(?:19|20)\d{2}\s*年度?的?(?:那一?份|这一?份|报告)?(?:的)?(?:里|中|上)?")


def other_report(q: str, prev_q: str, prev_units: Sequence[str]) -> Resolved | None:
    """The comparison of the one unit's report of the last question's year with its report of
    the year ``q`` names; None when ``q`` sets no year beside, or the last turn was not about
    one unit's report of a year."""
    before = years_in(prev_q)
    # a place under two names (青川新区, 青川区) answered together: the one the question named
    named = [u for u in prev_units if u in prev_q]
    units = named if len(named) == 1 else list(prev_units)
    said_q = q.strip()
    if len(units) == 1:
        # the unit named again is pointed at as 它 is (「深圳15年那份呢，对比下」 after 深圳21年)
        forms = sorted({units[0], short_name(units[0])} - {""}, key=len, reverse=True)
        said_q = re.sub(rf"^(那么?)?(?:{'|'.join(map(re.escape, forms))})", r"\1", said_q)
    m = _OTHER.match(said_q) or _SWAP_THEN_PAIR.match(said_q)
    if m is None or len(units) != 1 or not before:
        return None
    unit, year = units[0], int(m.group("year") or m.group("bare"))
    if year == before[0]:
        return None
    earlier = m.groupdict().get("earlier") or ""
    if earlier in ("上一年", "前一年", "去年", "上年") and year - before[0] != 1:
        return None  # the year before the one said now is a third report, not the last one
    said = m.group("rest") or ""
    rest = _VERSUS_EARLIER.sub("", said) if earlier else said
    rest = _PAIR.sub("", rest).strip("，,？?。！! ")
    rest = _COMPARING.sub("", rest).lstrip("的")
    thing = rest if len(_NO_THING.sub("", rest)) >= 2 else _topic_of(prev_q, unit)
    asked = f"比较{unit}{before[0]}年和{year}年的报告，{thing}"
    return Resolved(asked, (), f"（{unit}{before[0]}年和{year}年的两份报告）")


def _topic_of(prev_q: str, unit: str) -> str:
    """The last question without its unit and its report's year: what it asked."""
    said = prev_q
    for name in (unit, short_name(unit)):
        said = said.replace(name, "")
    return re.sub(r"^(?:的|在)", "", _REPORT_OF.sub("", said)).strip()


_ASKED = re.compile(
    r"^比较(?P<unit>.+?)(?P<before>\d{4})年和(?P<year>\d{4})年的报告，(?P<thing>.*)$"
)


def compared_years(asked: str) -> tuple[str, int, int, str] | None:
    """The unit, the last year, the year set beside and the thing compared of a question
    ``other_report`` wrote (「比较福田区2023年和2018年的报告，…」); None for any other."""
    m = _ASKED.match(asked)
    if m is None:
        return None
    return m.group("unit"), int(m.group("before")), int(m.group("year")), m.group("thing")
