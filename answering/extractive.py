"""The offline answerer: every statement is a verbatim quote or a short connective.

It reads like an analyst's note (count, list, completeness statement), never names a
township without a citation, and says plainly when the reports hold nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from answering.sentences import (
    Span,
    best_sentences,
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
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportEvidence, ReportInfo
from retrieval.evidence import QUANTITY
from retrieval.query import Analysis, counted_noun

WHO = re.compile(r"谁|哪位|什么人|姓名|名字")


class CitationBook:
    """Numbers quotes [1], [2]… in order of first use; the same span keeps its number."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(self, chunk: Chunk, span: Span) -> int:
        key = (chunk.report_id, span.start, span.end)
        if key not in self._by_span:
            info = chunk.info
            self.items.append(
                Citation(
                    n=len(self.items) + 1,
                    report_id=info.report_id,
                    source=info.source,
                    title=info.title,
                    township=info.township,
                    county=info.county,
                    year=info.year,
                    section=chunk.section,
                    quote=span.text,
                    start=span.start,
                    end=span.end,
                )
            )
            self._by_span[key] = len(self.items)
        return self._by_span[key]


_LABELS: dict[int, tuple[ReportInfo, tuple[Text, ...]]] = {}


def _label(info: ReportInfo) -> tuple[Text, ...]:
    """A unit's name (in bold) with its county and year: the head of its line. It depends
    on the report alone (frozen), so it is made once: a which-question at 10 000 reports
    labels ~3 000 units on every ask. Kept by the record's identity (hashing a record
    reads all its fields, which cost as much as the label); a corrected record is another
    object and gets its own label."""
    got = _LABELS.get(id(info))
    if got is not None and got[0] is info:
        return got[1]
    extra = "，".join(x for x in (info.county, f"{info.year}年" if info.year else "") if x)
    label = (Text(info.shown, strong=True), Text(f"（{extra}）" if extra else ""))
    if len(_LABELS) >= 32_768:
        _LABELS.clear()
    _LABELS[id(info)] = (info, label)
    return label


def _quoted(text: str, n: int, before: str = "") -> Text:
    return Text(f"{before}「{text}」", (n,))


def _unique_townships(infos: Sequence[ReportInfo]) -> list[str]:
    return list(dict.fromkeys(i.shown for i in infos))


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
_PLAN_SECTION = re.compile(r"下一步|打算|计划|思路|展望|存在的?问题|不足")


def states_coverage(sentence: str, section: str = "") -> bool:
    """Does the sentence say how far something reaches now (not as a plan)?"""
    t = to_simplified(sentence).strip()
    return bool(COVERED.search(t)) and not _AIM.match(t) and not _PLAN_SECTION.search(section)


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
):
    """The best sentence across the report's supporting passages; with ``value`` (a compare
    cell) any sentence giving a count or an amount beats every one that only names the
    topic: the cell is there to hold the value. ``text_of`` (report id → its text): a
    sentence naming the topic is read on into the next one of its paragraph when that one
    carries the figures (``sentences.with_figures``)."""
    best = None
    coverage = bool(ASKS_COVERAGE.search(analysis.question))
    noun = counted_noun(analysis.question) if value else ""
    # 「多少个村」: a count of villages (「17个村」「下辖5个行政村」) beats a count of anything else
    of_noun = (
        re.compile(rf"[0-9０-９一二两三四五六七八九十百]\s*[个座所]?\s*(?:行政|自然)?{noun}")
        if noun
        else None
    )

    def rank(span: Span, chunk: Chunk) -> tuple:
        counted = bool(of_noun and of_noun.search(span.text))
        covered = coverage and states_coverage(span.text, chunk.section)
        done = not (value and _plan(chunk))  # a cell tells what was done
        return (counted, covered, done, bool(value and QUANTITY.search(span.text)), span.score)

    for hit in ev.hits:
        # coverage: the sentence that says how far it reaches may rank below one naming it
        spans = best_sentences(
            hit.chunk, analysis.concepts, idf, analysis.question, limit=4 if coverage else 1
        )
        if not spans and hit.retriever == "fanout":
            # the judged sentence itself: it matched through a compound's parts or its heading
            whole = whole_span(hit.chunk, analysis.concepts, idf, analysis.question)
            spans = [replace(whole, score=0.0)] if whole else []
        for span in spans:
            if value and text_of is not None:
                span = with_figures(span, partial(text_of, hit.chunk.report_id)) or span
            score = rank(span, hit.chunk)
            if best is None or score > best[0]:
                best = (score, hit.chunk, span)
    if value and not wants_number(analysis.question) and not (best and all(best[0][2:4])):
        # 「X是怎么做的」 and no sentence naming X tells of a deed with its figures: one under a
        # heading naming X may (「（五）普法宣传」 then 「开展送法下乡活动15场」)
        for hit in ev.hits:
            if hit.retriever == "fanout":
                continue
            for span in heading_led(hit.chunk, analysis.concepts, idf):
                score = rank(span, hit.chunk)
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
