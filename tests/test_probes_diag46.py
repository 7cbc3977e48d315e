"""Round diag46: everyday wordings of township-report facts, and 或 after a locative.

General facts about Chinese government reports and the questions asked of them (made-up reports
in ``tests/data/probe_reports_diag46``, probes in ``tests/data/probes_diag46.jsonl``):

- 矛盾 and 纠纷 are each written alone for 矛盾纠纷 (「调解邻里矛盾48起」 answers 调解了多少纠纷);
  must-not: 邻里矛盾 is no 土地纠纷;
- 信访 work is written as 接待来访 / 接访, and 处理 before a matter is a handling verb like 办理:
  the matter carries the need;
- 重阳 (the elders' festival) and 养老 (养老诈骗) name the elderly as audience; must-not: a
  talk for the elderly answers no question about 中小学生;
- the public's 法律意识 is written 法治观念 / 法律观念 / 守法意识;
- 「在手机上或者网上」: a locative before 或 leaves the two sides alternatives; must-not: a
  physical 便民服务大厅 is no online service.
"""

from __future__ import annotations

from pathlib import Path

from probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_diag46_probes(monkeypatch, capsys, tmp_path):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path,
        sorted((DATA / "probe_reports_diag46").glob("*.txt")),
        DATA / "probes_diag46.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["miss"]]
