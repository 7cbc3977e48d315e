"""Round facts68: which number answers — the outcome, not the figure the asker states; the
target set, not the year's estimate.

``probes_facts68.jsonl`` asks over two invented work reports (``tests/data/probe_reports_facts68``):

- 澄溪区's 附件 lists each 民生实事 as 项目名称 (「新建800个公共停车位」) beside its 完成情况
  (「已建成912个停车位」). 「说要新建800个停车位，实际建成了多少」 had answered not given or the
  stated 800个/3000人次; now the outcome (sf1a sf1b sf1c). Where the outcome met the plan
  (「已完成改造20所学校运动场」) the stated figure is still the answer (sfn1); a plan asked with
  no figure stated keeps the plan part's 600个 (sfn2). The outcome counts the stated thing
  (「已筹集人才住房1350套」, sf2a sf2b), never another kind of it (the review's 「保障性住房
  2500套」), and a thing the report never counts stays 没有写明 (sfn3).
- 「澄溪和栖桐21年定的GDP增速目标」 closes on a rate target said to be set: the plan part's
  7%左右/6%左右, never the review's 初步预计 (rt1a rt1b); the result asked keeps the review's
  figures (rtn1 rtn2).
- 岚桥区 (covering 2019, ``metadata.csv``) reports under thematic headings 「17件已经按期完成，最后
  一件…将在2020年6月份之前完成」: the deadline of what is left is no year of the sentence, so it
  stays the review's (du1a du1b); the promised 18件 (dun1) and the plan's 20件 (dun2) stay theirs.
- 「两份报告的民生实事头一件分别是啥」: 头一件 is 第一件 said the spoken way, and a comparison asking
  an item by its place gets each report's own list's item (or1a or1b or2); one unit asked gets
  its own only, 头一件 no list length (orn1); a unit whose report lists none keeps the comparison
  whole, never answered by the other's list alone (orn2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.ordinal_items import _lists_faults, asked_ordinal
from answering.stated_figure import echoes_stated, outcomes, stated_figures
from retrieval.due_years import own_years
from retrieval.plan_targets import asks_plan
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_facts68.jsonl"


def test_facts68_probes(tmp_path, monkeypatch, capsys):
    # main (f2448e42), before rvn1/rvn2 were added: facts 0.46 (headlines 0.38), compare 0.54, none 1.00; branch 1.00 everywhere
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_facts68"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    answers = {item["id"]: ans for item, ans in asked(tmp_path / "d", PROBES)}
    # the stated figure is never the headline of an outcome the report gives
    assert "800个" not in answers["sf1a"].answer.splitlines()[0]
    assert "3000人次" not in answers["sf1b"].answer.splitlines()[0]
    assert "2500套" not in answers["sf2a"].answer and "2500套" not in answers["sfn3"].answer
    assert set(answers["orn2"].townships) == {"澄溪区", "岚桥区"}
    assert "重点改革" not in answers["orn2"].answer and "重点改革" not in answers["rvn3"].answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("福田16年民生实事说要开建1000个停车位，最后实际开工了多少", {(1000.0, "个")}),
        ("说要培训3.8万人次，最后实际培训了几万人次", {(38000.0, "人次")}),
        ("澄溪区GDP1260亿元，实际增长了多少", set()),  # a rate asked of the amount
        ("澄溪说要建800个停车位，实际花了多少万元", set()),  # another measure asked
        ("每1000人实际有多少张床位", set()),  # a rate's base, no stated plan
        ("超过1000个停车位的实际有多少", set()),  # a threshold
        ("澄溪区计划新建多少个公共停车位", set()),  # no figure stated
        ("澄溪区新建了1000个停车位吗", set()),  # no result asked
        ("深圳市新增2.5万张病床，最后三甲医院增加到多少", set()),  # another thing asked
        ("光明区新增9540个学位，完成了多少投资", set()),
        ("坪山区新增外资企业68家，实际利用外资多少", set()),
        ("说要开建1000个停车位，实际建成多少个停车位", {(1000.0, "个")}),
    ],
)
def test_stated_figures(question, stated):
    assert stated_figures(question) == stated


def test_an_echo_gives_back_only_the_stated_figure():
    q = "说要开建1000个停车位，实际开工了多少"
    assert echoes_stated("开建1000个公共停车位", q)
    assert not echoes_stated("已开工建设1197个停车位，其中立体车库282个", q)
    assert not echoes_stated("计划开建1000个，已开工1197个", q)


@pytest.mark.parametrize(
    ("question", "plan"),
    [
        ("深圳21年和福田17年定的GDP增速目标", True),
        ("栖桐和澄溪21年定的地区生产总值增速目标分别是", True),
        ("福田17年的GDP增速目标", False),  # no setting said: left to the other rules
        ("澄溪有没有完成定的增速目标", False),  # measured against the target: the review
        ("澄溪20年GDP实际增长了多少", False),
    ],
)
def test_a_question_closing_on_a_set_rate_target_asks_the_plan(question, plan):
    assert asks_plan(question) is plan


@pytest.mark.parametrize(
    ("said", "years"),
    [
        (
            "提出的25件民生实事稳步推进，24件已经按期完成，最后一件项目将在2020年5月份之前完成",
            set(),
        ),
        ("2019年已完成改造12所，剩余3所将于2020年底前完成", {2019}),
        ("目前医院二期已完成主体结构，将于2020年底前建成投用", {2020}),  # a plan: nothing left
        ("最后一件项目将在2020年5月份之前完成", {2020}),  # nothing said done
        ("2020年底前建成5个公园", {2020}),
    ],
)
def test_a_deadline_of_what_is_left_is_no_year_of_a_deed_done(said, years):
    assert own_years(said) == years


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("广东两份报告的十件民生实事头一件分别是啥", 1),
        ("十件民生实事第七件是什么", 7),
        ("头一项重点工作是什么", 1),
        ("头条新闻说了什么", 0),  # 头条 is no place in a list
        ("第一批试点有哪些", 0),  # a round, no item
        ("全市第一个建成的是哪个镇", 0),
    ],
)
def test_an_item_asked_by_its_place(question, place):
    assert asked_ordinal(question) == place


@pytest.mark.parametrize(
    ("lead", "faults"),
    [
        ("我们也清醒地认识到，坪山发展还存在一些挑战和不足：", True),
        ("但与建设目标和群众需求仍有差距。", True),
        ("坚持民生为本，加快补齐民生短板，不断提升公共服务质量和水平。", False),  # work
        ("（三）持续聚焦群众关切，补短板强弱项，进一步答好民生新考卷。", False),
        ("（六）公共服务短板弱项逐步消除", False),
    ],
)
def test_a_lead_mending_a_shortcoming_leads_work(lead, faults):
    assert _lists_faults(lead) is faults


def test_a_list_the_stated_thing_only_exemplifies_is_no_outcome():
    # review68: 坪山 (blind33) 「…附属坪山学校等12所公办中小学和幼儿园开学」 had answered 12所
    q = "坪山区说要新建和改扩建公办学校14所，最终完成了多少所"
    said = "深圳实验学校高中园、南方科技大学附属坪山学校等12所公办中小学和幼儿园开学"
    assert outcomes([said], q, str) == []
    assert outcomes(["全年新建和改扩建公办学校16所"], q, str) == ["全年新建和改扩建公办学校16所"]
