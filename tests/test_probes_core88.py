"""Stop 88's head start (core88): in a which-question only the deed and its object are
required; the doer (「哪些地方的领导亲自出庭应诉」), whom it is for (「给执法的人」), a time
clause before a verb with its own object (「汛期的时候依法转移过群众」), the level 县市 and the
public before a service noun (「市民热线」) are not. blind45 (h87_03, 13, 17, 24, 26, 28) was
the finding; the probes here are invented reports with paraphrases and must-nots
(``probes_core88.jsonl``)."""

from __future__ import annotations

from pathlib import Path

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def _required(analyzer, question: str) -> set[str]:
    from reportqa.units import UnitIndex

    analysis = analyzer.analyze(question, [], (UnitIndex(()),) * 2)
    # the doer is required until the library is read, then leaves (``holders.topic_restored``)
    return {c.term for c in analysis.concepts if c.required and not c.doer}


def _doers(analyzer, question: str) -> set[str]:
    from reportqa.units import UnitIndex

    analysis = analyzer.analyze(question, [], (UnitIndex(()),) * 2)
    return {c.term for c in analysis.concepts if c.doer}


def test_the_doer_of_a_which_question_is_no_requirement(analyzer):
    assert "领导" not in _required(analyzer, "哪些地方的领导亲自去法院出庭应诉了？")
    assert _doers(analyzer, "哪些地方的领导亲自去法院出庭应诉了？") == {"领导"}
    # a post tells the deed apart (纪委书记带头述法 is another deed): no doer, the need
    assert not _doers(analyzer, "哪些地方的一把手亲自学法了？")
    assert not _doers(analyzer, "哪些镇的党委书记带头述法？")
    # the role asked, or the verb's object, stays
    assert "法律顾问" in _required(analyzer, "哪些地方有法律顾问？")
    assert "调解员" in _required(analyzer, "哪些地方聘了专职调解员？")
    # a fact question's body (人大常委会审议) and the units asked (哪些学校) are no doer
    assert "学校" in _required(analyzer, "哪些学校搞了法治进校园？")


def test_people_who_do_a_deed_are_named_as_reports_name_them(analyzer):
    assert "人配" not in _required(analyzer, "哪里给执法的人配了随身拍的记录仪？")
    assert "宪法" in _required(analyzer, "唐昌镇和三河镇，宪法宣誓的人谁多？")


def test_a_time_clause_before_a_deed_with_its_object_is_light(analyzer):
    need = _required(analyzer, "哪些地方汛期或者台风的时候依法转移过群众？")
    assert not any("汛期" in t or "台风" in t for t in need)


def test_the_county_level_is_no_topic(analyzer):
    assert "县市" not in _required(analyzer, "哪个县市已经被评成法治政府建设示范了？")


def test_core88_probes(tmp_path, monkeypatch, capsys):
    # main 0.43 which / 1.00 none; core88 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "c",
        [DATA / "probe_reports_core88"],
        DATA / "probes_core88.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["miss"]]
    # the doer leaves after the library is read: a deed no report spells is named, not dropped
    service = build(Settings(data_dir=tmp_path / "c")).service
    ans = service.ask("哪些地方的领导去信访局接待过来访的群众？")
    assert not ans.townships and {"信访局", "接待"} <= set(ans.unsaid), ans.unsaid
