"""Round fu72: follow-ups keep and drop the right things.

``probes_fu72.jsonl`` asks over seven invented reports (``tests/data/probe_reports_fu72``:
three district work reports, a 县, a 镇, a 乡 and a 街道). Each rule states a general fact
(see its module):

- 「那X呢 谁学了」: the thing swapped, then the list's own deed said again after a space — the
  swap alone, over the whole library (``answering.followup_restated``; a1 a2 a3; must-not an:
  a deed the last question never said is no restatement).
- 「那政协提案呢」 after 「甲、乙、丙办理人大代表建议的件数比一下」: the units and the measure
  said (件数) kept, the thing swapped (``answering.followup_compared_thing``; b1 b2).
- 「那专精特新企业呢」 after 「多少家高新技术企业」: another kind of the counted thing, the deed
  and count kept (``answering.followup_counted_thing``; c1 c2).
- 「这两个哪个是2023年的报告」: the units pointed at, picked by their report's year — never the
  library's other reports of that year (``answering.followup_documents``; d1 d2).
- 「跟乙乡的行政处罚比呢」: a unit added and the thing compared named in one clause
  (``answering.followup_beside``; e1 e2).
- 「算了不限述法，区县一级的报告有哪几份」: the topic dropped, the clause after asked on its own
  (``answering.followup_dropped``; f1 f2).
- 「那松岭呢」 after 「澄江25年报告…」: a two-digit year carried is a carried year, traded for
  the swapped unit's nearest (``answering.followup_years.read_years``; g1 g2; must-not gn).

main (03109e9d): which 0.65 facts 0.50 compare 0.67 none 1.00; branch 1.00 / 1.00 / 1.00 / 1.00
(review72 must-nots n2 n3: a place takes no measure; a kind of unit lifted keeps the topic).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.followup_beside import beside_need
from answering.followup_compared_thing import compared_on
from answering.followup_counted_thing import counted_swapped
from answering.followup_documents import pointed_reports
from answering.followup_dropped import topic_dropped
from answering.followup_restated import asks_list_again
from answering.followup_years import read_years
from reportqa.units import UnitIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu72.jsonl"
_UNITS = UnitIndex(["澄江区", "松岭区", "柏溪区", "云岭县", "青杉镇", "白沙乡", "石门街道"])


def test_fu72_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu72"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"] and q["id"] != "gn"]


@pytest.mark.parametrize(
    "tail", ["谁学得最多", "学了几次", "谁宣传了", "哪些学了什么", "哪些镇学了"]
)
def test_a_clause_with_its_own_deed_or_pick_is_no_restatement(tail):
    assert not asks_list_again(tail, "哪些地方学习了反有组织犯罪法")
    got = resolve(f"那信访工作条例呢 {tail}", [Turn("哪些地方学习了反有组织犯罪法")], _UNITS)
    assert got.question != "哪些地方学习了信访工作条例"


@pytest.mark.parametrize(
    "q",
    ["那原因呢", "那做法呢", "那办理情况呢", "那光明区呢", "那前海呢", "那河套呢", "那营商环境呢"],
)
def test_an_aspect_or_a_place_takes_no_measure(q):
    prev = "澄江、松岭办理人大代表建议的件数比一下"
    assert compared_on(q, prev, ["澄江区", "松岭区"]) is None


def test_the_measure_said_counts_its_own_class_of_things():
    """review72: 件 counts proposals and cases, 人 people, 次 events — never a place or a trait."""
    prev = "澄江、松岭办理人大代表建议的件数比一下"
    assert compared_on("那信访投诉呢", prev, ["澄江区", "松岭区"]).endswith(
        "的信访投诉件数各是多少？"
    )
    people = "澄江、松岭参加培训的干部人数比一下"
    assert compared_on("那培训呢", people, ["澄江区", "松岭区"]) is None
    assert "志愿者人数" in compared_on("那志愿者呢", people, ["澄江区", "松岭区"])


def test_a_thing_without_a_measure_said_is_still_no_compared_thing():
    assert compared_on("那政协提案呢", "澄江和松岭的人大代表建议谁多", ["澄江区", "松岭区"]) is None


@pytest.mark.parametrize(
    "q", ["那营收呢", "那企业呢", "那澄江企业呢", "那其他企业呢", "那东莞企业呢", "那宝安的企业呢"]
)
def test_a_kind_must_share_the_counted_head(q):
    assert counted_swapped(q, "澄江那份，去年新增了多少家高新技术企业", ["澄江区"]) is None


def test_a_counted_swap_needs_a_unit_named():
    assert counted_swapped("那专精特新企业呢", "去年新增了多少家高新技术企业", []) is None


@pytest.mark.parametrize("q", ["这两个哪个调解得多", "这两个都学了宪法吗", "它们哪个是重点镇"])
def test_a_pointer_asking_the_text_is_no_document_question(q):
    assert pointed_reports(q, ("青杉镇", "白沙乡")) is None


@pytest.mark.parametrize("q", ["跟白沙乡比呢", "跟白沙乡比一下", "和白沙乡的比呢"])
def test_no_thing_named_beside_keeps_the_last_topic(q):
    assert beside_need(q, ["白沙乡"]) is None


def test_only_a_topic_said_before_is_dropped():
    turns = [Turn("有搞述法的单位吗 都列一下")]
    assert topic_dropped("不限于执法，区县的有哪些", turns) is None
    assert topic_dropped("不限街道，哪些搞了述法", turns) is None  # 街道 never said before
    kind = [*turns, Turn("只要街道的")]
    # review72: a kind of unit, a unit or a place lifts a limit on where, never the topic
    assert topic_dropped("不限街道，都有哪几个", kind) is None
    assert topic_dropped("不管乡镇，有哪几份", [*turns, Turn("只看乡镇的")]) is None
    assert topic_dropped("不限于澄江，松岭有没有提", [Turn("澄江提到述法了吗")]) is None
    assert topic_dropped("算了不限述法", turns) is None  # nothing asked after it
    assert topic_dropped("不限述法，区县的有哪些", turns).question == "区县的有哪些"


def test_a_two_digit_year_is_read_as_the_question_path_reads_it():
    assert read_years("澄江25年报告说全区长者饭堂建了几个") == (2025,)
    assert read_years("澄江2024年报告") == (2024,)
    assert read_years("近5年建了几个长者饭堂") == ()
    assert read_years("松岭推行12年免费教育覆盖多少人") == ()  # school years, no report
    assert read_years("十四五规划提出到25年GDP达到多少") == ()  # a target year, no report


def test_a_counting_pointer_points_at_that_many():
    """「这两个」 after an answer that found one of two units asked: the two asked of."""
    got = pointed_reports("这两个镇哪个是2024年的报告", ("青杉镇",), ("青杉镇", "白沙乡"))
    assert got == ("青杉镇、白沙乡哪个是2024年的报告", ("青杉镇", "白沙乡"))
    assert pointed_reports("这两个哪个是2024年的报告", ("青杉镇",), ("青杉镇",)) is None
    three = ("澄江区", "松岭区", "柏溪区")
    assert pointed_reports("这两个哪个是2024年的报告", three, three) is None


def test_the_last_measure_said_again_beside_is_no_new_thing():
    assert beside_need("跟松岭区的GDP比呢", ["松岭区"], "澄江18年GDP多少") is None
    assert beside_need("跟松岭区的政协提案比呢", ["松岭区"], "澄江人大代表建议多少件") == "政协提案"
