"""Round fix84b: follow-ups refused after an answer that listed nobody, and a resumptive 它.

``probes_fix84b.jsonl`` asks over four invented reports (``tests/data/probe_reports_fix84b``):

- After an empty which-answer, a year bounded with the year itself (「2023年及以后」「2022年及之
  前」) and a verb of saying with no object (「…的报告里提到的有哪些」) narrow the last question
  to those years (ey1 ey1b ey1c) — on main each was refused; a fresh question with its own
  topic is asked as typed (ey1n).
- After an empty answer over 街道, 「这些街道…」「这几个街道里面…」「那些街道…」 stand for the
  streets: what they ask is asked over the streets' reports (ek1 ek1b ek1c) — on main refused;
  a fresh list of another kind keeps its own scope (ek1n; its extra units are as on main).
- 它/它们 after the unit the question asks for (「有哪个地方说它…」「哪些乡镇在它们的报告里…」)
  is that unit, never a pointer back (rp1 rp1b rp1c) — on main refused.

Figures: main 419757dd which 0.28, facts 0.00, none 1.00 with 9 errors (refusals);
branch fix84b which 0.88, facts 1.00, none 1.00, 0 errors (ek1n: 红岭镇 plus three others, as on main).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import resolve
from answering.followup_turn import Turn
from answering.points_back import points_back
from reportqa.errors import QuestionError
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix84b.jsonl"


def test_fix84b_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix84b"],
        PROBES,
        ["--min-f1", "0.85", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


EMPTY = [Turn("哪些地方组建了无人机执法队？")]
STREETS = [Turn("帮我列一下，这些报告里哪些是街道办事处写的？")]


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        (
            "其中2023年及以后的报告里提到的有哪些",
            "2023年及以后的报告里，哪些地方组建了无人机执法队",
        ),
        ("这里面2022年及之前的报告有哪些", "2022年及之前的报告里，哪些地方组建了无人机执法队"),
        ("里头2023年的报告里写到的是哪几个", "2023年的报告里，哪些地方组建了无人机执法队"),
    ],
)
def test_a_bounded_year_after_an_empty_answer(q, asked):
    assert resolve(q, EMPTY, ["甲镇"]).question == asked


def test_a_kind_pointer_after_an_empty_answer_over_that_kind():
    got = resolve("这些街道里面哪几个的报告年份最早？", STREETS, ["甲镇"])
    assert got.question == "街道的报告里，哪几个的报告年份最早？"
    assert "没有列出单位" in got.note
    got = resolve("这些街道一年给法律顾问付了多少钱？", STREETS, ["甲镇"])
    assert got.question == "街道的报告里，一年给法律顾问付了多少钱？"
    asked = resolve("那几个区一年付了多少钱", [Turn("哪些区县聘了律师？")], ["甲镇"]).question
    assert asked == "区县的报告里，一年付了多少钱"


@pytest.mark.parametrize(
    ("turns", "q"),
    [
        (STREETS, "这些街道里哪个最多"),  # nothing to rank
        (EMPTY, "这些街道一年给法律顾问付了多少钱？"),  # the last question named no street
        (STREETS, "这些镇一年付了多少钱"),  # another kind than the last question's
        ([Turn("哪些社区有法律顾问？")], "这些区一年付了多少钱"),  # 社区 is no district
        (EMPTY, "那它们的报告分别是哪年的？"),  # narrows nothing: still asked back
    ],
)
def test_pointers_with_nothing_to_stand_for_are_still_asked_back(turns, q):
    with pytest.raises(QuestionError, match="没有列出任何单位"):
        resolve(q, turns, ["甲镇"])


def test_a_resumptive_pronoun_is_bound_in_its_question():
    assert not points_back("有哪个地方说它那个三年的法治人才培养计划已经全部完成了？")
    assert not points_back("哪些乡镇在它们的报告里写了配备执法记录仪")
    assert points_back("它那个三年的计划完成了吗？")  # nothing asked before it
    assert points_back("它有哪些地方没做好？")  # the which-phrase after the pronoun
