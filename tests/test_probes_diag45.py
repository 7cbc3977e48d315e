"""Round diag45: two everyday phrasings of a report's deed that had to be spelled as asked.

``probes_d45.jsonl`` asks over three invented reports (``tests/data/probe_reports_d45``):

- 营造 is a verb of improving: reports 营造 an environment or a climate and write the same deed
  as 优化/改善 it, so 「营造营商环境」 is answered by 青岚镇's 「持续优化营商环境」 and 柳塘乡's
  「营商环境持续改善」 (d45m1 d45m2); 石桥街道's 「营造…学法氛围」 answers only a question on
  学法氛围 (d45m3, must-not: 优化营商环境 never stands for it).
- 签合同 is how users say what reports write as 合同 (「法律顾问审查合同」) or 签约 (「项目签约前由
  法律顾问出具法律意见」) (d45c1 d45c2); the question's other need still counts: no report has a
  公证员 beside its contracts (d45c3, must-not).
"""

from __future__ import annotations

from pathlib import Path

from retrieval.vocabulary import IMPROVING_VERBS, SOFT_VERBS, kind_of_deed
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_d45.jsonl"


def test_d45_probes(tmp_path, monkeypatch, capsys):
    # main (23636d1): which F1 0.33 (d45m1 d45m2 d45c1 d45c2 found nothing); branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_d45"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    got = {q["id"]: sorted(q["got"]) for q in result["questions"]}
    assert got["d45m1"] == got["d45c1"] == ["柳塘乡", "青岚镇"]
    assert got["d45m3"] == ["石桥街道"]
    assert got["d45c3"] == []


def test_create_is_a_verb_of_improving():
    # beside its object 营造 stands for 优化 and the rest, and names no thing itself
    assert "营造" in SOFT_VERBS
    assert "优化" in kind_of_deed("营造")
    assert "营造" in IMPROVING_VERBS
