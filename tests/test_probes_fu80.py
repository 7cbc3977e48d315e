"""Round fu80: follow-ups read against what the last answer held.

``probes_fu80.jsonl`` asks over six invented reports (``tests/data/probe_reports_fu80``):

- 去年/前年 after a question of no year steps from the report just answered (the unit's newest),
  not the calendar: 青石镇 has 2024 only, so 「那青石镇去年的呢」 is said missing (ry1 ry2 ry3);
  白沙乡's 2023 report answers 去年 (ry4); a typed year is stepped from as before (ry4n).
- 「分别是多少起」 after 「…超过100起的乡镇有哪些」 counts the list's thing, said before its frame,
  without its bound (ft1 ft2 ft3); a thing of its own is never replaced (ft1n).
- 「其中哪个最多」 after a list whose quotes counted its thing compares those counts (sc1, and past
  a narrowing turn sc2); quotes with no count of it are asked back (sc1n).
- 「那行政诉讼呢」 after 「甲、乙行政复议各多少件」 keeps the units and 各多少件 (ct1 ct2 ct3).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from answering.followup_compared_thing import compared_on
from answering.followup_report_year import stepped_from_report
from answering.followup_said_count import said_count_pick
from answering.followup_turn import Turn
from answering.fronted_topic import fronted_topic, listed_count
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu80.jsonl"


def test_fu80_probes(tmp_path, monkeypatch, capsys):
    # main (c11b2c42): facts 0.50, compare 0.50, none 0.60; branch 1.00 / 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu80"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert all(q["none_ok"] is not False for q in result["questions"])


_UNITS = ("青石镇", "白沙乡", "红柳街道")
_YEARS = {"青石镇": [2024], "白沙乡": [2023, 2024], "红柳街道": [2025]}


def _analyze(text):
    return SimpleNamespace(townships=tuple(u for u in _UNITS if u in text))


def _years_of(units):
    return [y for u in units for y in _YEARS[u]]


@pytest.mark.parametrize(
    ("last", "townships", "question", "want"),
    [
        ("青石镇受理法律援助案件多少件", ("青石镇",), "那青石镇去年的呢", "那青石镇2023年的呢"),
        ("青石镇受理法律援助案件多少件", ("青石镇",), "去年的呢", "2023年的呢"),
        ("白沙乡调处纠纷多少起", ("白沙乡",), "那白沙乡前年的呢", "那白沙乡2022年的呢"),
        # must not: another unit (a unit swap), a typed year, another slot, no unit answered
        ("青石镇受理法律援助案件多少件", ("青石镇",), "那白沙乡去年的呢", "那白沙乡去年的呢"),
        ("青石镇2024年受理法律援助案件多少件", ("青石镇",), "那去年的呢", "那去年的呢"),
        (
            "青石镇受理法律援助案件多少件",
            ("青石镇",),
            "那青石镇去年的调解呢",
            "那青石镇去年的调解呢",
        ),
        ("你好", (), "去年的呢", "去年的呢"),
    ],
)
def test_relative_year_steps_from_the_report_answered(last, townships, question, want):
    history = [Turn(last, townships=townships)]
    assert stepped_from_report(question, history, _analyze, _years_of) == want


def test_units_of_different_newest_years_step_from_nothing():
    history = [Turn("它们调处纠纷多少起", townships=("青石镇", "红柳街道"))]
    assert stepped_from_report("去年的呢", history, _analyze, _years_of) == "去年的呢"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("一年调处矛盾纠纷超过100起的乡镇有哪些？", "调处矛盾纠纷"),
        ("受理法律援助案件超过50件的单位是哪几个", "受理法律援助案件"),
        ("调处矛盾纠纷在100起以上的有哪些乡镇", "调处矛盾纠纷"),
        ("培育法律明白人的有哪些", "培育法律明白人"),
        ("2023年调处纠纷超过100起的有哪些", "调处纠纷"),
        # must not: a frame said first, or no list frame at all
        ("哪些乡镇提到了法律顾问", ""),
        # review must-not: a place or a report field picked the reports (a metadata list)
        ("新疆的报告有哪些", ""),
        ("湖北的乡镇有哪些", ""),
        ("白沙乡的有哪些", ""),
        ("报告年度是2022年的有哪些", ""),
        ("青石镇调处矛盾纠纷多少起", ""),
    ],
)
def test_fronted_topic(question, want):
    assert fronted_topic(question) == want


def test_listed_count_names_the_units_and_the_thing():
    prev = "全年调处矛盾纠纷超过100起的乡镇有哪些？"
    assert (
        listed_count("分别是多少起", prev, ("青石镇", "白沙乡"))
        == "青石镇、白沙乡调处矛盾纠纷分别是多少起"
    )
    # must not: a thing of its own, or no units listed
    assert (
        listed_count("分别培育了多少名网格员", prev, ("青石镇", "白沙乡"))
        == "分别培育了多少名网格员"
    )
    assert listed_count("分别是多少起", prev, ()) == "分别是多少起"
    # review: a report whose unit went unread is no name to ask by
    unread = ("青石镇", "未识别单位的报告（x.txt）")
    assert listed_count("分别是多少起", prev, unread) == "青石镇调处矛盾纠纷分别是多少起"


_SAID = "培育“法律明白人”60名，实现全覆盖。\n培育“法律明白人”35名，覆盖全部行政村。\n培育“法律明白人”，推动普法。"


def test_said_count_pick_ranks_the_quoted_counts():
    history = [Turn("哪些地方培育了法律明白人", townships=_UNITS, said=_SAID)]
    asked = said_count_pick("哪个最多", history, _UNITS)
    assert asked == "青石镇、白沙乡和红柳街道的法律明白人各多少，哪个最多"
    narrowed = [*history, Turn("其中乡镇的呢", townships=_UNITS[:2])]
    assert said_count_pick("哪个最多", narrowed, _UNITS[:2]).startswith(
        "青石镇和白沙乡的法律明白人"
    )


def test_said_count_pick_needs_counts_of_the_thing():
    said = "镇政府聘请法律顾问1名。\n乡政府聘请常年法律顾问。\n街道聘请法律顾问。"
    history = [Turn("哪些乡镇聘请了法律顾问", townships=_UNITS, said=said)]
    assert said_count_pick("哪个最多", history, _UNITS) == ""
    one = [Turn("哪些地方培育了法律明白人", townships=_UNITS[:1], said=_SAID)]
    assert said_count_pick("哪个最多", one, _UNITS[:1]) == ""


def test_compared_on_keeps_the_classifier():
    prev = "河湾区、松岭县行政复议各多少件"
    assert (
        compared_on("那行政诉讼呢", prev, ("河湾区", "松岭县"))
        == "河湾区和松岭县的行政诉讼各多少件？"
    )
    # must not: a thing no 件 counts (an aspect), or one unit only
    assert compared_on("那营商环境呢", prev, ("河湾区", "松岭县")) is None
    assert compared_on("那行政诉讼呢", prev, ("河湾区",)) is None


def test_relative_year_steps_from_the_report_cited():
    # review: 白沙乡's answer rested on its 2023 report only (the newest did not say it): 去年 is
    # 2022, never 2023 counted from the newest; of several cited years, the latest
    cited = [Turn("白沙乡受理法律援助案件多少件", townships=("白沙乡",), cited_years=(2023,))]
    assert stepped_from_report("去年的呢", cited, _analyze, _years_of) == "2022年的呢"
    both = [Turn("白沙乡受理法律援助案件多少件", townships=("白沙乡",), cited_years=(2023, 2024))]
    assert stepped_from_report("去年的呢", both, _analyze, _years_of) == "2023年的呢"


def test_said_count_pick_keeps_to_the_latest_topic():
    # review: the latest turn that quoted anything is the topic; an earlier list's counts of
    # another thing are never ranked (法律顾问 asked after 法律明白人)
    said = "镇政府聘请法律顾问1名。\n乡政府聘请常年法律顾问。\n街道聘请法律顾问。"
    first = Turn("哪些地方培育了法律明白人", townships=_UNITS, said=_SAID)
    for q in ("哪些地方聘请了法律顾问", "那法律顾问呢"):
        history = [first, Turn(q, townships=_UNITS, said=said)]
        assert said_count_pick("哪个最多", history, _UNITS) == ""


def test_compared_on_a_unit_of_measure_is_no_class():
    # review: 「多少个百分点」 counts no things: 「那企业呢」 is not 「企业各多少个」
    prev = "河湾区、松岭县行政复议直接纠错率分别是多少个百分点"
    assert compared_on("那企业呢", prev, ("河湾区", "松岭县")) is None
    assert (
        compared_on("那企业呢", "河湾区、松岭县各有多少个项目", ("河湾区", "松岭县"))
        == "河湾区和松岭县的企业各多少个？"
    )
