"""Round meta43: where a unit lies, which units share a parent, the year of an untitled report,
and 「X的报告呢」 after a turn about one unit.

``probes_meta43.jsonl`` asks over seven invented reports (``tests/data/probe_reports_meta43``;
p6 and p7 never name their unit nor print a title):

- a 新区 run by a 管委会 is no division the list knows, yet it lies where its parent city lies
  (``answering.regions``): two paraphrases of a province asked, a must-not (another province);
- 「同一个上级下面有两份报告的」 groups the reports by their parent
  (``answering.shared_parent``): two paraphrases, a must-not (a topic beside it is searched);
- 「X的报告呢」 asks for a list of reports: after a turn about one unit it replaces that scope
  (``answering.meta_frame.NOUN_PHRASE``): two paraphrases, a must-not (a topic follow-up keeps
  the unit);
- an untitled report is dated by the yearly plan it puts its work into
  (``ingest.meta_year._PLAN_ISSUED``): p6 is read as 2023; p7, which looks back on a 2022 plan,
  is not dated by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_text
from ingest.metadata import extract
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta43.jsonl"
REPORTS = DATA / "probe_reports_meta43"


def test_meta43_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("name", "year"),
    [("p6.txt", 2023), ("p7.txt", None)],  # p7: 对照《2022年度…计划》开展回头看 dates nothing
)
def test_an_untitled_report_is_dated_by_the_plan_it_puts_its_work_into(name, year):
    text = (REPORTS / name).read_text(encoding="utf-8")
    assert extract(clean_text(text), name).year == year


def test_work_put_into_a_plan_in_other_words_dates_it_too():
    text = (
        "一、主要做法\n(一)抓好学法\n镇党委把宪法和民法典纳入《2021年度干部学法工作计划》,"
        "全年集中学法8次。\n(二)化解纠纷\n调解矛盾纠纷40件。"
    )
    assert extract(clean_text(text), "x.txt").year == 2021


def test_a_plan_of_a_span_of_years_dates_nothing():
    text = (
        "一、主要做法\n(一)抓好学法\n镇党委将习近平法治思想列入《2021—2025年干部学法工作计划》,"
        "全年集中学法8次。"
    )
    assert extract(clean_text(text), "x.txt").year is None
