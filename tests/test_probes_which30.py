"""Round which30: a which-question's need that the reports write in another form.

``probes_which30.jsonl`` asks over six invented reports (``tests/data/probe_reports_which30``):

- a run of two verbs on one object (矛盾纠纷排查化解) is met by either verb beside the object
  (``retrieval.verb_runs``): two paraphrases (the run before its object, with 的工作 after it
  and joined by 了), and must-nots (a report writing 排查 and 化解 of other objects; an object no report
  names);
- a quoted slogan of parallel parts (“双随机、一公开”) is met however its parts are separated
  (``retrieval.quoted_terms.separated_forms``): two paraphrases (the interpunct, a comma), and
  must-nots (a report writing one part alone; a slogan sharing one part); a numeral-coded
  name unquoted (双随机一公开) too (``retrieval.coded_names``);
- a five-year plan by its code or in full (“八五” ~ 第八个五年, ``retrieval.quoted_terms.
  plan_codes``): asked either way, written either way, and a must-not (another plan's code);
- a verb of using before the asked head (「充分发挥合法性审查制度功能」) names no other kind of
  it (``retrieval.vocabulary.SOFT_VERBS``, read by ``retrieval.compounds.other_kind``): two
  paraphrases, and a must-not (发挥 and 合法性审查 written, the question's object not).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.compounds import other_kind
from retrieval.quoted_terms import plan_codes, quoted_spellings, separated_forms
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which30.jsonl"


def test_which30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which30"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize("phrase", ["双随机、一公开", "双随机·一公开", "双随机，一公开"])
def test_a_slogan_of_parts_in_every_separation(phrase):
    spellings = quoted_spellings(phrase)
    assert spellings[0] == phrase
    for written in ("双随机一公开", "双随机、一公开", "双随机·一公开", "双随机”“一公开"):
        assert written in spellings


@pytest.mark.parametrize("phrase", ["谁执法谁普法", "八五", "法治体检", "A、B"])
def test_no_separated_forms_of_one_part(phrase):
    assert separated_forms(phrase) == ()


def _terms(analyzer, question):
    return {c.term: c.alternatives for c in analyzer.analyze(question, []).concepts}


@pytest.mark.parametrize(
    "question",
    ["哪些镇排查化解了矛盾纠纷", "哪些乡镇排查化解过矛盾纠纷"],
)
def test_a_run_of_two_verbs_is_one_concept_either_verb_of(analyzer, question):
    terms = _terms(analyzer, question)
    assert "矛盾纠纷" in terms
    run = next(t for t in terms if t.endswith("化解"))
    assert {run[:2], "化解"} <= set(terms[run])


@pytest.mark.parametrize(
    "question", ["哪些镇开展了述职述法", "哪些地方排查化解了", "哪些镇搞了安全生产体检"]
)
def test_no_run_without_an_object_or_of_a_parallel_formula(analyzer, question):
    terms = _terms(analyzer, question)
    assert not {"排查化解", "述职述法", "生产体检"} & set(terms)


def test_a_coded_name_with_its_parts_separated():
    from retrieval.coded_names import _separated

    assert {"双随机、一公开", "双随机”“一公开"} <= set(_separated("双随机一公开"))
    assert "四议、两公开" in _separated("四议两公开")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("哪些报告提到了第八个五年普法", "哪些报告提到了“八五”普法"),
        ("第十四个五年规划", "“十四五”规划"),
        ("五年来普法成效如何", "五年来普法成效如何"),
    ],
)
def test_a_five_year_plan_in_full_is_its_code(question, expected):
    assert plan_codes(question) == expected


def test_the_code_of_a_plan_is_spelled_in_full_too():
    assert "第八个五年" in quoted_spellings("八五")
    assert not any("个五年" in s for s in quoted_spellings("放管服"))


def test_a_verb_of_using_names_no_kind():
    assert not other_kind("发挥", "重大行政决策", ("合法性审查",), "充分发挥")
    assert other_kind("科技", "法治", ("副校长",), "聘请")


@pytest.mark.parametrize(
    "question",
    ["甲镇行政复议撤销了几件", "乙镇2023年矛盾纠纷排查化解了多少起", "丙乡排查化解了几起矛盾纠纷"],
)
def test_no_run_before_a_count(analyzer, question):
    """Reports count each step apart (排查130起，化解126起): the verb before the count is asked."""
    terms = _terms(analyzer, question)
    assert not {"复议撤销", "排查化解"} & set(terms), terms
    assert not any(t == "行政" for t in terms), terms


def test_a_run_still_joins_without_a_count(analyzer):
    terms = _terms(analyzer, "排查化解了矛盾纠纷的乡镇有哪些")
    assert any(t.endswith("化解") and "排查" in terms[t] for t in terms), terms


@pytest.mark.parametrize("question", ["哪些乡镇开展了行政复议听证", "有没有地方办过行政复议听证会"])
def test_a_legal_term_swallows_no_verb(analyzer, question):
    """行政复议, 行政执法: the noun is the domain, not the object; no run of 复议/执法."""
    terms = _terms(analyzer, question)
    assert "行政" not in terms and not {"复议听证", "执法检查"} & set(terms), terms
