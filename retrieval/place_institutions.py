"""「光明科学城哪几份有」「那光明科学城呢」: a place's name opening an institution's name is part of it.

Some institutions and projects are named by the place they stand in (光明科学城, 松山湖科学城,
鹏城实验室, 宝安国际机场), and the name is written whole by every report that mentions them,
the province's and the city's as well as the place's own (「高标准建设鹏城实验室和光明科学城」 in
深圳市's report). Read as a unit's short name (光明 → 光明区) the question was scoped to that
unit's reports and asked only for 科学城 there: the other reports naming it were never read. So
a unit's short name written right before the kind word of such a one-of-a-kind institution is
the institution's name, not the scope — only when a report of the library writes the whole name,
and only when the question asks which reports or units name it: a fact asked of the institution
(「福田口岸通关情况怎么样」) is still read in the place's own reports.
The unit's full name (光明区科学城) or a 的 between (光明的科学城) keeps the scope, and kinds a
place has many of (医院, 学校, 公园: 「坪山医院有几家」 counts inside 坪山) are never such names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.answer import Kind
from reportqa.units import short_name
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.question_kind import question_kind

# one-of-a-kind institutions a place names: a science city, a lab, an airport, a port of entry
_KINDS = ("科学城", "科技城", "科学中心", "实验室", "国际机场", "机场", "口岸")


def _named_at(question: str, unit: str) -> str:
    """The institution's whole name when ``question`` writes ``unit``'s short name right
    before one of ``_KINDS`` (and never the unit's full name there), else ''."""
    short = short_name(unit)
    if len(short) < 2 or short == unit:
        return ""
    for m in re.finditer(re.escape(short), question):
        after = question[m.end() :]
        if after.startswith(unit[len(short) :]) and len(unit) > len(short):
            continue  # 光明区科学城: the unit, then its own 科学城
        kind = next((k for k in _KINDS if after.startswith(k)), "")
        if kind:
            return short + kind
    return ""


# 「深圳实验室有几家」: a count of the kind asks how many the place has, the place is the scope
_COUNTED = re.compile(r"(?:几|多少)[家个所座处]")


def place_institutions(analysis: Analysis, written: Callable[[Sequence[str]], bool]) -> Analysis:
    """``analysis`` with each unit that opens a written institution's name out of its scope,
    the name one required concept in place of its kind word."""
    if _COUNTED.search(analysis.question):
        return analysis
    names = {u: n for u in analysis.townships if (n := _named_at(analysis.question, u))}
    names = {u: n for u, n in names.items() if written([n])}
    if not names:
        return analysis
    kinds = {n[len(short_name(u)) :] for u, n in names.items()}
    kept = tuple(c for c in analysis.concepts if c.term not in kinds)
    added = tuple(Concept(n, (n,), True) for n in names.values())
    terms = tuple(dict.fromkeys((*names.values(), *analysis.search_terms)))
    townships = tuple(u for u in analysis.townships if u not in names)
    kind = question_kind(analysis.question, list(townships))
    if kind != Kind.WHICH:
        return analysis  # 「福田口岸通关情况怎么样」: a fact of the place, read in its reports
    return replace(
        analysis,
        kind=kind,  # 哪几份: over the library now
        concepts=(*added, *kept),
        search_terms=terms,
        townships=townships,
    )


__all__ = ["place_institutions"]
