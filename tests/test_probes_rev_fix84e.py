"""Review of fix84e: a verb + 了 asks a deed done, but not every 了 after a verb of doing does.

A question asking a lag (「哪些乡镇的法治阵地建设滞后了」) asks the admission, which a plan part
may make (「针对…建设滞后的问题，计划…」); a sentence-final 了 after a question of state or amount
(「建设怎么样了」「开展多少了」) or a change of degree (「开会多了」) asks no deed; a bare 用了 is as
often a report's wording. 讲座, 提升 are objects, not later verbs of saying. And a plan part
that tells the thing there with 已 before the asked verb (「用好已配备的执法记录仪」) answers it.
``probes_rev_fix84e.jsonl`` over ``probe_reports_rev_fix84e``: 白沙乡 only plans its lectures and
names the lag in its plan part; 红岭镇 names its recorders only as 已配备 in its plan part.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.done_asked import asks_done, plan_only
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix84e_probes(tmp_path, monkeypatch, capsys):
    # main: which 0.92 (rv3 keeps the plan-only 白沙乡); fix84e 0.67 (rv4, rv5 drop theirs); here 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix84e"],
        DATA / "probes_rev_fix84e.jsonl",
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("哪些乡镇的法治阵地建设滞后了", False),  # a lag asked
        ("哪些乡镇配备执法记录仪不足了", False),
        ("法治广场建设怎么样了", False),  # a state asked
        ("执法记录仪配备得怎么样了", False),
        ("法治宣传开展多少了", False),  # an amount asked
        ("哪些乡镇开展法治宣传有几年了", False),
        ("哪些乡镇开会多了", False),  # a change of degree
        ("哪些地方开展法治宣传少了", False),
        ("哪些报告用了“法治副校长”这个说法", False),  # a report's wording
        ("哪些乡镇决定建法治广场了", False),  # the intent's 了: a plan asked
        ("哪些乡镇承诺配执法记录仪了", False),
        ("哪些乡镇想建法治广场了", False),
        ("哪些乡镇开展法治讲座了", True),  # 讲座 is the object
        ("哪些乡镇开展提升行动了", True),
        ("哪些乡镇开展青少年普法了", True),  # 少 of 青少年
        ("哪些乡镇使用了执法记录仪", True),
        ("哪些乡镇用过法律顾问", True),
    ],
)
def test_le_asks_no_deed(question, done):
    assert asks_done(question) is done


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("用好已配备的执法记录仪，规范执法行为。", False),  # 已 before the asked verb
        ("全镇已聘请法律顾问12名，下一步将提升服务质量。", False),
        ("为执法队配备执法记录仪。", True),
        ("尚未配备执法记录仪的村，将于明年配齐。", True),
    ],
)
def test_already_in_plan_part(text, only):
    info = ReportInfo("r", "s", "t", "红岭镇", "", "乡镇", 2023, "h")
    assert plan_only(text, "三、下一步工作打算", info) is only
