"""Round which26: a which-question whose every required word some report spells, and whose
strict reading is still empty because of a word that is not required and that no report in
scope spells (a time frame such as 出台前: reports write 前置/事前, or nothing), is answered by
the graded reading without that word — and the answer names it (``Unsaid.read_by``).

``probes_which26.jsonl`` asks over three invented reports of the invented 云岭县
(``tests/data/probe_reports_which26``): two paraphrases answered on the spelled words, one
where a side of a coordination (重大|决策 of 「重大决策或者合同」) must count as one word, and a
must-not whose spelled words meet only in two sections of one report. And a follow-up that
names only a year (「那2023年的报告里头是哪些」) after a which-question asked with 有谁
(「办过法治讲座的都有谁」) keeps the last answer's units of that year, as after 哪些.
"""

from __future__ import annotations

from pathlib import Path

from answering.graded import said_in_full
from answering.unsaid_words import unsaid_soft
from reportqa.answer import Kind, Role
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which26.jsonl"


def test_which26_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which26"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    for item, ans in asked(tmp_path / "d", PROBES):
        if item.get("history"):
            continue  # a follow-up: the eval above replays its history
        if item.get("read_by"):
            assert sorted(ans.townships) == sorted(item["townships"]), item["id"]
            assert "出台前" in ans.unsaid and ans.read_by, item["id"]
            assert all(c.role == Role.SUPPORT for c in ans.citations)
        else:
            assert not ans.townships, item["id"]


def test_only_unrequired_unspelled_words_are_soft():
    concepts = (
        Concept("合同", ("合同",), True),
        Concept("出台前", ("出台前", "台前"), False),
        Concept("公平竞争", ("公平竞争",), True),  # required: the strict unsaid path's
        Concept("组织", ("组织",), False),  # spelled: evidence against a sentence
    )
    analysis = Analysis(question="q", kind=Kind.WHICH, concepts=concepts)
    soft = unsaid_soft(analysis, {"合同": 2.0, "组织": 1.0})
    assert [c.term for c in soft] == ["出台前"]


def test_a_coordination_side_is_one_word_with_its_neighbour():
    core = (
        Concept("重大", ("重大",), True),
        Concept("决策/合同", ("决策", "合同"), True),
        Concept("合法性审查", ("合法性审查",), True),
    )
    q = "重大决策或者合同，出台前做过合法性审查的有哪几个乡镇"

    def tokens(s: str) -> list[str]:
        return [s]

    assert not said_in_full("镇党委召开会议研究重大决策事项6次。", core, tokens, q)
    assert said_in_full("对重大决策、重要合同开展前置合法性审查。", core, tokens, q)


def test_a_which_question_asked_with_who_is_followed_by_year():
    from answering.followup import Turn, resolve

    units = ("石门镇", "青山乡")
    last = Turn("办过法治讲座的都有谁", "办过法治讲座的都有谁", units)
    got = resolve("那2023年的报告里头是哪些", [last], units)
    assert got.question.startswith("2023年办过法治讲座") and got.scope == units
