"""Comparisons (「比较A镇和B镇的…」): one row per unit, each cell the value that answers, its
quote cited; a unit without evidence says so in its cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from answering.announced_parts import only_announces
from answering.audience_cells import with_audience_word
from answering.cell_area import area_cell, area_done, area_reader
from answering.cell_done import done_reader, without_done_word
from answering.cell_figure import with_figure
from answering.cell_measure import (
    answers_measure,
    compare_measure,
    noun_count,
    noun_measure,
    without_measure_words,
)
from answering.cell_place import place_reader
from answering.cell_plan import plan_reader
from answering.cell_practice import practice_reader
from answering.cell_rate import rate_reader, without_rate_words
from answering.cell_reread import Reread, wrong_count
from answering.cell_whole import says_all, whole_cell
from answering.cells import Cell, cell_finder, without_figure_request
from answering.compare_table import _quoted_table, _table
from answering.compare_table import _superlative as _superlative
from answering.count_beside import counted_beside
from answering.doc_title import asks_document, document_span, without_document_words
from answering.entity_cells import with_relation_soft
from answering.extractive import ASKS_COVERAGE, CitationBook, _quote_for
from answering.lesson_acts import with_lesson_acts
from answering.ordinal_items import asked_ordinal, ordinal_answer
from answering.partner_ties import with_ties_soft
from answering.practice import names_practice
from answering.ratio_base import RatioBase
from answering.sentences import Span, figure_words, key_number, wants_number
from answering.shaped import Shape, asked_shape, shaped_span, without_shape_words
from answering.unit_rows import unit_rows
from answering.value_kinds import without_value_words
from answering.values import asked_count, number_of
from answering.who_body import with_coordinators
from answering.who_cells import asks_who, someone_named
from reportqa.answer import (
    Answer,
    CompareRow,
)
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportEvidence
from retrieval.bodies import another_body_only
from retrieval.measures import asked_measure, counts_with
from retrieval.more_of_two import plain_ranking
from retrieval.numerals import figures_in_digits
from retrieval.plan_targets import without_target_word
from retrieval.query import Analysis
from retrieval.question_scope import FEW
from retrieval.scores import SCORE, SCORES

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The entry point of this kind (``answering.kinds.answerers``): named units are read
    unit by unit; 「各乡镇」 is every report in scope judged alone. A value of another shape
    (a role, a period: ``answering.shaped``) is searched without the words asking for it.
    Units asked each their own measure (「甲镇…几次，乙区…几次」) are a row a clause
    (``unit_rows``)."""
    if asked_ordinal(analysis.question):  # 「两份报告的…头一件分别是啥」: each list's N-th item
        scope = ctx.retriever.scope(filters)
        lib = ctx.retriever.lib
        placed = ordinal_answer(analysis, scope[:FEW], lib.report_text, lambda: lib.chunks)
        cited = {c.report_id for c in placed.citations} if placed is not None else set()
        if placed is not None and len(scope) <= FEW and cited == {i.report_id for i in scope}:
            return placed  # every report compared has its item; else a unit would be lost
    split = unit_rows(ctx, analysis, filters, answer)
    if split is not None:
        book = CitationBook()
        book.items = list(split.citations)
        return _table(analysis, list(split.rows), book, split.searched, split.head)
    shape = asked_shape(analysis.question)
    if shape is not None:
        analysis = without_shape_words(analysis)
    titled = shape is None and asks_document(analysis.question)
    if titled:  # 「哪个文件」: the title is the value; 文件 is no topic
        analysis = without_document_words(analysis)
    analysis = without_figure_request(analysis)  # 「有数字最好」 asks for figures, no topic
    analysis = with_lesson_acts(analysis)  # 「讲法治课」: a report writes 授课/讲座
    # 「分别跟哪家律所合作」: the firm's name is the value; 合作 only ties it (``entity_cells``)
    analysis = with_relation_soft(analysis, ctx.retriever.lib.tokenizer.tagged)
    analysis = with_coordinators(analysis)  # 「靠什么机构统筹」: 委员会, 领导小组 (``who_body``)
    analysis = with_ties_soft(analysis)  # 「跟检察机关有啥合作」: the partner (``partner_ties``)
    analysis = without_value_words(analysis)  # 「规模各多大」: a count asked, no topic
    analysis = without_target_word(analysis)  # 「增速目标比较」: the plan's figure
    analysis = without_done_word(analysis)  # 「实际增长」: the review's figure
    analysis = without_rate_words(analysis)  # 「频率对比」: a period asked, no topic
    measure = compare_measure(analysis.question, ctx.retriever.lib.tokenizer.words)
    measure = measure or noun_measure(analysis.question, analysis.concepts)  # 资料谁多: 份
    analysis = without_measure_words(analysis, measure)  # 「多少场次」: 场次 is no topic
    idf = ctx.retriever.concept_idf(analysis, filters)
    absent = _absent_things(analysis, idf, ctx.retriever.lib.tokenizer.tagged)
    if len(analysis.townships) >= 2 or len(filters.report_ids) >= 2:
        evidence = ctx.retriever.per_unit(analysis, filters)
    else:
        evidence = ctx.retriever.fan_out(analysis, filters)
    # a practice asked of named units: a cell from a passage the judge did not accept must
    # name the practice asked (``answering.practice``); the practice's most specific word is the genre's rarest, read over the whole library:
    # over the two reports compared a common head (教育 of 校园法治教育) may be the rarer one
    wide = ctx.retriever.concept_idf(analysis, None)
    names = names_practice(analysis, wide, ctx.retriever.lib.tokenizer.tagged)
    text_of = ctx.retriever.lib.report_text
    if shape is not None:
        return compose_shaped(analysis, evidence, shape, text_of, ctx.retriever.lib.chunks)
    if titled:
        return compose_titled(analysis, evidence, text_of, ctx.retriever.lib.chunks)
    lib = ctx.retriever.lib
    cell = cell_finder(analysis, lib.tokenizer.words, text_of, lambda: lib.chunks, wide, measure)
    cell = area_cell(cell, analysis, measure)  # 「绿地面积」: an area beside 绿地, not any area
    # a measure asked, else a frequency (「频次」: a period or a tally, ``cell_rate``)
    reread = area_reader(ctx.retriever, analysis, measure, text_of) or rate_reader(
        ctx.retriever, analysis, text_of
    )
    plan = plan_reader(ctx.retriever, analysis, text_of, measure)  # 「要新增多少」: the plan's
    done = done_reader(ctx.retriever, analysis, text_of, measure)  # 「实际增长多少」: the review's
    done = area_done(done, analysis, measure)  # 「海绵城市面积」: the review's area of that
    ratio = RatioBase(analysis.concepts, analysis.question)  # 「GDP多少」: the total, no ratio
    total = cell_finder(
        analysis, lib.tokenizer.words, text_of, lambda: lib.chunks, wide, refuse=ratio
    )
    who = someone_named(ctx.person) if asks_who(analysis.question) else None
    return compose_compare(
        # 「给干部办的讲座」: the audience ranks a unit's sentences (``audience_cells``)
        with_audience_word(analysis, lib.tokenizer.tagged),
        evidence,
        idf,
        judged_only=bool(absent),
        text_of=text_of,
        names=names,
        cell=cell,
        counted_in=measure,
        reread=reread,
        practice=practice_reader(ctx.retriever, analysis, text_of),
        total=(ratio, total),
        who=who,
        plan=plan,
        done=done,
        # 「广西扶贫协作…分别对的哪个县」: the unit's sentence naming the region (``cell_place``)
        place=place_reader(analysis, lib.tokenizer.tagged, text_of, lambda: lib.chunks),
    )


def compose_compare(
    analysis: Analysis,
    evidence: Sequence[ReportEvidence],
    idf: dict[str, float],
    judged_only: bool = False,
    text_of: Callable[[str], str] | None = None,
    names: Callable[[str], bool] | None = None,
    cell: Cell | None = None,
    counted_in: str = "",
    reread: Reread | None = None,
    practice: Cell | None = None,
    who: Callable[[str], bool] | None = None,
    total: tuple[RatioBase, Cell | None] | None = None,
    plan: Cell | None = None,
    done: Callable | None = None,
    place: Callable | None = None,
) -> Answer:
    """``judged_only``: a cell needs a sentence the evidence judge accepted (a thing asked
    occurs in none of the reports compared, so a ranked passage cannot be about it).
    ``text_of``: a report's text, to read a topic's sentence on into its figures.
    ``names``: what a cell from a passage the judge did not accept must satisfy.
    ``cell``: a named unit's cell read from its own report when none is found (``cells``).
    ``counted_in``: the measure the cells are asked in (``cell_measure``): a quote counting
    something else is no cell, and the unit's report is read for one that is.
    ``practice``: a named unit's cell with the act asked read as its report writes it
    (``cell_practice``: 行政执法 as 执法), when nothing else gave one.
    ``who``: a who-question's cell names someone when one of the unit's sentences does
    (``who_cells``). ``total``: (does a quote name the indicator only as a ratio's base, the
    reader of its total): 「地均GDP」 is no cell of 「GDP多少」 (``ratio_base``). ``plan``: a named
    unit's cell from its report's plan part when the question asks what it means to do
    (``cell_plan``): it outranks a cell from the review. ``done``: a named unit's cell moved
    out of its report's plan part when the question asks the result (``cell_done``).
    ``place``: a named unit's cell naming the region the question ties the thing to, when
    a place of a rank is asked (``cell_place``)."""
    book = CitationBook()
    rows: list[CompareRow] = []
    named = set(analysis.townships)
    cs = analysis.concepts
    count_asked = wants_number(analysis.question)  # a quote on a neighbour only: ``cell_whole``
    for ev in evidence:
        # a cell holds the value: a count, unless the question asks who
        value = not asks_who(analysis.question)
        found = _quote_for(ev, analysis, idf, value, text_of, who) if ev.supported else None
        if found is not None and judged_only and not _judged(ev):
            found = None  # a ranked passage, for a thing no report compared mentions
        unjudged = found is not None and not _judged(ev)
        if unjudged and names is not None and not names(found[1].text):
            found = None  # 「集中学法」 for 「常务会学法」: not the practice asked
        first, mine = None, ev.info.township in named
        if found is not None and mine and count_asked and not says_all(found[1].text, cs):
            found = whole_cell(found, ev.info, cs, cell or (total and total[1]))  # ``cell_whole``
        if found is not None and named and not answers_measure(found[1].text, counted_in, cs):
            # 「开展活动15场」 for 「覆盖了多少人次」: another measure. Named units only: over
            # every report (「提到八五普法的报告有几份」) the count is of the reports themselves
            first, found = found, None
            if cell is not None and mine:
                found = cell(ev.info)  # the topic worded otherwise, the asked value beside it
        elif found is None and cell is not None and mine:
            found = cell(ev.info)
        elif found is not None and mine and total is not None and total[0](found[1].text):
            # 「地均GDP70.75亿元/平方公里」 for 「GDP多少」: the total, read anew (``ratio_base``)
            found = (total[1](ev.info) if total[1] is not None else None) or found
        elif found is not None and mine and reread and not reread.on_topic(found[1].text):
            first, found = found, None  # 「送法下乡9场」 for 「领导学习法治几次」: off the deed
        elif found is not None and mine and cell is not None and counted_in:
            found = _own_count(found, cell(ev.info), counted_in, cs)  # 宣讲36场, not 学习12场次
        if found is None and reread is not None and mine:
            found = reread.cell(ev.info)  # the sentence the first search would take, counted
        if found is None and first is None and practice is not None and mine:
            found = practice(ev.info)  # 「分类分级执法」 for 行政执法
        if found is None and first is not None and not wrong_count(first[1].text, counted_in, cs):
            found = first  # a sentence on the topic without a count beats a false 「未提及」
        if found is not None and mine and cell is not None and counted_in:
            found = _exact_measure(found, partial(cell, ev.info), counted_in)  # 申请4件, not 213条
        if mine and count_asked and total is not None:
            found = with_figure(found, ev.info, total[1], total[0])  # 「翻了一番」: the amount
        if plan is not None and mine and (planned := plan(ev.info)) is not None:
            found = planned  # 「要新增多少」: the plan's figure, not the review's
        if done is not None and mine:
            found = done(found, ev.info)  # 「实际增长多少」: the review's figure, not the target
        if place is not None and mine:
            found = place(found, ev.info)  # 「广西…哪个县」: the tie to the region asked
        if found is not None and another_body_only(found[1].text, cs):
            found = None  # 安全生产领导小组 for 组织领导: another body, leading another matter
        if found is not None and only_announces(found[1].text, cs):
            found = None  # 「现将…2024年工作计划报告如下」 names the plan, tells none of it
        if found is None:
            if named or not ev.supported:
                rows.append(CompareRow(ev.info.shown, "未提及", None, None, ev.info.year))
            continue
        chunk, span = found
        n = book.cite(chunk, span)
        number, read = None, figures_in_digits(span.text)  # 两万余人次 is read as 2万余人次
        if wants_number(analysis.question) or plain_ranking(analysis.question):  # its count
            # 「资料谁多」: the count bound to the compared noun's kind (``cell_measure``) first
            bound = noun_count(read, analysis.question, analysis.concepts)
            asked = bound or asked_count(read, analysis.question, analysis.concepts)
            scored = asked_measure(analysis.question) == SCORE  # 91.5分, never 满分100分
            # 「覆盖人数」 asks people: 45场 beside 3万余人次 is no answer (``cell_measure``)
            counts = SCORES if scored else counts_with(counted_in) if counted_in else None
            asked = asked if counts is None or counts.search(asked) else ""
            number = number_of(asked) if asked else key_number(read, analysis.concepts, counts)
            number = None if bound is None else number  # 读本950本、手册1500本: no one total
        scale, measure = figure_words(read, number)
        citation = book.items[n - 1]
        rows.append(
            CompareRow(ev.info.shown, span.text, number, citation, ev.info.year, scale, measure)
        )
    return _table(analysis, rows, book, len(evidence))


def _own_count(found, other, measure: str, concepts) -> tuple:
    """A cell whose count in the asked measure stands beside another deed than the topic
    (``count_beside``) gives way to the unit's sentence that counts the topic itself."""
    if other is None or counted_beside(found[1].text, measure, concepts):
        return found
    return other if counted_beside(other[1].text, measure, concepts) else found


def _exact_measure(found, other: Callable[[], tuple | None], measure: str) -> tuple:
    """A cell counting only in a class-mate of the asked measure (信息213条 for 「几件申请」: 条
    and 件 both count items) gives way to the unit's sentence on the topic that counts in the
    very measure asked (「受理…申请4件」): two clauses of one paragraph, the asked one wins."""
    exact = re.compile(rf"\d\s*{re.escape(measure)}")
    if exact.search(to_simplified(found[1].text)):
        return found
    better = other()
    return better if better is not None and exact.search(to_simplified(better[1].text)) else found


def compose_shaped(
    analysis: Analysis,
    evidence: Sequence[ReportEvidence],
    shape: Shape,
    text_of: Callable[[str], str],
    chunks: Sequence[Chunk],
) -> Answer:
    """A comparison of a role or a period (``answering.shaped``): each unit's cell is the
    clause of its own report that holds a value of that shape, else 「未提及」."""
    # 「争创什么级别的示范」: every word a verb or its object by jieba's guess, none required
    said = [c for c in analysis.concepts if c.required] or list(analysis.concepts)
    topic = [a for c in said for a in c.alternatives]

    def span_of(ev: ReportEvidence) -> Span | None:
        return shaped_span(shape, text_of(ev.info.report_id), ev.info.township, topic)

    return _quoted_table(analysis, evidence, chunks, span_of, lambda ev: ev.info.township)


def compose_titled(
    analysis: Analysis,
    evidence: Sequence[ReportEvidence],
    text_of: Callable[[str], str],
    chunks: Sequence[Chunk],
) -> Answer:
    """A comparison of the documents each unit follows (``answering.doc_title``): each cell
    is the clause of the unit's own report quoting a title on the topic, else 「未提及」."""
    topic = [a for c in analysis.concepts if c.required for a in (c.term, *c.alternatives)]
    units = [ev.info.township for ev in evidence] + list(analysis.townships)

    def span_of(ev: ReportEvidence) -> Span | None:
        return document_span(text_of(ev.info.report_id), topic, analysis.question, units)

    return _quoted_table(analysis, evidence, chunks, span_of, lambda ev: ev.info.shown)


def _judged(ev: ReportEvidence) -> bool:
    return any(h.retriever == "fanout" for h in ev.hits)


def _absent_things(analysis: Analysis, idf: dict[str, float], tagged) -> list[str]:
    """The things asked that no report compared mentions: 「法治夜校各自怎么搞的」 over units none
    of whose reports says 夜校 (its absence makes the cell 「未提及」, as in the judge's
    grounding, rather than a sentence about 法治). Neither the aspect asked of a thing
    (「覆盖面」) nor a place named as scope (「同在枣庄的」, tagged ns) is a thing asked."""
    out = []
    for c in analysis.concepts:
        if not c.required or c.term in idf or ASKS_COVERAGE.search(c.term):
            continue
        if all(flag.startswith("ns") for _, flag in tagged(c.term)):
            continue
        out.append(c.term)
    return out
