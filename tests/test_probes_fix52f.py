"""Round fix52f: two follow-up slots read as the topic.

1. A follow-up that names its own thing inherits the unit and the report, never the last
   turn's topic — a measure named in Latin letters (「那份报告里GDP是多少」「它的GDP有多少」) is
   such a thing as much as 「财政收入」 (``followup_carry.NAMED``).
2. Order words picking reports, joined (「最早那份和最新那份里」「早几年那份跟最新的那份报告中」),
   are scope: written as one 「2015年和2023年的报告」, nothing of them is left in the topic once
   the years are taken out (``year_picks.picked``, ``across_years.read``).

All reports are made up, ingested for real into ``tmp_path`` and asked through the composition
root with real turns. On int52 b659376 the 4 paraphrases fail (「疫情…GDP」 searched as one topic,
「的那份和的那份…」 as the topic); the 2 must-nots hold on both; on fix52f all 6 pass.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import chat, ingested_texts

_WORK = (
    "各位代表：\n现在，我代表{unit}人民政府向大会作政府工作报告，请予审议。"
    "\n\n一、{year}年工作回顾\n\n（一）经济运行稳中有进。{economy}"
    "\n\n（二）疫情防控有力有效。{epidemic}"
    "\n\n（三）政府自身建设不断加强。主动接受人大和政协监督，办理人大代表建议和政协提案{cases}件。"
    "\n\n二、{plan}年工作安排\n\n（一）推动产业升级。加快建设物流园区，引进港航企业12家。\n"
)
_REPORTS = {
    "a.txt": _WORK.format(
        unit="临江区", year=2021, plan=2022, cases=188,
        economy="实现地区生产总值512.3亿元，增长6.2%；一般公共预算收入38.6亿元。",
        epidemic="严格落实常态化疫情防控措施，开展全员核酸检测12轮，疫苗接种率达92%。",
    ),
    "b.txt": _WORK.format(
        unit="云溪区", year=2021, plan=2022, cases=97,
        economy="农业产业化经营稳步推进，新建高标准农田3000亩。",
        epidemic="扎实做好疫情防控，建成隔离观察点4处。",
    ),
    "c.txt": _WORK.format(
        unit="石门区", year=2015, plan=2016, cases=215,
        economy="实现地区生产总值210.5亿元。", epidemic="",
    ),
    "d.txt": _WORK.format(
        unit="石门区", year=2018, plan=2019, cases=333,
        economy="实现地区生产总值280.1亿元。", epidemic="",
    ),
    "e.txt": _WORK.format(
        unit="石门区", year=2023, plan=2024, cases=460,
        economy="实现地区生产总值402.7亿元。", epidemic="",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fix52f")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


# ---- a measure named in Latin letters is the follow-up's own thing --------------------------
@pytest.mark.parametrize(
    "turns",
    [
        ("临江区的报告讲疫情讲得挺多的吧？", "那份报告里GDP是多少？"),
        ("临江区那份报告疫情防控写得多不多", "那它的GDP有多少？"),
    ],
)
def test_a_latin_measure_is_its_own_thing(service, turns):
    ans = chat(service, *turns)
    assert "疫情" not in ans.resolved_question, ans.resolved_question
    assert "512.3亿元" in ans.answer, (turns, ans.answer)


def test_the_unit_is_still_inherited(service):
    # must-not: 云溪区's report writes no GDP — the unit kept, no other unit's figure given
    ans = chat(service, "云溪区的报告讲疫情讲得挺多的吧？", "那份报告里GDP是多少？")
    assert "512.3" not in ans.answer and "亿元" not in ans.answer, ans.answer


# ---- joined order words naming reports are scope ----------------------------------------------
@pytest.mark.parametrize(
    "turns",
    [
        ("石门区的报告有哪几份？", "最早那份和最新那份里，人大代表建议和政协提案各办了多少件？"),
        ("石门区早几年那份跟最新的那份报告中，人大代表建议和政协提案各办理了多少件？",),
    ],
)
def test_joined_picks_are_scope(service, turns):
    ans = chat(service, *turns)
    assert "那份" not in ans.resolved_question, ans.resolved_question
    assert "215件" in ans.answer and "460件" in ans.answer, (turns, ans.answer)
    assert "333件" not in ans.answer, ans.answer


def test_one_pick_is_one_report(service):
    # must-not: one order word is one report, the others left out
    ans = chat(service, "石门区最新那份报告里，人大代表建议和政协提案办了多少件？")
    assert "460件" in ans.answer and "215件" not in ans.answer, ans.answer
