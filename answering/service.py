"""The core answer generator: question + history + scope → a stream of events.

The CLI, the eval command and the Gradio app are all adapters over ``AnswerService.answer``;
none of them contains retrieval or answering logic.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date

from answering import across_years, search_scope, whether
from answering.about_tool import asks_about_tool, tool_help
from answering.collector import collector_paused, settle
from answering.composed import answer_parts
from answering.ethnic_scope import ethnic_scope
from answering.figure_year import read_inside, said_at
from answering.followup import Resolved, Turn, resolve
from answering.followup_challenge import challenged_unit
from answering.followup_condition import condition_unframed
from answering.followup_held import held_years
from answering.followup_negated import negated_followup
from answering.followup_report_year import turn_year
from answering.followup_short_years import short_years_read
from answering.followup_span import span_followup
from answering.followup_years import asked_year, nearest_year, years_in
from answering.kind_scope import kind_scope
from answering.kinds import Context, answerers
from answering.level_pointers import named_levels
from answering.meta_parts import without_region_of_parent
from answering.meta_yesno import asks_yes_no
from answering.metadata_qa import MetadataAnswerer
from answering.national_named import with_national_named
from answering.own_extent import without_own_extent
from answering.own_writer import without_own_writer
from answering.pinned_relative import followed_years, own_years, pinned_year, reviewed_by
from answering.plan_done import plan_done_answer
from answering.points_back import points_back
from answering.relative_years import anchored, lately, of_own_report, said_in_pinned_report
from answering.scope_note import scope_note
from answering.scoped_kind import scoped_kind
from answering.simplified_turns import read_simplified
from answering.superlative import Ranking, ranking, unranked
from answering.turn_parts import split_turn, without_remark
from answering.types import Answer, Event, EventType, Kind
from answering.unit_slips import respelt_units
from answering.unsaid_words import with_readings
from answering.year_picks import picked_of, ranged
from answering.zones import caveated, zone_scope
from reportqa.answer import Paragraph, Text
from reportqa.errors import QuestionError
from retrieval import homophones
from retrieval.catalog import Catalog
from retrieval.part_presence import term_part_asked
from retrieval.query import Analysis
from retrieval.question_scope import by_genre
from retrieval.search import Filters, HybridRetriever
from retrieval.self_correction import self_corrected

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500


# 「这些乡镇…」 with nothing before it and a topic of its own means every unit in scope
_PLURAL = re.compile(r"^(?:在)?这些乡镇")


class AnswerService:
    def __init__(
        self,
        library: Catalog,
        retriever: HybridRetriever,
        llm=None,
        this_year: Callable[[], int] = lambda: date.today().year,
    ) -> None:
        self.lib, self.retriever, self.llm = library, retriever, llm
        # 「去年的报告里…」: one clock for every question, the metadata answerer's
        self.metadata = MetadataAnswerer(
            library.report_text,
            this_year=this_year,
            opening=library.opening,
            holds=lambda word: retriever.report_df((word,), None) > 0,  # 行政复议: a topic
            place_name=lambda word: _place_name(library.tokenizer.tagged(word)),
        )
        self._answerers = answerers()

    def warm_up(self) -> None:
        """Load the index, jieba and the part-of-speech model before the first user waits."""
        self.lib.refresh()
        if self.lib.infos:
            self.ask("哪些乡镇聘请了法律顾问")
            # the chunk vectors a search inside a few reports needs (7 s at 150 000 chunks)
            self.lib.chunk_vectors()
            homophones.warm()  # a term no report spells is read for a slip by sound
        settle()

    @property
    def mode(self) -> str:
        return f"llm:{self.llm.model}" if self.llm else "extractive"

    def ask(
        self, question: str, history: Sequence[Turn] = (), scope: Filters | None = None
    ) -> Answer:
        final = None
        for event in self.answer(question, history, scope):
            if event.type == EventType.ANSWER:
                final = event.answer
        assert final is not None
        return final

    @read_simplified  # 「這裡邊…」: the conversation read simplified (``simplified_turns``)
    def answer(
        self, question: str, history: Sequence[Turn] = (), scope: Filters | None = None
    ) -> Iterator[Event]:
        question = self_corrected(_validate(question))  # 「罗湖..不对，南山…」: 南山 alone
        question = without_remark(question)  # 「…哪年的？标题里没看到年份」 (``turn_parts``)
        self.lib.refresh()
        if not self.lib.infos:
            raise QuestionError("还没有导入任何报告，请先导入 / no reports ingested yet")
        if asks_about_tool(question, history):  # 「这个系统怎么用」: no report says (about_tool)
            yield Event(EventType.ANSWER, answer=tool_help(question, self.mode))
            return
        # 「A镇…吗？B镇…几次？」: two questions; 「…？分别是什么时候？」 one (its second no topic)
        parts = split_turn(question, self.lib.units[0], self._has_topic)
        if len(parts) > 1:  # each part as if asked in turn, one leaning on the last a follow-up
            ask = lambda part, turns: self._one(part, turns, scope)  # noqa: E731
            yield from answer_parts(ask, question, parts, history, self.mode)
            return
        yield from self._one(question, history, scope)

    def _has_topic(self, part: str) -> bool:
        """Does a part of a message hold a topic of its own (``turn_parts.split_turn``)?"""
        analysis = self.retriever.analyze(part)
        return bool(analysis.concepts or analysis.townships)

    def _one(
        self, question: str, history: Sequence[Turn], scope: Filters | None
    ) -> Iterator[Event]:
        talked = history[-1].townships if history else ()  # 「那省里呢」: a level as its unit
        question, history = short_years_read(question, history, self.lib.units[0])  # 2024年
        question = named_levels(question, self.lib.infos.values(), talked)
        question, slipped = respelt_units(question, self.lib)  # 青成山镇: 青城山镇 (unit_slips)
        asked, assumed = self._relative(question, history)  # 「去年的报告里，哪些镇…」
        assumed = slipped + assumed
        asked = condition_unframed(asked) if history else asked  # 「再加上X这个条件呢」: X
        units = self.lib.units[0]  # 「和顺镇不是也有一个吗」: the last question of that unit
        named = units.names | units.shorts
        asked = (history and challenged_unit(asked, named, history[-1].q)) or asked
        asked = negated_followup(asked, history) or asked  # 「没开展的呢」: the last, negated
        asked = span_followup(asked, history) or asked  # 「那历年呢」: the last, over years
        resolved = resolve(asked, history, self.lib.units[0], self._placed)
        resolved = picked_of(resolved, self.retriever.analyze, self._unit_reports)
        if history:  # 「跟它2010年那份比呢」: a year the unit has no report of (``followup_held``)
            townships = lambda text: self.retriever.analyze(text).townships  # noqa: E731
            resolved = held_years(
                resolved, asked, history[-1].effective, townships, self.retriever.scope
            )
        # 「它给2015年定的GDP目标呢」: a figure's year inside the report just read
        resolved, figured = read_inside(resolved, history, self.retriever, self.lib)
        if history and resolved.question != asked and asked_year(resolved.question):
            # 「那早些年那份报告里呢」: the report picked is a year, and a year alone asks the
            # last question of it — resolved again as the year it now names
            resolved = resolve(resolved.question, history, self.lib.units[0], self._placed)
        if assumed:  # 「去年」 read from the library's newest year, a name respelled: said
            resolved = replace(resolved, note=f"{resolved.note}{assumed}")
        # 「哪个镇的X最多」, no follow-up: its which, then the comparison (``superlative``)
        rank = ranking(asked) if resolved.question == asked else None
        ranked = self._ranked(asked, rank, scope)
        resolved, rank = (Resolved(ranked), rank) if ranked else (resolved, None)
        analysis = self.retriever.analyze(resolved.question)
        moved = nearest_year(resolved, analysis.townships, analysis.years, self._unit_reports)
        if moved is not None:  # 「那西岭区呢」 where 西岭区 lacks the year: its closest year
            resolved, analysis = moved, self.retriever.analyze(moved.question)
        # 「副组长都有谁」 under one unit's scope: a fact of its report (``scoped_kind``)
        analysis = scoped_kind(analysis, resolved.scope, self.retriever.analyze)
        # 「荔湾区司法局…」: the bureau is scope (``own_writer``), 国务院…全国 too (``own_extent``)
        mine = without_own_writer(analysis, lambda u: self._unit_reports((u,)), self.lib.opening)
        analysis = without_own_extent(mine, self._unit_reports)
        analysis = with_national_named(analysis, self.lib.infos.values())  # 国家、广东、深圳
        if resolved.question != question:  # shown as answered, after any change of year
            yield Event(EventType.RESOLVED, resolved.question)
        years = across_years.read(resolved.question)  # 「南山区历年…」: one unit's reports
        over = years and across_years.recast(
            years, analysis, self.retriever.analyze, self._years_of, resolved.scope
        )
        analysis = over or analysis
        zoned = zone_scope(resolved.question, analysis, self.lib, self.retriever)  # 经开区
        analysis, found_in_text, placed, nowhere = self._places(resolved.question, zoned.analysis)
        found_in_text = tuple(dict.fromkeys((*zoned.report_ids, *found_in_text)))
        dangling = points_back(resolved.question) or (
            _PLURAL.search(resolved.question) and not any(c.required for c in analysis.concepts)
        )
        if dangling and not (
            resolved.scope or analysis.townships or analysis.counties or found_in_text
        ):
            raise QuestionError(
                "这个问题里的「它 / 这份报告 / 其中」指的是哪个单位？请说出乡镇、街道或区县的名称，"
                "例如「峡口镇属于哪个县？」，或先问一个关于它的问题再追问"
            )
        if found_in_text:
            base = scope or Filters()
            scope = Filters(base.townships, base.counties, base.years, found_in_text, base.levels)
        # 「哪一年…最多」 ranks the unit's reports by a count: no question about the reports
        ranked = over and years.rank
        about_reports = None if ranked else self._metadata(resolved, analysis, found_in_text)
        plain = years and not over and across_years.about_reports(years, self.retriever.analyze)
        if about_reports is None and plain:  # 「南山区历年的报告有哪些」: its reports, all years
            plainly = replace(resolved, question=plain)
            about_reports = self._metadata(plainly, self.retriever.analyze(plain), found_in_text)
        if about_reports is not None:
            yield Event(EventType.ANSWER, answer=_finish(about_reports, question, resolved))
            return
        if nowhere:  # 「北京和上海的乡镇里哪些…」 over a library with neither
            have = "、".join(sorted(self.lib.units[0].names))
            raise QuestionError(f"库中没有{placed}的报告。已导入：{have[:300]}")
        filters = self._filters(analysis, resolved, scope)
        filters = by_genre(filters, analysis, self.retriever.scope)  # 「…的政府工作报告里」
        # 「哪些乡（不算镇和街道）」: the kinds left out are out of the search
        filters, kinds = kind_scope(resolved.question, filters, self.retriever.scope)
        analysis, filters, ethnic = ethnic_scope(  # 「民族乡里面哪些…」
            resolved.question, analysis, filters, self.retriever.scope
        )
        notes = tuple(n for n in (placed, kinds, ethnic) if n)
        reports = self.retriever.scope(filters)
        yield Event(EventType.SCOPE, scope_note(scope or Filters(), filters, reports, notes))
        result = unranked(self._extractive(analysis, filters, resolved.question), rank)
        result = caveated(result, zoned.caveat)  # an unconfirmed zone's report, said on top
        if history and figured:  # a figure's year read inside: answered by its sentence only
            said_at(result, resolved.question, filters.townships)
        if over:  # a row a report, named with its year, in year order
            result = across_years.finish(years, result, reports)
        if self.llm is not None and result.citations:
            yield from self._llm(analysis, filters, result, question, resolved)
            return
        yield Event(EventType.ANSWER, answer=_finish(result, question, resolved))

    def _relative(self, question: str, history: Sequence[Turn]) -> tuple[str, str]:
        """``question`` with 去年 / 近两年 / 最近 / 20年以后 as report years, counted from the reports
        in scope (its units, else the library) or the year the last turn named or answered, and
        the note saying which year was assumed; one unit's span is its own years (across_years)."""
        question = turn_year(question, history, self.retriever.analyze, self._years_of)
        units = self.retriever.analyze(question).townships
        infos = self._unit_reports(tuple(units)) if units else list(self.lib.infos.values())
        held = frozenset(i.year for i in infos if i.year)
        reviewed = reviewed_by(tuple(units), self.retriever.scope)
        pinned = said_in_pinned_report(question)  # 「2002年那份报告里说去年」: its own 去年
        moved = own_years(question, pinned_year(question), reviewed) if pinned else question
        if history and not pinned:  # 「国务院2015年那份…」 then 「去年实际增长了多少」: its 去年
            talked = tuple(units) or history[-1].townships
            kept = frozenset(i.year for i in self._unit_reports(talked) if i.year)
            was = reviewed_by(talked, self.retriever.scope)
            moved = followed_years(question, history[-1].effective, was, kept)
        if pinned or moved != question:
            return (ranged(moved, held) if units else lately(ranged(moved, held))), ""
        everywhere = [i.year for i in self.lib.infos.values() if i.year]
        now = self.metadata.this_year()
        current = bool(everywhere) and max(everywhere) >= now - 1
        earlier = years_in(history[-1].effective)[:1] if history else ()
        # 「哪几份是回顾过去五年的」: the part reviewing a term, no calendar span
        spans = not units and not term_part_asked(question)
        asked, note = anchored(question, now, held, current, earlier, bool(history), spans)
        # 「龙岗去年…」 of a library behind the calendar: a year the unit holds no report of is
        # counted from its own report; a current library keeps the calendar's year, and a
        # unit with no report of it is told so (「清河县去年的报告」 in 2026 is never 2022's)
        if units and not earlier and not current:
            asked, own = of_own_report(question, asked, held, bool(history))
            note = own or note
        return (ranged(asked, held) if units else lately(ranged(asked, held))), note

    def _ranked(self, question: str, rank: Ranking | None, scope: Filters | None) -> str:
        """A ranking asked of no named unit, as the comparison of the units whose reports
        write its need (``answering.superlative``); '' for any other question. A time
        ranking is its which-question: no count to compare (``superlative.unranked``)."""
        if rank is None or self.retriever.analyze(question).townships:
            return ""
        if rank.timed:
            return rank.which()
        units = self.ask(rank.which(), (), scope).townships
        return rank.among(units) if len(units) >= 2 else rank.which()  # one or none: no pick

    # the scope a question is searched in (``search_scope``)
    _filters = search_scope.filters
    _parents = search_scope.parents
    _places = search_scope.places

    def _years_of(self, townships: tuple[str, ...]) -> list[int | None]:
        return [i.year for i in self._unit_reports(townships)]

    def _placed(self, unit: str, place: str) -> bool:
        """Does a report of ``unit`` lie in the province or city ``place``?"""
        return any(self.metadata.regions.in_place(i, place) for i in self._unit_reports((unit,)))

    def _unit_reports(self, townships: tuple[str, ...]):
        return self.retriever.scope(Filters(townships))

    def _metadata(
        self, resolved: Resolved, analysis: Analysis, report_ids: tuple[str, ...]
    ) -> Answer | None:
        """Questions about the reports as documents (year, level, parent, addressee)."""
        units = analysis.townships or (resolved.scope if not analysis.counties else ())
        infos = self.retriever.scope(Filters(tuple(units), analysis.counties, (), report_ids))
        q, said = resolved.question, self.metadata.regions.asked(resolved.question).values()
        # 「A镇是B县的吗」 (no), 「A镇属于上海哪个区」: the place names the parent asked, no scope
        if (
            not infos
            and analysis.townships
            and (asks_yes_no(q) or without_region_of_parent(q, list(said)) != q)
        ):
            infos = self.retriever.scope(Filters(analysis.townships))
        if not infos:
            return None
        carried = bool(resolved.scope) and not analysis.townships  # a unit of the last turn
        return self.metadata.answer(resolved.question, analysis, infos, self.lib.reports(), carried)

    def _extractive(self, analysis: Analysis, filters: Filters, asked: str) -> Answer:
        ctx = Context(self.retriever, self.lib.settings.top_k, self._names_someone)
        with collector_paused():
            # a year's plan against what it came to: two reports' cells (``plan_done``)
            lib, chunks = self.lib, lambda: self.lib.chunks
            got = plan_done_answer(analysis, asked, self.retriever.scope, lib.report_text, chunks)
            got = got or self._answerers[Kind(analysis.kind)](ctx, analysis, filters)
            # a yes-no question about one unit is never 没有 where its which-question says 有
            got = whether.answer(ctx, analysis, filters, got, asked)
        return with_readings(got, analysis)  # 「报告中没有“发誓”这个说法，按“宣誓”理解」

    def _llm(self, analysis, filters, fallback, question, resolved) -> Iterator[Event]:
        from answering.llm import llm_answer
        from answering.support import SupportChecker

        checker = SupportChecker(self.retriever)
        for event in llm_answer(
            self.llm, self.lib, analysis, fallback, question, resolved, checker
        ):
            if event.type == EventType.ANSWER and event.answer is not None:
                event = Event(EventType.ANSWER, answer=_finish(event.answer, question, resolved))
            yield event

    def _names_someone(self, text: str) -> bool:
        """A person (a short nr word: jieba also tags some long common words nr, 法律顾问) or
        an organisation led by a place name (安宁县明理律师事务所, 北京大成律师事务所)."""
        tagged = self.lib.tokenizer.tagged(text)
        for i, (word, flag) in enumerate(tagged):
            if flag == "nr" and len(word) <= 3:
                return True
            place = flag == "ns" or (len(word) >= 3 and word[-1] in "省市县区")
            if place and any(w.endswith(_INSTITUTIONS) for w, _ in tagged[i + 1 : i + 4]):
                return True
        return False


def _place_name(tagged: list[tuple[str, str]]) -> bool:
    """One word the tokenizer reads as a place name (浦东, 海淀)."""
    return len(tagged) == 1 and tagged[0][1] == "ns"


_INSTITUTIONS = ("事务所", "公司", "协会", "基金会", "医院", "学校", "银行", "研究院", "中心")


def _validate(question: str) -> str:
    q = (question or "").strip()
    if not q:
        raise QuestionError("问题为空，请输入问题 / the question is empty")
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"问题过长（{len(q)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内 / question too long"
        )
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", q):
        raise QuestionError("问题只有标点符号，请输入文字 / the question has no words")
    return q


def _finish(answer: Answer, question: str, resolved: Resolved) -> Answer:
    body = answer.body
    if resolved.absent:  # 「再加上丙乡呢」: the unit the library lacks is said, first
        names = "、".join(resolved.absent)
        said = f"库中没有{names}的报告，以下只比较库中有报告的单位。"
        body = (Paragraph((Text(said),)), *body)
    return replace(
        answer,
        body=body,
        question=question,
        resolved_question=resolved.question,
        resolution_note=resolved.note,
        scope=tuple(resolved.scope),
    )
