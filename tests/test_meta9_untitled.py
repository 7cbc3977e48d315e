"""Pages without a clean title (made-up texts; real gazetteer): a county that names itself only
in the documents it issues, and a cut page dated only by the work its body describes.

Each rule has its negatives: a directive titled 《关于…》 names its subject, not its issuer; a
year inside a cited document or a range dates nothing."""

from __future__ import annotations

import pytest

from ingest.clean import clean_text
from ingest.metadata import extract


def _read(text: str):
    return extract(clean_text(text), "x.txt")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a yearly plan puts its year before the issuer
        (
            "2023年，全县依法行政，县政府常务会议学法4次。\n一、做法\n"
            "印发《2023年宜章县法治政府建设工作要点》，我县开展普法。",
            "宜章县",
        ),
        (
            "今年以来，我区坚持依法行政，区政府专题学法3次。\n一、做法\n"
            "制定《2024年度芙蓉区行政执法监督工作计划》，全区评查案卷60卷。",
            "芙蓉区",
        ),
    ],
)
def test_a_plan_with_its_year_first_still_names_its_issuer(text, unit):
    assert _read(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # only directives 《关于…》: a subject (县直部门, 镇村两级), never the issuer
        "2023年，全县依法行政，县政府常务会议学法4次。\n一、做法\n印发《关于规范县直部门"
        "执法工作的意见》《关于完善县级财政管理的通知》，我县开展普法。",
        "2024年，我镇依法行政，镇党委学法3次。\n一、做法\n镇政府印发《关于健全镇村两级"
        "调解机制的意见》，转发《关于加强镇级财务管理的通知》。",
    ],
)
def test_a_directive_about_a_level_names_no_unit(text):
    assert _read(text).unit == ""


def test_a_cut_page_takes_the_year_its_body_names_most():
    text = (
        "（二）深化政务服务\n全镇便民服务中心推行综合窗口受理，镇党委定期研究法治工作。\n"
        "（三）化解纠纷\n全镇调解纠纷86件。\n二、存在的问题\n2023年度内累计办件5200件，"
        "2023年新增自助终端3台，但覆盖面不够。\n三、下一步打算\n镇政府将按2024年工作安排推进审查。"
    )
    assert _read(text).year == 2023


def test_years_of_cited_documents_and_ranges_date_nothing():
    text = (
        "（二）强化学习\n全镇学习《法治政府建设实施纲要（2021-2025年）》，落实“八五”普法"
        "规划（2021—2025年），镇党委定期研究法治工作。\n（三）化解纠纷\n全镇调解纠纷86件。"
    )
    assert _read(text).year is None


@pytest.mark.parametrize(
    ("opening", "unit", "parent"),
    [
        # a town name holding a boundary word (和, 将, 于) is one name, not a cut after it
        ("2023年，永和镇坚持依法行政，镇党委专题学法3次。", "永和镇", ""),
        ("在县委县政府的坚强领导下，2023年保和镇扎实推进依法行政，镇党委专题学法。", "保和镇", ""),
        ("2024年，于都县罗坳镇坚持依法行政，镇党委专题学法4次。", "罗坳镇", "于都县"),
        # a real town ending like the generic 集镇/村镇
        ("2023年，刘集镇坚持依法行政，镇党委专题学法3次。", "刘集镇", ""),
        (
            "2023年，泗洪县孙园镇坚持依法行政，镇党委专题学法，全镇打造美丽村镇。",
            "孙园镇",
            "泗洪县",
        ),
    ],
)
def test_names_that_hold_boundary_words_or_generic_endings(opening, unit, parent):
    ex = _read(opening + "\n一、主要做法\n全镇调解纠纷86件，镇政府审查合同12份。")
    assert (ex.unit, ex.parent) == (unit, parent)


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，在市委和县委的坚强领导下，我镇坚持依法行政，镇党委专题学法3次。",  # no 和县
        "2023年，我镇大力建设美丽村镇，推进中心集镇提质，镇党委专题学法3次。",  # no 丽村镇
    ],
)
def test_a_boundary_word_or_a_generic_ending_alone_names_no_unit(opening):
    ex = _read(opening + "\n一、主要做法\n全镇调解纠纷86件，镇政府审查合同12份。")
    assert ex.unit == "" and ex.level == "乡镇"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a cut page that never names its unit still names its heads and its own departments
        ("（二）规范执法\n县长带头述法，县直部门评查案卷100卷。", "区县"),
        ("（二）规范执法\n区长带头述法，区直各单位评查案卷80卷。", "区县"),
        ("（二）规范执法\n党工委书记带头述法，辖区调处纠纷60起。", "乡镇"),
        ("（二）规范执法\n副县长到我镇调研，镇长带头述法，调处纠纷60起。", "乡镇"),
        # a development zone's 党工委 is no 街道's
        ("（二）规范执法\n开发区党工委书记带头述法，园区调处纠纷60起。", ""),
    ],
)
def test_a_cut_page_keeps_the_level_its_heads_show(text, level):
    ex = _read(text + "\n（三）普法\n开展普法活动20场。")
    assert (ex.unit, ex.level) == ("", level)


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # the self-word glossed with the name: 「我镇（官庄镇）」
        ("2023年，我镇（官庄镇）坚持依法行政，镇党委专题研究法治工作3次。", "官庄镇"),
        ("今年以来，本街道（龙华街道）坚持依法行政，街道党工委专题学法。", "龙华街道"),
        # a gloss of another kind, or of a merger, names no unit
        ("2023年，我镇（含原白沙乡）坚持依法行政，镇党委专题研究法治工作3次。", ""),
        ("2023年，我镇（白沙乡）坚持依法行政，镇党委专题研究法治工作3次。", ""),
    ],
)
def test_a_self_word_glossed_with_its_name(opening, unit):
    assert _read(opening + "\n一、主要做法\n全镇调解纠纷86件。").unit == unit


@pytest.mark.parametrize(
    "body",
    [
        # a county that never names itself names a city it visits or works with
        "我县赴浏阳市学习先进经验，与浏阳市签订执法协作协议。",
        "全县借鉴浏阳市经验，同浏阳市开展联合执法，浏阳市派员指导。",
    ],
)
def test_a_county_is_never_the_city_it_works_with(body):
    text = "2023年，全县依法行政。县委书记带头述法，县政府常务会议学法5次。\n一、主要做法\n" + body
    ex = _read(text)
    assert (ex.unit, ex.level) == ("", "区县")
