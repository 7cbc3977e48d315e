"""Round meta70: report years, report structure and honour levels.

``probes_meta70.jsonl`` asks over four invented reports (``tests/data/probe_reports_meta70``):

1. A year said with 回顾/总结 names the year a report reviews (``retrieval.reviewed_year``,
   ``answering.plan_years.reviewed_year``): 「讲2022年工作回顾的」 is the report delivered in 2023
   (y1a y1b); 「2022年的报告」 keeps the cover year (must-not y1n).
2. A topic set apart as a section of its own (单独列成一大块, 单列) is read off the headings
   (``answering.own_section``; s2a s2b); a plain topic question keeps every report (s2n).
3. A glossary's entries are counted off its numbered lines (``answering.glossary_count``;
   g3a g3b); 「附了名词解释」 still lists every glossary (g3n).
4. A 省级 honour is also spelled by the conferring provincial unit's name
   (``retrieval.province_honours``: 重庆市 is one; h4a h4b); 市级 stays 市级 (h4n).

main (b13b9656): which 0.44; this branch: which 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.glossary_count import numbered_entries
from answering.own_section import own_section_frame
from retrieval.honours import spellings
from retrieval.reviewed_year import asks_reviewed_year
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta70.jsonl"


def test_meta70_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta70"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert all(q["f1"] == 1.0 for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "reviewed"),
    [
        ("讲2022年工作回顾的是哪几份", True),
        ("回顾2022年工作的报告有哪些", True),
        ("2022年度工作总结里提到GDP的", True),
        # must-nots: the cover year, the review part of a year's report, a span, a plan
        ("2022年的报告有哪些", False),
        ("2022年的工作回顾里GDP是多少", False),
        ("2022年的报告里回顾了什么", False),
        ("2021年以来工作回顾", False),
        ("2023年工作安排有哪些", False),
    ],
)
def test_reviewed_year_asked(question, reviewed):
    assert asks_reviewed_year(question) is reviewed


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("其中哪些区把疫情防控单独列成了一大块", True),
        ("哪些报告把疫情防控单列了一部分", True),
        ("哪些报告独立成章写了乡村振兴", True),
        # must-nots: 专门/单独 of a thing, 一块 as together, a block of money
        ("哪些乡镇有专门的法律顾问", False),
        ("哪些乡镇单独核算", False),
        ("哪些乡镇和村一块儿搞普法", False),
        ("一大块资金用于哪里", False),
        ("哪些计划单列市提到了营商环境", False),
        ("单列的预算有哪些", False),
        ("哪些报告把普法单独列出来了", False),  # no block said: a topic question, as on main
    ],
)
def test_own_section_frame(question, asks):
    assert bool(own_section_frame(question)) is asks


def test_numbered_entries_stop_at_a_broken_count():
    text = "\n1.甲：说明。\n2.乙：说明。\n3.丙：说明。\n1.另一张表\n"
    assert len(numbered_entries(text)) == 3


def test_provincial_honour_spellings():
    bare = spellings("省级")
    assert "入选上海市" in bare and "浙江省首批" in bare and "省首批" in bare
    assert "上海市" not in bare  # a province's name alone is every report's ground
    assert "浙江省民主法治示范村" in spellings("省级民主法治示范村")
    assert not any("上海市" in s for s in spellings("市级"))  # a city's honour stays 市级
