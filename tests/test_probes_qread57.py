"""Round qread57: reading what a question asks and the shape of its answer (made-up reports).

- A verb of saying or a light verb opening a listed item (「提到无人机或者低空飞行这类」) is
  the asking, never part of the item (``retrieval.item_lists``).
- A lone adverb before a stretch read apart (「电动车乱 充电、上牌」) modifies that stretch and
  is no suffix of the noun before it (电动车乱); a noun suffix makes a thing of a verb
  (除颤+仪 is a device, required like any noun), and 除 opening a word (除颤仪) leaves no
  unit out (``retrieval.question_words``, ``retrieval.scope``).
- Latin-and-digit names are one token, never a date (PM2.5, 1+3+N: ``retrieval.coded_names``);
  a quoted formula with other numbers (“1+5+N”) does not answer.
- A document locator (「两份五年总结里」) says which reports, never a word to find
  (``retrieval.question_scope``); the noun 哪位/哪个 asks for (「哪位县领导」) is the answer's
  slot, never a word to find (``retrieval.asking_frames``).
- 有 + a verb of saying + …的吗, and a plural level subject + 都 + 做了些啥, ask for the set
  of units (``retrieval.question_kind``); a unit named keeps it a fact.
- Named days listed with 、/或 are alternatives (``retrieval.named_coordination``); 和 still
  asks for both.
- Places added after the question is closed (「…？老旧小区、城中村那种」) are the setting, a soft
  need (``retrieval.setting_examples``); places listed inside the question stay required.

base57 (3b692ce): 23 of the 32 fail — every paraphrase (what base57 read instead is noted at
each); the 9 must-nots pass on both (a 和-list, 领导小组, 飞行安全, 乱象/乱搭乱建, PM2.5 vs
PM10, a unit named keeps a fact ×2, 五年规划 as content, places inside the question). This
branch: all 32 pass.

After review (stop 57), the misfires where the branch read worse than base57, each mended
and probed at the end of this file: a cited plan (五年规划) is no document locator; 哪位领导
with no unit named is looked for in every unit; places followed by a question of their own
stay its topic; 部门 of 部门规章 is no answer slot; a later item's light verb is the asking
too; 或/和/都 are no part of a coded name; 有在…搞…的吗 is a set of units. 12 of the 15 new
probes fail on a4cdd93 (the two must-nots and one order of the light-verb list pass there);
all 47 pass now.
"""

from __future__ import annotations

import pytest

from reportqa.answer import Kind
from tests.probe_kit import ingested_texts

HEAD = "安平县{unit}2024年工作报告\n\n2024年，{unit}在县委、县政府领导下扎实工作。现将有关情况报告如下。\n\n"

REPORTS = {
    "q1.txt": HEAD.format(unit="青柳镇")
    + "一、主要工作\n"
    + "（一）平安建设\n使用无人机开展森林防火巡查36次。\n"
    + "在镇政府大厅等公共场所配置自动除颤仪5台。\n"
    + "规范电动车充电管理，新建集中充电桩20个。\n"
    + "开展未成年人保护宣传4场。\n"
    + "利用国家宪法日开展普法宣传活动3场。\n"
    + "（二）生态环境\n全年PM2.5平均浓度32微克/立方米。\n"
    + "健全“1+3+N”应急指挥体系，N个村级应急站点全部建成。\n"
    + "（三）发展回顾\n地区生产总值由2015年的10亿元增长到2020年的15亿元。\n"
    + "（四）营商环境\n持续优化营商环境，为企业开展法治体检12次。\n"
    + "（五）民生\n完成管道燃气改造2300户。\n",
    "q2.txt": HEAD.format(unit="石门乡")
    + "一、主要工作\n"
    + "（一）产业发展\n建成低空飞行起降点2处。\n"
    + "推进电动车上牌登记管理，完成登记3200辆。\n"
    + "在6·26国际禁毒日组织禁毒宣传活动2场。\n"
    + "宣传《预防未成年人犯罪法》1200人次。\n"
    + "（二）发展回顾\n2020年地区生产总值达到8亿元。\n"
    + "完善“1+5+N”应急指挥体系。2月5日起开展PM10专项监测。\n"
    + "（三）营商环境\n优化营商环境，推行企业开办一日办结。\n"
    + "（四）民生\n完成老旧小区管道燃气改造800户。新建居家养老服务中心1个。\n"
    + "（五）党建\n坚持“三会一课”制度。\n",
    "q3.txt": HEAD.format(unit="白水街道")
    + "一、工作开展情况\n"
    + "（一）消防\n辖区公共场所全部实现自动喷淋系统覆盖。\n"
    + "（二）调研\n在县委、县政府坚强领导下，白水街道法治建设取得新成效。\n"
    + "县委书记王明到白水街道调研法治建设工作。\n"
    + "街道班子成员带头讲法治课3次。\n"
    + "（三）飞行安全\n开展飞行安全知识进社区活动1次。\n",
    "q4.txt": HEAD.format(unit="云溪镇")
    + "一、主要工作\n组织领导干部学法4次。\n编制完成五年规划。\n"
    + "在国家宪法日和国际禁毒日都组织了宣传活动。\n"
    + "落实养老服务五年规划，建成养老服务站2个。\n"
    + "深化“两学一做”学习教育，严格落实“三会一课”制度。\n",
    "q5.txt": HEAD.format(unit="松林镇")
    + "一、主要工作\n组织干部学法2次。成立法治建设领导小组。\n办理行政复议案件2件，均依法按时办结。\n"
    + "为辖区小区新增视频门禁系统12套。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from library.compose import build
    from reportqa.settings import Settings

    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("qread57"), mp, REPORTS)
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


def _listed(service, question: str) -> set[str]:
    return {c.township for c in service.ask(question).citations}


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # the verb of saying before the list is the asking (base57: 青柳镇 missed, the need
        # was 提到无人机)
        ("提到无人机或者低空飞行这类东西的是哪几个乡镇？", {"青柳镇", "石门乡"}),
        ("说到无人机、低空飞行这些的有哪几个乡镇", {"青柳镇", "石门乡"}),
        # 除颤仪 is the device asked (base57: 白水街道's 自动喷淋 answered, 除颤仪 dropped)
        ("公共场所配那个自动除颤仪的，哪几个乡镇提过？", {"青柳镇"}),
        ("公共场所配了自动除颤仪的，是哪些乡镇", {"青柳镇"}),
        ("哪些乡镇写了PM2.5浓度", {"青柳镇"}),  # must-not: 石门乡's 2月5日…PM10
        # 1+3+N is a name (base57: the formula dropped, 石门乡's 「“1+5+N”应急指挥体系」
        # answered)
        ("哪些乡镇提到1+3+N应急指挥体系", {"青柳镇"}),
        ("1+3+N应急指挥体系是哪几个乡镇建的", {"青柳镇"}),
        # named days listed are alternatives (base57: both asked at once)
        ("哪些乡镇在宪法日或者国际禁毒日搞了活动", {"青柳镇", "石门乡", "云溪镇"}),
        ("宪法日或者国际禁毒日，哪些乡镇写到了", {"青柳镇", "石门乡", "云溪镇"}),
    ],
)
def test_the_need_is_read_from_the_right_words(service, question, units):
    assert _listed(service, question) == units


@pytest.fixture(scope="module")
def analyzer():
    from reportqa.settings import Settings
    from reportqa.text import Tokenizer, read_terms
    from retrieval.colloquial import read_vocabulary
    from retrieval.query import QuestionAnalyzer

    s = Settings()
    vocabulary = read_vocabulary(s.synonyms_file, s.colloquial_file, s.categories_file)
    return QuestionAnalyzer(Tokenizer(read_terms(s.domain_terms_file)), vocabulary)


def _needs(analyzer, question: str) -> set[str]:
    from reportqa.units import UnitIndex

    a = analyzer.analyze(question, [], (UnitIndex(()),) * 2)
    return {c.term for c in a.concepts if c.required}


@pytest.mark.parametrize(
    ("question", "needs"),
    [
        # base57: {电动车乱, 充电/上牌, 管理} and {无人机, 电动车乱}
        ("電動車乱充电、上牌这些管理，哪些报告里有写啊？", {"电动车", "充电/上牌", "管理"}),
        ("电动车乱停放、乱充电，哪些乡镇提过", {"电动车"}),
    ],
)
def test_an_adverb_is_no_suffix_of_the_noun_before(analyzer, question, needs):
    assert needs <= _needs(analyzer, question)
    assert not any(t.endswith("乱") for t in _needs(analyzer, question))


def test_a_word_that_opens_with_the_adverb_stays(analyzer):
    # must-not: 乱象, 乱搭乱建 are nouns of their own, not an adverb before a verb
    assert {"乱搭乱建", "整治"} <= _needs(analyzer, "哪些乡镇整治了乱搭乱建")
    assert {"电动车", "乱象"} <= _needs(analyzer, "哪些乡镇开展了电动车乱象整治")


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("哪些乡镇在宪法日和国际禁毒日都搞了活动", {"云溪镇"}),  # 和 …都: both asked
        ("哪些乡镇写了领导小组", {"松林镇"}),  # 领导 asked by no 哪位 is a need
        ("哪些乡镇提到飞行安全", {"白水街道"}),  # 飞行 alone answers no 低空飞行
    ],
)
def test_must_nots(service, question, units):
    assert _listed(service, question) == units


@pytest.mark.parametrize(
    "question",
    [
        "有讲未成年人保护或者预防未成年人犯罪的吗",  # base57: fact, one passage
        "有提到未成年人保护或者预防未成年人犯罪的吗",
    ],
)
def test_any_report_that_says_it_is_a_set_of_units(service, question):
    ans = service.ask(question)
    assert ans.kind == Kind.WHICH
    assert {c.township for c in ans.citations} == {"青柳镇", "石门乡"}


@pytest.mark.parametrize(
    "question", ["营商环境方面乡镇都做了些啥？", "营商环境这块乡镇街道都干了些什么"]
)
def test_a_plural_subject_asking_what_was_done_is_a_set_of_units(service, question):
    ans = service.ask(question)  # base57: fact, one passage of one unit
    assert ans.kind == Kind.WHICH
    assert {c.township for c in ans.citations} == {"青柳镇", "石门乡"}


@pytest.mark.parametrize(
    "question", ["石门乡有讲预防未成年人犯罪的吗", "石门乡营商环境方面都做了些啥"]
)
def test_a_unit_named_keeps_a_fact(service, question):
    assert service.ask(question).kind == Kind.FACT


@pytest.mark.parametrize(
    "question",
    [
        "青柳镇和石门乡两份五年总结里，地区生产总值各是多少？",
        "青柳镇、石门乡的五年总结里地区生产总值分别是多少",
    ],
)
def test_a_document_locator_is_no_need(service, question):
    rows = {r.unit: r.value for r in service.ask(question).compare.rows}
    assert "15亿元" in rows["青柳镇"] and "8亿元" in rows["石门乡"]  # base57: 石门乡 未提及


def test_five_year_plan_as_content_stays_a_need(service):
    assert _listed(service, "哪些乡镇编制了五年规划") == {"云溪镇"}


@pytest.mark.parametrize(
    "question",
    ["那年哪位县领导到白水街道调研了法治建设？", "哪位领导去白水街道调研过法治建设"],
)
def test_the_answer_slot_is_no_need(analyzer, question):
    # base57: 领导 required, a word the report's 「县委书记王明…」 never writes
    assert "领导" not in _needs(analyzer, question)
    assert "法治建设" in _needs(analyzer, question)


@pytest.mark.parametrize(
    "question", ["青柳镇今年的PM2.5控制目标是多少", "PM2.5年均浓度，哪几个乡镇降到了30以下"]
)
def test_a_latin_indicator_is_one_name(analyzer, question):
    # base57: {2·5 (read as 2月5日), PM}
    needs = _needs(analyzer, question)
    assert "PM2.5" in needs and "2·5" not in needs and "PM" not in needs


def test_a_latin_indicator_is_no_date(service):
    # base57: 石门乡's 「2月5日起开展PM10专项监测」 was its PM2.5 cell
    rows = {r.unit: r.value for r in service.ask("青柳镇和石门乡PM2.5浓度各是多少").compare.rows}
    assert "32微克" in rows["青柳镇"] and "未提及" in rows["石门乡"]


@pytest.mark.parametrize(
    "question",
    [
        "管道燃气改造哪几个乡镇做了？老小区、城中村之类的",  # base57: 青柳镇 missed
        "哪几个乡镇推进了管道燃气改造？城中村、老小区这类",
    ],
)
def test_places_added_after_the_question_are_the_setting(service, question):
    assert _listed(service, question) == {"青柳镇", "石门乡"}


def test_places_inside_the_question_stay_its_topic(service):
    # must-not: the places asked inside the clause are a need (青柳镇 names none)
    assert _listed(service, "哪些乡镇在老旧小区、城中村搞了管道燃气改造") == {"石门乡"}


# --- after review (stop 57): misfires where the branch read worse than base57 ---


@pytest.mark.parametrize(
    "question", ["哪些乡镇的五年规划中提到养老", "五年规划里提到养老的是哪几个乡镇"]
)
def test_a_cited_plan_is_no_document_locator(service, question):
    # a 规划 is cited inside reports (养老服务五年规划): a need, never a kind of report
    # (before the mend: 五年规划 dropped as a locator, 石门乡's 养老 answered too)
    assert _listed(service, question) == {"云溪镇"}


@pytest.mark.parametrize("question", ["哪位领导带头讲法治课", "法治课是哪位领导带头讲的"])
def test_the_person_asked_with_no_unit_is_looked_for_in_every_unit(service, question):
    # before the mend: a fact over a few ranked reports, 「没有找到…法治课」
    ans = service.ask(question)
    assert ans.kind == Kind.WHICH
    assert {c.township for c in ans.citations} == {"白水街道"}


def test_the_person_asked_in_a_named_unit_stays_a_fact(service):
    # must-not: a unit named asks its own person
    assert service.ask("白水街道哪位领导带头讲法治课").kind == Kind.FACT


@pytest.mark.parametrize(
    "question",
    [
        "说说青柳镇。城中村、老小区这些有没有加装电梯",
        "哪些乡镇搞了燃气改造？城中村、老小区这些分别改了多少户",
    ],
)
def test_places_that_open_a_question_of_their_own_stay_its_topic(analyzer, question):
    # before the mend: soft, read as examples of setting although a question follows them
    assert "城中村/老小区" in _needs(analyzer, question)


def test_the_slot_word_inside_a_compound_stays(analyzer):
    # 部门规章 is the thing asked, 部门 no answer slot (before the mend: 规章 alone)
    assert "部门规章" in _needs(analyzer, "哪个部门规章清理了")


@pytest.mark.parametrize(
    "question", ["换管道燃气、装视频门禁的有哪些乡镇", "装视频门禁、换管道燃气的是哪几个乡镇"]
)
def test_each_items_light_verb_is_the_asking(service, question):
    # before the mend only the first item lost its light verb (the order 装…、换… fails on
    # a4cdd93, 换…、装… passes): 换管道燃气 was
    # required as written, and 松林镇 (视频门禁) or 青柳镇/石门乡 (管道燃气) were missed
    assert _listed(service, question) == {"青柳镇", "石门乡", "松林镇"}


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # before the mend: 「两学一做或三会」+「一课」, 或 read as a part of the code (nobody)
        ("哪些乡镇提到两学一做或三会一课", {"石门乡", "云溪镇"}),
        # and 「两学一做和三会」+「一课」; 和 still asks both (must-not: 石门乡 has one)
        ("哪些乡镇提到两学一做和三会一课", {"云溪镇"}),
    ],
)
def test_a_word_of_coordination_is_no_part_of_a_coded_name(service, question, units):
    assert _listed(service, question) == units


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("有在国际禁毒日搞宣传的吗", {"石门乡", "云溪镇"}),
        ("有在宪法日搞过宣传的吗", {"青柳镇", "云溪镇"}),
    ],
)
def test_any_report_that_did_it_there_is_a_set_of_units(service, question, units):
    # 有 + 在… + a verb + …的吗: the place or time put first (before the mend: a fact)
    ans = service.ask(question)
    assert ans.kind == Kind.WHICH
    assert {c.township for c in ans.citations} == units


def test_a_unit_named_before_it_keeps_a_fact(service):
    # must-not: 「石门乡有在…的吗」 asks that unit
    assert service.ask("石门乡有在国际禁毒日搞宣传的吗").kind == Kind.FACT
