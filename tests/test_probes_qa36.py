"""Fact and compare values framed the way users ask them, end to end.

``probes_qa36.jsonl`` asks 35 questions over four invented reports
(``tests/data/probe_reports_qa36``: two counties, a town and a street office of a third county),
two paraphrases and one must-not per mechanism:

1. a share asked size-first (「占多大比重」「占几成」) is a rate; 权重 is a share's word;
2. a unit's head glued to its name (「青禾县长」) is that unit's 县长, and 跟 alone is no topic;
3. 「各有啥数字」「各有什么数据」 ask for figures: no topic, any count beside the topic answers;
4. 案子 is the users' 案件; a head its measure restates (案件 in 件) alone is no count of the
   kind asked (「法制审核案件15件」 is no 行政复议案件);
5. 督查 and 督察 are one word spelled two ways; 6. a 讲堂 is a lecture (讲座);
7. units named by their short names (「桐庐和青田两个县」「这俩县」) in a question about the
   reports as documents are answered from the metadata;
8. money asked by its name (多少经费/资金) or by spending it (投入了多少？) is an amount in 元;
9. a share asked after a deed's verb (「覆盖了几成」「成功了百分之几」) is that verb's rate;
10. a county scopes only the units under it (a unit added from elsewhere keeps its row);
11. a plain 多/少 after 谁/哪个 (「A跟B谁的X多」) ranks the units compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.value_kinds import RATE, asked_value, figures_wanted, rate_given
from retrieval.more_of_two import plain_ranking, without_plain_ranking
from retrieval.unit_heads import heads_spelled
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # main's code before this round (0ea309c): which 0.44, facts 0.46, compare 0.39, none
    # 1.00 — 19 of 35 missed; l6b (法治讲座 as one library phrase) is a known miss
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa36"],
        DATA / "probes_qa36.jsonl",
        ["--min-f1", "1.0", "--min-facts", "0.88", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 35


# ---- 1. a share asked size-first -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("白崖乡把法治建设放进年度考核，占多大比重啊", "比重"),
        ("青桐镇普法经费占多少比例", "比例"),
        ("法治建设考核的权重是多少", "权重"),
        ("行政诉讼里败诉的占几成", "占比"),
        ("出庭应诉的比例有多高", "比例"),  # the cue first, as before
        ("甲镇的法律顾问覆盖了几成的村", "覆盖"),  # the deed's verb is the rate's word
        ("调解纠纷成功了百分之几", "成功"),
    ],
)
def test_a_share_asked_either_way_is_a_rate(question, cue):
    asked = asked_value(question)
    assert asked is not None and asked.kind == RATE and asked.cue == cue


@pytest.mark.parametrize("question", ["法治建设考核占多少分", "普法经费花了多少钱"])
def test_a_count_asked_is_no_share(question):
    asked = asked_value(question)
    assert asked is not None and asked.kind != RATE


def test_a_share_of_a_deed_is_given_beside_its_verb():
    assert rate_given("全镇村法律顾问覆盖率达75%。", "覆盖")
    # 96% is the share of mediations that succeeded, not of 法律顾问 coverage
    assert not rate_given("聘请2名律师担任法律顾问，调解成功率达96%。", "覆盖")
    assert asked_value("领导小组有几成员") is None  # 几成员: no tenths


# ---- money asked by its name or by spending it ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("甲镇法治广场花了多少经费", "元"),
        ("甲镇法治广场投入了多少？", "元"),
        ("甲镇普法投了多少资金", "元"),
        ("甲镇投入多少人参加培训", "人"),  # people, not money
        ("甲镇一年花多少钱", "元"),
    ],
)
def test_money_asked(question, measure):
    asked = asked_value(question)
    assert asked is not None and asked.measure == measure


def test_time_spent_is_no_money():
    assert asked_value("甲镇的法律顾问花了多少时间") is None


# ---- 2. a unit's head glued to its name -----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "names", "spelled"),
    [
        ("嘉善县长跟岳阳县长各干了啥", ["嘉善县", "岳阳县"], "嘉善县县长跟岳阳县县长各干了啥"),
        ("黄陂区长叫什么", ["黄陂区"], "黄陂区区长叫什么"),
        ("谁是白沙镇长", ["白沙镇"], "谁是白沙镇镇长"),
        ("白沙镇长期坚持送法下乡吗", ["白沙镇"], "白沙镇长期坚持送法下乡吗"),  # 长期: a word
        ("宝城镇长效机制建了没有", ["宝城镇"], "宝城镇长效机制建了没有"),  # 长效机制
        ("嘉善县长亲自部署了几次", ["嘉善县"], "嘉善县县长亲自部署了几次"),  # 长 + 亲自
        ("白沙镇长带头学法没有", ["白沙镇"], "白沙镇镇长带头学法没有"),  # 长 + 带头
        ("松岗街道长什么样", ["松岗街道"], "松岗街道长什么样"),  # 街道's head is no 道长
        ("嘉善县县长批示了几次", ["嘉善县"], "嘉善县县长批示了几次"),  # already in full
    ],
)
def test_a_head_glued_to_its_unit(tok, question, names, spelled):
    assert heads_spelled(question, names, tok.words) == spelled


def test_a_glued_head_is_read_as_the_post(analyzer):
    from reportqa.units import UnitIndex

    units = (UnitIndex(["嘉善县", "岳阳县"]), UnitIndex([]))
    a = analyzer.analyze("嘉善县长跟岳阳县长，在法治政府建设上各干了些啥", [], units)
    assert a.townships == ("嘉善县", "岳阳县")
    terms = [c.term for c in a.concepts]
    assert "县长" in terms and not any("跟" in t or t == "长" for t in terms)


# ---- 3. a request for figures with a question word -----------------------------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("执法证这块，甲镇和乙镇各有啥数字", "有啥数字"),
        ("法律援助方面，甲县跟乙县各有什么数据", "有什么数据"),
        ("甲镇和乙镇各搞了些啥，有数字最好", "有数字最好"),
        ("甲镇和乙镇各有哪些数字化平台", ""),  # 数字化: a thing asked, no figures
        ("甲镇和乙镇各建了什么数据库", ""),
    ],
)
def test_figures_requested(question, said):
    assert figures_wanted(question) == said


# ---- 11. a plain 多 ranks the units compared -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "way", "blanked"),
    [
        ("甲镇跟乙镇谁的持证执法人员多", "most", "甲镇跟乙镇谁的持证执法人员 "),
        ("甲镇和乙镇哪个督查搞得多？", "most", "甲镇和乙镇哪个督查   ？"),
        ("甲镇和乙镇谁的人少啊", "least", "甲镇和乙镇谁的人 啊"),
        ("甲镇和乙镇的持证执法人员谁的多少", "", "甲镇和乙镇的持证执法人员谁的多少"),  # 多少
        ("谁搞过法治讲座", "", "谁搞过法治讲座"),  # no degree
    ],
)
def test_a_plain_degree_ranks(question, way, blanked):
    assert plain_ranking(question) == way
    assert without_plain_ranking(question) == blanked
