"""Round fix48r: three defects review48 left in stop 48's rules, over made-up reports.

- **A place a unit has is no unit** (``answering.followup_topic``): 「换成自贸区看看」
  「换成智慧城市呢」 after a which-question ended in 区/市, so they were taken for a unit's
  name and the topic was never swapped. 园区/开发区/自贸区/社区/景区/智慧城市/文明城市 are things
  a unit runs, builds or is rated; a unit's name is one the library holds or a gazetteer place.
  Must-not: 「换成海淀区呢」 (a district of the list) still swaps no topic.
- **新冠肺炎疫情 is 新冠疫情** (``retrieval/synonyms.txt``): diag48b's line 新冠疫情 ~ 疫情 let
  「新冠疫情防控」 find a report writing 疫情防控, but 「新冠肺炎疫情防控」 found nothing.
  Must-not: 非洲猪瘟疫情防控 is still no 新冠肺炎疫情防控 (``retrieval.other_epidemic``).
int48 a521bdc: every paraphrase fails; fix48r: all pass. (A third rule, a range after a deed dating the deed, was
taken out at the merge: dropping the range answered 「哪些地方2015年以前就开始给企业做法治体检了」 from undated
sentences — dev row none24 n24_wn09; the range must be checked against the dates the text gives.)
"""

from __future__ import annotations

import pytest

from answering.followup import Turn
from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORTS = {
    "a.txt": "青溪镇2021年法治政府建设工作报告\n\n一、统筹推进依法行政\n"
    "坚持统筹疫情防控和经济社会发展，依法落实常态化疫情防控各项措施，全年开展防控检查120次。\n"
    "早在2018年，我镇即建立法律顾问制度，聘请律师担任镇政府法律顾问。\n\n"
    "二、优化营商环境\n配合推进自贸区建设，为入驻企业提供法律服务60次。\n",
    "b.txt": "白石镇2021年法治政府建设工作报告\n\n一、依法履行农业农村职责\n"
    "做好非洲猪瘟等重大动物疫情防控，全年开展生猪养殖场排查45次。\n\n"
    "二、推进智慧治理\n建设智慧城市综合平台，接入执法数据3万条。\n"
    "2019年建立法律顾问制度，镇政府重大决策均经法律顾问审查。\n",
    "c.txt": "红岭乡2021年法治政府建设工作报告\n\n一、深化普法宣传\n"
    "开展宪法宣传周活动，发放宣传资料3000余份。\n\n"
    "二、服务园区发展\n在工业园区设立法律服务站，走访园区企业35家。\n",
    "d.txt": "红岭乡2019年法治政府建设工作报告\n\n一、加强反诈宣传\n"
    "组织学习反电信网络诈骗知识，开展反诈宣传12场。\n\n二、完善法律顾问制度\n"
    "本年度建立法律顾问制度，与律师事务所签订法律顾问合同。\n",
}
_FRAUD = "哪些乡镇开展了反诈宣传？"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("fix48r"), mp, _REPORTS)
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


def _after(service, prev: str, q: str):
    first = service.ask(prev)
    turn = Turn(prev, townships=tuple(first.townships))
    return service.ask(q, [turn])


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("换成自贸区看看", "青溪镇"),
        ("换成智慧城市呢", "白石镇"),
        ("那换成工业园区呢", "红岭乡"),
    ],
)
def test_a_place_a_unit_has_is_a_topic(service, question, unit):
    got = _after(service, _FRAUD, question)
    assert got.resolved_question.startswith("哪些乡镇提到")  # the topic swapped, not the unit
    assert unit in got.townships


def test_a_district_of_the_list_is_no_topic(service):
    assert "提到" not in _after(service, _FRAUD, "换成海淀区呢").resolved_question


@pytest.mark.parametrize(
    "question", ["哪些乡镇的报告提到了新冠肺炎疫情防控？", "新冠肺炎疫情防控在哪些乡镇的报告里写了"]
)
def test_the_full_disease_name_finds_the_bare_epidemic(service, question):
    assert service.ask(question).townships == ("青溪镇",)
