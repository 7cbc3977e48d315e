"""Round meta55: questions about the library, and single facts of a report's own frame.

Made-up library: a State Council work report (the national rung), a county's work report that
opens 「我代表青禾县人民政府，向大会报告政府工作」, and a township's report of another year.
Each concept has two paraphrases of our own and one question that must not be read as it:

- the national rung asked of the library (「国家层面的报告」「中央一级的」) is a metadata list;
- 「有2028年的报告吗？是哪里的」 is an inventory of the library by year, answered by a list;
- 「以谁的名义作的」「代表谁作的」 is answered from the opening's 「我代表X」, cited;
- 「回顾了几年的工作」 is answered from the review part's heading (「过去五年工作回顾」).
- 「新亚种叫什么名字」 is answered by a sentence naming it with 命名为/名为/称为, unquoted;
- a place the library has no report of is refused though an opening names it as left out of a
  figure (「（不含坪山、葵涌片区）」);
- 「网格员有多少人，平安志愿者呢」 asks two measures: each part is answered;
- a town of many namesakes whose report says only 「区委、区政府」 above it: the parent stays
  unknown, and the namesakes under a 区 are named (not only counted);
- 「今年旅游收入目标定的多少」: a piece of the plan's list (「主要预期目标是：……实现旅游收入42亿元」)
  is a target by its lead, though it says no 目标 itself.
"""

from __future__ import annotations

import pytest

from cli.main import main

REPORTS = {
    "a1.txt": (
        "政府工作报告\n——2031年3月5日在第十九届全国人民代表大会第一次会议上\n国务院总理\n"
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n"
        "一、2030年工作回顾\n过去一年，国内生产总值达到一百五十万亿元，增长5.1%。城镇新增就业1250万人。\n"
        "我们推进国家级自然保护区建设，新设国家公园三处。\n"
        "二、2031年工作总体部署\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n"
    ),
    "a2.txt": (
        "青禾县2029年政府工作报告\n各位代表：\n"
        "现在，我代表青禾县人民政府，向大会报告政府工作，请予审议，并请各位政协委员提出意见。\n"
        "一、2028年工作回顾\n过去一年，全县地区生产总值186亿元，增长6.2%。"
        "以县政府名义举办招商推介会三场，签约项目42个。\n全县配备网格员230人，组建平安志愿者队伍560人。\n"
        "在青禾湿地调查中发现鸟类新亚种，经专家鉴定命名为青禾苇莺。新建湿地公园一座，成为市民休闲好去处。\n"
        "全年接待游客720万人次，旅游收入36亿元。\n"
        "二、2029年工作安排\n今年全县经济社会发展主要预期目标是：地区生产总值增长6%以上，"
        "规模以上工业增加值增长7.5%，社会消费品零售总额增长6.5%，固定资产投资增长8%，"
        "一般公共预算收入增长5%，外贸进出口总额增长4%，城镇新增就业4800人，"
        "城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7%，单位地区生产总值能耗下降3%，"
        "空气质量优良天数比例保持在92%，地表水考核断面水质达标率保持100%，"
        "接待游客800万人次、实现旅游收入42亿元、过夜游客120万人次、乡村民宿床位达到6000张，"
        "粮食产量稳定在30万吨，居民收入增长与经济增长同步。\n"
        "（一）做强全域旅游\n举办旅游推介活动5场以上，新建旅游厕所12座。\n"
    ),
    "a3.txt": (
        "白石镇2028年法治政府建设工作报告\n2028年，白石镇在县委、县政府的正确领导下，深入推进法治政府建设。\n"
        "一、主要工作\n全镇开展法治宣传活动36场，调解矛盾纠纷128件，聘请法律顾问2名。\n"
        "二、存在的问题\n部分干部法治意识仍需提高。\n"
    ),
}
REPORTS["a4.txt"] = (
    "红柳区2026年政府工作报告\n各位代表：\n我代表红柳区人民政府向大会作政府工作报告，请予审议。\n"
    "一、过去五年工作回顾\n五年来，全区地区生产总值达到620亿元（不含坪山、葵涌片区），全区新建学校14所，新增公共绿地120公顷。红柳区连续三年获评平安区。\n"
    "二、今后五年工作目标\n到2030年，地区生产总值突破800亿元。\n"
)
REPORTS["a5.txt"] = (
    "东平镇2027年法治政府建设工作报告\n2027年，东平镇在区委、区政府的坚强领导下，扎实推进法治政府建设。\n"
    "一、主要工作\n全镇开展法律进村活动20场，化解矛盾纠纷64件。\n"
)
META = "据报告元数据"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("meta55")
    folder = root / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(root / "d"))
        assert main(["ingest", str(folder)]) == 0
    return root / "d"


def _ask(ingested, monkeypatch, capsys, q: str) -> str:
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(ingested))
    capsys.readouterr()
    assert main(["ask", q]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("q", ["哪份是国家层面的报告？", "中央一级的报告是哪一份"])
def test_the_national_rung_is_a_level_of_the_library(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert META in out and "国务院" in out and "青禾县" not in out, out


def test_a_national_level_word_in_a_topic_is_searched(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "哪些报告提到了国家级自然保护区")
    assert META not in out and "自然保护区" in out, out


@pytest.mark.parametrize(
    ("q", "unit"),
    [("有2028年的报告吗？是哪里的", "白石镇"), ("有没有2029年的报告，是哪儿的", "青禾县")],
)
def test_a_year_inventory_lists_that_years_reports(ingested, monkeypatch, capsys, q, unit):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert META in out and unit in out, out


def test_a_report_asked_for_by_its_topic_is_searched(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "有提到网格员的报告吗")
    assert META not in out and "网格员230人" in out, out


@pytest.mark.parametrize(
    "q",
    [
        "青禾县那份报告是以谁的名义作的？",
        "青禾县的报告是代表谁作的",
        "青禾县的工作报告是哪个机关作的报告",
    ],
)
def test_the_deliverer_is_read_from_the_opening(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert "以「青禾县人民政府」的名义" in out and "我代表青禾县人民政府" in out, out


def test_a_deed_done_in_a_name_is_searched(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "青禾县以谁的名义举办了招商推介会？")
    assert "的名义作出" not in out and "招商推介会" in out, out


@pytest.mark.parametrize("q", ["红柳区那份报告回顾了几年的工作？", "红柳区的报告总结的是哪几年"])
def test_the_reviewed_span_is_read_from_the_review_heading(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert "回顾的是「过去五年」的工作" in out and "一、过去五年工作回顾" in out, out


def test_a_count_of_years_in_the_text_is_searched(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "红柳区连续几年获评平安区？")
    assert "回顾的是" not in out and "连续三年" in out, out


@pytest.mark.parametrize(
    "q", ["青禾县发现的鸟类新亚种叫什么名字？", "青禾县那个新发现的鸟类亚种名字是什么"]
)
def test_a_name_given_by_a_verb_of_naming_answers(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert "命名为青禾苇莺" in out and "没有写明其名称" not in out, out


def test_a_thing_no_sentence_names_has_no_name(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "青禾县新建的湿地公园叫什么名字？")
    assert "没有写明其名称" in out, out


@pytest.mark.parametrize("q", ["坪山区去年GDP多少？", "坪山区2025年地区生产总值是多少"])
def test_a_place_only_left_out_of_a_figure_has_no_report(ingested, monkeypatch, capsys, q):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(ingested))
    capsys.readouterr()
    main(["ask", q])
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "库中没有「坪山区」的报告" in out and "620亿元" not in out, out


def test_the_reports_own_unit_is_still_answered(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "红柳区地区生产总值达到多少？")
    assert "620亿元" in out, out


@pytest.mark.parametrize(
    ("q", "second"),
    [
        ("青禾县网格员有多少人，平安志愿者呢？", "**平安志愿者呢"),
        ("青禾县有多少网格员，平安志愿者队伍呢", "**平安志愿者队伍呢"),
    ],
)
def test_two_measures_in_one_message_are_each_answered(ingested, monkeypatch, capsys, q, second):
    out = _ask(ingested, monkeypatch, capsys, q)
    first, _, rest = out.partition(second)
    assert "**青禾县**：230人" in first and "560人" in rest, out


def test_the_same_measure_of_another_unit_stays_one_question(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "青禾县网格员有多少人，白石镇呢？")
    assert "**青禾县网格员有多少人**" not in out and "230人" in out, out


@pytest.mark.parametrize("q", ["东平镇归哪个区管？", "东平镇属于哪个县区"])
def test_the_namesakes_the_reports_superior_leaves_are_named(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert "无法确定" in out and "崇明区（上海市）" in out and "阳东区（广东省阳江市）" in out, out


def test_namesakes_the_superior_does_not_narrow_are_only_counted(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "白石镇归哪个县管？")
    assert "这些白石镇中" not in out, out


@pytest.mark.parametrize(
    "q", ["青禾县今年旅游收入目标定的多少？", "青禾县旅游收入的预期目标是多少"]
)
def test_a_target_listed_after_its_lead_answers(ingested, monkeypatch, capsys, q):
    out = _ask(ingested, monkeypatch, capsys, q)
    assert "42亿元" in out.split("来源")[0] and "5场以上" not in out, out


def test_the_years_actual_is_still_the_review(ingested, monkeypatch, capsys):
    out = _ask(ingested, monkeypatch, capsys, "青禾县去年旅游收入是多少？")
    assert "36亿元" in out.split("来源")[0] and "42亿元" not in out, out


# fixM55: a unit with two reports, a report whose title names its issuer and has no span
# heading, and a count question whose 呢-part is no thing of its own
FIX = {
    "b1.txt": (
        "松涧区2025年政府工作报告\n各位代表：\n现在，我代表松涧区人民政府，向大会报告政府工作，请予审议。\n"
        "一、2024年工作回顾\n过去一年，全区地区生产总值312亿元，增长5.8%，增速创盐田分区以来新高。"
        "全区有规模以上企业420家。\n"
        "二、2025年工作安排\n今年地区生产总值增长6%左右。\n"
    ),
    "b2.txt": (
        "松涧区2028年政府工作报告\n各位代表：\n现在，我代表松涧区人民政府，向大会报告政府工作，请予审议。\n"
        "一、过去五年工作回顾\n五年来，全区地区生产总值突破400亿元。我们坚持项目为王，积累了抓招商稳增长的宝贵经验。\n"
        "二、今后五年目标任务\n到2032年，地区生产总值突破550亿元。\n"
    ),
    "b3.txt": (
        "柏溪乡人民政府关于2026年法治政府建设情况的报告\n"
        "2026年，柏溪乡深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
        "一、主要举措和成效\n全乡开展法治讲座12场，受众900人。调解矛盾纠纷80件，调解成功率98%。"
        "全乡有网格员36人，平安志愿者150人。\n二、存在的不足\n法治宣传的针对性有待加强。\n"
    ),
    "b4.txt": (
        "杉林镇2027年度法治政府建设工作报告\n2027年，杉林镇扎实推进法治政府建设。\n"
        "一、主要工作\n全镇开展普法宣传活动18场，化解矛盾纠纷45件。\n"
    ),
}


@pytest.fixture(scope="module")
def fixed(tmp_path_factory):
    root = tmp_path_factory.mktemp("fixm55")
    folder = root / "reports"
    folder.mkdir()
    for name, text in FIX.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(root / "d"))
        assert main(["ingest", str(folder)]) == 0
    return root / "d"


def _said(data, monkeypatch, capsys, q: str) -> str:
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data))
    capsys.readouterr()
    main(["ask", q])
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("q", ["松涧区那份报告回顾了几年的工作？", "松涧区的报告总结的是哪几年"])
def test_each_report_of_a_unit_has_its_span(fixed, monkeypatch, capsys, q):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "一、2024年工作回顾" in out and "一、过去五年工作回顾" in out, out


def test_a_report_picked_by_year_has_only_its_span(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "松涧区2028年那份报告回顾了几年的工作？")
    assert "过去五年" in out and "2024年工作回顾" not in out, out


@pytest.mark.parametrize("q", ["松涧区那份报告是以谁的名义作的？", "松涧区的报告是代表谁作的"])
def test_each_report_of_a_unit_has_its_deliverer(fixed, monkeypatch, capsys, q):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "松涧区2025年的报告以「松涧区人民政府」" in out and "松涧区2028年的报告以" in out, out


@pytest.mark.parametrize(
    "q", ["松涧区2028年那份报告总结了过去几年的哪些经验？", "松涧区的报告回顾了过去几年的什么成绩"]
)
def test_a_content_of_the_reviewed_years_is_no_span_question(fixed, monkeypatch, capsys, q):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "回顾的是「" not in out and "没有以标题写明" not in out, out


def test_the_span_itself_is_still_a_span_question(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "松涧区2028年那份报告总结了过去几年的工作？")
    assert "回顾的是「过去五年」的工作" in out, out


@pytest.mark.parametrize(
    "q", ["柏溪乡那份报告是以谁的名义作的？", "柏溪乡的报告是以什么单位的名义报送的？"]
)
def test_the_titles_issuer_delivers_a_report_without_opening(fixed, monkeypatch, capsys, q):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "以「柏溪乡人民政府」的名义" in out and "没有写明" not in out, out


def test_a_title_naming_no_issuer_leaves_the_deliverer_unwritten(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "杉林镇那份报告是以谁的名义作的？")
    assert "没有写明" in out and "的名义作出" not in out, out


@pytest.mark.parametrize(
    ("q", "year"),
    [("柏溪乡那份报告总结了哪几年的工作？", "2026年"), ("杉林镇的报告回顾了几年的工作", "2027年")],
)
def test_a_report_without_span_heading_reviews_its_year(fixed, monkeypatch, capsys, q, year):
    out = _said(fixed, monkeypatch, capsys, q)
    assert f"总结的是{year}" in out and "没有以标题写明" not in out, out


@pytest.mark.parametrize(
    ("q", "number"),
    [
        ("柏溪乡举办了多少场法治讲座，受众多少人呢？", "12场"),
        ("柏溪乡调解纠纷多少件，成功率呢？", "80件"),
    ],
)
def test_a_measure_of_the_first_thing_stays_one_question(fixed, monkeypatch, capsys, q, number):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "**柏溪乡举办了" not in out and "**柏溪乡调解" not in out and number in out, out


def test_a_place_without_report_after_a_count_is_refused(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "松涧区有多少家规模以上企业，盐田区呢？")
    assert "库中没有「盐田区」的报告" in out, out


def test_another_thing_after_a_count_is_still_asked_apart(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "柏溪乡有多少网格员，平安志愿者呢？")
    first, _, rest = out.partition("**平安志愿者呢")
    assert "36人" in first and "150人" in rest, out


@pytest.mark.parametrize("q", ["盐田区去年GDP多少？", "盐田区2024年地区生产总值是多少"])
def test_a_peer_named_in_another_units_report_has_no_report(fixed, monkeypatch, capsys, q):
    out = _said(fixed, monkeypatch, capsys, q)
    assert "库中没有「盐田区」的报告" in out and "312亿元" not in out, out


def test_the_unit_that_names_its_peer_is_still_answered(fixed, monkeypatch, capsys):
    out = _said(fixed, monkeypatch, capsys, "松涧区去年地区生产总值多少？")
    assert "312亿元" in out, out
