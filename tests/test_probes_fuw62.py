"""Round fuw62: follow-ups to which-lists that change one slot and keep the rest.

The made-up reports in ``tests/data/probe_reports_fuw62`` are towns and streets under real
counties, since what is probed is containment in the national division list: 芦荡镇 (苏州吴江区),
青蒲镇 (苏州昆山市), 秣溪街道 (南京江宁区, 2024), 梅墟街道 (宁波鄞州区), 霞浦街道 (宁波北仑区, 2025).

- p1a, p1b: a county inside the province just asked narrows the list (``answering.followup_place``);
  must-not p1n: 宝山区 lies in no 江苏 place.
- w1a, w1b: 「整个宁波的呢」 after a district's list widens it to the city; must-not w1n (温州).
- r1a, r1b: 「浙江的有哪些写了」 narrows the last list to a province without 其中; must-not r1n.
- t1a, t1b: 「那宪法宣传周呢」「禁毒的呢」 swap the topic over the whole library
  (``answering.followup_bare_topic``); must-not t1n: a thing no report says lists nobody.
- y1a, y1b: 「其中去年（2024年）那批报告的」 narrows by the bracketed year
  (``answering.followup_years``); must-not y1n: a year no report has.
- n1a, n1b: 他们 after 「你好」 has no referent and is refused; must-not n1n: 他们 after a question
  about one unit still answers of it.
- e1a, e1b: 「除了这几个，别的地方有没有弄X」 sets the listed units aside
  (``answering.followup_scope``); must-not e1n: a thing no report says.
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_bare_topic import bare_topic, bare_topic_swapped
from answering.followup_place import place_moved
from answering.followup_scope import beyond_last
from answering.followup_years import narrowing_year
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fuw62_questions(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuw62"],
        DATA / "probes_fuw62.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-facts", "1.0"],
    )


def test_a_place_moves_only_by_containment():
    none: frozenset[str] = frozenset()
    assert place_moved("宝山区的呢", "上海的街镇都有谁", none)[0] == "宝山区的街镇都有谁"
    assert place_moved("武冈市的呢", "湖南的报告有哪几份", none)[0] == "武冈市的报告有哪几份"
    widened = place_moved("整个杭州的呢", "杭州上城区的报告有哪些", none)
    assert widened[0] == "杭州的报告有哪些"
    # 宝山区 is in 上海 and 双鸭山, never in 江苏; a unit of the library is the unit slot
    assert place_moved("宝山区的呢", "江苏的报告有哪几份", none) is None
    assert place_moved("金平县的呢", "云南的报告有哪几份", frozenset({"金平县"})) is None
    assert place_moved("那罚款的呢", "哪些地方提到执法记录仪", none) is None


def test_a_bare_thing_is_a_topic_and_pointers_are_not():
    assert bare_topic("那宪法宣传周呢") == "宪法宣传周"
    assert bare_topic("禁毒的呢") == "禁毒"
    for said in (
        "那其他的呢",
        "那具体内容呢",
        "那丙镇呢",
        "那去年呢",
        "那街道呢",
        "那最多的呢",
        "全国的呢",
    ):
        assert bare_topic(said) is None, said


def test_years_and_set_asides():
    assert narrowing_year("其中去年（2025年）那批报告的是哪些") == 2025
    assert narrowing_year("其中去年的是哪些") is None  # the year is the clock's, not said
    assert beyond_last("除了这几个，别的区有没有弄公厕改造的？") == "哪些区提到公厕改造？"
    assert beyond_last("除了这几个，它还提到了什么") is None


def test_a_bare_topic_keeps_off_picks_figures_and_scopes():
    none: frozenset[str] = frozenset()
    assert bare_topic_swapped("那财政收入呢", "哪个区GDP最高", none) is None
    assert bare_topic_swapped("那财政收入呢", "哪几个区GDP增速超过5%", none) is None
    assert (
        bare_topic_swapped("只看盐田的呢？", "哪些报告提到办马拉松？", frozenset({"盐田区"}))
        is None
    )
    asked = bare_topic_swapped("禁毒的呢", "扫黑除恶写进法治报告的是哪几个镇", none)
    assert asked[0] == "哪几个镇提到禁毒？"


def test_review62_aspects_times_short_counties_and_place_lists_are_no_topic():
    """Misfires found in review: each of these read as a topic listed the library by it."""
    for said in ("那成效呢", "那存在的问题呢", "那投资额呢", "那面积呢", "那同比呢", "那经费呢"):
        assert bare_topic(said) is None, said  # an aspect or amount of the last thing
    for said in ("那上半年呢", "那一季度呢", "那全年的呢", "那上一年呢", "那十四五期间呢"):
        assert bare_topic(said) is None, said  # a time narrows when
    for said in ("那龙岗呢", "那城口呢", "长安的呢"):
        assert bare_topic(said) is None, said  # a county by its short name
    assert bare_topic("那青少年呢") == "青少年"  # 年 inside a thing is no time
    none: frozenset[str] = frozenset()
    assert bare_topic_swapped("深圳湾的呢", "宝安区的报告有哪些", none) is None
    assert bare_topic_swapped("那东钱湖呢", "宁波鄞州区的报告有哪些", none) is None
    assert place_moved("广州的呢", "宝安区的报告有哪些", none) is None
