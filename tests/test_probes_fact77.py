"""Round fact77: a run-in heading's body broken by a page footer, and undated plan items.

``probes_fact77.jsonl`` asks over two invented reports (``tests/data/probe_reports_fact77``):

- 「（四）化解矛盾纠纷。…全年排查化解各类矛盾纠」 + page footer + 「纷64件…」: a numbered heading run
  in with its body is a paragraph, joined over the footer (jn1 jn1b jn1c); the next numbered item
  stays its own (jn1n).
- 「一是计划新增执法记录仪8台」 is a target, no count of what the unit has (pf1 pf1b); the review's
  count answers (pf1n) and a question naming the plan keeps it (pf1p).
- 「二是计划建成“智慧普法”平台」 supports no 建成了 (pc1 pc1b); 「三是将继续开展企业“法律体检”」
  carries on a practice and still answers (pc1n).
- a hotline's 工单 is a 诉求 logged (「转办群众诉求1320件」, wo1 wo1b; 柳塘街道 names neither, wo1n);
  法律体检 and 法治体检 are one service (hc1 hc1b); 柳塘街道's 健康体检 is none (hc1n).

Review (rev77-fact77) added two reports (p4 松岭镇, p5 竹溪街道) and must-nots for misfires found:
a 信访诉求 is no hotline 工单 and a 法律援助咨询热线 logs none (rv1, rv1b, rv1c; p6 桃川镇), 「将建立健全X」 perfects X the unit has (rv2), 「现有…6台，
将新增4台」 tells the count held (rv3), and a question saying 争取/力争 asks the plan (rv4, rv4b).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import _joins_next, _Paragraph, _runs_in, clean_text
from reportqa.types import ReportInfo
from retrieval.dated_plans import asks_plan_words
from retrieval.plan_items import plan_creation, plan_figure
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fact77.jsonl"


def test_fact77_probes(tmp_path, monkeypatch, capsys):
    # meta77 (769124c0): which 1.00, facts 0.57, compare 0.50, none 0.17; branch all 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fact77"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("line", "nxt", "runs"),
    [
        ("（二）强化执法。全年开展联合执法检查25次，查处违规行", "为11起。", True),
        # a digit may open the next item whose 「、」 was lost (「2深化普法」): left apart, even
        # though a break before a count (「…行为\n11起」) is then left apart too
        ("（二）强化执法。全年开展联合执法检查25次，查处违规行为", "2深化普法。", False),
        ("（二）强化执法。全年开展联合执法检查25次，查处违规行为", "11起。", False),
        ("（二）强化执法工作", "全年开展联合执法检查25次。", False),  # a heading alone
        ("（二）强化执法。", "全年开展联合执法检查25次。", False),  # nothing after the stop
    ],
)
def test_runs_in(line, nxt, runs):
    assert _runs_in(line, nxt) is runs


def test_run_in_paragraph_joins_over_a_footer():
    raw = "（三）化解纠纷。依托镇村两级人民调解组织开展入户走访，排查化解矛盾纠\n— 3 —\n纷41件。\n（四）学法。集中学法5次。"
    assert clean_text(raw).split("\n") == [
        "（三）化解纠纷。依托镇村两级人民调解组织开展入户走访，排查化解矛盾纠纷41件。",
        "（四）学法。集中学法5次。",
    ]
    heading = _Paragraph(["二、主要举措和成效以及存在的问题和下一步打算情况说明"], 30)
    assert not _joins_next(heading, "全年开展活动12场。")


_INFO = ReportInfo("r", "r.txt", "t", "石溪乡", "云溪县", "town", 2023, "h")
_PLAN = "三、下一步工作打算"
_REVIEW = "一、工作开展情况"


@pytest.mark.parametrize(
    ("sentence", "section", "target"),
    [
        ("一是计划新增执法记录仪8台，实现执法全过程记录；", _PLAN, True),
        ("二是力争培育法律明白人50名。", _PLAN, True),
        ("一是计划新增执法记录仪8台，目前已配备12台。", _PLAN, False),  # progress told
        ("配备执法记录仪12台。", _REVIEW, False),  # the review
        ("一是加强执法记录仪使用管理。", _PLAN, False),  # no will word
        ("三是执法队现有执法记录仪6台，将新增执法记录仪4台；", _PLAN, False),  # count held told
    ],
)
def test_plan_figure(sentence, section, target):
    assert plan_figure(sentence, section, _INFO) is target


@pytest.mark.parametrize(
    ("sentence", "section", "groups", "created"),
    [
        ("二是计划建成“智慧普法”平台，推动融合；", _PLAN, [("智慧普法",)], True),
        ("一是拟设立乡公共法律服务站。", _PLAN, (), True),
        ("三是将继续开展企业“法律体检”。", _PLAN, [("法律体检",)], False),  # carried on
        ("二是将进一步建立健全调解机制。", _PLAN, (), False),
        # 建立健全 / 建立完善 perfect what the unit has (review fact77)
        ("一是将建立健全村级法律顾问制度，发挥村法律顾问作用；", _PLAN, [("法律顾问",)], False),
        ("一是将建立完善社区法律顾问工作机制；", _PLAN, [("法律顾问",)], False),
        ("一是将建立村级法律顾问制度；", _PLAN, [("法律顾问",)], True),
        ("二是计划建成法治广场，推动智慧普法。", _PLAN, [("智慧普法",)], False),  # other clause
        ("计划建成“智慧普法”平台。", _REVIEW, [("智慧普法",)], False),  # not the plan part
    ],
)
def test_plan_creation(sentence, section, groups, created):
    assert plan_creation(sentence, section, _INFO, groups) is created


@pytest.mark.parametrize(
    ("question", "plan"),
    [
        ("竹溪街道争取上级普法经费多少", True),
        ("松岭镇力争调解成功率达到多少", True),
        ("松岭镇预计新增几台执法记录仪", True),
        ("竹溪街道争取了多少上级资金", False),  # 争取了: funds obtained, a deed
        ("竹溪街道争取到多少上级资金", False),
        ("竹溪街道有多少台执法记录仪", False),
    ],
)
def test_target_words_name_the_plan(question, plan):
    """A question saying 力争/争取/预计 asks the plan's figure (review fact77)."""
    assert asks_plan_words(question) is plan
