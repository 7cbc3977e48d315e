"""Round fmt43: a format word between a topic's subject and its head (专题, 专项, 集中, 系列,
主题) says how the lecture or training was held, not what it was about (``retrieval.format_words``).

Made-up reports (written here into ``tmp_path``): 松林镇 names 习近平法治思想 and then 「组织专题
讲座3次」; 柳河街道 writes 「民法典专题培训、讲座」 (one subject over a list of heads); 白沙镇
holds a 「法治建设工作专项培训」; the must-nots put another subject right before the format word
in a sentence that names the asked subject too: 青山镇 「安全生产专题讲座」, 石门乡 「安全生产
专题培训、讲座」 beside 民法典宣传月, 桃园乡 「农业技术专项培训」 beside 法治乡村建设.
Each fact has two paraphrases and one must-not:

- the subject written earlier in the sentence is the kind of a bare format + head (must not:
  青山镇's 安全生产专题讲座 is no 法治讲座);
- 「X专题培训、讲座」 gives X to each head of the list (must not: 石门乡's 安全生产 讲座 is no
  民法典讲座, though the sentence names 民法典);
- in the question, 「法治专题培训」 is a 法治培训 held as 专题: the format heads nothing, the
  subject is the training's kind, and a 专项培训 on it answers (must not: 桃园乡's
  农业技术专项培训, though the sentence names 法治).
"""

from __future__ import annotations

import json

from tests.probe_kit import ingest_and_eval


def _report(unit: str, deed: str) -> str:
    return (
        f"{unit}2023年法治政府建设工作情况报告\n"
        f"2023年，{unit}坚持依法行政，现将有关情况报告如下。\n"
        f"一、主要举措\n（一）{deed}\n"
        "（二）全年办理行政复议案件3件。\n"
        "二、存在的不足\n基层法治力量较为薄弱。\n"
    )


REPORTS = {
    "songlin.txt": _report(
        "松林镇", "将习近平法治思想纳入党委理论学习中心组学习内容，全年组织专题讲座3次。"
    ),
    "liuhe.txt": _report("柳河街道", "举办领导干部民法典专题培训、讲座，参训120人次。"),
    "baisha.txt": _report(
        "白沙镇", "开展贯彻习近平法治思想、推进行政执法等法治建设工作专项培训4场。"
    ),
    "qingshan.txt": _report(
        "青山镇", "学习贯彻习近平法治思想，组织安全生产专题讲座2次，排查隐患30处。"
    ),
    "shimen.txt": _report("石门乡", "结合民法典宣传月，举办安全生产专题培训、讲座，参训90人次。"),
    "taoyuan.txt": _report("桃园乡", "为推进法治乡村建设，开展农业技术专项培训5期。"),
}

PROBES = [
    # the subject earlier in the sentence — int42m: 专题 read as another kind, 松林镇 lost
    ("f43_1a", "哪些单位办过法治讲座？", ["松林镇"], []),
    ("f43_1b", "有哪些报告写到组织法治讲座", ["松林镇"], []),
    # one subject over a list of heads — int42m: the bare 讲座 after 、 read with no subject,
    # so 石门乡's 安全生产 lecture beside a 民法典宣传月 counted
    ("f43_2a", "哪些报告写了民法典讲座？", ["柳河街道"], []),
    ("f43_2b", "办过民法典讲座的有哪些单位", ["柳河街道"], []),
    # the question's own format word heads nothing — int42m: 专题 read as a thing of 法治 and
    # 培训 read with any subject, so 桃园乡's 农业技术专项培训 counted
    ("f43_3a", "哪些报告提到开展法治专题培训？", ["白沙镇"], ["柳河街道"]),
    ("f43_3b", "哪些单位办过法治专题培训", ["白沙镇"], ["柳河街道"]),
    # (柳河街道's 民法典专题培训 may count: a training on a law is a 法治 training)
]


def test_fmt43_probes(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = [
        {"id": i, "question": q, "kind": "which", "townships": units, "optional": maybe}
        for i, q, units, maybe in PROBES
    ]
    probes = tmp_path / "probes.jsonl"
    probes.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    # F1 1.0: every paraphrase finds its unit and no must-not unit (青山镇, 石门乡, 桃园乡)
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [folder], probes, ["--min-f1", "1.0"])
