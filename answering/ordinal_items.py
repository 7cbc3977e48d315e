"""「十件民生实事里第七件是什么」: the N-th item of a report's numbered list, addressed by its place.

Reports number what they promise: a list of 民生实事 or 重点工作 written inline (「一是…。二是…。
七是建成盐田实验学校。」) and often once more as a table at the end (序号 / 项目名称 / 项目内容,
``retrieval.flat_tables``). A user who has read the list asks by the place (第七件, 第3项): the
item's own words are not in the question, so a topical search cannot find it; the ordinal is
the address. The answer is the N-th item of the list the question names — the list whose
title or lead (and the item) shares the question's words — quoted from the report: the table
row first (it holds the item's content as well as its name), the inline item too.

An ordinal of another kind (第二届, 第三次, 第一批: an edition or a round) addresses no item,
nor does 第N个 (「全市第一个…」 ranks a first; 第十四个五年 is a plan period). A question that
says how long the list is (「十件民生实事」) takes only a list of that length.

A table asked (「一览表里第3项」) that the unit's report does not hold is said so: a report's
annexed tables are often published apart from its text, so the text saying only 「办好20件民生
实事」 names no third item, and quoting a sentence from it as the answer would invent one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.sentences import Span
from reportqa.answer import Answer, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.flat_tables import flat_tables
from retrieval.query import Analysis

_CN = "一二三四五六七八九十"
# 第七件 / 第3项 / 第八条; never 第N个 (「全市第一个…的镇」 ranks a first, 第十四个五年 a plan)
# 头一件/头一项 is 第一件 said the spoken way
_ORDINAL = re.compile(rf"(?:第|头(?=一))\s*(?P<n>[{_CN}]{{1,3}}|[0-9０-９]{{1,2}})\s*[件项条]")
# a list of shortcomings (存在的问题, 不足, 差距, 短板) is no list of work or promises: its items
# answer only a question naming them
_FAULTS = re.compile(r"不足|差距|短板|存在(?:的)?(?:主要)?问题|问题和不足")
# …but 短板/差距 are also the object of the work that mends them (补齐民生短板, 缩小差距, 针对
# 短板指标, 短板弱项逐步消除): a clause naming them with such a verb leads a list of work
_MENDS = re.compile(r"补|缩小|弥补|找|破解|解决|针对|消除|攻坚|强弱项")
_CLAUSE = re.compile(r"[，,。；;：:（）()]")


def _lists_faults(lead: str) -> bool:
    """Does ``lead`` introduce shortcomings (「仍有差距」「存在一些挑战和不足」), not work
    mending them (「加快补齐民生短板」)?"""
    return any(_FAULTS.search(c) and not _MENDS.search(c) for c in _CLAUSE.split(lead))


# 「两份报告的…头一件分别是啥」: the item asked of each report read, not the best of them all
_EACH = re.compile(r"分别|各自|各是|[两几每]份报告|每份|每个报告")
# 「十件民生实事」「20项重点工作」: the length of the list the question names
_LENGTH = re.compile(rf"(?<![第头\d{_CN}])(?P<n>[{_CN}]{{1,3}}|\d{{1,3}})\s*[件项](?:重点)?")
# the question asks a table's row: 一览表, 项目表, 表里/表中
_TABLE = re.compile(r"一览表|[明细计划项目清单任务]表|(?<![代发图])表[里中内上]")  # 代表中: people
# an inline item's mark: 「一是」 after the start of a line or a sentence or a colon
_MARK = re.compile(rf"(?:^|(?<=[\n。；;：:]))\s*(?P<n>[{_CN}]{{1,3}})是")
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


def number_of(written: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20; digits as written."""
    written = written.translate(_FULL)
    if written.isdigit():
        return int(written)
    if "十" in written:
        tens, _, ones = written.partition("十")
        return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(ones) + 1 if ones else 0)
    return _CN.index(written) + 1 if len(written) == 1 else 0


def asked_ordinal(question: str) -> int:
    """The place of the item asked (第七件 → 7), 0 when none is asked."""
    m = _ORDINAL.search(to_simplified(question))
    return number_of(m.group("n")) if m else 0


@dataclass(frozen=True)
class _Item:
    """One list's N-th item: the list's lead (a table's title, the words before an inline
    list), the item's span, and how long the list is."""

    lead: str
    start: int
    end: int
    length: int
    table: bool


def _inline_lists(text: str) -> list[list[tuple[int, int, int]]]:
    """Runs of 「一是…二是…」 within one paragraph, numbered from one in order: each item as
    (number, start, end)."""
    runs = []
    pos = 0
    for line in text.split("\n"):
        marks = [(number_of(m.group("n")), m.start("n")) for m in _MARK.finditer(line)]
        run: list[tuple[int, int]] = []
        for n, at in marks:
            if n == len(run) + 1:
                run.append((n, at))
            elif n == 1:
                run = [(n, at)]
        if len(run) >= 2:
            ends = [at for _, at in run[1:]] + [len(line)]
            runs.append([(n, pos + at, pos + e) for (n, at), e in zip(run, ends, strict=True)])
        pos += len(line) + 1
    return runs


def _items(text: str, n: int, tables_only: bool) -> list[_Item]:
    """The N-th item of every numbered list of ``text``; a list shorter than N gives an item
    with an empty span (start == end), so that its length can be said."""
    out = []
    for table in flat_tables(text):
        row = table.row(n)
        at = (row.start, row.end) if row is not None else (table.start, table.start)
        out.append(_Item(table.title, *at, len(table.rows), True))
    if tables_only:
        return out
    for run in _inline_lists(text):
        first = run[0][1]
        line_start = text.rfind("\n", 0, first) + 1
        _, s, e = run[n - 1] if n <= len(run) else (0, first, first)
        out.append(_Item(text[line_start:first], s, e, len(run), False))
    return out


def _terms(analysis: Analysis) -> list[tuple[str, ...]]:
    """The question's words other than the ordinal and the list's length."""
    out = []
    for c in analysis.concepts:
        if _ORDINAL.fullmatch(c.term) or _LENGTH.fullmatch(c.term) or c.term.startswith("第"):
            continue
        if c.term.endswith("头") and re.search(r"头一\s*[件项条]", analysis.question):
            continue
        out.append(tuple(to_simplified(a) for a in c.alternatives))
    return out


def _score(item: _Item, text: str, terms: Sequence[tuple[str, ...]]) -> int:
    said = to_simplified(item.lead + "\n" + text[item.start : item.end])
    return sum(1 for alts in terms if any(a in said for a in alts))


def ordinal_answer(
    analysis: Analysis,
    reports: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The N-th item of the list the question names in ``reports`` (the unit's few reports
    in scope), or the table said absent; None when no ordinal is asked or no list fits."""
    n = asked_ordinal(analysis.question)
    if not n or not reports:
        return None
    q = to_simplified(analysis.question)
    length = next((number_of(m.group("n")) for m in _LENGTH.finditer(q)), 0)
    tables_only = bool(_TABLE.search(q))
    terms = _terms(analysis)
    found: list[tuple[int, bool, ReportInfo, _Item]] = []
    for info in reports:
        text = text_of(info.report_id)
        for item in _items(text, n, tables_only):
            if length and item.length != length:
                continue
            if _lists_faults(to_simplified(item.lead)) and not _FAULTS.search(q):
                continue  # 「…仍有差距。一是…有待提升」: the shortcomings, no work asked
            score = _score(item, text, terms)
            if score or not terms:
                found.append((score, item.table, info, item))
    short = [f for f in found if f[3].start == f[3].end]
    found = [f for f in found if f[3].start < f[3].end]
    if not found and short and terms and max(f[0] for f in short) > 0:
        return _too_short(analysis, n, max(short, key=lambda f: f[0]), len(reports))
    if not found:
        return _no_table(analysis, reports) if tables_only else None
    if _EACH.search(q) and len({f[2].report_id for f in found}) >= 2:
        # each report's own best list: the N-th item of every report asked, table row first;
        # only a list whose lead names the question's words as well as the best lead does (a
        # report listing no 民生实事 gives no 「一是重点改革…」 that merely mentions 民生)
        named = {id(f): _score(_Item(f[3].lead, 0, 0, 0, False), "", terms) for f in found}
        found = [f for f in found if named[id(f)] == max(named.values())]
        chosen = []
        for rid in dict.fromkeys(f[2].report_id for f in found):
            mine = [f for f in found if f[2].report_id == rid]
            top = max(f[0] for f in mine)
            chosen.append(min((f for f in mine if f[0] == top), key=lambda f: not f[1]))
        return _answered(analysis, chosen, text_of, chunks, len(reports))
    best = max(s for s, _, _, _ in found)
    chosen = sorted((f for f in found if f[0] == best), key=lambda f: not f[1])
    return _answered(analysis, chosen[:2], text_of, chunks, len(reports))


def _chunk_for(mine: Sequence[Chunk], start: int) -> Chunk | None:
    """The passage holding ``start``, else the last one before it (a table after the body
    may stand outside every passage): its section is what the citation names."""
    held = next((c for c in mine if c.start <= start < c.end), None)
    before = [c for c in mine if c.start <= start]
    return held or (max(before, key=lambda c: c.start) if before else None)


def _answered(analysis, chosen, text_of, chunks, searched: int) -> Answer | None:
    book = CitationBook()
    parts = []
    units = []
    for _, _, info, item in chosen:
        mine = [c for c in chunks() if c.report_id == info.report_id]
        chunk = _chunk_for(mine, item.start)
        if chunk is None:
            continue
        text = text_of(info.report_id)
        quote = text[item.start : item.end].strip()
        start = text.index(quote, item.start)
        n = book.cite(chunk, Span(start, start + len(quote), quote, 1.0))
        where = f"据《{info.title}》（{item.lead.strip() or chunk.section}）："
        parts.append(Paragraph((_quoted(quote, n, where),)))
        units.append(info.township)
    if not parts:
        return None
    return fact_answer(analysis, parts, searched, dict.fromkeys(units), book=book)


def _too_short(analysis: Analysis, n: int, listed, searched: int) -> Answer:
    """The list the question names has fewer than N items: the place asked holds nothing."""
    _, _, info, item = listed
    unit = info.township or info.source
    lead = item.lead.strip().rstrip("：:") or "所列事项"
    said = f"{unit}的报告中「{lead}」共列{item.length}项，没有第{n}项（已检索 {searched} 份报告）。"
    return fact_answer(analysis, (Paragraph((Text(said),)),), searched, unsaid=(unit,))


def _no_table(analysis: Analysis, reports: Sequence[ReportInfo]) -> Answer:
    unit = reports[0].township or reports[0].source
    said = (
        f"{unit}的报告正文中没有这张表，也没有按序号列出的对应事项（已检索 {len(reports)} 份报告）；"
        "报告的附表常与正文分开发布。"
    )
    return fact_answer(analysis, (Paragraph((Text(said),)),), len(reports), unsaid=(unit,))
