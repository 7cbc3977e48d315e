"""Round fu80b: follow-ups that swap a narrowing's year, narrow a list by a kind beside the
pointer, and add a county to a region's list.

``probes_fu80b.jsonl`` asks over seven invented reports (``tests/data/probe_reports_fu80b``:
four 四川 townships, two 四川 counties, one 浙江 town, of 2022 and 2023):

- 「那2023年的呢」 after 「其中2022年的」 swaps the narrowing's year over the list it narrowed,
  never over its answer or the whole library (sw1 sw2 sw3; ``followup_narrow_swap``).
- 「其中乡镇那三个」「镇的那几个」「这几个街道」 keep the last answer's units of that kind before the
  rest is asked of them (kp1 kp2 kp3; ``followup_kind_pointer``).
- 「再把邛崃市的也加进来」 after a 四川 list: the county lies inside, the list is the union (ca1 ca2;
  ``followup_county_added``).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_county_added import county_added
from answering.followup_kind_pointer import kinds_pointed
from answering.followup_narrow_swap import narrowing_swapped
from answering.followup_turn import Turn
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu80b.jsonl"
LIST = ("安仁镇", "晋原街道", "平乐镇", "街子镇", "天荒坪镇")


def test_fu80b_probes(tmp_path, monkeypatch, capsys):
    # main (c11b2c42): which 0.30, compare 0.67; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu80b"],
        PROBES,
        ["--min-f1", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_narrowing_swapped_keeps_the_narrowings_list():
    prev = Turn("其中2022年的", "2022年列一下乡镇街道的报告", ("晋原街道", "平乐镇"), LIST)
    got = narrowing_swapped("那2023年的呢", prev)
    assert got is not None
    assert got.question == "2023年列一下乡镇街道的报告" and got.scope == LIST
    assert narrowing_swapped("2023年的是哪几个", prev).scope == LIST


def test_narrowing_swapped_needs_a_year_narrowing():
    # a narrowing by kind (no year), a turn over the library (no scope), the same year, or
    # more than a year said: none is a swap of the narrowing's year
    by_kind = Turn("其中街道的有哪些", "哪些是街道", ("晋原街道",), LIST)
    assert narrowing_swapped("那2023年的呢", by_kind) is None
    fresh = Turn("2022年的报告有哪些", "", ("晋原街道",), ())
    assert narrowing_swapped("那2023年的呢", fresh) is None
    prev = Turn("其中2022年的", "2022年列一下乡镇街道的报告", ("晋原街道",), LIST)
    assert narrowing_swapped("那2022年的呢", prev) is None
    assert narrowing_swapped("那2023年提到复议的呢", prev) is None


def test_kinds_pointed_narrows_by_the_kind_said():
    units = ("蒲江县", "安仁镇", "晋原街道", "平乐镇")
    got = kinds_pointed("其中乡镇那两个分别归哪个县市管", units)
    assert got is not None and got.scope == ("安仁镇", "平乐镇")
    assert got.question == "安仁镇、平乐镇分别归哪个县市管"
    assert kinds_pointed("这几个街道分别归哪个县管", units).scope == ("晋原街道",)
    # 乡镇 with no count, or a count that fits the whole rung, is the rung (街道 too)
    assert kinds_pointed("这些乡镇分别是哪年的", units).scope == ("安仁镇", "晋原街道", "平乐镇")
    assert kinds_pointed("乡镇那三个分别是哪年的", units).scope == ("安仁镇", "晋原街道", "平乐镇")


def test_kinds_pointed_leaves_other_pointers():
    units = ("蒲江县", "安仁镇", "晋原街道")
    assert kinds_pointed("其中那几个分别归哪个县管", units) is None  # no kind said
    assert kinds_pointed("这几个措施哪个最有效", units) is None  # things, not units
    assert kinds_pointed("这几个镇长是谁", units) is None  # 镇长: a post, not the kind
    assert kinds_pointed("其中乡那几个分别归哪个县管", units) is None  # no 乡 listed


def test_county_added_inside_the_region():
    asked = "四川的乡镇街道报告有哪些？"
    assert county_added("再把邛崃市的也加进来", asked)[0] == asked
    assert county_added("把崇州市的也算上", "成都那边的报告有哪些")[0] == "成都那边的报告有哪些"
    # a library-wide list already holds the county's reports
    assert county_added("把大邑县也加进来", "哪些报告提到述法？")[0] == "哪些报告提到述法？"


def test_county_added_leaves_what_is_no_county_inside():
    assert county_added("再把安吉县的也加进来", "四川的报告有哪些") is None  # outside: 浙江
    assert county_added("把述法也加进来", "四川的报告有哪些") is None  # a topic
    assert county_added("再把邛崃市的也加进来", "邛崃市的报告是哪年的") is None  # no list
