"""Round ans44: a zone report that never names its place, and a name followed by 先后.

- A development zone's own site strips the city from its pages (「经济技术开发区管理委员会关于…
  报告」「经开区坚持…」). The bare kind names dozens of zones, so the unit is unread (level 区县
  still), never 「经济技术开发区」 as if it were one unit; a zone named whole keeps its name.
- Reports put an official's name right after the post and go on with 先后 (「县委书记石瑞发先后
  多次作出批示」): 先 ends the name, and a name with 先 inside (张先锋) is still read whole.

All reports are made up here, ingested for real into ``tmp_path`` and asked through the CLI's
composition root. int42m (db76961): the zone probes read 「经济技术开发区」「高新技术产业开发区」 as
units and both 先后 probes answered 没有写明其名称; on ans44 all pass.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import asked, ingested_texts

_BODY = "。\n\n一、主要举措\n\n(一)依法履职。全年办理行政复议案件3件,组织学法活动12次,推动法治政府建设。\n"
_REPORTS = {
    # paraphrase 1: the long kind alone in the title, the short kind as the opening's subject
    "z1.txt": "经济技术开发区管理委员会关于2023年法治政府建设情况报告\n\n"
    "2023年,经开区坚持以习近平法治思想为指引,现将有关情况报告如下" + _BODY,
    # paraphrase 2: another kind, named by its 党工委
    "z2.txt": "高新技术产业开发区党工委关于2022年度法治政府建设工作的报告\n\n"
    "2022年,高新区深入推进依法行政,现将有关情况报告如下" + _BODY,
    # must-not: a zone named whole is its own unit
    "z3.txt": "青川经济技术开发区管理委员会关于2023年法治政府建设情况报告\n\n"
    "2023年,青川经济技术开发区坚持依法行政,现将有关情况报告如下" + _BODY,
    # 先后 after a name (two paraphrases) and a name with 先 inside (must-not cut)
    "p1.txt": "澄岭县2023年法治政府建设情况报告\n\n2023年,澄岭县坚持依法行政。县委书记石瑞发先后"
    "多次作出批示,现将有关情况报告如下" + _BODY,
    "p2.txt": "白鹭镇2023年法治政府建设情况报告\n\n2023年,白鹭镇坚持依法行政。镇党委书记韩明远先后"
    "三次主持专题会议,现将有关情况报告如下" + _BODY,
    "p3.txt": "柳溪乡2023年法治政府建设情况报告\n\n2023年,柳溪乡坚持依法行政。乡长张先锋主持召开"
    "专题会议,现将有关情况报告如下" + _BODY,
}
_QUESTIONS = {
    "p1": ("澄岭县的县委书记叫什么？", "石瑞发"),
    "p2": ("白鹭镇党委书记是谁", "韩明远"),
    "p3": ("柳溪乡的乡长叫什么名字", "张先锋"),
}


def _library(tmp_path: Path, monkeypatch) -> Path:
    return ingested_texts(tmp_path, monkeypatch, _REPORTS)


def test_ans44_probes(tmp_path, monkeypatch):
    data = _library(tmp_path, monkeypatch)
    probes = tmp_path / "q.jsonl"
    lines = ['{"id": "list", "question": "有哪些单位的报告？"}']
    lines += [f'{{"id": "{k}", "question": "{q}"}}' for k, (q, _) in _QUESTIONS.items()]
    probes.write_text("\n".join(lines), encoding="utf-8")
    answers = {item["id"]: ans for item, ans in asked(data, probes)}
    listed = answers["list"].answer
    assert "青川经济技术开发区" in listed  # must-not: a whole name stays
    assert "**经济技术开发区**" not in listed and "**高新技术产业开发区**" not in listed, listed
    assert listed.count("未识别单位") == 2, listed
    for key, (_, name) in _QUESTIONS.items():
        assert name in answers[key].answer, (key, answers[key].answer)
        assert "没有写明" not in answers[key].answer, (key, answers[key].answer)
