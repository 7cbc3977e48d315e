"""The evidence judge and question analysis on sentences and questions made up here.

Each rule gets a sentence that must count and one that must not (see docs/evidence.md).
"""

from __future__ import annotations

import pytest

from answering.followup import Turn, resolve
from answering.metadata_qa import _years
from reportqa.text import Tokenizer
from reportqa.units import UnitIndex
from retrieval.counts_near import counts_need
from retrieval.evidence import (
    SUPPORT,
    Need,
    build_needs,
    cues,
    match,
    sentence_score,
    upper_bound,
)
from retrieval.query import Concept, QuestionAnalyzer, answer_type


def _need(term: str, parts=(), head: str = "", weight: float = 1.0, alts=()) -> Need:
    return Need(Concept(term, (term, *alts), True), (term, *alts), tuple(parts), weight, head)


@pytest.fixture(scope="module")
def analyzer() -> QuestionAnalyzer:
    return QuestionAnalyzer(Tokenizer(), {"普法宣传": ("普法", "法治宣传")})


def _terms(analyzer: QuestionAnalyzer, q: str) -> list[str]:
    return [c.term for c in analyzer.analyze(q, [], (UnitIndex([]), UnitIndex([]))).concepts]


def test_negation_before_or_after_is_no_support():
    need = _need("公共法律服务站")
    assert match("全镇建成公共法律服务站3个。", need) == 1.0
    assert match("村里尚未建立公共法律服务站。", need) == 0.0
    assert match("公共法律服务站尚未建立。", need) == 0.0


def test_a_compound_counts_partly_and_needs_its_head():
    need = _need("法治体检", parts=[("法治", 0.5), ("体检", 2.0)], head="体检")
    with_head = match("为企业开展法律体检服务。", need)
    without_head = match("推进法治乡村建设。", need)
    assert 0 < with_head < 1.0 and without_head < with_head / 2


def test_a_sentence_without_the_cues_cannot_reach_the_threshold():
    needs = [_need("记录仪", weight=3.0), _need("配备", weight=0.5)]
    terms = cues(needs)
    assert terms == ["记录仪"]
    assert sentence_score("为执法队员配备了对讲机。", needs) < SUPPORT
    assert upper_bound("配备记录仪2台", needs) >= sentence_score("配备记录仪2台", needs)


def test_idf_weights_favour_the_rare_concept():
    df = {("法治",): 40, ("体检",): 2, ("法治体检",): 1, ("企业",): 30}
    needs = build_needs(
        [Concept("法治体检", ("法治体检",), True), Concept("企业", ("企业",), True)],
        lambda t: ["法治", "体检"] if t == "法治体检" else [t],
        lambda strings: df.get(tuple(strings), 0),
        43,
    )
    assert needs[0].weight > needs[1].weight and needs[0].head == "体检"


def test_a_count_must_stand_by_the_thing_counted():
    needs = [_need("矛盾纠纷", parts=[("纠纷", 1.0)], head="纠纷")]
    assert counts_need("全年调处矛盾纠纷37起。", needs)
    assert not counts_need("开展专题学习12次，提升化解矛盾能力，做好纠纷排查工作。", needs)
    assert not counts_need("2025年矛盾纠纷排查工作扎实开展。", needs)


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("哪些镇给商户做过合规体检？", {"商户", "合规体检"}, {"做过"}),
        ("哪份报告原文明确写到了河长制？", {"河长制"}, {"原文", "明确", "报告"}),
        ("哪些街道跟社区里订了禁毒公约？", {"禁毒公约"}, {"社区里"}),
        ("哪些乡搞了巡河？", {"巡河"}, {"搞"}),
        ("石桥乡开展了多少场送法活动？", {"送法"}, {"场送法"}),
    ],
)
def test_question_frame_words_never_become_topic(analyzer, question, must, must_not):
    terms = _terms(analyzer, question)  # in question order
    joined = "".join(terms)
    assert all(m in joined for m in must), terms
    assert not set(terms) & must_not, terms


def test_listed_alternatives_take_the_split_words(analyzer):
    a = analyzer.analyze("哪些乡镇推进了村务公开、财务公开？", [], (UnitIndex([]), UnitIndex([])))
    alts = {alt for c in a.concepts for alt in c.alternatives}
    assert {"村务公开", "财务公开"} <= alts and "财务" not in alts


def test_answer_type_of_which_x_questions():
    assert answer_type("青禾镇的法律顾问是哪家律师事务所？") == "律师事务所"
    assert answer_type("是哪个乡镇？") == ""


def test_year_ranges_of_metadata_questions():
    assert [y for y in (2020, 2021, 2022) if _years("2021年以前（含2021年）的报告")(y)] == [
        2020,
        2021,
    ]
    assert [y for y in (2020, 2021, 2022) if _years("2021年以后的报告")(y)] == [2022]


def test_follow_ups_add_a_unit_and_keep_the_one_unit():
    known = UnitIndex(["青禾镇", "石桥乡", "柳岸街道"])
    added = resolve("再把柳岸街道也加进来比一比", [Turn("比较青禾镇和石桥乡的普法宣传")], known)
    assert all(u in added.question for u in ("青禾镇", "石桥乡", "柳岸街道"))
    kept = resolve("它属于哪个县？", [Turn("石桥乡有多少名调解员？")], known)
    assert kept.scope == ("石桥乡",)
