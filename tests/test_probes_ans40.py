"""Round ans40: who fills a body's post, and 出了成绩 read as what was won.

``probes_ans40.jsonl`` asks over three invented reports (``tests/data/probe_reports_ans40``):

- a question asking a body's post (「…领导小组组长是谁」「谁当组长」) reads the sentence that
  fills it (``retrieval.bodies``): 云溪镇 names its body 法治政府建设领导机构 and fills the post
  with 由镇党委书记任组长; two fact paraphrases and a comparison asking each side another thing
  (石桥乡's 依法治乡工作领导小组会议4次); must-not: a question not asking the post keeps the
  kind spelled as a body's name, and a body of another remit (安全生产领导小组) fills no
  rule-of-law body's post;
- 「出了成绩」「出过成绩」 is written as what was won (获评, 入围, 荣获, 被评为, 成效;
  ``retrieval/register.txt``): 云溪镇 获评…普法…先进集体; two paraphrases, and a must-not
  (柏林乡 获评 an honour of another field, in another section);
- a comparison of named units whose every cell an unwritten word (毛病) left 「未提及」 is read on
  the spelled practice words, the word named as unwritten (``answering.compare_unsaid``); two
  paraphrases, and a must-not: when the unwritten words are the larger part of the question
  (第三方机构评估法治满意度) the all-「未提及」 table stands.
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from retrieval.bodies import bodies_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_ans40.jsonl"


def test_ans40_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_ans40"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_an_unwritten_majority_leaves_the_cells_empty(tmp_path, monkeypatch):
    from library.compose import build
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(DATA / "probe_reports_ans40")]) == 0
    service = build(Settings(data_dir=tmp_path / "d")).service
    got = service.ask("云溪镇和石桥乡各请了几家第三方机构评估法治满意度？")
    assert got.compare is not None
    assert {r.value for r in got.compare.rows} == {"未提及"}
    said = service.ask("云溪镇和石桥乡的案卷评查各揪出了多少毛病？")
    assert "毛病" in said.unsaid


def _kinds(question: str) -> tuple[str, ...]:
    return next(c.alternatives for _, _, c in bodies_in(question) if c.term.endswith("小组"))


def test_a_post_asked_is_spelled_by_the_clause_filling_it():
    assert "任组长" in _kinds("云溪镇法治政府建设领导小组组长是谁")
    assert "为组长" in _kinds("谁当依法治镇领导小组的组长")


def test_no_post_asked_keeps_the_body_name():
    assert _kinds("云溪镇法治建设领导小组开了几次会") == ("领导小组",)


def test_another_remit_fills_no_rule_of_law_post():
    # 安全生产领导小组 is no rule-of-law body: no remit concept at all, whatever is asked
    assert bodies_in("安全生产领导小组组长是谁") == []
