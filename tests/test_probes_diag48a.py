"""Round diag48a: years a question names without one plain four-digit year.

1. A range (「20年以后」「2018年以前」) is every report in scope whose year falls in it, never a
   year the library must hold (main: 「库中没有 2020 年的报告」).
2. 「最新那份」「最早的那份」 of a unit with several reports picks one report by its year; a
   question asking only which report that is stays a question about the reports.
3. Two-digit years joined by 和 (「19年和24年」) or pointed at (「17年那份」) are years.

All reports are made up, ingested for real into ``tmp_path`` and asked through the composition
root. main 0e28c0b / gap48b: 3 of the 4 tests fail (the range refuses, 最新那份 answers from both
reports, 19年和 is no year; the must-nots hold); on diag48a all 4 pass.
"""

from __future__ import annotations

import pytest

from answering.followup import Turn
from library.compose import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from retrieval.dates import full_years
from tests.probe_kit import ingested_texts

_ACTS = "{unit}{year}年法治政府建设工作报告\n\n一、主要举措\n\n{body}\n"
_REPORTS = {
    "a.txt": _ACTS.format(
        unit="青禾镇", year=2019, body="（一）法治体检。组织律师为辖区企业开展法治体检12次。"
    ),
    "b.txt": _ACTS.format(
        unit="青禾镇", year=2024, body="（一）法治体检。组织律师为辖区企业开展法治体检15次。"
    ),
    "c.txt": _ACTS.format(
        unit="石泉乡", year=2017, body="（一）法治体检。为小微企业开展法治体检8次。"
    ),
    "d.txt": _ACTS.format(unit="石泉乡", year=2023, body="（一）普法宣传。全年开展普法活动19场。"),
    "e.txt": _ACTS.format(
        unit="柳湾街道", year=2022, body="（一）法治体检。为商户开展法治体检5次。"
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diag48a")
    with pytest.MonkeyPatch.context() as mp:
        app = build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS)))
        app.service.metadata.this_year = lambda: 2026
        yield app.service


def _asked(service, question: str, *before: str):
    try:
        return service.ask(question, tuple(Turn(q) for q in before))
    except QuestionError as e:  # main: 「库中没有 2020 年的报告」
        pytest.fail(f"{question}: {e}")


def test_range_of_years_is_the_years_held_in_it(service):
    for q in (
        "20年以后哪些乡镇开展了法治体检？",
        "近几年（2020年之后）的报告里，哪些地方做了法治体检",
    ):
        ans = _asked(service, q)
        assert set(ans.townships) == {"青禾镇", "柳湾街道"}, (q, ans.townships, ans.answer)
    # must-not: the other side of a year leaves the later reports out
    ans = _asked(service, "2018年以前有哪些乡镇开展了法治体检")
    assert ans.townships == ("石泉乡",), (ans.townships, ans.answer)


def test_newest_or_earliest_report_of_a_unit(service):
    ans = _asked(service, "青禾镇最新那份报告里法治体检开展了几次")
    assert "15次" in ans.answer and "12次" not in ans.answer, ans.answer
    ans = _asked(service, "那它最早的那份报告里呢，法治体检做了多少次", "青禾镇开展了法治体检吗")
    assert "12次" in ans.answer and "15次" not in ans.answer, ans.answer


def test_which_report_is_newest_stays_about_reports(service):
    # must-not: asking which report is newest picks no year into the question
    ans = _asked(service, "青禾镇最新的一份是哪一年的报告？")
    assert ans.resolved_question == "青禾镇最新的一份是哪一年的报告？", ans.resolved_question
    assert "2024" in ans.answer, ans.answer


def test_two_digit_years_joined_or_pointed_at(service):
    ans = _asked(service, "青禾镇19年和24年的法治体检分别多少次？")
    assert "12次" in ans.answer and "15次" in ans.answer, ans.answer
    ans = _asked(service, "石泉乡17年那份报告里法治体检几次")
    assert "8次" in ans.answer, ans.answer
    # must-not: a span of time followed by 和 and no second year is no year
    assert full_years("干了15年和群众打交道") == "干了15年和群众打交道"
