"""Round tgt52: targets and totals have fixed homes in a 政府工作报告, over made-up reports.

- **A unit-wide total** (``retrieval.unit_totals``): 「全市去年GDP多少」 is the review's headline
  (「全市地区生产总值达…」), read even from a long overview, not a sentence using the measure as a
  share's denominator (「占地区生产总值比重」) or a zone's figure; a district's 「全区」 is its own,
  the city's 「全市」 figure it quotes is not.
- **Set figures asked by their verb or kind** (``retrieval.plan_targets``): 「目标谁定得高」,
  「要达到多少」 (a goal for a year ahead), 「控制目标」 (a capped rate's target) and 「增长目标」
  ask the plan's figure, and a plan sentence with a figure comes before one explaining targets.
- **Size ranks two units** (``retrieval.more_of_two``): 「谁的GDP更大」 as 「谁的多」.
- **A choice's options are no requirement** (``retrieval.either_or``): 「是区里定的还是市里的」
  is answered by the sentence on the thing (「低于全市3.5%控制线」).

base52 a906e68: 12 of 17 fail (every paraphrase; the must-nots pass); tgt52: all 17 pass.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from retrieval.more_of_two import plain_ranking
from tests.probe_kit import ingested_texts

_FILLER = "".join(
    f"推进第{i}批重点项目建设，完善配套设施，提升服务效能，群众获得感持续增强。"
    for i in range(1, 9)
)
_REPORTS = {
    "city.txt": "青川市2024年政府工作报告\n\n一、2023年工作回顾\n"
    "2023年是全面贯彻党的二十大精神的开局之年。面对复杂严峻的形势，我们坚定信心、攻坚克难。"
    + _FILLER
    + "全市地区生产总值达2860亿元、增长6.1%，增速居全省前列。规上工业增加值增长7.2%。\n"
    "——创新动能增强。全社会研发投入98亿元、增长12.5%，占地区生产总值比重提升至3.4%。\n"
    "——区域协调发展。北湖合作区地区生产总值增长21.3%，建成一批产业项目。"
    "数字经济核心产业增加值占地区生产总值比重达11.2%。\n\n"
    "二、2024年工作安排\n今年经济社会发展主要预期目标是：全市地区生产总值增长6%左右，"
    "城镇调查失业率5%左右。这些目标综合考虑了各方面因素，是跳一跳够得着的目标。\n",
    "east.txt": "东溪区2024年政府工作报告\n\n一、2023年工作回顾\n"
    "全区地区生产总值达610亿元、增长5.2%。全市地区生产总值达2860亿元，我区贡献突出。"
    "城镇登记失业率低于全市3.5%控制线。\n\n"
    "二、2024年工作安排\n这些目标既考虑了发展需要，又考虑了潜力条件，体现了积极进取的要求。"
    "今年全区主要预期目标是：地区生产总值增长6.5%，城镇登记失业率控制在3%以内。\n",
    "west.txt": "西岭区2024年政府工作报告\n\n一、2023年工作回顾\n"
    "实现地区生产总值480亿元，增长4.1%，高于年初增长目标。\n\n"
    "二、“十四五”后半程发展目标\n到2027年，全区地区生产总值达900亿元，年均增长8%左右。\n\n"
    "三、2024年主要工作\n今年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右，"
    "城镇调查失业率4.5%左右。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("tgt52"), mp, _REPORTS)
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


def _first_quote(answer) -> str:
    return answer.citations[0].quote if answer.citations else ""


@pytest.mark.parametrize(
    "question", ["青川市报告里全市去年GDP多少？", "青川市的报告说，全市去年地区生产总值是多少"]
)
def test_a_unit_wide_total_is_the_headline(service, question):
    assert "2860亿元" in _first_quote(service.ask(question))


def test_a_district_total_is_not_the_city_figure_it_quotes(service):
    assert "610亿元" in _first_quote(service.ask("东溪区全区去年GDP多少？"))


@pytest.mark.parametrize(
    "question", ["东溪和西岭，今年GDP目标谁定得高？", "西岭区和东溪区今年的GDP增长目标哪个定得更高"]
)
def test_targets_weighed_by_their_verb_are_the_plans(service, question):
    cells = {r.unit: r.value for r in service.ask(question).compare.rows}
    assert "6.5%" in cells["东溪区"] and "7%左右" in cells["西岭区"]


def test_a_growth_weighed_as_reached_is_the_review(service):
    cells = {r.unit: r.value for r in service.ask("东溪和西岭，去年GDP谁增长得快？").compare.rows}
    assert "5.2%" in cells["东溪区"] and "4.1%" in cells["西岭区"]


@pytest.mark.parametrize(
    "question",
    [
        "西岭区2024年那份，说到2027年GDP要达到多少？",
        "西岭区2024年的报告里，到2027年地区生产总值要实现多少",
    ],
)
def test_a_goal_reached_for_is_the_five_year_target(service, question):
    assert "900亿元" in _first_quote(service.ask(question))


def test_a_figure_reached_is_the_review(service):
    assert "480亿元" in _first_quote(service.ask("西岭区那份报告里GDP是多少？"))


@pytest.mark.parametrize(
    "question",
    ["失业率控制目标，东溪区和西岭区各定的多少？", "东溪区和西岭区的失业率控制目标分别是多少"],
)
def test_a_capped_rate_target_takes_a_listed_target(service, question):
    cells = {r.unit: r.value for r in service.ask(question).compare.rows}
    assert "3%以内" in cells["东溪区"] and "4.5%左右" in cells["西岭区"]


@pytest.mark.parametrize(
    "question",
    [
        "东溪区说失业率低于3.5%的控制线，这个3.5%是区里定的还是市里的？",
        "东溪区报告里失业率控制线是区里的还是市里定的",
    ],
)
def test_a_choice_is_read_in_the_sentence_on_its_thing(service, question):
    assert "全市3.5%控制线" in _first_quote(service.ask(question))


def test_a_choice_on_an_untold_thing_quotes_nothing(service):
    assert not service.ask("东溪区的医保基金是区里管还是市里管？").citations


@pytest.mark.parametrize(
    "question", ["东溪和西岭，谁的GDP更大？", "西岭区跟东溪区哪个地区生产总值更大"]
)
def test_size_ranks_two_units(service, question):
    assert plain_ranking(question) == "most"
    cells = {r.unit: r.value for r in service.ask(question).compare.rows}
    assert "610亿元" in cells["东溪区"] and "480亿元" in cells["西岭区"]


def test_a_how_big_is_no_ranking():
    assert plain_ranking("东溪区的GDP有多大") == ""
