"""A compound's modifier decides which thing it names; split verb phrases are one word.

Sentences and questions made up here (no corpus file): for each rule a sentence or question
that must count, one that must count in other words, and one that must not.
``probes_qa6.jsonl`` runs the same categories end to end over the seeds plus four invented
reports (``tests/data/probe_reports_qa6``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.text import Tokenizer
from retrieval.evidence import _present, build_needs, match
from retrieval.query import Concept
from retrieval.question_scope import join_separable
from retrieval.split_words import split_span
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def _needs(tok: Tokenizer, question: str, terms: list[str]):
    concepts = [Concept(t, (t,), True) for t in terms]
    return {
        n.concept.term: n
        for n in build_needs(concepts, tok.index_tokens, lambda _s: 1, 10, (), question, tok.tagged)
    }


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("镇里为两所小学各聘任一名法治副校长。", True),
        ("聘请一名副校长协助学校管理。", True),  # the head alone, no other modifier
        ("为辖区中学聘请科技副校长1名。", False),
        ("中学新配了德育副校长。", False),
    ],
)
def test_a_head_with_another_modifier_is_another_post(tok, sentence, said):
    need = _needs(tok, "哪些乡镇聘请了法治副校长？", ["法治", "副校长"])["副校长"]
    assert (match(sentence, need) == 1.0) is said
    if not said:
        assert match(sentence, need) == 0.0  # its parts (校长) do not bring it back


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("司法所为辖区企业开展法治体检20家次。", True),
        ("为小微企业开展法律体检，出具意见书。", True),  # 法律 / 法治: one kind, two spellings
        ("组织老人开展健康体检，共体检800人次。", False),  # the bare 体检 refers back
        ("为职工安排婚前体检。", False),
    ],
)
def test_a_kind_spelled_with_the_same_character_is_the_same_kind(tok, sentence, said):
    need = _needs(tok, "哪些地方给企业做过法治体检？", ["企业", "法治", "体检"])["体检"]
    assert (match(sentence, need) == 1.0) is said


def test_a_compound_concept_is_not_supported_by_its_head_of_another_kind(tok):
    need = _needs(tok, "哪些乡镇聘请了法律顾问", ["法律顾问"])["法律顾问"]
    assert match("镇政府聘请常年法律顾问1名。", need) == 1.0
    assert match("聘请律师担任政府法律顾问。", need) == 1.0  # a modifier added to the whole
    assert 0 < match("聘请顾问为村民提供法律服务。", need) < 1.0  # the head alone: partial
    assert match("为村集体经济组织聘请财务顾问，提供法律服务。", need) == 0.0


@pytest.mark.parametrize(
    ("question", "terms", "sentence", "said"),
    [
        # a role before an action says who acts: another role is no other kind of action
        (
            "哪些区讲到领导出庭应诉？",
            ["领导", "出庭应诉"],
            "行政机关负责人出庭应诉案件19宗。",
            True,
        ),
        (
            "哪些乡镇干部带头学法？",
            ["干部", "带头学法"],
            "镇领导班子成员带头学法，全年12次。",
            True,
        ),
        # a role is still no kind-modifier like 科技 / 法治
        ("哪些乡镇聘请了法治副校长？", ["法治", "副校长"], "聘请科技副校长1名。", False),
    ],
)
def test_two_roles_before_an_action_are_the_same_slot(question, terms, sentence, said):
    # with the action in the dictionary as one word, as a library's domain terms put it
    need = _needs(Tokenizer(["出庭应诉", "带头学法"]), question, terms)[terms[-1]]
    assert (match(sentence, need) > 0) is said


def test_activities_and_predicates_are_no_heads(tok):
    # 宣传 takes its topic from anywhere in the sentence; 「决策开展了」 is a predicate
    needs = _needs(tok, "哪些乡镇开展了防诈骗宣传？", ["诈骗", "宣传"])
    assert match("结合宪法宣传日向群众讲解防诈骗知识。", needs["宣传"]) == 1.0
    needs = _needs(tok, "哪些乡镇对重大决策开展了合法性审查？", ["重大", "决策", "开展"])
    assert match("明确重大行政决策的程序，确保决策合法。", needs["决策"]) == 1.0
    assert match("明确行政决策的程序，开展学习。", needs["开展"]) == 1.0


@pytest.mark.parametrize(
    ("question", "joined"),
    [
        ("哪些乡镇给群众普过法？", "哪些乡镇给群众普法？"),
        ("石门镇在村里普了一次法吗", "石门镇在村里普法一次吗"),
        ("哪些干部学过法", "哪些干部学法"),
        ("哪些乡镇学习了法律", "哪些乡镇学习了法律"),  # 学习 and 法律 are words
        ("除了法治副校长还有什么", "除了法治副校长还有什么"),  # 除了 is one word
        ("哪些乡镇给企业做过法治体检？", "哪些乡镇给企业做过法治体检？"),  # 法治 is a word
    ],
)
def test_a_split_verb_object_word_is_joined_back(tok, question, joined):
    assert join_separable(question, tok.is_word) == joined


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("司法所干部在各村普了一次法。", True),
        ("网格员都普过法，能答群众所问。", True),
        ("坚持普遍依法行政。", False),
        ("普查后依法处置。", False),
    ],
)
def test_a_report_that_splits_the_word_still_says_it(sentence, said):
    assert _present(sentence, "普法") is said


@pytest.mark.parametrize(
    ("sentence", "word", "said"),
    [
        ("联合司法局开展送法进园区活动。", "送进", True),  # the object inside 送…进
        ("综合执法队员均持有执法证上岗。", "持证上岗", True),
        ("司法所把法律知识送进辖区商户。", "法律送进", True),
        ("执法队员统一着装上岗。", "持证上岗", False),  # no 持/证 before 上岗
        ("开展法治宣传和体检服务。", "法治体检", False),  # 和 joins two things
        ("法律顾问送达文书，进村入户。", "法律送进", False),  # another clause
    ],
)
def test_a_longer_word_spelled_apart_in_one_clause(sentence, word, said):
    assert (split_span(sentence, word) is not None) is said
    assert _present(sentence, word, loose=False) is False


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = ["--min-f1", "0.75", "--min-facts", "0.95", "--min-none", "0.95"]
    reports = [ROOT / "corpus", DATA / "probe_reports_qa6"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa6.jsonl", floors)
