"""Round regress39: three rows int39's first branches made worse, each fixed by the fact
that was lost, the new rules' own facts kept.

``probes_regress39.jsonl`` asks over four invented reports (``tests/data/probe_reports_regress39``):

- a count of people stands as the subject of the clause naming what they hold, the holders'
  noun and verb between (``retrieval.counts_near.subject_count``): 柳溪镇's 「全镇6名执法人员
  均已通过考试领取行政执法证」 answers 几个人拿到执法证 (int39 missed it: the 6-character window);
  two paraphrases, and a must-not (occasions asked: no people count answers);
- an item carrying its own count is a deed done (``answering.extractive.counted_item``):
  云台街道's 「列席党工委会议12次、审核合同7份」 is its count of contracts, not the earlier
  sentence listing 合同审查等法律事务 (int39 quoted both and read no count); two paraphrases,
  and a must-not (the most is still 柳溪镇's 60份);
- 「它」 after an answer resting on a report whose unit went unread is that report, named by
  its file (``answering.composed.turns_of_answer``, ``library.reading.turns_from_json``):
  int39 asked back which unit; two paraphrases, and a must-not (after a named unit, 它 is it).
"""

from __future__ import annotations

import json
from pathlib import Path

from answering.composed import turns_of_answer
from library.reading import turns_from_json
from retrieval.counts_near import subject_count
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_regress39.jsonl"
REPORTS = DATA / "probe_reports_regress39"


def test_regress39_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_a_people_count_reaches_its_clause_only():
    text = "全乡3名执法人员全部取得行政执法证，另有5名干部参加培训，执法证年审按期完成。"
    held = text.find("行政执法证")
    assert subject_count(text, 2, 4, held)
    later = text.rfind("执法证")
    assert not subject_count(text, text.find("5名"), text.find("5名") + 2, later)


def test_the_unread_report_is_what_it_means(tmp_path, monkeypatch, capsys):
    from cli.main import main

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    probe = tmp_path / "one.jsonl"
    probe.write_text(
        json.dumps({"question": "萤火普法夜校活动开展了多少场？"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (_, answer), *_ = asked(tmp_path / "d", probe)
    named = "未识别单位的报告（r1.txt）"
    assert turns_of_answer(answer)[0].townships == (named,)
    kept = turns_from_json([{**answer.to_json(), "q": answer.question}])
    assert kept[0].townships == (named,)
