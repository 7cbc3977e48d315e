"""「哪些报告提到深圳技术大学」「…“深圳北理莫斯科大学”」: a name that opens with a place is one name.

Chinese institutions and works are commonly named place + own words + kind: a university
(深圳技术大学), a hospital (坪山中心医院), a crossing (深中通道), a bridge, a park, a lab. Every
report that mentions one writes it whole — the province's and the city's as well as the
place's own — so the place word opening it says which institution, never which reports to
read. Read as a unit's short name (深圳 → 深圳市) the question was scoped to that unit's
reports, and the others naming it were lost. Two shapes of the question show such a name:

- **Named by its kind**: the unit's short name, then a few words of its own (no joining word,
  no question word), then an institution's kind word closing the run (大学, 医院, 通道 …).
  With words of its own between, the name is one institution, never a kind counted inside
  the place (「坪山医院有几家」 is ``retrieval.place_institutions``' concern, and a count keeps
  the scope here as there).
- **Quoted**: 「“深圳北理莫斯科大学”」 — the asker marks the string as one name; a unit named
  only inside the quotes is part of it.

Either is read only when a report of the library writes the whole name, and only when the
question then asks which reports or units name it (a fact asked of the institution is read in
the place's own reports). A unit also named outside the name (「深圳市的报告里哪些提到…」) or by
its full name (深圳市技术大学) keeps the scope.
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

# the kind word closing an institution's or a public work's proper name
_KINDS = (
    "大学|学院|研究院|研究所|医院|实验室|中心|通道|大桥|隧道|铁路|机场|口岸|公园|"
    "博物馆|图书馆|体育馆|科学城|科技城|产业园"
)
# the name's own words: no joining word (a phrase of several things), no question word, no
# 的 (「深圳的大学」 are the place's), no verb of the question (提到/有/是)
_OWN = r"(?:(?![的和与及或、跟同哪几多少什么有是在提写说])[\u4e00-\u9fffA-Za-z0-9]){1,8}?"
_COUNTED = re.compile(r"(?:几|多少)[家个所座处条]")
# words every place gives its own public institution (人民医院, 中心医院, 中医院, 妇幼保健院,
# 第二人民医院, 市民中心): place + such words names the place's own, which its own report writes
# without the place (区人民医院) — the place stays the scope (review70: 「那光明人民医院呢」)
_PLACE_OWN = re.compile(r"(?:第[一二三四五六七八九十]+)?(?:人民|中心|中医|妇幼|市民|儿童|社会福利)")
_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{3,24})[”\"」』’]")


def _kind_named(question: str, short: str) -> list[tuple[int, int]]:
    """Spans of ``question`` naming an institution by ``short`` + own words + a kind word."""
    pattern = re.compile(rf"{re.escape(short)}(?P<own>{_OWN})(?:{_KINDS})")
    return [
        (m.start(), m.end())
        for m in pattern.finditer(question)
        if not _PLACE_OWN.fullmatch(m["own"])
    ]


def _quoted(question: str, short: str) -> list[tuple[int, int]]:
    """Spans of quoted names holding ``short`` with more words of their own."""
    return [
        (m.start(1), m.end(1))
        for m in _QUOTED.finditer(question)
        if short in m.group(1) and m.group(1) != short
    ]


def _outside(question: str, forms: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Is one of the unit's ``forms`` written in ``question`` outside every span?"""
    for form in forms:
        for m in re.finditer(re.escape(form), question):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                return True
    return False


def only_in_names(text: str, unit: str) -> bool:
    """Is ``unit`` named in ``text`` only inside an institution's name (深圳技术大学, a quoted
    name), never on its own? Read from the question's shape alone, for a follow-up resolved
    before the library is asked (「那深圳技术大学呢」 swaps the thing, not the place)."""
    short = short_name(unit)
    if len(short) < 2:
        return False
    spans = [
        (s, e)
        for s, e in (*_kind_named(text, short), *_quoted(text, short))
        if not text[s:e].startswith(unit) or unit == short
    ]
    return bool(spans) and not _outside(text, dict.fromkeys((unit, short)), spans)


def place_names(analysis: Analysis, written: Callable[[Sequence[str]], bool]) -> Analysis:
    """``analysis`` with each unit read only from inside a written name out of its scope, the
    name one required concept spelled whole."""
    q = analysis.question
    if _COUNTED.search(q):
        return analysis
    names: dict[str, str] = {}
    for unit in analysis.townships:
        short = short_name(unit)
        if len(short) < 2:
            continue
        spans = [
            (s, e)
            for s, e in (*_kind_named(q, short), *_quoted(q, short))
            if not q[s:e].startswith(unit) or unit == short
        ]
        spans = [(s, e) for s, e in spans if written([q[s:e]])]
        if spans and not _outside(q, dict.fromkeys((unit, short)), spans):
            names[unit] = max((q[s:e] for s, e in spans), key=len)
    if not names:
        return analysis
    townships = tuple(u for u in analysis.townships if u not in names)
    kind = question_kind(q, list(townships))
    if kind != Kind.WHICH:
        return analysis  # 「深圳技术大学招生多少人」: a fact of it, read in the place's reports
    whole = tuple(dict.fromkeys(names.values()))
    kept = tuple(c for c in analysis.concepts if not any(c.term in n for n in whole))
    added = tuple(Concept(n, (n,), True) for n in whole)
    terms = (*whole, *(t for t in analysis.search_terms if not any(t in n for n in whole)))
    return replace(
        analysis,
        kind=kind,
        concepts=(*added, *kept),
        search_terms=tuple(dict.fromkeys(terms)),
        townships=townships,
    )


__all__ = ["only_in_names", "place_names"]
