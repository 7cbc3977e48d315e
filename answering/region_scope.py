"""A province or city as the scope of a content question: 「北京的报告里哪些提到法律顾问」,
「四川省哪些乡镇开展了…」.

Reports name their county, seldom their province or city; so 「北京」 matches, at best, the one
district report whose parent is 北京市, and a 街道 under 西城区 drops out. A region the question
names as its scope (the parent a library report names, or a province or city said where the
question puts its subject) becomes the reports whose unit lies in it by the division list
(``answering.regions``), and leaves the information need. A region inside the need
(「学习了上海的经验」) stays a word to search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from answering.places import without_place
from answering.region_answers import RegionAnswers
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.level_words import NOUNS
from retrieval.query import Analysis
from retrieval.scope import LEVEL_OF
from retrieval.short_names import short_name

# the region as the question's subject: at the start, or before 的报告/的乡镇/那边/下面/境内/
# 省内…, or set off by a comma (「在浙江，哪些街道…」: the topic-comment frame of spoken Chinese);
# a determiner may point at the units in it (「重庆那几个乡镇里」「广东这些街道」)
_LEAD = re.compile(r"^(?:请问|那么?|在|就)?")
# a determiner and a counter point at the region's reports (「湖南那几家」「新疆那两个县」「北京的
# 几家里」), and a one-character level noun is a level there when a locative or the asking
# words follow it (「重庆的镇里面」「湖北的乡有哪些」; 「重庆的乡村」 is no level)
_COUNTER = r"(?:[那这](?:些|[几两三四五六七八九十]?[个家份位])?|[几两三四五六七八九十][个家份位])"
_ONE = r"(?:[乡镇县区](?![村民镇长])|街(?!道))"
_LOCATIVE = r"(?:里头|里面|里边|当中|之中|中间|里|中)"
# 「湖南那个镇调解纠纷的成功率」: 那个/这个 and a unit noun after a region name the one unit there
# (a description, as 「湖南的那个镇」), whatever the question goes on to ask of it; its noun is
# the unit's level, so 「浙江那个县」 is no 镇 of 浙江 (rev_fix88d)
_THE_ONE = r"[那这]个(?P<one>乡镇|街道|镇(?![长村])|乡(?![村亲])|县(?![城域长])|区(?![域间别分长]))"
_NOUN = r"(?:报告|" + "|".join(NOUNS) + ")"
# 「东莞自己的报告里」「深圳本身的报告」: 自己/本身/自身 before 的 stresses the region's own
# reports (not others' mentions of it) — the region is the scope all the more
_SCOPE_AFTER = re.compile(
    r"^(?:自己|自身|本身)?(?:的|那边|这边|下面|下辖|所辖|境内|辖区内?|地区|(?P<whole>[省市]?内|全[省市]|一带))?(?:的)?"
    r"[，,\s]*"
    r"(?:"
    rf"(?P<det>{_COUNTER}(?:{_ONE}|{_NOUN})?(?:{_LOCATIVE}|(?=[，,\s]|有?哪|谁|都|的报告))|{_THE_ONE}"
    rf"|{_ONE}(?:{_LOCATIVE}|(?=[，,\s]|有?哪|谁|都有|的报告)))"
    rf"|(?:[那这](?:几个|几家|几份|些|几)?)?(?:{_NOUN}|各|哪些|哪几|哪个|有哪|有几|有多少|几份|这些|所有)"
    r")"
)


@dataclass(frozen=True)
class RegionScope:
    analysis: Analysis  # without the region's words
    report_ids: tuple[str, ...] = ()  # the reports inside it, () when no region scopes
    note: str = ""  # the region, and the reports kept though unplaced, for the scope note
    # the regions said as the subject that no report of the library lies in (「北京和上海的…」
    # over a library with neither): the caller says 「库中没有…的报告」 unless a report names them
    absent: tuple[str, ...] = ()


def region_scope(
    question: str, analysis: Analysis, reports: Sequence[ReportInfo], regions: RegionAnswers
) -> RegionScope:
    """The analysis without the region and the reports inside it; no reports when the
    question names no region as its scope (or none of the library lies in it: the caller's
    「库中没有…」 and ordinary search take over). A report the division list cannot place
    (its unit's name borne by several places, no county said) is kept when one of those
    places lies in the region, and named in the note: never dropped silently."""
    q = to_simplified(question)
    if analysis.townships:
        return RegionScope(_without_address(q, analysis, regions))
    asked = regions.asked(q)
    listed = tuple(asked.values())
    scoped = {
        p: said for p, said in asked.items() if p in analysis.counties or _subject(q, said, listed)
    }
    if not scoped:
        return RegionScope(_county_address(q, analysis, asked))
    frames = [m for said in scoped.values() if (m := _subject(q, said, listed))]
    reports = _of_level(reports, frames)
    placed = [i for i in reports if any(regions.in_place(i, p) for p in scoped)]
    inside = {i.report_id for i in placed}
    unsure = [
        i
        for i in reports
        if i.report_id not in inside and any(regions.maybe_in_place(i, p) for p in scoped)
    ]
    if not placed and not unsure:
        # 「吉林」 is the province and its namesake city: one region said once, refused once
        return RegionScope(analysis, absent=tuple(dict.fromkeys(scoped.values())))
    counties = tuple(c for c in analysis.counties if c not in scoped)
    # 「浙江全省的」「上海市内的」: the words of the whole region go with it (``frames``)
    # 「那几家里头」「的镇里面」: the pointer and the locative go with the region too
    whole = [w for m in frames for w in (m.group("whole"), m.group("det")) if w and len(w) > 1]
    words = [*scoped, *scoped.values(), *whole]
    ids = tuple(i.report_id for i in (*placed, *unsure))
    note = f"{'、'.join(scoped.values())}的报告"
    if unsure:
        shown = "、".join(i.shown for i in unsure)
        note += f"（另含{shown}：同名地方多处、报告未写所属县，其中一处在此地区）"
    return RegionScope(replace(without_place(analysis, words), counties=counties), ids, note)


def _of_level(reports: Sequence[ReportInfo], frames: Sequence[re.Match]) -> Sequence[ReportInfo]:
    """The reports of the level 「那个县」「这个镇」 names after the region (all of them when it
    names none, or none of the region's reports has that level: the description may be loose)."""
    levels = {LEVEL_OF[one] for m in frames if (one := m.groupdict().get("one"))}
    kept = [i for i in reports if i.level in levels]
    return kept if kept else reports


def _without_address(q: str, analysis: Analysis, regions: RegionAnswers) -> Analysis:
    """A province or city said before a named unit (「天津河东那个中山门街道」「广东的大湖镇」) is
    that unit's address, as people place a unit from large to small: it leaves the need, and
    the unit's own report answers (a region said after the unit, 「学习了上海的经验」, stays)."""
    first = min(
        (p for u in analysis.townships for f in (u, short_name(u)) if (p := q.find(f)) >= 0),
        default=-1,
    )
    said = [w for w in regions.asked(q).values() if 0 <= q.find(w) < first]
    return without_place(analysis, said) if said else analysis


def _county_address(q: str, analysis: Analysis, asked: dict[str, str]) -> Analysis:
    """「北京市朝阳区聘请法律顾问了吗」「浙江杭州的上城区…」: provinces and cities said right before
    a county the library knows (each with or without 的) are that county's address, as people
    place a unit from large to small; they leave the need (else it reads 北京市法律顾问)."""
    words = sorted(set(asked.values()), key=len, reverse=True)
    said: list[str] = []
    for form in {f for c in analysis.counties for f in (c, short_name(c)) if len(f) > 1}:
        j = q.find(form)
        while j > 0:
            j -= 1 if q[j - 1] == "的" else 0
            w = next((w for w in words if q.endswith(w, 0, j)), None)
            if w is None:
                break
            said.append(w)
            j -= len(w)
    return without_place(analysis, said) if said else analysis


# regions listed together as one subject: 「北京和深圳的街道里」「四川、重庆的报告」
_JOINED = re.compile(r"\s*(?:和|与|及|以及|跟|同|、|或者?|还有)\s*")


def _subject(q: str, said: str, listed: Sequence[str] = ()) -> re.Match | None:
    """The frame after the region when it is said as the question's subject (its group
    ``whole``: 全省, 省内 — words that leave the need with the region), else None. Regions
    listed by 和/、/或 (``listed``: every region the question names) are the subject
    together, and the frame after the last is theirs: 「北京和深圳的街道里」 asks the streets
    of both, as 「北京的街道里」 asks those of one."""
    lead = _LEAD.match(q)
    pos = lead.end() if lead else 0
    names = sorted({said, *listed}, key=len, reverse=True)
    seen = False
    while (name := next((n for n in names if q.startswith(n, pos)), None)) is not None:
        seen = seen or name == said
        joined = _JOINED.match(q, pos + len(name))
        if joined and any(q.startswith(n, joined.end()) for n in names):
            pos = joined.end()
            continue
        if not seen:
            return None
        rest = q[pos + len(name) :]
        # 「广东的法律顾问有哪些」「四川省的普法活动」: a region opening the question with 的 is
        # whose things are asked, the subject's place, as 「广东的乡镇」 is
        return _SCOPE_AFTER.match(rest) or _OPENING_OF.match(rest)
    return None


_OPENING_OF = re.compile(r"^(?P<whole>)(?P<det>)的(?=[\u4e00-\u9fff])")
