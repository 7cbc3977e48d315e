"""The structure the user gives a which-question (round qa45).

``probes_qa45.jsonl`` asks 19 questions over six invented reports
(``tests/data/probe_reports_qa45``, the townships of an invented 岚峰县): one trains its cadres in
法治 only, one has a lawyer give a 法律课 only, one does both; one promotes the 宪法 and lists a
负面清单, one studies the 宪法 and names its secretary the 第一责任人, one holds a 党工委会议 on
法治建设 and keeps a 权责清单. Each rule has two paraphrases and a question that must not change:
a disjunction across clauses (「…，或者…」「不管是…还是…」「…也好…也好」) and a 、 list whose
items carry their own verbs (「上法律课、搞法治培训的」) offer alternatives, where 既…又… asks
both; 「A或者B」 between two names is split at 或者; the user's examples (比如/像…这种, or
「…都算」 after the question) are spellings of what counts, never an extra need — while levels
said to count stay scope and a list asked in the question stays required.
"""

from __future__ import annotations

from pathlib import Path

import jieba.posseg as pseg

from retrieval.alternatives import read_alternatives
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in pseg.cut(text)]


def test_structure_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa45"],
        DATA / "probes_qa45.jsonl",
        ["--min-f1", "1.0"],
    )
    assert len(result["questions"]) == 19
    assert result["overall"]["errors"] == 0


def test_sides_are_the_things_named():
    """Each side of the disjunction loses its carrying verb and its audience (给干部)."""
    read = read_alternatives("哪些镇给干部搞过普法培训，或者请人来讲过法律课的？", _tagged)
    assert "普法培训、法律课这类" in read and "给干部" not in read
    read = read_alternatives("消防也好禁毒也好，哪些乡镇搞了？", _tagged)
    assert "消防、禁毒这类" in read


def test_what_stays_as_written():
    """A conjunction, an 或者 inside a quoted name and a list of levels are not alternatives."""
    both = "哪些镇既搞了法治培训又请人讲过法律课？"
    assert read_alternatives(both, _tagged) == both
    quoted = "哪些乡镇开展了“请律师或者法官进村”活动？"
    assert read_alternatives(quoted, _tagged) == quoted
    levels = "哪些地方请了法律顾问？乡镇、街道都算"
    assert read_alternatives(levels, _tagged) == levels


def test_a_disposal_clause_is_no_name():
    """把/将 put the object before the verb, so a 的 inside such a side is a possessive, not
    the clause's end: the side is no name and the disjunction is read word by word (it had
    become the nonsense item 「把一把手」)."""
    for q in (
        "给领导干部列了学法清单，或者把一把手的法治职责列成清单印发的，都有谁？",
        "哪些乡镇建了法律顾问制度，或者将合同交给律师审核的？",
        "把普法写进村规民约，或者搞过普法宣传的有哪些",
    ):
        read = read_alternatives(q, _tagged)
        assert "把一把手这类" not in read and "这类" not in read, read
    # must-not: sides that name things are still one list
    read = read_alternatives("哪些镇给干部搞过普法培训，或者请人来讲过法律课的？", _tagged)
    assert "普法培训、法律课这类" in read
