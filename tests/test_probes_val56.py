"""Round val56: the value that answers a fact or compare question.

1. The noun a count question names after its measure word is what the count is of.
   「养老中心有多少张床」 counts 床: 「建设1所拥有400个养老床位的区级养老中心」 answers it with
   400个, though the topic's word 养老 stands in the count's modifier and the report writes
   the general 个 for the asked 张 (``answering.own_counts``). On base56 both paraphrases say
   the report gives no figure; a count of the topic's own things (「新建2个社区养老中心」) is
   still no count of beds, on both.

Made-up work reports (a speech to the congress reviewing 2019 and planning 2020), ingested for
real into a temporary library and asked through the composition root.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.answer import Role
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_OPEN = "各位代表：\n现在，我代表{unit}人民政府，向大会报告工作，请予审议。\n"
_REPORTS = {
    "a.txt": _OPEN.format(unit="青山区")
    + "一、2019年工作回顾\n2019年，全区经济社会保持平稳健康发展。"
    "高质量发展成效明显，地均GDP45.2亿元/平方公里、地均税收9.8亿元/平方公里，均居全市前列。"
    "初步核算，全年实现地区生产总值1200.5亿元，增长6.1%，总量稳居全市前列。\n"
    "（一）民生事业加快发展。年度25项民生实事完成23项，新增病床300张，新建社区长者食堂4个。\n"
    "（二）城市管理持续加强。完成老旧小区改造12个。\n"
    "二、2020年主要工作\n2020年是全面建成小康社会的收官之年。\n"
    "（一）办好民生实事。着力办好36项民生实事，新增病床150张以上。构建养老服务体系，"
    "建设1所拥有400个养老床位的区级养老中心。新建社区长者食堂7个。\n"
    "（二）提升城市品质。推进老旧小区改造18个。\n",
    "c.txt": _OPEN.format(unit="红河区")
    + "一、2019年工作回顾\n2019年，全区经济运行稳中有进。高产低耗模式突显，地区生产总值地均集约度38.5亿元/平方公里，增长6.5%。"
    "总量规模再创新高，全年实现地区生产总值980.6亿元，增长6.5%。\n"
    "（一）民生保障有力。年度20项民生实事全部完成，新增学位3000个。\n"
    "二、2020年工作安排\n"
    "（一）着力办好28项民生实事，增强群众获得感\n"
    "聚焦群众急难愁盼，把更多财力用于民生事业。推动教育优质均衡发展，新建学校5所。\n"
    "（二）推进城市更新。完成老旧小区改造20个。\n",
    "b.txt": _OPEN.format(unit="白石区") + "一、2019年工作回顾\n2019年，全区经济保持稳定增长。\n"
    "（一）社会事业。新建2个社区养老中心，开展敬老活动12场。\n"
    "二、2020年主要工作\n（一）社会事业。加快推进社区养老中心建设。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("val56")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


def _said(answer) -> str:
    """The quotes the answer rests on (a passage shown beside a "not given" is none)."""
    return "".join(c.quote for c in answer.citations if c.role == Role.SUPPORT)


@pytest.mark.parametrize(
    "question", ["青山区要建的区级养老中心有多少张床？", "青山区那所区级养老中心能设多少张床位"]
)
def test_the_noun_counted_after_the_measure_is_the_thing_asked(service, question):
    assert "400个养老床位" in _said(service.ask(question))


def test_a_count_of_the_topics_own_things_is_no_count_of_beds(service):
    answer = service.ask("白石区的社区养老中心有多少张床？")
    assert "2个社区养老中心" not in _said(answer)


# ---- 2. What a work report means to do in its cover year is its plan part's -------------------
# 「2020年要办多少项民生实事」 of the report delivered in 2020: its plan part (着力办好36项),
# not its review of 2019 (年度25项民生实事完成23项). A count stated in the plan's sub-heading
# (「（一）着力办好28项民生实事，增强群众获得感」) is the plan's sentence for it. On base56 all
# four paraphrases quote the review; the year reviewed (2019) still asks the review.
@pytest.mark.parametrize(
    "question", ["青山区2020年要办多少项民生实事", "青山区2020年打算办几项民生实事？"]
)
def test_the_cover_years_intent_is_the_plan_parts(service, question):
    said = _said(service.ask(question))
    assert "36项民生实事" in said and "25项" not in said


@pytest.mark.parametrize(
    "question", ["红河区2020年要办多少项民生实事？", "红河区2020年计划办几项民生实事"]
)
def test_a_count_in_the_plans_sub_heading_answers(service, question):
    said = _said(service.ask(question))
    assert "28项民生实事" in said and "20项" not in said


def test_the_year_reviewed_is_the_review(service):
    said = _said(service.ask("青山区2019年新增了多少病床"))
    assert "300张" in said and "150张" not in said


# ---- 3. 「GDP多少」 is the total, never a figure per square kilometre ---------------------------
# 地均 takes the indicator as a ratio's base before it (地均GDP) or after it (生产总值地均集约度),
# as 人均 does (``ratio_base``); a compare cell quoting only such a sentence reads the unit's
# report anew for the total. On base56 both paraphrases give 青山区 「地均GDP45.2亿元/平方公里」;
# the ratio itself asked (地均GDP) still quotes it.
def _cells(answer) -> dict[str, str]:
    return {r.unit: r.value for r in answer.compare.rows}


@pytest.mark.parametrize(
    "question", ["青山区、红河区GDP分别是多少？", "红河区和青山区的GDP是多少，比一比"]
)
def test_the_indicator_asked_is_its_total(service, question):
    cells = _cells(service.ask(question))
    assert "1200.5亿元" in cells["青山区"] and "980.6亿元" in cells["红河区"]


def test_the_ratio_asked_is_the_ratio(service):
    assert "45.2亿元/平方公里" in _cells(service.ask("青山区和红河区的地均GDP各多少"))["青山区"]
