"""Round fix84e: a deed asked with a verb + 了 (配了, 建了, 开展了) is a deed done, as with 过.

``probes_fix84e.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix84e``):
竹坪乡 names 执法记录仪, 法治文化广场 and 法治体检 only in its 下一步工作打算 (将…配备, 计划…建设,
邀请律师…开展), so it answers none of 「配了…」「建了…」「开展了…」 (pj1-pj3b), while 了解了
(pjn1) asks no deed and 提到了 (pjn2) asks a mention: both keep the plan part.

Asking 建成了 put two earlier probes under the plan test: a delivery date line the parser
took for a heading (q77w77 rv1, 「2024年01月18日」) is no later-year plan part, and an item
carrying on a thing that exists (b39w77 rv4n, 「推动网格化调解平台向各小区延伸」) tells it done.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.done_asked import asks_done, plan_only
from retrieval.report_parts import plan_heading
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fix84e_probes(tmp_path, monkeypatch, capsys):
    # main (419757dd): which 0.87; branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix84e"],
        DATA / "probes_fix84e.jsonl",
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("哪些地方配了执法记录仪", True),
        ("哪些乡镇建了法治广场", True),
        ("谁家开展了法治体检", True),
        ("哪些地方聘了法律顾问", True),
        ("哪些地方设了调解室", True),
        ("哪些乡镇建立了法律明白人队伍", True),
        ("法治文化广场建成了的有哪些乡镇", True),  # 了 after the verb's complement
        ("哪些地方的执法记录仪配齐了", True),
        ("哪些村建法治广场了", True),  # a sentence-final 了 after the object
        ("哪些地方配执法记录仪了吗", True),
        ("哪些地方了解了群众需求", False),  # 了解 is no aspect
        ("哪些地方组织了解群众诉求", False),
        ("哪些地方通过线上了解群众诉求", False),
        ("除了石花镇还有哪些地方", False),
        ("这个成绩了不起的有哪些乡镇", False),
        ("哪些报告提到了执法记录仪", False),  # a mention asked
        ("哪些地方提到执法记录仪了", False),
        ("哪些地方打算配执法记录仪", False),  # a plan asked
        ("哪些报告提到配备了执法记录仪", True),  # a mention of a deed done asks the deed
        ("哪些县的创建工作走到哪一步了？", False),  # the final 了 is 走到's, no deed asked
        ("哪些区把中心组学法的次数写出来了", False),  # a verb of saying
        ("哪些地方让干部考法律了", False),  # 干 of 干部 is no verb
    ],
)
def test_asks_done_le(question, done):
    assert asks_done(question) is done


def test_plan_only_read_as_for_guo():
    """「配了」 is judged as 「配过」: the plan item is no deed, a recap or a going-on item is."""
    info = ReportInfo("r", "s", "t", "竹坪乡", "", "乡镇", 2023, "h")
    plan = "三、下一步工作打算"
    assert plan_only("下一步，竹坪乡将争取县级支持，为综合行政执法队配备执法记录仪3台", plan, info)
    # carrying on a thing that exists (q77w77's review rv4n): 延伸, 升级 presuppose it
    assert not plan_only("四是将推动网格化调解平台向各小区延伸", plan, info)
    assert not plan_only("推动村级法治文化广场提档升级", plan, info)


def test_date_line_is_no_plan_heading():
    """A delivery date the parser took for a heading (q77w77 rv1) is no later-year plan part."""
    info = ReportInfo("r", "s", "t", "青石镇", "", "乡镇", 2023, "h")
    assert not plan_heading("2024年01月18日", info)
    assert not plan_heading("2024年1月8日", info)
    assert plan_heading("三、2024年工作打算", info)
    assert plan_heading("二、2024年重点工作", info)  # a later year's heading still plans
