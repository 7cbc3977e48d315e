"""Round review44: probes for defects found reviewing stop 44's rounds one and two.

- 「养老」 alone does not name the elderly (diag46 made 老年人 ~ 养老): 「养老保险参保人数」 is
  a social insurance every worker pays, so a chunk holding it must not vouch for 「老年人」
  and let a count of something else (法治讲座46场) answer 「有多少老年人参加」. 「养老诈骗」
  「守护养老钱」 still do name them.

All reports are made up, ingested for real into ``tmp_path`` and asked through the
composition root. int44 (8e6d960): the must-not fails (answers 「46场」 as the fact), the two
paraphrases pass; on review44 all three pass. main: must-not holds, paraphrases fail (no
老年人 ~ 养老钱 spelling there).
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from library.compose import build
from reportqa.settings import Settings

_REPORTS = {
    "jia.txt": "甲山区2023年政府工作报告\n\n一、2023年工作回顾\n\n"
    "（一）经济运行。全年实现地区生产总值800.5亿元，增长5.3%。\n\n"
    "（二）民生保障。城乡居民养老保险参保人数达12.6万人，参保率98%。\n\n"
    "（三）法治建设。全年开展法治讲座46场，受众3200人次。\n\n"
    "二、2024年工作安排\n\n继续推进教育强区建设。\n",
    "bing.txt": "丙溪镇2023年法治政府建设情况报告\n\n一、主要举措和成效\n\n"
    "（一）推进法治宣传。开展守护养老钱专项宣传15场，发放资料900份。\n\n"
    "（二）规范行政执法。全年办理行政处罚案件9件。\n\n"
    "二、存在的问题\n\n执法人员力量不足。\n",
}


def _service(tmp_path: Path, monkeypatch, name: str):
    """A library of the one report ``name``: a word said in another report of the library
    changes how the question's words weigh, so each check gets its own."""
    reports = tmp_path / name / "reports"
    reports.mkdir(parents=True)
    (reports / name).write_text(_REPORTS[name], encoding="utf-8")
    data = tmp_path / name / "d"
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data))
    assert main(["ingest", str(reports)]) == 0
    return build(Settings(data_dir=data)).service


def test_review44_elderly(tmp_path, monkeypatch):
    services = {n: _service(tmp_path, monkeypatch, n) for n in _REPORTS}

    def said(question: str, name: str = "bing.txt") -> str:
        return services[name].ask(question).answer

    # paraphrases: 守护养老钱 is said to the elderly
    for q in ("丙溪镇给老年人搞了几场宣传？", "丙溪镇面向老年人的普法宣传有多少场"):
        got = said(q)
        assert "15场" in got and "最接近" not in got, (q, got)
    # must-not: 养老保险 beside a count of lectures is no count of elderly
    got = said("甲山区有多少老年人参加了法治讲座？", "jia.txt")
    assert not got.startswith("**甲山区**：46场"), got
