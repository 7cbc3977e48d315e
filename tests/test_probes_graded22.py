"""Round graded22: a which-question whose strict reading finds no unit is answered on the words
the library spells — when they are the question's practice (two words at least, more than half
of its content words) and two of them stand in one quoted sentence itself — and the answer says
so as data (``Unsaid.read_by``) in every output.

``probes_graded22.jsonl`` asks over four invented reports of the invented 松溪县
(``tests/data/probe_reports_graded22``) in everyday words no report writes (上了岁数, 小屁孩,
唠法); the must-nots: two core words that meet only through a heading (集体…法治 of 「集体学法」
under 「法治政府建设」), a question mostly in unspelled words, one spelled word left, an
unspelled word named as the means (用无人机), and one compound of the question split in two
(法律|明白纸) that the sentence writes whole.
"""

from __future__ import annotations

import json
from pathlib import Path

from answering.graded import MAJORITY, core_of, gradable, means, share
from reportqa.answer import Answer, Kind, Role, Unsaid
from reportqa.answer_markdown import markdown
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_graded22.jsonl"


def test_graded_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_graded22"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    for item, ans in asked(tmp_path / "d", PROBES):
        if item.get("read_by"):
            # the graded units are the answer, with their quotes as support, and say on what
            assert list(ans.townships) == item["townships"], item["id"]
            assert ans.read_by and ans.unsaid, item["id"]
            assert all(c.role == Role.SUPPORT for c in ans.citations)
            note = next(b for b in ans.body if isinstance(b, Unsaid))
            assert note.text in markdown(ans)
            back = Answer.from_json(json.loads(json.dumps(ans.to_json(), ensure_ascii=False)))
            assert back.read_by == ans.read_by and back.townships == ans.townships
        else:
            assert not ans.townships and not ans.read_by, item["id"]
            for word in item.get("unsaid", []):
                assert word in ans.unsaid, item["id"]


def test_the_core_is_the_spelled_practice_and_the_larger_part():
    idf = {"老人": 3.0, "诈骗": 3.0, "组织": 2.0, "干部": 1.0}
    concepts = (
        Concept("老人", ("老人",), True),
        Concept("诈骗", ("诈骗",), True),
        Concept("组织", ("组织",), False),  # a soft verb names no act
        Concept("干部", ("干部",), True),  # a holder names who
        Concept("岁数", ("岁数",), True),  # unspelled
    )
    core = core_of(Analysis(question="q", kind=Kind.WHICH, concepts=concepts), idf)
    assert [c.term for c in core] == ["老人", "诈骗"]
    words = concepts[-1:]
    assert share(core, words) > MAJORITY and gradable(core, words)
    assert not gradable(core, (*words, Concept("免费", ("免费",), True)))  # half is not more
    assert not gradable(core[:1], words)  # one word is no reading


def test_the_means_is_what_is_asked():
    drone, talk = Concept("无人机", ("无人机",), True), Concept("唠法", ("唠法",), True)
    assert means("哪些乡镇用无人机开展安全生产巡查", (drone,))
    assert means("哪个镇借助一台无人机巡河", (drone,))
    assert not means("哪个乡用广播开了栏目，天天唠法", (talk,))
