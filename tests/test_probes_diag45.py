"""Round diag45: two everyday phrasings of a report's deed that had to be spelled as asked.

``probes_d45.jsonl`` asks over three invented reports (``tests/data/probe_reports_d45``):

- 营造 is a verb of improving: reports 营造 an environment or a climate and write the same deed
  as 优化/改善 it, so 「营造营商环境」 is answered by 青岚镇's 「持续优化营商环境」 and 柳塘乡's
  「营商环境持续改善」 (d45m1 d45m2); 石桥街道's 「营造…学法氛围」 answers only a question on
  学法氛围 (d45m3, must-not: 优化营商环境 never stands for it).
- 签合同 is how users say what reports write as 合同 (「法律顾问审查合同」) or 签约 (「项目签约前由
  法律顾问出具法律意见」) (d45c1 d45c2); the question's other need still counts: no report has a
  公证员 beside its contracts (d45c3, must-not).
- a campaign into villages and schools is written by its count of places: 芙蓉镇's 「开展法律“五进”
  活动18场次」 answers 「法律宣传进村进校…多少场」「法律进村进校…几场」 (d45n1 d45n2); the count
  still needs its X: no 禁毒宣传 went into schools (d45n3, must-not).
"""

from __future__ import annotations

from pathlib import Path

from retrieval.concept_spellings import campaign_spellings, counted_campaigns
from retrieval.vocabulary import IMPROVING_VERBS, SOFT_VERBS, kind_of_deed
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_d45.jsonl"


def test_d45_probes(tmp_path, monkeypatch, capsys):
    # main (23636d1): which F1 0.43 (d45m1 d45m2 d45c1 d45c2 found nothing), facts 0.00
    # (d45n1 d45n2 没有写明); branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_d45"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
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


def test_counted_campaign_spellings():
    # a place asked alone is spelled by the count; a word after 进 that is no place is not
    assert "六进" in counted_campaigns("进校")
    assert "五进" in counted_campaigns("进社区")
    assert counted_campaigns("进行") == counted_campaigns("进度") == ()
    spelled = campaign_spellings({}, ("法治宣传",), "校")
    assert "法治宣传“六进”" in spelled and "法治宣传七进" in spelled
    assert "双进" not in "".join(spelled)
