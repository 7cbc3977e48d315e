"""Round known39: known defects of stop 38's notes, over invented reports
(``tests/data/probe_reports_known39``).

- A report's negation stands after the whole compound that names the thing
  (「镇政府法律顾问工作制度尚未建立」「行政执法人员缺位」), and its not-done verbs include
  组建, 配齐, 聘用: the unit is not listed for it (n1a n1b n1c); it is still listed for what it
  did (n1n).
- A how-many question is answered by a count stated under the sub-heading naming its topic
  (「（二）规范性文件备案审查」 then 「全年报备4件」: c3a c3b); a unit without one is still 没有找到
  (c3n).
- A document a unit 出台/印发 is a rule, measure or plan it writes, never a contract it reviewed:
  「审查合同15份」 is no count of documents issued (test below), though it still counts the
  documents 审查 (d5a).
- A message opening with a request (比较/对比…) then a question holds two parts; a request's own
  instruction (「，列一下」) is none. Bare follow-ups (「石坪镇呢？柳湾街道呢？」) first in a
  conversation are asked back, a part asked back leaves no turn to follow, and after a
  question 「石坪镇呢」 still follows it.
- Two compared parts: the answer keeps a table the app's chart can draw.
- 诉前 is a stage of a case, never a soft verb: 柳湾街道's 「全年调解纠纷30件」 is no count of its
  诉前调解 (test below), while 松岭乡's 诉前 count and 柳湾街道's whole count still answer (s2a s2n).
- 「写没写进」 is 写进: a saying verb with a complement of its own (进, 入, 出) takes no 到.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.followup import Turn
from cli.main import main
from reportqa.answer import Asked, CompareTable
from reportqa.errors import QuestionError
from retrieval.a_not_a import plain_verb
from retrieval.negated_mention import negated
from tests.probe_kit import asked, built, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_known39.jsonl"


def test_known39_probes(tmp_path, monkeypatch, capsys):
    # main (e281f5b): which F1 0.75 (石坪镇 listed for n1a n1b n1c), facts 0.00 (c3a c3b
    # 没有找到); branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_known39"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("sentence", "mention", "denied"),
    [
        ("村级法律顾问全覆盖机制尚未建立。", "法律顾问", True),
        ("专职人民调解员队伍尚未组建。", "人民调解员", True),
        ("尚未组建专职人民调解员队伍。", "人民调解员", True),
        ("公职律师尚未配齐。", "公职律师", True),
        ("执法人员仍缺位。", "执法人员", True),
        ("组建人民调解员队伍。", "人民调解员", False),
        ("法律顾问审查了文件，未出台新规。", "法律顾问", False),
        ("法律顾问参与审查的合同未发现问题。", "法律顾问", False),
    ],
)
def test_a_negation_after_a_compound_reaches_its_first_part(sentence, mention, denied):
    pos = sentence.index(mention)
    assert negated(sentence, pos, pos + len(mention)) is denied


@pytest.mark.parametrize("question", ["松岭乡出台了多少份文件", "松岭乡印发了几个文件？"])
def test_a_document_issued_is_never_a_contract_reviewed(tmp_path, monkeypatch, question):
    # main (e281f5b): 「全年审查合同15份」 quoted as the count of documents 出台 (both)
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(DATA / "probe_reports_known39")]) == 0
    monkeypatch.delenv("REPORTQA_DATA_DIR")
    line = tmp_path / "q.jsonl"
    line.write_text(json.dumps({"question": question}, ensure_ascii=False), encoding="utf-8")
    ((_, ans),) = list(asked(tmp_path, line))
    assert "合同" not in ans.answer and "15份" not in ans.answer


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return built(tmp_path_factory, "known39", DATA / "probe_reports_known39")


@pytest.mark.parametrize(
    "message",
    [
        "比较松岭乡和柳湾街道的法律顾问？石坪镇开展了几场送法进村活动？",
        "对比松岭乡和柳湾街道的法律顾问，另外石坪镇开展了几场送法进村活动",
    ],
)
def test_a_request_to_compare_then_a_question_are_two_parts(library, message):
    # main (e281f5b): one comparison of 「法律顾问送法进村」 over three units, 松岭乡 未提及
    ans = library.service.ask(message)
    asked = [b for b in ans.body if isinstance(b, Asked)]
    assert len(asked) == 2
    assert "开展送法进村活动9场" in ans.answer
    assert {r.unit: r.value for r in ans.compare.rows}.keys() == {"松岭乡", "柳湾街道"}


def test_a_request_and_its_own_instruction_stay_one_part(library):
    # must not cut: 「列一下」 asks nothing of its own
    ans = library.service.ask("比较松岭乡和柳湾街道的法律顾问，列一下")
    assert not any(isinstance(b, Asked) for b in ans.body)


@pytest.mark.parametrize("message", ["石坪镇呢？柳湾街道呢？", "石坪镇呢"])
def test_bare_follow_ups_first_in_a_conversation_are_asked_back(library, message):
    # main (e281f5b): 没有找到关于「石坪镇呢？」的内容 — as if the report said nothing
    with pytest.raises(QuestionError, match="这是对话的第一个问题"):
        library.service.ask(message)


def test_a_bare_follow_up_after_a_question_still_follows_it(library):
    # must still match: with a question before it, 「石坪镇呢」 asks it of 石坪镇
    first = library.service.ask("柳湾街道开展了几场送法进村活动？")
    history = [Turn(q="柳湾街道开展了几场送法进村活动？", townships=first.townships)]
    ans = library.service.ask("石坪镇呢？", history)
    assert "开展送法进村活动9场" in ans.answer


def test_two_compared_parts_keep_a_table_to_draw(library):
    # main (e281f5b): two tables, the answer's own table None: the app drew no chart
    ans = library.service.ask(
        "比较松岭乡和柳湾街道聘请了几名法律顾问？比较石坪镇和柳湾街道的普法？"
    )
    assert sum(isinstance(b, CompareTable) for b in ans.body) == 2
    assert {r.unit: r.number for r in ans.table} == {"松岭乡": 2.0, "柳湾街道": 1.0}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("宪法写没写进村规民约", "宪法写进村规民约"),  # main: 写到进村规民约
        ("法治建设写没写入考核", "法治建设写入考核"),  # main: 写到入考核
        ("报告提没提出整改措施", "报告提出整改措施"),  # main: 提到出整改措施
        ("松岭乡写没写法律顾问", "松岭乡写到法律顾问"),  # must still match: 写 alone takes 到
    ],
)
def test_a_saying_verb_with_its_own_complement_takes_no_other(text, read):
    assert plain_verb(text) == read


@pytest.mark.parametrize(
    "question", ["柳湾街道诉前调解了多少件纠纷？", "柳湾街道诉前化解纠纷多少件"]
)
def test_a_stage_of_a_case_narrows_the_count(library, question):
    # main (e281f5b): 「**柳湾街道**：30件」 — 诉前 tagged a verb, a soft need, so the count of
    # all 调解 answered; the report gives no 诉前 count
    ans = library.service.ask(question)
    assert "没有写明" in ans.answer
    assert not any(r.number == 30 for r in ans.table)
    assert "30件" not in ans.answer.split("相关内容")[0]
