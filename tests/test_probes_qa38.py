"""A which-question no report answers strictly: the near reading (round qa38).

``probes_qa38.jsonl`` asks ten questions over five invented reports
(``tests/data/probe_reports_qa38``: towns and a street office of 云岭县). Two of them say
all of a question but its framing word (把关, 扯上关系); the answer must stay 「没有」 — no
unit named, no citation of evidence, which is what ``reportqa eval`` scores — and show those
reports apart as related passages (``Answer.related``, ``Role.RELATED``). A thing no report
writes (奖金, 剧本杀) is the rarest word of its question and is never left out: nothing is
shown as related either.

A pivot verb's noun does the next verb (``retrieval/pivots.py``): 「请律师把关」 asks for 把关
done by 律师, and 红岭街道's 「请律师参与起草，由街道司法所研究把关」 is that 把关, not another
kind of it (v1a, v1b); after 请 a noun phrase keeps its modifier's kind (v1x: 法治副校长 is no
科技副校长).
"""

from __future__ import annotations

import json
from pathlib import Path

from answering.near import NEAR, droppable
from library.compose import build
from reportqa.answer import Role
from reportqa.settings import Settings
from retrieval.concept import Concept
from retrieval.pivots import doer
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_qa38.jsonl"


def test_near_readings_are_shown_apart_never_as_the_answer(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa38"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 10
    assert result["overall"]["none_correct"] == 1.0
    service = build(Settings(data_dir=tmp_path / "d")).service
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        ans = service.ask(item["question"])
        assert sorted(ans.townships) == item.get("townships", []), item["id"]
        assert sorted({c.township for c in ans.related}) == item["near"], item["id"]
        assert all(c.role == Role.RELATED for c in ans.related)
        if item["near"]:
            assert "不是所问内容的依据" in ans.answer, item["id"]


def _c(term: str) -> Concept:
    return Concept(term, (term,), True)


def test_the_rarest_word_is_never_left_out():
    concepts = [_c("决策"), _c("法律顾问"), _c("把关")]
    idf = {"决策": 1.2, "法律顾问": 1.8, "把关": 2.1}
    assert [c.term for c in droppable(concepts, idf)] == ["决策", "法律顾问"]


def test_a_word_no_report_spells_keeps_the_answer_empty():
    # 奖金 has no IDF in scope: it is what is asked most narrowly, and no reading leaves it
    assert droppable([_c("法律顾问"), _c("奖金"), _c("乡镇")], {"法律顾问": 1.8, "乡镇": 1.0}) == []


def test_what_is_left_must_carry_the_threshold_share():
    # 示范 carries most of the mass: a reading without it is too little of the question
    idf = {"全国": 1.0, "示范": 10.0, "创建": 11.0}
    left = [c.term for c in droppable([_c("全国"), _c("示范"), _c("创建")], idf)]
    assert left == ["全国"]
    assert NEAR > 1 - 10.0 / 22.0


def test_two_words_are_no_near_reading():
    assert droppable([_c("法律顾问"), _c("把关")], {"法律顾问": 1.8, "把关": 2.1}) == []


def test_the_noun_after_a_pivot_verb_does_the_next_verb(tok):
    assert doer("决策的时候让法律顾问把关的有哪些地方", "法律顾问", "把关", tok.tagged)
    assert doer("哪些街道出台规范性文件时叫律师把关", "律师", "把关", tok.tagged)
    # no pivot verb before it: the noun may name a kind (「法律顾问把关」 as a noun phrase)
    assert not doer("法律顾问把关的有哪些", "法律顾问", "把关", tok.tagged)
    # a noun after the noun: the pivot's object with its modifier, 法治 names the kind
    assert not doer("哪些乡镇请法治副校长讲课", "法治", "副校长", tok.tagged)
