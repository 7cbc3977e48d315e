"""「2016年国家、广东、深圳的GDP增速目标分别多少」: 国家 listed among units is the national unit.

Users compare the levels of government by naming each one's place, and the whole country by
its level word: 国家 (or 全国, 中央) stands in the list of units where a province's name
would (「国家、广东、深圳」「全国和广东」). The national report is the 国务院's 政府工作报告,
whose unit is no place the question can spell; read as a topic word 国家 asked every report
to write 「国家」 beside the figure and the national report was never compared. So a level
word that is an item of the list of units (a list mark 、/和/与/及/跟 between it and a unit
the question names) is that unit, when the library holds exactly one unit whose reports are
all of the national level. Anywhere else the word keeps its sense (「国家高新技术企业」
「全国文明城市」: an attribute, no item of a list of units).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reportqa.types import ReportInfo
from retrieval.query import Analysis
from retrieval.question_kind import question_kind

__all__ = ["with_national_named"]

_LEVEL_WORDS = ("国家", "全国", "中央")
_NATIONAL = "国家"  # ``ReportInfo.level`` of the national reports
_MARK = r"[、，,和与及跟同]"
# verbs of carrying out another level's plans (对接国家战略, 落实中央部署): a list after one is
# what a unit serves, not units compared
_SERVES = re.compile(r"(?:对接|落实|贯彻|服务|服从|融入|响应|执行|配合|按照|根据|依照|承接)$")


def _national_unit(infos: Iterable[ReportInfo]) -> str:
    """The one unit whose reports are all national; '' when none or several."""
    levels: dict[str, set[str]] = {}
    for i in infos:
        if i.township:
            levels.setdefault(i.township, set()).add(i.level or "")
    national = [u for u, lv in levels.items() if lv == {_NATIONAL}]
    return national[0] if len(national) == 1 else ""


def _listed(question: str, word: str, units: Iterable[str]) -> int:
    """Where ``word`` stands as an item of a list with a unit the question names; -1 if not."""
    stems = {u[:2] for u in units if len(u) >= 2}
    for m in re.finditer(word, question):
        rest = question[m.end() :]
        after = re.match(rf"{_MARK}([\u4e00-\u9fff]{{2}})", rest)
        before = re.search(
            rf"([\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]?{_MARK}$", question[: m.start()]
        )
        # the item ends at a list mark, 的 or 各/分别 (「深圳和国家的GDP」); 「和国家高新…」 goes
        # on into a noun it qualifies
        # 「全国各地」「全国各省」 is the whole country's places, no item of a list of units
        closed = bool(re.match(rf"{_MARK}|的|各(?![地省市县区级])|分别|$", rest))
        first = m.start() - (len(before.group(0)) if before else 0)
        if closed and (
            (after and after.group(1) in stems) or (before and before.group(1) in stems)
        ):
            # 「深圳如何对接国家、广东的战略」: the list is the object of a deed of carrying out
            # another level's plans; the asking unit's report answers, the levels are no units
            return -1 if _SERVES.search(question[:first]) else m.start()
    return -1


def with_national_named(analysis: Analysis, infos: Iterable[ReportInfo]) -> Analysis:
    """``analysis`` with the national unit among its units when its level word is listed
    with them, the word then no topic; unchanged otherwise."""
    if not analysis.townships:
        return analysis
    q = analysis.question
    word = next(
        (
            c.term
            for c in analysis.concepts
            if c.term in _LEVEL_WORDS and _listed(q, c.term, analysis.townships) >= 0
        ),
        "",
    )
    unit = _national_unit(infos) if word else ""
    if not unit or unit in analysis.townships:
        return analysis
    kept = tuple(c for c in analysis.concepts if c.term != word)
    if not kept:
        return analysis
    at = _listed(q, word, analysis.townships)
    # the units in the order the question names them (the first spelled after the word)
    order = sorted(analysis.townships, key=lambda u: q.find(u[:2]) if u[:2] in q else len(q))
    before = [u for u in order if 0 <= q.find(u[:2]) < at]
    townships = (*before, unit, *(u for u in order if u not in before))
    terms = tuple(t for t in analysis.search_terms if t != word)
    # the kind was read with one unit (「坪山区和全国…各是多少」 a fact of 坪山区); two units
    # joined by a list mark are a comparison, as when both are named by place
    kind = question_kind(q, list(townships))
    return replace(analysis, kind=kind, townships=townships, concepts=kept, search_terms=terms)
