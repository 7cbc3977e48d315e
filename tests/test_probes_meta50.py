"""Probes of round meta50 (made-up reports under ``tests/data/probe_reports_meta50``).

- a province's work report names itself by kind (「我代表省人民政府」, 我省/全省/省政府) and by
  its short name in passing: it is the province it names most, with no parent
  (``ingest.meta_province``); a city's report that ranks itself in 全省 is still the city;
- a report delivered at a change of term reviews the whole term (「过去五年工作回顾」「本届政府
  工作回顾」) and is dated by the latest month it recounts — its delivery year — never by a
  five-year figure's base year nor a target date (``ingest.term_review``); one that also
  plans a single year under its own heading is dated by that frame as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import extract
from ingest.term_review import term_year

REPORTS = Path(__file__).parent / "data" / "probe_reports_meta50"


def _read(name: str):
    return extract((REPORTS / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize(("name", "unit"), [("p1.txt", "浙江省"), ("p2.txt", "湖南省")])
def test_province_speaking_by_kind_is_the_province_it_names(name, unit):
    got = _read(name)  # p1: 「我代表省人民政府」; p2: a cut copy saying 我省/全省 only
    assert (got.unit, got.parent, got.level) == (unit, "", "省")


def test_city_ranking_itself_in_the_province_is_no_province():
    got = _read("c1.txt")  # 「我代表市人民政府」 … 「居全省第三」「广东首个…」
    assert (got.unit, got.level) == ("珠海市", "地市")


@pytest.mark.parametrize(("name", "year"), [("t1.txt", 2021), ("t2.txt", 2016)])
def test_term_review_is_dated_by_its_delivery(name, year):
    # t1: 「从2015年的820亿元」 is the base, 「到2025年12月底前」 a target; t2: 截至2016年8月
    assert _read(name).year == year


def test_term_review_with_a_year_heading_keeps_its_frame():
    text = (REPORTS / "t3.txt").read_text(encoding="utf-8")  # 「二、2023年重点工作」
    assert term_year(text) is None
    assert _read("t3.txt").year in (2022, 2023)
