"""Round which43: three ways a which-question lost reports that wrote its topic.

Made-up reports (written here into ``tmp_path``): 青溪县 leads its towns' 镇街综合行政执法改革 and
lists 「减税减费减租政策措施18条」; 白石镇 carries out the reform and trains its 村干部; 红叶乡
writes 为基层减负, 减税降费 as asked and 调解矛盾纠纷. Each rule has two paraphrases and one must-not:

- ``retrieval.reformed_levels``: 镇街/乡镇 joined to a reform head names what the reform reshapes,
  not whose reports (must not: 「哪些乡镇推进了…改革」 keeps the township scope);
- ``retrieval.reducing_verbs``: 减 and 降 are one verb of cutting (减税降费 ~ 减税减费; must not:
  减负 never reads 减费 — the object morpheme stays);
- ``answering.place_guess``: a bare 讲/说/谈 before the topic opens it, never an unknown place
  (must not: 「浦口的报告有哪几份」 is still a place the library lacks).
"""

from __future__ import annotations

import json

from tests.probe_kit import ingest_and_eval

REPORTS = {
    "qingxi.txt": (
        "青溪县2023年法治政府建设年度报告\n"
        "2023年，青溪县深入推进依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）县政府常务会议专题研究镇街综合行政执法改革，明确下放执法事项清单。\n"
        "（二）优化营商环境，出台减税减费减租政策措施18条，惠及市场主体3200户。\n"
        "二、存在的不足\n行政执法人员专业能力有待提升。\n"
    ),
    "baishi.txt": (
        "白石镇2023年法治政府建设工作情况报告\n"
        "2023年，白石镇坚持依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）承接综合行政执法改革下放事项，组建镇综合行政执法队伍。\n"
        "（二）举办村干部法治能力培训班2期，参训80人次。\n"
        "二、存在的不足\n普法形式较为单一。\n"
    ),
    "hongye.txt": (
        "红叶乡2023年法治政府建设工作情况报告\n"
        "2023年，红叶乡扎实推进法治建设，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）精简会议文件，切实为基层减负，落实组合式减税降费政策。\n"
        "（二）全年调解矛盾纠纷15件，调解成功率100%。\n"
        "二、存在的不足\n法治队伍力量薄弱。\n"
    ),
}

PROBES = [
    # reformed_levels — int42m: only 白石镇 (the township scope dropped 青溪县), F1 0.67
    ("w43_1a", "镇街综合行政执法改革有哪些报告写到？", ["青溪县", "白石镇"]),
    ("w43_1b", "哪些报告写了乡镇综合行政执法改革", ["青溪县", "白石镇"]),
    ("w43_1c", "哪些乡镇推进了综合行政执法改革？", ["白石镇"]),  # must not: scope stays
    # reducing_verbs — int42m: only 红叶乡, who writes 减税降费 as asked (F1 0.67)
    ("w43_2a", "减税降费方面，哪些报告写到了", ["青溪县", "红叶乡"]),
    ("w43_2b", "哪几份报告提到降费？", ["青溪县", "红叶乡"]),
    ("w43_2c", "哪些报告写了减负？", ["红叶乡"]),  # must not: 减负 is no 减费
    # place_guess — int42m: 「库中没有讲村干部法治培训的报告」 (0.0)
    ("w43_3a", "讲村干部法治培训的报告有哪些？", ["白石镇"]),
    ("w43_3b", "说矛盾纠纷调解的报告有哪些", ["红叶乡"]),
]


def test_which43_probes(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = [
        {"id": i, "question": q, "kind": "which", "townships": units, "optional": []}
        for i, q, units in PROBES
    ]
    # must not: an unknown place before 的 is still a place, refused
    rows.append({"id": "w43_3c", "question": "浦口的报告有哪几份？", "kind": "none"})
    probes = tmp_path / "probes.jsonl"
    probes.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    floors = ["--min-f1", "1.0", "--min-none", "1.0"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [folder], probes, floors)
