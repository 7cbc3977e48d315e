"""Round orq56: which-questions that offer the thing asked by alternatives or examples.

1. 「哪些镇有跟X沾边的？比如A、B」: a relation idiom with one side asks for anything about X
   (``retrieval.one_sided``), and the examples after the question mark stand for the clause
   before it (``retrieval.alternatives``), as after a comma.
2. (reverted) a clause fronted with 或者 stays read as base56 reads it: an agent + verb side
   (法律顾问审核) is no object + verb, and a manner clause (街道办牵头或者社区组织) before a
   question with a topic of its own is no alternative set — must-nots only.
3. 「篮球排球这种球类的比赛」「公开赛巡回赛都算」: two nouns of one kind side by side before a
   kind word are two examples (``retrieval.juxtaposed``), and examples each named by the last
   character of a word of the question (赛 of 比赛) are kinds of that word
   (``retrieval.alternatives.offered``).
4. 「A、B有搞活动的是哪些」: a fronted list ends where the predicate (有/在 + a verb of doing)
   starts, with no pause (``retrieval.list_predicate``).
5. (reverted) two places side by side are no contracted pair (湖长 is a word of 河湖长制; a
   province and its own city 广东汕尾 is no either) — must-nots only. Must-nots of 1 (bare 挂钩 is
   a report's word: 与绩效挂钩) and 3 (「水库水质这块」: 这块 is no kind word) too.

Made-up reports, ingested for real into ``tmp_path`` and asked through the composition root.
On base56 the paraphrases of (1) find no unit,
those of (3) only the unit writing both nouns, those of (4) lose the unit writing only B;
the must-nots hold on both, and all seven fail on the branch's first head (8c3736d).
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORT = (
    "{unit}2023年政府工作报告\n\n一、主要工作\n\n（一）推进城镇建设。{deed}"
    "{unit}全年完成基础设施投资3亿元。\n\n（二）保障改善民生。"
    "新增就业岗位800个，城乡居民医保参保率99%。\n"
)
_DEEDS = {
    "白沙镇": "开通无人机物流配送航线2条。更新改造老旧路灯300盏。",
    "青石镇": "建成无人机起降场1处。背街小巷新装路灯120盏。",
    "柳林乡": "全面落实河长制，运用无人机巡河120次。路灯维护经费纳入年度预算。",
    "东坡镇": "更新改造老旧路灯80盏，背街小巷新装路灯40盏。推行村干部绩效考核与报酬挂钩。",
    "金山镇": "举办全镇职工篮球联赛等群众性体育赛事。",
    "银河镇": "承办市排球锦标赛等体育赛事3场。",
    "石门乡": "建成篮球场2个、排球场1个。",
    "红旗镇": "举办篮球、排球友谊赛等体育赛事。",
    "松林镇": "植树节组织义务植树活动，栽种苗木2000株。",
    "竹溪镇": "在“爱鸟周”期间开展护鸟宣传活动。",
    "梅岭乡": "植树节、爱鸟周期间开展生态保护宣传活动。",
    "东湖镇": "全面推行河湖长制，巡河巡湖120次。",
    "西湖镇": "对口帮扶广东韶关，引进广东企业3家。",
    "北湖镇": "与湖南长沙企业签约项目2个。",
    "南湖乡": "对口帮扶广东汕尾，投入帮扶资金500万元。",
    "白鹭镇": "合同协议均经法律顾问进行合法性审核。社区组织志愿者建成长者饭堂1个。",
    "黄土镇": "新建长者饭堂2个，服务老人3000人次。",
    "清泉镇": "开展水库水质监测12次。",
    "碧波镇": "新建小型水库1座。河流水质达标率100%。开展部门绩效评价3次。",
    "青山镇": "开展领导干部学法用法活动4次。",
    "绿水镇": "组织领导干部学法考试1次。",
}
_REPORTS = {f"{i}.txt": _REPORT.format(unit=u, deed=d) for i, (u, d) in enumerate(_DEEDS.items())}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("orq56")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


def _units(service, question: str) -> set[str]:
    return set(service.ask(question).townships)


# ---- 1. one side related, examples after the question mark ----------------------------------
@pytest.mark.parametrize(
    "question",
    ["哪些镇有跟无人机沾边的？比如无人机送快递、无人机起降场", "跟无人机沾边的，有哪些乡镇？"],
)
def test_one_sided_relation_asks_anything_about_it(service, question):
    assert _units(service, question) == {"白沙镇", "青石镇", "柳林乡"}


def test_two_sides_related_still_need_both(service):
    assert _units(service, "哪些乡镇把无人机跟河长制挂上钩的？") == {"柳林乡"}


# ---- 2. a clause fronted with 或者 is read word by word (as base56) ---------------------------
@pytest.mark.parametrize(
    ("question", "units"),
    [
        # an agent + verb side (法律顾问审核) is no object + verb to flip
        ("法律顾问审核或者律师把关，哪些镇有写？", {"白鹭镇"}),
        # a manner clause before a question with its own topic is no alternative set for it
        ("街道办牵头或者社区组织，哪些镇搞了长者饭堂？", {"黄土镇", "白鹭镇"}),
    ],
)
def test_fronted_clause_is_no_alternative_set(service, question, units):
    assert _units(service, question) == units


# ---- 3. two nouns of one kind side by side --------------------------------------------------
@pytest.mark.parametrize(
    "question", ["哪些镇在办篮球排球这种球类的比赛？", "哪几个乡镇搞了篮球排球之类的比赛"]
)
def test_juxtaposed_nouns_are_examples(service, question):
    assert _units(service, question) == {"金山镇", "银河镇", "红旗镇"}


def test_a_formula_on_law_stays_one_example(service):
    assert _units(service, "哪些镇在搞学法用法这类的活动？") == {"青山镇"}


def test_both_nouns_asked_at_once(service):
    assert _units(service, "哪些乡镇既写了篮球又写了排球？") == {"石门乡", "红旗镇"}


# ---- 4. a fronted list run into its predicate ------------------------------------------------
@pytest.mark.parametrize(
    "question", ["植树节、爱鸟周有搞活动的是哪些", "植树节、爱鸟周在开展活动的有哪几个镇"]
)
def test_fronted_list_ends_at_its_predicate(service, question):
    assert _units(service, question) == {"松林镇", "竹溪镇", "梅岭乡"}


def test_both_days_asked_at_once(service):
    assert _units(service, "哪些镇植树节和爱鸟周都搞了活动？") == {"梅岭乡"}


# ---- 5. two places side by side are read word by word (as base56) --------------------------
@pytest.mark.parametrize(
    ("question", "units"),
    [
        # a made-up contraction (湖长 of 湖南长沙) is a word of 河湖长制
        ("哪些镇提到了湖南长沙？", {"北湖镇"}),
        # a province and its own city are no pair of places either
        ("哪些镇对口帮扶广东汕尾？", {"南湖乡"}),
    ],
)
def test_two_places_are_no_contracted_pair(service, question, units):
    assert _units(service, question) == units


# ---- must-nots of 1 and 3 ----------------------------------------------------------------------
def test_bare_relation_word_of_reports_is_no_one_sided_idiom(service):
    assert _units(service, "哪些镇有跟绩效挂钩的？") == {"东坡镇"}


@pytest.mark.parametrize("question", ["水库水质这块，哪些镇有写？", "哪些镇写了水库水质这块的"])
def test_modifier_and_head_before_this_field_are_one_thing(service, question):
    assert _units(service, question) == {"清泉镇"}
