"""A comparison's rows made its answer: the pick first (「哪个最多」 — the unit whose quoted number
is largest or least, ties named together, numbers of different kinds left unranked and said
so), then the table with one cell per unit, 「未提及」 where its own report says nothing, and the
plain 「没有找到」 with a table of named units when none says it. Its own concept because it
reads only the rows ``compare`` has built (cells, numbers, measures), never the reports."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.cell_measure import noun_count
from answering.extractive import CitationBook, no_evidence
from answering.sentences import Span
from answering.superlative import counting_topic, shared_measure
from answering.unmeasured_rank import unmeasured, unranked_answer
from reportqa.answer import (
    Answer,
    CompareRow,
    CompareTable,
    Completeness,
    Kind,
    Paragraph,
    Text,
    verdicts,
)
from reportqa.types import Chunk, ReportEvidence
from retrieval.measures import asked_measure, counts_with, one_class
from retrieval.more_of_two import plain_ranking
from retrieval.query import Analysis


def _quoted_table(
    analysis: Analysis,
    evidence: Sequence[ReportEvidence],
    chunks: Sequence[Chunk],
    span_of: Callable[[ReportEvidence], Span | None],
    unit_of: Callable[[ReportEvidence], str],
) -> Answer:
    """One cell per unit: the span its own report gives (cited with its passage), else
    「未提及」 — the comparisons that quote a clause of one shape share this."""
    book = CitationBook()
    rows: list[CompareRow] = []
    for ev in evidence:
        span = span_of(ev)
        chunk = _chunk_at(ev, chunks, span) if span else None
        if span is None or chunk is None:
            rows.append(CompareRow(unit_of(ev), "未提及", None, None, ev.info.year))
            continue
        n = book.cite(chunk, span)
        rows.append(CompareRow(unit_of(ev), span.text, None, book.items[n - 1], ev.info.year))
    return _table(analysis, rows, book, len(evidence))


def _chunk_at(ev: ReportEvidence, chunks: Sequence[Chunk], span: Span) -> Chunk | None:
    """The passage holding ``span`` (for its citation's section): one of the unit's hits,
    else found among the library's passages."""
    rid = ev.info.report_id
    for c in (*(h.chunk for h in ev.hits), *chunks):
        if c.report_id == rid and c.start <= span.start and span.end <= c.end:
            return c
    return None


def _table(
    analysis: Analysis, rows: list[CompareRow], book: CitationBook, searched: int, asked: str = ""
) -> Answer:
    """The comparison's answer from its rows: the pick (「哪个最多」) first, then the table;
    ``asked``: what each unit was asked, when not the same for all (``unit_rows``)."""
    cited = [r for r in rows if r.citation]
    # a unit with reports of several years: its 「未提及」 row stands only when no year says it
    rows = [r for r in rows if r.citation or r.unit not in {c.unit for c in cited}]
    # and a unit on several rows names each by its year (``HybridRetriever._unit_groups``)
    units = [r.unit for r in rows]
    rows = [replace(r, by_year=True) if units.count(r.unit) > 1 else r for r in rows]
    if not cited:
        return _none_cited(analysis, rows, searched)
    if measure := unmeasured(analysis.question, rows):  # 「年费最高」, no fee quoted: no ranking
        return unranked_answer(analysis, rows, searched, measure)
    names = list(dict.fromkeys(r.unit for r in cited))
    missing = tuple(dict.fromkeys(r.unit for r in rows if not r.citation and r.unit not in names))
    topic = f"「{analysis.topic or analysis.question}」"
    head = Paragraph((Text(f"按报告原文比较{asked or topic}："),))
    table = CompareTable(tuple(rows))
    pick, picked = _superlative_pick(analysis.question, rows, analysis.concepts)
    body = (*pick, head, table)  # the pick answers first
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.COMPARE,
        mode="extractive",
        body=body,
        units=verdicts(names, missing),
        completeness=Completeness(searched, missing),
        compare=table,
        citations=tuple(book.items),
        searched=searched,
        picked=picked,
    )


def _none_cited(analysis: Analysis, rows: list[CompareRow], searched: int) -> Answer:
    """No unit compared says the thing: the plain 「没有找到」, and when the asker named two
    units or more, their table too, each cell 「未提及」 citing nothing — a comparison of
    named units answers for every unit named, never with no unit at all."""
    silent = no_evidence(analysis, searched, [r.unit for r in rows])
    one = list({r.unit: r for r in reversed(rows)}.values())[::-1]  # a row a unit
    if len(analysis.townships) < 2 or len(one) < 2:
        return silent
    table = CompareTable(tuple(one))
    missing = tuple(r.unit for r in one)
    return replace(
        silent,
        body=(*silent.body, table),
        compare=table,
        completeness=Completeness(searched, missing),
    )


_MOST = re.compile(r"最多|最高|最大|更多")
_LEAST = re.compile(r"最少|最低|最小|更少")


def _superlative(question: str, rows: Sequence[CompareRow]) -> tuple[Paragraph, ...]:
    return _superlative_pick(question, rows)[0]


def _superlative_pick(
    question: str, rows: Sequence[CompareRow], concepts: Sequence = ()
) -> tuple[tuple[Paragraph, ...], tuple[str, ...]]:
    """「哪个最多」 over a comparison: the unit with the largest quoted number, said as such
    (the numbers are the ones in the cells above, so the claim is checkable); units whose
    numbers are equal are named together; numbers of different kinds (3000份, 12场) have no
    order, and that is said. Also the units picked (``Answer.picked``)."""
    most, least = _MOST.search(question), _LEAST.search(question)
    if not (most or least):  # 「A跟B谁的X多」: a plain 多 between units ranks them too
        plain = plain_ranking(question)
        most, least = (_MOST.search("更多"), None) if plain == "most" else (None, None)
        least = _LEAST.search("更少") if plain == "least" else least
    if not (most or least):
        return (), ()
    asked_word = (most or least).group(0)
    word = asked_word if asked_word[0] == "最" else ("最多" if most else "最少")  # 最高 stays
    numbered = [r for r in rows if r.number is not None and r.citation]
    asked = asked_measure(question)
    if asked:  # 「各审查了多少份合同，哪个最多」: only counts in 份 (or its class) are ranked
        counts = counts_with(asked)
        numbered = [r for r in numbered if r.measure and counts.search(f"2{r.measure}")]
    quoted, numbered = numbered, counting_topic(numbered, concepts)  # 「审查13次」: no 学法
    # 「资料谁多」: a count bound to a noun counted like the compared one (小册子2000余册) counts it
    numbered = [r for r in quoted if r in numbered or noun_count(r.value, question, concepts)]
    shared = (
        None
        if one_class(r.measure for r in numbered)
        else shared_measure([r.measure for r in numbered])
    )
    if shared is not None:  # 「247份」「185份」 and one 「3家」: the 家 counts something else
        numbered = [r for r in numbered if r.measure in shared]
    if not numbered or not one_class(r.measure for r in numbered):
        said = "引文中没有可以相互比较的同类数字" if numbered else "引文中没有数字"
        said = said if numbered or not quoted else "引文中的数字都不是所问之事的数量"
        return (Paragraph((Text(f"{said}，无法判断哪个{word}。"),)),), ()
    pick = max if most else min
    best = pick(r.magnitude for r in numbered)  # 1.2万 is more than 3000
    top = [r for r in numbered if r.magnitude == best]
    top = list({r.unit: r for r in reversed(top)}.values())[::-1]  # one row a unit
    runs: list[Text] = [Text(f"按各单位引文中的数字，{word}的是 ")]
    for i, r in enumerate(top):
        if i:
            runs.append(Text("、"))
        runs += [Text(r.unit, strong=True), Text(f"（{r.label}）", (r.n,))]
    runs.append(Text(f"，{len(top)} 个单位并列。" if len(top) > 1 else "。"))
    others = {r.unit for r in rows} - {r.unit for r in numbered}
    if others:  # ranked among the units that give the number, and that is said
        runs.append(Text(f"（未写明可比数量：{'、'.join(sorted(others))}。）"))
    return (Paragraph(tuple(runs)),), tuple(r.unit for r in top)
