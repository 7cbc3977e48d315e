"""What in a question is the need: the asker's framing, spoken heads, names and numbers.

``probes_read66.jsonl`` asks 22 questions over four invented reports
(``tests/data/probe_reports_read66``: two towns of 澜溪县, the county itself and 青岑区):

1. the asker's paperwork said in spoken form (摸个底) and a manner adverb before a spoken
   verb (直接请) are no need; 直接 opening a term (直接经济损失) stays;
2. 把A V成多少项B asks the count of B, the verb is the report's own; with no noun after the
   count the thing worked on stays;
3. 牌子/帽子 after a receiving verb frame an honour; without one they stay;
4. the verb of entering an era (进入/迈入) is no need, the era is;
5. a mentioned proper name cut apart, or with a branch's place inside, is one concept;
6. a service line is named by its number, never matched inside a longer figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.concept import Concept
from retrieval.era_entry import era_named, eras_named
from retrieval.honours import honours_in
from retrieval.numbered_lines import numbered_in
from retrieval.result_counts import resulting_count
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round (main b3a8baa3): which F1 0.60, facts 0.67, none 0.80
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_read66"],
        DATA / "probes_read66.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert len(result["questions"]) == 22


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("徐庄镇把工作事项精简成多少项履职事项", "徐庄镇 多少项履职事项"),
        ("A镇将服务事项归并为几项办理事项", "A镇 几项办理事项"),
        ("将全区划分为多少个网格", "将全区划分为多少个网格"),  # another kind of thing: kept
        ("将行政审批事项精简为多少项审批事项", "将行政审批事项精简为多少项审批事项"),  # the same
        ("将政务服务事项整合成多少个主题", "将政务服务事项整合成多少个主题"),
        ("把绿化率提高到多少", "把绿化率提高到多少"),  # the value of what was raised
        ("哪些镇把多少个村纳入了试点", "哪些镇把多少个村纳入了试点"),  # counts the worked-on
        ("把收入提高到多少万元", "把收入提高到多少万元"),  # an amount
        ("把事项精简成多少个百分点", "把事项精简成多少个百分点"),
    ],
)
def test_resulting_count(text, left):
    assert resulting_count(text) == left


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("进入地铁时代了", " 地铁时代了"),
        ("迈入了高铁时代", " 高铁时代"),
        ("进入国际市场", "进入国际市场"),
        ("进入验收阶段", "进入验收阶段"),  # 阶段 alone is in every report
    ],
)
def test_era_named(text, left):
    assert era_named(text) == left


def test_era_is_one_name():
    assert eras_named("哪些区步入了老龄化时代") == ("老龄化时代",)
    assert eras_named("哪些区学习了新时代思想") == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("拿到了国家全域旅游示范区的牌子", ["国家全域旅游示范区"]),
        ("国家全域旅游示范区的牌子哪个县区拿到了", ["国家全域旅游示范区"]),
        ("摘掉了贫困县的帽子", []),  # a label taken off, no honour received
        ("统一更换了门店牌子", []),
        ("拿到了户外招牌整治资金", []),  # the noun goes on: signboards, funds received
    ],
)
def test_spoken_honour_frames(text, names):
    assert [c.term for _, _, c in honours_in(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("提到12345热线", ["12345热线"]),
        ("12348电话", ["12348电话"]),
        ("112345名贫困人口", []),  # a count, no line word after it
        ("3.12345热线", []),  # part of a decimal figure
        ("2024年", []),
    ],
)
def test_numbered_lines(text, names):
    assert [n for _, _, n, _ in numbered_in(text)] == names


def test_numbered_line_is_never_bare_or_quoted():
    spellings = numbered_in("12345热线")[0][3]
    assert "12345" not in spellings and "“12345”" not in spellings
    assert "12345政务" in spellings


def test_era_needs_a_word_of_its_own():
    # 新 of 新时代 is dropped by the reading: 时代 alone would be every report's
    assert era_named("哪些区进入了新时代") == "哪些区进入了新时代"


def test_a_long_run_cut_apart_is_no_coined_name():
    import jieba.posseg

    from retrieval.mentioned_names import _cut_apart

    def tagged(text):
        return [(w.word, w.flag) for w in jieba.posseg.lcut(text)]

    assert not _cut_apart("前海蛇口自贸片区", [Concept("片区", ("片区",), True)], [], tagged)
    assert _cut_apart("芯岑国际", [Concept("国际", ("国际",), True)], [], tagged)
