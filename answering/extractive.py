"""The offline answerer: every statement is a verbatim quote or a short connective.

It reads like an analyst's note (count, list, completeness statement), never names a
township without a citation, and says plainly when the reports hold nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.absent import not_given
from answering.sentences import (
    Span,
    best_sentences,
    enumerated_items,
    figure_words,
    key_number,
    wants_number,
    whole_span,
)
from reportqa.answer import (
    Answer,
    Bullets,
    Citation,
    CompareRow,
    CompareTable,
    Completeness,
    Kind,
    Paragraph,
    Text,
    verdicts,
)
from reportqa.types import Chunk, Hit, ReportEvidence, ReportInfo
from retrieval.carrier import Carrier
from retrieval.evidence import QUANTITY
from retrieval.measures import one_class
from retrieval.query import Analysis, counted_noun


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


def _label(info: ReportInfo) -> tuple[Text, ...]:
    """A unit's name (in bold) with its county and year: the head of its line."""
    extra = "，".join(x for x in (info.county, f"{info.year}年" if info.year else "") if x)
    return (Text(info.township or info.source, strong=True), Text(f"（{extra}）" if extra else ""))


def _quoted(text: str, n: int, before: str = "") -> Text:
    return Text(f"{before}「{text}」", (n,))


def _unique_townships(infos: Sequence[ReportInfo]) -> list[str]:
    return list(dict.fromkeys(i.township or i.source for i in infos))


def _quote_for(ev: ReportEvidence, analysis: Analysis, idf: dict[str, float], value: bool = False):
    """The best sentence across the report's supporting passages; with ``value`` (a compare
    cell) any sentence giving a count or an amount beats every one that only names the
    topic: the cell is there to hold the value."""
    best = None
    noun = counted_noun(analysis.question) if value else ""
    # 「多少个村」: a count of villages (「17个村」「下辖5个行政村」) beats a count of anything else
    of_noun = (
        re.compile(rf"[0-9０-９一二两三四五六七八九十百]\s*[个座所]?\s*(?:行政|自然)?{noun}")
        if noun
        else None
    )
    for hit in ev.hits:
        spans = best_sentences(hit.chunk, analysis.concepts, idf, analysis.question)
        if not spans and hit.retriever == "fanout":
            # the judged sentence itself: it matched through a compound's parts or its heading
            whole = whole_span(hit.chunk, analysis.concepts, idf, analysis.question)
            spans = [replace(whole, score=0.0)] if whole else []
        for span in spans:
            counted = bool(of_noun and of_noun.search(span.text))
            score = (counted, bool(value and QUANTITY.search(span.text)), span.score)
            if best is None or score > best[0]:
                best = (score, hit.chunk, span)
    return best[1:] if best else None


def compose_which(
    analysis: Analysis, evidence: Sequence[ReportEvidence], idf: dict[str, float]
) -> Answer:
    book = CitationBook()
    lines: list[tuple[Text, ...]] = []
    supported: list[ReportInfo] = []
    for ev in evidence:
        if not ev.supported:
            continue
        found = _quote_for(ev, analysis, idf)
        if found is None:
            continue
        chunk, span = found
        n = book.cite(chunk, span)
        supported.append(ev.info)
        lines.append((*_label(ev.info), _quoted(span.text, n, "：")))
    supported_ids = {i.report_id for i in supported}
    missing = [ev.info for ev in evidence if ev.info.report_id not in supported_ids]
    names = _unique_townships(supported)
    named = set(names)
    not_mentioned = [t for t in _unique_townships(missing) if t not in named]
    topic = analysis.topic or analysis.question
    if not supported:
        return no_evidence(analysis, len(evidence), not_mentioned)
    head = Paragraph((Text(f"共 {len(names)} 个单位的报告提到「{topic}」："),))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=(head, Bullets(tuple(lines))),
        units=verdicts(names, not_mentioned),
        completeness=Completeness(len(evidence), tuple(not_mentioned)),
        citations=tuple(book.items),
        searched=len(evidence),
    )


def compose_compare(
    analysis: Analysis, evidence: Sequence[ReportEvidence], idf: dict[str, float]
) -> Answer:
    book = CitationBook()
    rows: list[CompareRow] = []
    named = set(analysis.townships)
    for ev in evidence:
        # a cell holds the value: a count, unless the question asks who
        value = not _WHO.search(analysis.question)
        found = _quote_for(ev, analysis, idf, value=value) if ev.supported else None
        if found is None:
            if named or not ev.supported:
                rows.append(CompareRow(ev.info.township, "未提及", None, None, ev.info.year))
            continue
        chunk, span = found
        n = book.cite(chunk, span)
        number = (
            key_number(span.text, analysis.concepts) if wants_number(analysis.question) else None
        )
        scale, measure = figure_words(span.text, number)
        citation = book.items[n - 1]
        rows.append(
            CompareRow(ev.info.township, span.text, number, citation, ev.info.year, scale, measure)
        )
    cited = [r for r in rows if r.citation]
    if not cited:
        return no_evidence(analysis, len(evidence), [r.unit for r in rows])
    names = list(dict.fromkeys(r.unit for r in cited))
    missing = tuple(dict.fromkeys(r.unit for r in rows if not r.citation and r.unit not in names))
    head = Paragraph((Text(f"按报告原文比较「{analysis.topic or analysis.question}」："),))
    table = CompareTable(tuple(rows))
    body = (head, table, *_superlative(analysis.question, rows))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.COMPARE,
        mode="extractive",
        body=body,
        units=verdicts(names, missing),
        completeness=Completeness(len(evidence), missing),
        compare=table,
        citations=tuple(book.items),
        searched=len(evidence),
    )


_MOST = re.compile(r"最多|最高|最大|更多")
_LEAST = re.compile(r"最少|最低|最小|更少")


def _superlative(question: str, rows: Sequence[CompareRow]) -> tuple[Paragraph, ...]:
    """「哪个最多」 over a comparison: the unit with the largest quoted number, said as such
    (the numbers are the ones in the cells above, so the claim is checkable)."""
    most, least = _MOST.search(question), _LEAST.search(question)
    numbered = [r for r in rows if r.number is not None and r.citation]
    if not (most or least) or not numbered or not one_class(r.measure for r in numbered):
        return ()  # 3000份 and 12场 count different things: no order to state
    pick = max if most else min
    best = pick(numbered, key=lambda r: r.magnitude)  # 1.2万 is more than 3000
    word = "最多" if most else "最少"
    runs = (
        Text(f"按各单位引文中的数字，{word}的是 "),
        Text(best.unit, strong=True),
        Text(f"（{best.label}）", (best.n,)),
        Text("。"),
    )
    return (Paragraph(runs),)


_LIST_QUESTION = re.compile(r"哪些|什么|有何|主要|举措|做法|措施|如何|怎么|怎样")


def _list_answer(analysis: Analysis, hits: Sequence[Hit]) -> tuple[Chunk, list[Span]] | None:
    """For 「存在哪些问题」-style questions: the items of the section whose heading names the
    topic, each quoted on its own."""
    if not _LIST_QUESTION.search(analysis.question) or wants_number(analysis.question):
        return None
    if _NAME.search(analysis.question):
        return None  # 「叫什么名字」 asks for one name, not a section's items
    for hit in hits[:3]:
        heading = " ".join(hit.chunk.section_path)
        if any(a in heading for c in analysis.concepts for a in c.alternatives):
            items = enumerated_items(hit.chunk)
            if len(items) >= 2:
                return hit.chunk, items
    return None


_WHO = re.compile(r"谁|哪位|什么人|姓名|名字")
_NAME = re.compile(r"叫什么|什么名|名字|名称|全称|姓名|叫啥")
_QUOTED_NAME = re.compile(r"[“\"「『《]([^”\"」』》]{2,40})[”\"」』》]")


def _no_name(analysis: Analysis, township: str, searched: int) -> Answer:
    """The report mentions the thing but never names it: say so, and quote nothing."""
    topic = analysis.topic or analysis.question
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind(analysis.kind),
        mode="extractive",
        body=(Paragraph((Text(f"{township}的报告提到了「{topic}」，但没有写明其名称或姓名。"),)),),
        units=verdicts((), (township,)),  # what was asked (the name) is not in the report
        searched=searched,
    )


def compose_fact(
    analysis: Analysis,
    hits: Sequence[Hit],
    idf: dict[str, float],
    max_quotes: int = 2,
    person: Callable[[str], bool] | None = None,
    carries: Callable[[str, str], bool] | None = None,
    judged: Sequence[ReportInfo] = (),
) -> Answer:
    """``carries(sentence, heading)``: does a sentence hold what the question asks for (a count of
    the topic, the kind of thing asked)? One that does not is no answer, however it ranks.
    ``judged``: the one unit's reports read whole (``absent.absent_scope``), the only scope
    of which a "not given" answer may be said; otherwise nothing found is all it says."""
    book = CitationBook()
    listed = _list_answer(analysis, hits)
    if listed:
        chunk, items = listed
        lines = tuple((_quoted(sp.text, book.cite(chunk, sp)),) for sp in items)
        head = Paragraph((Text(f"据《{chunk.info.title}》（{chunk.section}）："),))
        return Answer(
            question=analysis.question,
            resolved_question=analysis.question,
            kind=Kind.FACT,
            mode="extractive",
            body=(head, Bullets(lines)),
            units=verdicts((chunk.info.township,)),
            citations=tuple(book.items),
            searched=len({h.chunk.report_id for h in hits}),
        )
    candidates: list[tuple[float, int, Chunk, Span]] = []
    per_hit = 6 if _NAME.search(analysis.question) else 2  # a name may stand a few sentences on
    for rank, hit in enumerate(hits):
        spans = best_sentences(
            hit.chunk, analysis.concepts, idf, analysis.question, per_hit, trim=per_hit == 2
        )
        for span in spans:
            candidates.append((span.score - 0.05 * rank, rank, hit.chunk, span))
    if carries is not None:
        related = candidates
        candidates = [c for c in candidates if carries(c[3].text, c[2].section)]
        if related and not candidates and wants_number(analysis.question):
            if judged:
                return not_given(analysis, related, judged)
            return no_evidence(analysis, len({h.chunk.report_id for h in hits}), [])
    if _NAME.search(analysis.question):
        # 「…叫什么名字」: only a sentence that gives a name (a quoted 「蓝色调解」, a person)
        # answers it; a sentence that merely mentions the thing is no answer
        named = [
            c
            for c in candidates
            if _QUOTED_NAME.search(c[3].text) or (person is not None and person(c[3].text))
        ]
        if candidates and not named:
            return _no_name(analysis, candidates[0][2].info.township, len(hits))
        candidates = named
    if person is not None and _WHO.search(analysis.question):
        # 「…是谁」: the sentence that names a person answers it
        candidates = [
            (sc + (2.0 if person(sp.text) else 0.0), r, ch, sp) for sc, r, ch, sp in candidates
        ]
    candidates.sort(key=lambda c: (-c[0], c[1]))
    if not candidates:
        return no_evidence(analysis, len({h.chunk.report_id for h in hits}), [])
    best = candidates[0][0]
    # judged and ranked hits may hold the same sentence: each is quoted once
    unique = {(c[2].report_id, c[3].start): c for c in reversed(candidates)}
    ranked = sorted(unique.values(), key=lambda c: (-c[0], c[1]))
    chosen = [c for c in ranked if c[0] >= 0.6 * best][:max_quotes]
    missing = _each_part(carries, chosen, ranked)
    parts = []
    for _, _, chunk, span in chosen:
        n = book.cite(chunk, span)
        where = f"据《{chunk.info.title}》（{chunk.section}）："
        parts.append(Paragraph((_quoted(span.text, n, where),)))
    names = list(dict.fromkeys(c[2].info.township for c in chosen))
    for topic in missing:  # a part no quote answers is said, not dropped; the passages read
        # were chosen for the whole question, so this says nothing of the reports' other text
        parts.append(Paragraph((Text(f"以上引文没有给出「{topic}」的数字（可单独就此提问）。"),)))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=tuple(parts),
        units=verdicts(names),
        citations=tuple(book.items),
        searched=len({h.chunk.report_id for h in hits}),
    )


def _each_part(carries, chosen: list, ranked: list) -> list[str]:
    """A question asking two counts (「聘请了几位法律顾问，调处了几起纠纷」) gets a quote for
    each part (added to ``chosen``); returns the topics of the parts no sentence answers."""
    missing = []
    for topic, judge, near in carries.parts if isinstance(carries, Carrier) else ():
        if any(judge(c[3].text, c[2].section) for c in chosen):
            continue
        extra = next((c for c in ranked if judge(c[3].text, c[2].section)), None)
        if extra is not None:
            chosen.append(extra)
        elif not any(near(c[3].text, c[2].section) for c in chosen):
            missing.append(topic)  # not even a count of its kind beside a word of it
    return missing


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
