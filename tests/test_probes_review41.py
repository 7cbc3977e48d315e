"""Round review41: an untitled report names a peer's document or project it learns from; a
机构 a government hires is an outside one.

Four invented untitled county reports (``tests/data/probe_reports_review41``), ingested by the CLI:

- q1 (「县政府…」) names only 《武乡县…实施方案》, after 「借鉴」: a sister county's plan, no unit.
- q2 names only “襄垣县矛盾纠纷调解中心”, after 「学习…的经验」: a sister county's centre, no unit.
- q4 names its own plan 《沁县2023年…要点》 and, after 「参照」, a sister county's measures: 沁县.
- n5 (must not change) studies its own plan 「学习贯彻《沁县…方案》」: still 沁县.

Two invented county reports (``tests/data/probe_reports_review41_ans``), each with a law firm it
hires and a body it sets up: 「聘请了什么机构」「委托了哪家机构」 are answered by the firm, never
the 领导小组 (ans41 read every 机构 question as also asking set-up bodies); 「成立了什么机构」 still
is (must not change).

Three invented county reports (``tests/data/probe_reports_review41_sessions``) study 十九届四中、
五中全会, 二十届四中、五中全会 and 二十大: a question coordinating sessions with 和/与 (「二十届
四中和五中全会」) read the sessions loose (四中五中全会) and also listed the 十九届 report; a lone
session (「二十届五中全会」) is unchanged (must not change).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main

REPORTS = Path(__file__).parent / "data" / "probe_reports_review41"
HIRES = Path(__file__).parent / "data" / "probe_reports_review41_ans"
SESSIONS = Path(__file__).parent / "data" / "probe_reports_review41_sessions"


def test_review41_learned_from_is_a_peer(tmp_path, monkeypatch, capsys):
    # int39 (c10f75d): q1 武乡县, q2 襄垣县, q4 unread (3 of 4 rows wrong); branch: all right
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    got = {r["source"]: (r["unit"], r["level"]) for r in json.loads(capsys.readouterr().out)}
    assert got["q1.txt"][0] in ("", None)
    assert got["q2.txt"][0] in ("", None)
    assert got["q4.txt"] == ("沁县", "区县")
    assert got["n5.txt"] == ("沁县", "区县")


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("武乡县聘请了什么机构？", "晋韬律师事务所", "领导小组"),
        ("沁县聘请了什么机构？", "君度律师事务所", "委员会"),
        ("沁县委托了哪家机构担任法律顾问？", "君度律师事务所", "委员会"),
        ("武乡县成立了什么机构？", "领导小组", None),  # must not change: a set-up body
    ],
)
def test_review41_hired_body_is_outside(tmp_path, monkeypatch, capsys, question, said, unsaid):
    # int39 (c10f75d): 「聘请了什么机构」 also quotes the 领导小组 / 委员会办公室 sentence
    # (rows 1 and 2 fail); branch: all pass
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(HIRES)]) == 0
    capsys.readouterr()
    assert main(["ask", question, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)["answer"]
    assert said in answer
    assert unsaid is None or unsaid not in answer


@pytest.mark.parametrize(
    "question",
    [
        "哪些地方提到二十届四中和五中全会？",
        "哪几份报告学了二十届四中与五中全会精神？",
        "哪些报告提到了二十届五中全会？",  # must not change
    ],
)
def test_review41_listed_sessions_keep_congress(tmp_path, monkeypatch, capsys, question):
    # int39 (c10f75d): rows 1 and 2 also list 甲县 (十九届四中、五中全会); branch: 乙县 only
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(SESSIONS)]) == 0
    capsys.readouterr()
    assert main(["ask", question, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["answer"].split("未提及")[0]
    assert "乙县" in listed
    assert "甲县" not in listed and "丙县" not in listed
