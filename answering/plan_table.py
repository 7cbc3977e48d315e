"""「主题普法活动计划多少场，实际完成多少场」: a report's table of targets against results.

A report often closes its review with a table of its year's indicators, one column for the
target (计划/目标/预期) and one for the result (完成/实际): 「| 主题普法活动（场） | 120 | 126 |」.
The row's cells are bare numbers, their measure word stands in the row's label (「（场）」), and
the table often follows the plan part (「三、下一步工作打算」) with no heading of its own. So the
count judge finds no 「126场」, a result asked drops the plan part, and a plan asked is answered
by the review's own figure (「培育法律明白人1350名」 for 「计划培育多少名」).

When the question names a target, a result set against one, or a threshold (「是不是超过5%」),
and a row of such a table in the unit's reports is labelled by the question's thing, the
answer quotes that row and reads its cells out by their column names; a threshold asked is
set against the result. A question with none of these words is left to the prose.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.sentences import Span
from answering.unit_value import chunk_at
from reportqa.answer import Answer, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.query import Analysis

log = logging.getLogger(__name__)

_PLAN_HEAD = re.compile(r"计划|目标|预期|预计|任务数")
_DONE_HEAD = re.compile(r"完成|实际|实绩|实现")
# what a question says to ask for a target or for a result set against one
_PLAN_ASKED = re.compile(r"计划|目标|预期|原定|定的|打算")
_DONE_ASKED = re.compile(r"实际|完成(?:了|得)?(?:多少|几)")
# 「是不是超过5%」「有没有达到95%」: a result set against a threshold the user names
_THRESHOLD = re.compile(
    r"(?P<verb>超过|超出|高于|多于|大于|突破|达到|达标|低于|少于|小于|不到|不足|未达)"
    r"了?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<pct>%|％|个百分点)?"
)
# a figure asked: 「打算怎么开展普法活动」 asks a plan's deeds, never a row's number
FIGURE_ASKED = re.compile(r"多少|几|数量|数字|百分|比例|比率")
# a plan still to come (「下一步」「明年」) is no target of the year the table reviews
_AHEAD = re.compile(r"下一步|下步|明年|下一年|来年|今后|将来|未来")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LABEL_UNIT = re.compile(r"[（(][^）)]{1,6}[）)]\s*$")


@dataclass(frozen=True)
class Row:
    """One body row of a target/result table: its label and cells by column name."""

    label: str
    cells: tuple[tuple[str, str], ...]  # (column name, cell) after the label
    start: int
    end: int
    plan: str  # the target's cell
    done: str  # the result's cell


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|｜").replace("｜", "|").split("|")]


def plan_rows(text: str) -> list[Row]:
    """Every body row of a pipe table whose header has a target column and a result column."""
    rows: list[Row] = []
    header: list[str] | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        bare = line.strip()
        if not (bare.startswith(("|", "｜")) and bare.count("|") + bare.count("｜") >= 3):
            header = None
            continue
        cells = _cells(bare)
        if all(set(c) <= set("-:— ") for c in cells):
            continue  # the markdown rule under a header
        if header is None:
            header = cells
            continue
        plan = next((i for i, h in enumerate(header) if i and _PLAN_HEAD.search(h)), None)
        done = next((i for i, h in enumerate(header) if i and _DONE_HEAD.search(h)), None)
        if plan is None or done is None or plan == done or len(cells) != len(header):
            continue
        at = text.index(bare, start)
        named = tuple(zip(header[1:], cells[1:], strict=True))
        rows.append(Row(cells[0], named, at, at + len(bare), cells[plan], cells[done]))
    return rows


def label_asked(label: str, question: str) -> int:
    """The longest run of characters the row's label (its measure word dropped) shares with
    the question: a row is asked when the question names its thing."""
    name = _LABEL_UNIT.sub("", to_simplified(label)).strip()
    best = 0
    for i in range(len(name)):
        for j in range(i + best + 1, len(name) + 1):
            if name[i:j] in question:
                best = j - i
            else:
                break
    return best if best >= min(4, len(name)) and best * 2 >= len(name) else 0


def asks_table(question: str) -> bool:
    """Does the question ask a target's or a result's figure, or a threshold, of the year
    reviewed? A plan still to come (「下一步打算」「明年计划多少场」) is not the table's."""
    q = to_simplified(question)
    if _AHEAD.search(q):
        return False
    planned = bool(_PLAN_ASKED.search(q) and FIGURE_ASKED.search(q))
    return bool(planned or _DONE_ASKED.search(q) or _THRESHOLD.search(q))


def _fits(question: str, row: Row) -> bool:
    """A threshold asked in a share (「超过5%」) is set against a share, one in a count
    (「超过10件」) against a count: 「行政诉讼案件超过10件」 is no reading of 败诉率's 5.2%."""
    m = _THRESHOLD.search(question)
    return m is None or bool(m.group("pct")) == ("%" in row.done or "％" in row.done)


def _against(question: str, done: str) -> str:
    """「是不是超过5%」 read against the result's cell: which side of the threshold it lies."""
    m = _THRESHOLD.search(to_simplified(question))
    got = _NUMBER.search(done.replace(",", ""))
    if not m or not got:
        return ""
    value, bar = float(got.group()), float(m.group("n"))
    side = "高于" if value > bar else "低于" if value < bar else "等于"
    return f"完成值{done}，{side}{m.group('n')}{m.group('pct') or ''}。"


def table_answer(
    analysis: Analysis,
    reports: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The target/result row the question asks for in the unit's ``reports``, or None."""
    q = to_simplified(analysis.question)
    if not reports or not asks_table(q):
        return None
    years = {int(y) for y in _YEAR.findall(q)}  # 「2024年计划多少场」: not a 2023 report's table
    found: list[tuple[int, ReportInfo, Row]] = []
    for info in reports:
        if years and info.year not in years:
            continue
        for row in plan_rows(text_of(info.report_id)):
            score = label_asked(row.label, q) if _fits(q, row) else 0
            if score:
                found.append((score, info, row))
    if not found:
        return None
    score, info, row = max(found, key=lambda f: f[0])
    chunk = chunk_at(chunks(), info.report_id, row.start) or passage_before(
        chunks(), info, row.start
    )
    if chunk is None:
        return None
    log.debug("plan table row %r answers %r", row.label, q)
    book = CitationBook()
    text = text_of(info.report_id)
    n = book.cite(chunk, Span(row.start, row.end, text[row.start : row.end], 1.0))
    where = f"据《{info.title}》（{chunk.section}）："
    read = "，".join(f"{name}{cell}" for name, cell in row.cells)
    said = f"{row.label}：{read}。" + _against(q, row.done)
    body = (Paragraph((_quoted(text[row.start : row.end], n, where),)), Paragraph((Text(said),)))
    return fact_answer(analysis, body, len(reports), (info.township,), book=book)


def passage_before(chunks: Sequence[Chunk], info: ReportInfo, start: int) -> Chunk | None:
    """A table after the body may stand outside every passage: the last one before it."""
    mine = [c for c in chunks if c.report_id == info.report_id and c.start <= start]
    return max(mine, key=lambda c: c.start) if mine else None
