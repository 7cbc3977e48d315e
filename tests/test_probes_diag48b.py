"""Diagnosis of stop 48 (h48d): evidence in long district work reports, asked in everyday words.

``probes_diag48b.jsonl`` asks over three invented district work reports
(``tests/data/probe_reports_diag48b``); each fact has two paraphrases and one question that
must not match:

- 出现 of a text (「腾讯在哪个区的报告里出现过」「腾讯出现在哪几份报告里」) is the locator's verb,
  as 提到 is: read as a topic word, the rarer 出现 outweighed the name and no report was listed
  (a1 a2); a name no report writes still finds none (a3).
- An abbreviation glossed by its full form in brackets (「医保（医疗保险）」「环评(环境影响评价)」)
  is one concept, either name counts (b1 b2); the bracket's words apart (医疗…改革) are no
  mention of 「医改（医疗卫生体制改革）」 (b3).
- A plan's target is set as a lead and a list (「主要目标为：…固定资产投资完成300亿元」): the
  indicator asked before 目标 stands after it, and 「目标定的多少」 is 目标 + the predicate, no word
  目标定 (c1 c2); a question asking no target keeps the review's figure (c3).
- Reports write a contest as 赛事/大赛 (「环湖自行车大赛」「端午龙舟赛事」), seldom 比赛 (d1 d2);
  a 象棋协会 beside a sports 赛事 in another sentence is no chess contest (d3).
- 2020–22 reports write the epidemic as 疫情 alone (「常态化疫情防控」「常态化防疫」): 新冠 is
  understood (e1 e2); a 风险防控 is no epidemic control (e3: 柏溪区 2019 stays out).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.short_forms import abbreviates, glossed_short_forms
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_diag48b.jsonl"
REPORTS = DATA / "probe_reports_diag48b"


def test_diag48b_probes(tmp_path, monkeypatch, capsys):
    # main 0e28c0b: which 0.15, facts 0.33, none 1.00 (a1 a2 b1 b2 c1 c2 d1 d2 e1 e2 e3
    # missed); branch 1.00 / 1.00 / 1.00
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("棚改", "棚户区改造", True),
        ("环评", "环境影响评价", True),
        ("医保", "医疗保险", True),
        ("村", "社区", False),  # one character: an aside, no abbreviation
        ("法治", "政府", False),  # an optional part, not a spelling of 法治
        ("保医", "医疗保险", False),  # the first character opens the full name
        ("改造", "改", False),  # the full name is the longer
        ("扫黑", "扫黑除恶专项斗争", False),  # spelled out: the term's own reading stays
    ],
)
def test_abbreviates(short, full, expected):
    assert abbreviates(short, full) is expected


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("棚改（棚户区改造）哪几个区有", "“棚改”或“棚户区改造”哪几个区有"),
        ("哪些区搞了环评(环境影响评价)", "哪些区搞了“环评”或“环境影响评价”"),
        ("哪些村（社区）聘请了法律顾问", "哪些村（社区）聘请了法律顾问"),
        ("法律顾问（2024年）哪些区有", "法律顾问（2024年）哪些区有"),
    ],
)
def test_glossed_short_forms(question, read):
    assert glossed_short_forms(question) == read
