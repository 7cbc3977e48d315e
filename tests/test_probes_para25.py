"""Round para25: which-questions in users' own words. A user names a practice by an everyday
noun (晚上, 单子, 片子, 家乡话/土话) where reports write the official term (夜学, 清单, 专题片,
方言) — ``retrieval/colloquial.txt`` — and says 法治讲座/法律讲座 where reports put the content
or the form inside the compound (专题法治讲座, 法律知识讲座) — ``retrieval/synonyms.txt``; 时间
after a time noun (「晚上的时间」) is no concept (``retrieval.question_words.is_time_span``); 党政
before 一把手 is part of the holder's title (``retrieval.phrase_concepts``).

``probes_para25.jsonl`` asks over three invented reports of the invented 青溪县
(``tests/data/probe_reports_para25``): two paraphrases per class that must find the unit, and a
must-not per class whose only support is a lure — a report that says a neighbouring practice
(学法 in the afternoon, a 权责清单, watching 展板, a 专题讲座 on 垃圾分类, 业务培训).
"""

from __future__ import annotations

from pathlib import Path

from retrieval.colloquial import read_vocabulary
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_para25.jsonl"
RETRIEVAL = Path(__file__).parent.parent / "retrieval"


def test_para25_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_para25"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    # the lures: a neighbouring practice never makes its unit an answer
    assert "石门乡" not in by_id["w1b"]["got"]  # 下午学法 is no evening study
    assert "云台街道" not in by_id["t1a"]["got"] + by_id["t1c"]["got"]  # 业务培训, 垃圾分类讲座


def test_everyday_nouns_read_as_report_terms():
    vocab = read_vocabulary(RETRIEVAL / "synonyms.txt", RETRIEVAL / "colloquial.txt")
    assert "夜学" in vocab["晚上"] and "清单" in vocab["单子"] and "方言" in vocab["家乡话"]
    # the law-lecture forms say the law: a bare 专题讲座 is never one of them
    for head in ("法治讲座", "法律讲座"):
        assert all("法" in alt for alt in vocab[head]), head
