"""Round untitled35: never a wrong unit for a page whose self-name is hidden.

Two facts about Chinese government reports, each guarded by made-up openings:

1. A report speaks of its own level (我镇, 全镇, 镇党委, 本街道, 我街): a place of a higher level
   it names (紧扣巫溪县…工作要点, 入选浙江省第一批…) is its superior, not its writer. The unit is
   then unknown (level 乡镇, the county as parent) — a wrong unit answers for someone else.
2. A unit's stem is a place word, never the sentence's own words before a level word: a verb
   (召开镇党委会, 融入街道治理, 推动街道…), a numeral (全市首家区政府…), a verb that holds the
   level word (干部下乡), or the levels listed in turn (省市区相关文件).

3. A street calls itself bare 街道, so a word of the sentence runs on to it (决策街道重要事项,
   代理街道诉讼案件): an unlisted street read once whose stem is one word of the language, or a
   listed one whose stem the report mostly writes alone (法治建设 … 建设街道领导层), is no
   township named in passing.

Must-not: a county's report naming its townships stays the county; a township report naming
its own name late in the body is still that township; real or made-up names holding a verb
(解放街道, 望川街道) stay; a development zone named once by its own report stays.
"""

from __future__ import annotations

import pytest

from ingest.metadata import extract

_BODY_TOWN = (
    "\n一、主要举措和成效\n镇党委专题学法4次，全镇聘请法律顾问1名，审查合同12份。"
    "\n二、存在问题\n基层法治力量不足。"
)
_BODY_STREET = (
    "\n一、主要举措和成效\n街道党工委专题学法4次，全街道开展普法活动20场。"
    "\n二、存在问题\n基层法治力量不足。"
)

SUPERIOR = {
    # the county's plan the township works to, named in the opening sentence
    "s1a": (
        "2025年以来，在县委、县政府的坚强领导下，深入贯彻落实中央、省、市、县关于法治政府建设的"
        "各项决策部署，紧扣巫溪县2025年度法治政府建设工作重点，立足全镇经济社会发展实际，扎实推进"
        "法治政府建设。现将我镇2025年度法治政府建设情况报告如下。" + _BODY_TOWN,
        "巫溪县",
    ),
    # the province whose list the street made
    "s1b": (
        "2023年，在区委、区政府坚强领导下，我街深入学习贯彻习近平法治思想，成功入选浙江省第一批"
        "法治示范街道，取得了较好成绩。现将有关情况报告如下。" + _BODY_STREET,
        "浙江省",
    ),
}


@pytest.mark.parametrize("key", sorted(SUPERIOR))
def test_a_superior_named_by_a_township_report_is_not_its_writer(key):
    text, superior = SUPERIOR[key]
    meta = extract(text, "x.txt")
    assert meta.unit != superior
    assert meta.level == "乡镇"


def test_the_superior_county_is_kept_as_parent():
    meta = extract(SUPERIOR["s1a"][0], "x.txt")
    assert (meta.unit, meta.parent) == ("", "巫溪县")


GLUED = {
    "年召开镇": "2024年，我镇坚持以习近平法治思想为指导，全年召开镇党委会议12次，专题研究法治建设。"
    + _BODY_TOWN,
    "念深度融入街道": "2024年，我街坚持以习近平法治思想为指导，把法治理念深度融入街道治理全过程。"
    + _BODY_STREET,
    "干部下乡": "在县委、县政府的领导下，我乡组织干部下乡开展普法宣传，推进依法行政。"
    "\n一、主要工作\n全乡开展普法活动20场，乡党委专题学法4次。",
    "县长召开县": "2024年，我县坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要工作\n"
    "县长召开县政府常务会议12次，县委依法治县委员会审议文件8件，全县开展普法活动200场。",
    "力推动街道": "2024年，我街围绕法治政府建设目标要求，全力推动街道法治政府建设。" + _BODY_STREET,
    "省市区": "2024年，在区委、区政府的坚强领导下，我街认真落实省市区相关文件要求，推进依法行政。"
    + _BODY_STREET,
}


@pytest.mark.parametrize("glued", sorted(GLUED))
def test_the_sentences_own_words_before_a_level_word_are_no_unit(glued):
    assert extract(GLUED[glued], "x.txt").unit != glued


@pytest.mark.parametrize(
    "text, unit",
    [
        # a county's own report naming its townships stays the county
        (
            "2024年，巫溪县坚持以习近平法治思想为指导，全面推进依法行政。全县32个乡镇（街道）均"
            "聘请法律顾问，指导宁厂镇、文峰镇开展依法治镇示范创建。\n一、主要工作\n"
            "县政府常务会议学法12次，全县开展普法活动200场。",
            "巫溪县",
        ),
        # a township report that names itself only late in the body is that township
        (
            "2024年，我镇在巫溪县委、县政府的坚强领导下，坚持以习近平法治思想为指导，推进依法行政。"
            + _BODY_TOWN
            + "全镇开展矛盾纠纷排查，化解纠纷30件。" * 8
            + "\n三、下一步计划\n宁厂镇将继续深化法治建设。",
            "宁厂镇",
        ),
        # a street named by one verb word (解放) and a made-up name whose first character
        # jieba tags a verb (望|川) stay the writer
        (
            "2024年，解放街道坚持以习近平法治思想为指导，全力推动街道法治政府建设。" + _BODY_STREET,
            "解放街道",
        ),
        (
            "2024年，望川街道坚持以习近平法治思想为指导，推进依法行政。" + _BODY_STREET,
            "望川街道",
        ),
    ],
)
def test_a_real_writer_stays(text, unit):
    assert extract(text, "x.txt").unit == unit


# 3. A street calls itself bare 街道, so the sentence's verb or noun runs on to it: an unlisted
#    「决策街道」 read once, or a listed 建设街道 whose stem the report writes mostly alone
#    (法治建设), is no township named in passing (``self_name.lone_town``).
RUN_ON = {
    "决策街道": "2024年，我街坚持以习近平法治思想为指导，推进依法行政。\n一、主要工作\n"
    "严格落实重大行政决策程序，集体研究、决策街道重要事项12项。街道党工委专题学法4次，"
    "全街道开展普法活动20场。",
    "代理街道": "2024年，我街坚持以习近平法治思想为指导，推进依法行政。\n一、主要工作\n"
    "聘请法律顾问出具审查意见书43份，代理街道诉讼案件2件。街道党工委专题学法4次，"
    "全街道开展普法活动20场。",
    "建设街道": "2024年，我街坚持以习近平法治思想为指导，全面推进法治政府建设。\n一、主要工作\n"
    "（一）压实责任，推动法治建设街道领导层履行第一责任人职责，将法治建设纳入年度规划。"
    "街道党工委专题研究法治建设4次，全街道开展普法活动20场。",
}


@pytest.mark.parametrize("run_on", sorted(RUN_ON))
def test_a_word_run_on_to_the_bare_street_is_no_unit(run_on):
    assert extract(RUN_ON[run_on], "x.txt").unit != run_on


@pytest.mark.parametrize(
    "text, unit",
    [
        # an unlisted street with a stem of its own, named once in passing, is still read
        (
            "2024年，我街坚持以习近平法治思想为指导，推进依法行政。\n一、主要工作\n"
            "完成望川街道便民服务中心改造。街道党工委专题学法4次，全街道开展普法活动20场。",
            "望川街道",
        ),
        # a listed street named in its own report more than its stem is written alone
        (
            "2024年，我街坚持以习近平法治思想为指导，推进依法行政。\n一、主要工作\n"
            "建成建设街道公共法律服务工作站，建设街道综合执法队全年办理案件33件。"
            "街道党工委专题学法4次，全街道开展普法活动20场。",
            "建设街道",
        ),
    ],
)
def test_a_street_named_in_passing_stays(text, unit):
    assert extract(text, "x.txt").unit == unit


def test_a_zone_named_once_by_its_own_report_stays():
    # a county-level name read once in running text must be listed — but no division list
    # holds development zones, which report like counties (全区, 区直部门)
    text = (
        "2024年，在市委、市政府的坚强领导下，管委会坚持以习近平法治思想为指导，全面推进依法行政。"
        "\n一、主要工作\n区管委会常务会议学法6次，全区开展普法活动50场，区直部门负责人述法12人。"
        "推动青禾经济开发区营商环境持续优化。"
    )
    assert extract(text, "x.txt").unit == "青禾经济开发区"
