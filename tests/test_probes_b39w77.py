"""Round b39w77: a deed question is not answered by the plan part's will items, an admitted
slow pace, or a quoted plan document read as a plan asked.

``probes_b39w77.jsonl`` asks over three invented reports (``tests/data/probe_reports_b39w77``):

- an item of 下一步 opening on 拟/准备/计划/将 + a new deed (拟…设立, 准备引入) supports no deed
  question (wi1 wi1b wi1c wi2); a bare 「提到X」 keeps it (wi1n); 将继续 carries on a thing that
  exists (wi3n) and 将X纳入管护 moves one (wi5n).
- 「提到设立了X」 asks the deed told done, not the mention (wi1c).
- a quoted name before 规划 (「“十四五”法治宣传教育规划」) is the document, no plan asked (wi4 wi4b).
- 「法律援助站（工作站）」 is the full name 法律援助工作站, which ``compound_heads`` reads in either
  length (fb1 fb1b fb1c); 青石镇's 法律援助宣传 is no station.
- 「进展缓慢，仍未建成投用」 is an admitted lag (lg1 lg1b); asking the lag keeps it (lg1n).
- review must-nots: a question asking the will itself (将/要 + a deed) keeps the plan items
  (rv1n rv1t rv2n); 「“十四五”期间计划」 is no document's name (rv3n); a plan extending a thing
  (将推动X向…延伸) tells it is there (rv4n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.bracket_roles import read_brackets
from retrieval.dated_plans import asks_mention, asks_plan_words
from retrieval.plan_intent import wills_deed
from retrieval.plan_items import opens_will
from retrieval.shortfalls import in_shortfall
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_b39w77.jsonl"
PLAN = "三、下一步工作打算"
REVIEW = "一、主要做法"


def test_b39w77_probes(tmp_path, monkeypatch, capsys):
    # meta77 (769124c0): which 0.72; branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_b39w77"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _info(year: int = 2022) -> ReportInfo:
    return ReportInfo(
        report_id="r",
        source="s",
        title="t",
        township="某镇",
        county="某县",
        level="乡镇",
        year=year,
        content_hash="h",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "（一）拟在镇便民服务中心设立矛盾纠纷多元化解中心。",
        "一是计划新增执法记录仪6台，提升执法全过程记录水平；",
        "二是将启动“八五”普法规划编制；",
        "三是准备引入智慧调解平台。",
        "2.将对辖区企业开展“法治体检”，防范经营风险。",
    ],
)
def test_will_items_plan(sentence):
    assert opens_will(sentence, PLAN, _info())


@pytest.mark.parametrize(
    "sentence, section",
    [
        ("（二）将继续开展“送法下乡”活动，每季度不少于2场。", PLAN),
        ("四是将持续深化“八五”普法。", PLAN),
        ("一是将村级法治宣传栏纳入网格化日常管护；", PLAN),
        ("三是进一步规范执法程序。", PLAN),
        ("（一）计划开展法治讲座12场，实际完成15场。", REVIEW),
        ("四是将推动网格化调解平台向各小区延伸。", PLAN),
        ("二是计划申请资金补充执法记录仪。", PLAN),
    ],
)
def test_will_items_no_plan(sentence, section):
    assert not opens_will(sentence, section, _info())


def test_mention_of_a_deed_asks_the_deed():
    assert asks_mention("哪些报告提到矛盾纠纷多元化解中心")
    assert asks_mention("哪些报告提到了执法记录仪")
    assert not asks_mention("哪些报告提到配备了执法记录仪")
    assert not asks_mention("哪些报告提到设立了矛盾纠纷多元化解中心")


def test_quoted_plan_document_asks_no_plan():
    assert not asks_plan_words("哪些单位落实了“八五”普法规划")
    assert not asks_plan_words("哪些单位落实了“十四五”法治宣传教育规划")
    assert asks_plan_words("哪些单位有普法计划")
    assert asks_plan_words("下一步计划建设什么")


def test_wills_deed():
    assert wills_deed("哪些单位将采购执法记录仪")
    assert wills_deed("哪些單位將設立調解中心")
    assert wills_deed("某街道要新增几台执法记录仪")
    assert wills_deed("哪些地方将对企业开展法治体检")
    assert not wills_deed("哪些单位将法治建设纳入了考核")
    assert not wills_deed("哪些单位主要开展了普法活动")
    assert not wills_deed("哪些单位设立了调解中心")
    assert not wills_deed("重要开展的工作有哪些")
    # the will asked, the plan items answer it
    assert asks_plan_words("哪些地方将启动“八五”普法规划编制")


def test_quoted_name_then_a_plan_asked():
    assert asks_plan_words("哪些单位在“八五”期间计划编制普法规划")
    assert asks_plan_words("哪些报告对“法治体检”有计划")
    assert asks_plan_words("哪些单位对“八五”普法做了规划")


def test_slow_pace_is_a_lag():
    said = "三是民主法治示范村（社区）创建工作推进较慢，仍未实现零的突破。"
    assert in_shortfall(said, ("民主法治示范村",))
    assert in_shortfall("一是长廊建设进展缓慢，仍未建成投用；", ("长廊",))
    assert not in_shortfall("示范村创建推进有力，新增2个。", ("示范村",))


def test_bracket_full_head():
    assert (
        read_brackets("已经建成公共法律服务站（工作站）的有哪些")
        == "已经建成公共法律服务工作站的有哪些"
    )
    assert read_brackets("哪些区办了帆船赛（比赛）") == "哪些区办了帆船比赛"
    # no full head in the bracket: left to the other readers
    assert "工作站" not in read_brackets("哪些镇有调解室（工作室）")
    assert read_brackets("执法人员（协管员）培训") != "执法协管员培训"
