"""The offline answerer: every statement is a verbatim quote or a short connective.

It reads like an analyst's note (count, list, completeness statement), never names a
township without a citation, and says plainly when the reports hold nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from answering.bound_count import BoundCount
from answering.cell_measure import compare_measure
from answering.doer import own_weight
from answering.plan_period import asks_plan_period
from answering.ratio_base import RatioBase
from answering.sentences import (
    Picker,
    Span,
    heading_led,
    wants_number,
    whole_span,
    with_figures,
)
from reportqa.answer import (
    Answer,
    Citation,
    Kind,
    Paragraph,
    Text,
    verdicts,
)
from reportqa.frozen import ByRecord
from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit, ReportEvidence, ReportInfo
from retrieval.asked_kind import WHO  # noqa: F401 (read here by fact, practice, whether, who_cells)
from retrieval.concept import Concept
from retrieval.evidence import QUANTITY
from retrieval.periods import unit_periods
from retrieval.plan_targets import asks_plan
from retrieval.query import Analysis, counted_noun
from retrieval.report_parts import plan_heading


class CitationBook:
    """Numbers quotes [1], [2]… in order of first use; the same span keeps its number."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(self, chunk: Chunk, span: Span) -> int:
        key = (chunk.report_id, span.start, span.end)
        got = self._by_span.get(key)
        if got is None:
            got = self._by_span[key] = len(self.items) + 1
            self.items.append(Citation(got, *_cited(chunk), span.text, span.start, span.end))
        return got


def _cited_fields(chunk: Chunk) -> tuple:
    """A citation's fields that name the passage's report and section (``Citation``'s
    order, between ``n`` and ``quote``): the chunk's alone."""
    info = chunk.info
    return (
        info.report_id,
        info.source,
        info.title,
        info.township,
        info.county,
        info.year,
        chunk.section,
    )


_cited = ByRecord(_cited_fields)


def _make_label(info: ReportInfo) -> tuple[Text, ...]:
    extra = "，".join(x for x in (info.county, f"{info.year}年" if info.year else "") if x)
    return (Text(info.shown, strong=True), Text(f"（{extra}）" if extra else ""))


# A unit's name (in bold) with its county and year: the head of its line. It depends on the
# report alone, so it is made once per record: a which-question at 10 000 reports labels
# ~3 000 units on every ask.
_label = ByRecord(_make_label)


def _quoted(text: str, n: int, before: str = "") -> Text:
    return Text(f"{before}「{text}」", (n,))


def _unique_townships(infos: Sequence[ReportInfo]) -> list[str]:
    # a unit that has a name is shown by it (``ReportInfo.shown``): read without the
    # property's calls, ~10 000 times per which-question at 10 000 reports
    return list(dict.fromkeys(i.township or i.shown for i in infos))


# 「覆盖情况」「覆盖面」「覆盖得怎么样」 ask how far something reaches: the sentence that says so
# (全覆盖, a rate, 「9个村中已有7个」, 均已/全部…) answers, not one that only names the thing
ASKS_COVERAGE = re.compile(r"覆盖|普及(?:情况|面|率|得)")
COVERED = re.compile(
    r"全覆盖|覆盖率|普及率|覆盖[^，。；]{0,8}?[0-9０-９一二两三四五六七八九十百]|"
    r"[0-9０-９]+\s*[个所家]\s*[^，。；\d]{0,6}?[中里]?\s*(?:已有|已经|已|均|全部)|"
    r"均已|均有|全部(?:配备|建立|建成|实现|聘请|覆盖|配齐)|实现[^，。；]{0,8}?覆盖|100\s*[%％]"
)

# a plan or an aim is no state reached: 「推动村法律顾问全覆盖」 under 「下一步打算」
_AIM = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:进一步|持续|继续)?(?:推动|力争|争取|确保|计划|拟|将|努力|加快)"
)
# 计划 heads a plan section as the year's or the work's plan (「三、下一步工作计划」「八、2020年…
# 工作计划」); a thing named 计划 (「干部依法行政培训计划走深走实」「实施…计划」) is a deed's object
_PLAN_SECTION = re.compile(r"下一步|打算|(?:工作|年度?)计划|思路|展望|存在的?问题|不足")


def states_coverage(sentence: str, section: str = "") -> bool:
    """Does the sentence say how far something reaches now (not as a plan)?"""
    t = to_simplified(sentence).strip()
    return bool(COVERED.search(t)) and not _AIM.match(t) and not _PLAN_SECTION.search(section)


# 「…改革的数字比一比」「规模差多少」: a figure named as the thing compared asks a count
# a sentence opening with 如/例如/比如/譬如 + a comma or 在…: an example of the one before
_EXAMPLE = re.compile(r"\s*(?:例如|比如|譬如|如)(?:[，,：:]|在|从|对|针对)")
_FIGURE_WORDS = re.compile(r"数字|数据|数量|规模|人数|次数|场次|件数")


def _plan(chunk: Chunk) -> bool:
    """A sentence of a plan or problem section (「继续深化普法宣传」 under 「下一步打算」) tells
    no thing done. (A sentence opening with 推动/确保/加快 often reports a deed in a work
    report, so the opening alone does not make a plan here.)"""
    return bool(_PLAN_SECTION.search(chunk.section))


def _quote_for(
    ev: ReportEvidence,
    analysis: Analysis,
    idf: dict[str, float],
    value: bool = False,
    text_of: Callable[[str], str] | None = None,
    who: Callable[[str], bool] | None = None,
):
    """The best sentence across the report's supporting passages (``Quoter``)."""
    return Quoter(analysis, idf, value, text_of, who)(ev)


# the marks that end a list's item: 「A、B、C等工作」
_ITEM_MARKS = "、，,。；;：:！!？?"
_ITEM_END = re.compile(f"[{_ITEM_MARKS}]")
_ITEM_LEAD = 4  # characters of an item before its word: 「、年度述法大会」
_FIRST_ITEM = 8  # a first item's length: 「部署推进示范创建、」
_LAST_ITEM = 12  # a last item's length before 等: 「、党政主要负责人述法等」
_CLOSED_BY_DENG = re.compile(f"[^{_ITEM_MARKS}]{{0,{_LAST_ITEM}}}?等")


def list_item(text: str, at: int) -> bool:
    """Is the word at ``at`` an item of an enumeration: it opens an item after 、 (「…、政府立法、
    …」「…、年度述法大会、…」), stands in the last item that 等 closes, or in a short first
    item before one? A long stretch after
    、 is a clause of its own whose subjects were listed (「县委、…各单位党政负责人认真撰写个人
    述法报告」): there the word is what the clause's verb acts on."""
    before = max((text.rfind(ch, 0, at) for ch in _ITEM_MARKS), default=-1)
    if before >= 0 and text[before] == "、" and at - before - 1 <= _ITEM_LEAD:
        return True
    # the last item, closed by 等 (「…、党政主要负责人述法等工作作出指示批示」): though long, it
    # is one of the works the verb after 等 acts on, no deed of its own
    last = before >= 0 and text[before] == "、" and at - before - 1 <= _LAST_ITEM
    if last and _CLOSED_BY_DENG.match(text, at):
        return True
    after = _ITEM_END.search(text, at)
    return bool(after and after.group(0) == "、" and after.start() - before - 1 <= _FIRST_ITEM)


def counted_item(text: str, at: int) -> bool:
    """Does the word at ``at`` stand in an item that carries its own count (「…会议9次、审核合同
    5份,」)? Reports list their results as counted deeds, one after another: each item is a
    deed done, counted where it is said, unlike an item of works a verb after 等 acts on."""
    end = _ITEM_END.search(text, at)
    return bool(QUANTITY.search(text, at, end.start() if end else len(text)))


class Quoter:
    """The best sentence across a report's supporting passages; with ``value`` (a compare
    cell) any sentence giving a count or an amount beats every one that only names the
    topic: the cell is there to hold the value. ``text_of`` (report id → its text): a
    sentence naming the topic is read on into the next one of its paragraph when that one
    carries the figures (``sentences.with_figures``). ``who`` (a who-question's cell): does a
    sentence name someone — it then beats every one that only names the topic, as a count
    does for ``value``. Made once per ask: a which-question over 10 000 reports quotes ~3 000
    of them with the same question."""

    def __init__(
        self,
        analysis: Analysis,
        idf: dict[str, float],
        value: bool = False,
        text_of: Callable[[str], str] | None = None,
        who: Callable[[str], bool] | None = None,
    ) -> None:
        self.analysis, self.idf, self.value, self.text_of = analysis, idf, value, text_of
        self.who = who
        self.coverage = bool(ASKS_COVERAGE.search(analysis.question))
        noun = counted_noun(analysis.question) if value else ""
        # 「多少个村」: a count of villages (「17个村」「下辖5个行政村」) beats a count of anything else
        self.of_noun = (
            re.compile(rf"[0-9０-９一二两三四五六七八九十百]\s*[个座所]?\s*(?:行政|自然)?{noun}")
            if noun
            else None
        )
        self.pick = Picker(analysis.concepts, idf, analysis.question, content=value)
        self.limit = 4 if self.coverage or who is not None else 1
        # 「在校园法治教育上做了什么」 asks what was done about the topic, no count: a count
        # beats another sentence only when it holds as much of the topic (``_held``)
        q = analysis.question
        what = value and who is None and not wants_number(q) and not _FIGURE_WORDS.search(q)
        self.required = [c for c in analysis.concepts if c.required] if what else []
        self.limit = 4 if self.required else self.limit  # the passage's rival sentences too
        # 「多少场法治讲座」: the count bound to the asked word beats one of another spelling
        number = value and who is None and wants_number(q)
        self.bound = BoundCount(analysis.concepts, q, compare_measure(q)) if number else None
        # 「述法规模对比一下」: a count asked of a deed is counted where the deed is done, not
        # where it is one item of a list of works another verb acts on (「对…、述法等工作作出
        # 指示批示20余次」 counts the 指示批示): of counts alike, the deed's own sentence wins
        self.deed = [c for c in analysis.concepts if c.required] if number else []
        # 「每平方公里土地产出GDP19亿元」 is no value of 「GDP是多少」 (``ratio_base``)
        self.ratio_only = RatioBase(analysis.concepts, q) if value else None
        # a work report's plan part (「二、2018年主要工作任务」: ``plan_heading``) sets targets,
        # no value reached — unless the question asks a plan or names its period (十四五)
        self.plan_heads = value and not asks_plan(q)  # and no period asked of the unit
        self.periods = unit_periods(q, analysis.townships)
        # a fan-out sentence's quotes by its text: (its report offset, its quotes)
        self._cut_quotes: dict[str, tuple[int, list[Span]]] = {}
        # a which-answer's quote (no value, no who) is ranked on coverage, claim and score
        # alone: every other key is a constant then (``_plain_rank``)
        self._plain = not value and who is None

    def rank(self, span: Span, chunk: Chunk) -> tuple:
        if self._plain:
            return self._plain_rank(span, chunk)
        value = self.value
        # a traditional-character report writes its measure words so too (35項, 4場): the
        # counts are read in the simplified form, as every other match is
        plain = to_simplified(span.text) if value else span.text
        counted = bool(self.of_noun and self.of_noun.search(plain))
        covered = self.coverage and states_coverage(span.text, chunk.section)
        heads = self.plan_heads and not asks_plan_period(self.periods(chunk.info), chunk.info)
        planned = _plan(chunk) or (heads and plan_heading(chunk.section, chunk.info))
        done = not (value and planned)  # a cell tells what was done
        total = not (self.ratio_only and self.ratio_only(plain))
        score = span.score * own_weight(span.text, self.analysis.question) if value else span.score
        given = bool(value and QUANTITY.search(plain)) or bool(self.who and self.who(span.text))
        bound = given and bool(self.bound and self.bound(plain))  # ``bound_count``
        held = self._held(plain)
        # whether the deed is done in it at all: a quote spanning more sentences says it
        # more often for its length alone, and the count is the thing compared
        own = min(self._prominent(plain, self.deed, counted=True), 1) if self.deed else 0
        # 「如在…项目决策过程中…」: an example illustrates the claim before it; of sentences
        # that each do the topic as their own deed, the claim is quoted, not its example
        prominent = self._prominent(plain)
        claim = not _EXAMPLE.match(plain)
        return (
            counted, covered, done, total, held, prominent > 0, claim, prominent, given, bound,
            own, score,
        )  # fmt: skip

    def _plain_rank(self, span: Span, chunk: Chunk) -> tuple:
        """``rank`` without a value or a who asked: no count, plan, ratio, bound, required
        word or deed is read then (``of_noun``, ``bound``, ``required`` and ``deed`` are
        empty), so those keys are their constants and only coverage, the claim and the score
        are read — the same tuple, without ~10 tests per quote of a which-answer."""
        covered = self.coverage and states_coverage(span.text, chunk.section)
        claim = not _EXAMPLE.match(span.text)
        return (False, covered, True, True, (), False, claim, 0, False, False, 0, span.score)

    def _prominent(
        self, plain: str, concepts: Sequence[Concept] | None = None, counted: bool = False
    ) -> int:
        """For a what/how cell, how much the sentence is about the topic: 0 when every
        mention is an item of a list of works (「部署推进示范市创建、政府立法、街道综合执法改革等
        工作」: a passing mention), 1 when one stands as what its own verb acts on (「推进长江新区
        立法工作」), 2 when it is said so more than once (「撰写个人述法报告，实现…述法全覆盖」).
        A sentence about the topic beats one that only lists it, whatever counts the latter
        carries of its other items. ``counted`` (a count asked of the deed): an item carrying
        its own count (「参与领导班子会议9次、审核合同5份」) is a deed done and counted, one of a
        list of results, no work another verb acts on (``counted_item``)."""
        concepts = self.required if concepts is None else concepts
        if not concepts:
            return 0
        said = [
            m.start()
            for c in concepts
            for a in dict.fromkeys((c.term, *c.alternatives))
            for m in re.finditer(re.escape(a), plain)
        ]
        own = [at for at in dict.fromkeys(said) if not list_item(plain, at)]
        own += [at for at in dict.fromkeys(said) if counted and counted_item(plain, at)]
        return min(len(dict.fromkeys(own)), 2)

    def _held(self, plain: str) -> tuple[float, ...]:
        """The idf weights of the required words a sentence holds, rarest first, for a
        what/how cell: the sentence holding the topic's most specific word (「开展“法律进校园”
        活动」 for 校园法治教育) beats one with a count beside its common words only
        (「加强干部法治教育,每年举办法治专题讲座2次」)."""
        held = [
            self.idf.get(c.term, 0.0)
            for c in self.required
            if any(a in plain for a in (c.term, *c.alternatives))
        ]
        return tuple(sorted(held, reverse=True))

    def _spans(self, hit: Hit) -> list[Span]:
        """The hit's candidate quotes, best first. A fan-out hit is one sentence cut out,
        and its quotes are a function of its text alone, placed at its offset: reports share
        their superior's template sentences (「聘请律师担任法律顾问」), so one ask quotes each
        distinct sentence once and moves the spans to each offset (``retrieval.judging``
        says how much repeats)."""
        if hit.retriever != "fanout":
            return self._read(hit)
        chunk = hit.chunk
        kept = self._cut_quotes.get(chunk.text)
        if kept is None:
            kept = self._cut_quotes[chunk.text] = (chunk.start, self._read(hit))
        at, spans = kept
        if at == chunk.start:
            return list(spans)
        d = chunk.start - at
        return [Span(sp.start + d, sp.end + d, sp.text, sp.score) for sp in spans]

    def _read(self, hit: Hit) -> list[Span]:
        """The hit's candidate quotes, best first, read from its chunk."""
        # coverage: the sentence that says how far it reaches may rank below one naming it
        spans = self.pick(
            hit.chunk, max(self.limit, 4 if self.bound else 1), cut=hit.retriever == "fanout"
        )
        if self.bound and len(spans) > self.limit:  # the best, and any binding the asked count
            keep = spans[: self.limit]
            spans = keep + [sp for sp in spans[self.limit :] if self.bound(sp.text)]
        if not spans and hit.retriever == "fanout":
            # the judged sentence itself: it matched through a compound's parts or its heading
            analysis = self.analysis
            whole = whole_span(hit.chunk, analysis.concepts, self.idf, analysis.question)
            spans = [replace(whole, score=0.0)] if whole else []
        return spans

    def __call__(self, ev: ReportEvidence):
        analysis, idf, value, text_of = self.analysis, self.idf, self.value, self.text_of
        hits = ev.hits
        first = self._spans(hits[0]) if hits else []
        if not value and len(hits) == 1 and len(first) == 1:
            # one supporting sentence (most units of a which-answer over many reports): a
            # single quote to choose from needs no ranking
            return hits[0].chunk, first[0]
        best = None
        for k, hit in enumerate(hits):
            for span in first if k == 0 else self._spans(hit):
                if value and text_of is not None:
                    span = with_figures(span, partial(text_of, hit.chunk.report_id)) or span
                score = self.rank(span, hit.chunk)
                if best is None or score > best[0]:
                    best = (score, hit.chunk, span)
        if (
            value
            and not wants_number(analysis.question)
            and not (best and best[0][2] and best[0][6])
        ):
            # 「X是怎么做的」 and no sentence naming X tells of a deed with its figures: one under a
            # heading naming X may (「（五）普法宣传」 then 「开展送法下乡活动15场」)
            for hit in ev.hits:
                if hit.retriever == "fanout":
                    continue
                for span in heading_led(hit.chunk, analysis.concepts, idf):
                    score = self.rank(span, hit.chunk)
                    if best is None or score > best[0]:
                        best = (score, hit.chunk, span)
        return best[1:] if best else None


def no_evidence(
    analysis: Analysis, searched: int, not_mentioned: Sequence[str], nearby: Sequence[str] = ()
) -> Answer:
    topic = analysis.topic or analysis.question
    text = f"在已导入的报告中没有找到关于「{topic}」的内容（已检索 {searched} 份报告）。"
    body = [Paragraph((Text(text),))]
    if nearby:
        body.append(Paragraph((Text("相近的主题：" + "；".join(nearby)),)))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind(analysis.kind),
        mode="extractive",
        body=tuple(body),
        units=verdicts((), not_mentioned),
        searched=searched,
    )
