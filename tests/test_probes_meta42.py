"""Round meta42: questions about the reports themselves, and whose lawyer a 法律顾问 is.

``probes_meta42.jsonl`` asks over four invented reports (``tests/data/probe_reports_meta42``;
q4 never names its unit or level):

- 「哪一份」「哪一个」 ask for a list as 「哪份」「哪个」 do (``answering.metadata_qa._LIST``): two
  paraphrases of the year covered, and a must-not (a topic after 哪一份 is searched);
- 「X的乡镇报告呢」 is a noun phrase naming reports with the particle 呢: two paraphrases (one a
  follow-up) and a must-not (a province holding no report is said to hold none);
- a village's lawyer (驻村律师, 村居法律顾问) is not the government's adviser (政府法律顾问,
  ``retrieval.adviser_client``): two paraphrases with only a 乡政府法律顾问 in scope, and
  must-nots (a county's village advisers and the government's adviser asked are still found);
- a list by level says how many reports could not be sorted (``meta_select.unread_note``).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta42.jsonl"
REPORTS = DATA / "probe_reports_meta42"


def test_meta42_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_a_list_by_level_names_the_reports_it_could_not_sort(tmp_path, monkeypatch, capsys):
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, [])
    lines = tmp_path / "q.jsonl"
    lines.write_text(
        '{"id": "a", "question": "地级市一级的报告是哪几个？", "kind": "which", "townships": []}\n'
        '{"id": "b", "question": "2022年的报告有哪些？", "kind": "which", "townships": []}\n',
        encoding="utf-8",
    )
    texts = {item["id"]: ans for item, ans in asked(tmp_path / "d", lines)}
    level = " ".join(t.text for b in texts["a"].body for t in getattr(b, "runs", ()))
    assert "未能识别级别" in level and "q4.txt" in level
    year = " ".join(t.text for b in texts["b"].body for t in getattr(b, "runs", ()))
    assert "未能识别" not in year  # q4's year is read: it is no 2022 report
