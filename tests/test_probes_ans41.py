"""Round ans41: how users ask about 述法, epidemic bodies and two units at once.

``probes_ans41.jsonl`` asks over two invented reports (``tests/data/probe_reports_ans41``):

- 「述了法」「述过法」: 述法 (a leader's report on rule-of-law duties) is a domain word jieba
  lacks, so the split verb–object was never joined back and the question had no topic (p1a p1b).
- 「抗疫成立了个什么机构」: 抗疫 is written 疫情防控, and a body a government sets up (镇疫情防控
  指挥部) names a 机构 as a firm does (p2a p2b).
- 「A和B两边/两地…有啥区别」: the pair word is the two units, no topic (p3a p3b).
- 「覆盖了多少行政村和站所」: one 多少, no 个, counts each unit kind joined to the first (p4a p4b).
- must-not: 桃溪镇 sets up no epidemic body; it is never given 柳岸镇's (n1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.counted import counted_nouns
from retrieval.pair_words import without_pair_words
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_ans41.jsonl"


def test_ans41_probes(tmp_path, monkeypatch, capsys):
    # int39 (3757535): p1a p1b p2a p3a p3b missed — facts 0.25, compare 0.00, none 1.00;
    # branch 1.00 / 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_ans41"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("text", "units", "read"),
    [
        ("两边述法的方式", 2, "  述法的方式"),
        ("双方述法", 2, "  述法"),
        ("调解双方当事人", 2, "调解双方当事人"),  # the parties to a dispute
        ("道路两边", 1, "道路两边"),  # one unit: the word is the topic's own
    ],
)
def test_pair_words(text, units, read):
    assert without_pair_words(text, units) == read


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("述法覆盖了多少乡镇和部门？", ("乡镇", "部门")),
        ("有多少行政村、站所的负责人述过法", ("行政村", "站所")),
        ("多少个乡镇、多少个部门的报告", ("乡镇", "部门")),
        ("培训了多少人次", ()),  # a measure of its own, no 个 count
        ("柳岸镇有多少人述法", ()),
    ],
)
def test_counted_nouns(question, nouns):
    assert counted_nouns(question) == nouns
