"""Round meta57: a report's unit and year at ingest, and metadata questions with qualifiers.

Ingest: the delegate phrase allows courtesy words between 我 and 代表 (我谨代表, 我受…委托，代表;
``ingest.short_self.DELEGATE``); a report that speaks as 「新区党工委」「新区管委会」 is the one 新区
its text names (``ingest.self_name.zone_self``), under the city whose short name it writes
(``ingest.meta_parent``); a term report headed 「区X届人大一次会议以来的工作」 is read in the year
after the last year its five-year figures reach (``ingest.term_review``), never its plan's end.

Questions: level options (「是镇还是街道」) ask the level and select nothing; a region holding every
unit named is a locating aside; 「X市政府/省政府的报告」 asks for a report by that government;
reports counted per unit are metadata (``answering.meta_per_unit``); 「年度报告还是五年总结」 is
answered from the term reading; 「按年份拆开」 and a count of years after the years it counts
(「2022和2023两年的」) frame the answer and ask no year or topic (``retrieval.asking_frames``).

All reports are made up, read by the real ingest path (``ingest.metadata.extract``) or ingested
into ``tmp_path`` and asked through the composition root. On base57 (3b692ce) 25 of the 45 probes fail (every positive probe but one 按年份
paraphrase, and the annual-span must-not, which base answers as content); on this branch all 45
pass. The fix after review (the probes from 「Fix after review」 on) fail on the reviewed head
c66550e — 11 of them: a 新区 asked 区还是县 told as a bare level (2), a term total given for
one year (2), a year against the term read as the span (2), the writer's own region stripped
(2), 「有几份」 as a pick (1), 按年度计划 as a frame (1), a district as its 新区 (1) — and pass now.
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


# Part 2: metadata questions with qualifiers, over a made-up library asked through the
# composition root (``MetadataAnswerer``). On base57 the paraphrases fail (level options read
# as a scope, the region as a topic, 政府 ignored, the count as content, the span as content,
# 按年份 as the year asked); the must-nots hold on both.

_TOWN = (
    "{title}\n"
    "{year}年，{unit}在陈仓区委、区政府的坚强领导下，深入推进法治政府建设。\n"
    "一、主要工作\n（一）培育“法律明白人”{n}名，开展普法讲座12场。\n"
    "（二）聘请法律顾问2名，审查合同{n}份。\n二、下一步打算\n继续加强基层法治建设。\n"
)
_LIBRARY = {
    "bl.txt": _TOWN.format(
        title="宝鸡市陈仓区白岭镇2023年度法治政府建设工作报告", unit="白岭镇", year=2023, n=40
    ),
    "qh.txt": _TOWN.format(
        title="西安市阎良区青禾街道2024年度法治政府建设工作报告", unit="青禾街道", year=2024, n=25
    )
    .replace("陈仓区委", "阎良区委")
    .replace("“法律明白人”", "网格员"),
    "ch_term.txt": _TERM.format(
        review="一、区五届人大一次会议以来的工作",
        review_line="区五届人大一次会议以来的工作",
        span="从2015年500亿元增长到2020年800亿元",
        a=2021,
        b=2022,
        c=2023,
        d=2024,
    ),
    "ch_2018.txt": (
        "澄湖区2019年政府工作报告\n各位代表：\n现在，我代表澄湖区人民政府向大会作工作报告。\n"
        "一、2018年工作回顾\n2018年，澄湖区地区生产总值增长7%，新建学校3所，两年来累计新建公园6座。\n"
        "二、2019年主要工作任务\n今年经济社会发展主要预期目标是：地区生产总值增长6.5%，新增学位4000座。\n"
    ),
    "ch_2019.txt": (
        "澄湖区2020年政府工作报告\n各位代表：\n现在，我代表澄湖区人民政府向大会作工作报告。\n"
        "一、2019年工作回顾\n2019年，澄湖区地区生产总值增长6.8%，新建学校2所。\n"
        "二、2020年主要工作任务\n今年经济社会发展主要预期目标是：地区生产总值增长6%左右，新增学位3000座。\n"
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from library.compose import build
    from reportqa.settings import Settings
    from tests.probe_kit import ingested_texts

    tmp = tmp_path_factory.mktemp("meta57")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _LIBRARY))).service


def _ask(service, *questions: str):
    from tests.probe_kit import chat

    return chat(service, *questions)


@pytest.mark.parametrize(
    "turns",
    [
        ("哪些报告提到法律顾问？", "这两家分别是哪年的报告、是镇还是街道？"),
        ("白岭镇和青禾街道各是哪一年的报告，属于镇还是街道？",),
    ],
)
def test_level_options_ask_the_level_and_select_nothing(service, turns):
    ans = _ask(service, *turns)
    assert {"白岭镇", "青禾街道"} <= set(ans.townships)
    assert "2023" in ans.answer and "2024" in ans.answer
    assert "是镇" in ans.answer and "是街道" in ans.answer


def test_must_not_level_words_in_a_content_choice(service):
    ans = _ask(service, "镇里还是街道的法律顾问多？")
    assert "写的是" not in ans.answer and "一级）的报告" not in ans.answer


@pytest.mark.parametrize(
    "q", ["陕西的白岭镇、青禾街道分别是哪一年的报告？", "陕西省的白岭镇和青禾街道各是哪一年的？"]
)
def test_a_region_holding_every_unit_named_is_an_aside(service, q):
    ans = _ask(service, q)
    assert {"白岭镇", "青禾街道"} <= set(ans.townships)
    assert "2023" in ans.answer and "2024" in ans.answer


@pytest.mark.parametrize(
    "q", ["这些报告里有没有陕西省政府或者宝鸡市政府的报告？", "库里有西安市政府的报告吗？"]
)
def test_a_government_asked_is_the_writer_not_the_place(service, q):
    ans = _ask(service, q)
    assert not ans.citations and "本身的报告 0 份" in ans.answer


def test_must_not_a_place_alone_lists_its_reports(service):
    ans = _ask(service, "陕西的报告有哪些？")
    assert {"白岭镇", "青禾街道"} <= set(ans.townships)


@pytest.mark.parametrize(
    "q", ["哪几个区在库里有不同年份的两份以上报告？", "哪个区的报告不止一份？"]
)
def test_reports_counted_per_unit_are_metadata(service, q):
    ans = _ask(service, q)
    assert set(ans.townships) == {"澄湖区"}


def test_must_not_a_count_of_documents_in_the_text(service):
    ans = _ask(service, "哪些报告提到两份以上的合同？")
    assert "据报告元数据" not in ans.answer


@pytest.mark.parametrize(
    "q", ["澄湖区那两份是年度报告还是五年总结？", "澄湖区的报告是一年的还是五年的？"]
)
def test_the_span_asked_as_options_is_read_from_the_term(service, q):
    ans = _ask(service, q)
    assert "五年总结" in ans.answer and "2016—2020年" in ans.answer


def test_must_not_an_annual_report_is_no_term(service):
    ans = _ask(service, "白岭镇的报告是年度报告还是五年总结？")
    assert "五年总结（" not in ans.answer and "一年" in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "澄湖区按年份拆开的话，2020年要新增多少学位？",
        "澄湖区的学位按年度分开来看，2020年要新增多少？",
    ],
)
def test_an_answer_by_year_asks_no_year(service, q):
    ans = _ask(service, q)
    assert "3000座" in ans.answer and "据报告元数据" not in ans.answer


def test_must_not_by_year_with_each_year_stays_content(service):
    ans = _ask(service, "澄湖区按年份拆开的话各年新增学位多少？")
    assert "是 2021年 的报告" not in ans.answer and "据报告元数据" not in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "澄湖区2019和2020两年的地区生产总值增长目标分别是多少？",
        "澄湖区2019、2020两年里GDP的增长目标各是多少？",
    ],
)
def test_a_count_of_years_after_the_years_restates_them(service, q):
    ans = _ask(service, q)
    assert "6.5%" in ans.answer and "6%左右" in ans.answer


def test_must_not_a_count_of_years_naming_a_plan():
    from retrieval.asking_frames import without_frames

    assert "三年行动计划" in without_frames("2025年三年行动计划完成了哪些")


# Fix after review: a term report's figures are the term's (「新增学位3万座」 over five years), so
# a year inside its term that no report covers is not read in it — the library lacks that year.
@pytest.mark.parametrize("q", ["澄湖区2017年新增了多少学位？", "澄湖区2023年要新增多少学位？"])
def test_must_not_a_term_total_for_one_year(service, q):
    from reportqa.errors import QuestionError

    try:
        said = _ask(service, q).answer
    except QuestionError as e:  # 「库中没有澄湖区 2017 年的报告」, as base57 says
        said = str(e)
    assert "3万座" not in said and "12所" not in said


# Fix after review: a year against the term (「今年还是五年内」「2023年还是五年累计」) compares their
# figures — content; only the span offered as the ask's last words asks the span.
@pytest.mark.parametrize(
    "q", ["澄湖区今年还是五年内的学位目标更高？", "澄湖区2021年还是五年累计的新增学位多？"]
)
def test_must_not_a_year_against_the_term_is_no_span(service, q):
    from reportqa.errors import QuestionError

    try:
        said = _ask(service, q).answer
    except QuestionError as e:
        said = str(e)
    assert "五年总结" not in said


# Fix after review: a province's own report lies in the province too, so a region that is itself
# a unit named is never stripped as a locator: 「有没有陕西省政府的报告」 asks for that report.
_PROVINCE = {
    "sx.txt": "陕西省人民政府2023年度法治政府建设工作报告\n"
    "2023年，陕西省人民政府深入推进依法行政，审查规范性文件120件。\n二、下一步打算\n继续推进。\n",
    "bl.txt": _LIBRARY["bl.txt"],
    "ql.txt": _HAIL + "现在，我谨代表青澜新区管委会，向大会报告工作。\n" + _ZONE_BODY,
}


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    from library.compose import build
    from reportqa.settings import Settings
    from tests.probe_kit import ingested_texts

    tmp = tmp_path_factory.mktemp("meta57p")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _PROVINCE))).service


@pytest.mark.parametrize(
    "q", ["有没有陕西省政府的报告？", "库里有陕西省政府或者宝鸡市政府的报告吗？"]
)
def test_must_not_the_writer_asked_is_stripped_as_a_region(province, q):
    ans = _ask(province, q)
    assert "陕西省" in ans.answer and "白岭镇" not in set(ans.townships)


# Fix after review: 「有几份」 asks each unit's count, never a pick of units with two or more.
@pytest.mark.parametrize("q", ["哪些区有几份报告？", "哪几个镇在库里有几份报告？"])
def test_must_not_a_count_asked_picks_units(service, q):
    ans = _ask(service, q)
    assert "个单位符合" not in ans.answer


# Fix after review: 按年度 with no verb of arranging after it names a plan's kind (content).
@pytest.mark.parametrize(
    "q", ["澄湖区按年度计划完成了哪些任务？", "澄湖区分年度实施的项目有哪些？"]
)
def test_must_not_a_yearly_plan_is_a_frame(q):
    from retrieval.asking_frames import without_frames

    assert without_frames(q) == q


# Fix after review: a district speaking as 我区 that supports a 新区 (its organs named bare) is
# no report of that 新区.
@pytest.mark.parametrize("delegate", ["我代表区人民政府", "我代表澄江区人民政府"])
def test_must_not_a_district_supporting_a_zone_is_the_zone(delegate):
    text = (
        "政府工作报告\n各位代表：\n现在，" + delegate + "，向大会报告工作，请予审议。\n"
        "一、2023年工作回顾\n2023年，在市委、市政府和区委的正确领导下，我区地区生产总值增长6%。"
        "我们积极支持青澜新区建设，与新区管委会建立联席会议制度，协助新区管委会治理交界地段。"
        "澄江中心城建设加快。\n二、2024年工作安排\n2024年，我们将推动澄江高质量发展，"
        "继续与新区党工委、新区管委会加强协作。\n"
    )
    assert _meta(text).township != "青澜新区"


# A year asked inside a term report the question names is read in it (its review binds figures
# to years): 「五年总结里，2019年…」.
@pytest.mark.parametrize(
    "q",
    [
        "澄湖区的五年总结里，2017年地区生产总值多少？",
        "澄湖区换届报告里2017年的地区生产总值是多少？",
    ],
)
def test_a_year_inside_a_term_report_asked_by_name(service, q):
    ans = _ask(service, q)
    assert "澄湖区" in ans.answer and "库中没有" not in ans.answer


# Fix after review: a 新区 asked 「是区还是县」 is told as a 新区 (at the 区县 level), never a bare level.
@pytest.mark.parametrize("q", ["青澜新区是区还是县？", "青澜新区的报告是区的还是县的？"])
def test_a_zone_asked_its_level_is_told_as_a_zone(province, q):
    ans = _ask(province, q)
    assert "是新区（区县一级）" in ans.answer
