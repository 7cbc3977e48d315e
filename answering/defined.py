"""「“一县一场”是啥意思」「“新三样”是哪三样」: a quoted term asked for its meaning.

Government reports coin short slogans (一县一场, 新三样, 两重) and explain them once: in a
glossary annexed to the report (「附件 名词解释」, one entry a line: 「13.“一县一场”：全省所有县
（市）均要建成…」), in the text as 「X是指…」「X，即…」, or by an enumeration in brackets right
after the term (「“新三样”（新能源汽车、锂电池、光伏产品）」) or before it (「包括A、B、C在内的
“三项制度”」). A user who asks what such a term
means, or which items it holds, wants that explanation; the sentences that merely use the term
(「全面建成“一县一场”」) repeat it without saying what it is, however well they match the
question's words. So the explanation outranks every use, and is quoted as the answer.

Only the term exactly as quoted is looked up: a report explaining another term never answers
(a glossary entry 「两新：…」 is no explanation of 两重). When no report read explains the term,
the ordinary answer stands, its uses introduced as uses (``undefined_note``), never as the
term's definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from answering.absent import absent_scope
from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.sentences import Span
from reportqa.answer import Answer, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.question_scope import FEW

_OPEN, _CLOSE = "“\"「『‘'", "”\"」』’'"
_TERM = re.compile(rf"[{_OPEN}](?P<term>[^{_OPEN}{_CLOSE}？?，,。]{{2,20}})[{_CLOSE}]")
# words between the term and the ask that add nothing: 「“两重”这个说法到底指的啥」
_FILLER = r"(?:这个|那个|这一|一)?(?:词|说法|提法|概念|名词|词儿)?(?:到底|究竟|具体)?"
# the ask for a meaning or for the items a numbered slogan holds, closing its clause
_ASK = re.compile(
    rf"^{_FILLER}(?:"
    r"(?:是|说的是|讲的是|的)?(?:啥|什么)意思|的意思|的含义|的内涵|"
    r"(?:是|说的是|讲的是)?指的?(?:是)?(?:啥|什么|哪些|哪几[个样项条种])(?:意思)?|"
    r"是(?:啥|什么)(?:东西|内容|概念)?|"
    # 「是哪三样」「是哪两新」: the count and a classifier or the term's own head said again
    r"是哪[几两三四五六七八九十\d]+[\u4e00-\u9fff]?|"
    r"(?:都)?包括(?:哪些|啥|什么)|(?:都)?包含(?:哪些|啥|什么)|"
    r"(?:该|应该|要)?(?:怎么|如何)理解"
    # the ask closes the clause: 「“两新”是哪两个部门提出的」 asks a department, 「是什么时候」 a date
    r")(?:呢|啊|呀|吧|啦|哈)?(?=[？?。！!，,\s]|$)"
)
_NUMBER = r"(?:[（(]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]?[.．、。]?\s*)?"
# 「X是指…」「X，即…」 (即将, 即可, 即时 are no gloss: 「“两重”即将开工」)
_LEAD_WORDS = (
    r"(?:，|,)?(?:是指|指的是|系指|即是|意指|意为|的意思是|的含义是|即(?![将可时使便刻日]))"
)
_BRACKET_SKIP = re.compile(r"^(?:以下|下同|简称|全称|英文|(?:19|20)\d{2})")


def asked_term(question: str) -> str | None:
    """The quoted term whose meaning the question asks, or None (module docstring)."""
    q = to_simplified(question)
    for m in _TERM.finditer(q):
        if _ASK.match(q[m.end() :]):
            return m.group("term").strip()
    return None


# 「是什么意思」「指的啥」「怎么理解」 ask a meaning; 「“主要预期目标”是什么」「包括哪些」 may ask the
# content itself, which the uses give: only a meaning ask is told no explanation was found
_MEANING = re.compile(r"意思|含义|内涵|指|理解")


def asks_meaning(question: str) -> bool:
    """Does the question ask the quoted term's meaning in so many words (``_MEANING``)?"""
    q = to_simplified(question)
    for m in _TERM.finditer(q):
        ask = _ASK.match(q[m.end() :])
        if ask:
            return bool(_MEANING.search(ask.group()))
    return False


@dataclass(frozen=True)
class Found:
    """One explanation of the term in one report: its span and how it explains (0 a
    glossary entry, 1 a 「是指」 sentence, 2 a bracket right after the term or its parts
    listed before it)."""

    info: ReportInfo
    start: int
    end: int
    rank: int


def explanations(text: str, term: str) -> list[tuple[int, int, int]]:
    """(start, end, rank) of every explanation of ``term`` in ``text`` (module docstring)."""
    t = re.escape(to_simplified(term))
    quoted = rf"[{_OPEN}]?{t}[{_CLOSE}]?"
    s = to_simplified(text)
    out: list[tuple[int, int, int]] = []
    glossary = re.compile(rf"(?m)^[ \t　]*{_NUMBER}{quoted}\s*[：:]\s*\S[^\n]*")
    out += [(m.start(), m.end(), 0) for m in glossary.finditer(s)]
    # an entry may head several terms or qualify its term (「2.“六稳”、“六保”：」「11.四个“第一
    # 时间”：」「盐田河临港产业带“一走廊、两组团”：」): the quoted term in a short head, no pause
    shared = re.compile(
        rf"(?m)^[ \t　]*{_NUMBER}[^，,。；;：:\n]{{0,16}}?[“\"]{t}[”\"]"
        rf"(?:[、和与及][^，,。；;：:\n]{{1,16}}?)?\s*[：:]\s*\S[^\n]*"
    )
    out += [(m.start(), m.end(), 0) for m in shared.finditer(s)]
    said = re.compile(rf"(?:所谓)?{quoted}{_LEAD_WORDS}[^。；;\n]{{4,}}[。；;]?")
    for m in said.finditer(s):
        start = max(s.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        out.append((start, m.end(), 1))
    bracket = re.compile(rf"[{_OPEN}]{t}[{_CLOSE}]\s*[（(](?P<b>[^（）()\n]{{4,120}})[）)]")
    out += [(m.start(), m.end(), 2) for m in bracket.finditer(s) if _glosses(m.group("b"))]
    # 「包括行政执法公示、执法全过程记录、重大执法决定法制审核制度在内的行政执法“三项制度”」:
    # the parts listed before the term, in the clause that names it
    listed = re.compile(
        rf"(?:包括|包含|以)[^。；;\n]{{2,80}}?、[^。；;\n]{{2,80}}?(?:等)?"
        rf"(?:在内|为(?:主|代表|核心))的[^，,。；;、\n]{{0,8}}?[{_OPEN}]{t}[{_CLOSE}]"
    )
    for m in listed.finditer(s):
        start = max(s.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        end = min((i for i in (s.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(s))
        out.append((start, end + 1, 2))
    return _distinct(out)


def _glosses(inside: str) -> bool:
    """A bracket that says what the term is, not an abbreviation note or a date."""
    return not _BRACKET_SKIP.match(inside) and len(re.findall(r"[\u4e00-\u9fff]", inside)) >= 4


def _distinct(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Overlapping spans once, the better-ranked kept (a glossary line also matches 「即」)."""
    out: list[tuple[int, int, int]] = []
    for start, end, rank in sorted(found, key=lambda f: (f[2], f[0])):
        if all(end <= s or start >= e for s, e, _ in out):
            out.append((start, end, rank))
    return out


def defined_answer(
    question: str,
    analysis,
    reports: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The reports' explanation of the quoted term asked, or None when none is asked or no
    report of ``reports`` explains it (the ordinary answer then stands)."""
    term = asked_term(question)
    if term is None or not reports:
        return None
    found = [
        Found(info, s, e, rank)
        for info in reports
        for s, e, rank in explanations(text_of(info.report_id), term)
    ]
    if not found:
        return None
    best = min(f.rank for f in found)
    chosen = [f for f in found if f.rank == best][:2]
    book = CitationBook()
    parts = []
    units = []
    for f in chosen:
        mine = [c for c in chunks() if c.report_id == f.info.report_id]
        chunk = _chunk_for(mine, f.start)
        if chunk is None:
            continue
        text = text_of(f.info.report_id)
        quote = text[f.start : f.end].strip()
        start = text.index(quote, f.start)
        n = book.cite(chunk, Span(start, start + len(quote), quote, 1.0))
        where = _glossary_heading(text, f.start) if f.rank == 0 else ""
        lead = f"据《{f.info.title}》（{where or chunk.section}），「{term}」的解释："
        parts.append(Paragraph((_quoted(quote, n, lead),)))
        units.append(f.info.township)
    if not parts:
        return None
    return fact_answer(analysis, parts, len(reports), dict.fromkeys(units), book=book)


_GLOSSARY = re.compile(r"^\s*(?:附[件录]?\d*\s*[：:]?\s*)?(?:名词解释|名词注释|注释|释义|术语解释)")


def _glossary_heading(text: str, start: int) -> str:
    """The glossary's own heading (「名词解释」) standing above the entry, if any: the
    passage a trailing annex falls into is cited under the last body section."""
    lines = text[:start].split("\n")[-40:]
    return next((ln.strip() for ln in reversed(lines) if _GLOSSARY.match(ln)), "")


def _chunk_for(mine: Sequence[Chunk], start: int) -> Chunk | None:
    """The passage holding ``start``, else the last one before it (an annex after the body
    may stand outside every passage)."""
    held = next((c for c in mine if c.start <= start < c.end), None)
    before = [c for c in mine if c.start <= start]
    return held or (max(before, key=lambda c: c.start) if before else None)


def which_defined(ctx, analysis, filters) -> Answer | None:
    """The explanation for a meaning asked in a which-shaped frame (「“新四样”具体包括哪些」
    reads as a list asked): the unit's few reports in scope, else the reports of the passages
    a search for the question finds first."""
    if asked_term(analysis.question) is None:
        return None
    retriever = ctx.retriever
    reports = absent_scope(retriever.scope(filters), FEW)
    if not reports:
        hits = retriever.search(analysis.question, ctx.top_k, filters, analysis=analysis)
        reports = tuple({h.chunk.report_id: h.chunk.info for h in hits}.values())[:5]
    text_of, chunks = retriever.lib.report_text, lambda: retriever.lib.chunks
    return defined_answer(analysis.question, analysis, reports, text_of, chunks)


def undefined_note(question: str, found: Answer) -> Answer:
    """``found`` (the ordinary answer to a term's meaning, no report read explaining it)
    led by a line saying its quotes use the term and do not explain it."""
    term = asked_term(question)
    if term is None or not found.citations or not asks_meaning(question):
        return found
    note = f"所检索的报告没有对「{term}」作出解释；以下是报告中提到它的原文，仅供参考："
    return replace(found, body=(Paragraph((Text(note),)), *found.body))
