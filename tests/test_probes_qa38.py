"""A which-question no report answers strictly: the near reading (round qa38).

``probes_qa38.jsonl`` asks seven questions over four invented reports
(``tests/data/probe_reports_qa38``: towns and a street office of 云岭县). Two of them say
all of a question but its framing word (把关, 扯上关系); the answer must stay 「没有」 — no
unit named, no citation of evidence, which is what ``reportqa eval`` scores — and show those
reports apart as related passages (``Answer.related``, ``Role.RELATED``). A thing no report
writes (奖金, 剧本杀) is the rarest word of its question and is never left out: nothing is
shown as related either.
"""

from __future__ import annotations

import json
from pathlib import Path

from answering.near import NEAR, droppable
from library.compose import build
from reportqa.answer import Role
from reportqa.settings import Settings
from retrieval.concept import Concept
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
    assert len(result["questions"]) == 7
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
