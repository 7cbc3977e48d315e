"""「哪些报告提到中芯国际」「…中山大学深圳校区」: a proper name asked as mentioned is one concept.

A question that asks where a string is mentioned (提到/提及/写到/写了/说到/出现 + the name, closing
the question, or the name opening it: 「深中通道 哪些报告提了」) names a company, school or project; its words are no topic of their own. Two
readings lose such a name, and both are seen in the question's own words:

- **Cut apart**: jieba does not know the name and cuts it into characters (中|芯|国际); the
  lone characters leave the need and the rest (国际) is matched everywhere. A name cut so,
  where the concepts read from it cover only part of it, is one concept, spelled whole.
  Only a short run (a coined name) mostly of lone characters: a longer run or one of known
  words with a few lone ones (前海蛇口自贸片区) is a phrase reports shorten and reorder
  (广东自贸区前海蛇口片区), and its words stay the reading.
- **A place inside**: a branch of an institution is named by its place (中山大学深圳校区,
  北京大学深圳研究生院); the place stands after the first word of the name, never opening
  it, and is where the branch is, not which reports to read. A place that opens the run
  (「深圳工作」) is the question's scope and stays.

- **A list's name**: a run closed by a list's or a document's kind (清单, 目录, 名录, 指标体系)
  names one document by what it lists (合法性审查事项目录清单); its words written in separate
  clauses (「…合法性审查制度，…目录清单」) name other lists. Reports spell one list with other
  words inside (「应知应会党内法规和法律法规清单」「应知应会党内法规和国家法律清单」), so the words
  stay the reading, said in one clause (``Concept.near``, ``retrieval.near_parts``).

Either reading is taken only when a report of the library writes the whole name verbatim:
a name no report spells is left to the ordinary reading (its parts, its spellings), and a
run with a joining word (的/和/与/及/或/、) is a phrase of several things, never a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.units import short_name
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.place_institutions import place_institutions
from retrieval.place_names import place_names
from retrieval.vocabulary import GENERIC_HEADS

_MENTION = re.compile(
    r"(?:提到|提及|提起|写到|说到|讲到|谈到|出现|写(?=[了过]))(?:了|过)*"
    r"(?P<run>[\u4e00-\u9fffA-Za-z0-9]{3,16}?)"
    r"(?:这个名字|这家企业|这所学校|这个项目)?(?:吗|没有|没|呢)?[？?。！!]*\s*$"
)
# the name opening the question, the asking after it: 「深中通道 哪些报告提了」「中芯国际，哪几份
# 报告写到过」 — the same ask, the name topicalised before it
_OPENING = re.compile(
    r"^(?P<run>[\u4e00-\u9fffA-Za-z0-9]{3,16}?)\s*[，,]?\s*(?:在|被)?"
    r"(?:哪些|哪几|哪个|哪份|有哪些|有哪几)[\u4e00-\u9fff]{0,4}?"
    r"(?:提到|提及|提起|写到|说到|讲到|谈到|出现|提|写)(?:了|过)*(?:吗|呢)?[？?。！!]*\s*$"
)
_LIST_KINDS = ("清单", "目录", "名录", "指标体系")  # a document named by what it lists
_JOINED = re.compile(r"[的和与及或、跟同]")
# a coined name jieba does not know (中芯国际, 比亚迪) is short; a longer run cut apart is a
# phrase of place and kind words (前海|蛇口|自|贸|片区) that reports write in other orders
_COINED = 6


def _named(q: str) -> str | None:
    m = _MENTION.search(q)
    opening = _OPENING.search(q) if m is None else None
    # 「碧道建设哪些报告有提到」: a generic head (建设, 工作) after the name asks the work on it,
    # not a name to find whole
    if opening and not opening.group("run").endswith(GENERIC_HEADS):
        m = opening
    if not m or _JOINED.search(m.group("run")):
        return None
    return m.group("run")


def _cut_apart(run: str, concepts: Sequence[Concept], units: Sequence[str], tagged) -> bool:
    """The run falls apart into lone characters and the concepts cover only part of it; a
    unit's name in it (坪|山 of 坪山高新区) is read as scope, no name lost."""
    covered = [False] * len(run)
    for c in [*concepts, *(Concept(f, (f,), False) for u in units for f in (u, short_name(u)))]:
        at = run.find(c.term)
        if at >= 0:
            covered[at : at + len(c.term)] = [True] * len(c.term)
    if all(covered) or not any(covered):
        return False
    lone = [w for w, _ in tagged(run) if len(w) == 1 and "\u4e00" <= w <= "\u9fff"]
    return len(run) <= _COINED and 2 * len(lone) >= len(run)


def _places_inside(run: str, units: Sequence[str]) -> list[str]:
    """Units named inside the run after its first characters (a branch's place)."""
    return [u for u in units if any(run.find(f, 1) > 0 for f in {u, short_name(u)} if len(f) >= 2)]


def _listed(analysis: Analysis, run: str) -> Analysis:
    """``analysis`` with the words of a list's name asked (``run``) said in one clause."""
    inside = [c for c in analysis.concepts if c.required and c.term in run]
    if not run.endswith(_LIST_KINDS) or len(inside) < 2:
        return analysis
    near = tuple(replace(c, near=True) if c in inside else c for c in analysis.concepts)
    return replace(analysis, concepts=near)


def named_whole(analysis: Analysis, written: Callable[[Sequence[str]], bool], tagged) -> Analysis:
    """``analysis`` with a mentioned proper name as one required concept, and any unit read
    from inside it out of its scope, when a report writes the name whole; an institution
    named by its place (光明科学城, 深圳技术大学) too (``retrieval.place_institutions``,
    ``retrieval.place_names``)."""
    analysis = place_names(place_institutions(analysis, written), written)
    run = _named(analysis.question)
    if run is None:
        return analysis
    inside_t = _places_inside(run, analysis.townships)
    inside_c = _places_inside(run, analysis.counties)
    units = (*analysis.townships, *analysis.counties)
    if not (inside_t or inside_c or _cut_apart(run, analysis.concepts, units, tagged)):
        return _listed(analysis, run)
    if not written([run]):
        return analysis
    kept = tuple(c for c in analysis.concepts if c.term not in run)
    name = Concept(run, (run,), True)
    terms = tuple(dict.fromkeys((run, *(t for t in analysis.search_terms if t not in run))))
    return replace(
        analysis,
        concepts=(name, *kept),
        search_terms=terms,
        townships=tuple(u for u in analysis.townships if u not in inside_t),
        counties=tuple(u for u in analysis.counties if u not in inside_c),
    )


__all__ = ["named_whole"]
