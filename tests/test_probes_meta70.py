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

main (b13b9656): which 0.44; this branch: which 1.00. review70 must-nots: 「有几条名词解释提到了…」
(a count of content), 「单独列出一部分资金」 (a share of a thing), and 「溪川区2022年工作回顾」 when
no report of 溪川区 reviews 2022 (its 2022 report's review part, as on main: y1m).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.glossary_count import count_asked, glossary_entries, numbered_entries
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
    assert all(q["f1"] == 1.0 or q["fact_ok"] for q in result["questions"])


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
        # review70: a noun right after the block word makes it a share of that thing
        ("哪些区单独列出一部分资金用于教育", False),
        ("哪些单位专门拿出一部分时间学习宪法", False),
        ("哪些报告单独列出了一部分重点项目清单", False),
        ("哪些区专门规划了一大块土地建设产业园", False),
        ("哪些区把民生单独列成一大块来写", True),
    ],
)
def test_own_section_frame(question, asks):
    assert bool(own_section_frame(question)) is asks


def test_numbered_entries_stop_at_a_broken_count():
    text = "\n1.甲：说明。\n2.乙：说明。\n3.丙：说明。\n1.另一张表\n"
    assert len(numbered_entries(text)) == 3


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("哪份报告的名词解释条目最多", "most"),
        ("名词解释最少的是哪份", "fewest"),
        ("南山区报告附了多少条名词解释", "count"),
        ("名词解释一共有多少条", "count"),
        # review70 must-nots: a count of what the entries say, no count at all
        ("有几条名词解释提到了数字经济", None),
        ("名词解释中提到了多少个产业", None),
        ("哪些报告后面附了名词解释", None),
    ],
)
def test_glossary_count_asked(question, asked):
    assert count_asked(question) == asked


def test_glossary_found_after_a_list_of_attachments():
    """A list of attachments names the glossary before it stands (「附件：1. …名词、术语注释」
    then 「2．…清单」); its entries are counted under its own line, numbered or not."""
    text = "附件：1. 2017年区政府工作报告名词、术语注释\n2．民生实事清单\n附件1\n名词、术语注释\n1.甲：说明。\n2.乙：说明。\n"
    assert len(glossary_entries(text, 0)[1]) == 2
    plain = "名词解释\n六重：指重大设施。\nBT-IT融合：指生物技术和信息技术融合。\n\n20+8：指产业集群。\n"
    assert len(glossary_entries(plain, 0)[1]) == 3


def test_provincial_honour_spellings():
    bare = spellings("省级")
    assert "入选上海市" in bare and "浙江省首批" in bare and "省首批" in bare
    assert "上海市" not in bare  # a province's name alone is every report's ground
    assert "浙江省民主法治示范村" in spellings("省级民主法治示范村")
    assert not any("上海市" in s for s in spellings("市级"))  # a city's honour stays 市级
