"""Tables a web page lays out with spaces: a header line, then one line a row, cells apart.

A report's statistics often reach its web copy as a text table (「活动类别    场次    参与人数」
over 「反诈宣传    18    4300」): no grid, the columns kept only by runs of spaces. Cleaning
would read each line as prose and close the spaces between a name and a digit (「反诈宣传18
4300」), and the column a figure sits in — the only thing that says 4300 is people, not
events — is lost. So the lines are recognised as a table first: cleaning keeps their cells
apart (two spaces between cells), and a question naming a row and a column is answered by
the cell where they meet (``answering.spaced_cell``).

A page may draw the columns with bars instead (「婚姻家庭纠纷｜ 61 ｜ 60 ｜98.4%」): the bars part
the cells the same way, and cleaning leaves such a line as it is (a bar already keeps it apart).

A table is taken only as the genre lays it out: at least three consecutive lines cut by the
same number (two or more) of wide gaps into cells, none of them a sentence (no 。，；：), and at
least two of them rows whose every cell after the label holds a figure. A line of page chrome
(「打印    关闭」) has no figures; prose has its marks. Nothing else is read as a table.

Ground floor: cleaning (``ingest.clean``) and answering read the same layout with this one
reading, so a row cleaning kept is the row answering finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "BAR",
    "CELL_GAP",
    "GAP",
    "SpacedRow",
    "SpacedTable",
    "cells",
    "spaced_tables",
    "table_lines",
]

GAP = re.compile(r"[ \u3000\u00a0]{2,}|\t+")  # what parts two cells of a line
# 「类别｜件数｜成功率」: a bar parts the cells of a table a page draws with 「｜」 instead
BAR = re.compile(r"[ \u3000\u00a0]*[|｜][ \u3000\u00a0]*")
_CUT = re.compile(rf"{BAR.pattern}|{GAP.pattern}")
_SENTENCE = re.compile(r"[。，,；;：:！？!?]")
_MIN_LINES = 3
_YEAR_NAME = re.compile(r"(?:19|20)\d{2}年度?")  # 年 said: a bare 1986 is a figure
CELL_GAP = "  "  # what cleaning leaves between the cells of a table line


def cells(line: str) -> list[str]:
    """The cells of one line, cut at its wide gaps (two spaces or more, or a tab)."""
    return [c for c in (p.strip() for p in _CUT.split(line.strip())) if c]


def _figured(parts: Sequence[str]) -> bool:
    """A body row: a label that is no figure, then a figure in every other cell — years
    alone are the header of a table of years (「项目  2022年  2023年」)."""
    if all(_YEAR_NAME.fullmatch(c) for c in parts[1:]):
        return False
    return not parts[0][0].isdigit() and all(any(ch.isdigit() for ch in c) for c in parts[1:])


def table_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indexes of ``lines`` (non-empty, stripped) that belong to a spaced table."""
    shapes = [0 if _SENTENCE.search(line) else len(cells(line)) for line in lines]
    found: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and shapes[j] >= 2 and shapes[j] == shapes[i]:
            j += 1
        run = range(i, j)
        if len(run) >= _MIN_LINES and sum(_figured(cells(lines[k])) for k in run) >= 2:
            found.update(run)
        i = max(j, i + 1)
    return frozenset(found)


@dataclass(frozen=True)
class SpacedRow:
    """One body row: its label, the cells after it, and its span in the text."""

    label: str
    cells: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class SpacedTable:
    """``header``: the column names after the label's column (empty when the table opens with
    a body row); ``rows``: its body rows in order."""

    header: tuple[str, ...]
    rows: tuple[SpacedRow, ...]


def spaced_tables(text: str) -> list[SpacedTable]:
    """Every spaced table of a cleaned text, its rows located in it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    lines = [text[a:b] for a, b in spans]
    kept = table_lines([line.strip() for line in lines])
    tables: list[SpacedTable] = []
    header: tuple[str, ...] = ()
    rows: list[SpacedRow] = []
    for i, (a, b) in enumerate(spans):
        if i not in kept or (i - 1 not in kept and (rows or header)):
            if rows:
                tables.append(SpacedTable(header, tuple(rows)))
            header, rows = (), []
        if i not in kept:
            continue
        parts = cells(lines[i])
        if _figured(parts):
            rows.append(SpacedRow(parts[0], tuple(parts[1:]), a, b))
        elif not rows:
            header = tuple(parts[1:])
    if rows:
        tables.append(SpacedTable(header, tuple(rows)))
    return tables
