"""「龙华2020年GDP计划增长多少，实际做到多少？」: a year's plan against what the year came to.

A work report delivered early in year N reviews N-1 and then sets N's figures in its plan part
(「2020年主要预期目标是：地区生产总值增长7%左右」); what N came to is written a year later, in
the review of the report that covers N (「地区生产总值增长3%」). So a question that asks both
the plan (计划, 目标, 预期, 打算) and the result (实际, 做到, 完成了, 实现了) of one unit is a
comparison of two cells from two reports: the plan part of the report covering the year before
the plan's year, and the review of the report covering the result's year. Each clause of the
question may name its own year (「2016年计划新增学位多少，到2022年那年实际新增多少」); a year
named once serves both.

The parts are found by their top headings, which name the year each plans or reviews
(「二、2021年主要工作」「一、2020年工作回顾」). Each cell is the first sentence of its part that holds every required word of the topic and a
figure; when a report or a cell is missing, the question goes to the ordinary answer (which says
what it can), never a cell from the wrong part or year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.sentences import Span
from reportqa.answer import Answer, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.concept import Concept
from retrieval.dates import full_years
from retrieval.filters import Filters
from retrieval.measures import asked_measure, how_many, money_counts
from retrieval.query import Analysis

_PLANNED = re.compile(r"计划|目标|预期|打算|原定|定的")
_DONE = re.compile(r"实际|做到|完成了|实现了|达到了|办成了?|兑现|结果")
_ASKING = re.compile(r"多少|几|怎么样|如何")
_CLAUSE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_SHARE = re.compile(r"[0-9０-９.]+\s*[%％]")
_FOLLOW_MAX = 200  # a topic's sentence and the next one carrying its money, quoted together
# the result's clause dating itself by the plan's year: 「跟前一年实际新增的比」「上一年做到多少」
# — the year before the one the plan clause names (a report's review year, as its plan part's
# year is the one after)
_YEAR_BEFORE = re.compile(r"(?:前|上|头)一年")


def asks_plan_and_done(question: str) -> int:
    """Where the result's clause starts when the question asks a plan and then the result
    (both with a figure asked), else -1."""
    q = to_simplified(question)
    plan, done = _PLANNED.search(q), _DONE.search(q)
    if not plan or not done or plan.start() > done.start() or not _ASKING.search(q):
        return -1
    cut = max(q.rfind(p, 0, done.start()) for p in "，,；;。？?")
    return cut + 1 if cut >= plan.end() else done.start()


def _topic(analysis: Analysis) -> list[Concept]:
    """The thing compared: no word of the plan or the result, nor one the segmenter cut out of
    a year said relatively (「跟前一年」 read as 跟前|一年: 跟前 is no topic)."""
    q = to_simplified(analysis.question)
    relative = [m.span() for m in _YEAR_BEFORE.finditer(q)]

    def dating(term: str) -> bool:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(term), q)]
        return bool(spans) and all(any(a < e and s < b for a, b in relative) for s, e in spans)

    return [
        c
        for c in analysis.concepts
        if not _PLANNED.fullmatch(c.term) and not _DONE.search(c.term) and not dating(c.term)
    ]


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _years(question: str, cut: int) -> tuple[int, int] | None:
    """The plan's year and the result's (a year named once serves both)."""
    q = to_simplified(question)
    plan = [int(y) for y in _YEAR.findall(full_years(q[:cut]))]
    done = [int(y) for y in _YEAR.findall(full_years(q[cut:]))]
    year = (plan or done or [0])[0]
    if not year:
        return None
    if not done and plan and _YEAR_BEFORE.search(q[cut:]):
        return year, year - 1  # 「19年计划…，跟前一年实际…」: the year before the plan's
    return year, (done or [year])[0]


def plan_done_answer(
    analysis: Analysis,
    asked: str,
    scope: Callable[[Filters], Sequence[ReportInfo]],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The plan cell and the result cell of the one unit asked, or None when the question
    asks no such pair or either cell is not found. ``asked``: the question as resolved, its
    years still in their clauses (the analysis keeps them as the scope only)."""
    cut = asks_plan_and_done(asked)
    units = set(analysis.townships)
    topic = _topic(analysis)
    if cut < 0 or len(units) != 1 or not any(c.required for c in topic):
        return None
    years = _years(asked, cut)
    if years is None:
        return None
    reports = scope(Filters(townships=tuple(units)))
    plan_part = _part_of_year(reports, years[0], True, chunks)
    done_part = _part_of_year(reports, years[1], False, chunks)
    # one report's plan part and its own review are two cells too (「19年报告计划…，跟前一年实际
    # 的比」: the 2019 report plans 2019 and reviews 2018); one part is never both
    if plan_part is None or done_part is None or plan_part == done_part:
        return None
    money = money_counts(asked) if asked_measure(asked) == "元" else None  # 投多少钱: 元 only
    planned = _cell(plan_part, topic, text_of, chunks, money)
    done = _cell(done_part, topic, text_of, chunks, money)
    if planned is None or done is None:
        return None
    book = CitationBook()
    body = []
    for label, year, (chunk, span) in (("计划", years[0], planned), ("实际", years[1], done)):
        n = book.cite(chunk, span)
        where = f"{label}（{year}年，据《{chunk.info.title}》{chunk.section}）："
        body.append(Paragraph((Text(chunk.info.shown, strong=True), _quoted(span.text, n, where))))
    return fact_answer(analysis, body, 2, (plan_part[0].township,), book=book)


TextOf = Callable[[str], str]  # a report's text by its id
Chunks = Callable[[], Sequence[Chunk]]  # the library's passages, read when first needed

# a top heading of the review by its words (「一、2020年工作回顾」「过去五年工作成就」)
_REVIEW = re.compile(r"回顾|成效|成绩|成就|情况|过去|取得")


def _part_of_year(
    reports: Sequence[ReportInfo], year: int, plan: bool, chunks: Chunks
) -> tuple[ReportInfo, str] | None:
    """The report and top heading of the part that plans ``year`` (``plan``) or reviews it:
    a top heading naming the year, a review's by its words (回顾, 成效…), a plan's without
    them (「二、2021年主要工作」「二、2016年工作思路和重点」)."""
    for info in reports:
        tops = {
            c.section_path[0] for c in chunks() if c.report_id == info.report_id and c.section_path
        }
        for top in sorted(tops):
            t = to_simplified(top)
            if year in {int(y) for y in _YEAR.findall(t)} and bool(_REVIEW.search(t)) != plan:
                return info, top
    return None


def _cell(
    part: tuple[ReportInfo, str],
    topic: Sequence[Concept],
    text_of: TextOf,
    chunks: Chunks,
    money: re.Pattern | None = None,
) -> tuple[Chunk, Span] | None:
    """The first sentence under the part's top heading (the report and heading
    ``_part_of_year`` found) holding every required word of the topic and a figure, the one
    with most of the topic's other words first. ``money``: the amounts a money question asks
    (「投多少钱」): a figure of another kind (「十件民生实事」's 十件) answers it not, and a
    report naming the topic in one sentence gives its money in the next of its paragraph
    (「十件民生实事顺利完成。…全省各级财政投入1941亿元」), quoted together."""
    info, top = part
    text = text_of(info.report_id)
    simple = to_simplified(text)
    mine = sorted((c for c in chunks() if c.report_id == info.report_id), key=lambda c: c.start)
    counts = money or how_many()
    best: tuple[int, int, Chunk, Span] | None = None
    clauses = list(_CLAUSE.finditer(simple))
    for i, m in enumerate(clauses):
        said = m.group(0)
        if not all(any(a in said for a in c.alternatives) for c in topic if c.required):
            continue
        end, nxt = m.start() + len(said.rstrip()), None
        if not (counts.search(said) or (money is None and _SHARE.search(said))):
            nxt = clauses[i + 1] if money is not None and i + 1 < len(clauses) else None
            if (
                nxt is None
                or "\n" in simple[m.end() : nxt.start()]
                or not counts.search(nxt.group(0))
            ):
                continue
            end = nxt.start() + len(nxt.group(0).rstrip())  # the next sentence's money
        chunk = next((c for c in mine if c.start <= m.start() < c.end), None)
        if chunk is None or not chunk.section_path or chunk.section_path[0] != top:
            continue
        hits = sum(1 for c in topic if any(a in said for a in c.alternatives))
        start = m.start() + len(said) - len(said.lstrip())
        if nxt is not None and end - start > _FOLLOW_MAX:
            start = nxt.start() + len(nxt.group(0)) - len(nxt.group(0).lstrip())
        span = Span(start, end, text[start:end], 1.0)
        if best is None or hits > best[0]:
            best = (hits, m.start(), chunk, span)
    return (best[2], best[3]) if best else None
