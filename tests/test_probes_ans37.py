"""Round ans37 (held37's causes I, J, K, L), probed on made-up pages in
``tests/data/probe_reports_ans37``.

- I: a follow-up under one unit's scope asks of that unit's report — 「副组长都是谁」 after
  「石岭镇…组长是谁」 asks persons of 石岭镇 (a fact quoting the whole roster), never which
  units mention 副组长 (the clause naming one deputy of three).
- J: a level word is the rung of the unit it was said of (市级 of 东郊市 becomes 区级 for
  青禾区); a department's own report never names itself, so 「青禾区司法局…」 asks of its report
  with 司法局 as scope, not as a word each sentence must hold.
- K: an occasion count closing a clause of its own verb and object (「…学习习近平法治思想，研究
  …议题9次」) counts that deed, not the study sessions.
- L: a compare cell asking what was done prefers the sentence about the topic over one that
  lists it among other works, whatever counts the latter carries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer import Kind
from reportqa.answer_markdown import markdown
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_ans37"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "ans37", DATA).service


_LEADER = "石岭镇法治政府建设领导小组的组长是谁？"
_DEPUTIES = ("王海峰", "张秀兰", "刘建国")


@pytest.mark.parametrize("follow", ["担任副组长的都是谁？", "那副组长是哪几位？"])
def test_scoped_followup_asks_persons_of_the_unit(service, follow):
    answer = chat(service, _LEADER, follow)
    assert answer.kind == Kind.FACT
    quoted = "".join(c.quote for c in answer.citations)
    assert all(name in quoted for name in _DEPUTIES)
    assert {c.township for c in answer.citations} == {"石岭镇"}


def test_scoped_followup_asking_units_stays_which(service):
    answer = chat(service, _LEADER, "还有哪些镇也设了副组长？")
    assert answer.kind == Kind.WHICH
    assert "云溪镇" in {c.township for c in answer.citations}


def test_level_word_goes_with_its_unit(service):
    city = chat(service, "东郊市司法局审查了多少份市级规范性文件？", "那青禾区呢？")
    assert "区级" in city.resolved_question and "市级" not in city.resolved_question
    assert markdown(city).startswith("**青禾区**：23份")
    district = chat(service, "青禾区司法局审查了多少份区级规范性文件？", "东郊市呢？")
    assert "市级" in district.resolved_question and "区级" not in district.resolved_question
    # must-not: a level word the user types in a fresh question is the user's own
    fresh = service.retriever.analyze("青禾区司法局审查了多少份市级规范性文件？")
    assert "市级" in [c.term for c in fresh.concepts]


@pytest.mark.parametrize(
    "question",
    ["青禾区司法局审查了多少件重大行政决策事项？", "那青禾区司法局审了几件重大行政决策事项？"],
)
def test_department_own_report_is_scope(service, question):
    answer = service.ask(question)
    assert answer.citations and "重大行政决策事项9件" in answer.citations[0].quote
    assert "没有写明" not in markdown(answer)


def test_department_in_a_government_report_stays_topic(service):
    # must-not: 西山县's report is the government's; 县司法局 tells one department's lectures
    answer = service.ask("西山县司法局开展了几场普法讲座？")
    assert markdown(answer).startswith("**西山县**：12场")


@pytest.mark.parametrize("question", ["南湖市常务会议学法学了几次？", "南湖市中心组学法几次？"])
def test_count_of_another_deed_is_no_count_asked(service, question):
    text = markdown(service.ask(question))
    assert text.startswith("南湖市2023年的报告没有写明")
    assert not text.startswith("据")


def test_count_bound_to_the_deed_answers(service):
    # must-not: 「常务会学法6次」 binds the count to the deed asked
    assert markdown(service.ask("北岸区常务会学法学了几次？")).startswith("**北岸区**：6次")


def _cell(answer, unit: str) -> str:
    return next(c.quote for c in answer.citations if c.township == unit)


_LIST = "部署推进示范创建、普法、行政复议、执法改革等工作"


def test_compare_cell_prefers_the_deed_over_a_list_item(service):
    law = service.ask("北川市和南岭市在普法上分别做了什么？")
    assert "普法进万家" in _cell(law, "北川市") and _LIST not in _cell(law, "北川市")
    review = service.ask("复议方面北川市和南岭市各做了啥？")
    assert "行政复议体制改革" in _cell(review, "北川市")
    assert _LIST not in _cell(review, "北川市")


def test_compare_count_question_keeps_the_count(service):
    # must-not: a count question's cell is the count's sentence
    answer = service.ask("北川市和南岭市各办了几件复议案件？")
    assert "32件" in _cell(answer, "北川市")
