"""Round ask52: the asker's talk is no information need, and a list asked is any of its terms.

Over made-up reports, through the real answer path (ingest, ``service.ask``):

- **Particles, asides, concern, resumptions, labels** (``retrieval.asker_talk``): 「河长制嘛，」
  「智慧停车这两年挺热门的，」「我们城管局比较关注智慧停车，」「河长制这件事，」「智慧停车的情况，」
  are the asker speaking; the need is the topic they surround. 提过/讲过 closing the asking
  clause are 提到. Must-nots: 网吧 keeps its 吧; an aside on a topic no report writes finds
  none; 「比较一下甲镇和乙镇」 still compares; 「存在的问题」 keeps its 问题.
- **A document locator said short** (``retrieval.question_scope``): 「镇政府报告里」 is the
  政府工作报告, never a topic. Must-not: 「向县政府报告了」 (the verb) stays.
- **A list asked is an any-of list of full terms** (``retrieval.item_lists``): a list fronted as
  a clause of its own (「长者食堂、助浴服务，哪些…」), a list after an age-described population
  (「六十岁以上老人的助餐、助浴」: whom they serve, ``retrieval.age_groups``), items jieba spells
  a character at a time (普惠助餐: no verb inside it), and one example of a kind with its deed
  (「长者食堂开办这种」: 长者食堂). Must-nots: a fronted list of units is scope; 「合同的起草、
  审核」 keeps its head.

base52 a906e68: 15 of the 17 asking probes fail (「长者食堂、助浴服务，…」 and 「…有哪几个区谈过
啊」 are answered there by other rules); the five must-nots over answers pass
there too, as they should (the three on ``without_talk`` need its module); ask52: all 25 pass.
"""

from __future__ import annotations

from types import MappingProxyType

import pytest

from library.compose import build
from reportqa.answer import Kind
from reportqa.settings import Settings
from retrieval.asker_talk import without_talk
from retrieval.question_scope import document_reference
from tests.probe_kit import ingested_texts

_HEAD = "{}2023年法治政府建设工作报告\n\n一、依法履行政府职能\n"
_REPORTS = MappingProxyType(
    {
        "a.txt": _HEAD.format("青溪镇") + "全面推行河长制，落实镇村两级河长36名。"
        "镇政府常务会议专题研究河长制工作2次。\n"
        "推进智慧停车建设，新增智慧停车泊位300个。\n开展网吧专项整治，检查网吧12家。\n",
        "b.txt": _HEAD.format("白石镇") + "全面推行河长制，开展河道巡查120次。\n"
        "建成智慧停车管理平台1个。\n开展校园周边环境整治，清理流动摊点40处。\n",
        "c.txt": _HEAD.format("红岭乡") + "建成长者食堂3家，为老年人提供普惠助餐服务。\n"
        "开展法治宣传进村活动12场。\n",
        "d.txt": _HEAD.format("蓝田镇") + "为辖区高龄老人提供助浴服务200人次。\n"
        "开展法治宣传进校园活动8场。\n",
        "e.txt": "东湖区2023年政府工作报告\n\n一、过去一年工作回顾\n"
        "全面推行河长制，区政府常务会议专题研究河长制工作3次。\n",
        "f.txt": "西山区2023年政府工作报告\n\n一、过去一年工作回顾\n全面推行河长制，完成河道清淤12公里。\n",
    }
)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("ask52"), mp, dict(_REPORTS))
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


# 青溪镇 and 白石镇 both write 河长制 and 智慧停车: one name for either topic
_TWO_TOWNS = frozenset({"青溪镇", "白石镇"})
_ELDERLY = frozenset({"红岭乡", "蓝田镇"})
_DISTRICTS = frozenset({"东湖区", "西山区"})


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("河长制嘛，哪几个镇写进报告了", _TWO_TOWNS),  # particle
        ("河长制呀，有哪些镇提到", _TWO_TOWNS),
        ("智慧停车最近很火，哪些镇写到了", _TWO_TOWNS),  # aside
        ("长者食堂这几年挺重要的，哪几个乡镇写了", {"红岭乡"}),
        ("我们城管局比较关注智慧停车，哪些镇写进去了？", _TWO_TOWNS),  # concern
        ("领导叫我查一下智慧停车，哪几个镇提到了", _TWO_TOWNS),
        ("长者食堂这档子事，哪几个乡镇提到了", {"红岭乡"}),  # resumption
        ("河道巡查的问题，哪几个镇提到了", {"白石镇"}),  # label
        ("常务会议专题研究，哪些区提过", {"东湖区"}),  # mention verb with 过
        ("常务会议专题研究有哪几个区谈过啊", {"东湖区"}),
        ("河长制这事儿，哪些区政府报告里写了", _DISTRICTS),  # locator
        ("河长制，哪几个区政府报告中提到了", _DISTRICTS),
        ("长者食堂、助浴服务，哪几个乡镇提到了", _ELDERLY),  # fronted list
        ("长者食堂、助浴，哪些乡镇的报告有", _ELDERLY),
        ("六十岁以上老人的长者食堂、助浴，哪些乡镇提到了", _ELDERLY),  # described population
        ("80岁以上老年人的普惠助餐、助浴这些，哪几个乡镇写了", _ELDERLY),  # lone characters
        ("长者食堂开办这种，哪些报告里说过？", {"红岭乡"}),  # one example of a kind
    ],
)
def test_the_need_without_the_askers_talk(service, question, units):
    answer = service.ask(question)
    assert answer.kind is Kind.WHICH
    assert set(answer.townships) == units


def test_a_noun_ending_in_a_particle_keeps_it(service):
    assert set(service.ask("哪些镇整治了网吧").townships) == {"青溪镇"}


def test_an_aside_on_an_unwritten_topic_finds_none(service):
    assert service.ask("无人机巡检现在很火，哪些镇提了？").townships == ()


def test_a_comparison_asked_still_compares(service):
    assert service.ask("我们比较一下青溪镇和白石镇的智慧停车").kind is Kind.COMPARE


def test_a_fronted_list_of_units_is_scope(service):
    assert set(service.ask("青溪镇、白石镇，哪个写了河长制").townships) <= _TWO_TOWNS


@pytest.mark.parametrize(
    "question", ["法治建设存在的问题，哪些镇写了", "哪些镇提过建议", "调解工作做得很好，哪些镇"]
)
def test_content_is_not_talk(question):
    assert without_talk(question) == question


def test_the_verb_to_report_is_no_locator():
    assert "政府" in document_reference("哪些镇向县政府报告了河长制工作")[0]
