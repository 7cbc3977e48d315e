"""「哪些区把疫情防控单独列成了一大块」: a topic that has a section of its own in a report.

A government report is written in numbered parts and sections (「一、2022年工作回顾」 then
「（一）科学精准、以快制快，疫情防控有力有效」), each headed by what it is about. A user asking
whether a report gives a topic a block of its own — 单独列、单列、独立成章、专门一部分、一大块 —
asks about that structure: the reports whose heading names the topic, not every report whose
sentences mention it (a paragraph's run-in 「慎终如始抓好疫情防控。」 inside another section is
no block of its own). Headings are what the chunker keeps as each chunk's ``section_path``, so the
answer reads them: every report in scope whose heading, at any level, says each word of the
topic is listed with that heading quoted; the others are named 「未提及」.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from answering.heading_list import heading_list_answer
from answering.sentences import Span
from reportqa.answer import Answer, Kind
from reportqa.text import to_simplified
from reportqa.types import Chunk

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.concept import Concept
    from retrieval.filters import Filters
    from retrieval.query import Analysis

__all__ = ["own_section_answer", "own_section_frame"]

# the words asking for a block of its own: 单独列(成/出)、单列、独立成章、专门(用/拿出)一部分、一大块
_BLOCK = r"(?:一大块|一大部分|一个?部分|一章|一节|一个?板块|一块|一大段落)"
_FRAME = re.compile(
    r"独立成(?:章|节|篇|块)"
    r"|(?:单独|专门|独立)(?:地)?(?:列|拿出|设|开|用|写|作为|成)?(?:成|出|了|为)*(?:了)?"
    + _BLOCK
    + "?"
    r"|单列(?:了|出|成)?" + _BLOCK + "?"
    r"|" + _BLOCK.replace("一块|", "")  # 「一块」 alone is also 「一块儿」: together
)
_ALONE = re.compile(r"单独|单列|专门|独立")
# what may follow a block word said of the report: the question's end, a particle, or a verb of
# writing (「单列了一部分的」「单独列成一大块来写」「专门用一节写」). A noun right after it makes the
# block a share of that thing — 「单独列出一部分资金」「专门规划了一大块土地」 — no part of the report
_BLOCK_END = re.compile(_BLOCK + r"$")
_AFTER_BLOCK = re.compile(
    r"$|[的了，,。；;？?！!、吗呢吧]|来|用来|专门|单独|写|讲|说|谈|介绍|阐述|论述|部署|叙述|描述"
    r"|去|是|在|内容|篇幅|专章"
)


def own_section_frame(question: str) -> list[tuple[int, int]]:
    """The spans of ``question`` asking for a block of its own; [] when it asks none. A
    single 专门/单独/单列 with no block word after it (「专门的法律顾问」「单独核算」「计划单列市」)
    asks no block: a word of setting apart and one of the block, or 独立成章, is needed."""
    q = to_simplified(question)
    spans = [(m.start(), m.end()) for m in _FRAME.finditer(q) if m.end() > m.start()]
    for _, end in spans:
        if _BLOCK_END.search(q, 0, end) and not _AFTER_BLOCK.match(q, end):
            return []  # 「单独列出一部分资金」: a share of the money, not of the report
    said = "".join(q[s:e] for s, e in spans)
    apart = bool(_ALONE.search(said))
    block = bool(re.search(_BLOCK, said))
    if not (apart and block) and not re.search(r"独立成[章节篇块]", said):
        return []  # 「计划单列市」「单独设立」: set apart, but no block of the report
    return spans


def _topic(analysis: Analysis, spans: list[tuple[int, int]]) -> list[Concept]:
    """The concepts the question asks a section about: those outside the frame's words."""
    q = to_simplified(analysis.question)
    framed = "".join(q[s:e] for s, e in spans)
    return [
        c
        for c in analysis.concepts
        if c.required and to_simplified(c.term) not in framed and c.term not in _OF_BLOCK
    ]


# words naming the block itself, never its topic (「拿出一大块篇幅讲民生」)
_OF_BLOCK = ("篇幅", "内容", "章节", "板块")


# a numbered heading line, standing alone or run in before its paragraph's first 。:
# 「（一）科学精准、以快制快，疫情防控有力有效。宝安作为…」 — a short report's chunk holds its
# sub-sections whole, so their headings are read off its lines as well as its section path
_NUMBERED = re.compile(
    r"^[ \t　]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节))[^。\n]{2,60}",
    re.M,
)


def _heading_of(chunk: Chunk, topic: list[Concept]) -> str:
    """The chunk's heading (deepest first, then the numbered lines it holds) that names every
    topic concept, or ""."""
    lines = [m.group(0).strip() for m in _NUMBERED.finditer(chunk.text)]
    for heading in [*reversed(chunk.section_path), *lines]:
        text = to_simplified(heading)
        if all(any(a in text for a in c.alternatives) for c in topic):
            return heading
    return ""


def own_section_answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer of a question asking which reports give a topic a section of its
    own, or None when the question asks anything else."""
    if analysis.kind != Kind.WHICH or analysis.number:
        return None
    spans = own_section_frame(analysis.question)
    topic = _topic(analysis, spans) if spans else []
    if not topic:
        return None
    retriever = ctx.retriever
    retriever.lib.refresh()
    infos = retriever.scope(filters)
    ids = {i.report_id for i in infos}
    found: dict[str, tuple[Chunk, str]] = {}
    for chunk in sorted(retriever.lib.chunks, key=lambda c: (c.report_id, c.start)):
        fresh = chunk.report_id in ids and chunk.report_id not in found
        if fresh and (heading := _heading_of(chunk, topic)):
            found[chunk.report_id] = (chunk, heading)
    spans: dict[str, tuple[Chunk, Span]] = {}
    for report_id, (chunk, heading) in found.items():
        at = chunk.text.find(heading)
        start = chunk.start + max(at, 0)
        text = heading if at >= 0 else chunk.text[: len(heading)]
        spans[report_id] = (chunk, Span(start, start + len(text), text, 1.0))
    shown = "、".join(c.term for c in topic)
    head = f"共 {{n}} 个单位的报告把「{shown}」单独列为一个部分（小标题）："
    return heading_list_answer(analysis, infos, spans, head)
