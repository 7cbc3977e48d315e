"""Round para29: which-questions that say a practice as a string of everyday deeds. A user says
「列成单子」「挂到网上」「合成一件事来办」 where reports write 清单, 网站…公开, 高效办成一件事
(``retrieval/register.txt``: the phrase whole, so 列成/挂到 are no needs of their own); 「考法律」
(the verb before its object) is the law exam (``retrieval.law_exams``); 「通过的比例」 is the
rate the reports write as one word, 通过率 ~ 合格率 ~ 及格率 (``retrieval.rate_phrases``,
``retrieval/synonyms.txt``); 孩子出生/上学 are the 新生儿出生/入学 of the 一件事 names
(``retrieval/colloquial.txt``).

``probes_para29.jsonl`` asks over three invented reports of the invented 蓼溪县
(``tests/data/probe_reports_para29``): two paraphrases per rule that must find the unit, and a
must-not per rule whose only support is a lure — a 一件事 for another life event, a site that
publishes other things, an exam held with no pass rate, a share of who sat the exam.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.law_exams import law_exams_in
from retrieval.rate_phrases import rates_in
from retrieval.register import read_register
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_para29.jsonl"


def test_para29_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_para29"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    # the lures: an exam with no rate, a notice board, 马上办 never make their unit an answer
    assert "青苇乡" not in by_id["r1a"]["got"] + by_id["n1a"]["got"] + by_id["e1a"]["got"]


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("哪些地方写了考试通过的比例", "通过率"),
        ("哪些地方写了矛盾纠纷化解的比率", "化解率"),
        ("哪些地方写了负责人出庭应诉的比例", "出庭应诉率"),  # the whole word before the share
        ("哪些地方写了女性的比例", None),  # a group's share, no rate
        ("哪些地方写了党员比例", None),
    ],
)
def test_a_share_after_a_verb_is_its_rate(question, rate, tagged):
    got = [c.term for _, _, c in rates_in(question, tagged)]
    assert got == ([rate] if rate else [])


def test_the_pass_rate_is_one_measure_under_its_words(tagged):
    (_, _, c), *_ = rates_in("干部考试及格的比例", tagged)
    assert {"及格率", "合格率", "通过率"} <= set(c.alternatives)


@pytest.mark.parametrize(
    ("text", "exam"),
    [
        ("让干部考法律", True),
        ("组织干部考一考法律知识", True),
        ("参考法律顾问的意见", False),  # 参考: to consult
        ("思考法治建设的路子", False),
        ("年终考核法律顾问", False),  # an assessment of work, no test
    ],
)
def test_the_verb_before_the_law_is_the_law_exam(text, exam):
    assert bool(law_exams_in(text)) is exam


def test_the_everyday_deeds_read_whole():
    reg = read_register()
    assert "清单" in reg["列成单子"] and "网站" in reg["挂到网上"]
    assert "高效办成一件事" in reg["合成一件事"] and "新生儿出生" in reg["生孩子"]
