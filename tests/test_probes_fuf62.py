"""Round fuf62: a follow-up that adds units to a comparison keeps the measure and the units
already compared; a year pinned to one unit of a comparison is that unit's alone.

The made-up reports in ``tests/data/probe_reports_fuf62``: district work reports of 蓝湾区 (two
years), 石岭区 and 松涧区, and 法治 reports of the streets 苇汀街道, 槐荫街道 and 柏塘街道.

- a1a, a1b: 「再加X」「再加个X呢」 add X to the last question's units (``followup_added._ADD``);
  a2a, a2b: 「一起列」「一起列出来」 too. Must-nots a1n (a unit the library lacks is said missing,
  nothing invented for it) and a2n (「那X呢」 without an adding word moves the question to X).
- b1a, b1b: a follow-up opening on 跟/和 with no subject (「跟乙、丙比一下」) sets the named units
  beside the last one (``followup_added._WITH_LAST``), however many it names.
- c1a, c1b: one unit named and a bare pick in a clause of its own (「，哪个多」「，谁多」) compares
  it with the last unit (``followup_added._PICK_BARE``); must-not c1n: no pick, no comparison.
- d1a, d1b: 「蓝湾区2024年、石岭区和松涧区」 pins 2024 to 蓝湾 only: 石岭's and 松涧's review
  sentences (of 2020 / 2021) are not "of another period" (``retrieval.pinned_years``,
  ``retrieval.periods``); must-not d1n: the pinned unit keeps its own year's figure.
- v1n-v4n (review62 must-nots): 「再加一个问题」, a pick between two things the question lists,
  「一起列」 with a topic of its own add no unit; a year followed by the measure is every unit's.
- e1a: adding a unit after 「最新那份」 keeps the old units' reports; when 最新 was resolved as one
  year per unit (「甲和乙2024年、2021年的那份」) each old unit keeps its year
  (``followup_substitute._respective_years``, tested below with its must-nots).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_added import adds_units
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fuf62_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuf62"],
        DATA / "probes_fuf62.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    answers = {q["id"]: q["answer"] for q in result["questions"]}
    assert "柳江区" in answers["a1n"] and "蓝湾区" in answers["a1n"]  # said missing, old kept
    assert "蓝湾" not in answers["a2n"] and "石岭" not in answers["a2n"]
    assert "苇汀" not in answers["c1n"]
    assert "58.37" not in answers["d1n"]
    for asked_alone in ("v1n", "v2n", "v3n"):  # review62: no unit of the last question added
        assert "蓝湾" not in answers[asked_alone], answers[asked_alone]
    assert "58.37" not in answers["v4n"]  # the year before the measure is every unit's


def test_adding_words_are_not_deeds():
    """再加强/再加大 are deeds done more, 一起列入 puts a task into a plan, and a unit whose name
    opens on 和 (和平镇) is no 「和」 of comparing: none adds units."""
    assert not adds_units("松涧区再加强了哪些帮扶", 1)
    assert not adds_units("松涧区再加大投入了吗", 1)
    assert not adds_units("那松涧呢，一起列入计划了吗", 1)
    assert not adds_units("和平镇跟甲镇比一下", 2, ["和平镇", "甲镇"])
    assert not adds_units("槐荫街道哪个社区审的合同最多", 1)
    assert not adds_units("跟槐荫比，柏塘审的合同多吗", 2, ["槐荫街道", "柏塘街道"])
    assert adds_units("再加松涧", 1, ["松涧区"])
    assert adds_units("那松涧呢，一起列", 1, ["松涧区"])
    assert adds_units("再加柳江区", 0)  # a unit the library lacks, said missing
    assert adds_units("跟槐荫、柏塘比一下", 2, ["槐荫街道", "柏塘街道"])
    assert adds_units(
        "槐荫街道审了多少份，哪个多", 1, ["槐荫街道"], "苇汀街道的法律顾问审了多少份合同"
    )


def test_short_adding_words_with_a_topic_of_their_own_add_nothing():
    """review62: 「再加」 and a bare 「一起列」 are everyday verbs too (再加装电梯, 再加宽道路,
    再加以整改, 「再加一个问题」, 「把X的重点项目一起列」), and a pick after a question that lists
    two things of its own (「X收入和支出，哪个多」) picks between those things: none adds the
    last question's unit, whose measure would replace the one asked."""
    assert not adds_units("盐田区再加装了多少台电梯", 1, ["盐田区"])
    assert not adds_units("罗湖区再加宽了哪些道路", 1, ["罗湖区"])
    assert not adds_units("宝安区对哪些问题再加以整改", 1, ["宝安区"])
    assert not adds_units("再加一个问题，罗湖区GDP多少", 1, ["罗湖区"])
    assert not adds_units("罗湖区再加多少个学位", 1, ["罗湖区"])
    assert not adds_units("把宝安区的重点项目一起列", 1, ["宝安区"])
    gdp = "光明区GDP是多少"
    assert not adds_units("宝安区一般公共预算收入和支出，哪个多", 1, ["宝安区"], gdp)
    assert not adds_units("宝安区第二产业和第三产业增加值，哪个高", 1, ["宝安区"], gdp)
    assert not adds_units("宝安区常住人口多少，哪个多", 1, ["宝安区"], gdp)
    assert not adds_units(
        "东湖街道的行政复议和行政诉讼案件，哪个多", 1, ["东湖街道"], "新市街道调解了多少件纠纷"
    )
    assert adds_units("再加个松涧区呢", 1, ["松涧区"])
    assert adds_units("再加个松涧区比一比", 1, ["松涧区"])
    assert adds_units("再加松涧，哪个多", 1, ["松涧区"])
    assert adds_units("盐田区GDP多少，哪个高", 1, ["盐田区"], gdp)
    assert adds_units("和平镇审了多少份，哪个多", 1, ["和平镇"], "甲镇审了多少份合同")


def test_a_year_before_the_measure_is_no_single_units():
    """review62: 「宝安区2021年GDP比光明区高多少」「盐田区2015年GDP和龙华区、福田区比较」 date the
    measure for every unit; only a year inside the list of units is that unit's period."""
    from retrieval.pinned_years import listed_years

    assert listed_years("宝安区2021年GDP比光明区高多少", ["宝安区", "光明区"]) == {}
    assert listed_years("盐田区2015年GDP和龙华区、福田区比较", ["盐田区", "龙华区", "福田区"]) == {}
    three = ["蓝湾区", "石岭区", "松涧区"]
    assert listed_years("比较蓝湾区2024年、石岭区和松涧区的收入", three) == {"蓝湾区": 2024}
    assert listed_years("石岭、蓝湾2024年和松涧三个区收入各多少", three) == {"蓝湾区": 2024}
    assert listed_years("龙华2019年的那份和罗湖的GDP", ["龙华区", "罗湖区"]) == {"龙华区": 2019}


def test_years_listed_one_per_unit_stay_with_their_units():
    """「甲和乙2024年、2021年的那份」 (how 「各自最新那份」 is resolved) gives each old unit its year;
    a unit added is asked of its own reports. Years before the units, or not one per unit,
    are no such list."""
    from answering.followup_substitute import substituted

    old, new = ["蓝湾区", "石岭区"], ["蓝湾区", "石岭区", "松涧区"]
    asked = substituted("蓝湾和石岭2024年、2021年的那份GDP比一下", old, new)
    assert "蓝湾区2024年、石岭区2021年和松涧区" in asked and "那份" not in asked
    before = substituted("2024年、2021年蓝湾和石岭的GDP比一下", old, new)
    assert "蓝湾区2024年" not in before
    one = substituted("蓝湾2023年、2024年两份报告里的GDP", ["蓝湾区"], ["蓝湾区", "石岭区"])
    assert "蓝湾区2023年" not in one


def test_a_street_said_short_with_jie_is_replaced_whole():
    """「苇汀街」 is 苇汀街道 said short: the unit put in its place leaves no stray 街."""
    from answering.followup_substitute import substituted

    asked = substituted("苇汀街的法律顾问审查了多少份合同", ["苇汀街道"], ["槐荫街道"])
    assert asked == "槐荫街道的法律顾问审查了多少份合同"
    assert substituted("柳街镇调解了多少件", ["柳街镇"], ["槐荫街道"]) == "槐荫街道调解了多少件"
