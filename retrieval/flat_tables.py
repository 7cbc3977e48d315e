"""Tables that reached the text flattened: one cell a line, read back as rows.

A government report closes with tables (「十件民生实事一览表」, 「重点项目表」) whose web or
.docx copy loses the grid: each cell becomes a line of its own — the title, then the header
cells (「序号」「项目名称」「项目内容」), then each row as its sequence number on a line followed
by its other cells, one line each. Read line by line, a row's content stands apart from the
name it belongs to and from its number, so 「第七件新增多少学位」 finds 「新增学位1800个」 with
nothing saying it is the seventh item. Read back as a table, the row is one passage: its
number, its name and its content together.

A table is taken only as the genre writes it: a header line 「序号」 (or 「编号」), one to
five short header cells, then rows numbered 1, 2, 3… in order, each with exactly as many
cells as the header. Anything else (a numbered paragraph list, a line that merely reads 「1」)
is no table, so no row is ever guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_HEAD = re.compile(r"^\s*(?:序号|编号|序)\s*$")
_ROW_NUMBER = re.compile(r"^\s*([0-9０-９]{1,3})\s*$")
# a column header names a category of cell (项目名称, 项目内容, 责任单位, 完成时限): a short
# phrase ending in a category noun, which a row's own cell (开展绿道修复提升工程) is not
_HEADER_CELL = re.compile(
    r"^\s*[\u4e00-\u9fff（）()/、]{0,8}"
    r"(?:名称|内容|单位|部门|时间|时限|目标|任务|项目|进度|地点|措施|备注|类别|负责人|规模"
    r"|投资|金额|数量|指标|标准|事项|领域|主体|计划|情况|要求|分类)\s*$"
)
_MAX_HEADER = 5
_CN = "一二三四五六七八九"
# the row count a title states: 「十件」「20项」 before what the rows are
_LENGTH = re.compile(
    r"(?<![第\d十])([0-9０-９]{1,3}|(?=[一二三四五六七八九十])十?[一二三四五六七八九]?十?[一二三四五六七八九]?)[件项个条]"
)
# a name cell: a short phrase, no sentence of its own
_NAME_CELL = re.compile(r"^[^。；;]{2,30}$")
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class Row:
    """One row: its sequence number, its cells (number excluded) and its span in the text
    (from the number's line to the end of its last cell)."""

    number: int
    cells: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class FlatTable:
    """``title``: the line before the header (「盐田区2016年十件重点民生实事一览表」), '' when
    that line is body prose; ``header``: the header cells after 序号."""

    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    start: int

    def row(self, number: int) -> Row | None:
        return next((r for r in self.rows if r.number == number), None)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _number(line: str) -> int | None:
    m = _ROW_NUMBER.match(line)
    return int(m.group(1).translate(_FULL)) if m else None


def flat_tables(text: str) -> list[FlatTable]:
    """Every flattened table of ``text`` with at least two rows, in order."""
    lines = _lines(text)
    tables = []
    i = 0
    while i < len(lines):
        if not _NUMBER_HEAD.match(lines[i][2]):
            i += 1
            continue
        table, i = _read(lines, i)
        if table is not None:
            tables.append(table)
    return tables


def _read(lines: list[tuple[int, int, str]], at: int) -> tuple[FlatTable | None, int]:
    """The table whose 序号 line is ``lines[at]``, and the index to read on from."""
    header = []
    j = at + 1
    while j < len(lines) and len(header) < _MAX_HEADER and _number(lines[j][2]) is None:
        if not _HEADER_CELL.match(lines[j][2]):
            break  # the first row's first cell
        header.append(lines[j][2].strip())
        j += 1
    if not header:
        return None, at + 1
    title = lines[at - 1][2].strip() if at else ""
    if len(title) > 40 or re.search(r"[。；;，,]", title):
        title = ""  # body prose before the table, no title of it
    if j < len(lines) and _number(lines[j][2]) == 1:
        rows, j = _numbered(lines, j, len(header))
    else:
        rows, j = _unnumbered(lines, j, len(header), _stated_length(title))
    if len(rows) < 2:
        return None, at + 1
    return FlatTable(title, tuple(header), tuple(rows), lines[at][0]), j


def _numbered(lines, j: int, width: int) -> tuple[list[Row], int]:
    """Rows that keep their sequence number on a line of its own."""
    rows: list[Row] = []
    while j + width < len(lines) and _number(lines[j][2]) == len(rows) + 1:
        cells = [ln[2].strip() for ln in lines[j + 1 : j + 1 + width]]
        if len(cells) < width or not all(cells) or any(_number(c) is not None for c in cells):
            break
        rows.append(Row(len(rows) + 1, tuple(cells), lines[j][0], lines[j + width][1]))
        j += 1 + width
    return rows, j


def _unnumbered(lines, j: int, width: int, stated: int) -> tuple[list[Row], int]:
    """Rows whose number lines the cleaning dropped as page-number residue (a line holding
    only a number): the header's other cells repeat, one line each, in order. Only read when
    the title states how many rows there are (「十件民生实事一览表」) and that many rows are
    there, each opening with a name cell (short, no sentence punctuation): without the numbers
    nothing else shows a shifted row, and a misread row would answer for another item."""
    rows: list[Row] = []
    while stated and len(rows) < stated and j + width <= len(lines):
        cells = [ln[2].strip() for ln in lines[j : j + width]]
        if not all(cells) or not _NAME_CELL.match(cells[0]):
            return [], j
        rows.append(Row(len(rows) + 1, tuple(cells), lines[j][0], lines[j + width - 1][1]))
        j += width
    return (rows, j) if stated and len(rows) == stated else ([], j)


def _stated_length(title: str) -> int:
    """「十件重点民生实事一览表」 → 10: the number of rows a title states, 0 if none."""
    m = _LENGTH.search(title)
    if not m:
        return 0
    n = m.group(1).translate(_FULL)
    if n.isdigit():
        return int(n)
    tens, ten, ones = n.partition("十")
    if not ten:
        return _CN.index(n) + 1 if len(n) == 1 else 0
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(ones) + 1 if ones else 0)
