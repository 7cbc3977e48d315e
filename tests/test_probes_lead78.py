"""Round lead78: a how-many of a thing the unit is to build reads the plan's figure.

``probes_lead78.jsonl`` asks over an invented work report (``tests/data/probe_reports_lead78``)
whose plan part says 「兴建1座可容纳3000个座位的全民健身体育馆，力争年内投入使用」: the later
力争 clause makes the sentence a plan item whose figures are targets (``plan_items.plan_figure``),
so a done-question drops it; 「要建的」「将兴建的」「将修建的」 ask the will (``wills_deed``), so
the target answers (wl1 wl1b wl1c). 「去年新增了多少张养老床位」 asks a deed done: the review's
260张, never a plan figure (wl1n).

A count bound (「超过300件的」) is tested on every sentence of a report on the topic: 石湾镇's
best-ranked sentences on 调解 are of its committees and rooms, its 「矛盾纠纷318件」 stands in a
later section (cb1 cb1b); 桃坑乡's 86件 never meets a bound of 100 (cb1n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.plan_intent import wills_deed
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_lead78_probes(tmp_path, monkeypatch, capsys):
    # main (a42390ef): which 0.00, facts 0.25 (only the must-not); branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_lead78"],
        DATA / "probes_lead78.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    "question",
    [
        "坪山新区要建的那个区级养老院有多少张床？",
        "将兴建的体育馆有几个座位",
        "要盖的卫生院多大",
        "將修建的公園在哪",
    ],
)
def test_a_verb_of_building_willed(question):
    assert wills_deed(question)


@pytest.mark.parametrize(
    "question",
    [
        "哪些单位建了养老院",
        "需要建立的制度有哪些",
        "主要建设了哪些项目",
        "他们要建议什么",
        "已建成多少个站点",
    ],
)
def test_no_will_of_building(question):
    assert not wills_deed(question)
