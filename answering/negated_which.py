"""A which-question asked the negative way: 「哪些乡镇没有开展宪法宣传」.

Answering it like its positive (the units that did it) lists the exact opposite of what was
asked — an invented answer. Its honest answer is the units in scope that do NOT show the
thing, in two kinds that must never be mixed (``retrieval.polarity`` reads the question):

- units whose report **says** it was not done (尚未开展, 还没有聘请): the answer's units,
  each with the sentence that says so (``retrieval.said_not``);
- units whose report **does not write** it (``Verdict.UNSHOWN``): also the answer's units —
  a user asking 「哪些乡镇没有聘请法律顾问」 means the units with no sign of it, and the
  question writers who never saw the code count them so — but never quoted as a statement:
  the answer names them apart and says a report's silence is not proof the thing was not done.

The units whose report says they did it are left out of the answer, and named in one line
with their sentence as related passages (``Role.RELATED``), so the reader sees why. A plan
(「尽快聘请法律顾问」 under 「下一步打算」) states no deed: it does not move a unit among them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.extractive import _AIM as AIM
from answering.extractive import CitationBook, Quoter, _label, _quoted, _unique_townships
from answering.extractive import _plan as in_plan
from answering.sentences import whole_span
from answering.which_compose import _quotes
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Role, Text, verdicts
from reportqa.text import to_simplified
from reportqa.types import Hit, ReportEvidence
from retrieval.polarity import negated_phrase, negator_at
from retrieval.query import Analysis
from retrieval.said_not import Denials

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


# a negated outcome (未能, 没有通过/完成/达到…) presupposes the attempt: a unit whose report is
# silent about it did not fail it — only a report that says it fell short answers
_OUTCOME = re.compile(r"(?:能|通过|完成|达到|达标|实现|成功|获得|取得|获评|入选)")


# a happening denied (「没有发生行政诉讼」「没有行政复议和行政诉讼」「未出现安全事故」): a report
# silent on it says nothing of whether any came — cases and incidents are counted where they
# were had, and a report writes 「未发生」 of them when none were; only that sentence answers
_HAPPENING = re.compile(
    r"^(?:发生|出现)|^(?:过|出|出过|闹出|闹过)?[\u4e00-\u9fff]{0,8}?"
    r"(?:诉讼|复议|事故|事件|上访)(?:案件|案子)?(?:的|吗|呢|$)"
)


# a deed done to cases (「没有办理法律援助案件」「没有公开典型案件」): a deed, read as any other
_DONE_TO = re.compile(r"办理|调处|受理|审理|处理|化解|公开|建立|开展|代理|审查|应诉|调解")


def absence_asked(question: str) -> bool:
    """「哪些乡镇没有开展X」 asks which show no sign of X: a silent report answers it.
    「哪些乡镇未能通过验收」 asks which fell short, 「哪些乡镇没有行政诉讼」 which had none: only a
    report that says so does."""
    m = negator_at(question)
    if m is None:
        return False
    rest = re.split(r"[，,。？?；;]", question[m.end("neg") :])[0]
    if _HAPPENING.search(rest) and not _DONE_TO.search(rest):
        return False
    return m.group("neg") not in ("未能",) and not _OUTCOME.match(question, m.end("neg"))


def _deed(hit: Hit, judge: Denials) -> bool:
    """Does the supporting sentence tell the thing done? A plan or an aim (「尽快聘请」 under
    「下一步打算」) does not, nor one whose negator keeps part of the need from it (「未能通过
    省级验收」 supports 验收 yet denies 通过)."""
    text = to_simplified(hit.chunk.text)
    if in_plan(hit.chunk) or AIM.match(text.strip()):
        return False
    return not judge.denies(f"{to_simplified(hit.chunk.section)}\n{text}")


def _did(ev: ReportEvidence, quote: Quoter, judge: Denials):
    """The report's quote of a deed done, or None."""
    if not ev.supported:
        return None
    deeds = tuple(h for h in ev.hits if _deed(h, judge))
    got = _quotes(replace(ev, hits=deeds), quote, ()) if deeds else []
    return got[0] if got else None


def negated_answer(ctx: Context, asked: Analysis, plain: Analysis, filters: Filters) -> Answer:
    """``asked``: the question as the user put it; ``plain``: the same asked positively
    (``retrieval.polarity.positive``), whose evidence decides each unit."""
    idf = ctx.retriever.concept_idf(plain, filters)
    evidence = ctx.retriever.fan_out(plain, filters)
    quote = Quoter(plain, idf)
    judge = Denials(ctx.retriever, plain, [ev.info for ev in evidence])
    done = {ev.info.report_id: q for ev in evidence if (q := _did(ev, quote, judge)) is not None}
    rest = [ev.info for ev in evidence if ev.info.report_id not in done]
    said = judge.said_not_done(rest)
    book = CitationBook()
    lines = []
    for info in rest:
        chunk = said.get(info.report_id)
        span = whole_span(chunk, plain.concepts, idf, plain.question) if chunk else None
        if span is not None:
            lines.append((*_label(info), _quoted(span.text, book.cite(chunk, span), "：")))
    kept = len(book.items)
    for ev in evidence:
        if ev.info.report_id in done:
            chunk, span = done[ev.info.report_id]
            book.cite(chunk, span)
    negative = [i for i in rest if i.report_id in said]
    names = _unique_townships(negative)
    did = [t for t in _unique_townships([ev.info for ev in evidence if ev.info.report_id in done])]
    # a unit with one report that did it and another silent (two years) did it
    silent = [t for t in _unique_townships(rest) if t not in set(names) | set(did)]
    unshown = silent if absence_asked(asked.question) else []
    topic = plain.topic or plain.question
    asked_as = negated_phrase(asked.question) or "没有"
    if topic not in asked_as and len(asked_as) <= 5:  # 「…，没开展的呢」: the topic before it
        asked_as += topic
    body: list = []
    if names:
        head = f"共 {len(names)} 个单位的报告写明“{asked_as}”（原文如下）："
        body += [Paragraph((Text(head),)), Bullets(tuple(lines))]
    else:
        body.append(Paragraph((Text(f"没有单位的报告写明“{asked_as}”。"),)))
    if silent:
        if not unshown:  # an outcome asked: silence is no answer, only named
            said_text = f"以下 {len(silent)} 个单位的报告未写到「{topic}」（未写到不等于没有做）："
        elif names:
            said_text = (
                f"另有 {len(silent)} 个单位的报告没有写到「{topic}」（未写到不等于没有做）："
            )
        else:
            said_text = (
                f"报告中没有写到「{topic}」的有 {len(silent)} 个单位（未写到不等于没有做）："
            )
        said_text += "、".join(silent)
        body.append(Paragraph((Text(said_text),)))
    if did:
        refs = tuple(range(kept + 1, len(book.items) + 1))
        body.append(
            Paragraph(
                (Text(f"以下单位的报告写到了「{topic}」，不在答案中：" + "、".join(did), refs),)
            )
        )
    related = tuple(replace(c, role=Role.RELATED) for c in book.items[kept:])
    return Answer(
        question=asked.question,
        resolved_question=asked.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=tuple(body),
        units=verdicts(names, () if unshown else silent, unshown),
        completeness=Completeness(len(evidence)),
        citations=tuple(book.items[:kept]),
        related=related,
        searched=len(evidence),
    )
