"""「安丰镇反诈宣传有多少人参加」: the cell of a spaced table where the row and the column meet.

A text table (``reportqa.spaced_tables``) gives its figures bare (「反诈宣传  18  4300」): the
measure is in the column's name (「参与人数」), never beside the figure, so the count judge
finds no 「4300人」 and says the report gives no number. When the prose has no answer and the
unit's report holds such a table, a row is asked when the question names its label (as a
target/result row is, ``answering.plan_table``), and a column when the question says its
name's words or its measure (人 of 多少人 for 参与人数, 场 for 场次, 钱 for 金额). Only one
column may fit best; a tie, or no column named, leaves the prose's answer standing.
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
_UNIT_MARK = re.compile(r"[（(][^）)]{1,6}[）)]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# words of asking that name no column (多少 shares 少 with 减少量, 个 with 个数), and 数, which
# every count column holds (人数, 件数)
_ASKING = frozenset("多少几个的了是有在哪些啥什么呢吗数")
# a measure the question says in everyday words, and the characters a column's name writes it in:
# asked, only a column writing it answers (「涉及多少人」 is never the 件数 column)
_MEASURE = {"钱": "金额元款", "人": "人", "场": "场", "回": "次", "家": "户家"}


def _column(header: Sequence[str], row: SpacedRow, question: str) -> int | None:
    """The one column the question names (index into the row's cells), or None."""
    if len(header) != len(row.cells):
        return None
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


def spaced_answer(
    analysis: Analysis,
    reports: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The cell the question asks for in a spaced table of the unit's ``reports``, or None."""
    q = to_simplified(analysis.question)
    if not reports or not FIGURE_ASKED.search(q):
        return None
    years = {int(y) for y in _YEAR.findall(q)}
    found: list[tuple[int, ReportInfo, SpacedTable, SpacedRow, int]] = []
    for info in reports:
        if years and info.year not in years:
            continue
        for table in spaced_tables(text_of(info.report_id)):
            for row in table.rows:
                score = label_asked(row.label, q)
                column = _column(table.header, row, q) if score else None
                if column is not None:
                    found.append((score, info, table, row, column))
    if not found:
        return None
    best = max(f[0] for f in found)
    if sum(f[0] == best for f in found) > 1:
        return None  # two rows named alike: the question does not say which
    _, info, table, row, column = next(f for f in found if f[0] == best)
    chunk = chunk_at(chunks(), info.report_id, row.start) or passage_before(
        chunks(), info, row.start
    )
    if chunk is None:
        return None
    log.debug("spaced table row %r column %r answers %r", row.label, table.header[column], q)
    book = CitationBook()
    text = text_of(info.report_id)
    n = book.cite(chunk, Span(row.start, row.end, text[row.start : row.end], 1.0))
    where = f"据《{info.title}》（{chunk.section}）的表格："
    said = f"{row.label}：{table.header[column]} {row.cells[column]}。"
    body = (Paragraph((_quoted(text[row.start : row.end], n, where),)), Paragraph((Text(said),)))
    return fact_answer(analysis, body, len(reports), (info.township,), book=book)
