"""Round gap48a: two structural readings of a question (issue 15).

Made-up reports (written here into ``tmp_path``): 松风镇 (浙江) 合法性审查 of contracts and
「“证照分离”改革」; 柳溪街道 (江西) 法制审核 of decisions, 「“放管服”」 and 政务服务; 石门乡 (湖南) a contract
signed and 法律知识 studied side by side, 法律服务 — the trap of both rules. Each rule has two
paraphrases and one must-not:

- ``retrieval.time_clauses`` (with ``retrieval.legal_respect`` and ``spoken.untried``):
  「A之前先B」 asks B, A only qualifies; 「法律上把把关」 is the legal review (must not:
  石门乡's 合同 and 法律 without a review; and 「签合同以前先学法律」 asks the study, not the
  contracts 松风镇 reviewed);
- ``retrieval.quoted_items``: a quoted term keeps its thesaurus spellings (“放管服” ~ 证照分离),
  and 「“A”、B」 in a topic slot are alternatives (must not: 「提到“放管服”」 asks the words
  themselves, which 松风镇's 证照分离 does not write).

青岚镇 (四川) writes other work only: a fourth report, so no word weighs as in a library of three.
"""

from __future__ import annotations

import json

from tests.probe_kit import ingest_and_eval

REPORTS = {
    "songfeng.txt": (
        "浙江省德清县松风镇2023年法治政府建设工作报告\n"
        "2023年，德清县松风镇坚持依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）坚持合法性审查，全年审查镇政府合同18份、规范性文件2件。\n"
        "（二）深化“证照分离”改革，推行容缺审批。\n"
        "二、存在的不足\n"
        "普法形式较为单一。\n"
    ),
    "liuxi.txt": (
        "江西省上饶市柳溪街道2023年法治政府建设情况报告\n"
        "2023年，上饶市柳溪街道扎实推进法治建设，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）重大行政决策严格履行法制审核程序，全年审核事项6件。\n"
        "（二）落实“放管服”要求，便民服务中心优化政务服务流程。\n"
        "二、存在的不足\n"
        "队伍力量不足。\n"
    ),
    "shimen.txt": (
        "湖南省浏阳市石门乡2023年法治政府建设工作报告\n"
        "2023年，浏阳市石门乡深入推进依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）签订村道保洁合同3份，组织干部学习法律知识4次。\n"
        "（二）开展法律服务进村活动，印发宣传资料800份。\n"
        "二、存在的不足\n"
        "宣传覆盖面不广。\n"
    ),
    "qinglan.txt": (  # a fourth report of other work: the library's words weigh as usual
        "四川省江油市青岚镇2023年法治政府建设工作报告\n"
        "2023年，江油市青岚镇持续推进法治乡村建设，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）开展宪法宣传周活动，发放资料1200份。\n"
        "（二）调解矛盾纠纷46件，调解成功率98%。\n"
        "二、存在的不足\n"
        "基层法治人才缺乏。\n"
    ),
}

# main 0e28c0b: which F1 0.56 (g48_1a found only the trap 石门乡 by 合同 and 法律, 1b nobody;
# g48_2a, 2b missed 松风镇, which writes 证照分离); this branch 1.00
PROBES = [
    ("g48_1a", "签合同以前先让法律上把把关的有哪些乡镇？", ["松风镇", "柳溪街道"]),
    ("g48_1b", "哪些地方在印发文件之前先从法律上审核一下？", ["松风镇", "柳溪街道"]),
    ("g48_1c", "哪些地方在签合同以前先组织学习法律知识？", ["石门乡"]),  # must not: 松风镇
    ("g48_2a", "“放管服”方面，哪些地方抓出了成效？", ["松风镇", "柳溪街道"]),
    ("g48_2b", "哪些地方在“放管服”、政务服务上有举措？", ["松风镇", "柳溪街道"]),
    ("g48_2c", "哪些报告提到“放管服”？", ["柳溪街道"]),  # must not: 松风镇's 证照分离
]


def test_gap48a_probes(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = [
        {"id": i, "question": q, "kind": "which", "townships": units, "optional": []}
        for i, q, units in PROBES
    ]
    probes = tmp_path / "probes.jsonl"
    probes.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [folder], probes, ["--min-f1", "1.0"])
