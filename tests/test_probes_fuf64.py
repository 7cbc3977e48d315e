"""Round fuf64: follow-ups to fact questions keep what they do not replace.

``probes_fuf64.jsonl`` asks over three invented work reports (沐岚市 reviewing 2022 and 2023,
青岚省 reviewing 2022: ``tests/data/probe_reports_fuf64``). Each rule states a general fact:

- A follow-up swapping only the thing asked keeps the last turn's year, and 「他那份」 is that
  year's report (``answering.followup_kept_year``; y1a y1b y1c; must-nots y1n: the kept year is
  one the library lacks — refused, never another year's figure; y1m: a year of its own wins).
- 「那实际完成了多少」 after a target asks the same measure in that year's review, and a result
  asked is never read in the plan year (``answering.followup_result``, ``retrieval.result_asked``;
  r1a r1b; must-nots r1n r1m r1o: no review of 2024 — refused, never the 2024 target).
- 「X的报告提了没 / 怎么说的」: the last topic asked of another unit's report
  (``answering.followup_said``; s1a s1b; must-nots s1n: a thing of its own stays its own; s1m:
  the topic asked of a unit whose reports do not say it — refused); the
  unit swapped is the whole name, never the same letters inside another unit's (沐岚新区).

- 「赤字率定的多少」: 率 closes the measure and 定 sets its figure, never jieba's 率定
  (``retrieval.rate_set``; d1a d1b, which main passes here too — the need is checked below;
  must-not d1n: a rate no report sets; 「利用率定期检测」 keeps 定期).

- 「低保」 is 「最低生活保障」 said short (``retrieval/synonyms.txt``; b1a b1b — main quotes
  「标准厂房」 first for b1b; must-not b1n: a count of recipients no report gives).

main (006c5c18): facts 0.45, none 0.89 (y1a y1n r1a r1b s1a s1b b1a missed); branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_kept_year import with_kept_year
from answering.followup_result import result_of_target
from answering.followup_said import asks_said_again
from answering.followup_substitute import substituted
from retrieval.rate_set import rate_set
from retrieval.result_asked import asks_result
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fuf64.jsonl"


def test_fuf64_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuf64"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )


@pytest.mark.parametrize(
    ("question", "prev", "read"),
    [
        ("那进出口呢", "深圳2021年GDP多少", "2021年进出口呢"),
        ("他那份里赤字率定的多少", "国务院2017年的报告是谁作的", "2017年的报告里赤字率定的多少"),
        ("那实际完成了多少？", "16年国务院定的GDP增速目标多少", "2016年实际完成了多少？"),
        ("去年的进出口呢", "深圳2021年GDP多少", "去年的进出口呢"),  # a time of its own
        ("历年进出口呢", "深圳2021年GDP多少", "历年进出口呢"),
        ("那进出口呢", "深圳2020年和2021年GDP各多少", "那进出口呢"),  # two years: none kept
        ("那进出口呢", "深圳近5年GDP多少", "那进出口呢"),  # no year said
        ("那进出口呢", "深圳有没有推行12年免费教育", "那进出口呢"),  # a span (review64)
        ("那进出口呢", "深圳到2025年GDP要达到多少", "那进出口呢"),  # a horizon (review64)
        ("那学位呢", "深圳2015年以来新增了多少学位", "那学位呢"),  # a span's edge (review64)
    ],
)
def test_kept_year(question, prev, read):
    assert with_kept_year(question, prev) == read


@pytest.mark.parametrize(
    ("question", "prev", "read"),
    [
        ("那实际完成了多少？", "16年国务院定的GDP增速目标多少", "16年国务院GDP全年增速多少？"),
        ("那全年实际完成多少", "深圳2022年GDP目标是多少", "深圳2022年GDP全年达到多少？"),
        ("那实际完成了多少？", "国务院定的GDP增速目标多少", None),  # no year: no review to pick
        ("那实际完成了多少？", "深圳2022年GDP多少", None),  # no target asked
        ("实际完成了多少项重点工程", "深圳2022年GDP目标是多少", None),  # a thing of its own
        ("那实际利用外资呢", "深圳2022年GDP目标是多少", None),
    ],
)
def test_result_of_target(question, prev, read):
    assert result_of_target(question, prev) == read


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("大鹏新区2022年全年GDP实际增长了多少？", True),
        ("深圳2022年GDP全年实际完成多少", True),
        ("深圳2022年GDP增长目标全年要完成多少", False),  # a target
        ("深圳2022年计划完成多少投资", False),
        ("深圳2022年GDP增长多少", False),  # the plan reading stays
        ("2023年居民收入实际增长多少", False),  # 实际增长 names a measure, not the result
        ("国务院2017年全年城镇新增就业要达到多少", False),  # a modal: the plan (review64)
        ("深圳2022年全年要实现地区生产总值增长多少", False),
        ("南山区2018年最终要实现GDP增长多少", False),
    ],
)
def test_asks_result(question, result):
    assert asks_result(question) is result


def test_said_again_only_without_a_thing():
    assert asks_said_again("的报告提了没")
    assert asks_said_again("那的报告里是怎么说的")
    assert not asks_said_again("的报告提了进出口没")
    assert not asks_said_again("的GDP多少")


def test_swap_takes_a_districts_old_new_area_name():
    # review64: 云溪新区 is 云溪区 by its old name, swapped like the name itself
    assert "云溪" not in substituted("云溪新区2018年GDP是多少", ["云溪区"], ["青石区"])


def test_swap_keeps_another_unit_sharing_the_short_name():
    asked = substituted("沐岚新区那场山洪，沐岚市的报告怎么说的", ["沐岚市"], ["青岚省"])
    assert asked == "沐岚新区那场山洪，青岚省的报告怎么说的"
    assert substituted("沐岚2022年GDP多少", ["沐岚市"], ["青岚省"]) == "青岚省GDP多少"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("国务院2017年的报告里赤字率定的多少", "国务院2017年的报告里赤字率目标定的多少"),
        ("债务率定在多少", "债务率目标定在多少"),
        ("利用率定期检测了吗", "利用率定期检测了吗"),  # 定期: another word
        ("目标定的多少", "目标定的多少"),  # no rate
    ],
)
def test_rate_set(question, read):
    assert rate_set(question) == read


def test_rate_set_need(analyzer):
    """The need of 「赤字率定的多少」 is the deficit, never jieba's 率定 (calibrate)."""
    terms = [c.term for c in analyzer.analyze("国务院2017年的报告里赤字率定的多少", []).concepts]
    assert "率定" not in terms and any(t.startswith("赤字") for t in terms)
