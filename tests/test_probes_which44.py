"""Round which44: three ways a which-question lost reports that wrote its topic (h43).

Made-up reports (written here into ``tmp_path``): 松岭镇 (浙江) 抗击新冠肺炎疫情 and 复工复产, and
落实第一责任人职责; 白鹭街道 (四川) 主要领导带头学法, 落实法治建设第一责任人职责, 法律顾问, and only
「受疫情影响」; 青禾乡 (湖南) 主要领导亲自部署, 法律顾问, 「受疫情影响」. Each rule has two paraphrases
and one must-not:

- ``retrieval/synonyms.txt`` 疫情防控/抗疫: reports write the COVID response 「应对（新冠肺炎）疫情」
  「抗击疫情」 (must not: 「受疫情影响」 says the epidemic was there, not that it was fought —
  w44_1a's precision; w44_1c: 疫情 alone still finds those);
- ``retrieval/synonyms.txt`` 主要负责人: 主要领导, 主要负责同志, and the 法治建设第一责任人 post the
  规定 gives the 党政主要负责人 (must not: one way — 第一责任人 asked never takes 主要领导 alone);
- ``answering.followup_region``: 「那X的呢」 after a question naming its region inside it
  (「四川有哪些报告…」) asks with X in its place, not in both regions (must not: a last question
  with no region is still asked under the new region's clause).
"""

from __future__ import annotations

import json

from tests.probe_kit import ingest_and_eval

REPORTS = {
    "songling.txt": (
        "浙江省安吉县松岭镇2023年法治政府建设工作报告\n"
        "2023年，安吉县松岭镇坚持依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）全力抗击新冠肺炎疫情，有序推动企业复工复产。\n"
        "（二）落实第一责任人职责，镇党委书记带头述法。\n"
        "二、存在的不足\n"
        "普法形式较为单一。\n"
    ),
    "bailu.txt": (
        "四川省绵竹市白鹭街道2023年法治政府建设情况报告\n"
        "2023年，绵竹市白鹭街道扎实推进法治建设，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）街道主要领导带头学法，落实法治建设第一责任人职责。\n"
        "（二）聘请法律顾问1名，全年审查合同12份。\n"
        "二、存在的不足\n"
        "受疫情影响，部分调解工作推迟。\n"
    ),
    "qinghe.txt": (
        "湖南省浏阳市青禾乡2023年法治政府建设工作报告\n"
        "2023年，浏阳市青禾乡深入推进依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）乡党委主要领导亲自部署法治乡村建设，召开专题会议3次。\n"
        "（二）聘请法律顾问2名，参与重大决策合法性审查。\n"
        "二、存在的不足\n"
        "受疫情影响，部分普法活动改为线上。\n"
    ),
}

# int42m: which F1 0.33 (w44_1a, 1b, 2a, 2b, 3a, 3b found nobody); this branch 1.00
PROBES = [
    ("w44_1a", "哪些报告写了疫情防控？", "", ["松岭镇"]),
    ("w44_1b", "谁的报告讲到了抗疫和复工复产", "", ["松岭镇"]),
    (
        "w44_1c",
        "哪些报告提到受疫情影响？",
        "",
        ["白鹭街道", "青禾乡"],
    ),  # must-not side: 疫情 alone, not 防控
    ("w44_2a", "哪些报告写了主要负责人履行法治建设第一责任人职责？", "", ["松岭镇", "白鹭街道"]),
    ("w44_2b", "哪些地方的主要负责人带头学法？", "", ["白鹭街道"]),
    (
        "w44_2c",
        "哪些报告提到第一责任人？",
        "",
        ["松岭镇", "白鹭街道"],
    ),  # must not: 青禾乡's 主要领导 alone
    ("w44_3a", "那四川的呢？", "浙江有哪些报告提到第一责任人？", ["白鹭街道"]),
    ("w44_3b", "那湖南的呢？", "四川有哪些报告写了法律顾问？", ["青禾乡"]),
    ("w44_3c", "那湖南的呢？", "哪些报告写了法律顾问？", ["青禾乡"]),  # must not: no region said
]


def test_which44_probes(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = []
    for i, q, last, units in PROBES:
        row = {"id": i, "question": q, "kind": "which", "townships": units, "optional": []}
        if last:
            row["history"] = [{"q": last}]
        rows.append(row)
    probes = tmp_path / "probes.jsonl"
    probes.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [folder], probes, ["--min-f1", "1.0"])
