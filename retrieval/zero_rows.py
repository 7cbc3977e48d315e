"""A table row whose last cell is zero: 「民主法治示范村创建　1个　0个」 says the thing was not done.

Reports of 法治政府建设 close a year's review with a table of the year's tasks against what was
done (「任务　年度计划　实际完成」), one task a line, its cells figures of one counter. A row
reads 「民主法治示范村创建1个0个」 where ingest dropped the table's spacing, 「民主法治示范村创建  1个
0个」 where it kept the cells apart (``reportqa.spaced_tables``): the task's name, then a figure
per column. A row whose last cell — what was done, or the year reported on — is zero
records the task not done (the report says so in words too: 「示范村创建任务未能按期完成」),
so the row no more answers 「哪些地方创建了示范村」 than 「尚未创建示范村」 does, and it does
answer 「哪些报告写了示范村没建成」. Only a line that is nothing but a name and two figures
of one counter (plan, done) is read: a third column is as often what is left (「发现问题　已整改
未整改」: 「5个5个0个」 is all done) as what was done, so a row of three is not read; nor is
a sentence (「新增1个，累计0个」 has punctuation) or a row whose cells differ in counter
(「2场　0%」).
"""

from __future__ import annotations

import re

__all__ = ["zero_cell", "zero_row"]

# the task's name (no figure, no sentence punctuation), then two cells of one counter, the last 0
_ROW = re.compile(
    r"(?P<name>[^\d\n，,。；;：:、！？!?]{2,40}?)\s*"
    r"\d+(?:\.\d+)?(?P<unit>[^\d\s.，,。；;：:、]{1,2})\s*"
    r"0(?:\.0+)?(?P=unit)"
)


# a zero cell closing a line: what any row ``zero_row`` reads ends with
_ZERO_END = re.compile(r"(?<![\d.])0(?:\.0+)?[^\d\s.，,。；;：:、]{1,2}(?:\n|$)")


def zero_cell(text: str) -> bool:
    """May a line of ``text`` be a row whose last cell is zero? The cheap test a sentence
    with no negator meets before its mentions are read one by one (``evidence``): most
    have no 0 at all."""
    return "0" in text and _ZERO_END.search(text) is not None


def zero_row(text: str, pos: int, end: int) -> bool:
    """Is the mention at ``text[pos:end]`` the name of a table row whose last cell is zero?"""
    start = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", end)
    line = text[start : stop if stop >= 0 else len(text)].strip()
    m = _ROW.fullmatch(line)
    return bool(m) and start + m.end("name") >= end
