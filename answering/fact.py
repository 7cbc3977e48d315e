"""Fact questions (「峡口镇调解了多少件…」): the sentence that carries the fact, quoted; a
how-many question quotes a count of the thing asked, or says the report does not give one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from answering.absent import absent_scope, near_value, not_given
from answering.announced_parts import announces
from answering.audience import with_audience
from answering.bound_count import BoundCount
from answering.cell_measure import compare_measure
from answering.choice_words import with_options
from answering.count_before import bare_noun, count_before, counts_noun
from answering.counted import counted_nouns, counts_each, each_count, tells_topic
from answering.defined import defined_answer, undefined_note
from answering.doer import own_weight
from answering.entities import (
    asked_entity,
    kind_named,
    mentions,
    mentions_kind,
    named_thing,
    names_entity,
    names_given,
    with_heads,
)
from answering.extractive import (
    ASKS_COVERAGE,
    WHO,
    CitationBook,
    _quoted,
    no_evidence,
    states_coverage,
)
from answering.fact_asks import (
    _KIND_OF_BODY,
    _NAME,
    _each_part,
    _kind_kept,
    _list_answer,
    _post_held,
    _wants_number,
)
from answering.fact_frame import fact_answer
from answering.grades import asks_grade, graded, without_result_heads
from answering.heading_counts import counted_under_heading
from answering.headline import part_values
from answering.how_often import asks_how_often, states_period
from answering.intent_verb import without_intent_verb
from answering.keyed_answer import keyed_answer
from answering.kind_held import held_to_kind, unit_untold
from answering.milestone import exact_figure
from answering.money_verbs import money_topic
from answering.no_name import no_name
from answering.ordinal_items import asked_ordinal, ordinal_answer
from answering.plan_end import at_plan_end, end_value, reached_at_end
from answering.plan_table import table_answer
from answering.post_holder import asks_holder, named_after_post, with_holder
from answering.ratio_base import RatioBase
from answering.result_hits import review_hits
from answering.sentences import Span, best_sentences, with_figures
from answering.spaced_cell import spaced_answer
from answering.stated_figure import echoes_stated, outcomes, without_echoes
from answering.unit_value import rescue
from answering.unsaid_words import said_words, unsaid
from answering.untold_figure import promised as _planned
from answering.untold_figure import untold_figure
from answering.value_kinds import asked_value, with_rate_words, without_value_words
from answering.value_range import with_range
from answering.values import asked_count, sole_count
from answering.whether import asks_whether
from answering.who_beside import person_beside
from answering.who_body import asks_agent, asks_coordinator, with_agents, with_coordinators
from reportqa.answer import Answer, Bullets, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit, ReportInfo
from retrieval.bodies import another_body_only
from retrieval.editions import of_asked_edition
from retrieval.pending_deed import when_carriers
from retrieval.periods import of_asked_period
from retrieval.query import Analysis
from retrieval.question_kind import asks_place_names
from retrieval.question_scope import FEW, with_judged
from retrieval.result_asked import asks_result
from retrieval.unit_totals import total_weight

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The entry point of this kind (``answering.kinds.answerers``): the ranked passages,
    and for a unit's few reports every sentence the evidence judge accepts."""
    retriever = ctx.retriever
    tok = retriever.lib.tokenizer
    entity = asked_entity(analysis.question)  # 「哪家律师事务所」: a name of that kind answers
    if _KIND_OF_BODY.search(to_simplified(analysis.question)) or asks_coordinator(
        analysis.question
    ):
        entity = ""  # 「领导小组算是个什么机构」: the body's own kind, no other body's name
    # 「覆盖了多少人次」 ~ 「受众8000人次」
    analysis = with_coordinators(with_audience(with_heads(analysis)))
    analysis = with_options(analysis)  # 「考试是开卷还是闭卷」 ~ 法律知识闭卷考试
    analysis = without_result_heads(analysis)  # 「什么等次」: a grade given answers (``grades``)
    analysis = without_value_words(analysis)  # 「规模有多大」: a count asked, no topic
    analysis = money_topic(analysis)  # 「罚了多少钱」: the verb's money words (罚款) are the topic
    analysis = without_intent_verb(analysis)  # 「今年计划建几个」: 计划 asks, names no topic
    asked = asked_value(analysis.question, retriever.lib.tokenizer.words)
    analysis = with_rate_words(analysis, asked)  # 「成功率」 ~ 化解率达94%
    idf = retriever.concept_idf(analysis, None)
    hits = retriever.search(analysis.question, ctx.top_k, filters, analysis=analysis)
    hits = with_judged(retriever, analysis, filters, hits)  # long reports: every sentence
    hits = review_hits(retriever, analysis, hits, _wants_number(analysis.question))  # 做成了吗
    judged = absent_scope(retriever.scope(filters), FEW) if analysis.concepts else ()
    text_of, chunks = retriever.lib.report_text, chunks_of(retriever)
    keyed = keyed_answer(analysis, hits, text_of, chunks)  # 「从哪几个字入手」: the items' keys
    keyed = keyed or table_answer(analysis, judged, text_of, chunks)  # 「计划多少场，完成多少」
    if keyed is not None:
        return keyed
    read = judged or _hit_reports(hits, 5)  # 「“两重”指的啥」: the report's own explanation
    defined = defined_answer(analysis.question, analysis, read, text_of, chunks_of(retriever))
    if defined is not None:
        return defined
    if asked_ordinal(analysis.question):  # 「第七件是什么」: the item at that place of a list
        read = judged or _hit_reports(hits)
        placed = ordinal_answer(analysis, read, retriever.lib.report_text, chunks_of(retriever))
        if placed is not None:
            return placed
    carries = None if entity else retriever.carrier(analysis, _wants_number(analysis.question))
    kept = _kind_kept(carries, asked, analysis)
    # 「什么时候」: a dated sentence first, else the topic's one (not one telling it awaited)
    for carried in dict.fromkeys(when_carriers(kept, analysis, hits)):
        found = compose_fact(
            analysis,
            hits,
            idf,
            person=ctx.person,
            carries=carried,
            judged=judged,
            entity=entity,
            text_of=retriever.lib.report_text,
            words=retriever.lib.tokenizer.words,
            bare=bare_noun(analysis.question, tok.tagged, tok.words),
        )
        if found.citations or (found.related and found.not_mentioned):
            break  # an answer, or a passage shown as why none is given (``untold_figure``)
    # the unit's report, its topic worded otherwise: not for a result asked, nor 「那四个县叫啥」
    named_none = bool(found.related) and asks_place_names(analysis.question)
    if not found.citations and not asks_result(analysis.question) and not named_none:
        found = rescue(analysis, asked, judged, text_of, chunks, idf) or found
    if not found.citations:  # 「反诈宣传有多少人参加」: a text table's cell (``spaced_cell``)
        found = spaced_answer(analysis, judged, text_of, chunks) or found
    if not found.citations and not found.not_mentioned:
        nearby = list(dict.fromkeys(h.chunk.section_path[-1] for h in hits if h.chunk.section_path))
        return unit_untold(analysis, judged, found.searched, nearby[:3])
    return undefined_note(analysis.question, found)  # uses of a term, not its meaning


def _hit_reports(hits: Sequence[Hit], few: int = 3) -> list[ReportInfo]:
    """The reports of the first ``few`` passages found, in order."""
    return list({h.chunk.report_id: h.chunk.info for h in hits}.values())[:few]


def chunks_of(retriever) -> Callable[[], Sequence[Chunk]]:
    return lambda: retriever.lib.chunks


def compose_fact(
    analysis: Analysis,
    hits: Sequence[Hit],
    idf: dict[str, float],
    max_quotes: int = 2,
    person: Callable[[str], bool] | None = None,
    carries: Callable[[str, str], bool] | None = None,
    judged: Sequence[ReportInfo] = (),
    entity: str = "",
    text_of: Callable[[str], str] | None = None,
    words: Callable[[str], list[str]] | None = None,
    bare: str = "",
) -> Answer:
    """``carries(sentence, heading)``: does a sentence hold what the question asks for (a count of
    the topic, the kind of thing asked)? One that does not is no answer, however it ranks.
    ``judged``: the one unit's reports read whole (``absent.absent_scope``), the only scope
    of which a "not given" answer may be said; otherwise nothing found is all it says.
    ``text_of`` (report id → text): a how-many answer reads a topic's sentence on into the
    next one of its paragraph that gives the figures (``sentences.with_figures``).
    ``bare``: the noun 「多少X」 counts with no measure word (``count_before.bare_noun``)."""
    book = CitationBook()
    listed = _list_answer(analysis, hits)
    if listed:
        chunk, items = listed
        lines = tuple((_quoted(sp.text, book.cite(chunk, sp)),) for sp in items)
        head = Paragraph((Text(f"据《{chunk.info.title}》（{chunk.section}）："),))
        searched = len({h.chunk.report_id for h in hits})
        body = (head, Bullets(lines))
        return fact_answer(analysis, body, searched, (chunk.info.township,), book=book)
    candidates: list[tuple[float, int, Chunk, Span]] = []
    # a name may stand a few sentences on: 「请来讲…的是谁」 is told by the topic's sentence,
    # the person by the next (「邀请省司法厅…处长陈欢欢同志专题授课」)
    asked = analysis.question  # 「由谁承担」「哪个部门负责」: a body may be who (``who_body``)
    who = person is not None and bool(WHO.search(asked) or asks_agent(asked))
    per_hit = 6 if _NAME.search(analysis.question) or entity or who else 2
    number = _wants_number(analysis.question)  # the unit's own count before its parts' sum
    before = False  # answered by a count before the noun asked (``count_before``)
    bound = BoundCount(analysis.concepts, asked, compare_measure(asked)) if number else None
    terms = [a for c in analysis.concepts if c.required for a in c.alternatives]
    for rank, hit in enumerate(hits):
        spans = best_sentences(
            hit.chunk, analysis.concepts, idf, analysis.question, per_hit, trim=per_hit == 2
        )
        if number:
            spans += counted_under_heading(hit.chunk, analysis.concepts, idf, spans)
        for span in spans:
            if text_of is not None and _wants_number(analysis.question):
                span = with_figures(span, partial(text_of, hit.chunk.report_id)) or span
            score = span.score * own_weight(span.text, analysis.question) if number else span.score
            score += 1.0 if bound and bound(span.text) else 0.0  # ``bound_count``
            score += total_weight(span.text, terms, analysis.question, hit.chunk.info.township)
            candidates.append((score - 0.05 * rank, rank, hit.chunk, span))
    candidates = [c for c in candidates if not another_body_only(c[3].text, analysis.concepts)]
    candidates = [c for c in candidates if not announces(c[3].text)]  # 「现将…报告如下:」
    candidates = at_plan_end(candidates, analysis.question, lambda c: c[3].text, terms)  # 十一五末
    candidates = of_asked_period(candidates, analysis.question)  # not another body's, period's
    if not asks_whether(analysis.question):  # 「办过第一届吗」: 第十一届 is what tells no
        candidates = of_asked_edition(candidates, analysis.question)  # 第一届, not 第十一届
    read = candidates  # every sentence read, before any judge: a grade may stand apart
    grade = asks_grade(analysis.question)
    unscored = False  # 「多少分，啥等次」 where only the grade is given
    if grade and not _wants_number(analysis.question):
        if candidates and not graded(candidates) and judged:
            return not_given(analysis, candidates, judged, "等次")
        candidates = graded(candidates)
    if carries is not None:
        related = candidates
        # 「GDP是多少」: 「人均GDP 2.1万美元」「GDP增长5%」 carry a figure, never the total's
        # (``ratio_base``); they stay related, quoted as what the report says instead
        ratio = RatioBase(analysis.concepts, analysis.question) if number else None
        ratio = ratio if ratio and ratio.total_asked else None  # a total asked, nothing else
        reached = partial(
            reached_at_end, question=analysis.question, topic=terms
        )  # 「2010年达到9000亿元」
        valued = [c for c in candidates if not (ratio and ratio(c[3].text)) or reached(c[3].text)]
        candidates = [c for c in valued if carries(c[3].text, c[2].section)]
        measured = getattr(carries, "measured", None)
        if related and not candidates and measured is not None:
            # the asked count stated right after the asked thing answers, even in a sentence
            # that words the rest otherwise: quote it (cited, checkable), never deny it
            candidates = [c for c in valued if measured(c[3].text, c[2].section)]
        nouns = counted_nouns(analysis.question)
        if related and not candidates and nouns:
            # 「多少个乡镇、多少个部门的报告」: each count before its noun, the verb elsewhere
            candidates = [
                c
                for c in valued
                if counts_each(c[3].text, nouns)
                and tells_topic(c[3].text, analysis.concepts, nouns)
            ]
        if related and not candidates and bare:
            # 「多少新提拔的干部参加了…考试」: the count before the noun (``count_before``)
            candidates = [c for c in valued if counts_noun(c[3].text, bare, analysis.concepts)]
            before = bool(candidates)
        if related and not candidates:  # 「说要建800个，实际建成多少」: the outcome beside it
            candidates = outcomes(valued, analysis.question, lambda c: c[3].text, _planned)
        if related and not candidates and _wants_number(analysis.question):
            candidates, unscored = (graded(read), True) if grade else ([], False)
            if not candidates and judged:
                words = said_words(unsaid(analysis, idf))  # the user's word, read otherwise
                return near_value(analysis, related, judged, words) or not_given(
                    analysis, related, judged
                )
            if not candidates:
                return no_evidence(analysis, len({h.chunk.report_id for h in hits}), [])
    candidates, untold = held_to_kind(analysis, candidates, judged, number, carries)
    if untold is not None:
        return untold
    if _NAME.search(analysis.question):
        # 「…叫什么名字」: only a sentence that gives a name (a quoted 「蓝色调解」, a person)
        # answers it; a sentence that merely mentions the thing is no answer
        kind = kind_named(analysis.question)  # 「那家律所叫什么」: 岚溪县明信律师事务所
        thing = named_thing(analysis.question, [c.term for c in analysis.concepts])
        covers = getattr(carries, "covers", None)
        if covers is not None and not any(mentions(c[3].text, thing) for c in candidates):
            # the thing worded otherwise: a name counts only in a sentence that says what
            # was asked (「红色法治基地」 is not 「“明理”法治文化广场」, 红色 is asked)
            candidates = [c for c in candidates if covers(c[3].text, c[2].section)]
            if not candidates:
                return no_evidence(analysis, len({h.chunk.report_id for h in hits}), [])
        holder = partial(_post_held, person=person, posts=thing)  # 「区长叫啥」: 区长何建文
        gives = names_given([c[3].text for c in candidates], thing, holder)
        named = [
            c
            for c, given in zip(candidates, gives, strict=True)
            if given or (kind and names_entity(c[3].text, kind))
        ]
        if candidates and not named:
            return no_name(analysis, max(candidates, key=lambda c: c[0]), len(hits))
        candidates = named
    if entity:
        # 「哪家律师事务所」: a name before the kind word answers; 「聘请1家律师事务所」 does not
        named = [c for c in candidates if names_entity(c[3].text, entity)]
        kind_said = [c for c in candidates if mentions_kind(c[3].text, entity)]
        if kind_said and not named:
            return no_name(analysis, max(kind_said, key=lambda c: c[0]), len(hits), entity)
        candidates = named
    if asks_how_often(analysis.question):  # 「多久学一次」: the sentence giving a period
        candidates = [c for c in candidates if states_period(c[3].text)] or candidates
    if ASKS_COVERAGE.search(analysis.question):
        # 「覆盖情况怎样」: the sentence that says how far it reaches, not a plan to reach it
        candidates = [
            c for c in candidates if states_coverage(c[3].text, c[2].section)
        ] or candidates
    if who and person is not None:
        # 「…是谁」: the sentence that names a person answers it, or its neighbour that does
        person = with_agents(person, analysis.question)  # 由谁承担: a body (``who_body``)
        beside = [
            (sc, r, ch, person_beside(sp, ch.text, ch.start, person, analysis.concepts))
            for sc, r, ch, sp in candidates
        ]
        candidates += [(sc, r, ch, sp) for sc, r, ch, sp in beside if sp is not None]
        candidates = [
            (sc + (2.0 if person(sp.text) else 0.0), r, ch, sp) for sc, r, ch, sp in candidates
        ]
    if number:  # 「说要开建1000个，实际开工了多少」: the stated 1000个 is no answer
        text = lambda c: c[3].text  # noqa: E731
        candidates = without_echoes(candidates, analysis.question, text, _planned)
        if candidates and all(echoes_stated(text(c), analysis.question) for c in candidates):
            candidates = outcomes(read, analysis.question, text, _planned) or candidates
        # a plan's target, a denied topic's neighbour: no count of the thing (``untold_figure``)
        candidates, untold = untold_figure(analysis, candidates)
        if untold is not None:
            return untold
    candidates.sort(key=lambda c: (-c[0], c[1]))
    if not candidates:
        return no_evidence(analysis, len({h.chunk.report_id for h in hits}), [])
    best = candidates[0][0]
    unique = {(c[2].report_id, c[3].start): c for c in reversed(candidates)}  # quoted once
    ranked = sorted(unique.values(), key=lambda c: (-c[0], c[1]))
    chosen = [c for c in ranked if c[0] >= 0.6 * best][:max_quotes]
    missing = _each_part(carries, chosen, ranked)
    if unscored:
        missing.append(analysis.topic or analysis.question)
    if grade and not graded(chosen):
        # 「得了多少分，啥等次」: the grade's sentence too, or the answer says it is not given
        chosen.extend(sorted(graded(read), key=lambda c: (-c[0], c[1]))[:1])
    no_grade = grade and not graded(chosen)
    if asks_holder(analysis.question):  # 「指挥长是谁当的」: the clause with the holder too
        chosen = [(sc, r, ch, with_holder(sp, ch.text, ch.start)) for sc, r, ch, sp in chosen]
    parts = []
    refs = []
    for _, _, chunk, span in chosen:
        n = book.cite(chunk, span)
        refs.append(n)
        where = f"据《{chunk.info.title}》（{chunk.section}）："
        parts.append(Paragraph((_quoted(span.text, n, where),)))
    if chosen and _wants_number(analysis.question):
        # a sentence with several counts (5人报名…通过考试共3名): the one asked is said first
        _, _, chunk, span = chosen[0]
        # the count the question's verb picks comes first when one noun is counted: 「问题改完
        # 了几个」 over 「反馈的13个问题…完成整改12个」 is 12个, not the count by the noun
        nouns = counted_nouns(analysis.question)
        by_verb = asked_count(span.text, analysis.question, analysis.concepts)
        counted = each_count(span.text, nouns) or (count_before(span.text, bare) if before else "")
        same = counted.startswith(by_verb)  # 「25个」 and 「25个社区」: the noun's form
        value = (len(nouns) < 2 and not same and by_verb) or counted or by_verb
        value = value or sole_count(span.text, analysis.question)  # 「多少吨」: its one count
        value = exact_figure(span.text, value)  # 「突破4000亿元，达4601.5亿元」: the 4601.5
        value = end_value(span.text, analysis.question, terms) or value  # 十一五末: 2010年达到…
        value = with_range(span.text, value)  # 「增长6—6.5%」: the range set, not its top
        each = part_values(analysis.question, [c[3].text for c in chosen], words)
        if each and (len(each) >= 2 or not value):  # 「发了多少手册、挂了多少横幅」: both
            unit = Text(chunk.info.shown, strong=True)
            runs = [Text(f"{'；' if i else '：'}{v}", (refs[q],)) for i, (v, q) in enumerate(each)]
            parts.insert(0, Paragraph((unit, *runs)))
        elif value:
            unit = Text(chunk.info.shown, strong=True)
            parts.insert(0, Paragraph((unit, Text(f"：{value}", tuple(refs[:1])))))
    elif chosen and _NAME.search(analysis.question):
        _, _, chunk, span = chosen[0]
        thing = named_thing(analysis.question, [c.term for c in analysis.concepts])
        if name := named_after_post(to_simplified(span.text), thing):
            unit = Text(chunk.info.shown, strong=True)
            parts.insert(0, Paragraph((unit, Text(f"：{name}", tuple(refs[:1])))))
    names = list(dict.fromkeys(c[2].info.township for c in chosen))
    for topic in missing:  # a part no quote answers is said, not dropped; the passages read
        # were chosen for the whole question, so this says nothing of the reports' other text
        parts.append(Paragraph((Text(f"以上引文没有给出「{topic}」的数字（可单独就此提问）。"),)))
    if no_grade and chosen:
        parts.append(Paragraph((Text("以上引文没有给出考核的等次。"),)))
    return fact_answer(analysis, parts, len({h.chunk.report_id for h in hits}), names, book=book)
