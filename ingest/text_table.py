"""A text table's measure, carried from its column header into its rows.

A report sets a small table as plain lines, cells apart by runs of spaces:
「类别　　　件数」 over 「收到行政复议申请　　28」. The row's number is a count in the header's
measure (件数 → 件, 人数 → 人, 金额（万元） → 万元), never written after it. Cleaning drops the
layout spaces (``clean.drop_layout_spaces``), so the row reads 「收到行政复议申请28」: a bare
number that no count judge takes for 「多少件」. The measure is set after the number here, before
the spaces go, so the stored row says what the table says (「收到行政复议申请28件」).
"""

from __future__ import annotations

import re

# cells are apart by two spaces or more, or by any ideographic space (a one-space gap is a
# word's own spacing: 「共调处 37 起」)
_GAP = r"(?:[ \t\u00a0]{2,}|[ \t\u00a0]*\u3000[ \t\u3000\u00a0]*)"
_CELL = re.compile(rf"(?:(?!{_GAP}).)+")
# a header cell naming a count: its classifier and 数 (件数, 受众人数), a classifier pair
# already a measure (人次, 场次), or any name with its unit in brackets (金额（万元）, 数量(件))
_COUNT_HEAD = re.compile(r"^[^\d（(]{0,4}?(?P<m>[件人次个家场项户宗起条名所份篇批])数$")
_PAIR_HEAD = re.compile(r"^(?P<m>人次|场次|件次|户次|批次)$")
_BRACKET_HEAD = re.compile(r"^[^（(\d]{0,6}[（(](?P<m>[^）)\d]{1,4})[）)]$")
# a row cell that is a bare figure, perhaps with its parts in brackets: 「28」「23（15/5/3）」
_BARE = re.compile(r"^\s?(?P<n>\d+(?:\.\d+)?)(?:[（(][^）)]*[）)])?\s*$")


def _measure(cell: str) -> str:
    for pattern in (_COUNT_HEAD, _PAIR_HEAD, _BRACKET_HEAD):
        found = pattern.match(cell)
        if found:
            return found.group("m")
    return ""


def _cells(line: str) -> list[re.Match[str]]:
    return list(_CELL.finditer(line))


def measured_rows(lines: list[str]) -> list[str]:
    """``lines`` with each bare figure under a measure header given that measure, the line's
    spacing kept. A header is a line of two cells, the second naming a measure and none holding
    a figure; its rows are the lines after it with two cells, up to the first that has not (a
    blank line, the prose after the table). A table of several figure columns is left alone:
    its cells, once the spaces go, run together (「42次6件6件」) and no longer say which column
    a figure stood in."""
    out = list(lines)
    measures: list[str] = []
    for at, line in enumerate(lines):
        cells = _cells(line)
        if measures and len(cells) == len(measures):
            row = line
            for cell, unit in reversed(list(zip(cells[1:], measures[1:], strict=True))):
                bare = _BARE.match(cell.group())
                if unit and bare:
                    cut = cell.start() + bare.end("n")
                    row = f"{row[:cut]}{unit}{row[cut:]}"
            out[at] = row
            continue
        measures = []
        if len(cells) == 2 and not any(ch.isdigit() for ch in line):
            heads = [""] + [_measure(c.group()) for c in cells[1:]]
            measures = heads if any(heads) else []
    return out
