"""「其中哪份的名词解释条目最多」: the glossary's entries counted, report by report.

A report read to a congress often closes with a glossary (``retrieval.doc_parts``: 「有关名词
解释」 on a line of its own) whose entries are numbered one per line (「1.To C、To B…：…」 to
「43.信用分级分类监管：…」). How many terms a report explains is thus a count of its glossary's
numbered lines — a fact of the report's structure no sentence states, so no topic search can
find it. A question naming the glossary with a count or its extreme (条目最多, 最少, 多少条)
is answered from that count: each report in scope with a glossary, its count cited by the
last entry, and for 最多/最少 the report(s) at the extreme as the answer's units.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from answering.extractive import CitationBook, _label, _quoted, no_evidence
from answering.sentences import Span
from reportqa.answer import Answer, Bullets, Completeness, Paragraph, Text, verdicts
from reportqa.text import to_simplified
from reportqa.types import Chunk
from retrieval.doc_parts import GLOSSARY
from retrieval.part_presence import reports_with_part

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis

__all__ = ["count_asked", "glossary_count_answer", "glossary_entries", "numbered_entries"]

_GLOSSARY_WORD = re.compile(r"(?:名词|术语)(?:[、和及与]?术语)?(?:解释|注释|释义)")
# the count or its extreme asked of the glossary itself, right after its name (「名词解释条目
# 最多」「名词解释有多少条」) or right before it (「有几条名词解释」); a count of something
# inside it (「名词解释中提到了多少个产业」) is a question about its content
_ENTRIES = r"(?:的)?(?:条目|词条|条数|数量|个数)?(?:数)?(?:是|有|一共有?|共有?|总共有?)?"
_EXTREME_AFTER = re.compile(_ENTRIES + r"(?P<x>最多|最少|最长|最短|最全)")
_COUNT_AFTER = re.compile(_ENTRIES + r"(?:多少|几)(?:条|个|项)?(?:条目|词条)?[？?吗呢。]*$")
_COUNT_BEFORE = re.compile(r"(?:多少|几)(?:条|个|项)(?:的)?$")
# after 「有几条名词解释」 the question must end: 「有几条名词解释提到了数字经济」 counts entries
# of some content, which no count of the glossary's lines answers
_ENDS = re.compile(r"(?:部分|内容)?[？?吗呢。！!]*$")
_MOST = ("最多", "最长", "最全")

# a numbered entry line: 「43.信用分级分类监管：…」「3、双招双引：…」
_ENTRY = re.compile(r"^\s*(\d{1,3})\s*[.．、]\s*\S", re.M)


# an unnumbered entry line: the term, then a colon and its explanation (「BT-IT融合：指生物…」)
_TERM_LINE = re.compile(r"[^\n：:。，,；;]{1,30}[：:]\s*\S[^\n]*")
# a line naming the glossary itself (「附件1」 then 「政府工作报告名词、术语注释」), not a list of
# attachments that mentions it among others (「附件：1. 2017年…名词、术语注释」 then 「2．…清单」)
_HEADING_LINE = re.compile(r"^[^\n]{0,30}" + _GLOSSARY_WORD.pattern + r"[^\n]{0,4}$", re.M)


def numbered_entries(text: str) -> list[re.Match]:
    """The numbered entry lines opening ``text`` (the text after a glossary's line): a run
    counting 1, 2, 3… up; the first line breaking the count ends the glossary."""
    out: list[re.Match] = []
    for m in _ENTRY.finditer(text):
        if int(m.group(1)) != len(out) + 1:
            break
        out.append(m)
    return out


def _term_lines(text: str) -> list[re.Match]:
    """Unnumbered entries: the 「term：explanation」 lines right after the glossary's line,
    up to the first line of another shape (blank lines skipped)."""
    out: list[re.Match] = []
    at = 0
    while True:
        while at < len(text) and text[at] in "\n \t　":
            at += 1
        m = _TERM_LINE.match(text, at)
        if m is None or at >= len(text):
            return out
        out.append(m)
        at = m.end()


def glossary_entries(text: str, start: int) -> tuple[int, list[re.Match]]:
    """(where the entries' text begins, the entries) of the glossary found at ``start``: read
    after each line from there that names the glossary, the first giving entries — numbered
    ones, else 「term：explanation」 lines — wins; (start, []) when none does."""
    for line in _HEADING_LINE.finditer(text, start):
        after = text[line.end() :]
        entries = numbered_entries(after) or _term_lines(after)
        if entries:
            return line.end(), entries
    return start, []


def _chunk_at(chunks: list[Chunk], at: int) -> Chunk | None:
    return next((c for c in chunks if c.start <= at < c.start + len(c.text)), None)


def count_asked(question: str) -> str | None:
    """ "most", "fewest" or "count" when ``question`` asks a count of a glossary's entries or
    its extreme; None when it asks none (or a count of what the entries say)."""
    q = to_simplified(question)
    glossary = _GLOSSARY_WORD.search(q)
    if not glossary:
        return None
    extreme = _EXTREME_AFTER.match(q, glossary.end())
    if extreme:
        return "most" if extreme.group("x") in _MOST else "fewest"
    counts = _COUNT_AFTER.match(q, glossary.end()) or (
        _COUNT_BEFORE.search(q, 0, glossary.start()) and _ENDS.match(q, glossary.end())
    )
    return "count" if counts else None


def glossary_count_answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The counts of the glossaries in scope, the extreme one(s) as the answer when asked;
    None when the question asks no count of a glossary."""
    asked = count_asked(analysis.question)
    if asked is None:
        return None
    most, fewest = asked == "most", asked == "fewest"
    retriever = ctx.retriever
    retriever.lib.refresh()
    infos = retriever.scope(filters)
    found = reports_with_part(GLOSSARY, infos, retriever.lib.chunks)
    counted = []  # (info, count, chunk, start, text of the last entry)
    for info in infos:
        where = found.get(info.report_id)
        if where is None:
            continue
        text = retriever.lib.report_text(info.report_id)
        line_start = text.rfind("\n", 0, where.start) + 1
        base, entries = glossary_entries(text, line_start)
        if not entries:
            continue
        last = entries[-1]
        start = base + last.start() + len(last.group(0)) - len(last.group(0).lstrip())
        line = text[start:].split("\n", 1)[0].strip()
        chunks = [c for c in retriever.lib.chunks if c.report_id == info.report_id]
        chunk = _chunk_at(chunks, start)
        if chunk is not None:
            end = min(start + len(line), chunk.start + len(chunk.text))
            counted.append((info, len(entries), chunk, start, text[start:end]))
    have = {c[0].township or c[0].shown for c in counted}
    lacking = list(dict.fromkeys(u for i in infos if (u := i.township or i.shown) not in have))
    if not counted:
        return no_evidence(analysis, len(infos), lacking)
    book = CitationBook()
    counted.sort(key=lambda c: -c[1])
    lines = [
        (
            *_label(info),
            Text(f"：{n} 条，最后一条"),
            _quoted(said, book.cite(ch, Span(s, s + len(said), said, 1.0))),
        )
        for info, n, ch, s, said in counted
    ]
    top = counted[0][1] if most or not fewest else counted[-1][1]
    picked = [c[0].township or c[0].shown for c in counted if c[1] == top]
    if most or fewest:
        word = "最多" if most else "最少"
        head = f"名词解释条目{word}的是{'、'.join(picked)}（{top} 条）。各报告的条目数："
        units = verdicts(picked, lacking)
    else:
        head = f"共 {len(counted)} 份报告附有名词解释，条目数如下："
        units = verdicts([c[0].township or c[0].shown for c in counted], lacking)
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=analysis.kind,
        mode="extractive",
        body=(Paragraph((Text(head),)), Bullets(tuple(lines))),
        units=units,
        completeness=Completeness(len(infos), tuple(lacking)),
        citations=tuple(book.items),
        searched=len(infos),
    )
