"""Review of core88: the doer leaves a which-question's need only as the fixer meant it. The
public or anyone who takes part (参加, 参与) is whom the deed reaches, and reports tell that
audience apart (组织村民参加普法培训 beside 组织机关干部参加普法培训); a span (「疫情期间」)
before a deed with no object of its own is what the deed is done on (疫情防控)
(``probes_rev_core88.jsonl`` over invented reports)."""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def _analysis(analyzer, question: str):
    from reportqa.units import UnitIndex

    return analyzer.analyze(question, [], (UnitIndex(()),) * 2)


def _doers(analyzer, question: str) -> set[str]:
    return {c.term for c in _analysis(analyzer, question).concepts if c.doer}


def _required(analyzer, question: str) -> set[str]:
    return {c.term for c in _analysis(analyzer, question).concepts if c.required}


def test_the_audience_of_a_deed_is_no_doer(analyzer):
    assert not _doers(analyzer, "哪些地方的村民参加了普法培训？")
    assert not _doers(analyzer, "哪些地方的企业参加了普法活动？")
    assert not _doers(analyzer, "哪些地方的领导参加了法治讲座？")
    # the public bringing a matter, and a leader's own deed, still are
    assert _doers(analyzer, "哪些地方的领导亲自出庭应诉了？") == {"领导"}
    assert "行政复议" in _required(analyzer, "哪些地方有企业申请行政复议？")
    assert _doers(analyzer, "哪些地方有企业申请行政复议？") == {"企业"}


def test_a_span_is_the_deed_object_when_the_deed_has_none(analyzer):
    assert "疫情" in _required(analyzer, "哪些地方在疫情期间依法防控？")
    # a verb with an object of its own after the span: the span is light
    need = _required(analyzer, "哪些地方暴雨期间依法组织转移过群众？")
    assert not any("暴雨" in t for t in need)


def test_rev_core88_probes(tmp_path, monkeypatch, capsys):
    # main 1.00 which / 1.00 none (the doer was never dropped); core88 0.81; rev_core88 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "r",
        [DATA / "probe_reports_rev_core88"],
        DATA / "probes_rev_core88.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["miss"]]
