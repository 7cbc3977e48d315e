"""Round meta57: a report's unit and year at ingest, and metadata questions with qualifiers.

Ingest: the delegate phrase allows courtesy words between 我 and 代表 (我谨代表, 我受…委托，代表;
``ingest.short_self.DELEGATE``); a report that speaks as 「新区党工委」「新区管委会」 is the one 新区
its text names (``ingest.self_name.zone_self``), under the city whose short name it writes
(``ingest.meta_parent``); a term report headed 「区X届人大一次会议以来的工作」 is read in the year
after the last year its five-year figures reach (``ingest.term_review``), never its plan's end.

All reports are made up and read by the real ingest path (``ingest.metadata.extract``, what
``reportqa ingest`` stores). On base57 (3b692ce) every positive probe fails; the must-nots
hold on both.
"""

from __future__ import annotations

import pytest

from ingest.metadata import extract

_HAIL = "各位代表：\n"
_ZONE_BODY = (
    "一、2023年工作回顾\n"
    "2023年，在市委、市政府和新区党工委的坚强领导下，新区上下团结拼搏，“健康青澜”建设扎实推进，"
    "青澜发展迈上新台阶。青澜新区人民医院投入使用，深圳质量、深圳标准在青澜落地，"
    "积极参与深圳“绿美”生态建设，青澜生态优势进一步彰显。\n"
    "二、2024年工作安排\n"
    "做好今年新区管委会工作，要坚决落实新区党工委部署，推动深圳东部滨海旅游发展。\n"
)


def _meta(text: str):
    return extract(text, "made_up.txt")


@pytest.mark.parametrize(
    "thanks",
    [
        # 谨 between 我 and 代表
        "在此，我谨代表青澜新区管委会，向全体建设者致以崇高的敬意！",
        # the entrusting organ before 代表, the one spoken for after it
        "在此，我受主任委托，代表青澜新区管委会，向全体建设者表示衷心的感谢！",
    ],
)
def test_courtesy_words_in_the_delegate_phrase(thanks):
    # the delegate phrase is the only place the unit is named (as 大鹏新区's 2022 report does)
    body = (
        "一、2023年工作回顾\n2023年，我们坚持稳中求进，全年地区生产总值增长6%，新建学校12所。"
        "这些成绩的取得，是全体干部群众团结拼搏的结果。" + thanks + "\n二、2024年工作安排\n"
        "今年，新增学位5000座，建成医院二期。\n"
    )
    assert _meta(_HAIL + "现在，向大会报告工作，请予审议。\n" + body).unit == "青澜新区"


def test_a_zone_speaking_by_its_organs_is_the_zone_it_names():
    got = _meta(_HAIL + "现在，向大会报告工作，请予审议。\n" + _ZONE_BODY)
    assert (got.unit, got.county) == ("青澜新区", "深圳市")


def test_a_zone_speaking_by_its_management_committee_alone():
    body = _ZONE_BODY.replace("新区党工委", "新区管委会")
    got = _meta(_HAIL + "现在，向大会报告工作，请予审议。\n" + body)
    assert got.unit == "青澜新区"


def test_must_not_another_zone_named_with_its_organ():
    # a district working with a new area: 「与光明新区管委会」 names another unit, not the writer
    text = (
        _HAIL + "现在，我代表澄湖区人民政府，向大会报告工作。\n一、2023年工作回顾\n"
        "2023年，我区与青澜新区管委会签订合作协议，青澜新区管委会派员来我区交流。"
        "澄湖区全年地区生产总值增长6%，澄湖区人民医院投入使用。\n"
    )
    assert _meta(text).unit == "澄湖区"


def test_must_not_the_entrusting_organ_is_no_unit():
    text = _HAIL + "现在，我受甲州市人民政府委托，向大会报告工作。\n" + _ZONE_BODY
    assert _meta(text).unit != "甲州市"


_TERM = (
    _HAIL + "现在，我代表澄湖区人民政府向大会作工作报告，请予审议。\n"
    "{review}\n"
    "{review_line}，我们坚持稳中求进，胜利完成了主要目标任务。"
    "地区生产总值{span}，年均增长6.5%。新建学校12所。\n"
    "二、未来五年发展目标和重点任务\n"
    "未来五年，新增学位3万座，其中{a}年5000座、{b}年6000座、{c}年7000座、{d}年8000座、2025年9000座。"
    "到2025年，地区生产总值突破1000亿元；2025年建成区医院二期，2025年底全部竣工。\n"
)


@pytest.mark.parametrize(
    ("review", "span", "plan", "year"),
    [
        # the session that opened the term heads the review
        ("一、区五届人大一次会议以来的工作", "从2015年500亿元增长到2020年800亿元", 2021, 2021),
        # 过去五年 heading, no month dated: the five-year figure ends the term
        ("一、过去五年工作回顾", "由2016年的520亿元增至2021年的830亿元", 2022, 2022),
    ],
)
def test_a_term_report_is_read_the_year_after_its_term(review, span, plan, year):
    text = _TERM.format(
        review=review,
        review_line=review.split("、")[1],
        span=span,
        a=plan,
        b=plan + 1,
        c=plan + 2,
        d=plan + 3,
    )
    assert _meta(text).year == year


def test_must_not_an_annual_report_is_no_term_report():
    text = (
        _HAIL + "现在，我代表澄湖区人民政府向大会作工作报告，请予审议。\n一、2023年工作回顾\n"
        "2023年，地区生产总值从2018年600亿元增长到2023年900亿元。\n二、2024年工作安排\n"
        "2024年，新增学位5000座；到2025年建成区医院二期，2025年底全部竣工，2025年达标。\n"
    )
    assert _meta(text).year == 2023
