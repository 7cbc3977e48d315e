"""Round ans42: titles, progress, leadership and aspects dealt out to units.

``probes_ans42.jsonl`` asks over three invented reports of 青溪县
(``tests/data/probe_reports_ans42``). Each rule states a general fact:

- 「得了什么称号」: an honour's conferrer stands between 被 and the verb (被市委依法治市办评为)
  and a naming is received as a noun (获得“X”命名): the bare verbs spell the title
  (``retrieval.category_heads``; t1a t1b; must-not t1n: a unit with no title is not found).
- 「示范创建走到哪一步了」: a progress frame asks the stage reached and is no topic; a 创建 is
  spelled by its stages (申报, 候选, 命名…) (``retrieval.progress_asks``; g1a g1b; must-not
  g1n: 风险评估 is no stage of a designation).
- 「也放进来一起说」「算进去一块儿讲」: units added to the last comparison
  (``answering.followup_added``; f1a f1b).
- 「组织领导」: the reports' heading for the bodies set up (领导小组, 协调小组), never 党的领导
  (``register.txt``; o1a o1b; must-not o1n: 组织村干部学法 is no leadership set up).
- 「一个讲组织领导一个讲决策」: aspects dealt out to the units in the order written
  (``retrieval.distributed_asks``); 落实上级决策部署 is no decision-making of the unit
  (``retrieval.stock_phrases``); a claim is quoted before its example 「如在…」 (d1a d1b).
  Decided: two aspects over three units is asked back, never guessed (d1n).

main (86f2004): facts 0.00, compare 0.25, none 0.50 (t1a t1b g1a g1b f1a f1b o1a o1b o1n d1a
d1b d1n missed); branch 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.distributed_asks import DealtUneven, dealt_clauses
from retrieval.progress_asks import asks_progress
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_ans42.jsonl"


def test_ans42_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_ans42"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    # the one refusal is the uneven deal, asked back
    assert [q["id"] for q in result["questions"] if q["error"]] == ["d1n"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("示范创建走到哪一步了", True),
        ("创建工作进展如何", True),
        ("推进到什么程度了", True),
        ("到了哪个阶段", True),
        ("走访了哪些村", False),  # 走 without 到 + a stage
        ("进一步推进依法行政", False),
    ],
)
def test_progress_frames(question, asked):
    assert asks_progress(question) is asked


def test_aspects_are_dealt_in_the_order_written():
    q = "2024年乙镇和甲镇，一个讲普法一个讲调解，各自怎么做的？"
    assert dealt_clauses(q, ("甲镇", "乙镇")) == (
        ("乙镇", "2024年乙镇在普法上怎么做的？"),
        ("甲镇", "2024年甲镇在调解上怎么做的？"),
    )


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("甲镇和乙镇各自怎么普法的", ("甲镇", "乙镇")),  # nothing dealt
        ("一个讲普法一个讲调解，甲镇和乙镇怎么做的", ("甲镇", "乙镇")),  # units after
        ("甲镇和乙镇都只有一个司法所吗", ("甲镇", "乙镇")),  # one 一个 is no deal
        # each share asks its own of the one topic before them: no aspect dealt
        ("甲镇和乙镇的领导小组，一个开了几次会、一个谁当组长？", ("甲镇", "乙镇")),
    ],
)
def test_no_deal(question, units):
    assert dealt_clauses(question, units) == ()


def test_an_uneven_deal_is_reported_not_guessed():
    q = "甲镇、乙镇和丙乡，一个讲普法一个讲调解，各自怎么做的？"
    assert dealt_clauses(q, ("甲镇", "乙镇", "丙乡")) == DealtUneven(2, 3)
