"""「哪几份报告写了存在的不足和问题」「哪些报告写了下一年的工作打算」: which reports have a part.

An annual report (法治政府建设, 工作总结, 政府工作报告) is written in standard parts under its top
headings: what was done (「一、主要举措和成效」), what falls short (「二、存在的问题」「三、2023年
推进法治政府建设存在的不足和原因」) and what comes next (「三、下一步工作打算」「四、2024年度…的
主要工作安排」「二、2017年主要工作」). A which-question whose whole topic is such a part — its
concepts are the part's words (问题, 不足, 短板, 差距; 打算, 安排, 计划, 思路) and words that only
frame them (存在, 工作, 总结, 下一年, 明年) — asks whether a report has that part, not which
sentences say 问题 or 安排: nearly every review writes 「解决群众急难愁盼问题」「同安排、同推进」,
and a report with no problems part is not one that wrote its shortcomings.

So such a question is answered from the report's structure: a report has the part when one of
its top headings is that part's (``report_parts.part_of`` read on the heading alone: 存在/不足/
短板/差距 for the problems, 安排/打算/计划/思路/下一步 or a year after the covered one for the
plan, a review's 成效/情况 never), or, in a report written without headings, when a sentence
opens the part — it names the part and ends in a colon that introduces its items (「但也存在
一些问题和不足：」「还有一定的差距，主要表现在：」「下一步，我镇将重点做好以下工作：」). The
heading (or the opening sentence) is the quote. A report written as prose may say its own
shortcomings in a sentence closed by 「。」 (「…还面临一些困难和问题。」「还有不少困难和问题。」): the
report's own 存在/面临/看到/还有/仍 … 问题/困难/不足/短板/差距/挑战 is the part as much as a heading
(a sentence meeting problems, 「针对/解决/整改…问题」, is a remedy, not the part).

Only the part's standard names ask it (存在的问题/不足/困难, 自身的不足; 下一步/下一年/明年/今后 +
打算/安排/计划/思路): 「短板弱项」「工作计划」「工作安排」 alone are topics a report may write
anywhere, and are answered by their words as before. A topic of its own beside the part (「信访工作
存在的问题」「普法计划」「安排了法律顾问」) is a question about that topic, answered as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportqa.answer import Kind
from reportqa.frozen import quick
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.analysis import Analysis
from retrieval.doc_parts import GLOSSARY, TERM, glossary_line, term_heading, term_sentence
from retrieval.question_scope import WORK, of_genre
from retrieval.report_parts import PLAN, PROBLEMS, part_of

__all__ = ["PartFound", "part_asked", "reports_with_part", "term_part_asked"]

# the words a part is named by in a question (a concept's spellings, split at 「/」)
_PART_WORDS = {
    PROBLEMS: {"问题", "不足", "不足之处", "短板", "差距", "薄弱环节", "弱项", "存在问题", "困难"},
    PLAN: {"打算", "安排", "计划", "思路", "下一步", "下步", "展望", "设想"},
    TERM: {"五年", "过去五年", "五年来", "近五年", "本届", "本届政府", "任期", "五年回顾"},
    GLOSSARY: {"名词解释", "名词注释", "术语注释", "术语解释", "名词", "术语", "注释", "释义"},
}
# words that frame only one part: a term is looked back on (回顾), a glossary stands after the
# report (报告后, 后面, 末尾)
_PART_FRAMES = {
    # 「回顾过去五年」 is cut 回顾过去 | 五年: the look back said with its 过去, the same frame
    TERM: frozenset({"回顾", "工作回顾", "回顾过去", "回顾了", "总结过去"}),
    GLOSSARY: frozenset({"报告后", "后面", "后边", "末尾", "文末", "最后", "附", "附上", "附带"}),
}
# words that only frame a part in such a question: where it stands, whose, which year's,
# and the verbs of writing it up; none names a topic of its own
_FRAME_WORDS = frozenset(
    "存在 工作 总结 反思 查找 分析 梳理 自身 自己 本身 主要 原因 部分 内容 方面 年度 下一年 下一年度"
    " 下年 下年度 明年 来年 今后 新一年 未来 列出 指出 提出 写出"
    " 一步".split()  # 一步: 下一步 as the tokenizer may cut it (下 / 一步)
)
# a sentence that opens a part, its items following the colon it ends in; a report may also
# say its own shortcomings in one sentence closed by 。 (「…还面临一些困难和问题。」「清醒地看到
# 前进中的问题和挑战：」), which is the problems part as much as a heading is
_OPENS = {
    PROBLEMS: re.compile(
        r"(?:(?:存在|面临|看到|认识到|还有|仍有|仍然|依然|尚有)[^。；;：:！!？?]{0,20}"
        r"(?:问题|不足|短板|差距|困难|挑战)"
        r"|(?:不足|差距|短板)[^。；;：:！!？?]{0,8}(?:表现|体现)(?:在|为))[^。；;：:！!？?]{0,12}[：:。]"
    ),
    PLAN: re.compile(
        r"(?:下一步|下步|今后|明年|下一年度?|来年|新的一年)[^。；;：:！!？?]{0,30}"
        r"(?:将|打算|计划|安排|重点|着力|做好|抓好)[^。；;：:！!？?]{0,30}[：:]"
    ),
}
# a question asks a part only in the part's standard names: 存在的问题/不足/困难 (or 问题和不足),
# 下一步/下一年/明年/今后 + 打算/安排/计划/思路; 「短板弱项」「工作计划」「工作安排」 alone are
# topics a report may write anywhere, answered by their words as before
_ASKS = {
    PROBLEMS: re.compile(
        r"存在的?[^，,。？?]{0,4}?(?:问题|不足|困难|短板|差距)|(?:问题|困难)(?:和|与|及)不足"
        r"|不足(?:和|与|及)(?:问题|困难)|(?:自身|自己|本身)[^，,。？?]{0,6}?(?:问题|不足|短板|差距|困难)"
    ),
    PLAN: re.compile(
        r"(?:下一步|下步|下一?年度?|明年|来年|今后|新一年)[^，,。？?]{0,6}?(?:打算|安排|计划|思路)"
    ),
    TERM: re.compile(
        r"(?:五年|本届(?:政府)?|任期)(?:来|以来)?的?(?:工作)?(?:回顾|总结)"
        r"|(?:回顾|总结)了?(?:过去|近|这)?五年|(?:过去|近)五年的?(?:工作)?(?:回顾|总结)"
    ),
    GLOSSARY: re.compile(r"(?:名词|术语)(?:[、和及与]?术语)?(?:解释|注释|释义)"),
}
# a line of its own naming a year and the work planned for it (「2022年主要工作」「二、2025年工作
# 安排」), which the parser may not take for a heading; read as the plan when the year is after
# the one the report covers (a review never titles the year to come)
_YEAR_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?((?:19|20)\d{2})年度?[^，,。；;：:！!？?\s]{0,12}?"
    r"(?:工作|任务|安排|打算|计划|目标|思路)[^，,。；;：:！!？?\s]{0,8}$"
)
_REVIEW_LINE = re.compile(r"以来|回顾|成效|成绩|情况|完成|取得")
# a sentence meeting problems (「针对存在的问题，采取以下措施：」) opens remedies, not the part
_REMEDY = re.compile(r"针对|解决|整改|化解|破解|聚焦|围绕|补齐|克服")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]?")


# what may follow the term part asked: its frame and the asking words, no topic
_TERM_REST = re.compile(
    r"的|工作|回顾|总结|部分|报告|有哪些|是哪些|哪些|哪几份|哪几个|几份|有|是|呢|吗|[？?。，,！!\s]"
)


def term_part_asked(q: str) -> bool:
    """Does ``q`` ask for the part reviewing a term (「哪几份是回顾过去五年的」)? Its 过去五年 names
    the span a report looks back on, not five calendar years counted back from today, so the
    question is kept as said rather than read as years (``answering.relative_years``). Only
    when nothing but the asking follows: 「回顾了过去五年的生态建设」 asks a topic of those years."""
    q = to_simplified(q)
    m = _ASKS[TERM].search(q)
    return m is not None and not _TERM_REST.sub("", q[m.end() :])


def part_asked(analysis: Analysis) -> str | None:
    """The part (``PROBLEMS``, ``PLAN``) a which-question asks reports to have, or None when
    it asks anything else: a count, a topic beside the part, or both parts at once."""
    if analysis.kind != Kind.WHICH or analysis.number or not analysis.concepts:
        return None
    parts: set[str] = set()
    framing: list[set[str]] = []
    for concept in analysis.concepts:
        spellings = set(to_simplified(concept.term).split("/"))
        named = {p for p, words in _PART_WORDS.items() if spellings & words}
        if named:
            parts |= named
        elif not spellings <= _FRAME_WORDS:
            framing.append(spellings)
    if len(parts) != 1:
        return None
    part = parts.pop()
    if any(not spellings <= _PART_FRAMES.get(part, frozenset()) for spellings in framing):
        return None  # a topic of its own
    return part if _ASKS[part].search(to_simplified(analysis.question)) else None


@quick
@dataclass(frozen=True)
class PartFound:
    """A report's part: the chunk it stands in and the quote (report offsets) showing it."""

    chunk: Chunk
    start: int
    end: int
    text: str


def reports_with_part(
    part: str, infos: Sequence[ReportInfo], chunks: Sequence[Chunk]
) -> dict[str, PartFound]:
    """Report id → where its ``part`` stands, for the reports of ``infos`` that have it: the
    first top heading of the part, else the first sentence opening it."""
    ids = {i.report_id for i in infos}
    if part in (TERM, GLOSSARY):
        return _document_parts(part, [c for c in chunks if c.report_id in ids])
    headed: dict[str, PartFound] = {}
    opened: dict[str, PartFound] = {}
    # a top heading's part, read once per heading and report kind (the title tells the genre)
    parts_of: dict[tuple[str, int | None, str], str | None] = {}
    for chunk in sorted((c for c in chunks if c.report_id in ids), key=_place):
        rid = chunk.report_id
        if rid in headed:
            continue
        top = chunk.section_path[0] if chunk.section_path else ""
        key = (top, chunk.info.year, chunk.info.title)
        if key not in parts_of:
            parts_of[key] = part_of("", top, chunk.info) if top else None
            if parts_of[key] == PLAN and _reviews_its_year(top, chunk.info):
                parts_of[key] = None
        if parts_of[key] == part:
            headed[rid] = _heading_found(chunk, top)
        elif rid not in opened and (found := _opening(part, chunk)) is not None:
            opened[rid] = found
    return {**opened, **headed}


def _document_parts(part: str, chunks: Sequence[Chunk]) -> dict[str, PartFound]:
    """The term review or the glossary (``retrieval.doc_parts``): the first line of the
    report heading it, or for the term review a sentence opening the look back."""
    found: dict[str, PartFound] = {}
    for chunk in sorted(chunks, key=_place):
        rid = chunk.report_id
        if rid in found:
            continue
        top = chunk.section_path[0] if chunk.section_path else ""
        if part == TERM and top and term_heading(top, chunk.info):
            found[rid] = _heading_found(chunk, top)
            continue
        for m in _SENTENCE.finditer(chunk.text):
            said = m.group(0)
            hit = glossary_line(said) if part == GLOSSARY else term_sentence(said, chunk.info)
            if hit:
                lead = len(said) - len(said.lstrip())
                text = said.strip()
                start = chunk.start + m.start() + lead
                found[rid] = PartFound(chunk, start, start + len(text), text)
                break
    return found


def _place(chunk: Chunk) -> tuple[str, int]:
    return chunk.report_id, chunk.start


def _heading_found(chunk: Chunk, top: str) -> PartFound:
    """The top heading quoted where the chunk writes it, else the chunk's first sentence."""
    at = chunk.text.find(top)
    if at >= 0:
        return PartFound(chunk, chunk.start + at, chunk.start + at + len(top), top)
    first = _SENTENCE.match(chunk.text)
    text = first.group(0).rstrip("\n") if first else chunk.text
    return PartFound(chunk, chunk.start, chunk.start + len(text), text)


def _opening(part: str, chunk: Chunk) -> PartFound | None:
    """The chunk's first sentence that opens ``part`` (it names the part and then a colon its
    items follow), quoted up to the colon."""
    for m in _SENTENCE.finditer(chunk.text):
        said = m.group(0)
        if part == PLAN and (line := _plan_line(said, m.start(), chunk)) is not None:
            return line
        opener = _OPENS[part].search(to_simplified(said))
        if opener is None or (part == PROBLEMS and _REMEDY.search(said)):
            continue
        lead = len(said) - len(said.lstrip())
        start = chunk.start + m.start() + lead
        text = said[lead : opener.end()]
        return PartFound(chunk, start, start + len(text), text)
    return None


def _plan_line(said: str, at: int, chunk: Chunk) -> PartFound | None:
    """``said`` as a line of its own heading the plan (``_YEAR_LINE``), or None."""
    line = said.strip()
    m = _YEAR_LINE.match(to_simplified(line))
    year = chunk.info.year
    if m is None or not year or int(m.group(1)) <= year or _REVIEW_LINE.search(line):
        return None
    start = chunk.start + at + len(said) - len(said.lstrip())
    return PartFound(chunk, start, start + len(line), line)


def _reviews_its_year(heading: str, info: ReportInfo) -> bool:
    """A 法治 report or a 工作总结 heading 「2024年主要工作」 in its 2024 report reviews the year it
    covers: a year named no later than the covered one is no plan. (A work report may be dated
    by the year it is delivered in and plans, so its headings are left to ``part_of``.)"""
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", to_simplified(heading))]
    return bool(years) and bool(info.year) and not of_genre(info, WORK) and max(years) <= info.year
