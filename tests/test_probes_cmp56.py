"""Round cmp56: comparisons of one unit across its years or its renamed self, and of a unit set
beside the last one, probed on made-up pages in ``tests/data/probe_reports_cmp56``.

- 「跟2018年那份比呢？两年各…」「和它2018年的报告比一下」: the unit just asked about, its report of
  another year set beside — both reports compared row by row on the last (or the named) topic;
- 「柳溪呢？两个区哪个多」「石桥同一年呢？两个比一下哪个高」: the unit named set beside the last
  answer's unit on the last topic, and the higher one picked;
- 「青川新区那时候和后来青川区…各定的多少」「换成青川呢？」: a zone made a district is two units
  when both are asked, each its own report — a report is a row, never two rows of one report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from answering.types import Kind
from reportqa.errors import QuestionError
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_cmp56"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "cmp56", DATA).service


def _rows(answer) -> list[tuple[str, str]]:
    """(unit, cell) of the comparison's rows; [] when the answer is no comparison."""
    return [(r.unit, r.value) for r in answer.compare.rows] if answer.compare else []


def _cited_reports(answer) -> list[str]:
    return [r.citation.report_id for r in answer.compare.rows if r.citation]


# ---- the unit's report of another year set beside ------------------------------------------
@pytest.mark.parametrize(
    ("first", "follow", "figures"),
    [
        (
            "青川区2021年新增多少公办学位？",
            "跟2018年那份比呢？两年各新增多少公办学位",
            ("4100", "3300"),
        ),
        ("青川区2021年那份里民生微实事办了多少项？", "和它2018年的报告比一下", ("612", "1390")),
    ],
)
def test_other_year_of_the_unit_is_compared(service, first, follow, figures):
    answer = chat(service, first, follow)
    assert answer.kind == Kind.COMPARE
    cells = " ".join(v for _, v in _rows(answer))
    assert all(f in cells for f in figures), _rows(answer)
    assert len(set(_cited_reports(answer))) == 2  # a row a report


def test_growth_over_a_year_stays_a_fact(service):
    # must-not: 「跟2017年比增长了多少」 is a figure of one report, not a report of 2017 set beside
    answer = chat(service, "青川区2021年地区生产总值是多少？", "跟2018年比增长了多少？")
    assert answer.kind != Kind.COMPARE
    assert "比较" not in answer.resolved_question


# ---- a unit set beside the last one, the pick asked -----------------------------------------
@pytest.mark.parametrize(
    ("first", "follow", "picked"),
    [
        ("石桥的PCT国际专利申请量是多少？", "柳溪呢？两个区哪个多", "石桥区"),
        ("柳溪2018年GDP增长目标定的多少", "石桥同一年呢？两个比一下哪个高", "石桥区"),
    ],
)
def test_unit_beside_the_last_is_compared(service, first, follow, picked):
    answer = chat(service, first, follow)
    assert answer.kind == Kind.COMPARE
    assert {u for u, _ in _rows(answer)} == {"石桥区", "柳溪区"}
    assert answer.picked == (picked,)


def test_unit_alone_stays_a_fact(service):
    # must-not: 「柳溪呢？」 with no pair asked moves the last question to 柳溪 only
    answer = chat(service, "石桥的PCT国际专利申请量是多少？", "柳溪呢？")
    assert answer.kind != Kind.COMPARE
    assert {c.township for c in answer.citations} == {"柳溪区"}


# ---- a renamed area asked under both names: two units, two reports ---------------------------
@pytest.mark.parametrize(
    "turns",
    [
        ("青川新区那时候和后来青川区，GDP增长目标各定的多少",),
        ("柳溪2018年新增多少公办学位？", "换成青川呢？"),
    ],
)
def test_zone_and_district_are_rows_of_their_own(service, turns):
    answer = chat(service, *turns)
    rows = _rows(answer)
    assert {u for u, _ in rows} >= {"青川新区", "青川区"}, rows
    zone = [r for r in answer.compare.rows if r.unit == "青川新区"]
    assert zone and zone[0].citation and "新区" in zone[0].citation.title
    cited = _cited_reports(answer)
    assert len(cited) == len(set(cited))  # never two rows of one report


def test_district_beside_another_unit_stays_one_row(service):
    # must-not: with no other name of it asked and no two years, 青川区 is one row
    answer = service.ask("比较青川区和柳溪区的民生微实事各办了多少")
    units = [u for u, _ in _rows(answer)]
    assert units.count("青川区") == 1 and "柳溪区" in units, _rows(answer)


# ---- review misfires: a year the unit has no report of, a pair among three, a span of years ----
def test_same_time_without_the_units_report_is_no_pick_of_one(service):
    # must-not: 柳溪 has no report of 2021 — it is never dropped to pick a winner out of 青川区
    # alone; it is answered from its nearest report with the note saying so (base56)
    for follow in ("柳溪同一年呢？两个比一下哪个多", "柳溪同期呢？两个哪个多"):
        answer = chat(service, "青川区2021年新增多少公办学位？", follow)
        rows = {u for u, _ in _rows(answer)}
        assert rows != {"青川区"} and answer.picked != ("青川区",), (follow, _rows(answer))
        assert "库中没有柳溪区 2021 年的报告" in answer.resolution_note, answer.resolution_note
        assert "柳溪区" in {c.township for c in answer.citations}


@pytest.mark.parametrize(
    "follow", ["跟它2021年那份比呢？", "和它2015年的报告比一下", "跟它2017年那份比呢？"]
)
def test_other_report_the_unit_lacks_is_said(service, follow):
    # must-not: 柳溪 has no report of that year (or the year reads the one report it has: its
    # 2018 report reviews 2017) — said by name, never a one-row table of the report it has
    with pytest.raises(
        QuestionError, match=r"库中没有柳溪区 20(21|15|17) 年的(报告。柳溪区现有年份|另一份报告)"
    ):
        chat(service, "柳溪2018年新增多少公办学位？", follow)


@pytest.mark.parametrize("follow", ["梅林呢？两个区哪个多", "梅林区呢？这两个区谁多"])
def test_pair_word_with_a_third_unit_is_asked_back(service, follow):
    # must-not: the last turn named two units, the follow-up a third: 「两个区」 is no pick of three
    with pytest.raises(QuestionError, match="哪两个"):
        chat(service, "石桥和柳溪的PCT国际专利申请量各是多少？", follow)


@pytest.mark.parametrize(
    "follow",
    [
        "跟2018年那份比呢？两年内一共新增多少公办学位",
        "跟2018年那份比呢？两年来一共新增多少公办学位",
    ],
)
def test_span_of_two_years_is_no_pair_word(service, follow):
    # must-not: 两年内/两年来 is a span of time, never stripped as the pair (「，内一共新增…」)
    answer = chat(service, "青川区2021年新增多少公办学位？", follow)
    assert not re.search(r"，[内来]一共", answer.resolved_question), answer.resolved_question
