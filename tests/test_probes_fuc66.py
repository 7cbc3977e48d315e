"""Round fuc66: follow-ups that turn into a comparison, and one unit's reports compared.

``probes_fuc66.jsonl`` asks over four invented district work reports
(``tests/data/probe_reports_fuc66``, dated by the year each reviews, titled by the year it is
delivered, as a library of untitled web copies dates them):

- 「跟24年比呢」「和2024年对比呢」 after one unit's report of 2021: its 2024 report set beside,
  row per report (o1a o1b); 「那25年那份呢，对比下」 after 「青岚22那份…」 (o1c o1d).
- 「松溪20年那份的呢，跟它比比」: another unit with its own report year; the year names no
  thing compared (b1a b1b).
- 「把松溪20年、白沙22年的也列出来比比」: two units added, each with its year (a1a a1b).
- 「青岚地铁9号线，22年那份和25年那份说法有啥不一样」: one unit's reports named by the year on
  their covers, a row each (y1a y1b); 「青岚21年和松溪20年GDP」 each unit dated (f1a).
- 「按件数给我排一下」 after a which-question asking a count: each listed unit's count (r1a r1b).
- 「松溪20年那份呢，对比下」 after a question of no year: only the added unit dated (d1a d1b d1c).
- must-nots: a year no report of the unit is of or delivered in is refused, never a second row
  (n1 n3 n5); an order by something no count was asked of answers no ranking (n2).

main b3a8baa3: compare 0.25, none 1.00; fuc66: compare 1.00, none 1.00 (20 probes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering import across_years
from answering.followup_order import ordered_by
from answering.followup_other_report import other_report
from answering.followup_short_years import short_years_read
from answering.followup_turn import Turn
from reportqa.units import UnitIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fuc66.jsonl"
UNITS = UnitIndex(["青岚区", "松溪区", "白沙区", "深圳市"])


def test_fuc66_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuc66"],
        PROBES,
        ["--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"] if q["kind"] != "none")
    # review66: the refusal names the unit said with the missing year, not the undated one beside
    said = next(q for q in result["questions"] if q["id"] == "n5")
    assert "松溪区" in said["error"] and "白沙区" not in said["error"]


@pytest.mark.parametrize(
    ("follow", "last", "follow_read", "last_read"),
    [
        ("跟24年比呢", "青岚21年帮扶资金拨了多少", "跟2024年比呢", "青岚2021年帮扶资金拨了多少"),
        ("那25年那份呢", "青岚22那份拟定了几件", "那2025年那份呢", "青岚2022年那份拟定了几件"),
        # must-nots: no year said now — the last question is left as the question path reads it
        ("松溪呢", "青岚21年帮扶资金拨了多少", "松溪呢", "青岚21年帮扶资金拨了多少"),
        # a length of years, an anniversary, a count are never years
        ("跟10年前比呢", "青岚21年GDP多少", "跟10年前比呢", "青岚21年GDP多少"),
        ("那2024年呢", "青岚20年来GDP翻了几番", "那2024年呢", "青岚20年来GDP翻了几番"),
        ("那2024年呢", "深圳40年发展成就有哪些", "那2024年呢", "深圳40年发展成就有哪些"),
        ("那2024年呢", "青岚区12个街道有哪些", "那2024年呢", "青岚区12个街道有哪些"),
        # review66: a span named by what fills it, an anniversary, a target year after a name
        (
            "青岚的15年免费教育呢",
            "青岚2024年新增学位多少",
            "青岚的15年免费教育呢",
            "青岚2024年新增学位多少",
        ),
        ("松溪10年发展成就呢", "青岚2021年GDP多少", "松溪10年发展成就呢", "青岚2021年GDP多少"),
        ("青岚30年呢", "青岚2021年GDP多少", "青岚30年呢", "青岚2021年GDP多少"),
        ("那2024年呢", "青岚35年远景目标是什么", "那2024年呢", "青岚35年远景目标是什么"),
    ],
)
def test_two_digit_years_read_in_a_conversation(follow, last, follow_read, last_read):
    asked, turns = short_years_read(follow, [Turn(last)], UNITS)
    assert (asked, turns[-1].effective) == (follow_read, last_read)


def test_a_first_question_changes_only_when_its_units_are_each_dated():
    assert short_years_read("青岚21年和松溪20年GDP", [], UNITS)[0] == "青岚2021年和松溪2020年GDP"
    assert short_years_read("青岚21年GDP多少", [], UNITS)[0] == "青岚21年GDP多少"
    school = "青岚12年免费教育和松溪15年免费教育分别怎么写的"  # review66: school years
    assert short_years_read(school, [], UNITS)[0] == school


@pytest.mark.parametrize(
    "follow",
    [
        "跟2018年比增长了多少",  # a figure against a base year: a fact of the one report
        "跟2018年比增长了几个百分点",
        "跟青岚区比呢",  # a unit, not a year
    ],
)
def test_a_year_set_beside_with_a_question_of_its_own_is_no_other_report(follow):
    assert other_report(follow, "青岚区2021年GDP是多少", ["青岚区"]) is None


@pytest.mark.parametrize(
    ("follow", "last"),
    [
        ("按时间排一下", "哪些报告写了审查了多少份合同"),  # an order by time: no count of it
        ("排一下", "哪些报告写了聘请法律顾问"),  # no count asked: nothing to order by
        ("排一下", "青岚区审查了多少份合同"),  # not a list
        ("安排一下", "哪些报告写了审查了多少份合同"),  # 安排 is no ordering
        ("按人数排一下", "哪些报告写了审查了多少份合同"),  # review66: a count of another thing
    ],
)
def test_an_order_needs_the_count_a_list_asked(follow, last):
    assert ordered_by(follow, last, ["松溪区", "白沙区"]) is None


def test_an_order_by_the_count_asks_each_listed_unit():
    asked = ordered_by("按份数给我排一下", "哪几个报告写了审了多少份合同的", ["松溪区", "白沙区"])
    assert asked == "松溪区和白沙区各审了多少份合同，哪个最多"


def test_only_years_said_as_reports_read_a_cover_year():
    said = across_years.read("青岚地铁9号线，22年那份和25年那份说法有啥不一样")
    assert said is not None and said.by_report and said.years == (2022, 2025)
    plain = across_years.read("青岚区2021年和2024年的GDP")
    assert plain is not None and not plain.by_report


def test_also_listed_adds_units_only_to_be_compared():
    from answering.followup_added import adds_units

    assert adds_units("把盐田20年、光明24年的也列出来比比", 2, ["盐田区", "光明区"])
    assert not adds_units("把坪山的也列出来", 1, ["坪山区"])  # after a list: does it belong
    assert not adds_units("把法律顾问的也列出来", 0, [])


def test_the_unit_named_again_points_at_its_other_report():
    """review66: 「深圳15年那份呢，对比下」 after 深圳21年 — the unit's name said again is 它."""
    last = "青岚区2021年GDP是多少"
    said = other_report("青岚2024年那份呢，对比下", last, ["青岚区"])
    assert said is not None and said.question.startswith("比较青岚区2021年和2024年的报告")
    assert other_report("青岚2024年的呢", last, ["青岚区"]) is None  # a swap, no comparing
    assert other_report("松溪区2024年那份呢，对比下", last, ["青岚区"]) is None  # another unit
