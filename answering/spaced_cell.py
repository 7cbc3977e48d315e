"""「安丰镇反诈宣传有多少人参加」: the cell of a spaced table where the row and the column meet.

A text table (``reportqa.spaced_tables``) gives its figures bare (「反诈宣传  18  4300」): the
measure is in the column's name (「参与人数」), never beside the figure, so the count judge
finds no 「4300人」 and says the report gives no number. When the prose has no answer and the
unit's report holds such a table, a row is asked when the question names its label (as a
target/result row is, ``answering.plan_table``), and a column when the question says its
name's words or its measure (人 of 多少人 for 参与人数, 场 for 场次, 钱 for 金额, 件 for 件数, 率 for
成功率). Only one column may fit best; a tie, or no column named, leaves the prose's answer
standing. A column asked of no row is read in the table's total row (合计), when it has one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.plan_table import FIGURE_ASKED, label_asked, passage_before
from answering.sentences import Span
from answering.unit_value import chunk_at
from reportqa.answer import Answer, Paragraph, Text
from reportqa.spaced_tables import SpacedRow, SpacedTable, spaced_tables
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.query import Analysis

log = logging.getLogger(__name__)

_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
_PLANNED = re.compile(r"计划|目标|预期|预计|原定|打算")
_AGAINST = re.compile(r"比\s*(?:19|20)\d{2}|同比|较(?:19|20)\d{2}|与(?:19|20)\d{2}年?相比")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?=年?(?:度)?$)")
_UNIT_MARK = re.compile(r"[（(][^）)]{1,6}[）)]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# words of asking that name no column (多少 shares 少 with 减少量, 个 with 个数), and 数, which
# every count column holds (人数, 件数)
_ASKING = frozenset("多少几个的了是有在哪些啥什么呢吗数")
# a measure the question says in everyday words, and the characters a column's name writes it in:
# asked, only a column writing it answers (「涉及多少人」 is never the 件数 column)
_MEASURE = {
    "钱": "金额元款",
    "人": "人",
    "场": "场",
    "回": "次",
    "家": "户家",
    "件": "件数起宗",
    "率": "率%",
}
# pairs of a question that name no table's subject (its asking words, a year's, a rate's)
_NO_SUBJECT = frozenset({"多少", "情况", "全年", "一共", "总共", "合计", "年度", "如下"})
# a table's total row (合计, 总计): what the table's thing comes to when no row is named
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|全年合计)$")


def _columns(header: Sequence[str], row: SpacedRow, question: str, year: int) -> tuple[int, ...]:
    """The columns the question asks (indexes into the row's cells): the years it names of a
    table of years (the report's own year when it names none: what the year reviewed came
    to), else the one column its words name best; () when none does."""
    if len(header) != len(row.cells):
        return ()
    years = [int(m.group()) if (m := _YEAR_CELL.match(h.strip())) else None for h in header]
    if all(years):
        named = {int(y) for y in _YEAR.findall(question)} & set(years)
        if named and _AGAINST.search(question):  # 「比2022年多多少」: the year reviewed beside it
            named.add(year)
        return tuple(i for i, y in enumerate(years) if y in (named or {year}))
    one = _column(header, row, question)
    return () if one is None else (one,)


def _column(header: Sequence[str], row: SpacedRow, question: str) -> int | None:
    """The one column the question names (index into the row's cells), or None."""
    asked = {ch for ch in question if _HAN.match(ch)} - set(row.label) - _ASKING
    measures = [set(written) for said, written in _MEASURE.items() if said in asked]
    scores = []
    for name in header:
        bare = set(to_simplified(_UNIT_MARK.sub("", name)))
        fits = all(bare & m for m in measures)  # 多少人: a column of people
        scores.append(len(bare & (asked | set().union(*measures))) if fits else 0)
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def _whole_asked(table: SpacedTable, question: str, text: str) -> bool:
    """Does the question ask the table's whole: no row named, and no kind of the rows' own
    head (劳动纠纷 beside 婚姻纠纷, 邻里纠纷) that the report never writes — a kind it lacks
    is no total asked, the general word it writes (矛盾纠纷) is."""
    labels = [to_simplified(r.label) for r in table.rows if not _TOTAL.match(r.label)]
    if any(label_asked(label, question) for label in labels):
        return False
    head = _common_tail(labels)
    kinds = (
        re.findall(rf"[\u4e00-\u9fff]{{2}}(?={re.escape(head)})", question)
        if len(head) >= 2
        else []
    )
    if not all(k + head in text for k in kinds):
        return False
    # the table's subject said: the rows' head, or a word of the line that captions it
    # (「全年调解纠纷情况如下」 for 「调解成功率多少」; never 「法律援助受理了多少件」)
    before = text[: table.rows[0].start].rstrip("\n").split("\n")
    caption = to_simplified(before[-2] if table.header and len(before) >= 2 else before[-1])
    pairs = {question[i : i + 2] for i in range(len(question) - 1)}
    said = {p for p in pairs if _HAN.match(p[0]) and _HAN.match(p[1]) and p in caption}
    return (len(head) >= 2 and head in question) or bool(said - _NO_SUBJECT)


def _common_tail(labels: Sequence[str]) -> str:
    tail = labels[0] if labels else ""
    for label in labels[1:]:
        while tail and not label.endswith(tail):
            tail = tail[1:]
    return tail


def spaced_answer(
    analysis: Analysis,
    reports: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The cell the question asks for in a spaced table of the unit's ``reports``, or None."""
    q = to_simplified(analysis.question)
    if not reports or not FIGURE_ASKED.search(q) or _PLANNED.search(q):
        return None  # a target asked (计划开展多少场) is no figure of a year's column
    years = {int(y) for y in _YEAR.findall(q)}
    found: list[tuple[int, ReportInfo, SpacedTable, SpacedRow, int]] = []
    for info in reports:
        if years and info.year not in years:
            continue
        text = text_of(info.report_id)
        for table in spaced_tables(text):
            for row in table.rows:
                # the total answers a column asked of no row (「调解成功率多少」 over the kinds)
                total = _TOTAL.match(to_simplified(row.label)) is not None
                score = label_asked(row.label, q) or (total and _whole_asked(table, q, text))
                columns = _columns(table.header, row, q, info.year or 0) if score else ()
                if columns:
                    found.append((int(score), info, table, row, columns))
    if not found:
        return None
    best = max(f[0] for f in found)
    if sum(f[0] == best for f in found) > 1:
        return None  # two rows named alike: the question does not say which
    _, info, table, row, columns = next(f for f in found if f[0] == best)
    chunk = chunk_at(chunks(), info.report_id, row.start) or passage_before(
        chunks(), info, row.start
    )
    if chunk is None:
        return None
    log.debug("spaced table row %r columns %r answer %r", row.label, columns, q)
    book = CitationBook()
    text = text_of(info.report_id)
    n = book.cite(chunk, Span(row.start, row.end, text[row.start : row.end], 1.0))
    where = f"据《{info.title}》（{chunk.section}）的表格："
    said = f"{row.label}：{'；'.join(f'{table.header[c]} {row.cells[c]}' for c in columns)}。"
    body = (Paragraph((_quoted(text[row.start : row.end], n, where),)), Paragraph((Text(said),)))
    return fact_answer(analysis, body, len(reports), (info.township,), book=book)
