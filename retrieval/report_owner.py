"""「国务院报告里有没有提深圳光明科学城」: the report named is the scope; places inside the thing
asked are part of its name.

A question that names a report by its unit (「国务院报告里」「坪山那份报告」) says which report
to read. A place written glued to the thing asked (深圳|光明|科学城: no break, no 的, the
concept right after) names *which* thing — the science city of 光明 in 深圳, not 怀柔's — and
is no second report to read: quoting 光明区's own report for it answers a question nobody
asked of it. So when exactly one unit is named as the report's owner, every other unit
whose name runs straight into the topic leaves the scope and becomes part of the topic's
name, spelled with the places (深圳光明科学城, 光明科学城), never bare (科学城 alone is any
science city). A topic that is a local name of its own is still spelled bare too:
「广东省报告里有没有提深圳前海」 is answered by 「横琴、前海两个合作区」, for no other 前海
exists to confuse it with. A local name is what the dictionary does not hold as one word
(前海 reads 前|海) and no kind of zone (科学城, 湿地公园); a dictionary word (经济, 海洋) is a
common thing that only its place makes this one (「深圳海洋」 is not 「国家海洋局」). Unless
the place glued holds the owner itself (「盐田区报告里…深圳海洋」: 盐田 lies in 深圳): all the
owner's report says is of that place, so the topic bare is its name there. A unit not glued to the topic (「国务院和深圳的报告」, 「…提到深圳吗」) stays
as read; two owners or none leave the reading unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from reportqa.text import to_simplified
from reportqa.units import short_name
from retrieval.analysis import Analysis
from retrieval.compounds import Tagger
from retrieval.concept import Concept

# the kinds of zone many places have (光明科学城, 坪山高新区, 白沙湿地公园): a topic ending in one
# is a kind, named only with its place; any other topic glued to a place is a name of its own
_KINDS = (
    "科学城 新城 城区 新区 园区 片区 公园 示范区 开发区 合作区 试验区 中心区 保税区 产业园 "
    "科技园 商圈 基地 中心 广场 小镇 港区"
).split()

# after the owner's name: 「报告」「的报告」「那份报告」「政府工作报告」 (里/中 follow or not)
_OWNER = re.compile(r"(?:的)?(?:那份|这份|那一份|这一份)?(?:政府)?(?:工作)?报告")


def _span(question: str, unit: str) -> tuple[int, int] | None:
    """Where ``unit`` (or its short name) is first written in ``question``."""
    for name in dict.fromkeys((unit, short_name(unit))):
        at = question.find(name)
        if at >= 0:
            return at, at + len(name)
    return None


def _local_name(term: str, tagged: Tagger | None) -> bool:
    """``term`` is a local place's own name: no kind of zone, no word the dictionary holds."""
    return tagged is not None and not term.endswith(tuple(_KINDS)) and len(tagged(term)) > 1


def _above(unit: str, parents: Mapping[str, str]) -> set[str]:
    """The units holding ``unit`` (its county, the county's own…), as the reports' metadata says."""
    out: set[str] = set()
    while (unit := parents.get(unit, "")) and unit not in out:
        out.add(unit)
    return out


def owned_scope(
    analysis: Analysis, tagged: Tagger | None = None, parents: Mapping[str, str] | None = None
) -> Analysis:
    """``analysis`` with the places glued to its topic taken out of the scope when one unit
    is named as the report's owner; unchanged otherwise. ``parents``: each reporting unit's
    county (``ReportInfo``), to know a place that holds the owner."""
    units = analysis.townships
    if len(units) < 2 or not analysis.concepts:
        return analysis
    q = to_simplified(analysis.question)
    spans = {u: s for u in units if (s := _span(q, u)) is not None}
    owners = [u for u, (_, end) in spans.items() if _OWNER.match(q, end)]
    if len(owners) != 1:
        return analysis
    starts = {s: u for u, (s, _) in spans.items() if u != owners[0]}
    at = {q.find(c.term): c for c in analysis.concepts if q.find(c.term) >= 0}
    for u, (start, end) in spans.items():
        if u == owners[0] or start - 1 in (e for _, e in spans.values()):
            continue  # not the first place of a run: its run is read from its first place
        run, pos = [start], end
        while pos in starts:  # 深圳|光明: places written one after another
            run.append(pos)
            pos = spans[starts[pos]][1]
        topic = at.get(pos)
        if topic is None or not topic.required:
            continue
        name = q[start : pos + len(topic.term)]
        spellings = tuple(dict.fromkeys(name[r - start :] for r in run))
        glued = {starts.get(r, u) for r in run}
        holding = glued <= _above(owners[0], parents or {})  # 深圳 holds 盐田区
        if holding or _local_name(topic.term, tagged):
            spellings = (*spellings, topic.term)  # 前海: a name of its own, bare too
        # the term is the shortest form still naming its place (光明科学城): the whole run
        # (深圳光明科学城) is written by few reports, and a term no report writes reads as unsaid
        named = Concept(name[run[-1] - start :], spellings, True)
        concepts = tuple(named if c is topic else c for c in analysis.concepts)
        return replace(
            analysis,
            townships=tuple(t for t in units if t not in glued),
            concepts=concepts,
            search_terms=tuple(dict.fromkeys((*spellings, *analysis.search_terms))),
        )
    return analysis
