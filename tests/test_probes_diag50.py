"""Round diag50: targets weighed side by side are the plans' set figures.

A 政府工作报告 reviews last year (「一、2018年工作回顾」: 「地区生产总值增长7.4%」, and prose like
「完成各项目标任务」) and sets this year's figures in its plan part, often as a range or a bound
(「主要预期指标是：地区生产总值增长6.5%～7%」「增长8%左右」). A comparison of two places'
目标 (「比较一下」「哪个高」) asks those set figures as 「多少」 does: 目标 says which figure is
wanted (the plan's), not a topic word to find — the plan writes 指标 or a bare list — and the
ranked passages beside the judged ones must not bring the review's actual back as a cell.

2. 全国 asked of the 国务院's report (「国务院报告里全国粮食产量多少」) is that report's own extent:
   it writes 「国内生产总值…」「粮食产量…」 without 全国, which it uses elsewhere (全国人大).
   全国 asked of districts (全国文明城区) stays a level of its own.

Made-up reports, ingested for real into ``tmp_path`` and asked through the composition root.
int48 c590b65: 3 of the 5 tests fail (the review's 「目标任务」 prose or actual is the compared
cell; the 全国 paraphrases quote a 全国人大 sentence); the 2 must-nots (an actual compared; a
全国 honour of districts) hold on both; on diag50 all 5 pass.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_WORK = (
    "各位代表：\n现在，我代表{unit}人民政府向大会作政府工作报告，请予审议。"
    "\n\n一、{year}年工作回顾\n\n（一）经济运行稳中有进。{year}年，全区实现地区生产总值"
    "{gdp}亿元，增长{done}。我们较好地完成了区人大各项目标任务，实现良好开局。"
    "\n\n（二）民生保障持续加强。新增学位{seats}个。\n\n二、{plan}年工作思路和重点\n\n"
    "{plan}年经济社会发展的主要预期指标是：实现地区生产总值增长{target}，社会消费品零售总额"
    "增长7%，一般公共预算收入增长6%。\n\n（一）推动产业升级。加快建设产业园区。\n"
)
_REPORTS = {
    "a.txt": _WORK.format(
        unit="青山区", year=2018, plan=2019, gdp=812, done="7.4%", seats=3000, target="6.5%～7%"
    ),
    "b.txt": _WORK.format(
        unit="白沙区", year=2018, plan=2019, gdp=420, done="9.1%", seats=1800, target="8%左右"
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diag50")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


def test_targets_compared_are_the_plans_figures(service):
    for q in (
        "青山和白沙定的GDP增速目标比较一下",
        "青山区的地区生产总值增长目标和白沙区的比，哪个高？",
    ):
        ans = service.ask(q)
        assert "6.5%～7%" in ans.answer and "8%左右" in ans.answer, (q, ans.answer)
        assert "7.4%" not in ans.answer and "9.1%" not in ans.answer, (q, ans.answer)


def test_target_prose_is_no_cell(service):
    # 「完成各项目标任务」 names 目标 but sets no figure: never the cell of a target compared
    ans = service.ask("对比一下青山区和白沙区的GDP增长目标")
    assert "目标任务" not in ans.answer, ans.answer
    assert "6.5%～7%" in ans.answer and "8%左右" in ans.answer, ans.answer


def test_actuals_compared_stay_the_reviews(service):
    # must-not: a figure reached (实现了, no 目标 nor 定) compared is the review's actual
    ans = service.ask("青山和白沙2018年地区生产总值分别实现了多少亿元")
    assert "812亿元" in ans.answer and "420亿元" in ans.answer, ans.answer


# 2. 全国 of the national report is its own extent (``answering.own_extent``)
_NATIONAL = (
    "政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n国务院总理\n\n各位代表：\n"
    "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n"
    "一、2020年工作回顾\n\n过去一年，经济运行逐步恢复常态。国内生产总值达到101.6万亿元，增长2.3%。"
    "城镇新增就业1186万人，粮食产量6695亿斤。提请全国人大常委会审议法律议案10件，办理全国人大代表"
    "建议8510件、全国政协委员提案5293件。全国各族人民团结奋斗，完成全年主要目标任务。"
    "\n\n二、2021年主要任务\n\n今年发展主要预期目标是："
    "国内生产总值增长6%以上；城镇新增就业1100万人以上。\n"
)
_DISTRICT = (
    "各位代表：\n现在，我代表青山区人民政府向大会作政府工作报告，请予审议。\n\n一、2020年工作回顾"
    "\n\n全区实现地区生产总值812亿元。成功创建省级文明城区，新增就业岗位2.1万个。\n\n"
    "二、2021年工作安排\n\n加快建设产业园区。\n"
)


@pytest.fixture(scope="module")
def nation(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diag50_nation")
    with pytest.MonkeyPatch.context() as mp:
        reports = {"n.txt": _NATIONAL, "d.txt": _DISTRICT}
        yield build(Settings(data_dir=ingested_texts(tmp, mp, reports))).service


def test_whole_country_is_the_national_reports_own_extent(nation):
    for q, want in (
        ("国务院报告里2020年全国粮食产量是多少？", "6695亿斤"),
        ("国务院那份报告说全国城镇新增就业多少人", "1186万人"),
    ):
        ans = nation.ask(q)
        assert want in ans.answer, (q, ans.answer)


def test_national_honour_stays_national(nation):
    # must-not: 全国 of a name (全国文明城区) asked of districts is another level, never dropped
    ans = nation.ask("哪些区的报告提到创建全国文明城区？")
    assert "青山区" not in ans.townships, ans.answer
